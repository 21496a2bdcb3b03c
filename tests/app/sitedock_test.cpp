// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sitedock.h"
#include "core/document.h"
#include "support/sitefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
const QString draftPath = QStringLiteral("_drafts/2023-10-09-draft.md");

QStringList groupTitles(const QTreeWidget *tree)
{
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        titles.append(tree->topLevelItem(i)->text(0));
    return titles;
}
} // namespace

class SiteDockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSiteNewestFirstAndFollowsTheDisk()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        QVERIFY(writeAll(site.path(QStringLiteral("_posts/2023-10-02-last-week.md")),
                         "---\ntitle: \"Last week\"\ndate: 2023-10-02 07:00:00 -0800\n---\nText.\n"));
        Document document;
        QVERIFY(document.load(site.path(draftPath)).has_value());
        SiteDock dock(&document);
        dock.resize(500, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));

        QCOMPARE(groupTitles(dock.tree()),
                 (QStringList {QStringLiteral("Template"), QStringLiteral("Drafts (1)"), QStringLiteral("Posts (1)")}));
        QTreeWidgetItem *draft = dock.itemOf(site.path(draftPath));
        QVERIFY(draft);
        QCOMPARE(draft->text(0), QStringLiteral("Featured story title here!"));
        QCOMPARE(draft->text(1), QStringLiteral("2023-10-09"));
        QVERIFY(draft->font(0).bold()); // the open file
        QCOMPARE(dock.tree()->currentItem(), draft);
        QTreeWidgetItem *post = dock.itemOf(site.path(QStringLiteral("_posts/2023-10-02-last-week.md")));
        QVERIFY(post);
        QCOMPARE(post->text(0), QStringLiteral("Last week"));
        QVERIFY(!post->font(0).bold());

        // The template's placeholders are errors, counted in the background.
        QTRY_VERIFY(dock.itemOf(site.path(draftPath))->text(2).contains(u"error"));

        // Unsaved changes are marked.
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral(" "));
        QVERIFY(dock.itemOf(site.path(draftPath))->text(2).contains(u"unsaved"));
        cursor.deleteChar();
        document.setModified(false);
        QVERIFY(!dock.itemOf(site.path(draftPath))->text(2).contains(u"unsaved"));

        // A new draft on disk (another editor, a git pull) appears, newest first.
        QVERIFY(writeAll(site.path(QStringLiteral("_drafts/2023-10-16-draft.md")),
                         "---\ntitle: \"Next week\"\ndate: 2023-10-16 07:00:00 -0800\n---\n"));
        QTRY_COMPARE(groupTitles(dock.tree()).value(1), QStringLiteral("Drafts (2)"));
        QCOMPARE(dock.tree()->topLevelItem(1)->child(0)->text(0), QStringLiteral("Next week"));

        // Activating an entry asks to open it.
        QSignalSpy open(&dock, &SiteDock::openRequested);
        QTreeWidgetItem *next = dock.itemOf(site.path(QStringLiteral("_drafts/2023-10-16-draft.md")));
        Q_EMIT dock.tree()->itemActivated(next, 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), site.path(QStringLiteral("_drafts/2023-10-16-draft.md")));
    }
};

QTEST_MAIN(SiteDockTest)
#include "sitedock_test.moc"
