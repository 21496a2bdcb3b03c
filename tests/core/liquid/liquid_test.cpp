// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/liquid.h"
#include "support/sitefixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

// The expected outputs are what real Jekyll 4.3.4 with Liquid 5.4 renders for the same source and
// variables (TZ=UTC), except where a row says Jekyll refuses the source; highlight's expectations
// leave out the <span>s Rouge adds inside the code.

namespace
{
LiquidValue map(std::initializer_list<std::pair<QString, LiquidValue>> pairs)
{
    LiquidValue value = LiquidValue::Map();
    for (const auto &[key, item] : pairs)
        value.insert(key, item);
    return value;
}

// The page and site the filter rows use: the same as the Ruby script that made their expectations.
LiquidContext fixedContext()
{
    LiquidContext context;
    context.timeZone = QTimeZone::utc();
    context.site = map({{QStringLiteral("title"), QStringLiteral("Test Site")},
                        {QStringLiteral("url"), QStringLiteral("https://example.org")},
                        {QStringLiteral("baseurl"), QStringLiteral("/blog")}});
    context.page = map({
        {QStringLiteral("title"), QStringLiteral("Page Title")},
        {QStringLiteral("date"),
         QDateTime(QDate(2023, 10, 9), QTime(7, 0), QTimeZone::fromSecondsAheadOfUtc(-8 * 3600))},
        {QStringLiteral("path"), QStringLiteral("_posts/x.md")},
        {QStringLiteral("tags"), LiquidValue::list({QStringLiteral("a"), QStringLiteral("b")})},
        {QStringLiteral("list"), LiquidValue::List {3, 1, 2}},
        {QStringLiteral("empty"), QString(u""_s)},
        {QStringLiteral("nothing"), LiquidValue()},
        {QStringLiteral("n"), 7},
        {QStringLiteral("f"), 2.5},
        {QStringLiteral("html"), QStringLiteral("<p>Hi &amp; <b>bye</b></p>")},
        {QStringLiteral("q"), QStringLiteral("it's \"q\" <b>&amp;</b>")},
        {QStringLiteral("items"),
         LiquidValue::List {
             map({{QStringLiteral("name"), QStringLiteral("b")}, {QStringLiteral("v"), 2}}),
             map({{QStringLiteral("name"), QStringLiteral("a")}, {QStringLiteral("v"), 1}}),
             map({{QStringLiteral("name"), QStringLiteral("c")}, {QStringLiteral("v"), LiquidValue()}})}},
    });
    return context;
}

QString render(const QString &source, const LiquidContext &context = fixedContext())
{
    return renderLiquid(source, context).output;
}

void addRows(std::initializer_list<std::array<const char *, 3>> rows)
{
    for (const auto &[name, source, expected] : rows)
        QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(expected);
}

QString marker(const QString &escapedSource, const QString &title)
{
    return QStringLiteral("<span class=\"mh-liquid-unsupported\" title=\"") + title + QStringLiteral("\">")
        + escapedSource + QStringLiteral("</span>");
}

// A small site like the ones the permalink rows were checked against with `jekyll build`.
class TestSite
{
public:
    explicit TestSite(const QByteArray &extraConfig = {})
    {
        write("_config.yml", "title: S2\nbaseurl: /blog\nurl: https://example.org\ntimezone: UTC\n" + extraConfig);
        write("_posts/2023-10-09-hello-world.md",
              "---\ntitle: Hello\ndate: 2023-10-09 07:00:00 -0800\ncategories: weekly\n---\nHello.\n");
        write("_posts/2023-10-10-quoted.md", "---\ndate: \"2023-10-10 23:30:00 -0800\"\ncategory: One Two\n---\n");
        write("cat/sub/_posts/2023-10-11-Ünïcode_Title.Here!.md", "---\ncategories: [Extra, cat]\n---\n");
        write("_posts/2023-10-12-md-post.md", "---\nslug: Custom Slug\n---\n");
        write("_drafts/2023-10-17-second.md", "---\ntitle: Second\ncategories: [news]\n---\n");
        write("about.md", "---\ntitle: About\n---\nAbout.\n");
        write("docs/guide.html", "---\n---\nGuide\n");
        write("assets/x.txt", "hi\n");
        write("_includes/note.html",
              "<div class=\"note\">{{ include.param }}|{{ include.other }}|{{ page.title }}</div>\n");
        write("_includes/outer.html", "[{{ include.x }}]{% include sub/inner.html y=\"deep\" %}");
        write("_includes/sub/inner.html", "<{{ include.y }}/{{ include.x }}>");
        write("_includes/self.html", "{% include self.html %}");
        write("_includes/broken.html", "line 1\n{% nonesuch %}\n");
        write("_includes/three.html", "<p>one</p>\n<p>two</p>\n<p>three</p>\n");
        write("_data/members.yml", "- name: Ann\n- name: Bob\n");
        write("_data/nested/inner.yml", "key: deep\n");
    }

    QString path(const QString &relative) const { return m_dir.path() + u'/' + relative; }
    void write(const char *relative, const QByteArray &bytes)
    {
        QVERIFY(writeAll(path(QString::fromUtf8(relative)), bytes));
    }

    // The output of source as the body of a document at relative.
    LiquidResult render(const QString &relative, const QString &source) const
    {
        const QString document = QStringLiteral("---\ntitle: Doc\n---\n") + source;
        return renderLiquid(source, liquidContextFor(path(relative), document));
    }

private:
    QTemporaryDir m_dir;
};
} // namespace

class LiquidTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textWithoutLiquidIsUnchanged_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("empty") << QString();
        QTest::newRow("prose") << QStringLiteral("# Title\n\nSome *text* with {braces} and 100% of } and %}.\n");
        QTest::newRow("lone braces at the end") << QStringLiteral("a {");
        QTest::newRow("crlf and unicode") << QStringLiteral("Ünïcode\r\nline — ✓ { % } \r\n");
        QString big;
        while (big.size() < 1024 * 1024)
            big += QStringLiteral("A line of a large newsletter, with {curly} text and 50% off.\n");
        QTest::newRow("1 MB") << big;
    }

    void textWithoutLiquidIsUnchanged()
    {
        QFETCH(QString, source);
        const LiquidResult result = renderLiquid(source, fixedContext());
        QCOMPARE(result.output, source);
        QVERIFY(result.problems.isEmpty());
    }

    void renderWithLiquidFalseLeavesTheText()
    {
        LiquidContext context = fixedContext();
        context.page.insert(QStringLiteral("render_with_liquid"), false);
        const QString source = QStringLiteral("{{ page.title }} {% nonesuch %}");
        const LiquidResult result = renderLiquid(source, context);
        QCOMPARE(result.output, source);
        QVERIFY(result.problems.isEmpty());
    }

    void variables_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"site and page", "{{ site.title }} / {{ page.title }}", "Test Site / Page Title"},
            {"nested and indexed", "{{ page.items[0].name }}{{ page['title'] }}{{ page.list[1] }}{{ page.list[-1] }}",
             "bPage Title12"},
            {"size first last", "{{ page.list.size }}{{ page.list.first }}{{ page.list.last }}{{ page.title.size }}",
             "33210"},
            {"first of a string is nothing", "{{ 'a-b' | split: '-' | first | upcase }}{{ page.title.first }}", "A"},
            {"missing is empty", "[{{ page.missing }}][{{ nope.deeper.still }}]", "[][]"},
            {"literals", "{{ nil }}|{{ true }}|{{ false }}|{{ 'x' }}|{{ 3.0 }}|{{ 1.10 }}|{{ (1..3) }}|{{ empty }}",
             "|true|false|x|3.0|1.1|1..3|"},
            {"lists print joined", "{{ page.list }}|{{ page.tags }}", "312|ab"},
            {"maps print as Ruby", "{{ page.items[0] }}", "{\"name\"=>\"b\", \"v\"=>2}"},
            {"time prints as Ruby", "{{ page.date }}", "2023-10-09 07:00:00 -0800"},
            {"floats", "{{ page.f }}|{{ -0.0 }}|{{ 1000000.0 }}|{{ 12345678901234567.0 }}|{{ 0.0001 }}|{{ 0.00001 }}",
             "2.5|-0.0|1000000.0|1.2345678901234568e+16|0.0001|1.0e-05"},
            {"empty output", "{{}}|{{ }}", "|"},
            {"no spaces", "{{page.title|append:'!'|upcase}}", "PAGE TITLE!"},
            {"pipe inside a string", "{{ 'a' | append: ' | ' }}x", "a | x"},
            {"lax: loose syntax still renders", "{{ 1e3 | plus: 0 }}", "0"},
            {"lax: a variable ends at the first brace", "{{ \"a}}b\" }}", "b\" }}"},
        });
    }

    void variables()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void stringFilters_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"upcase", "{{ 'Hello World' | upcase }}", "HELLO WORLD"},
            {"downcase", "{{ 'Hello World' | downcase }}", "hello world"},
            {"capitalize", "{{ 'hELLO wORLD' | capitalize }}", "Hello world"},
            {"strip", "[{{ '  a b  ' | strip }}]", "[a b]"},
            {"lstrip", "[{{ '  a b  ' | lstrip }}]", "[a b  ]"},
            {"rstrip", "[{{ '  a b  ' | rstrip }}]", "[  a b]"},
            {"append", "{{ 'a' | append: 'b' }}", "ab"},
            {"prepend", "{{ 'a' | prepend: 'b' }}", "ba"},
            {"replace", "{{ 'aXbXc' | replace: 'X', '-' }}", "a-b-c"},
            {"replace_first", "{{ 'aXbXc' | replace_first: 'X', '-' }}", "a-bXc"},
            {"remove", "{{ 'aXbXc' | remove: 'X' }}", "abc"},
            {"remove_first", "{{ 'aXbXc' | remove_first: 'X' }}", "abXc"},
            {"replace with nothing between characters", "{{ 'abc' | replace: '', '-' }}", "-a-b-c-"},
            {"split and join", "{{ 'a,b,,c' | split: ',' | join: '+' }}", "a+b++c"},
            {"split drops trailing empties", "{{ 'a,b,,c,,' | split: ',' | size }}", "4"},
            {"split into characters", "{{ 'abc' | split: '' | join: '.' }}", "a.b.c"},
            {"split at blanks", "{{ 'a b  c' | split: ' ' | join: '.' }}", "a.b.c"},
            {"split an empty string", "{{ '' | split: ',' | size }}", "0"},
            {"join defaults to a space", "{{ page.tags | join }}", "a b"},
            {"size", "{{ 'abc' | size }}|{{ page.tags | size }}|{{ 5 | size }}|{{ page.nothing | size }}", "3|2|8|0"},
            {"size counts characters", "{{ '日本語テキスト' | size }}|{{ '😀x' | size }}|{{ 'a😀b' | slice: 1 }}",
             "7|2|😀"},
            {"first and last", "{{ page.tags | first }}{{ page.tags | last }}[{{ 'abc' | first }}]", "ab[]"},
            {"truncate", "{{ 'Ground control to Major Tom.' | truncate: 20 }}", "Ground control to..."},
            {"truncate with ellipsis", "{{ 'Ground control to Major Tom.' | truncate: 25, ', and so on' }}",
             "Ground control, and so on"},
            {"truncate without ellipsis", "{{ 'Ground control to Major Tom.' | truncate: 20, '' }}",
             "Ground control to Ma"},
            {"truncate short text", "{{ 'short' | truncate: 20 }}|{{ 'Ground' | truncate: 6 }}", "short|Ground"},
            {"truncate below the ellipsis", "{{ 'abcdef' | truncate: 2 }}|{{ 'Grounds' | truncate: 6 }}", "...|Gro..."},
            {"truncatewords", "{{ 'Ground control to Major Tom.' | truncatewords: 3 }}", "Ground control to..."},
            {"truncatewords with ellipsis", "{{ 'Ground control to Major Tom.' | truncatewords: 3, '--' }}",
             "Ground control to--"},
            {"truncatewords collapses blanks", "{{ 'a  b\n c d' | truncatewords: 2 }}|{{ 'a b c' | truncatewords: 0 }}",
             "a b...|a..."},
            {"truncatewords short text", "{{ 'one two' | truncatewords: 2 }}", "one two"},
            {"slice", "{{ 'abc' | slice: 1 }}|{{ 'abc' | slice: 1, 5 }}|{{ 'abc' | slice: -2, 1 }}", "b|bc|b"},
            {"slugify", "{{ 'The _config.yml file' | slugify }}", "the-config-yml-file"},
            {"slugify keeps letters of every script", "{{ 'Ünïcode Tïtle — 2023!' | slugify }}", "ünïcode-tïtle-2023"},
            {"slugify modes",
             "{{ 'The _config.yml file' | slugify: 'pretty' }}|{{ 'The _config.yml file' | slugify: 'raw' }}|{{ 'The "
             "_config.yml file' | slugify: 'ascii' }}|{{ 'Ünïcode Tïtle' | slugify: 'latin' }}|{{ 'ÄB' | slugify: "
             "'bogus' "
             "}}",
             "the-_config.yml-file|the-_config.yml-file|the-config-yml-file|unicode-title|äb"},
            {"slugify trims one hyphen", "{{ '  --Hi--  ' | slugify }}", "hi"},
            {"strip_html", "{{ page.html | strip_html }}", "Hi &amp; bye"},
            {"strip_html drops scripts and comments",
             "{{ '<script>x</script>a<!-- c -->b<style>s</style>' | strip_html }}", "ab"},
            {"strip_newlines", "{{ 'a\nb\r\nc' | strip_newlines }}", "abc"},
            {"newline_to_br", "{{ 'a\nb\r\nc' | newline_to_br }}", "a<br />\nb<br />\nc"},
            {"escape", "{{ page.q | escape }}", "it&#39;s &quot;q&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;"},
            {"escape_once", "{{ page.q | escape_once }}", "it&#39;s &quot;q&quot; &lt;b&gt;&amp;&lt;/b&gt;"},
            {"escape_once keeps entities", "{{ '&lt;p&gt; & &#39; &hellip; &#x27;' | escape_once }}",
             "&lt;p&gt; &amp; &#39; &hellip; &amp;#x27;"},
            {"xml_escape", "{{ page.q | xml_escape }}", "it&apos;s &quot;q&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;"},
            {"url_encode", "{{ 'a b&c/é?=+' | url_encode }}|{{ page.q | url_encode }}",
             "a+b%26c%2F%C3%A9%3F%3D%2B|it%27s+%22q%22+%3Cb%3E%26amp%3B%3C%2Fb%3E"},
            {"url_decode", "{{ 'a%20b%C3%A9+c' | url_decode }}", "a bé c"},
            {"cgi_escape", "{{ 'a b&c/é?=+' | cgi_escape }}|{{ 'Tom & \"Jerry\"' | cgi_escape }}",
             "a+b%26c%2F%C3%A9%3F%3D%2B|Tom+%26+%22Jerry%22"},
            {"uri_escape", "{{ 'a b&c/é?=+[]#' | uri_escape }}|{{ page.q | uri_escape }}|{{ 'a%zz' | uri_escape }}",
             "a%20b&c/%C3%A9?=+[]#|it's%20%22q%22%20%3Cb%3E&amp;%3C/b%3E|a%25zz"},
            {"jsonify",
             "{{ page.tags | jsonify }}|{{ 'a\"b' | jsonify }}|{{ 3 | jsonify }}|{{ page.nothing | jsonify }}",
             "[\"a\",\"b\"]|\"a\\\"b\"|3|null"},
            {"jsonify maps and times",
             "{{ page.items | jsonify }}|{{ page.date | jsonify }}|{{ 'é</script>' | jsonify }}",
             "[{\"name\":\"b\",\"v\":2},{\"name\":\"a\",\"v\":1},{\"name\":\"c\",\"v\":null}]|\"2023-10-09 07:00:00 "
             "-0800\"|\"é</script>\""},
            {"inspect", "{{ 'a\"b' | inspect }}|{{ page.q | inspect }}",
             "&quot;a\\&quot;b&quot;|&quot;it&apos;s \\&quot;q\\&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;&quot;"},
            {"default",
             "{{ page.title | default: 'x' }}|{{ page.nothing | default: 'x' }}|{{ page.empty | default: 'x' }}",
             "Page Title|x|x"},
            {"default and false", "{{ false | default: 'x' }}|{{ false | default: 'x', allow_false: true }}",
             "x|false"},
            {"default keeps lists", "{{ page.list | default: 'x' }}", "312"},
            {"number_of_words", "{{ 'a b c' | number_of_words }}", "3"},
            {"array_to_sentence_string",
             "{{ page.tags | array_to_sentence_string }}|{{ 'a,b,c' | split: ',' | array_to_sentence_string }}|{{ "
             "'a,b,c' | split: ',' | array_to_sentence_string: 'or' }}",
             "a and b|a, b, and c|a, b, or c"},
            {"normalize_whitespace", "{{ '  a \n b  ' | normalize_whitespace }}", "a b"},
            {"strip_index", "{{ '/a/index.html' | strip_index }}", "/a/"},
            {"markdownify", "{{ 'x' | markdownify }}", "<p>x</p>\n"},
            {"nil input", "{{ page.nothing | escape }}|{{ page.nothing | upcase }}|{{ page.nothing | append: 'x' }}",
             "||x"},
            {"unicode case", "{{ 'Ünïcödé' | upcase }}|{{ 'ÀB' | downcase }}|{{ 'ábc' | capitalize }}",
             "ÜNÏCÖDÉ|àb|Ábc"},
        });
    }

    void stringFilters()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void numberFilters_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"plus", "{{ 4 | plus: 2 }}|{{ 4 | plus: 2.5 }}|{{ '4' | plus: '2' }}|{{ 'abc' | plus: 1 }}", "6|6.5|6|1"},
            {"minus", "{{ 4 | minus: 6 }}|{{ 5 | minus: 0.5 }}", "-2|4.5"},
            {"times", "{{ 3 | times: 2 }}|{{ 3 | times: 0.5 }}|{{ 2 | times: 1.0 }}", "6|1.5|2.0"},
            {"divided_by floors integers",
             "{{ 7 | divided_by: 2 }}|{{ 7 | divided_by: 2.0 }}|{{ -7 | divided_by: 2 }}|{{ 10 | divided_by: 4.0 }}",
             "3|3.5|-4|2.5"},
            {"modulo follows the divisor", "{{ 7 | modulo: 3 }}|{{ -7 | modulo: 3 }}|{{ 7.5 | modulo: 2 }}", "1|2|1.5"},
            {"decimals are exact",
             "{{ 0.1 | plus: 0.2 }}|{{ 1.1 | plus: 2.2 }}|{{ 3.3 | minus: 1.1 }}|{{ 0.1 | times: 3 }}",
             "0.3|3.3|2.2|0.3"},
            {"more decimals",
             "{{ 100 | times: 1.1 }}|{{ 5.5 | modulo: 2.1 }}|{{ -5 | modulo: 3.5 }}|{{ 1.0 | divided_by: 3 }}",
             "110.0|1.3|2.0|0.3333333333333333"},
            {"round", "{{ 2.5 | round }}|{{ -1.5 | round }}|{{ 3.14159 | round: 2 }}|{{ 2.675 | round: 2 }}",
             "3|-2|3.14|2.68"},
            {"round to tens", "{{ 1234.5 | round: -2 }}|{{ 7 | round: -1 }}|{{ 2 | round: 2 }}", "1200|10|2"},
            {"round to very many digits", "{{ 1234.5678 | round: 400 }}|{{ 1234.5 | round: -400 }}", "1234.5678|0"},
            {"ceil and floor",
             "{{ 1.2 | ceil }}|{{ 1.8 | floor }}|{{ '12.5' | ceil }}|{{ -1.5 | floor }}|{{ -1.5 | ceil }}",
             "2|1|13|-2|-1"},
            {"abs", "{{ 3 | abs }}{{ -3 | abs }}|{{ -0.5 | abs }}|{{ '-3' | abs }}", "33|0.5|3"},
            {"at_least and at_most",
             "{{ 5 | at_least: 7 }}|{{ 5 | at_most: 3 }}|{{ 5 | at_least: 5.5 }}|{{ 5.5 | at_most: 5 }}", "7|3|5.5|5"},
            {"chained", "{{ page.n | plus: 1 | times: 2 }}|{{ '3.5' | plus: 1 }}|{{ '3abc' | plus: 1 }}", "16|4.5|4"},
            {"to_integer", "{{ '42' | to_integer | plus: 1 }}", "43"},
        });
    }

    void numberFilters()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void listFilters_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"where", "{{ page.items | where: 'name', 'a' | map: 'v' | join }}", "1"},
            {"where compares as text",
             "{{ page.items | where: 'v', 2 | map: 'name' | join }}|{{ page.items | where: 'v', "
             "'2' | map: 'name' | join }}",
             "b|b"},
            {"where_exp", "{{ page.items | where_exp: 'i', 'i.v > 1' | map: 'name' | join }}", "b"},
            {"find", "{{ page.items | find: 'name', 'a' | jsonify }}", "{\"name\":\"a\",\"v\":1}"},
            {"sort by property", "{{ page.items | sort: 'name' | map: 'name' | join }}", "a b c"},
            {"sort puts nil first", "{{ page.items | sort: 'v' | map: 'name' | join }}", "c a b"},
            {"sort", "{{ page.list | sort | join }}|{{ 'b,a,B,A' | split: ',' | sort | join }}", "1 2 3|A B a b"},
            {"sort_natural", "{{ 'b,a,B,A' | split: ',' | sort_natural | join }}", "a A b B"},
            {"reverse", "{{ page.list | reverse | join }}", "2 1 3"},
            {"uniq", "{{ 'a,b,a' | split: ',' | uniq | join }}", "a b"},
            {"compact", "{{ page.items | map: 'v' | compact | join: ',' }}", "2,1"},
            {"concat", "{{ page.items | map: 'name' | concat: page.tags | join }}", "b a c a b"},
            {"push pop shift unshift",
             "{{ page.list | push: 9 | join }}|{{ page.list | pop | join }}|{{ page.list | shift | join }}|{{ "
             "page.list | "
             "unshift: 0 | join }}",
             "3 1 2 9|3 1|1 2|0 3 1 2"},
            {"group_by", "{{ page.items | group_by: 'name' | size }}", "3"},
        });
    }

    void listFilters()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void dateFilters_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"every strftime conversion",
             "{{ page.date | date: '%Y %m %d %B %b %-d %e %H %M %S %z %A %a %j %y %I %p %-m %k %l %P %Z %U %W %V %G %u "
             "%w %C %D %F %T %R %r %x %X %c %s %N %L %h %n %t %% %^B %^a %10A %-H %_m %:z %::z %#b %Q' }}",
             "2023 10 09 October Oct 9  9 07 00 00 -0800 Monday Mon 282 23 07 AM 10  7  7 am  41 41 41 2023 1 1 20 "
             "10/09/23 2023-10-09 07:00:00 07:00 07:00:00 AM 10/09/23 07:00:00 Mon Oct  9 07:00:00 2023 1696863600 "
             "000000000 000 Oct \n \t % OCTOBER MON     Monday 7 10 -08:00 -08:00:00 OCT %Q"},
            {"flags and widths",
             "{{ page.date | date: '%-m/%-d/%y %3N %-y %_d %05d %^b %#B %#p %-I %e %-e %_H %k %-k %C %D %h %v' }}",
             "10/9/23 000 23  9 00009 OCT OCTOBER am 7  9 9  7  7 7 20 10/09/23 Oct  9-OCT-2023"},
            {"newsletter date", "{{ page.date | date: '%B %-d, %Y' }}", "October 9, 2023"},
            // Found by fuzz_liquid: a width that overflowed an int. One past 1024 is left as written.
            {"absurd widths", "{{ page.date | date: '%4444444444444M|%1025d|%12d' }}",
             "%4444444444444M|%1025d|000000000009"},
            {"twelve hour clock",
             "{{ '2023-10-09 19:05:03' | date: '%I %l %p %P %r' }}|{{ '2023-10-09 00:05:03' | date: '%I %l %p' }}|{{ "
             "'2023-10-09 12:05:03' | date: '%I %l %p' }}",
             "07  7 PM pm 07:05:03 PM|12 12 AM|12 12 PM"},
            {"weeks", "{{ '2023-01-01' | date: '%U %W %V %G %j %u %w' }}|{{ '2021-01-03' | date: '%U %W %V %G %g' }}",
             "01 00 52 2022 001 7 0|01 00 53 2020 20"},
            {"text dates",
             "{{ '2023-10-09' | date: '%d %b %Y %H:%M %z' }}|{{ '2023-10-09 07:00:00 -0800' | date: '%d %b %Y %H:%M "
             "%z' "
             "}}|{{ 'October 9, 2023' | date: '%F' }}|{{ '2023-10-09T07:00:00Z' | date: '%F %T %z' }}",
             "09 Oct 2023 00:00 +0000|09 Oct 2023 07:00 -0800|2023-10-09|2023-10-09 07:00:00 +0000"},
            {"more text dates",
             "{{ 'Mon, 09 Oct 2023 15:00:00 +0000' | date: '%F %T %z' }}|{{ '9 October 2023' | date: '%F' }}|{{ "
             "'2023/10/09' | date: '%F' }}|{{ '2023-10-09 7:00am' | date: '%F %T' }}",
             "2023-10-09 15:00:00 +0000|2023-10-09|2023-10-09|2023-10-09 07:00:00"},
            {"seconds since 1970", "{{ 1700000000 | date: '%Y-%m-%d' }}|{{ '20231009' | date: '%F' }}",
             "2023-11-14|1970-08-23"},
            {"not a date stays", "{{ 'garbage' | date: '%Y' }}|[{{ '' | date: '%Y' }}]|{{ '2023-13-45' | date: '%Y' }}",
             "garbage|[]|2023-13-45"},
            {"empty format", "{{ page.date | date: '' }}", "2023-10-09 07:00:00 -0800"},
            {"date_to_xmlschema", "{{ page.date | date_to_xmlschema }}|{{ '2023-10-09' | date_to_xmlschema }}",
             "2023-10-09T15:00:00+00:00|2023-10-09T00:00:00+00:00"},
            {"date_to_rfc822", "{{ page.date | date_to_rfc822 }}", "Mon, 09 Oct 2023 15:00:00 +0000"},
            {"date_to_string", "{{ page.date | date_to_string }}|{{ page.date | date_to_string: 'ordinal' }}",
             "09 Oct 2023|9th Oct 2023"},
            {"date_to_long_string",
             "{{ page.date | date_to_long_string }}|{{ page.date | date_to_long_string: 'ordinal', 'US' }}",
             "09 October 2023|October 9th, 2023"},
        });
    }

    void dateFilters()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void timesShowInTheSiteTimeZone()
    {
        LiquidContext context = fixedContext();
        context.timeZone = QTimeZone("America/Los_Angeles");
        QVERIFY(context.timeZone.isValid());
        context.page.insert(QStringLiteral("date"), QDateTime(QDate(2023, 10, 9), QTime(16, 30), context.timeZone));
        QCOMPARE(render(QStringLiteral("{{ page.date }}|{{ page.date | date_to_xmlschema }}|{{ page.date | date: "
                                       "'%Z' }}|{{ '2023-10-09' | date: '%H:%M %z' }}|{{ '2023-01-15 10:00' | "
                                       "date_to_rfc822 }}"),
                        context),
                 QStringLiteral("2023-10-09 16:30:00 -0700|2023-10-09T16:30:00-07:00|PDT|00:00 -0700|Sun, 15 Jan 2023 "
                                "10:00:00 -0800"));
    }

    void urlFilters_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"relative_url adds baseurl", "{{ '/assets/x.jpg' | relative_url }}|{{ 'assets/x.jpg' | relative_url }}",
             "/blog/assets/x.jpg|/blog/assets/x.jpg"},
            {"relative_url of nothing", "{{ '' | relative_url }}|{{ '/' | relative_url }}", "/blog|/blog/"},
            {"relative_url encodes", "{{ '/a b/é.jpg' | relative_url }}", "/blog/a%20b/%C3%A9.jpg"},
            {"absolute_url", "{{ '/assets/x.jpg' | absolute_url }}|{{ '/' | absolute_url }}",
             "https://example.org/blog/assets/x.jpg|https://example.org/blog/"},
            {"absolute URLs pass", "{{ 'https://a.b/c' | absolute_url }}|{{ 'mailto:a@b.c' | relative_url }}",
             "https://a.b/c|mailto:a@b.c"},
            {"dot segments and escapes", "{{ '/a/../b/./c' | relative_url }}|{{ '%41%2f%e2' | relative_url }}",
             "/blog/b/c|/blog/A/%E2"},
            {"query and fragment", "{{ '?q=1&a=b c' | relative_url }}|{{ '/ä?x=ö#ü' | relative_url }}",
             "/blog/?q=1&a=b%20c|/blog/%C3%A4?x=%C3%B6#%C3%BC"},
        });
    }

    void urlFilters()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void controlFlow_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"assign", "{% assign x = page.title | upcase %}{{ x }}", "PAGE TITLE"},
            {"assign without spaces", "{%assign x=3%}{{x}}", "3"},
            {"assign a list", "{% assign x = 'a,b' | split: ',' %}{{ x[0] }}{{ x[-1] }}{{ x.size }}[{{ x['size'] }}]",
             "ab2[]"},
            {"capture", "{% capture c %}hello {{ page.title }}{% endcapture %}[{{ c }}]", "[hello Page Title]"},
            {"if elsif else",
             "{% if page.n > 5 and page.title contains 'Title' %}yes{% elsif page.n %}mid{% else %}no{% endif %}",
             "yes"},
            {"and or go right to left",
             "{% if false or true and false %}T{% else %}F{% endif %}{% if true or false and "
             "false %}T{% else %}F{% endif %}",
             "FT"},
            {"only nil and false are false",
             "{% if page.empty %}truthy{% endif %}{% if page.empty == empty %}isempty{% endif %}{% if page.nothing == "
             "nil "
             "%}isnil{% endif %}{% if 0 %}zero{% endif %}",
             "truthyisemptyisnilzero"},
            {"equality",
             "{% if 1 == 1.0 %}eq{% endif %}{% if '1' == 1 %}seq{% endif %}{% if nil == false %}nf{% endif "
             "%}{% if '' == blank %}eb{% endif %}",
             "eq"},
            {"comparisons",
             "{% if page.n >= 7 %}a{% endif %}{% if page.n <= 6 %}b{% endif %}{% if page.n != 7 %}c{% endif %}{% if "
             "page.n <> 7 %}d{% endif %}{% if 'b' > 'a' %}e{% endif %}",
             "ae"},
            {"contains",
             "{% if page.tags contains 'a' %}has{% endif %}{% if 'abc' contains 'b' %}sub{% endif %}{% if "
             "page.list contains 2 %}num{% endif %}",
             "hassubnum"},
            {"unless", "{% unless page.nothing %}u{% else %}e{% endunless %}", "u"},
            {"unless with elsif", "{% unless page.n == 7 %}no{% elsif page.n == 7 %}elsif{% else %}else{% endunless %}",
             "elsif"},
            {"case when", "{% case page.n %}{% when 1, 7 %}one-or-seven{% when 2 or 3 %}x{% else %}other{% endcase %}",
             "one-or-seven"},
            {"case runs every match",
             "{% case 'b' %}{% when 'a' %}A{% when 'b' %}B{% when 'b' %}B2{% else %}E{% endcase %}", "BB2"},
            {"case compares types", "{% case page.n %}{% when '7' %}str{% when 7 %}int{% endcase %}", "int"},
            {"for and forloop",
             "{% for t in page.tags %}{{ forloop.index }}{{ forloop.index0 }}{{ forloop.first }}{{ forloop.last }}{{ "
             "forloop.rindex }}{{ forloop.length }}{{ t }};{% endfor %}",
             "10truefalse22a;21falsetrue12b;"},
            {"for limit offset reversed",
             "{% for i in (1..10) limit:3 offset:2 %}{{ i }}{% endfor %}|{% for i in (1..5) reversed %}{{ i }}{% "
             "endfor "
             "%}|{% for i in (1..5) reversed limit:2 %}{{ i }}{% endfor %}",
             "345|54321|21"},
            {"for else",
             "{% for i in page.nothing %}x{% else %}empty{% endfor %}|{% for i in (3..1) %}{{ i }}{% else "
             "%}none{% endfor %}",
             "empty|none"},
            {"for break continue",
             "{% for i in (1..6) %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 5 %}{% break %}{% endif %}{{ i "
             "}}{% "
             "endfor %}",
             "134"},
            {"for over a string and a map",
             "{% for c in 'abc' %}[{{ c }}]{% endfor %}{% for p in page.items[0] %}{{ p[0] "
             "}}={{ p[1] }};{% endfor %}",
             "[abc]name=b;v=2;"},
            {"range with a variable", "{% assign a = 2 %}{% for i in (a..4) %}{{ i }}{% endfor %}", "234"},
            {"parentloop",
             "{% for i in (1..2) %}{% for j in (1..2) %}{{ forloop.parentloop.index }}{{ forloop.index }} "
             "{% endfor %}{% endfor %}",
             "11 12 21 22 "},
            {"offset continue",
             "{% for i in (1..10) limit: 2 %}{{ i }}{% endfor %}{% for i in (1..10) offset: continue "
             "limit: 2 %}{{ i }}{% endfor %}",
             "1234"},
            {"cycle", "{% for i in (1..3) %}{% cycle 'odd', 'even' %}{% endfor %}", "oddevenodd"},
            {"increment and decrement", "{% increment c %}{% increment c %}{% decrement d %}{{ c }}", "01-12"},
            {"raw", "{% raw %}{{ not }} {% if %}{% endraw %}", "{{ not }} {% if %}"},
            {"raw ends inside a token", "{% raw %}{% endraw %}x{% raw %}{{{% endraw %}", "x{{"},
            {"comment", "a{% comment %}x {{ page.title }}{% nonesuch %}{% endcomment %}b{% # inline %}c", "abc"},
            {"echo", "{% echo page.title | upcase %}", "PAGE TITLE"},
        });
    }

    void controlFlow()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void whitespaceControl_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"both sides", "a  {{- page.title -}}  b", "aPage Titleb"},
            {"tags eat newlines", "a\n {%- if true -%}\n X \n{%- endif -%} \nc", "aXc"},
            {"left only", "a\n  {%- if true %}\n  b\n  {%- endif -%}\n  c", "a\n  bc"},
            {"assign line", "{%- assign x = 1 -%}\n\n{{- x -}}\n\n", "1"},
            {"multi-line tags", "{%\n  if page.n == 7\n%}multi{% endif %}|{{ page.title\n | upcase }}",
             "multi|PAGE TITLE"},
        });
    }

    void whitespaceControl()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(render(source), expected);
    }

    void highlight_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"python", "{% highlight python %}\ndef f(x):\n    return x < 1 && \"a\"\n{% endhighlight %}",
             "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\">def f(x):\n    "
             "return "
             "x &lt; 1 &amp;&amp; \"a\"</code></pre></figure>"},
            {"leading and trailing newlines go", "{% highlight c++ %}\n\n\nint x;\n\n\n{% endhighlight %}",
             "<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\">int "
             "x;</code></pre></figure>"},
            {"liquid inside runs",
             "{% highlight text %}{{ page.title }} {% raw %}{{ x }}{% endraw %}{% endhighlight %}",
             "<figure class=\"highlight\"><pre><code class=\"language-text\" data-lang=\"text\">Page Title {{ x "
             "}}</code></pre></figure>"},
            {"html is escaped once", "{% highlight html %}\n<a href=\"x\">'&amp;'</a>\n{% endhighlight %}",
             "<figure class=\"highlight\"><pre><code class=\"language-html\" data-lang=\"html\">&lt;a "
             "href=\"x\"&gt;'&amp;amp;'&lt;/a&gt;</code></pre></figure>"},
            {"line numbers", "A\n{% highlight text linenos %}\na\n\nb\n{% endhighlight %}\nB",
             "A\n<figure class=\"highlight\"><pre><code class=\"language-text\" data-lang=\"text\"><table "
             "class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n3\n</pre></td><td "
             "class=\"code\"><pre>a\n\nb\n</pre></td></tr></tbody></table></code></pre></figure>\nB"},
            {"language is lower-cased", "{% highlight Ruby %}x{% endhighlight %}",
             "<figure class=\"highlight\"><pre><code class=\"language-ruby\" "
             "data-lang=\"ruby\">x</code></pre></figure>"},
        });
    }

    // The structure and the text; the colouring is highlightColoursAsRouge's business.
    void highlight()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        static const QRegularExpression span(QStringLiteral("</?span[^>]*>"));
        QCOMPARE(render(source).remove(span), expected);
    }

    void highlightColoursAsRouge()
    {
        const QString html
            = render(QStringLiteral("{% highlight python %}\ndef f(x):\n    return 1\n{% endhighlight %}"));
        QVERIFY2(html.contains(QStringLiteral("<span class=\"k\">def</span> <span class=\"n")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<span class=\"mi\">1</span>")), qPrintable(html));
        // A language Rouge does not know stays plain text.
        QCOMPARE(render(QStringLiteral("{% highlight nosuchlanguage %}a < b{% endhighlight %}")),
                 QStringLiteral("<figure class=\"highlight\"><pre><code class=\"language-nosuchlanguage\" "
                                "data-lang=\"nosuchlanguage\">a &lt; b</code></pre></figure>"));
    }

    void markers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("code");
        const QString unknownTag
            = QStringLiteral("Masthead cannot preview the Liquid tag “unknown_tag”: neither Liquid "
                             "nor Jekyll has it (a plugin may).");
        QTest::newRow("unknown tag") << QStringLiteral("a {% unknown_tag x %} b")
                                     << QStringLiteral("a ")
                + marker(QStringLiteral("&#123;&#37; unknown&#95;tag x &#37;&#125;"), unknownTag) + QStringLiteral(" b")
                                     << QStringLiteral("liquid-unsupported");
        QTest::newRow("unknown filter")
            << QStringLiteral("{{ 'x' | no_such_filter }}")
            << marker(QStringLiteral("&#123;&#123; &#39;x&#39; &#124; no&#95;such&#95;filter &#125;&#125;"),
                      QStringLiteral("Masthead cannot preview the Liquid filter “no_such_filter”: neither Liquid nor "
                                     "Jekyll has it (a plugin may)."))
            << QStringLiteral("liquid-unsupported");
        QTest::newRow("unclosed if keeps its content")
            << QStringLiteral("{% if x %}unclosed")
            << marker(QStringLiteral("&#123;&#37; if x &#37;&#125;"),
                      QStringLiteral("“if” is never closed with “endif”; Jekyll will not build the page."))
                + QStringLiteral("unclosed")
            << QStringLiteral("liquid-error");
        QTest::newRow("unclosed output")
            << QStringLiteral("{{ unclosed")
            << marker(QStringLiteral("&#123;&#123;"),
                      QStringLiteral("“{{” is never closed with “}}”; Jekyll will not build the page."))
                + QStringLiteral(" unclosed")
            << QStringLiteral("liquid-error");
        QTest::newRow("stray end tag") << QStringLiteral("{{ 'x' | upcase }} {% endif %}")
                                       << QStringLiteral("X ")
                + marker(QStringLiteral("&#123;&#37; endif &#37;&#125;"),
                         QStringLiteral("“endif” closes or continues a block that is not open; Jekyll will not build "
                                        "the page."))
                                       << QStringLiteral("liquid-error");
        QTest::newRow("division by zero")
            << QStringLiteral("{{ 10 | divided_by: 0 }}")
            << marker(QStringLiteral("&#123;&#123; 10 &#124; divided&#95;by&#58; 0 &#125;&#125;"),
                      QStringLiteral("Liquid error in “divided_by”: divided by 0; Jekyll will not build the page."))
            << QStringLiteral("liquid-error");
        QTest::newRow("round to more digits than Ruby's int holds")
            << QStringLiteral("{{ 2.5 | round: 11111111111111 }}")
            << marker(QStringLiteral("&#123;&#123; 2&#46;5 &#124; round&#58; 11111111111111 &#125;&#125;"),
                      QStringLiteral("Liquid error in “round”: invalid integer; Jekyll will not build the page."))
            << QStringLiteral("liquid-error");
        QTest::newRow("smartify") << QStringLiteral("{{ 'x' | smartify }}")
                                  << marker(QStringLiteral("&#123;&#123; &#39;x&#39; &#124; smartify &#125;&#125;"),
                                            QStringLiteral("Masthead cannot preview the Liquid filter “smartify”."))
                                  << QStringLiteral("liquid-unsupported");
    }

    void markers()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        const LiquidResult result = renderLiquid(source, fixedContext());
        QCOMPARE(result.output, expected);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().code, code);
        QCOMPARE(result.problems.first().severity,
                 code == u"liquid-error" ? Problem::Severity::Error : Problem::Severity::Warning);
    }

    void markersAreInert()
    {
        // Neither Liquid nor Markdown may read the marker's text again: no braces, emphasis, code,
        // links or table pipes survive as characters.
        const QString source = QStringLiteral("{% gist *bold* _em_ `code` [a](b) | x \\ <b> & \"q\" 'q' ~s~ #h %}");
        const QString output = render(source);
        const qsizetype textBegin = output.indexOf(u'>') + 1;
        QString text = output.sliced(textBegin, output.lastIndexOf(u'<') - textBegin);
        text.remove(QRegularExpression(QStringLiteral("&#\\d+;")));
        for (const QChar c : QStringLiteral("{}%*_`[]|\\<>\"'~#"))
            QVERIFY2(!text.contains(c), qPrintable(QString(c)));
        QVERIFY(output.startsWith(QStringLiteral("<span class=\"mh-liquid-unsupported\" title=\"")));
        QVERIFY(output.endsWith(QStringLiteral("</span>")));
    }

    void markersStayTextInMarkdownCode_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("marked");
        QTest::newRow("fenced") << u"```\n{% gist 1 %}\n```\n"_s << false;
        QTest::newRow("tilde fence, unclosed") << u"~~~ liquid\n{% gist 1 %}\n"_s << false;
        QTest::newRow("code span") << u"Write `{% gist 1 %}` to embed."_s << false;
        QTest::newRow("double backticks") << u"Write ``a ` {% gist 1 %}`` here."_s << false;
        QTest::newRow("after a closed fence") << u"```\nx\n```\n{% gist 1 %}\n"_s << true;
        QTest::newRow("after a closed code span") << u"`x` and {% gist 1 %} and `y`"_s << true;
        QTest::newRow("unmatched backtick") << u"a ` {% gist 1 %}"_s << true;
    }

    void markersStayTextInMarkdownCode()
    {
        // A marker's HTML would show as source inside Markdown code; there the text stays as written.
        QFETCH(QString, source);
        QFETCH(bool, marked);
        const LiquidResult result = renderLiquid(source, fixedContext());
        QCOMPARE(result.output.contains(QStringLiteral("mh-liquid-unsupported")), marked);
        if (!marked)
            QCOMPARE(result.output, source);
        QCOMPARE(result.problems.size(), 1);
    }

    void problemsCarryDocumentLines()
    {
        LiquidContext context = fixedContext();
        context.documentPath = QStringLiteral("/site/_drafts/x.md");
        context.firstLine = 5; // the body starts on the fifth line of the document
        const LiquidResult result
            = renderLiquid(u"line 5\n\n{% nonesuch %}\n{% for i in (1..3) %}{{ i | nofilter }}{% endfor %}\n", context);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 7);
        QCOMPARE(result.problems.at(0).file, context.documentPath);
        QCOMPARE(result.problems.at(1).line, 8);
    }

    void runawayLoopsStop()
    {
        const LiquidResult result = renderLiquid(
            u"{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}done", fixedContext());
        QVERIFY(result.output.size() < 2'000'000);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().code, QStringLiteral("liquid-unsupported"));
    }

    // Strings and lists made by filters have a budget too, not only loop steps: doubling a string
    // forty times would want terabytes.
    void doublingValuesStop_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("stopped"); // false: bounded some other way (a list is capped), no marker
        QString append = u"{% assign s = 'ab' %}"_s;
        QString concat = u"{% assign s = 'a,b' | split: ',' %}"_s;
        for (int i = 0; i < 40; ++i) {
            append += u"{% assign s = s | append: s %}"_s;
            concat += u"{% assign s = s | concat: s %}"_s;
        }
        QTest::newRow("append") << append + u"{{ s | size }}"_s << true;
        QTest::newRow("concat") << concat + u"{{ s | size }}"_s << false;
        QTest::newRow("in a loop") << u"{% assign s = 'x' %}{% for i in (1..60) %}{% assign s = s | append: s %}"
                                      "{% endfor %}{{ s | size }}"_s
                                   << true;
        QTest::newRow("many big values") << u"{% assign s = 'x' %}{% for i in (1..23) %}{% assign s = s | append: s %}"
                                            "{% endfor %}{% for i in (1..100000) %}{% assign t = s | upcase %}"
                                            "{% endfor %}done"_s
                                         << true;
    }
    void doublingValuesStop()
    {
        QFETCH(QString, source);
        QFETCH(bool, stopped);
        const LiquidResult result = renderLiquid(source, fixedContext());
        QVERIFY(result.output.size() < 1'000'000);
        if (!stopped)
            return;
        QVERIFY(!result.problems.isEmpty());
        QCOMPARE(result.problems.constLast().code, QStringLiteral("liquid-unsupported"));
        QVERIFY(result.output.contains(liquidMarkerClass));
    }

    void pathologicalSourcesFinish_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("ten thousand unclosed blocks") << QStringLiteral("{% if true %}").repeated(10000);
        QTest::newRow("deep brackets") << u"{{ a"_s + u"["_s.repeated(100000) + u" }}"_s;
        QTest::newRow("deep ranges") << u"{{ "_s + u"(1.."_s.repeated(5000) + u" }}"_s;
        QTest::newRow("a list that holds itself")
            << u"{% assign a = 'x' | split: ',' %}{% for i in (1..60) %}{% assign a = a | push: a %}{% endfor %}"
               "{{ a | size }}{{ a }}{{ a | jsonify | size }}{{ a | join | size }}"_s;
        QTest::newRow("a huge output") << u"{% capture x %}{% for i in (1..1000) %}0123456789{% endfor %}{% endcapture "
                                          "%}{% for i in (1..100000) %}{{ x }}{% endfor %}"_s;
    }

    void pathologicalSourcesFinish()
    {
        QFETCH(QString, source);
        const LiquidResult result = renderLiquid(source, fixedContext());
        QVERIFY(result.output.size() < 100'000'000);
    }

    void includes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        addRows({
            {"parameters", "{% include note.html param=\"value\" other=page.title %}",
             "<div class=\"note\">value|Doc|Doc</div>\n"},
            {"escaped quote", "{% include note.html param='it\\'s' %}", "<div class=\"note\">it's||Doc</div>\n"},
            {"nested", "{% include outer.html x=\"1\" %}", "[1]<deep/>"},
            {"variable name", "{% assign f = 'note.html' %}{% include {{ f }} param=3 %}",
             "<div class=\"note\">3||Doc</div>\n"},
            {"in a capture", "{% capture x %}{% include note.html param='a' %}{% endcapture %}{{ x | strip }}",
             "<div class=\"note\">a||Doc</div>"},
            {"include_relative", "{% include_relative sibling.txt %}", "sibling: Doc\n"},
        });
    }

    void includes()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        TestSite site;
        site.write("_posts/sibling.txt", "sibling: {{ page.title }}\n");
        const LiquidResult result = site.render(QStringLiteral("_posts/2023-10-09-hello-world.md"), source);
        QCOMPARE(result.output, expected);
        QVERIFY(result.problems.isEmpty());
    }

    // Each output line knows the source line it came from, for scroll sync: an include's lines come
    // from the include's line, and the text after it keeps its own lines.
    void outputLinesMapToSourceLines_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("an include of three lines")
            << u"A\n{% include three.html %}\nB\nC\n"_s << QList<int> {0, 1, 1, 1, 1, 2, 3, 4};
        QTest::newRow("a comment over three lines")
            << u"A\n{% comment %}\nx\ny\n{% endcomment %}\nB\n"_s << QList<int> {0, 4, 5, 6};
        QTest::newRow("a loop writes its body twice")
            << u"{% for i in (1..2) %}\nline {{ i }}\n{% endfor %}\nEnd\n"_s << QList<int> {0, 1, 0, 1, 2, 3, 4};
        QTest::newRow("a value inside a line") << u"A {{ page.title }} a\nB\n"_s << QList<int> {0, 1, 2};
    }

    void outputLinesMapToSourceLines()
    {
        QFETCH(QString, source);
        QFETCH(QList<int>, lines);
        TestSite site;
        const LiquidResult result = site.render(QStringLiteral("_posts/2023-10-09-hello-world.md"), source);
        QCOMPARE(result.sourceLines.size(), result.output.count(u'\n') + 1);
        QCOMPARE(result.sourceLines, lines);
    }

    void includeProblems()
    {
        TestSite site;
        const QString post = QStringLiteral("_posts/2023-10-09-hello-world.md");
        LiquidResult result = site.render(post, QStringLiteral("{% include missing.html %}"));
        QVERIFY(result.output.startsWith(QStringLiteral("<span class=\"mh-liquid-unsupported\"")));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().severity, Problem::Severity::Error);

        result = site.render(post, QStringLiteral("{% include self.html %}"));
        QCOMPARE(result.problems.size(), 1); // the same problem, reported once
        QVERIFY(result.problems.first().message.contains(QStringLiteral("nest")));

        // An include that includes itself twice (as a git pull could make it) would render 2^16 times
        // at the depth limit, each time doubling its text: the budgets stop it with a marker.
        site.write("_includes/twice.html", "{% include twice.html %}{% include twice.html %}0123456789");
        result = site.render(post, QStringLiteral("{% include twice.html %}after"));
        // At most the output budget (64 Mi characters), which a 50 MB post must fit in.
        QVERIFY(result.output.size() < 70'000'000);
        QVERIFY(result.output.contains(liquidMarkerClass));
        QVERIFY(!result.problems.isEmpty());

        result = site.render(post, QStringLiteral("{% include ../_config.yml %}"));
        QCOMPARE(result.problems.first().code, QStringLiteral("liquid-error"));

        // A problem inside an include points into the include.
        result = site.render(post, QStringLiteral("x\n{% include broken.html %}"));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().file, site.path(QStringLiteral("_includes/broken.html")));
        QCOMPARE(result.problems.first().line, 2);
    }

    void postUrlAndLink_data()
    {
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QStringList>("expected"); // the URLs of the sources below, in order

        // Checked against `jekyll build` of the same site with each permalink setting.
        QTest::newRow("date (default)") << QString()
                                        << QStringList {
                                               u"/blog/weekly/2023/10/09/hello-world.html"_s,
                                               u"/blog/about.html"_s,
                                               u"/blog/assets/x.txt"_s,
                                               u"/blog/assets/x.txt"_s,
                                               u"/blog/cat/sub/extra/2023/10/11/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                               u"/blog/docs/guide.html"_s,
                                               u"/blog/weekly/2023/10/09/hello-world.html"_s,
                                               u"/blog/cat/sub/extra/2023/10/11/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                               u"/blog/cat/sub/extra/2023/10/11/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                               u"/blog/2023/10/12/Custom-Slug.html"_s,
                                               u"/blog/one%20two/2023/10/11/quoted.html"_s,
                                           };
        QTest::newRow("pretty") << u"pretty"_s
                                << QStringList {
                                       u"/blog/weekly/2023/10/09/hello-world/"_s,
                                       u"/blog/about/"_s,
                                       u"/blog/assets/x.txt"_s,
                                       u"/blog/assets/x.txt"_s,
                                       u"/blog/cat/sub/extra/2023/10/11/%C3%9Cn%C3%AFcode_Title.Here!/"_s,
                                       u"/blog/docs/guide/"_s,
                                       u"/blog/weekly/2023/10/09/hello-world/"_s,
                                       u"/blog/cat/sub/extra/2023/10/11/%C3%9Cn%C3%AFcode_Title.Here!/"_s,
                                       u"/blog/cat/sub/extra/2023/10/11/%C3%9Cn%C3%AFcode_Title.Here!/"_s,
                                       u"/blog/2023/10/12/Custom-Slug/"_s,
                                       u"/blog/one%20two/2023/10/11/quoted/"_s,
                                   };
        QTest::newRow("ordinal") << u"ordinal"_s
                                 << QStringList {
                                        u"/blog/weekly/2023/282/hello-world.html"_s,
                                        u"/blog/about.html"_s,
                                        u"/blog/assets/x.txt"_s,
                                        u"/blog/assets/x.txt"_s,
                                        u"/blog/cat/sub/extra/2023/284/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                        u"/blog/docs/guide.html"_s,
                                        u"/blog/weekly/2023/282/hello-world.html"_s,
                                        u"/blog/cat/sub/extra/2023/284/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                        u"/blog/cat/sub/extra/2023/284/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                        u"/blog/2023/285/Custom-Slug.html"_s,
                                        u"/blog/one%20two/2023/284/quoted.html"_s,
                                    };
        QTest::newRow("weekdate") << u"weekdate"_s
                                  << QStringList {
                                         u"/blog/weekly/2023/W41/Mon/hello-world.html"_s,
                                         u"/blog/about"_s,
                                         u"/blog/assets/x.txt"_s,
                                         u"/blog/assets/x.txt"_s,
                                         u"/blog/cat/sub/extra/2023/W41/Wed/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                         u"/blog/docs/guide"_s,
                                         u"/blog/weekly/2023/W41/Mon/hello-world.html"_s,
                                         u"/blog/cat/sub/extra/2023/W41/Wed/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                         u"/blog/cat/sub/extra/2023/W41/Wed/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                         u"/blog/2023/W41/Thu/Custom-Slug.html"_s,
                                         u"/blog/one%20two/2023/W41/Wed/quoted.html"_s,
                                     };
        QTest::newRow("none") << u"none"_s
                              << QStringList {
                                     u"/blog/weekly/hello-world.html"_s,
                                     u"/blog/about.html"_s,
                                     u"/blog/assets/x.txt"_s,
                                     u"/blog/assets/x.txt"_s,
                                     u"/blog/cat/sub/extra/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                     u"/blog/docs/guide.html"_s,
                                     u"/blog/weekly/hello-world.html"_s,
                                     u"/blog/cat/sub/extra/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                     u"/blog/cat/sub/extra/%C3%9Cn%C3%AFcode_Title.Here!.html"_s,
                                     u"/blog/Custom-Slug.html"_s,
                                     u"/blog/one%20two/quoted.html"_s,
                                 };
        QTest::newRow("custom with :i_month :i_day :short_year :slug")
            << u"/:year/:i_month/:i_day/:short_year/:slug:output_ext"_s
            << QStringList {
                   u"/blog/2023/10/9/23/hello-world.html"_s,
                   u"/blog/about.html"_s,
                   u"/blog/assets/x.txt"_s,
                   u"/blog/assets/x.txt"_s,
                   u"/blog/2023/10/11/23/%C3%BCn%C3%AFcode-title-here.html"_s,
                   u"/blog/docs/guide.html"_s,
                   u"/blog/2023/10/9/23/hello-world.html"_s,
                   u"/blog/2023/10/11/23/%C3%BCn%C3%AFcode-title-here.html"_s,
                   u"/blog/2023/10/11/23/%C3%BCn%C3%AFcode-title-here.html"_s,
                   u"/blog/2023/10/12/23/custom-slug.html"_s,
                   u"/blog/2023/10/11/23/quoted.html"_s,
               };
        QTest::newRow("custom with :categories and a slash")
            << u"/:categories/:title/"_s
            << QStringList {
                   u"/blog/weekly/hello-world/"_s,
                   u"/blog/about/"_s,
                   u"/blog/assets/x.txt"_s,
                   u"/blog/assets/x.txt"_s,
                   u"/blog/cat/sub/extra/%C3%9Cn%C3%AFcode_Title.Here!/"_s,
                   u"/blog/docs/guide/"_s,
                   u"/blog/weekly/hello-world/"_s,
                   u"/blog/cat/sub/extra/%C3%9Cn%C3%AFcode_Title.Here!/"_s,
                   u"/blog/cat/sub/extra/%C3%9Cn%C3%AFcode_Title.Here!/"_s,
                   u"/blog/Custom-Slug/"_s,
                   u"/blog/one%20two/quoted/"_s,
               };
        QTest::newRow("custom without extension") << u"/:year/:month/:title"_s
                                                  << QStringList {
                                                         u"/blog/2023/10/hello-world"_s,
                                                         u"/blog/about"_s,
                                                         u"/blog/assets/x.txt"_s,
                                                         u"/blog/assets/x.txt"_s,
                                                         u"/blog/2023/10/%C3%9Cn%C3%AFcode_Title.Here!"_s,
                                                         u"/blog/docs/guide"_s,
                                                         u"/blog/2023/10/hello-world"_s,
                                                         u"/blog/2023/10/%C3%9Cn%C3%AFcode_Title.Here!"_s,
                                                         u"/blog/2023/10/%C3%9Cn%C3%AFcode_Title.Here!"_s,
                                                         u"/blog/2023/10/Custom-Slug"_s,
                                                         u"/blog/2023/10/quoted"_s,
                                                     };
    }

    void postUrlAndLink()
    {
        QFETCH(QString, permalink);
        QFETCH(QStringList, expected);
        TestSite site(permalink.isEmpty() ? QByteArray() : "permalink: " + permalink.toUtf8() + '\n');
        const QStringList sources {
            u"{% link _posts/2023-10-09-hello-world.md %}"_s,
            u"{% link about.md %}"_s,
            u"{% link assets/x.txt %}"_s,
            u"{% link /assets/x.txt %}"_s,
            u"{% link cat/sub/_posts/2023-10-11-Ünïcode_Title.Here!.md %}"_s,
            u"{% link docs/guide.html %}"_s,
            u"{% post_url 2023-10-09-hello-world %}"_s,
            u"{% post_url 2023-10-11-Ünïcode_Title.Here! %}"_s,
            u"{% post_url cat/sub/2023-10-11-Ünïcode_Title.Here! %}"_s,
            u"{% post_url 2023-10-12-md-post %}"_s,
            u"{% post_url 2023-10-10-quoted %}"_s,
        };
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const LiquidResult result = site.render(QStringLiteral("_drafts/2023-10-17-second.md"), sources.at(i));
            QCOMPARE(result.output, expected.at(i));
            QVERIFY(result.problems.isEmpty());
        }
    }

    void linkAndPostUrlProblems_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("missing file") << QStringLiteral("{% link _posts/2023-01-01-nothing.md %}");
        QTest::newRow("includes are not pages") << QStringLiteral("{% link _includes/note.html %}");
        QTest::newRow("missing post") << QStringLiteral("{% post_url 2023-01-01-nothing %}");
        QTest::newRow("not a post name") << QStringLiteral("{% post_url hello %}");
    }

    void linkAndPostUrlProblems()
    {
        QFETCH(QString, source);
        TestSite site;
        const LiquidResult result = site.render(QStringLiteral("_drafts/2023-10-17-second.md"), source);
        QVERIFY(result.output.startsWith(QStringLiteral("<span class=\"mh-liquid-unsupported\"")));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().code, QStringLiteral("liquid-error"));
    }

    void outsideASiteTagsNeedingOneAreMarked()
    {
        const LiquidResult result = renderLiquid(u"{% include x.html %}{% link a.md %}{% post_url 2023-01-01-a %}", {});
        QCOMPARE(result.problems.size(), 3);
        QCOMPARE(result.output.count(QStringLiteral("mh-liquid-unsupported")), 3);
    }

    void pageVariables_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("expected");
        // Checked against the same files built by Jekyll.
        QTest::newRow("post")
            << u"_posts/2023-10-09-hello-world.md"_s
            << u"date=[2023-10-09 15:00:00 +0000] url=[/weekly/2023/10/09/hello-world.html] "
               "id=[/weekly/2023/10/09/hello-world] path=[_posts/2023-10-09-hello-world.md] slug=[hello-world] "
               "cats=[weekly] tags=[0] coll=[posts] title=[Hello] name=[2023-10-09-hello-world.md] ext=[.md]"_s;
        QTest::newRow("post with a quoted date and category")
            << u"_posts/2023-10-10-quoted.md"_s
            << u"date=[2023-10-11 07:30:00 +0000] url=[/one%20two/2023/10/11/quoted.html] "
               u"id=[/one%20two/2023/10/11/quoted] "
               "path=[_posts/2023-10-10-quoted.md] slug=[quoted] cats=[One Two] tags=[0] coll=[posts] title=[Quoted] "
               "name=[2023-10-10-quoted.md] ext=[.md]"_s;
        QTest::newRow("post in a category folder")
            << u"cat/sub/_posts/2023-10-11-Ünïcode_Title.Here!.md"_s
            << u"date=[2023-10-11 00:00:00 +0000] url=[/cat/sub/extra/2023/10/11/%C3%9Cn%C3%AFcode_Title.Here!.html] "
               "id=[/cat/sub/extra/2023/10/11/Ünïcode_Title.Here!] "
               "path=[cat/sub/_posts/2023-10-11-Ünïcode_Title.Here!.md] "
               "slug=[Ünïcode_Title.Here!] cats=[cat,sub,Extra] tags=[0] coll=[posts] title=[Ünïcode_title.here!] "
               "name=[2023-10-11-Ünïcode_Title.Here!.md] ext=[.md]"_s;
        QTest::newRow("draft as jekyll --drafts reads it")
            << u"_drafts/2023-10-17-second.md"_s
            << u"date=[2023-10-17 00:00:00 +0000] url=[/news/2023/10/17/second.html] id=[/news/2023/10/17/second] "
               "path=[_drafts/2023-10-17-second.md] slug=[second] cats=[news] tags=[0] coll=[posts] title=[Second] "
               "name=[2023-10-17-second.md] ext=[.md]"_s;
        QTest::newRow("page") << u"about.md"_s
                              << u"date=[] url=[/about.html] id=[] path=[about.md] slug=[] cats=[] tags=[0] coll=[] "
                                 "title=[About] name=[about.md] ext=[]"_s;
    }

    void pageVariables()
    {
        QFETCH(QString, document);
        QFETCH(QString, expected);
        TestSite site;
        const QString source = u"date=[{{ page.date }}] url=[{{ page.url }}] id=[{{ page.id }}] path=[{{ page.path }}] "
                               "slug=[{{ page.slug }}] cats=[{{ page.categories | join: \",\" }}] tags=[{{ page.tags | "
                               "size }}] coll=[{{ page.collection }}] title=[{{ page.title }}] name=[{{ page.name }}] "
                               "ext=[{{ page.ext }}]"_s;
        const QString text = QString::fromUtf8(readAll(site.path(document)));
        const LiquidContext context = liquidContextFor(site.path(document), text);
        QCOMPARE(renderLiquid(source, context).output, expected);
    }

    void draftsCollection()
    {
        // The newsletter renders _drafts as a collection: drafts get /drafts/ URLs (checked with Jekyll).
        TestSite site("collections:\n  drafts:\n    output: true\n");
        const QString document = site.path(QStringLiteral("_drafts/2023-10-17-second.md"));
        const LiquidContext context = liquidContextFor(document, QString::fromUtf8(readAll(document)));
        QCOMPARE(
            renderLiquid(u"url=[{{ page.url }}] date=[{{ page.date }}] coll=[{{ page.collection }}] id=[{{ page.id "
                         "}}] cats=[{{ page.categories | join: \",\" }}] draft=[{{ page.draft }}] {% link "
                         "_drafts/2023-10-17-second.md %}",
                         context)
                .output,
            QStringLiteral("url=[/drafts/2023-10-17-second.html] date=[2023-10-17 00:00:00 +0000] coll=[drafts] "
                           "id=[/drafts/second] cats=[news] draft=[false] /blog/drafts/2023-10-17-second.html"));
    }

    void siteVariables()
    {
        // Checked with Jekyll: site.posts is newest first (in the site's zone), drafts left out.
        TestSite site;
        const LiquidResult result = site.render(
            QStringLiteral("_posts/2023-10-09-hello-world.md"),
            QStringLiteral(
                "{{ site.data.members[0].name }}{{ site.data.members.size }}{{ site.data.nested.inner.key }}|"
                "{{ site.posts | size }}|{{ site.posts | map: 'title' | join: ',' }}|{{ site.posts.first.url "
                "}}|{{ site.permalink }}|{{ site.time | date: '%Y' | size }}"));
        QCOMPARE(
            result.output,
            QStringLiteral("Ann2deep|4|Md Post,Quoted,Ünïcode_title.here!,Hello|/2023/10/12/Custom-Slug.html|date|4"));
    }

    void theRenderFixtureMatchesJekyll()
    {
        // tests/data/render/liquid.md as real Jekyll's Liquid stage renders it (the page saved as .html,
        // so that kramdown does not run), Rouge's spans left out.
        const QString path = QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/render/liquid.md");
        const QString text = QString::fromUtf8(readAll(path));
        const LiquidContext context = liquidContextFor(path, text);
        QCOMPARE(context.firstLine, 6);
        const QString body = text.sliced(text.indexOf(QStringLiteral("\n---\n"), 3) + 6);
        const LiquidResult result = renderLiquid(body, context);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(QString(result.output).remove(QRegularExpression(QStringLiteral("</?span[^>]*>"))),
                 QStringLiteral(R"(Site: Render fixtures by Anne Editor, page: Liquid "first".

Date: October 9, 2023; upper: LIQUID "FIRST"; default: none.

URLs: /newsletter/assets/x.jpg and https://example.org/newsletter/about/; escaped: &lt;b&gt;&amp;&lt;/b&gt;.

Raw: {{ not.evaluated }}

Comment gone.

Last week: [link](/newsletter/weekly/2023/10/02/last-week.html) and [file](/newsletter/weekly/2023/10/02/last-week.html).

<aside class="note">Included (tip)</aside>


<figure class="highlight"><pre><code class="language-python" data-lang="python">print("hi")</code></pre></figure>

Big: 123
)"));
    }

    void yamlValues_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("json");
        // Psych's reading, checked with Jekyll's jsonify of front matter values.
        QTest::newRow("booleans") << QByteArray("[yes, on, true, no, off, false, Yes please]")
                                  << QStringLiteral("[true,true,true,false,false,false,\"Yes please\"]");
        QTest::newRow("integers") << QByteArray("[0123, 1_000, 0x1F, +12, 08, '007', 1,000]")
                                  << QStringLiteral("[83,1000,31,12,\"08\",\"007\",1,0]");
        QTest::newRow("sexagesimal") << QByteArray("[1:30, 12:30:45]") << QStringLiteral("[5400,45045]");
        QTest::newRow("floats") << QByteArray("[1.5, .5, -0.0, 1e3]") << QStringLiteral("[1.5,0.5,-0.0,\"1e3\"]");
        QTest::newRow("nulls and dates") << QByteArray("[~, null, 2023-10-09]")
                                         << QStringLiteral("[null,null,\"2023-10-09\"]");
        QTest::newRow("nested") << QByteArray("a: [1, two, 3.0]\nb: {x: 1}\n")
                                << QStringLiteral("{\"a\":[1,\"two\",3.0],\"b\":{\"x\":1}}");
        QTest::newRow("invalid") << QByteArray("a: [") << QStringLiteral("null");
    }

    void yamlValues()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, json);
        QCOMPARE(LiquidValue::fromYaml(yaml).toJson(), json);
    }
};

QTEST_GUILESS_MAIN(LiquidTest)
#include "liquid_test.moc"
