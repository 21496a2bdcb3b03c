// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checklistdock.h"
#include "app/problemsdock.h"
#include "core/document.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

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

// The example site's draft in an editor, with the Checklist dock on it; both shown.
struct ChecklistOnDraft {
    ExampleSite site;
    Editing e;
    const bool loaded = e.document.load(site.path(draftPath)).has_value();
    ChecklistDock dock {&e.document, &e.editor};
    ChecklistOnDraft()
    {
        dock.show();
        e.editor.show();
    }
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
        ChecklistOnDraft f;
        QVERIFY(f.loaded);
        QVERIFY(QTest::qWaitForWindowExposed(&f.e.editor));
        QSignalSpy refreshed(&f.dock, &ChecklistDock::refreshed);

        // Type an "x" into the box of "update title" (line 10).
        const QTextBlock line = f.e.document.findBlockByNumber(9);
        QCOMPARE(line.text(), QStringLiteral("- [ ] update title"));
        f.e.editor.setCursorPosition(line.position() + 3);
        QTest::keyClick(&f.e.editor, Qt::Key_Delete);
        QTest::keyClick(&f.e.editor, Qt::Key_X);
        QCOMPARE(f.e.document.findBlockByNumber(9).text(), QStringLiteral("- [x] update title"));
        QTRY_COMPARE(f.dock.progressText(), QStringLiteral("1 of 8 done"));
        QCOMPARE(itemNamed(f.dock.tree(), QStringLiteral("update title"))->checkState(0), Qt::Checked);
        // Several keystrokes, one refresh after the pause.
        QCOMPARE(refreshed.size(), 1);

