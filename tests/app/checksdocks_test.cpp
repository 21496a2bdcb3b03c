// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checklistdock.h"
#include "app/problemsdock.h"
#include "core/document.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
const QString draftPath = QStringLiteral("_drafts/2023-10-09-draft.md");

// The tree item of the checklist item with this text.
QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &text)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            if (tree->topLevelItem(g)->child(i)->text(0) == text)
                return tree->topLevelItem(g)->child(i);
        }
    }
    return nullptr;
}

// An editor on a document, as the main window has them.
struct Editing {
    Document document;
    SourceEditor editor;
    Editing() { editor.setMarkdownDocument(&document); }
};
} // namespace

class ChecksDocksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tickingEditsTheTextAsOneUndoStep()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        Editing e;
        QVERIFY(e.document.load(site.path(draftPath)).has_value());
        ChecklistDock dock(&e.document, &e.editor);
        dock.resize(400, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QCOMPARE(dock.items().size(), 8);
        QCOMPARE(dock.progressText(), QStringLiteral("0 of 8 done"));
        const QString original = e.document.text();

        QTreeWidgetItem *changeDate = itemNamed(dock.tree(), QStringLiteral("change date"));
        QVERIFY(changeDate);
        QCOMPARE(changeDate->checkState(0), Qt::Unchecked);
        // The date is still the template's: verifiable, and not done.
        QCOMPARE(changeDate->data(1, Qt::UserRole).toString(), QStringLiteral("failed"));
        QVERIFY(!changeDate->icon(1).isNull());
        QVERIFY(itemNamed(dock.tree(), QStringLiteral("Feature story"))->icon(1).isNull());
        QVERIFY2(changeDate->toolTip(1).contains(u"template"), qPrintable(changeDate->toolTip(1)));

        // Tick it with the keyboard, as a user would.
        dock.tree()->setFocus();
        dock.tree()->setCurrentItem(changeDate);
        QTest::keyClick(dock.tree(), Qt::Key_Space);
        QCOMPARE(e.document.findBlockByNumber(8).text(), QStringLiteral("- [x] change date"));
        QString expected = original;
        expected[e.document.findBlockByNumber(8).position() + 3] = u'x';
        QCOMPARE(e.document.text(), expected);
        QTRY_COMPARE(dock.progressText(), QStringLiteral("1 of 8 done"));
        QCOMPARE(itemNamed(dock.tree(), QStringLiteral("change date"))->checkState(0), Qt::Checked);

        // One undo takes the whole tick back, and the dock follows.
        QVERIFY(e.document.isUndoAvailable());
        e.editor.undo();
        QCOMPARE(e.document.text(), original);
        QVERIFY(!e.document.isModified());
        QTRY_COMPARE(dock.progressText(), QStringLiteral("0 of 8 done"));
        QCOMPARE(itemNamed(dock.tree(), QStringLiteral("change date"))->checkState(0), Qt::Unchecked);
    }

    void typingUpdatesTheDock()
    {
        ExampleSite site;
        Editing e;
        QVERIFY(e.document.load(site.path(draftPath)).has_value());
        ChecklistDock dock(&e.document, &e.editor);
        dock.show();
        e.editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e.editor));
        QSignalSpy refreshed(&dock, &ChecklistDock::refreshed);

        // Type an "x" into the box of "update title" (line 10).
        const QTextBlock line = e.document.findBlockByNumber(9);
        QCOMPARE(line.text(), QStringLiteral("- [ ] update title"));
        e.editor.setCursorPosition(line.position() + 3);
        QTest::keyClick(&e.editor, Qt::Key_Delete);
        QTest::keyClick(&e.editor, Qt::Key_X);
        QCOMPARE(e.document.findBlockByNumber(9).text(), QStringLiteral("- [x] update title"));
        QTRY_COMPARE(dock.progressText(), QStringLiteral("1 of 8 done"));
        QCOMPARE(itemNamed(dock.tree(), QStringLiteral("update title"))->checkState(0), Qt::Checked);
        // Several keystrokes, one refresh after the pause.
        QCOMPARE(refreshed.size(), 1);

        // A task list typed under a heading appears in its own group.
        e.editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&e.editor, Qt::Key_Return);
        QTest::keyClicks(&e.editor, QStringLiteral("## Follow-up"));
        QTest::keyClick(&e.editor, Qt::Key_Return);
        QTest::keyClick(&e.editor, Qt::Key_Return);
        QTest::keyClicks(&e.editor, QStringLiteral("- [ ] ask Scott"));
        QTRY_COMPARE(dock.items().size(), 9);
        QCOMPARE(dock.items().last().section, QStringLiteral("Follow-up"));
        QTreeWidgetItem *added = itemNamed(dock.tree(), QStringLiteral("ask Scott"));
        QVERIFY(added);
        QCOMPARE(added->parent()->text(0), QStringLiteral("Follow-up"));

        // Activating an item shows its line in the editor.
        QTreeWidgetItem *title = itemNamed(dock.tree(), QStringLiteral("update title"));
        dock.tree()->setCurrentItem(title);
        Q_EMIT dock.tree()->itemActivated(title, 0);
        QCOMPARE(e.editor.textCursor().blockNumber(), 9);
    }

    void doubleClickingAProblemMovesTheCursor()
    {
        ExampleSite site;
        Editing e;
        QVERIFY(e.document.load(site.path(draftPath)).has_value());
        ProblemsDock dock(&e.document, &e.editor);
        dock.resize(900, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        // Loading ran the checks: the template's placeholders, unticked items and missing images.
        QCOMPARE(dock.table()->topLevelItemCount(), dock.problems().size());
        QCOMPARE(dock.summary(), QStringLiteral("Errors: 161, warnings: 8, notes: 0"));

        // The first placeholder, not at the start of its line.
        int row = -1;
        for (int i = 0; i < dock.problems().size(); ++i) {
            if (dock.problems().at(i).code == u"placeholder" && dock.problems().at(i).column > 1) {
                row = i;
                break;
            }
        }
        QVERIFY(row >= 0);
        const Problem problem = dock.problems().at(row);
        QTreeWidgetItem *item = dock.table()->topLevelItem(row);
        QCOMPARE(item->text(1), QString::number(problem.line));
        QVERIFY(!item->icon(0).isNull());
        dock.table()->scrollToItem(item);
        const QPoint at = dock.table()->visualItemRect(item).center();
        // The first click selects, the double-click activates.
        QTest::mouseClick(dock.table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(dock.table()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(e.editor.textCursor().blockNumber(), problem.line - 1);
        QCOMPARE(e.editor.textCursor().positionInBlock(), problem.column - 1);
    }

    void savingRunsTheChecksAgain()
    {
        ExampleSite site;
        Editing e;
        QVERIFY(e.document.load(site.path(draftPath)).has_value());
        ProblemsDock dock(&e.document, &e.editor);
        const qsizetype before = dock.problems().size();
        // Tick the first checklist item and save: one warning fewer.
        QTextCursor cursor(&e.document);
        cursor.setPosition(e.document.findBlockByNumber(7).position() + 3);
        cursor.deleteChar();
        cursor.insertText(QStringLiteral("x"));
        QCOMPARE(dock.problems().size(), before); // not before saving
        QVERIFY(e.document.save().has_value());
        // Checked on a worker thread after the save.
        QTRY_COMPARE(dock.problems().size(), before - 1);
        QCOMPARE(dock.summary(), QStringLiteral("Errors: 161, warnings: 7, notes: 0"));
    }

    // With "Check links" on, the links are checked in the background, here against a local server.
    void linksAreCheckedInTheBackground()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const bool gone = socket->readAll().contains(" /gone ");
                    socket->write(gone ? "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                       : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        ExampleSite site;
        const QString path = site.path(QStringLiteral("_drafts/2023-10-09-links.md"));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        QVERIFY(writeAll(path,
                         QStringLiteral("---\ntitle: Links\ndate: 2023-10-09 07:00:00 -0800\n---\n\n## A\n\n"
                                        "[fine](%1/fine) and [gone](%1/gone).\n")
                             .arg(base)
                             .toUtf8()));
        Editing e;
        QVERIFY(e.document.load(path).has_value());
        ProblemsDock dock(&e.document, &e.editor);
        QVERIFY(dock.problems().isEmpty());
        QSignalSpy finished(&dock, &ProblemsDock::linkCheckFinished);
        dock.findChild<QCheckBox *>(QStringLiteral("problems_check_links"))->click();
        QVERIFY(dock.linksEnabled());
        QVERIFY(dock.isCheckingLinks());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(dock.problems().size(), 1);
        QCOMPARE(dock.problems().first().code, QStringLiteral("broken-link"));
        QCOMPARE(dock.problems().first().line, 8);
        const QString line8 = e.document.findBlockByNumber(7).text();
        QCOMPARE(dock.problems().first().column, line8.indexOf(base + QStringLiteral("/gone")) + 1);

        // A save re-runs the local checks and keeps the link results without asking again.
        e.document.setPlainText(e.document.text() + QStringLiteral("\nMore.\n"));
        QVERIFY(e.document.save().has_value());
        QVERIFY(!dock.isCheckingLinks());
        QCOMPARE(dock.problems().size(), 1);
        QCOMPARE(dock.problems().first().code, QStringLiteral("broken-link"));
    }
};

QTEST_MAIN(ChecksDocksTest)
#include "checksdocks_test.moc"
