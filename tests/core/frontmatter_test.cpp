// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frontmatter.h"

#include <QFile>
#include <QTest>

using namespace Masthead;

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

    void parsesBothSeeds()
    {
        auto newsletter = FrontMatter::parse(u"layout: post\ntitle: \"Featured story title here!\"\ndate: 2023-10-09 "
                                             u"07:00:00 -0800\ncategories: weekly\n");
        QVERIFY(newsletter.has_value());
        QCOMPARE(newsletter->title(), QStringLiteral("Featured story title here!"));
        QCOMPARE(newsletter->dateText(), QStringLiteral("2023-10-09 07:00:00 -0800"));
        QCOMPARE(newsletter->categories(), QStringList {QStringLiteral("weekly")});
        QCOMPARE(newsletter->layout(), QStringLiteral("post"));

        auto article = FrontMatter::parse(u"date: '2017-07-07'\nlayout: article\ntags:\n    - python\n    - "
                                          u"micropython\ntitle: 'MicroPython Sprints at PyConAU'\n");
        QVERIFY(article.has_value());
        QCOMPARE(article->title(), QStringLiteral("MicroPython Sprints at PyConAU"));
        QCOMPARE(article->dateText(), QStringLiteral("2017-07-07"));
        QCOMPARE(article->tags(), (QStringList {QStringLiteral("python"), QStringLiteral("micropython")}));
    }

    void invalidYamlGivesLineAndColumn()
    {
        const auto result = FrontMatter::parse(u"title: ok\ntags: [a, b\nlayout: post\n", 2);
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().line >= 3, qPrintable(QString::number(result.error().line)));
        QVERIFY(result.error().column >= 1);
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(FrontMatterTest)
#include "frontmatter_test.moc"
