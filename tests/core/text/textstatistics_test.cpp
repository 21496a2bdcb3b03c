// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textstatistics.h"
#include "support/sitefixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

class TextStatisticsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("words");

        QTest::newRow("plain") << u"Welcome to the latest newsletter"_s << 5;
        QTest::newRow("apostrophes and hyphens") << u"We're on e-mail, don’t worry"_s << 5;
        QTest::newRow("numbers count") << u"Python 3.12 is out"_s << 5;
        QTest::newRow("markup is no word") << u"## **New** *features* -"_s << 2;
        QTest::newRow("link target is no word") << u"[Python.org](https://www.python.org/downloads/release/)"_s << 2;
        QTest::newRow("image target is no word") << u"[![title](../assets/20231009/20231009-name.jpg)](url)"_s << 1;
        QTest::newRow("bare address is no word") << u"see https://example.com/a/b now"_s << 2;
        QTest::newRow("HTML tags are no words") << u"<b>bold</b> text <br/>"_s << 2;
        QTest::newRow("task item") << u"- [ ] change date"_s << 2;
        QTest::newRow("non-Latin") << u"Größe 大 слово"_s << 3;
        QTest::newRow("empty") << QString() << 0;
    }

    void countsWords()
    {
        QFETCH(QString, line);
        QTEST(int(lineStatistics(line).words), "words");
    }

    void countsCharactersAndReadingTime()
    {
        QCOMPARE(lineStatistics(u"abc def"_s).characters, 7);
        QCOMPARE(lineStatistics(u"😀x"_s).characters, 2); // a surrogate pair is one character
        QCOMPARE(TextStatistics {}.readingMinutes(), 0);
        QCOMPARE((TextStatistics {1, 1}).readingMinutes(), 1);
        QCOMPARE((TextStatistics {TextStatistics::wordsPerMinute, 1}).readingMinutes(), 1);
        QCOMPARE((TextStatistics {TextStatistics::wordsPerMinute + 1, 1}).readingMinutes(), 2);
    }

    void leavesOutTheFrontMatter()
    {
        const TextStatistics statistics = textStatistics(u"---\ntitle: \"Many words in a title\"\n---\n\nOne two.\n"_s);
        QCOMPARE(statistics.words, 2);
        QCOMPARE(statistics.characters, 8);
        QCOMPARE(textStatistics(u"No front matter here"_s).words, 4);
    }

    // The document's statistics follow every kind of edit, recounting only what changed, and always
    // equal a full count of the text.
    void followsEditsIncrementally()
    {
        QTextDocument document;
        document.setPlainText(seedText());
        DocumentStatistics statistics(&document);
        QCOMPARE(statistics.statistics().words, textStatistics(document.toPlainText()).words);
        QCOMPARE(statistics.statistics().characters, textStatistics(document.toPlainText()).characters);
        QVERIFY(statistics.statistics().words > 1000);

        QSignalSpy changed(&statistics, &DocumentStatistics::changed);
        QRandomGenerator random(42);
        const QStringList insertions {u"word "_s, u"\n"_s, u"two\nlines "_s, u"\n\n"_s, u"---\n"_s, u"x"_s};
        for (int i = 0; i < 300; ++i) {
            QTextCursor cursor(&document);
            const int length = document.characterCount() - 1;
            cursor.setPosition(random.bounded(length + 1));
            switch (random.bounded(3)) {
            case 0:
                cursor.insertText(insertions[random.bounded(int(insertions.size()))]);
                break;
            case 1:
                cursor.setPosition(qMin(length, cursor.position() + random.bounded(40)), QTextCursor::KeepAnchor);
                cursor.removeSelectedText();
                break;
            default:
                cursor.beginEditBlock();
                cursor.insertText(u"many\nchanges"_s);
                cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor, 3);
                cursor.removeSelectedText();
                cursor.endEditBlock();
                break;
            }
            const TextStatistics expected = textStatistics(document.toPlainText());
            QVERIFY2(statistics.statistics() == expected,
                     qPrintable(u"edit %1: %2 words %3 characters, expected %4 and %5"_s.arg(i)
                                    .arg(statistics.statistics().words)
                                    .arg(statistics.statistics().characters)
                                    .arg(expected.words)
                                    .arg(expected.characters)));
        }
        QVERIFY(changed.count() > 200); // some edits removed nothing

        // A change of many lines is counted when the event loop runs.
        QString many;
        for (int i = 0; i < 5000; ++i)
            many += u"one two\n"_s;
        document.setPlainText(many);
        QTRY_COMPARE(statistics.statistics().words, 10000);

        // Editing the front matter moves its end; the body's count follows.
        document.setPlainText(u"---\ntitle: x\n---\nbody words\n"_s);
        QCOMPARE(statistics.statistics().words, 2);
        QTextCursor(&document).insertText(u"intro "_s); // "intro ---" is no front matter any more
        QCOMPARE(statistics.statistics(), textStatistics(document.toPlainText()));
        QCOMPARE(statistics.statistics().words, 5);
        // A line that only begins like a fence does not end it; the one after does.
        document.setPlainText(u"---\ntitle: x\n--- not yet\n...\nbody words\n"_s);
        QCOMPARE(statistics.statistics().words, 2);
    }
};

QTEST_MAIN(TextStatisticsTest)
#include "textstatistics_test.moc"
