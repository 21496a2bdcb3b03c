// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/outline.h"
#include "support/sitefixture.h"

#include <QFile>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// "2:Title@3" for each heading: level, title and 0-based line.
QStringList describe(const QList<OutlineSection> &sections)
{
    QStringList result;
    for (const OutlineSection &s : sections)
        result.append(QString::number(s.level) + u':' + s.title + u'@' + QString::number(s.line));
    return result;
}

QStringList titles(const QString &text)
{
    QStringList result;
    for (const OutlineSection &s : outlineSections(text))
        result.append(s.title);
    return result;
}
} // namespace

class OutlineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("atx levels") << u"# One\n\ntext\n\n## Two\n### Three ###\n"_s
                                    << QStringList {u"1:One@0"_s, u"2:Two@4"_s, u"3:Three@5"_s};
        QTest::newRow("not headings") << u"#hashtag\n####### seven\n    ## indented code\n\\## escaped\n"_s
                                      << QStringList {};
        QTest::newRow("setext") << u"Title\n=====\n\nSub title\n---\n\ntext\n"_s
                                << QStringList {u"1:Title@0"_s, u"2:Sub title@3"_s};
        QTest::newRow("setext over two lines") << u"first\nsecond\n===\n"_s << QStringList {u"1:first second@0"_s};
        QTest::newRow("thematic break is no heading") << u"text\n\n---\n\n## After\n"_s << QStringList {u"2:After@4"_s};
        QTest::newRow("list item then dashes") << u"- item\n---\n"_s << QStringList {};
        QTest::newRow("fenced code") << u"## A\n```\n## not\n```\n~~~~ python\n# not either\n~~~\n~~~~\n## B\n"_s
                                     << QStringList {u"2:A@0"_s, u"2:B@8"_s};
        QTest::newRow("fence closed by longer fence")
            << u"````\n## no\n```\n## still code\n`````\n## Yes\n"_s << QStringList {u"2:Yes@5"_s};
        QTest::newRow("front matter") << u"---\ntitle: x\n# comment\n---\n# Real\n"_s << QStringList {u"1:Real@4"_s};
        QTest::newRow("front matter dashes are not setext")
            << u"---\nlayout: post\n---\n\nIntro\n\n## S\n"_s << QStringList {u"2:S@6"_s};
        QTest::newRow("closing hashes") << u"## Title ##\n## C# #\n## #\n"_s
                                        << QStringList {u"2:Title@0"_s, u"2:C#@1"_s, u"2:@2"_s};
    }

    void headings()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(outlineSections(text)), expected);
    }

    void ranges()
    {
        const QString text = u"intro\n## A\na\n### A1\na1\n## B\nb"_s;
        const auto sections = outlineSections(text);
        QCOMPARE(sections.size(), 3);
        QCOMPARE(text.sliced(sections[0].begin, sections[0].end - sections[0].begin), u"## A\na\n### A1\na1\n"_s);
        QCOMPARE(text.sliced(sections[1].begin, sections[1].end - sections[1].begin), u"### A1\na1\n"_s);
        QCOMPARE(text.sliced(sections[2].begin, sections[2].end - sections[2].begin), u"## B\nb"_s);
        QCOMPARE(sections[0].endLine, 5);
        QCOMPARE(sections[2].endLine, 7);
        QCOMPARE(sectionAtLine(sections, 0), -1);
        QCOMPARE(sectionAtLine(sections, 2), 0);
        QCOMPARE(sectionAtLine(sections, 4), 1);
        QCOMPARE(sectionAtLine(sections, 6), 2);
    }

    void ids()
    {
        const auto sections
            = outlineSections(u"## News from around the web!\n## Feature\n## Feature\n## What’s up?\n"_s);
        QCOMPARE(sections[0].id, u"news-from-around-the-web"_s);
        QCOMPARE(sections[1].id, u"feature"_s);
        QCOMPARE(sections[2].id, u"feature-1"_s);
        QCOMPARE(sections[3].id, u"whats-up"_s);
    }

    void seed()
    {
        const QString text = seedText();
        QVERIFY(!text.isEmpty());
        const auto sections = outlineSections(text);
        const QStringList names = titles(text);
        QVERIFY(names.contains(u"News from around the web!"_s));
        QVERIFY(names.contains(u"Upcoming Events!"_s));
        QVERIFY(names.contains(u"New Boards Supported by CircuitPython"_s));
        // "#ICYDNCI What was …" has no space after the hash: a paragraph, not a heading.
        QVERIFY(!std::ranges::any_of(names, [](const QString &n) { return n.contains(u"ICYDNCI"_s); }));
        QCOMPARE(names.first(), u"Headline"_s);
        QCOMPARE(names.last(), u"Contribute!"_s);
        // The sections cover the body after the introduction without gaps.
        for (qsizetype i = 0; i + 1 < sections.size(); ++i)
            QCOMPARE(sections[i].end, sections[i + 1].begin);
        QCOMPARE(sections.last().end, text.size());
    }

    void move_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("before");
        QTest::addColumn<QString>("expected");

        const QString abc = u"intro\n\n## A\na\n\n## B\nb\n\n## C\nc\n"_s;
        QTest::newRow("down one") << abc << 0 << 2 << u"intro\n\n## B\nb\n\n## A\na\n\n## C\nc\n"_s;
        QTest::newRow("up one") << abc << 1 << 0 << u"intro\n\n## B\nb\n\n## A\na\n\n## C\nc\n"_s;
        QTest::newRow("first to last") << abc << 0 << 3 << u"intro\n\n## B\nb\n\n## C\nc\n\n## A\na\n\n"_s;
        QTest::newRow("last to first") << abc << 2 << 0 << u"intro\n\n## C\nc\n\n## A\na\n\n## B\nb\n\n"_s;
        QTest::newRow("last without newline to first")
            << u"## A\na\n\n## B\nb"_s << 1 << 0 << u"## B\nb\n\n## A\na\n"_s;
        QTest::newRow("first to end without newline") << u"## A\na\n\n## B\nb"_s << 0 << 2 << u"## B\nb\n\n## A\na\n"_s;
        QTest::newRow("with its subsections")
            << u"## A\n### A1\nx\n## B\ny\n"_s << 0 << 3 << u"## B\ny\n\n## A\n### A1\nx\n"_s;
        QTest::newRow("subsection out of its parent")
            << u"## A\n### A1\nx\n\n## B\ny\n"_s << 1 << 0 << u"### A1\nx\n\n## A\n## B\ny\n"_s;
        QTest::newRow("setext section") << u"A\n===\n\nx\n\n## B\ny\n"_s << 1 << 0 << u"## B\ny\n\nA\n===\n\nx\n\n"_s;
    }

    void move()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, before);
        QFETCH(QString, expected);
        const auto moved = moveSection(text, from, before);
        QVERIFY(moved);
        QCOMPARE(*moved, expected);
    }

    void moveRefused_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("before");
        QTest::newRow("onto itself") << 0 << 0;
        QTest::newRow("just after itself") << 0 << 2; // section 1 is its subsection
        QTest::newRow("into its subsection") << 0 << 1;
        QTest::newRow("out of range") << 5 << 0;
        QTest::newRow("negative") << -1 << 0;
        QTest::newRow("before past the end") << 0 << 9;
    }

    void moveRefused()
    {
        QFETCH(int, from);
        QFETCH(int, before);
        QVERIFY(!moveSection(u"## A\n### A1\n## B\n"_s, from, before));
    }

    void moveSeedKeepsEveryLine()
    {
        const QString text = seedText();
        const auto sections = outlineSections(text);
        const int events
            = int(std::ranges::find(sections, u"Upcoming Events!"_s, &OutlineSection::title) - sections.begin());
        QVERIFY(events < sections.size());
        const auto moved = moveSection(text, events, 0);
        QVERIFY(moved);
        QCOMPARE(titles(*moved).first(), u"Upcoming Events!"_s);
        QCOMPARE(titles(*moved).size(), titles(text).size());
        // The same lines, in another order.
        QStringList before = text.split(u'\n');
        QStringList after = moved->split(u'\n');
        before.removeAll(QString());
        after.removeAll(QString());
        std::ranges::sort(before);
        std::ranges::sort(after);
        QCOMPARE(after, before);
        // Moving it back to where it was restores the text.
        const auto back = moveSection(*moved, 0, events + 1);
        QVERIFY(back);
        QCOMPARE(*back, text);
    }

    void replaceSeedSection_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("first") << u"Headline"_s;
        QTest::newRow("middle") << u"New Boards Supported by CircuitPython"_s;
        QTest::newRow("last") << u"Contribute!"_s;
    }

    void replaceSeedSection()
    {
        QFETCH(QString, title);
        const QString text = seedText();
        const auto sections = outlineSections(text);
        const auto found = std::ranges::find(sections, title, &OutlineSection::title);
        QVERIFY(found != sections.end());
        const int index = int(found - sections.begin());
        const QString replacement = u"## "_s + title + u"\n\nA guest wrote this. ünïcödé\n\n"_s;
        const QString result = replaceSection(text, index, replacement);
        // Every byte before and after the section is the original's.
        const QByteArray original = text.toUtf8();
        const QByteArray changed = result.toUtf8();
        const qsizetype prefix = text.first(found->begin).toUtf8().size();
        const qsizetype suffix = text.sliced(found->end).toUtf8().size();
        QCOMPARE(changed.first(prefix), original.first(prefix));
        QCOMPARE(changed.last(suffix), original.last(suffix));
        QCOMPARE(sectionText(result, index), replacement);
        // Putting the old text back gives the original bytes.
        QCOMPARE(replaceSection(result, index, sectionText(text, index)).toUtf8(), original);
    }

    void diffSectionsKinds()
    {
        const QString before = u"intro\n## A\na\n## B\nb\n## C\nc\n"_s;
        const QString after = u"intro\n## A\na\n## C\nc changed\n## D\nd\n"_s;
        const auto changes = diffSections(before, after);
        QStringList described;
        for (const SectionChange &change : changes)
            described.append(change.title + u'=' + QString::number(int(change.kind)));
        using K = SectionChange::Kind;
        QCOMPARE(described,
                 (QStringList {u"="_s + QString::number(int(K::Unchanged)),
                               u"A="_s + QString::number(int(K::Unchanged)), u"B="_s + QString::number(int(K::Removed)),
                               u"C="_s + QString::number(int(K::Changed)), u"D="_s + QString::number(int(K::Added))}));
        const SectionChange &c = changes[3];
        QVERIFY(c.lines.contains(DiffLine {DiffLine::Kind::Removed, u"c"_s}));
        QVERIFY(c.lines.contains(DiffLine {DiffLine::Kind::Added, u"c changed"_s}));
    }

    void diffSectionsDuplicateTitles()
    {
        const QString before = u"## Feature\none\n## Feature\ntwo\n"_s;
        const QString after = u"## Feature\none\n## Feature\n2\n"_s;
        const auto changes = diffSections(before, after);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[1].kind, SectionChange::Kind::Unchanged);
        QCOMPARE(changes[2].kind, SectionChange::Kind::Changed);
    }
};

QTEST_GUILESS_MAIN(OutlineTest)
#include "outline_test.moc"