        // A task list typed under a heading appears in its own group.
        f.e.editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&f.e.editor, Qt::Key_Return);
        QTest::keyClicks(&f.e.editor, QStringLiteral("## Follow-up"));
        QTest::keyClick(&f.e.editor, Qt::Key_Return);
        QTest::keyClick(&f.e.editor, Qt::Key_Return);
        QTest::keyClicks(&f.e.editor, QStringLiteral("- [ ] ask Scott"));
        QTRY_COMPARE(f.dock.items().size(), 9);
        QCOMPARE(f.dock.items().last().section, QStringLiteral("Follow-up"));
        QTreeWidgetItem *added = itemNamed(f.dock.tree(), QStringLiteral("ask Scott"));
        QVERIFY(added);
        QCOMPARE(added->parent()->text(0), QStringLiteral("Follow-up"));

        // Activating an item shows its line in the editor.
        QTreeWidgetItem *title = itemNamed(f.dock.tree(), QStringLiteral("update title"));
        f.dock.tree()->setCurrentItem(title);
        Q_EMIT f.dock.tree()->itemActivated(title, 0);
        QCOMPARE(f.e.editor.textCursor().blockNumber(), 9);
    }

    void typingAboveTheChecklistLeavesItsRows()
    {
        ChecklistOnDraft f;
        QVERIFY(f.loaded);
        QVERIFY(QTest::qWaitForWindowExposed(&f.e.editor));
        QTreeWidgetItem *changeDate = itemNamed(f.dock.tree(), QStringLiteral("change date"));
        QVERIFY(changeDate);
        QCOMPARE(changeDate->toolTip(0), QStringLiteral("Line 9"));
        QTreeWidgetItem *images
            = itemNamed(f.dock.tree(), QStringLiteral("Update [![](../assets/20231009/)]() for images"));
        QVERIFY(images);
        QVERIFY2(images->toolTip(1).contains(u"\nline 39:"), qPrintable(images->toolTip(1)));
        QSignalSpy refreshed(&f.dock, &ChecklistDock::refreshed);
        QSignalSpy rowsChanged(f.dock.tree()->model(), &QAbstractItemModel::dataChanged);

        // A line typed above the checklist moves every item down by one.
        f.e.editor.setCursorPosition(f.e.document.findBlockByNumber(8).position());
        QTest::keyClick(&f.e.editor, Qt::Key_Return);
        QVERIFY(refreshed.wait());
        // The rows say so when asked, and none of them was changed for it (before: once each).
        QCOMPARE(changeDate->toolTip(0), QStringLiteral("Line 10"));
        QCOMPARE(itemNamed(f.dock.tree(), QStringLiteral("update title"))->toolTip(0), QStringLiteral("Line 11"));
        const auto itemsColumn = [](const QList<QVariant> &change) {
            return change.at(0).value<QModelIndex>().column() == 0;
        };
        QCOMPARE(std::ranges::count_if(rowsChanged, itemsColumn), 0);
        // What did change is what a mark says: the lines of the placeholders left.
        QVERIFY2(images->toolTip(1).contains(u"\nline 40:"), qPrintable(images->toolTip(1)));
        QCOMPARE(rowsChanged.size(), 2); // its tooltip and accessible text
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
        // Loading ran the checks: the template's placeholders (one per line) and unticked items.
        QVERIFY2(dock.summary().startsWith(u"Errors: "), qPrintable(dock.summary()));

        // Grouped by kind, errors first: the placeholders one collapsed group, by section.
        QTreeWidget *tree = dock.table();
        QVERIFY(tree->topLevelItemCount() >= 2);
        QTreeWidgetItem *placeholders = tree->topLevelItem(0);
        QVERIFY2(placeholders->text(0).startsWith(u"Placeholders left from the template: "),
                 qPrintable(placeholders->text(0)));
        QVERIFY(!placeholders->isExpanded());
        QVERIFY(placeholders->childCount() > 5); // sections
        QVERIFY(placeholders->child(0)->childCount() >= 1);
        QTreeWidgetItem *unticked = tree->findItems(QStringLiteral("Checklist items"), Qt::MatchStartsWith).value(0);
        QVERIFY(unticked);
        QVERIFY2(unticked->text(0).startsWith(u"Checklist items not ticked: 8"), qPrintable(unticked->text(0)));
        QVERIFY(unticked->isExpanded());
        QCOMPARE(unticked->childCount(), 8);

        // The filter and the search.
        dock.setSeverityFilter(int(Problem::Severity::Warning));
        QCOMPARE(tree->topLevelItemCount(), 2); // unticked items, paths that break once published
        dock.setSeverityFilter(-1);
        dock.setSearchText(QStringLiteral("NUMBER"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->isExpanded());
        dock.setSearchText({});

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
        QTreeWidgetItem *item = dock.itemOf(row);
        QVERIFY(item);
        for (QTreeWidgetItem *parent = item->parent(); parent; parent = parent->parent())
            parent->setExpanded(true);
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

    // A verified checklist item that is not done leads to the problems behind it.
    void aFailedChecklistItemShowsItsProblems()
    {
        ExampleSite site;
        Editing e;
        QVERIFY(e.document.load(site.path(draftPath)).has_value());
        ChecklistDock checklist(&e.document, &e.editor);
        ProblemsDock problems(&e.document, &e.editor);
        connect(&checklist, &ChecklistDock::problemsRequested, &problems, &ProblemsDock::showKinds);
        const int all = problems.table()->topLevelItemCount();
        QVERIFY(all >= 2);

        QTreeWidgetItem *images
            = itemNamed(checklist.tree(), QStringLiteral("Update [![](../assets/20231009/)]() for images"));
        QVERIFY(images);
        QCOMPARE(images->data(1, Qt::UserRole).toString(), QStringLiteral("failed"));
        QSignalSpy requested(&checklist, &ChecklistDock::problemsRequested);
        Q_EMIT checklist.tree()->itemActivated(images, 0);
        QCOMPARE(requested.size(), 1);
        QVERIFY(requested.first().first().toStringList().contains(QStringLiteral("placeholder")));
        QCOMPARE(problems.table()->topLevelItemCount(), 1);
        QVERIFY(problems.table()->topLevelItem(0)->text(0).startsWith(u"Placeholders left from the template"));
        auto *showAll = problems.findChild<QPushButton *>(QStringLiteral("problems_show_all"));
        QVERIFY(showAll && !showAll->isHidden());
        showAll->click();
        QCOMPARE(problems.table()->topLevelItemCount(), all);
        QVERIFY(showAll->isHidden());

        // A manual item asks for nothing.
        Q_EMIT checklist.tree()->itemActivated(itemNamed(checklist.tree(), QStringLiteral("Feature story")), 0);
        QCOMPARE(requested.size(), 1);
    }

    // Every row shows its severity's icon, one QIcon shared by all (not one of the style's fresh icons
    // per row: thousands at 1 MB, each with its own files and pixmap cache).
    void rowsShareTheirSeverityIcon()
    {
        ExampleSite site;
        Editing e;
        QVERIFY(e.document.load(site.path(draftPath)).has_value());
        ProblemsDock dock(&e.document, &e.editor);
        QList<QTreeWidgetItem *> pending;
        for (int i = 0; i < dock.table()->topLevelItemCount(); ++i)
            pending.append(dock.table()->topLevelItem(i));
        QSet<qint64> keys;
        int rows = 0;
        while (!pending.isEmpty()) {
            QTreeWidgetItem *item = pending.takeFirst();
            for (int i = 0; i < item->childCount(); ++i)
                pending.append(item->child(i));
            QVERIFY(!item->icon(0).isNull());
            keys.insert(item->icon(0).cacheKey());
            ++rows;
            // A problem's tooltip: its severity and its message.
            if (item->childCount() == 0) {
                const QString tip = item->toolTip(0);
                QVERIFY2(tip.endsWith(u": "_s + item->text(0)), qPrintable(tip));
                QVERIFY2(tip.startsWith(u"Error"_s) || tip.startsWith(u"Warning"_s) || tip.startsWith(u"Note"_s),
                         qPrintable(tip));
            }
        }
        QVERIFY2(rows > 50, qPrintable(QString::number(rows)));
        QVERIFY2(keys.size() <= 3, qPrintable(QString::number(keys.size()))); // error, warning, note
    }

    // A pause in typing that finds the same problems leaves the tree as it is (thousands of rows at
    // 1 MB, rebuilt on the GUI thread just as the next key comes); new problems rebuild it.
    void sameProblemsLeaveTheTree()
    {
        ExampleSite site;
        Editing e;
        QVERIFY(e.document.load(site.path(draftPath)).has_value());
        ProblemsDock dock(&e.document, &e.editor);
        QTreeWidget *tree = dock.table();
        QVERIFY(tree->topLevelItemCount() >= 2);
        const QTreeWidgetItem *first = tree->topLevelItem(0);
        const QList<Problem> before = dock.problems();
        QSignalSpy checked(&dock, &ProblemsDock::problemsChanged);

        // "News Sources" becomes "News Sourcesx": no problem comes or goes.
        QTextCursor cursor(e.document.findBlockByNumber(16));
        QCOMPARE(cursor.block().text(), u"News Sources"_s);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u"x"_s);
        QVERIFY(checked.wait(10'000));
        QCOMPARE(dock.problems(), before);
        QCOMPARE(tree->topLevelItem(0), first);

        // A new unticked checklist item is a new warning: the tree is filled again.
        cursor.insertText(u"\n- [ ] one more thing"_s);
        QTRY_COMPARE(dock.problems().size(), before.size() + 1);
        QVERIFY(tree->findItems(u"Checklist items not ticked: 9"_s, Qt::MatchStartsWith).value(0));
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
        QCOMPARE(dock.problems().size(), before); // not on every keystroke
        QVERIFY(e.document.save().has_value());
        // Checked on a worker thread after the save.
        QTRY_COMPARE(dock.problems().size(), before - 1);
        QCOMPARE(dock.summary(), QStringLiteral("Errors: 59, warnings: 25, notes: 0"));

        // Without saving, once typing pauses (and the check on a worker is done): untick it again.
        cursor.deletePreviousChar();
        cursor.insertText(QStringLiteral(" "));
        QCOMPARE(dock.problems().size(), before - 1);
        QTRY_COMPARE(dock.problems().size(), before);
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
