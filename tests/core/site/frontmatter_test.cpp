// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/frontmatter.h"
#include "support/sitefixture.h"

#include <QFile>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;

namespace
{
QString errorMessage(const std::expected<FrontMatter, YamlError> &result)
{
    return result ? QString() : result.error().message;
}
} // namespace

class FrontMatterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locatesTheBlock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("bodyFirstLine");

        QTest::newRow("simple") << QStringLiteral("---\ntitle: x\n---\nBody\n") << true << QStringLiteral("title: x\n")
                                << QStringLiteral("Body\n") << 3;
        QTest::newRow("dots close it") << QStringLiteral("---\na: 1\n...\nB") << true << QStringLiteral("a: 1\n")
                                       << QStringLiteral("B") << 3;
        QTest::newRow("empty front matter")
            << QStringLiteral("---\n---\nB\n") << true << QString() << QStringLiteral("B\n") << 2;
        QTest::newRow("fence with trailing spaces")
            << QStringLiteral("---  \nx: 1\n---\t\nB") << true << QStringLiteral("x: 1\n") << QStringLiteral("B") << 3;
        QTest::newRow("ends at end of text")
            << QStringLiteral("---\nx: 1\n---") << true << QStringLiteral("x: 1\n") << QString() << 3;
        QTest::newRow("none") << QStringLiteral("# Title\n---\n") << false << QString()
                              << QStringLiteral("# Title\n---\n") << 0;
        QTest::newRow("never closed") << QStringLiteral("---\nx: 1\n") << false << QString()
                                      << QStringLiteral("---\nx: 1\n") << 0;
        QTest::newRow("four dashes are a rule")
            << QStringLiteral("----\nx\n---\n") << false << QString() << QStringLiteral("----\nx\n---\n") << 0;
    }

    void locatesTheBlock()
    {
        QFETCH(QString, text);
        QFETCH(bool, present);
        QFETCH(QString, yaml);
        QFETCH(QString, body);
        QFETCH(int, bodyFirstLine);

        const FrontMatterBlock block = locateFrontMatter(text);
        QCOMPARE(block.present, present);
        QCOMPARE(text.sliced(block.bodyBegin), body);
        if (present) {
            QCOMPARE(text.sliced(block.yamlBegin, block.yamlEnd - block.yamlBegin), yaml);
            QCOMPARE(block.bodyFirstLine, bodyFirstLine);
        }
    }

    // Every front matter shape real Jekyll sites write.
    void parsesRealShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("categories");

        const QStringList none;
        const QStringList ab {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("newsletter seed") << seedText(weeklyTemplateSeed) << QStringLiteral("Featured story title here!")
                                         << QStringLiteral("2023-10-09 07:00:00 -0800") << none
                                         << QStringList {QStringLiteral("weekly")};
        QTest::newRow("blog seed") << seedText(blogArticleSeed) << QStringLiteral("MicroPython Sprints at PyConAU")
                                   << QStringLiteral("2017-07-07")
                                   << QStringList {QStringLiteral("python"), QStringLiteral("micropython"),
                                                   QStringLiteral("conferences"), QStringLiteral("esp32")}
                                   << none;
        QTest::newRow("plain date without time") << QStringLiteral("---\ndate: 2024-01-02\n---\n") << QString()
                                                 << QStringLiteral("2024-01-02") << none << none;
        QTest::newRow("double-quoted date with time")
            << QStringLiteral("---\ndate: \"2024-01-02 10:00\"\n---\n") << QString()
            << QStringLiteral("2024-01-02 10:00") << none << none;
        QTest::newRow("flow list") << QStringLiteral("---\ntags: [a, b]\n---\n") << QString() << QString() << ab
                                   << none;
        QTest::newRow("block list indented 0")
            << QStringLiteral("---\ntags:\n- a\n- b\n---\n") << QString() << QString() << ab << none;
        QTest::newRow("block list indented 2")
            << QStringLiteral("---\ntags:\n  - a\n  - b\n---\n") << QString() << QString() << ab << none;
        QTest::newRow("block list indented 4")
            << QStringLiteral("---\ntags:\n    - a\n    - b\n---\n") << QString() << QString() << ab << none;
        QTest::newRow("space-separated categories")
            << QStringLiteral("---\ncategories: a b\n---\n") << QString() << QString() << none << ab;
        QTest::newRow("comments") << QStringLiteral("---\n# a comment\ntitle: T # trailing\n---\n")
                                  << QStringLiteral("T") << QString() << none << none;
        QTest::newRow("empty front matter")
            << QStringLiteral("---\n---\nBody\n") << QString() << QString() << none << none;
        QTest::newRow("no front matter") << QStringLiteral("# Just Markdown\n") << QString() << QString() << none
                                         << none;
        QTest::newRow("CRLF decoded") << QStringLiteral("---\ntitle: 'It''s'\n---\n") << QStringLiteral("It's")
                                      << QString() << none << none;
    }

    void parsesRealShapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, categories);

        const auto fm = FrontMatter::parseDocument(text);
        QVERIFY2(fm.has_value(), qPrintable(errorText(fm)));
        QCOMPARE(fm->title(), title);
        QCOMPARE(fm->dateText(), date);
        QCOMPARE(fm->tags(), tags);
        QCOMPARE(fm->categories(), categories);
    }

    void typedAccess()
    {
        const auto fm = FrontMatter::parseDocument(seedText(blogArticleSeed));
        QVERIFY(fm.has_value());
        QCOMPARE(fm->layout(), QStringLiteral("article"));
        QCOMPARE(fm->summary(), QStringLiteral("Want to sprint on MicroPython?"));
        QCOMPARE(fm->date()->day, QDate(2017, 7, 7));
        QVERIFY(!fm->date()->time);
        QVERIFY(fm->contains(QStringLiteral("tags")));
        QVERIFY(!fm->contains(QStringLiteral("categories")));
        QCOMPARE(fm->fields().size(), 5);
        QCOMPARE(fm->fields().at(2).key, QStringLiteral("tags"));
    }

    void invalidYamlGivesLineAndColumn()
    {
        const auto result = FrontMatter::parseDocument(u"---\ntitle: ok\ntags: [a, b\nlayout: post\n---\nBody\n");
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().line >= 3 && result.error().line <= 5,
                 qPrintable(QString::number(result.error().line)));
        QVERIFY(result.error().column >= 1);
        QVERIFY(!result.error().message.isEmpty());
    }

    // What Jekyll's Psych rejects and yaml-cpp alone would read: an unclosed quote. The positions are
    // Psych's ("at line 2 column 8" of the YAML is document line 3 here, column 8).
    void unclosedQuotesAreErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line"); // 0: valid
        QTest::addColumn<int>("column");
        QTest::newRow("double, last key") << QStringLiteral("---\ntitle: \"Unclosed quote\n---\n") << 2 << 8;
        QTest::newRow("double, before other keys")
            << QStringLiteral("---\nlayout: post\ntitle: \"Unclosed quote\ndate: 2023-10-09\n---\n") << 3 << 8;
        QTest::newRow("single") << QStringLiteral("---\ntitle: 'It''s open\n---\n") << 2 << 8;
        QTest::newRow("in a flow list") << QStringLiteral("---\ntags: [a, \"b]\n---\n") << 2 << 11;
        QTest::newRow("block list item") << QStringLiteral("---\ntags:\n  - \"b\n---\n") << 3 << 5;
        QTest::newRow("apostrophe in a plain value") << QStringLiteral("---\ntitle: Don't stop\n---\n") << 0 << 0;
        QTest::newRow("quote inside a plain value") << QStringLiteral("---\ntitle: a \"b\n---\n") << 0 << 0;
        QTest::newRow("quote in a comment") << QStringLiteral("---\ntitle: x # it's \"\n---\n") << 0 << 0;
        QTest::newRow("escaped quote") << QStringLiteral("---\ntitle: \"a \\\" b\"\n---\n") << 0 << 0;
        QTest::newRow("doubled single quote") << QStringLiteral("---\ntitle: 'It''s'\n---\n") << 0 << 0;
        QTest::newRow("multi-line quoted") << QStringLiteral("---\ntitle: \"a\n  b\"\nx: 1\n---\n") << 0 << 0;
        QTest::newRow("colon inside quotes") << QStringLiteral("---\ntitle: \"a: 'b\"\n---\n") << 0 << 0;
    }

    void unclosedQuotesAreErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto result = FrontMatter::parseDocument(text);
        if (line == 0) {
            QVERIFY2(result.has_value(), qPrintable(errorMessage(result)));
            return;
        }
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().line, line);
        QCOMPARE(result.error().column, column);
        QVERIFY(result.error().message.contains(u"quote"));
    }

    // Editing one key rewrites only that value's bytes.
    void editsOnlyTheValue_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("after");

        QTest::newRow("double quotes stay")
            << QStringLiteral("---\nlayout: post\ntitle: \"Old\"\ndate: 2023-10-09 07:00:00 -0800\n---\nBody\n")
            << QStringLiteral("title") << QStringLiteral("New \"quoted\" title")
            << QStringLiteral("---\nlayout: post\ntitle: \"New \\\"quoted\\\" title\"\ndate: 2023-10-09 07:00:00 "
                              "-0800\n---\nBody\n");
        QTest::newRow("single quotes stay")
            << QStringLiteral("---\ntitle: 'Old'\n---\n") << QStringLiteral("title") << QStringLiteral("It's new")
            << QStringLiteral("---\ntitle: 'It''s new'\n---\n");
        QTest::newRow("plain stays plain")
            << QStringLiteral("---\nlayout: post\n---\n") << QStringLiteral("layout") << QStringLiteral("article")
            << QStringLiteral("---\nlayout: article\n---\n");
        QTest::newRow("plain gets quotes when it must")
            << QStringLiteral("---\ntitle: Old\n---\n") << QStringLiteral("title") << QStringLiteral("Colon: here")
            << QStringLiteral("---\ntitle: \"Colon: here\"\n---\n");
        QTest::newRow("comment and trailing spaces kept")
            << QStringLiteral("---\ntitle: Old   # keep me\n---\n") << QStringLiteral("title") << QStringLiteral("New")
            << QStringLiteral("---\ntitle: New   # keep me\n---\n");
        QTest::newRow("date keeps its form")
            << QStringLiteral("---\ndate: '2017-07-07'\n---\n") << QStringLiteral("date")
            << QStringLiteral("2017-07-14") << QStringLiteral("---\ndate: '2017-07-14'\n---\n");
        QTest::newRow("new key appended")
            << QStringLiteral("---\nlayout: post\n\n---\nBody\n") << QStringLiteral("summary")
            << QStringLiteral("Short") << QStringLiteral("---\nlayout: post\n\nsummary: Short\n---\nBody\n");
        QTest::newRow("no front matter gets one")
            << QStringLiteral("Body\n") << QStringLiteral("title") << QStringLiteral("T")
            << QStringLiteral("---\ntitle: T\n---\nBody\n");
        QTest::newRow("empty value") << QStringLiteral("---\nsummary:\nlayout: post\n---\n")
                                     << QStringLiteral("summary") << QStringLiteral("S")
                                     << QStringLiteral("---\nsummary: S\nlayout: post\n---\n");
        QTest::newRow("block list becomes scalar")
            << QStringLiteral("---\ntags:\n  - a\n  - b\ntitle: T\n---\n") << QStringLiteral("tags")
            << QStringLiteral("c") << QStringLiteral("---\ntags: c\ntitle: T\n---\n");
        QTest::newRow("other keys' odd spacing untouched")
            << QStringLiteral("---\ntitle:    Old\nlayout:   post  \n---\n") << QStringLiteral("title")
            << QStringLiteral("Nu") << QStringLiteral("---\ntitle:    Nu\nlayout:   post  \n---\n");
    }

    void editsOnlyTheValue()
    {
        QFETCH(QString, before);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, after);

        const QString edited = setFrontMatterValue(before, key, value);
        QCOMPARE(edited, after);
        const auto fm = FrontMatter::parseDocument(edited);
        QVERIFY(fm.has_value());
        QCOMPARE(fm->value(key), value);
    }

    void editsTheSeedsByteForByte()
    {
        const QString newsletter = seedText(weeklyTemplateSeed);
        const QString retitled
            = setFrontMatterValue(newsletter, QStringLiteral("title"), QStringLiteral("Python 3.13 is out"));
        QCOMPARE(
            retitled,
            QString(newsletter)
                .replace(QStringLiteral("\"Featured story title here!\""), QStringLiteral("\"Python 3.13 is out\"")));
        QCOMPARE(setFrontMatterValue(newsletter, QStringLiteral("title"), QStringLiteral("Featured story title here!")),
                 newsletter);

        const QString article = seedText(blogArticleSeed);
        const QString edited
            = setFrontMatterValue(article, QStringLiteral("summary"), QStringLiteral("Come and sprint"));
        QCOMPARE(edited,
                 QString(article).replace(QStringLiteral("\"Want to sprint on MicroPython?\""),
                                          QStringLiteral("\"Come and sprint\"")));
    }

    void editsLists_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QString>("after");

        const QStringList items {QStringLiteral("python"), QStringLiteral("new tag")};
        QTest::newRow("flow stays flow") << QStringLiteral("---\ntags: [a, b]\n---\n") << items
                                         << QStringLiteral("---\ntags: [python, new tag]\n---\n");
        QTest::newRow("block indented 4 stays")
            << QStringLiteral("---\ntags:\n    - a\ntitle: x\n---\n") << items
            << QStringLiteral("---\ntags:\n    - python\n    - new tag\ntitle: x\n---\n");
        QTest::newRow("block indented 0 stays") << QStringLiteral("---\ntags:\n- a\n- b\n---\n") << items
                                                << QStringLiteral("---\ntags:\n- python\n- new tag\n---\n");
        QTest::newRow("new list follows the file's style")
            << QStringLiteral("---\ncategories:\n  - x\n---\n") << items
            << QStringLiteral("---\ncategories:\n  - x\ntags:\n  - python\n  - new tag\n---\n");
        QTest::newRow("new list without others is flow")
            << QStringLiteral("---\ntitle: x\n---\n") << items
            << QStringLiteral("---\ntitle: x\ntags: [python, new tag]\n---\n");
    }

    void editsLists()
    {
        QFETCH(QString, before);
        QFETCH(QStringList, items);
        QFETCH(QString, after);
        const QString edited = setFrontMatterList(before, QStringLiteral("tags"), items);
        QCOMPARE(edited, after);
        QCOMPARE(FrontMatter::parseDocument(edited)->tags(), items);
    }

    void blogSeedTagsKeepTheirIndentation()
    {
        const QString article = seedText(blogArticleSeed);
        const QStringList tags {QStringLiteral("python"), QStringLiteral("micropython"), QStringLiteral("conferences"),
                                QStringLiteral("esp32")};
        QCOMPARE(setFrontMatterList(article, QStringLiteral("tags"), tags), article);
        const QString added
            = setFrontMatterList(article, QStringLiteral("tags"), tags + QStringList {QStringLiteral("pycon")});
        QCOMPARE(
            added,
            QString(article).replace(QStringLiteral("    - esp32\n"), QStringLiteral("    - esp32\n    - pycon\n")));
    }

    void entriesLocateKeys()
    {
        const auto entries = frontMatterEntries(seedText(blogArticleSeed));
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(0).key, QStringLiteral("date"));
        QCOMPARE(entries.at(0).line, 1);
        QVERIFY(entries.at(2).blockValue);
        QCOMPARE(entries.at(4).key, QStringLiteral("summary"));
    }
};

QTEST_GUILESS_MAIN(FrontMatterTest)
#include "frontmatter_test.moc"
