// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/siteconfig.h"
#include "core/site/sitesettings.h"

#include <QFile>
#include <QTest>

using namespace Masthead;

class SiteSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheNewsletters()
    {
        const SiteSettings s;
        QCOMPARE(s.publicationText(), QStringLiteral("Monday 07:00 -0800"));
        QCOMPARE(s.frontMatterDate(QDate(2023, 10, 9)), QStringLiteral("2023-10-09 07:00:00 -0800"));
        QCOMPARE(expandPattern(s.draftFile, QDate(2023, 10, 9)), QStringLiteral("_drafts/2023-10-09-draft.md"));
        QCOMPARE(expandPattern(s.assetsFolder, QDate(2023, 10, 9)), QStringLiteral("assets/20231009/"));
        QCOMPARE(expandPattern(
                     s.imageFile, QDate(2023, 10, 9),
                     {{QStringLiteral("slug"), QStringLiteral("ohs")}, {QStringLiteral("ext"), QStringLiteral("jpg")}}),
                 QStringLiteral("20231009ohs.jpg"));
        QCOMPARE(s.maxImageWidth, 550);
        QCOMPARE(s.maxGifBytes, 1024 * 1024);
        QCOMPARE(s.imageSnippet, QStringLiteral("[![{alt}]({path})]({link})"));
        QVERIFY(s.placeholders.contains(QStringLiteral("-name.jpg")));
        QVERIFY(s.placeholders.contains(QStringLiteral("NUMBER")));
        QList<Problem> problems;
        QCOMPARE(SiteSettings::parse(QByteArray(), QStringLiteral("_masthead.yml"), &problems), SiteSettings());
        QVERIFY(problems.isEmpty());
    }

    void readsEveryKey()
    {
        const QByteArray yaml = "publication_weekday: tuesday\npublication_time: \"09:30\"\nutc_offset: \"+0100\"\n"
                                "draft_file: _drafts/{date}-issue.md\ntemplate: _templates/weekly.md\n"
                                "assets_folder: images/{yyyy}/{MM}/{dd}\nimage_file: \"{yyyyMMdd}-{slug}.{ext}\"\n"
                                "max_image_width: 800\nmax_gif_size: 500000\nimage_snippet: \"![{alt}]({path})\"\n"
                                "section_templates: _snippets\nplaceholders: [TODO, XXX]\n";
        QList<Problem> problems;
        const SiteSettings s = SiteSettings::parse(yaml, QStringLiteral("_masthead.yml"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(s.publicationText(), QStringLiteral("Tuesday 09:30 +0100"));
        QCOMPARE(expandPattern(s.draftFile, QDate(2024, 1, 2)), QStringLiteral("_drafts/2024-01-02-issue.md"));
        QCOMPARE(s.templateFile, QStringLiteral("_templates/weekly.md"));
        QCOMPARE(expandPattern(s.assetsFolder, QDate(2024, 1, 2)), QStringLiteral("images/2024/01/02/"));
        QCOMPARE(s.maxImageWidth, 800);
        QCOMPARE(s.maxGifBytes, 500000);
        QCOMPARE(s.imageSnippet, QStringLiteral("![{alt}]({path})"));
        QCOMPARE(s.sectionTemplatesFolder, QStringLiteral("_snippets/"));
        QCOMPARE(s.placeholders, (QStringList {QStringLiteral("TODO"), QStringLiteral("XXX")}));
    }

    void invalidKeysNameKeyAndLineAndKeepDefaults()
    {
        const QByteArray yaml = "max_image_width: 800\npublication_weekday: someday\nmax_gif_size: -3\ncolour: blue\n";
        QList<Problem> problems;
        const SiteSettings s = SiteSettings::parse(yaml, QStringLiteral("/site/_masthead.yml"), &problems);
        QCOMPARE(s.maxImageWidth, 800);
        QCOMPARE(s.publicationWeekday, int(Qt::Monday));
        QCOMPARE(s.maxGifBytes, 1024 * 1024);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).line, 2);
        QVERIFY2(problems.at(0).message.contains(QStringLiteral("publication_weekday")),
                 qPrintable(problems.at(0).message));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("line 2")));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("someday")));
        QCOMPARE(problems.at(1).line, 3);
        QVERIFY(problems.at(1).message.contains(QStringLiteral("max_gif_size")));
        QCOMPARE(problems.at(2).code, QStringLiteral("unknown-setting"));
        QVERIFY(problems.at(2).message.contains(QStringLiteral("colour")));
    }

    void invalidYamlKeepsAllDefaults()
    {
        QList<Problem> problems;
        const SiteSettings s
            = SiteSettings::parse("max_image_width: [800\n", QStringLiteral("_masthead.yml"), &problems);
        QCOMPARE(s, SiteSettings());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).severity, Problem::Severity::Error);
        QVERIFY(problems.at(0).line >= 1);
    }

    void readsTheExampleConfig()
    {
        QFile file(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly/_config.yml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto config = SiteConfig::parse(file.readAll());
        QVERIFY(config.has_value());
        QCOMPARE(config->markdown, QStringLiteral("kramdown"));
        QCOMPARE(config->kramdown.value(QStringLiteral("input")), QStringLiteral("GFM"));
        QCOMPARE(config->kramdown.value(QStringLiteral("hard_wrap")), QStringLiteral("false"));
        QVERIFY(config->future);
        QVERIFY(config->rendersDrafts());
        QCOMPARE(config->exclude, QStringList {QStringLiteral("README.md")});
        QCOMPARE(config->permalink, QStringLiteral("date"));
    }

    void readsDefaultsAndCollections()
    {
        const auto config
            = SiteConfig::parse("baseurl: /blog\nurl: https://e.org\npermalink: /:title/\ntimezone: "
                                "Europe/Berlin\ncollections:\n  _drafts:\n    output: true\n  recipes:\n"
                                "    permalink: /r/:name\ndefaults:\n  - scope: {path: \"\", type: posts}\n"
                                "    values: {layout: post, comments: true}\n");
        QVERIFY(config.has_value());
        QCOMPARE(config->baseurl, QStringLiteral("/blog"));
        QCOMPARE(config->timezone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(config->collections.size(), 2);
        QCOMPARE(config->collections.at(1).permalink, QStringLiteral("/r/:name"));
        QCOMPARE(config->defaults.size(), 1);
        QCOMPARE(config->defaults.at(0).scopeType, QStringLiteral("posts"));
        QCOMPARE(config->defaults.at(0).values.at(0).scalar, QStringLiteral("post"));

        const auto broken = SiteConfig::parse("title: [oops\n");
        QVERIFY(!broken.has_value());
        QVERIFY(broken.error().line >= 1);
    }
};

QTEST_GUILESS_MAIN(SiteSettingsTest)
#include "sitesettings_test.moc"
