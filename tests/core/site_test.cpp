// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;

namespace
{
void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
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
    }

    void noConfigNoSite()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("post.md")));
        QVERIFY(!Site::find(dir.filePath(QStringLiteral("post.md"))));
    }

    void opensTheNewestDraft()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("_config.yml")));
        touch(dir.filePath(QStringLiteral("_drafts/template.md")));
        QCOMPARE(Site::find(dir.path())->newestDraftPath(), dir.filePath(QStringLiteral("_drafts/template.md")));
        touch(dir.filePath(QStringLiteral("_posts/2023-10-02-last-week.md")));
        QCOMPARE(Site::find(dir.path())->newestDraftPath(),
                 dir.filePath(QStringLiteral("_posts/2023-10-02-last-week.md")));
        touch(dir.filePath(QStringLiteral("_drafts/2023-10-09-draft.md")));
        touch(dir.filePath(QStringLiteral("_drafts/2023-10-16-draft.md")));
        touch(dir.filePath(QStringLiteral("_drafts/notes.md")));
        QCOMPARE(Site::find(dir.path())->newestDraftPath(),
                 dir.filePath(QStringLiteral("_drafts/2023-10-16-draft.md")));
    }

    void theExampleSiteOpensItsDraft()
    {
        const auto site = Site::find(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"));
        QVERIFY(site);
        QVERIFY(site->newestDraftPath().endsWith(QStringLiteral("/_drafts/2023-10-09-draft.md")));
    }
};

QTEST_GUILESS_MAIN(SiteTest)
#include "site_test.moc"
