// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textedit.h"

#include <QTest>
#include <QTextDocument>

using namespace Masthead;
using namespace Qt::StringLiterals;

class TextEditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalEditCoversOnlyTheDifference_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<QString>("inserted");

        QTest::newRow("same text") << u"abc"_s << u"abc"_s << qsizetype(3) << qsizetype(3) << QString();
        QTest::newRow("typed in the middle") << u"abcd"_s << u"abXcd"_s << qsizetype(2) << qsizetype(2) << u"X"_s;
        QTest::newRow("deleted at the end") << u"abcd"_s << u"ab"_s << qsizetype(2) << qsizetype(4) << QString();
        QTest::newRow("replaced at the start") << u"xbc"_s << u"ybc"_s << qsizetype(0) << qsizetype(1) << u"y"_s;
        // A repeated character: the common beginning takes it, the end does not take it twice.
        QTest::newRow("doubled letter") << u"aa"_s << u"aaa"_s << qsizetype(2) << qsizetype(2) << u"a"_s;
        QTest::newRow("from empty") << QString() << u"new"_s << qsizetype(0) << qsizetype(0) << u"new"_s;
        QTest::newRow("to empty") << u"old"_s << QString() << qsizetype(0) << qsizetype(3) << QString();
        QTest::newRow("moved section") << u"# A\na\n# B\nb\n"_s << u"# B\nb\n# A\na\n"_s << qsizetype(2)
                                       << qsizetype(11) << u"B\nb\n# A\na"_s;
    }

    void minimalEditCoversOnlyTheDifference()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(QString, inserted);
        const TextEdit edit = minimalTextEdit(before, after);
        QCOMPARE(edit.start, start);
        QCOMPARE(edit.end, end);
        QCOMPARE(edit.text, inserted);
        QCOMPARE(edit.cursor, start + inserted.size());
        QCOMPARE(applyTextEdit(before, edit), after);
    }

    void appliesToADocumentAsOneUndoStep()
    {
        QTextDocument document(u"- one\n- two\n"_s);
        document.clearUndoRedoStacks(); // loading the text is not the user's edit
        QTextCursor user(&document);
        user.setPosition(3);
        const TextEdit edit {6, 11, u"- 2\n- three"_s, 6, 17};
        const QTextCursor shown = applyTextEdit(user, edit);
        QCOMPARE(document.toPlainText(), u"- one\n- 2\n- three\n"_s);
        QCOMPARE(shown.anchor(), 6);
        QCOMPARE(shown.position(), 17);

        // One undo restores the whole text and puts the cursor back where the user's cursor was.
        QTextCursor after(&document);
        document.undo(&after);
        QCOMPARE(document.toPlainText(), u"- one\n- two\n"_s);
        QCOMPARE(after.position(), 3);
        QVERIFY(!document.isUndoAvailable());
    }

    void appliesWithAnOffset()
    {
        QTextDocument document(u"head\nbody\n"_s);
        document.clearUndoRedoStacks();
        applyTextEdit(&document, minimalTextEdit(u"body"_s, u"BODY"_s), 5);
        QCOMPARE(document.toPlainText(), u"head\nBODY\n"_s);
        document.undo();
        QCOMPARE(document.toPlainText(), u"head\nbody\n"_s);
        QVERIFY(!document.isUndoAvailable());
    }
};

QTEST_GUILESS_MAIN(TextEditTest)
#include "textedit_test.moc"
