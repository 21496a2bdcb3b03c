// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "editor/findbar.h"
#include "editor/sourceeditor.h"

#include <QAction>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace Masthead;
using namespace Qt::StringLiterals;

namespace
{
const QString text = uR"(## Python 3.12.0 Final Released
![python](../assets/20231009/20231009p312.jpg)
Python 3.12 final is out: python.org has pythonic news.
## PyCon 2023
![pycon](../assets/20231002/20231002pycon.jpg)
)"_s;

// The editor with its find bar below it, as the main window lays them out.
struct EditorWithFindBar {
    QWidget window;
    Document document;
    SourceEditor *editor = new SourceEditor(&window);
    FindBar *bar = new FindBar(editor, &window);

    EditorWithFindBar()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(editor);
        layout->addWidget(bar);
        document.setPlainText(text);
        editor->setMarkdownDocument(&document);
        window.resize(800, 500);
        window.show();
        window.activateWindow();
        editor->setFocus();
    }
    QLineEdit *findField() const { return bar->findChild<QLineEdit *>(u"find_field"_s); }
    QLineEdit *replaceField() const { return bar->findChild<QLineEdit *>(u"replace_field"_s); }
    QAction *toggle(const QString &id) const { return bar->findChild<QAction *>(id); }
    QString selected() const { return editor->textCursor().selectedText(); }
    int selectionStart() const { return editor->textCursor().selectionStart(); }
};
} // namespace

class FindBarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesAsYouType()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        view.bar->openFind();
        QVERIFY(view.bar->isVisible());
        QTRY_VERIFY(view.findField()->hasFocus());

        QTest::keyClicks(view.findField(), u"py"_s);
        QCOMPARE(view.selected(), u"Py"_s);
        QCOMPARE(view.selectionStart(), 3);
        QCOMPARE(view.bar->matchCount(), 8);
        QCOMPARE(view.bar->statusText(), u"1 of 8"_s);
        // Every match on screen is marked, besides the current line.
        QCOMPARE(view.editor->extraSelections().size(), 1 + 8);
        QTest::keyClicks(view.findField(), u"con"_s);
        QCOMPARE(view.selected(), u"PyCon"_s);
        QCOMPARE(view.bar->matchCount(), 3); // "PyCon", "![pycon]", "20231002pycon.jpg"
        QTest::keyClick(view.findField(), Qt::Key_Backspace);
        QTest::keyClick(view.findField(), Qt::Key_Backspace);
        QTest::keyClick(view.findField(), Qt::Key_Backspace);
        QCOMPARE(view.selectionStart(), 3); // back to the first match from where the search began

        // Enter and Shift+Enter walk the matches, wrapping around.
        QTest::keyClick(view.findField(), Qt::Key_Return);
        QCOMPARE(view.bar->currentMatch(), 2);
        QTest::keyClick(view.findField(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(view.findField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view.bar->currentMatch(), 8);
        QTest::keyClick(view.findField(), Qt::Key_Return);
        QCOMPARE(view.bar->currentMatch(), 1);

        QTest::keyClicks(view.findField(), u"zzz"_s);
        QCOMPARE(view.bar->matchCount(), 0);
        QCOMPARE(view.bar->statusText(), u"No matches"_s);
    }

    void matchesCaseAndWholeWords()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        view.bar->openFind();
        QTest::keyClicks(view.findField(), u"python"_s);
        QCOMPARE(view.bar->matchCount(), 5);
        view.toggle(u"find_case_sensitive"_s)->trigger();
        QCOMPARE(view.bar->matchCount(), 3);
        view.toggle(u"find_whole_words"_s)->trigger();
        QCOMPARE(view.bar->matchCount(), 2); // not "pythonic"
        QCOMPARE(view.bar->options(), (SearchOptions {true, true, false}));
    }

    void replacesWithRegularExpressionGroups()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        view.bar->openReplace();
        QVERIFY(view.replaceField()->isVisible());
        view.toggle(u"find_regular_expression"_s)->trigger();
        QTest::keyClicks(view.findField(), u"\\((\\.\\./assets)/(\\d{4})(\\d{2})(\\d{2})/"_s);
        QCOMPARE(view.bar->matchCount(), 2);
        QCOMPARE(view.bar->currentMatch(), 1);
        QTest::keyClicks(view.replaceField(), u"(\\1/$2-$3-$4/"_s);

        // Replace changes the selected match and goes on to the next one.
        view.bar->replace();
        QVERIFY(view.document.text().contains(u"(../assets/2023-10-09/20231009p312.jpg)"_s));
        QCOMPARE(view.bar->matchCount(), 1);
        QCOMPARE(view.bar->currentMatch(), 1);
        QVERIFY(view.selected().startsWith(u"(../assets/20231002/"_s));
        view.bar->replaceAll();
        QVERIFY(view.document.text().contains(u"(../assets/2023-10-02/20231002pycon.jpg)"_s));
        QCOMPARE(view.bar->matchCount(), 0);
        QCOMPARE(view.bar->statusText(), u"Replaced: 1"_s);
    }

    void replaceAllIsOneUndoStep()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        view.bar->openReplace();
        view.toggle(u"find_regular_expression"_s)->trigger();
        view.toggle(u"find_case_sensitive"_s)->trigger();
        QTest::keyClicks(view.findField(), u"\\bPython (\\d)\\.(\\d+)"_s);
        QTest::keyClicks(view.replaceField(), u"Python \\1\\2"_s);
        QCOMPARE(view.bar->matchCount(), 2);
        // Enter in the replace field replaces one match: a step of its own.
        QTest::keyClick(view.replaceField(), Qt::Key_Return);
        QCOMPARE(view.bar->matchCount(), 1);
        const QString afterOne = view.document.text();
        QVERIFY(afterOne.startsWith(u"## Python 312.0 Final"_s));

        QTest::keyClicks(view.findField(), u"|pythonic"_s); // now "…|pythonic": the version or the word
        QCOMPARE(view.bar->matchCount(), 2);
        view.bar->replaceAll();
        const QString afterAll = view.document.text();
        QVERIFY(afterAll.contains(u"Python 312 final is out"_s));
        QVERIFY(afterAll.contains(u"has Python  news"_s));

        view.editor->undo();
        QCOMPARE(view.document.text(), afterOne);
        view.editor->undo();
        QCOMPARE(view.document.text(), text);
    }

    void replaceAllInTheSelection()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        // Select the last three lines: "Python" stays in the heading, changes below it.
        QTextCursor cursor(&view.document);
        cursor.setPosition(int(text.indexOf(u"Python 3.12 final"_s)));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        view.editor->setTextCursor(cursor);
        view.bar->openReplace();
        QVERIFY(view.toggle(u"find_in_selection"_s)->isChecked());
        view.findField()->clear();
        QTest::keyClicks(view.findField(), u"Py"_s);
        QTest::keyClicks(view.replaceField(), u"PY"_s);
        // openFind selected the first match; select the lines again, as a user would.
        view.editor->setTextCursor(cursor);
        view.bar->replaceAll();
        const QString after = view.document.text();
        QVERIFY(after.startsWith(u"## Python 3.12.0 Final Released\n"_s));
        QVERIFY(after.contains(u"PYthon 3.12 final is out: PYthon.org has PYthonic news.\n## PYCon 2023"_s));
        // The selection still covers the replaced lines, and it is one undo step.
        QVERIFY(view.selected().startsWith(u"PYthon 3.12 final"_s));
        view.editor->undo();
        QCOMPARE(view.document.text(), text);

        // Off: the whole document.
        view.toggle(u"find_in_selection"_s)->setChecked(false);
        view.bar->replaceAll();
        QVERIFY(view.document.text().startsWith(u"## PYthon 3.12.0"_s));
    }

    void reportsInvalidExpressions()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        view.bar->openFind();
        view.toggle(u"find_regular_expression"_s)->trigger();
        QTest::keyClicks(view.findField(), u"(unclosed"_s);
        QVERIFY2(view.bar->statusText().startsWith(u"Invalid expression"_s), qPrintable(view.bar->statusText()));
        QCOMPARE(view.bar->matchCount(), 0);
    }

    void countsAgainAfterEdits()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        view.bar->openFind();
        QTest::keyClicks(view.findField(), u"PyCon"_s);
        QCOMPARE(view.bar->matchCount(), 3);
        QTextCursor cursor(&view.document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"PyCon US\n"_s);
        QTRY_COMPARE(view.bar->matchCount(), 4);
    }

    void escapeClosesTheBar()
    {
        EditorWithFindBar view;
        QVERIFY(QTest::qWaitForWindowActive(&view.window));
        view.bar->openReplace();
        QTRY_VERIFY(view.findField()->hasFocus());
        QTest::keyClicks(view.findField(), u"Python"_s);
        QVERIFY(view.editor->extraSelections().size() > 1);
        QTest::keyClick(view.findField(), Qt::Key_Escape);
        QVERIFY(!view.bar->isVisible());
        QTRY_VERIFY(view.editor->hasFocus());
        QCOMPARE(view.editor->extraSelections().size(), 1); // the current line only

        // Esc in the text closes it too.
        view.bar->openFind();
        QVERIFY(view.bar->isVisible());
        view.editor->setFocus();
        QTest::keyClick(view.editor, Qt::Key_Escape);
        QVERIFY(!view.bar->isVisible());
        QCOMPARE(view.document.text(), text);

        // Opening again takes the selected word.
        QTextCursor cursor = view.editor->textCursor();
        cursor.setPosition(3);
        cursor.setPosition(9, QTextCursor::KeepAnchor);
        view.editor->setTextCursor(cursor);
        view.bar->openFind();
        QCOMPARE(view.findField()->text(), u"Python"_s);
        QVERIFY(!view.replaceField()->isVisible());
    }
};

QTEST_MAIN(FindBarTest)
#include "findbar_test.moc"
