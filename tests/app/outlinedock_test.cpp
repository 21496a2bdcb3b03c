// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outlinedock.h"
#include "support/sitefixture.h"

#include "core/document.h"
#include "editor/sourceeditor.h"

#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBlock>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
const QString abc = u"intro\n\n## A\na\n\n### A1\nsub\n\n## B\nb\n\n## C\nc\n"_s;

QStringList rows(const QStandardItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->item(row)->text());
    return result;
}

// What the view does when a row is dragged and dropped between rows (row) or onto one (onRow).
bool drag(OutlineDock &dock, int from, int row, int onRow = -1)
{
    QStandardItemModel *model = dock.model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(from, 0)}));
    return data
        && model->dropMimeData(data.get(), Qt::MoveAction, row, 0, onRow >= 0 ? model->index(onRow, 0) : QModelIndex());
}
} // namespace

class OutlineDockTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        Document document;
        SourceEditor editor;
        std::unique_ptr<OutlineDock> dock;
        explicit Fixture(const QString &text)
        {
            document.setPlainText(text);
            document.setModified(false);
            editor.setMarkdownDocument(&document);
            dock = std::make_unique<OutlineDock>(&document, &editor);
            editor.resize(600, 400);
            dock->resize(250, 400);
            editor.show();
            dock->show();
        }
    };

