// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../preview/webpagetesting.h"
#include "app/mainwindow.h"
#include "app/scrollsync.h"
#include "core/document.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Masthead;
using namespace MastheadTest;

class ScrollSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The main window remembers files and geometry; never in the user's real settings.
        QStandardPaths::setTestModeEnabled(true);
    }

    void editorAndPreviewFollowEachOther()
    {
        MainWindow window;
        QSignalSpy updated(window.preview(), &PreviewView::updated);
        QVERIFY(window.openPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")).has_value());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(updated.wait(30'000) || !updated.isEmpty());
        QTRY_VERIFY(window.preview()->patchedGeneration() > 0);

        // Scrolling the editor to a heading brings that heading to the top of the preview.
        const QTextDocument &doc = *window.document();
        const int line = lineOf(doc, QStringLiteral("## Upcoming Events!"));
        window.editor()->verticalScrollBar()->setValue(doc.findBlockByNumber(line - 1).firstLineNumber());
        const QString headingTop
            = QStringLiteral("document.getElementById('upcoming-events').getBoundingClientRect().top");
        QTRY_VERIFY2(std::abs(evaluate(window.preview()->page(), headingTop).toDouble()) < 30,
                     qPrintable(evaluate(window.preview()->page(), headingTop).toString()));

        // Scrolling the preview scrolls the editor, and its cursor stays where it was.
        const int cursorBefore = window.editor()->textCursor().position();
        const int other = lineOf(doc, QStringLiteral("## Latest Releases"));
        evaluate(window.preview()->page(),
                 QStringLiteral("window.scrollTo(0, document.getElementById('latest-releases')"
                                ".getBoundingClientRect().top + window.scrollY - 8)"));
        QTRY_VERIFY2(std::abs(window.editor()->firstVisibleBlock().blockNumber() + 1 - other) <= 1,
                     qPrintable(QString::number(window.editor()->firstVisibleBlock().blockNumber() + 1)));
        QCOMPARE(window.editor()->textCursor().position(), cursorBefore);

        // A click in the preview puts the editor's cursor on that line.
        Q_EMIT window.preview()->sourceLineClicked(line);
        QCOMPARE(window.editor()->textCursor().blockNumber() + 1, line);
    }

    // Typing on a line that the preview does not show (the editor's last lines: the preview shows
    // fewer source lines than the editor, images take room) brings it into the preview's view.
    void typingBringsTheEditedLineIntoThePreview()
    {
        MainWindow window;
        QSignalSpy updated(window.preview(), &PreviewView::updated);
        QVERIFY(window.openPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")).has_value());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(updated.wait(30'000) || !updated.isEmpty());
        QTRY_VERIFY(window.preview()->patchedGeneration() > 0);

        // The heading is the editor's second-last line; the preview's top is the editor's.
        SourceEditor *editor = window.editor();
        const QTextDocument &doc = *window.document();
        const int line = lineOf(doc, QStringLiteral("## Latest Releases"));
        const QTextBlock heading = doc.findBlockByNumber(line - 1);
        const int visible = editor->viewport()->height() / editor->fontMetrics().lineSpacing();
        editor->verticalScrollBar()->setValue(heading.firstLineNumber() - visible + 2);
        const QString headingTop
            = QStringLiteral("document.getElementById('latest-releases').getBoundingClientRect().top");
        const QString viewHeight = QStringLiteral("window.innerHeight");
        QTRY_VERIFY(evaluate(window.preview()->page(), headingTop).toDouble()
                    > evaluate(window.preview()->page(), viewHeight).toDouble());

        // Type at the start of the line after the heading.
        window.activateWindow();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTextCursor cursor(heading.next());
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_X);
        QTRY_VERIFY2(evaluate(window.preview()->page(), headingTop).toDouble() >= 0
                         && evaluate(window.preview()->page(), headingTop).toDouble()
                             < evaluate(window.preview()->page(), viewHeight).toDouble(),
                     qPrintable(evaluate(window.preview()->page(), headingTop).toString()));
    }
};

QTEST_MAIN(ScrollSyncTest)
#include "scrollsync_test.moc"
