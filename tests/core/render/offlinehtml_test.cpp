// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/offlinehtml.h"

#include <QTest>

using namespace Masthead;
using namespace Qt::StringLiterals;

class OfflineHtmlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesWhatConnects_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &html, const QString &expected) {
            QTest::newRow(name) << html << expected;
        };
        row("preconnect", u"<p>a</p><link rel=\"preconnect\" href=\"http://127.0.0.1:9/\"><p>b</p>"_s,
            u"<p>a</p><p>b</p>"_s);
        row("preconnect, upper case, unquoted", u"<LINK REL=PRECONNECT HREF=http://x/>z"_s, u"z"_s);
        row("two rel tokens", u"<link rel='dns-prefetch preconnect' href='//x'>z"_s, u"z"_s);
        row("prefetch", u"<link href=\"http://x/n\" rel=\"prefetch\">z"_s, u"z"_s);
        row("prerender", u"<link rel=prerender href=http://x/n>z"_s, u"z"_s);
        row("preload", u"<link rel=\"preload\" as=\"image\" href=\"http://x/i.png\">z"_s, u"z"_s);
        row("modulepreload", u"<link rel=\"modulepreload\" href=\"http://x/m.js\">z"_s, u"z"_s);
        row("a > inside a quoted value", u"<link title=\"a>b\" rel=\"preconnect\" href=\"http://x/\">z"_s, u"z"_s);
        row("meta refresh", u"<meta http-equiv=\"refresh\" content=\"0; url=http://x/\">z"_s, u"z"_s);
        row("speculation rules", u"<script type=\"speculationrules\">{\"prefetch\":[]}</script>z"_s, u"z"_s);
        row("script without end", u"a<script src=\"http://x/s.js\">"_s, u"a"_s);
        row("stylesheet stays", u"<link rel=\"stylesheet\" href=\"/css/site.css\">"_s,
            u"<link rel=\"stylesheet\" href=\"/css/site.css\">"_s);
        row("meta without http-equiv stays", u"<meta name=\"x\" content=\"y\">"_s,
            u"<meta name=\"x\" content=\"y\">"_s);
        row("local image stays", u"<img src=\"../assets/x.jpg\" alt=\"x\" />"_s,
            u"<img src=\"../assets/x.jpg\" alt=\"x\" />"_s);
        row("data image stays", u"<img src=\"data:image/png;base64,AAAA\">"_s,
            u"<img src=\"data:image/png;base64,AAAA\">"_s);
        row("code stays text", u"<pre><code>&lt;link rel=\"preconnect\"&gt;</code></pre>"_s,
            u"<pre><code>&lt;link rel=\"preconnect\"&gt;</code></pre>"_s);
        row("linked, not a link", u"<p>linkage</p>"_s, u"<p>linkage</p>"_s);
    }

    void removesWhatConnects()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(offlineHtml(html), expected);
    }

    void remoteImagesBecomePlaceholders_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("address");
        QTest::newRow("https") << u"<img src=\"https://example.com/a.jpg?w=1&amp;h=2\" alt=\"Board\" />"_s
                               << u"https://example.com/a.jpg?w=1&h=2"_s;
        QTest::newRow("http upper case") << u"<IMG SRC=HTTP://x/a.png>"_s << u"HTTP://x/a.png"_s;
        QTest::newRow("protocol-relative") << u"<img alt='' src='//cdn.x/a.png'>"_s << u"//cdn.x/a.png"_s;
        QTest::newRow("spaces before") << u"<img src=\"  https://x/a.png\">"_s << u"  https://x/a.png"_s;
    }

    void remoteImagesBecomePlaceholders()
    {
        QFETCH(QString, html);
        QFETCH(QString, address);
        const QString out = offlineHtml(u"<p>"_s + html + u"</p>"_s);
        QVERIFY2(!out.contains(u"<img"_s, Qt::CaseInsensitive), qPrintable(out));
        QVERIFY2(out.contains(u"class=\"mh-remote-image\""_s), qPrintable(out));
        QVERIFY2(out.contains(u"<span class=\"mh-remote-image-url\">"_s + address.toHtmlEscaped() + u"</span>"_s),
                 qPrintable(out));
        QVERIFY(out.startsWith(u"<p><span"_s) && out.endsWith(u"</span></p>"_s));
    }

    void altTextIsShownEscaped()
    {
        const QString out = offlineHtml(u"<img src=\"https://x/a.png\" alt=\"a &lt;b&gt; &amp; c\">"_s);
        QVERIFY2(out.contains(u"<span class=\"mh-remote-image-alt\">a &lt;b&gt; &amp; c</span>"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(OfflineHtmlTest)
#include "offlinehtml_test.moc"
