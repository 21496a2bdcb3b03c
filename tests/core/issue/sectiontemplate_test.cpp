// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/issue/sectiontemplate.h"
#include "support/sitefixture.h"

#include "core/site/site.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// The text with each field wrapped in [[ ]], to compare text and fields at once.
QString marked(const SnippetText &snippet)
{
    QString text = snippet.text;
    QList<SnippetField> byPosition = snippet.fields;
    std::ranges::sort(byPosition, std::greater {}, &SnippetField::start);
    for (const SnippetField &field : byPosition) {
        text.insert(field.start + field.length, u"]]"_s);
        text.insert(field.start, u"[["_s + QString::number(field.number) + u':');
    }
    return text;
}
} // namespace

class SectionTemplateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QList<int>>("order");

        QTest::newRow("plain") << u"no fields"_s << u"no fields"_s << QList<int> {};
        QTest::newRow("numbered with defaults")
            << u"[${1:title}](${2:url})"_s << u"[[[1:title]]]([[2:url]])"_s << QList<int> {1, 2};
        QTest::newRow("visited by number") << u"${2:b} ${1:a}"_s << u"[[2:b]] [[1:a]]"_s << QList<int> {1, 2};
        QTest::newRow("field zero last") << u"${0} ${1:a}"_s << u"[[0:]] [[1:a]]"_s << QList<int> {1, 0};
        QTest::newRow("short form") << u"$1 and ${2}"_s << u"[[1:]] and [[2:]]"_s << QList<int> {1, 2};
        QTest::newRow("date") << u"on ${date}"_s << u"on 2023-10-16"_s << QList<int> {};
        QTest::newRow("date format") << u"../assets/${date:yyyyMMdd}/x.jpg"_s << u"../assets/20231016/x.jpg"_s
                                     << QList<int> {};
        QTest::newRow("escaped dollar") << u"costs \\$5 ${1:x}"_s << u"costs $5 [[1:x]]"_s << QList<int> {1};
        QTest::newRow("lone dollar") << u"$ and ${nope}"_s << u"$ and ${nope}"_s << QList<int> {};
        QTest::newRow("unicode default") << u"${1:Grüße}!"_s << u"[[1:Grüße]]!"_s << QList<int> {1};
    }

    void expand()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QFETCH(QList<int>, order);
        const SnippetText snippet = expandSnippet(body, QDate(2023, 10, 16));
        QCOMPARE(marked(snippet), expected);
        QList<int> numbers;
        for (const SnippetField &field : snippet.fields)
            numbers.append(field.number);
        QCOMPARE(numbers, order);
    }

    void derivedFromSeed()
    {
        const QList<SectionTemplate> templates = deriveSectionTemplates(seedText());
        auto find = [&](const QString &heading) {
            const auto it = std::ranges::find(templates, heading, &SectionTemplate::heading);
            return it == templates.end() ? SectionTemplate {} : *it;
        };
        const SectionTemplate news = find(u"News from around the web!"_s);
        QCOMPARE(news.name, u"News from around the web!"_s);
        QVERIFY(news.filePath.isEmpty());
        QCOMPARE(news.body,
                 u"[![${1:title}](../assets/${date:yyyyMMdd}/${date:yyyyMMdd}-${2:name}.jpg)](${3:url})\n\n"
                 "${4:text} - [${5:site}](${6:url})."_s);
        const SnippetText expanded = expandSnippet(news.body, QDate(2023, 10, 16));
        QCOMPARE(expanded.text, u"[![title](../assets/20231016/20231016-name.jpg)](url)\n\ntext - [site](url)."_s);
        QCOMPARE(expanded.fields.size(), 6);

        const SectionTemplate boards = find(u"New Boards Supported by CircuitPython"_s);
        QCOMPARE(boards.body, u"- [${1:Board name}](${2:url})"_s);

        // A real item: what varies from one event to the next becomes a field.
        const SectionTemplate events = find(u"Upcoming Events!"_s);
        const QString eventUrl = u"https://www.eventbrite.com/e/"
                                 "maker-faire-bay-area-october-13-15-october-20-22-2023-tickets-673771979127"_s;
        QCOMPARE(events.body,
                 u"[![${1:Maker Faire Bay Area}](../assets/${date:yyyyMMdd}/${date:yyyyMMdd}${2:mfba}.jpg)](${3:"_s
                     + eventUrl
                     + u"})\n\n${4:Maker Faire Bay Area will be October 13-15 & October 20-22, 2023} - "
                       "[${5:Eventbright}](${6:"_s
                     + eventUrl + u"})."_s);
        QVERIFY(!events.body.contains(u"MicroPython Meetup"_s));
        const SnippetText event = expandSnippet(events.body, QDate(2023, 10, 16));
        QCOMPARE(event.fields.size(), 6);
        QCOMPARE(event.text.sliced(event.fields[1].start, event.fields[1].length), u"mfba"_s);
        QVERIFY(event.text.contains(u"../assets/20231016/20231016mfba.jpg"_s));

        // The two identical "Feature" sections give one template.
        QCOMPARE(std::ranges::count(templates, u"Feature"_s, &SectionTemplate::heading), 1);
        // The streams section's item stops at its bold line.
        const SectionTemplate python = find(u"Python 3.12.0 Final Released"_s);
        QVERIFY(!python.body.contains(u"New features"_s));
    }

    void siteFolderBeforeTemplate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        QVERIFY(writeAll(root + u"/_config.yml"_s, "title: test\n"));
        QVERIFY(writeAll(root + u"/_drafts/template.md"_s, seedText().toUtf8()));
        auto site = Site::find(root);
        QVERIFY(site);
        // Without the folder: derived from the template.
        QVERIFY(std::ranges::any_of(sectionTemplatesOf(*site), [](const SectionTemplate &t) {
            return t.heading == u"Upcoming Events!"_s && t.filePath.isEmpty();
        }));

        QVERIFY(writeAll(root + u"/_masthead/sections/upcoming-event.md"_s,
                         "<!-- section: Upcoming Events! -->\n[![${1:name}](${2:image})](${3:url})\n\n${4:text}\n"));
        QVERIFY(writeAll(root + u"/_masthead/sections/aside.md"_s, "> ${1:quote}\n"));
        QVERIFY(writeAll(root + u"/_masthead/sections/notes.txt"_s, "not a template\n"));
        site = Site::find(root);
        const QList<SectionTemplate> templates = sectionTemplatesOf(*site);
        QCOMPARE(templates.size(), 2);
        QCOMPARE(templates[0].name, u"aside"_s);
        QCOMPARE(templates[0].heading, QString());
        QCOMPARE(templates[0].body, u"> ${1:quote}"_s);
        QCOMPARE(templates[1].name, u"upcoming event"_s);
        QCOMPARE(templates[1].heading, u"Upcoming Events!"_s);
        QCOMPARE(templates[1].body, u"[![${1:name}](${2:image})](${3:url})\n\n${4:text}"_s);
        QVERIFY(templates[1].filePath.endsWith(u"/_masthead/sections/upcoming-event.md"_s));
    }

    void saveNeverOverwrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.path() + u"/_masthead/sections"_s;
        const auto first = saveSectionTemplate(folder, u"Upcoming Event"_s, u"Upcoming Events!"_s, u"one\n\n"_s);
        QVERIFY2(first, qPrintable(errorText(first)));
        QCOMPARE(*first, folder + u"/upcoming-event.md"_s);
        QCOMPARE(readAll(*first), QByteArray("<!-- section: Upcoming Events! -->\none\n"));

        const auto second = saveSectionTemplate(folder, u"Upcoming Event"_s, QString(), u"two"_s);
        QVERIFY(second);
        QCOMPARE(*second, folder + u"/upcoming-event-2.md"_s);
        QCOMPARE(readAll(*first), QByteArray("<!-- section: Upcoming Events! -->\none\n"));
        QCOMPARE(readAll(*second), QByteArray("two\n"));

        // What was saved reads back as the same template.
        const QList<SectionTemplate> templates = readSectionTemplateFolder(folder);
        QCOMPARE(templates.size(), 2);
        // Sorted by file name: "upcoming-event-2.md" comes first.
        QCOMPARE(templates[1].name, u"upcoming event"_s);
        QCOMPARE(templates[1].heading, u"Upcoming Events!"_s);
        QCOMPARE(templates[1].body, u"one"_s);
        QCOMPARE(templates[0].heading, QString());
        QCOMPARE(templates[0].body, u"two"_s);
    }

    void saveIntoUnwritableFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.path() + u"/file"_s, "x"));
        // A folder that cannot be made: a file is in the way.
        const auto result = saveSectionTemplate(dir.path() + u"/file/sections"_s, u"x"_s, {}, u"x"_s);
        QVERIFY(!result);
        QVERIFY(!result.error().isEmpty());
    }

    void insertion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("expected");

        const QString news = u"## News\n\n[![a](x)](u)\n\na - [s](u).\n\n[![b](x)](u)\n\nb - [s](u).\n\n"
                             "PyDev of the week.\n\n## Next\n"_s;
        QTest::newRow("after the last image item") << news << u"news"_s << u"[![c](x)](u)\n\nc - [s](u)."_s
                                                   << u"## News\n\n[![a](x)](u)\n\na - [s](u).\n\n[![b](x)](u)\n\nb - "
                                                      u"[s](u).\n\n[![c](x)](u)\n\nc - [s](u).\n\n"
                                                      "PyDev of the week.\n\n## Next\n"_s;
        QTest::newRow("after the last list item")
            << u"## Boards\n\nIntro.\n\n- [A](u)\n- [B](u)\n\n*Note*\n\n- other\n"_s << u"Boards"_s << u"- [C](u)"_s
            << u"## Boards\n\nIntro.\n\n- [A](u)\n- [B](u)\n- [C](u)\n\n*Note*\n\n- other\n"_s;
        QTest::newRow("section without items")
            << u"## Empty\n\nJust text.\n\n## Next\n"_s << u"Empty"_s << u"[![c](x)](u)"_s
            << u"## Empty\n\nJust text.\n\n[![c](x)](u)\n\n## Next\n"_s;
        QTest::newRow("heading only at the end") << u"## Last"_s << u"Last"_s << u"item"_s << u"## Last\n\nitem"_s;
        QTest::newRow("before its subsection")
            << u"## A\n\n[![a](x)](u)\n\n### A1\n\nx\n"_s << u"A"_s << u"[![b](x)](u)"_s
            << u"## A\n\n[![a](x)](u)\n\n[![b](x)](u)\n\n### A1\n\nx\n"_s;
    }

    void insertion()
    {
        QFETCH(QString, text);
        QFETCH(QString, heading);
        QFETCH(QString, item);
        QFETCH(QString, expected);
        const auto insertion = insertionIntoSection(text, heading, item);
        QVERIFY(insertion);
        QString result = text;
        result.insert(insertion->position, insertion->text);
        QCOMPARE(result, expected);
        QCOMPARE(insertion->text.sliced(insertion->itemOffset), item);
    }

    void insertionWithoutSection() { QVERIFY(!insertionIntoSection(u"## A\n"_s, u"B"_s, u"x"_s)); }

    void insertionIntoSeed()
    {
        const QString text = seedText();
        const auto templates = deriveSectionTemplates(text);
        const auto events = std::ranges::find(templates, u"Upcoming Events!"_s, &SectionTemplate::heading);
        QVERIFY(events != templates.end());
        const QString item = expandSnippet(events->body, QDate(2023, 10, 16)).text;
        const auto insertion = insertionIntoSection(text, events->heading, item);
        QVERIFY(insertion);
        // After the last event (Pyjamas), before "**Send Your Events In**".
        const qsizetype pyjamas = text.indexOf(u"fifth year on December 9-10."_s);
        QCOMPARE(insertion->position, pyjamas + qsizetype(u"fifth year on December 9-10."_s.size()));
    }
};

QTEST_GUILESS_MAIN(SectionTemplateTest)
#include "sectiontemplate_test.moc"
