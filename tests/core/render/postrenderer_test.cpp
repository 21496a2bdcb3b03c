// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/postrenderer.h"
#include "support/sitefixture.h"

#include "core/liquid/liquid.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Masthead;
using namespace MastheadTest;

class PostRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frontMatterBecomesATitleCard()
    {
        const RenderedPost post = renderPost(u"---\ntitle: \"A <b> title\"\ndate: 2023-10-09 07:00:00 -0800\n"
                                             u"categories: weekly\n---\n\n## Headline\n");
        QVERIFY(!post.frontMatterError);
        QVERIFY2(post.titleCardHtml.contains(QStringLiteral("<h1 class=\"mh-title\">A &lt;b&gt; title</h1>")),
                 qPrintable(post.titleCardHtml));
        QVERIFY(post.titleCardHtml.contains(QStringLiteral("2023-10-09 07:00:00 -0800")));
        QVERIFY(post.titleCardHtml.contains(QStringLiteral("weekly")));
        QVERIFY(!post.bodyHtml.contains(QStringLiteral("title:")));
        QVERIFY(!post.bodyHtml.contains(QStringLiteral("<hr")));
        QVERIFY(post.bodyHtml.contains(QStringLiteral("<h2 id=\"headline\">Headline</h2>")));
    }

    void invalidFrontMatterIsShownNotRendered()
    {
        const RenderedPost post = renderPost(u"---\ntitle: [unclosed\n---\nBody\n");
        QVERIFY(post.frontMatterError);
        QVERIFY(post.titleCardHtml.contains(QStringLiteral("not valid YAML")));
        QCOMPARE(post.bodyHtml, QStringLiteral("<p>Body</p>\n"));
    }

    void sourcePositionsAreDocumentLines()
    {
        RenderOptions options;
        options.sourcePositions = true;
        const RenderedPost post = renderPost(u"---\ntitle: x\n---\n\n## Headline\n\nText\n", options);
        QVERIFY2(post.bodyHtml.contains(QStringLiteral("<h2 id=\"headline\" data-sourcepos=\"5:1-5:11\">")),
                 qPrintable(post.bodyHtml));
        QVERIFY2(post.bodyHtml.contains(QStringLiteral("<p data-sourcepos=\"7:1-7:4\">")), qPrintable(post.bodyHtml));
    }

    void highlightBlocksWithBlankLinesStayWhole()
    {
        RenderOptions options;
        options.liquid = std::make_shared<const LiquidContext>();
        const RenderedPost post = renderPost(
            u"Before\n\n{% highlight python %}\nimport board\n\nprint(1)\n{% endhighlight %}\n\nAfter\n", options);
        QVERIFY2(post.problems.isEmpty(), qPrintable(post.problems.value(0).message));
        QCOMPARE(post.blocks.size(), 3);
        // Coloured as Rouge colours it, and whole across the blank line.
        QVERIFY2(QString(post.blocks[1].html)
                     .remove(QRegularExpression(QStringLiteral("</?span[^>]*>")))
                     .contains(QStringLiteral("import board\n\nprint(1)")),
                 qPrintable(post.blocks[1].html));
        QVERIFY(post.blocks[1].html.contains(QStringLiteral("</figure>")));
        QCOMPARE(post.blocks[2].html, QStringLiteral("<p>After</p>\n"));
    }

    // Liquid that writes fewer (or more) lines than it takes must not move the blocks after it.
    void blocksKeepTheirSourceLinesThroughLiquid()
    {
        RenderOptions options;
        options.liquid = std::make_shared<const LiquidContext>();
        const RenderedPost post = renderPost(
            u"---\ntitle: x\n---\n\n{% comment %}\na\nb\n{% endcomment %}\n\n## Head\n\nText {{ page.title }}\n"_s,
            options);
        QCOMPARE(post.blocks.size(), 2);
        QCOMPARE(std::pair(post.blocks[0].firstLine, post.blocks[0].lastLine), std::pair(10, 10));
        QCOMPARE(std::pair(post.blocks[1].firstLine, post.blocks[1].lastLine), std::pair(12, 12));
        QCOMPARE(post.blocks[1].html, u"<p>Text x</p>\n"_s);
    }

    void blocksKnowTheirLines()
    {
        const RenderedPost post = renderPost(
            u"---\ntitle: x\n---\n\n## Head\n\nOne\ntwo\n| a | b |\n|---|---|\n| 1 | 2 |\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- x\n- y\n"_s);
        QCOMPARE(post.blocks.size(), 4);
        auto lines = [&](int i) {
            return std::pair {post.blocks[i].firstLine, post.blocks[i].lastLine};
        };
        QCOMPARE(lines(0), std::pair(5, 5));
        // As in kramdown, table lines right under a paragraph's lines are text of the paragraph.
        QCOMPARE(lines(1), std::pair(7, 11));
        QVERIFY(post.blocks[1].html.startsWith(QStringLiteral("<p>")));
        QCOMPARE(lines(2), std::pair(13, 15));
        QVERIFY(post.blocks[2].html.startsWith(QStringLiteral("<table")));
        QCOMPARE(lines(3), std::pair(17, 18));
    }

    void rendersTheNewsletterSeed()
    {
        const RenderedPost post = renderPost(seedText());
        QVERIFY(post.titleCardHtml.contains(QStringLiteral("Featured story title here!")));
        QCOMPARE(post.bodyHtml.count(QStringLiteral("<h2 id=")), 21);
        QVERIFY(post.bodyHtml.contains(QStringLiteral("<h2 id=\"feature-1\">Feature</h2>")));
        QVERIFY(post.bodyHtml.contains(
            QStringLiteral("<img src=\"../assets/20231009/20231009p312.jpg\" alt=\"Python 3.12.0\" />")));
    }
};

QTEST_GUILESS_MAIN(PostRendererTest)
#include "postrenderer_test.moc"
