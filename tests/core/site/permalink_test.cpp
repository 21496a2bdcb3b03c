// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/permalink.h"

#include <QTest>

using namespace Masthead;
using namespace Qt::StringLiterals;

// Expectations come from Jekyll 4.3.4 itself (Utils.slugify, URL.escape_path, the URL filters and
// `jekyll build` of the same files).

class PermalinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("slugs"); // default, pretty, raw, ascii, latin, then pretty and cased

        QTest::newRow("config file") << u"The _config.yml file"_s
                                     << QStringList {u"the-config-yml-file"_s,  u"the-_config.yml-file"_s,
                                                     u"the-_config.yml-file"_s, u"the-config-yml-file"_s,
                                                     u"the-config-yml-file"_s,  u"The-_config.yml-file"_s};
        QTest::newRow("accents and a dash")
            << u"Ünïcode Tïtle — 2023!"_s
            << QStringList {u"ünïcode-tïtle-2023"_s, u"ünïcode-tïtle-2023!"_s, u"ünïcode-tïtle-—-2023!"_s,
                            u"n-code-t-tle-2023"_s,  u"unicode-title-2023"_s,  u"Ünïcode-Tïtle-2023!"_s};
        QTest::newRow("one hyphen trimmed")
            << u"  --Hi--  "_s << QStringList {u"hi"_s, u"hi"_s, u"--hi--"_s, u"hi"_s, u"hi"_s, u"Hi"_s};
        QTest::newRow("symbols") << u"C++ & C#"_s << QStringList {u"c-c"_s, u"c++-&-c"_s, u"c++-&-c#"_s,
                                                                  u"c-c"_s, u"c-c"_s,     u"C++-&-C"_s};
        QTest::newRow("japanese") << u"日本語 タイトル"_s << QStringList {u"日本語-タイトル"_s,
                                                                          u"日本語-タイトル"_s,
                                                                          u"日本語-タイトル"_s,
                                                                          QString(),
                                                                          QString(),
                                                                          u"日本語-タイトル"_s};
        QTest::newRow("runs") << u"a--b__c"_s << QStringList {u"a-b-c"_s, u"a-b__c"_s, u"a--b__c"_s,
                                                              u"a-b-c"_s, u"a-b-c"_s,  u"a-b__c"_s};
        QTest::newRow("french") << u"Ça va? Oui!"_s << QStringList {u"ça-va-oui"_s, u"ça-va-oui!"_s, u"ça-va?-oui!"_s,
                                                                    u"a-va-oui"_s,  u"ca-va-oui"_s,  u"Ça-va-Oui!"_s};
        QTest::newRow("apostrophe") << u"don't stop"_s
                                    << QStringList {u"don-t-stop"_s, u"don't-stop"_s, u"don't-stop"_s,
                                                    u"don-t-stop"_s, u"don-t-stop"_s, u"don't-stop"_s};
        QTest::newRow("dots") << u"x.y.z"_s
                              << QStringList {u"x-y-z"_s, u"x.y.z"_s, u"x.y.z"_s, u"x-y-z"_s, u"x-y-z"_s, u"x.y.z"_s};
    }

    void slugify()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, slugs);
        QCOMPARE(jekyllSlugify(text), slugs.at(0));
        QCOMPARE(jekyllSlugify(text, SlugifyMode::Pretty), slugs.at(1));
        QCOMPARE(jekyllSlugify(text, SlugifyMode::Raw), slugs.at(2));
        QCOMPARE(jekyllSlugify(text, SlugifyMode::Ascii), slugs.at(3));
        QCOMPARE(jekyllSlugify(text, SlugifyMode::Latin), slugs.at(4));
        QCOMPARE(jekyllSlugify(text, SlugifyMode::Pretty, true), slugs.at(5));
    }

    void slugifyModeNames()
    {
        QCOMPARE(slugifyMode(u""), SlugifyMode::Default);
        QCOMPARE(slugifyMode(u"pretty"), SlugifyMode::Pretty);
        QCOMPARE(slugifyMode(u"bogus"), SlugifyMode::None);
        QCOMPARE(jekyllSlugify(u"ÄB c", SlugifyMode::None), u"äb c"_s);
    }

    void escapePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("space") << u"one two"_s << u"one%20two"_s;
        QTest::newRow("unicode") << u"Ünïcode_Title.Here!"_s << u"%C3%9Cn%C3%AFcode_Title.Here!"_s;
        QTest::newRow("query stays") << u"a?b"_s << u"a?b"_s;
        QTest::newRow("hashes") << u"a#b#c"_s << u"a%23b%23c"_s;
        QTest::newRow("percent") << u"a%b"_s << u"a%25b"_s;
        QTest::newRow("brackets") << u"a[b]"_s << u"a%5Bb%5D"_s;
        QTest::newRow("sub-delimiters stay")
            << u"x y/z+w=1&2@3:4;5,6'7(8)*!$~"_s << u"x%20y/z+w=1&2@3:4;5,6'7(8)*!$~"_s;
        QTest::newRow("plain") << u"/2023/10/09/x.html"_s << u"/2023/10/09/x.html"_s;
    }

    void escapePath()
    {
        QFETCH(QString, path);
        QFETCH(QString, escaped);
        QCOMPARE(escapeUrlPath(path), escaped);
    }

    void urlFilters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("baseurl");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("absolute");
        const QString blog = u"/blog"_s;
        const QString site = u"https://Example.org"_s;
        QTest::newRow("empty") << QString() << blog << site << u"/blog"_s << u"https://example.org/blog"_s;
        QTest::newRow("slash") << u"/"_s << blog << site << u"/blog/"_s << u"https://example.org/blog/"_s;
        QTest::newRow("fragment") << u"#x"_s << blog << site << u"/blog/#x"_s << u"https://example.org/blog/#x"_s;
        QTest::newRow("query") << u"?q=1&a=b c"_s << blog << site << u"/blog/?q=1&a=b%20c"_s
                               << u"https://example.org/blog/?q=1&a=b%20c"_s;
        QTest::newRow("no leading slash")
            << u"a b"_s << blog << site << u"/blog/a%20b"_s << u"https://example.org/blog/a%20b"_s;
        QTest::newRow("unicode") << u"é/ü.jpg"_s << blog << site << u"/blog/%C3%A9/%C3%BC.jpg"_s
                                 << u"https://example.org/blog/%C3%A9/%C3%BC.jpg"_s;
        QTest::newRow("dot segments") << u"/a/../b/./c"_s << blog << site << u"/blog/b/c"_s
                                      << u"https://example.org/blog/b/c"_s;
        QTest::newRow("escapes") << u"%41%2f%e2"_s << blog << site << u"/blog/A/%E2"_s
                                 << u"https://example.org/blog/A/%E2"_s;
        QTest::newRow("absolute") << u"http://x.com/a b"_s << blog << site << u"http://x.com/a b"_s
                                  << u"http://x.com/a b"_s;
        QTest::newRow("protocol-relative")
            << u"//cdn.com/x"_s << blog << site << u"/blog//cdn.com/x"_s << u"https://example.org/blog//cdn.com/x"_s;
        QTest::newRow("mailto") << u"mailto:a@b.c"_s << blog << site << u"mailto:a@b.c"_s << u"mailto:a@b.c"_s;
        QTest::newRow("fragment with a space") << u"x.html#Frag ment"_s << blog << site << u"/blog/x.html#Frag%20ment"_s
                                               << u"https://example.org/blog/x.html#Frag%20ment"_s;
        QTest::newRow("double slash stays")
            << u"/a//b"_s << blog << site << u"/blog/a//b"_s << u"https://example.org/blog/a//b"_s;
        QTest::newRow("unicode everywhere") << u"/ä?x=ö#ü"_s << blog << site << u"/blog/%C3%A4?x=%C3%B6#%C3%BC"_s
                                            << u"https://example.org/blog/%C3%A4?x=%C3%B6#%C3%BC"_s;
        QTest::newRow("reserved characters")
            << u"/[x]{y}|z^`\"<>\\"_s << blog << site << u"/blog/%5Bx%5D%7By%7D%7Cz%5E%60%22%3C%3E%5C"_s
            << u"https://example.org/blog/%5Bx%5D%7By%7D%7Cz%5E%60%22%3C%3E%5C"_s;
        QTest::newRow("no baseurl, url with a slash")
            << u"/x"_s << QString() << u"https://example.org/"_s << u"/x"_s << u"https://example.org//x"_s;
        QTest::newRow("no baseurl, nothing")
            << QString() << QString() << u"https://example.org/"_s << QString() << u"https://example.org/"_s;
        QTest::newRow("baseurl with a slash, no url")
            << u"a b"_s << u"/blog/"_s << QString() << u"/blog/a%20b"_s << u"/blog/a%20b"_s;
    }

    void urlFilters()
    {
        QFETCH(QString, input);
        QFETCH(QString, baseurl);
        QFETCH(QString, url);
        QFETCH(QString, relative);
        QFETCH(QString, absolute);
        QCOMPARE(relativeUrl(input, baseurl), relative);
        QCOMPARE(absoluteUrl(input, url, baseurl), absolute);
    }

    void styles()
    {
        QCOMPARE(permalinkTemplate(u"date"), u"/:categories/:year/:month/:day/:title:output_ext"_s);
        QCOMPARE(permalinkTemplate(u"pretty"), u"/:categories/:year/:month/:day/:title/"_s);
        QCOMPARE(permalinkTemplate(u"ordinal"), u"/:categories/:year/:y_day/:title:output_ext"_s);
        QCOMPARE(permalinkTemplate(u"weekdate"), u"/:categories/:year/W:week/:short_day/:title:output_ext"_s);
        QCOMPARE(permalinkTemplate(u"none"), u"/:categories/:title:output_ext"_s);
        QCOMPARE(permalinkTemplate(u"/:year/:title/"), u"/:year/:title/"_s);
        QCOMPARE(collectionUrlTemplate({}, u"date"), u"/:collection/:path:output_ext"_s);
        QCOMPARE(collectionUrlTemplate({}, u"pretty"), u"/:collection/:path/"_s);
        QCOMPARE(collectionUrlTemplate({}, u"weekdate"), u"/:collection/:path"_s);
        QCOMPARE(collectionUrlTemplate(u"/d/:name/", u"date"), u"/d/:name/"_s);
    }

    void documentUrls_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("url");
        const QString date = permalinkTemplate(u"date");
        QTest::newRow("date") << u"_posts/2023-10-09-hello-world.md"_s << u"hello-world"_s << QStringList {u"weekly"_s}
                              << QString() << date << u"/weekly/2023/10/09/hello-world.html"_s;
        QTest::newRow("categories lower-cased once each")
            << u"cat/sub/_posts/2023-10-09-x.md"_s << u"x"_s << QStringList {u"cat"_s, u"sub"_s, u"Extra"_s, u"CAT"_s}
            << QString() << date << u"/cat/sub/extra/2023/10/09/x.html"_s;
        QTest::newRow("category with a space") << u"_posts/2023-10-09-q.md"_s << u"q"_s << QStringList {u"One Two"_s}
                                               << QString() << date << u"/one%20two/2023/10/09/q.html"_s;
        QTest::newRow("front matter permalink with underscores")
            << u"_posts/2023-10-09-fm-perm.html"_s << u"fm-perm"_s << QStringList()
            << u"/p/:year_:month_:day/:title.html"_s << date << u"/p/2023_10_09/fm-perm.html"_s;
        QTest::newRow("collection path") << u"_drafts/2023-10-16-draft.md"_s << u"draft"_s << QStringList() << QString()
                                         << collectionUrlTemplate({}, u"date") << u"/drafts/2023-10-16-draft.html"_s;
        QTest::newRow("name and slug") << u"_posts/2023-10-09-A B.md"_s << u"A B"_s << QStringList() << QString()
                                       << u"/:name/:slug/:title:output_ext"_s << u"/2023-10-09-a-b/a-b/A-B.html"_s;
        QTest::newRow("unknown placeholder stays") << u"_posts/2023-10-09-x.md"_s << u"x"_s << QStringList()
                                                   << QString() << u"/:nonsense/:title"_s << u"/:nonsense/x"_s;
    }

    void documentUrls()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, slug);
        QFETCH(QStringList, categories);
        QFETCH(QString, permalink);
        QFETCH(QString, urlTemplate);
        QFETCH(QString, url);
        DocumentUrlFacts facts;
        facts.collection = relativePath.startsWith(u"_drafts") ? u"drafts"_s : u"posts"_s;
        facts.relativePath = relativePath;
        facts.date = QDateTime(QDate(2023, 10, 9), QTime(7, 0), QTimeZone::utc());
        facts.slug = slug;
        facts.categories = categories;
        facts.permalink = permalink;
        QCOMPARE(documentUrl(facts, urlTemplate), url);
    }

    void pageUrls_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("url");
        QTest::newRow("markdown page") << u"about.md"_s << u"date"_s << QString() << u"/about.html"_s;
        QTest::newRow("pretty") << u"about.md"_s << u"pretty"_s << QString() << u"/about/"_s;
        QTest::newRow("weekdate adds nothing") << u"about.md"_s << u"weekdate"_s << QString() << u"/about"_s;
        QTest::newRow("custom with slash")
            << u"docs/guide.html"_s << u"/:categories/:title/"_s << QString() << u"/docs/guide/"_s;
        QTest::newRow("index") << u"sec/index.html"_s << u"date"_s << QString() << u"/sec/"_s;
        QTest::newRow("not html") << u"feed.xml"_s << u"pretty"_s << QString() << u"/feed.xml"_s;
        QTest::newRow("front matter permalink")
            << u"perm.html"_s << u"date"_s << u"/custom/:basename/"_s << u"/custom/perm/"_s;
        QTest::newRow("space") << u"sec/a b.html"_s << u"date"_s << QString() << u"/sec/a%20b.html"_s;
    }

    void pageUrls()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, style);
        QFETCH(QString, permalink);
        QFETCH(QString, url);
        QCOMPARE(pageUrl(relativePath, style, permalink), url);
    }

    void outputExtensions()
    {
        QCOMPARE(outputExtension(u"a.md"), u".html"_s);
        QCOMPARE(outputExtension(u"a.markdown"), u".html"_s);
        QCOMPARE(outputExtension(u"a.html"), u".html"_s);
        QCOMPARE(outputExtension(u"a.scss"), u".css"_s);
        QCOMPARE(outputExtension(u"feed.xml"), u".xml"_s);
    }
};

QTEST_GUILESS_MAIN(PermalinkTest)
#include "permalink_test.moc"