private Q_SLOTS:
    void listsHeadings()
    {
        Fixture f(abc);
        QCOMPARE(rows(f.dock->model()), (QStringList {u"A"_s, u"   A1"_s, u"B"_s, u"C"_s}));
        // Edits show after a short pause.
        QTextCursor cursor(&f.document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"\n## D\n"_s);
        QTRY_COMPARE(f.dock->model()->rowCount(), 5);
        QCOMPARE(f.dock->model()->item(4)->text(), u"D"_s);
    }

    void typingAboveTheHeadingsLeavesTheRows()
    {
        Fixture f(abc);
        QStandardItemModel *model = f.dock->model();
        QCOMPARE(model->item(0)->toolTip(), u"Line 3"_s);
        QSignalSpy refreshed(f.dock.get(), &OutlineDock::refreshed);
        QSignalSpy rowsChanged(model, &QAbstractItemModel::dataChanged);

        // A line typed at the top moves every heading down by one.
        f.editor.setCursorPosition(0);
        QTest::keyClick(&f.editor, Qt::Key_Return);
        QVERIFY(refreshed.wait());
        QCOMPARE(f.dock->sections().first().line, 3);
        // The rows say so when asked, and none of them was changed for it (before: once each).
        QCOMPARE(model->item(0)->toolTip(), u"Line 4"_s);
        QCOMPARE(model->item(3)->toolTip(), u"Line 13"_s);
        QCOMPARE(rowsChanged.size(), 0);
        QCOMPARE(rows(model), (QStringList {u"A"_s, u"   A1"_s, u"B"_s, u"C"_s}));

        // A heading that changes is still shown.
        QTextCursor cursor(f.document.findBlockByNumber(3));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u"lpha"_s);
        QVERIFY(refreshed.wait());
        QCOMPARE(rows(model), (QStringList {u"Alpha"_s, u"   A1"_s, u"B"_s, u"C"_s}));
        QCOMPARE(rowsChanged.size(), 1);
    }

    void dragReorders_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("onRow");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first to the end")
            << 0 << 4 << -1 << u"intro\n\n## B\nb\n\n## C\nc\n\n## A\na\n\n### A1\nsub\n\n"_s;
        QTest::newRow("last to the top") << 3 << 0 << -1
                                         << u"intro\n\n## C\nc\n\n## A\na\n\n### A1\nsub\n\n## B\nb\n\n"_s;
        QTest::newRow("dropped onto a row")
            << 2 << -1 << 0 << u"intro\n\n## B\nb\n\n## A\na\n\n### A1\nsub\n\n## C\nc\n"_s;
        QTest::newRow("below the view's last row")
            << 2 << -1 << -1 << u"intro\n\n## A\na\n\n### A1\nsub\n\n## C\nc\n\n## B\nb\n\n"_s;
    }

    void dragReorders()
    {
        QFETCH(int, from);
        QFETCH(int, row);
        QFETCH(int, onRow);
        QFETCH(QString, expected);
        Fixture f(abc);
        QVERIFY(!f.document.isUndoAvailable());
        QVERIFY(drag(*f.dock, from, row, onRow));
        QTRY_COMPARE(f.document.toPlainText(), expected);
        QVERIFY(f.document.isModified());
        // The outline shows the new order at once.
        QCOMPARE(f.dock->sections().size(), 4);
        // One undo step brings back the original text, and there is nothing more to undo.
        f.editor.undo();
        QCOMPARE(f.document.toPlainText(), abc);
        QVERIFY(!f.document.isModified());
        QVERIFY(!f.document.isUndoAvailable());
    }

    void dropIntoItselfChangesNothing()
    {
        Fixture f(abc);
        QVERIFY(drag(*f.dock, 0, 1)); // A in front of its own subsection
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QCOMPARE(f.document.toPlainText(), abc);
        QVERIFY(!f.document.isUndoAvailable());
    }

    void moveUpAndDown()
    {
        Fixture f(abc);
        QVERIFY(!f.dock->moveSectionUp(0));
        QVERIFY(!f.dock->moveSectionUp(1)); // A1 has no sibling above
        QVERIFY(f.dock->moveSectionDown(0)); // A (with A1) after B
        QCOMPARE(f.document.toPlainText(), u"intro\n\n## B\nb\n\n## A\na\n\n### A1\nsub\n\n## C\nc\n"_s);
        QCOMPARE(f.dock->sections()[1].title, u"A"_s);
        QVERIFY(f.dock->moveSectionUp(1));
        QCOMPARE(f.document.toPlainText(), abc);
        QVERIFY(!f.dock->moveSectionDown(3));
    }

    void currentSectionFollowsTheCursor()
    {
        Fixture f(abc);
        QCOMPARE(f.dock->currentSection(), -1);
        f.editor.setTextCursor(QTextCursor(f.document.findBlockByNumber(7))); // "sub"
        QCOMPARE(f.dock->currentSection(), 1);
        QCOMPARE(f.dock->view()->currentIndex().row(), 1);
        f.editor.setTextCursor(QTextCursor(f.document.findBlockByNumber(13))); // "c"
        QCOMPARE(f.dock->currentSection(), 3);
        QCOMPARE(f.dock->view()->selectionModel()->selectedRows().value(0).row(), 3);
    }

    void clickJumps()
    {
        Fixture f(abc);
        QVERIFY(QTest::qWaitForWindowExposed(f.dock.get()));
        QListView *view = f.dock->view();
        const QRect rect = view->visualRect(f.dock->model()->index(2, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(f.editor.textCursor().position(), int(f.dock->sections()[2].begin));
        QCOMPARE(f.editor.textCursor().block().text(), u"## B"_s);
    }

    void reorderTheSeedTemplate()
    {
        const QString text = seedText();
        Fixture f(text);
        const auto &sections = f.dock->sections();
        const int events
            = int(std::ranges::find(sections, u"Upcoming Events!"_s, &OutlineSection::title) - sections.begin());
        QVERIFY(events > 0 && events < sections.size());
        QVERIFY(drag(*f.dock, events, 0));
        QTRY_COMPARE(f.dock->sections().first().title, u"Upcoming Events!"_s);
        QVERIFY(f.editor.textCursor().block().text().startsWith(u"## Upcoming Events!"_s));
        f.editor.undo();
        QCOMPARE(f.document.text(), text);
        QVERIFY(!f.document.isUndoAvailable());
    }

    void reorderCanBeTurnedOff()
    {
        Fixture f(abc);
        f.dock->setReorderEnabled(false);
        QVERIFY(!(f.dock->model()->flags(f.dock->model()->index(0, 0)) & Qt::ItemIsDragEnabled));
        QVERIFY(!f.dock->moveSection(0, 4));
        QCOMPARE(f.document.toPlainText(), abc);
    }
};

QTEST_MAIN(OutlineDockTest)
#include "outlinedock_test.moc"
