// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/issue/issuelifecycle.h"
#include "core/site/frontmatter.h"
#include "core/site/site.h"
#include "support/sitefixture.h"

#include <QDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;

class IssueLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newIssueFromTheTemplate()
    {
        ExampleSite example;
        QVERIFY(example.isValid());
        const auto site = Site::find(example.root());
        const QByteArray templ = readAll(example.path(QStringLiteral("_drafts/template.md")));

        const auto issue = newIssue(*site);
        QVERIFY2(issue.has_value(), qPrintable(errorText(issue)));
        // The newest issue is Monday 2023-10-09, so the next is the following Monday.
        QCOMPARE(issue->date, QDate(2023, 10, 16));
        QCOMPARE(issue->draftPath, example.path(QStringLiteral("_drafts/2023-10-16-draft.md")));
        QCOMPARE(issue->assetsFolder, example.path(QStringLiteral("assets/20231016/")));
        QVERIFY(QDir(issue->assetsFolder).exists());

        const QString draft = QString::fromUtf8(readAll(issue->draftPath));
        const auto fm = FrontMatter::parseDocument(draft);
        QCOMPARE(fm->dateText(), QStringLiteral("2023-10-16 07:00:00 -0800"));
        QCOMPARE(fm->title(), QStringLiteral("Featured story title here!"));
        QVERIFY(draft.contains(QStringLiteral("[![title](../assets/20231016/20231016-name.jpg)](url)")));
        QVERIFY(draft.contains(QStringLiteral("- [ ] Update [![](../assets/20231016/)]() for images")));
        QVERIFY(!draft.contains(QStringLiteral("20231009")));
        // Dates that are not the template's stay: last week's links, release numbers.
        QVERIFY(draft.contains(QStringLiteral("[20231003](https://github.com/adafruit/Adafruit_CircuitPython_Bundle")));
        QVERIFY(draft.contains(QStringLiteral("../assets/20231016/20230925hack.jpg")));

        // Only the dates moved: moving them back gives the template byte for byte.
        QString back = draft;
        back.replace(QStringLiteral("20231016"), QStringLiteral("20231009"));
        back.replace(QStringLiteral("2023-10-16"), QStringLiteral("2023-10-09"));
        QCOMPARE(back.toUtf8(), templ);

        // The weekly-reused images came along; this week's own images did not.
        QVERIFY(issue->copiedImages.contains(example.path(QStringLiteral("assets/20231016/blinka.png"))));
        QVERIFY(issue->copiedImages.contains(example.path(QStringLiteral("assets/20231016/cccircuitpython.jpg"))));
        QVERIFY(QFile::exists(example.path(QStringLiteral("assets/20231016/20230925hack.jpg"))));
        QVERIFY(!QFile::exists(example.path(QStringLiteral("assets/20231016/20231016p312.jpg"))));
    }

    void newIssueOnAGivenDateAndAfterTheLast()
    {
        ExampleSite example;
        const auto site = Site::find(example.root());
        QVERIFY(newIssue(*site, QDate(2023, 11, 6)).has_value());
        const auto next = newIssue(*Site::find(example.root()));
        QVERIFY(next.has_value());
        QCOMPARE(next->date, QDate(2023, 11, 13));
    }

    void newIssueRefusesWithoutChangingAnything_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("existing target") << QStringLiteral("existing") << QStringLiteral("already exists");
        QTest::newRow("missing template") << QStringLiteral("no-template") << QStringLiteral("has no template");
        QTest::newRow("template not UTF-8") << QStringLiteral("latin1") << QStringLiteral("not UTF-8");
        QTest::newRow("assets folder blocked by a file")
            << QStringLiteral("blocked") << QStringLiteral("Could not create");
    }

    void newIssueRefusesWithoutChangingAnything()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expectedInMessage);
        ExampleSite example;
        if (breakage == u"existing")
            QVERIFY(writeAll(example.path(QStringLiteral("_drafts/2023-10-16-draft.md")), "mine\n"));
        else if (breakage == u"no-template")
            QVERIFY(QFile::remove(example.path(QStringLiteral("_drafts/template.md"))));
        else if (breakage == u"latin1")
            QVERIFY(writeAll(example.path(QStringLiteral("_drafts/template.md")), "caf\xE9\n"));
        else if (breakage == u"blocked")
            QVERIFY(writeAll(example.path(QStringLiteral("assets/20231016")), "a file where the folder should go"));
        const auto before = snapshot(example.root());

        const auto issue = newIssue(*Site::find(example.root()), QDate(2023, 10, 16));
        QVERIFY(!issue.has_value());
        QVERIFY2(issue.error().contains(expectedInMessage), qPrintable(issue.error()));
        QCOMPARE(snapshot(example.root()), before);
    }

    void publishMovesTheDraft()
    {
        ExampleSite example;
        const auto site = Site::find(example.root());
        const QString draftPath = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        const QByteArray draft = readAll(draftPath);

        const auto post = publish(*site, draftPath);
        QVERIFY2(post.has_value(), qPrintable(errorText(post)));
        QCOMPARE(post->postPath, example.path(QStringLiteral("_posts/2023-10-09-featured-story-title-here.md")));
        QCOMPARE(post->date, QDate(2023, 10, 9));
        QVERIFY(!QFile::exists(draftPath));
        // The date was there, so nothing changed; ../assets works from _posts as from _drafts.
        QCOMPARE(readAll(post->postPath), draft);
    }

    void publishSetsAMissingDateAndKeepsLinksValid()
    {
        ExampleSite example;
        const QString draftPath = example.path(QStringLiteral("news/_drafts/launch.md"));
        QVERIFY(writeAll(draftPath, "---\ntitle: Launch\n---\n\n![a](../../assets/20231009/blinka.png)\n"));
        const auto post
            = publish(*Site::find(example.root()), draftPath, QDate(2024, 3, 4), QStringLiteral("we-launch"));
        QVERIFY2(post.has_value(), qPrintable(errorText(post)));
        QCOMPARE(post->postPath, example.path(QStringLiteral("news/_posts/2024-03-04-we-launch.md")));
        QCOMPARE(readAll(post->postPath),
                 QByteArray("---\ntitle: Launch\ndate: 2024-03-04 07:00:00 "
                            "-0800\n---\n\n![a](../../assets/20231009/blinka.png)\n"));

        const QString loose = example.path(QStringLiteral("drafts-elsewhere/deep/idea.md"));
        QVERIFY(writeAll(loose, "---\ntitle: Idea\ndate: 2024-03-05\n---\n![a](../../assets/20231009/blinka.png)\n"));
        const auto moved = publish(*Site::find(example.root()), loose);
        QVERIFY2(moved.has_value(), qPrintable(errorText(moved)));
        QCOMPARE(moved->postPath, example.path(QStringLiteral("_posts/2024-03-05-idea.md")));
        QVERIFY(readAll(moved->postPath).contains("![a](../assets/20231009/blinka.png)"));
    }

    void publishRefuses_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("existing post") << QStringLiteral("existing") << QStringLiteral("already exists");
        QTest::newRow("the template") << QStringLiteral("template") << QStringLiteral("template");
        QTest::newRow("invalid front matter") << QStringLiteral("yaml") << QStringLiteral("not valid YAML");
        QTest::newRow("unreadable date") << QStringLiteral("date") << QStringLiteral("not a date");
    }

    void publishRefuses()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expectedInMessage);
        ExampleSite example;
        QString draft = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        if (breakage == u"existing")
            QVERIFY(writeAll(example.path(QStringLiteral("_posts/2023-10-09-featured-story-title-here.md")), "x"));
        else if (breakage == u"template")
            draft = example.path(QStringLiteral("_drafts/template.md"));
        else if (breakage == u"yaml")
            QVERIFY(writeAll(draft, "---\ntitle: [\n---\n"));
        else if (breakage == u"date")
            QVERIFY(writeAll(draft, "---\ndate: next monday\n---\n"));
        const auto before = snapshot(example.root());
        const auto post = publish(*Site::find(example.root()), draft);
        QVERIFY(!post.has_value());
        QVERIFY2(post.error().contains(expectedInMessage), qPrintable(post.error()));
        QCOMPARE(snapshot(example.root()), before);
    }

    void unpublishUndoesPublish()
    {
        ExampleSite example;
        const auto site = Site::find(example.root());
        const QString draftPath = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        const QByteArray draft = readAll(draftPath);
        const auto post = publish(*site, draftPath);
        QVERIFY2(post.has_value(), qPrintable(errorText(post)));

        const auto back = unpublish(*site, post->postPath);
        QVERIFY2(back.has_value(), qPrintable(errorText(back)));
        // jekyll-compose: the date leaves the name, the front matter stays.
        QCOMPARE(back->draftPath, example.path(QStringLiteral("_drafts/featured-story-title-here.md")));
        QVERIFY(!QFile::exists(post->postPath));
        QCOMPARE(readAll(back->draftPath), draft);
    }

    void unpublishRefuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("a draft") << QStringLiteral("_drafts/2023-10-09-draft.md") << QStringLiteral("not a published");
        QTest::newRow("existing draft") << QStringLiteral("_posts/2023-10-02-draft.md")
                                        << QStringLiteral("already exists");
    }

    void unpublishRefuses()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedInMessage);
        ExampleSite example;
        QVERIFY(writeAll(example.path(QStringLiteral("_posts/2023-10-02-draft.md")), "---\ntitle: Old\n---\n"));
        QVERIFY(writeAll(example.path(QStringLiteral("_drafts/draft.md")), "---\ntitle: Other\n---\n"));
        const auto before = snapshot(example.root());
        const auto back = unpublish(*Site::find(example.root()), example.path(file));
        QVERIFY(!back.has_value());
        QVERIFY2(back.error().contains(expectedInMessage), qPrintable(back.error()));
        QCOMPARE(snapshot(example.root()), before);
    }

    void redateMovesEverythingTogether()
    {
        ExampleSite example;
        const QString draftPath = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        const QString original = QString::fromUtf8(readAll(draftPath));
        const auto moved = redate(*Site::find(example.root()), draftPath, QDate(2023, 10, 10));
        QVERIFY2(moved.has_value(), qPrintable(errorText(moved)));
        QCOMPARE(moved->path, example.path(QStringLiteral("_drafts/2023-10-10-draft.md")));
        QVERIFY(!QFile::exists(draftPath));
        QVERIFY(!QDir(example.path(QStringLiteral("assets/20231009"))).exists());
        // Dated image names moved with their folder; reused ones kept their names.
        QVERIFY(QFile::exists(example.path(QStringLiteral("assets/20231010/20231010p312.jpg"))));
        QVERIFY(QFile::exists(example.path(QStringLiteral("assets/20231010/20230925hack.jpg"))));
        QVERIFY(moved->renamedImages.contains(example.path(QStringLiteral("assets/20231010/20231010ohs.jpg"))));

        const QString text = QString::fromUtf8(readAll(moved->path));
        QCOMPARE(FrontMatter::parseDocument(text)->dateText(), QStringLiteral("2023-10-10 07:00:00 -0800"));
        QString expected = original;
        expected.replace(QStringLiteral("2023-10-09 07:00"), QStringLiteral("2023-10-10 07:00"));
        expected.replace(QStringLiteral("/20231009"), QStringLiteral("/20231010"));
        QCOMPARE(text, expected);
        // Every image the post links beside it still exists.
        for (const QString &name : QDir(example.path(QStringLiteral("assets/20231010"))).entryList(QDir::Files))
            QVERIFY2(text.contains(QStringLiteral("../assets/20231010/") + name), qPrintable(name));
    }

    void redateRefuses_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("target file exists") << QStringLiteral("file") << QStringLiteral("already exists");
        QTest::newRow("target assets folder in use") << QStringLiteral("assets") << QStringLiteral("not empty");
        QTest::newRow("same day") << QStringLiteral("same") << QStringLiteral("already dated");
        QTest::newRow("no date") << QStringLiteral("nodate") << QStringLiteral("has no date");
    }

    void redateRefuses()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expectedInMessage);
        ExampleSite example;
        QString file = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        QDate day(2023, 10, 16);
        if (breakage == u"file")
            QVERIFY(writeAll(example.path(QStringLiteral("_drafts/2023-10-16-draft.md")), "x"));
        else if (breakage == u"assets")
            QVERIFY(writeAll(example.path(QStringLiteral("assets/20231016/other.jpg")), "x"));
        else if (breakage == u"same")
            day = QDate(2023, 10, 9);
        else if (breakage == u"nodate")
            QVERIFY(writeAll(file = example.path(QStringLiteral("_drafts/idea.md")), "---\ntitle: x\n---\n"));
        const auto before = snapshot(example.root());
        const auto moved = redate(*Site::find(example.root()), file, day);
        QVERIFY(!moved.has_value());
        QVERIFY2(moved.error().contains(expectedInMessage), qPrintable(moved.error()));
        QCOMPARE(snapshot(example.root()), before);
    }

    void crlfAndBomSurviveTheLifecycle()
    {
        ExampleSite example;
        QVERIFY(writeAll(example.path(QStringLiteral("_drafts/template.md")),
                         "\xEF\xBB\xBF---\r\ntitle: \"T\"\r\ndate: 2023-10-09 07:00:00 -0800\r\n---\r\n"
                         "![x](../assets/20231009/20231009-name.jpg)\r\n"));
        const auto issue = newIssue(*Site::find(example.root()), QDate(2023, 10, 30));
        QVERIFY2(issue.has_value(), qPrintable(errorText(issue)));
        QCOMPARE(readAll(issue->draftPath),
                 QByteArray("\xEF\xBB\xBF---\r\ntitle: \"T\"\r\ndate: 2023-10-30 07:00:00 -0800\r\n"
                            "---\r\n![x](../assets/20231030/20231030-name.jpg)\r\n"));
    }
};

QTEST_GUILESS_MAIN(IssueLifecycleTest)
#include "issuelifecycle_test.moc"
