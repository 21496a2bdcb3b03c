// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/snippetsession.h"

#include "core/document.h"
#include "editor/sourceeditor.h"

#include <QTest>

using namespace Masthead;
using namespace Qt::StringLiterals;

class SnippetSessionTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        Document document;
        SourceEditor editor;
        SnippetSession session {&editor};
        explicit Fixture(const QString &text)
        {
            document.setPlainText(text);
            editor.setMarkdownDocument(&document);
            editor.show();
            editor.activateWindow();
            editor.setFocus();
        }
        QString selected() const { return editor.textCursor().selectedText(); }
        void placeCursor(int position)
        {
            QTextCursor cursor = editor.textCursor();
            cursor.setPosition(position);
            editor.setTextCursor(cursor);
        }
    };

private Q_SLOTS:
    void tabVisitsFieldsInOrder()
    {
        Fixture f(u"before  after"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        f.placeCursor(7);
        f.session.insertAtCursor(expandSnippet(u"[${2:text}](${1:url})${0}"_s));
        QVERIFY(f.session.isActive());
        QCOMPARE(f.document.toPlainText(), u"before [text](url) after"_s);
        QCOMPARE(f.selected(), u"url"_s);
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        QCOMPARE(f.selected(), u"text"_s);
        QTest::keyClick(&f.editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(f.selected(), u"url"_s);
        QCOMPARE(f.session.currentField(), 0);

        // Typing replaces the field; the fields after it follow.
        QTest::keyClicks(&f.editor, u"https://example.org"_s);
        QCOMPARE(f.document.toPlainText(), u"before [text](https://example.org) after"_s);
        QVERIFY(f.session.isActive());
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        QCOMPARE(f.selected(), u"text"_s);
        QTest::keyClicks(&f.editor, u"Unicode link"_s);
        QCOMPARE(f.document.toPlainText(), u"before [Unicode link](https://example.org) after"_s);
        // Back to the first field: it holds what was typed, selected whole.
        QTest::keyClick(&f.editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(f.selected(), u"https://example.org"_s);
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        // Field 0 (the end position), then past it: the session ends.
        QCOMPARE(f.editor.textCursor().position(), 42);
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        QVERIFY(!f.session.isActive());
        QCOMPARE(f.editor.textCursor().position(), 42);
        // Now Tab is the editor's again.
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        QVERIFY(f.document.toPlainText() != u"before [Unicode link](https://example.org) after"_s);
    }

    void insertionIsOneUndoStep()
    {
        Fixture f(u"text"_s);
        f.placeCursor(4);
        f.session.insert(expandSnippet(u"\n\n[![${1:title}](${2:path})](${3:url})"_s), 4);
        QCOMPARE(f.document.toPlainText(), u"text\n\n[![title](path)](url)"_s);
        f.document.undo();
        QCOMPARE(f.document.toPlainText(), u"text"_s);
    }

    void escapeEnds()
    {
        Fixture f {QString()};
        f.session.insertAtCursor(expandSnippet(u"${1:a} ${2:b}"_s));
        QVERIFY(f.session.isActive());
        QTest::keyClick(&f.editor, Qt::Key_Escape);
        QVERIFY(!f.session.isActive());
        QCOMPARE(f.selected(), u"a"_s);
    }

    void typingOutsideEnds()
    {
        Fixture f(u"start "_s);
        f.placeCursor(6);
        f.session.insertAtCursor(expandSnippet(u"${1:a} ${2:b}"_s));
        QVERIFY(f.session.isActive());
        f.placeCursor(0);
        QVERIFY(f.session.isActive()); // moving alone does not end it
        QTest::keyClicks(&f.editor, u"x"_s);
        QVERIFY(!f.session.isActive());
        QCOMPARE(f.document.toPlainText(), u"xstart a b"_s);
    }

    void tabInAListItemSnippetMovesToTheField()
    {
        // Without the session, Tab on a list item would indent it.
        Fixture f(u"- [A](u)\n"_s);
        f.placeCursor(8);
        f.session.insert(expandSnippet(u"\n- [${1:Board name}](${2:url})"_s), 8);
        QCOMPARE(f.selected(), u"Board name"_s);
        QTest::keyClick(&f.editor, Qt::Key_Tab);
        QCOMPARE(f.selected(), u"url"_s);
        QCOMPARE(f.document.toPlainText(), u"- [A](u)\n- [Board name](url)\n"_s);
    }

    void snippetWithoutFields()
    {
        Fixture f(u"ab"_s);
        f.placeCursor(1);
        f.session.insertAtCursor(expandSnippet(u"XYZ"_s));
        QVERIFY(!f.session.isActive());
        QCOMPARE(f.editor.textCursor().position(), 4);
    }
};

QTEST_MAIN(SnippetSessionTest)
#include "snippetsession_test.moc"
