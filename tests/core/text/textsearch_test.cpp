// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textsearch.h"

#include <QTest>

using namespace Masthead;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Masthead::SearchOptions)

namespace
{
SearchOptions plain()
{
    return {};
}

SearchOptions caseSensitive()
{
    return {true, false, false};
}

SearchOptions wholeWords()
{
    return {false, true, false};
}

SearchOptions regex()
{
    return {false, false, true};
}

QStringList matchedTexts(const QString &text, const QString &pattern, const SearchOptions &options)
{
    QStringList found;
    for (const TextMatch &match : findAll(text, searchExpression(pattern, options)))
        found.append(text.mid(match.start, match.length));
    return found;
}
} // namespace

class TextSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWithOptions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<SearchOptions>("options");
        QTest::addColumn<QStringList>("found");

        const QString text = u"Python and python; CircuitPython (py) C++ c++"_s;
        QTest::newRow("plain ignores case")
            << text << u"python"_s << plain() << QStringList {u"Python"_s, u"python"_s, u"Python"_s};
        QTest::newRow("case sensitive") << text << u"python"_s << caseSensitive() << QStringList {u"python"_s};
        QTest::newRow("whole words") << text << u"python"_s << wholeWords() << QStringList {u"Python"_s, u"python"_s};
        QTest::newRow("whole words with symbols")
            << text << u"c++"_s << wholeWords() << QStringList {u"C++"_s, u"c++"_s};
        QTest::newRow("plain text is literal") << text << u"(py)"_s << plain() << QStringList {u"(py)"_s};
        QTest::newRow("regular expression")
            << text << u"\\bp\\w+"_s << regex() << QStringList {u"Python"_s, u"python"_s, u"py"_s};
        QTest::newRow("line anchors") << u"## One\ntext\n## Two"_s << u"^## (\\w+)$"_s << regex()
                                      << QStringList {u"## One"_s, u"## Two"_s};
        QTest::newRow("non-ASCII words") << u"Größe groß"_s << u"groß"_s << wholeWords() << QStringList {u"groß"_s};
        QTest::newRow("empty pattern finds nothing") << text << QString() << plain() << QStringList {};
    }

    void findsWithOptions()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(SearchOptions, options);
        QTEST(matchedTexts(text, pattern, options), "found");
    }

    void reportsInvalidExpressions()
    {
        const QRegularExpression expression = searchExpression(u"(unclosed"_s, regex());
        QVERIFY(!expression.isValid());
        QVERIFY(!expression.errorString().isEmpty());
        QVERIFY(findAll(u"(unclosed"_s, expression).isEmpty());
        // The same text as plain text is fine.
        QCOMPARE(matchedTexts(u"(unclosed"_s, u"(unclosed"_s, plain()), QStringList {u"(unclosed"_s});
    }

    void expandsReplacements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<SearchOptions>("options");
        QTest::addColumn<QString>("result");

        QTest::newRow("backslash groups")
            << u"2023-10-09"_s << u"(\\d+)-(\\d+)-(\\d+)"_s << u"\\3.\\2.\\1"_s << regex() << u"09.10.2023"_s;
        QTest::newRow("dollar groups") << u"2023-10-09"_s << u"(\\d+)-(\\d+)-(\\d+)"_s << u"$1$2$3"_s << regex()
                                       << u"20231009"_s;
        QTest::newRow("whole match") << u"word"_s << u"\\w+"_s << u"[\\0]($&)"_s << regex() << u"[word](word)"_s;
        QTest::newRow("escapes") << u"a b"_s << u" "_s << u"\\n\\t\\\\$$"_s << regex() << u"a\n\t\\$b"_s;
        QTest::newRow("group above nine")
            << u"abcdefghijk"_s << u"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)"_s << u"$11-$10"_s << regex() << u"k-j"_s;
        QTest::newRow("dollar digit beyond the groups") << u"ab"_s << u"(a)(b)"_s << u"$12"_s << regex() << u"a2"_s;
        QTest::newRow("plain replacement is literal") << u"x"_s << u"x"_s << u"\\1 $1"_s << plain() << u"\\1 $1"_s;
    }

    void expandsReplacements()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(SearchOptions, options);
        const auto result = replaceAll(text, searchExpression(pattern, options), replacement, options);
        QVERIFY(result);
        QTEST(QString(text.first(result->start) + result->replacement + text.sliced(result->end)), "result");
    }

    void replacesAllAsOneSpan()
    {
        const QString text = u"intro [a](x) middle [b](y) outro"_s;
        const auto result
            = replaceAll(text, searchExpression(u"\\[(\\w)\\]\\((\\w)\\)"_s, regex()), u"[\\2](\\1)"_s, regex());
        QVERIFY(result);
        QCOMPARE(result->count, 2);
        QCOMPARE(result->start, text.indexOf(u'['));
        QCOMPARE(result->end, text.indexOf(u" outro"));
        QCOMPARE(result->replacement, u"[x](a) middle [y](b)"_s);
        QVERIFY(!replaceAll(text, searchExpression(u"absent"_s, plain()), u"x"_s, plain()));
    }

    void replacesAllWithinARange()
    {
        const QString text = u"cat cat\ncat cat\ncat"_s;
        const qsizetype from = text.indexOf(u'\n') + 1;
        const qsizetype to = text.lastIndexOf(u'\n');
        const auto result = replaceAll(text, searchExpression(u"cat"_s, plain()), u"dog"_s, plain(), from, to);
        QVERIFY(result);
        QCOMPARE(result->count, 2);
        QCOMPARE(QString(text.first(result->start) + result->replacement + text.sliced(result->end)),
                 u"cat cat\ndog dog\ncat"_s);
        // A match that only starts in the range stays; anchors still see the whole text.
        QVERIFY(!replaceAll(text, searchExpression(u"cat cat"_s, plain()), u"x"_s, plain(), 2, 9));
        const auto anchored = replaceAll(text, searchExpression(u"^cat"_s, regex()), u"dog"_s, regex(), 1, -1);
        QVERIFY(anchored);
        QCOMPARE(anchored->count, 2); // the lines at 8 and 16, not the one at 0
    }
};

QTEST_GUILESS_MAIN(TextSearchTest)
#include "textsearch_test.moc"
