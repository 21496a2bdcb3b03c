// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site.h"
#include "support/sitefixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
void touch(const QString &path, const QByteArray &content = {})
{
    QVERIFY(writeAll(path, content));
}
} // namespace

class SiteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRootFromInside()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("_config.yml")));
        touch(dir.filePath(QStringLiteral("_drafts/2024-01-01-draft.md")));
        const auto fromFile = Site::find(dir.filePath(QStringLiteral("_drafts/2024-01-01-draft.md")));
        QVERIFY(fromFile);
        QCOMPARE(fromFile->rootPath(), QDir(dir.path()).absolutePath());
        const auto fromRoot = Site::find(dir.path());
        QVERIFY(fromRoot);
        QCOMPARE(*fromRoot, *fromFile);
        QVERIFY(fromRoot->problems().isEmpty());
    }

    void noConfigNoSite()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("post.md")));
        QVERIFY(!Site::find(dir.filePath(QStringLiteral("post.md"))));
    }

    void invalidConfigIsAProblemNotAnEnd()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("_config.yml")), "title: [broken\n");
        touch(dir.filePath(QStringLiteral("_masthead.yml")), "max_image_width: wide\n");
        const auto site = Site::find(dir.path());
        QVERIFY(site);
        QCOMPARE(site->problems().size(), 2);
        QCOMPARE(site->problems().at(0).code, QStringLiteral("invalid-config"));
        QCOMPARE(site->problems().at(1).code, QStringLiteral("invalid-setting"));
        QCOMPARE(site->settings().maxImageWidth, 550);
    }

    void opensTheNewestDraft()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("_config.yml")));
        touch(dir.filePath(QStringLiteral("_drafts/template.md")));
        QCOMPARE(Site::find(dir.path())->pathToOpen(), dir.filePath(QStringLiteral("_drafts/template.md")));
        touch(dir.filePath(QStringLiteral("_posts/2023-10-02-last-week.md")));
        QCOMPARE(Site::find(dir.path())->pathToOpen(), dir.filePath(QStringLiteral("_posts/2023-10-02-last-week.md")));
        touch(dir.filePath(QStringLiteral("_drafts/2023-10-09-draft.md")));
        touch(dir.filePath(QStringLiteral("_drafts/2023-10-16-draft.md")));
        QCOMPARE(Site::find(dir.path())->pathToOpen(), dir.filePath(QStringLiteral("_drafts/2023-10-16-draft.md")));
    }

    void listsDraftsAndPostsWithCategoryFolders()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("_config.yml")));
        touch(dir.filePath(QStringLiteral("_drafts/template.md")), "---\ntitle: T\n---\n");
        touch(dir.filePath(QStringLiteral("_drafts/2023-10-16-draft.md")), "---\ntitle: Next\ndate: 2023-10-16\n---\n");
        touch(dir.filePath(QStringLiteral("_posts/2023-10-02-first.md")),
              "---\ntitle: \"First\"\ncategories: weekly\n---\n");
        touch(dir.filePath(QStringLiteral("news/_posts/2023-10-09-second.markdown")),
              "---\ntitle: Second\ncategories: [weekly]\n---\n");
        touch(dir.filePath(QStringLiteral("_posts/notes.md")), "not a post: no date in the name");
        touch(dir.filePath(QStringLiteral("_site/_posts/2023-01-01-built.md")));

        const auto site = Site::find(dir.path());
        const auto posts = site->posts();
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).title, QStringLiteral("Second"));
        QCOMPARE(posts.at(0).slug, QStringLiteral("second"));
        QCOMPARE(posts.at(0).date, std::optional(QDate(2023, 10, 9)));
        QCOMPARE(posts.at(0).categories, (QStringList {QStringLiteral("news"), QStringLiteral("weekly")}));
        QCOMPARE(posts.at(1).title, QStringLiteral("First"));
        QCOMPARE(posts.at(1).kind, PostEntry::Kind::Post);

        const auto drafts = site->drafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.at(0).title, QStringLiteral("Next"));
        QCOMPARE(drafts.at(0).kind, PostEntry::Kind::Draft);
        QCOMPARE(site->newestIssueDate(), std::optional(QDate(2023, 10, 16)));
        QCOMPARE(site->nextIssueDate(), QDate(2023, 10, 23));
    }

    void nextIssueOfANewSiteIsTheNextPublicationDay()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("_config.yml")));
        const auto site = Site::find(dir.path());
        QCOMPARE(site->nextIssueDate(QDate(2026, 11, 22)), QDate(2026, 11, 23)); // a Sunday, then Monday
        QCOMPARE(site->nextIssueDate(QDate(2026, 11, 23)), QDate(2026, 11, 23));
    }

    void reportsWrongCaseFolders()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("_config.yml")));
        touch(dir.filePath(QStringLiteral("_POSTS/2023-10-09-lost.md")));
        touch(dir.filePath(QStringLiteral("news/_Drafts/x.md")));
        touch(dir.filePath(QStringLiteral("_posts/2023-10-02-fine.md")));
        const auto problems = Site::find(dir.path())->wrongCaseFolders();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).code, QStringLiteral("wrong-case-folder"));
        QVERIFY2(problems.at(0).message.contains(QStringLiteral("_POSTS")), qPrintable(problems.at(0).message));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("“_posts”")));
        QVERIFY(problems.at(1).message.contains(QStringLiteral("news/_Drafts")));
        QCOMPARE(Site::find(dir.path())->posts().size(), 1);
    }

    void theExampleSiteOpensItsDraft()
    {
        const auto site = Site::find(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"));
        QVERIFY(site);
        QVERIFY(site->pathToOpen().endsWith(QStringLiteral("/_drafts/2023-10-09-draft.md")));
        QVERIFY(site->isTemplate(site->rootPath() + QStringLiteral("/_drafts/template.md")));
        QCOMPARE(site->nextIssueDate(), QDate(2023, 10, 16));
        QVERIFY(site->config().rendersDrafts());
    }

    void slugs()
    {
        QCOMPARE(slugify(QStringLiteral("Featured story title here!")), QStringLiteral("featured-story-title-here"));
        QCOMPARE(slugify(QStringLiteral("Ça va — très bien")), QStringLiteral("ca-va-tres-bien"));
        QCOMPARE(slugify(QStringLiteral("!!!")), QString());
    }
};

QTEST_GUILESS_MAIN(SiteTest)
#include "site_test.moc"
