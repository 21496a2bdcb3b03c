// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/postrenderer.h"

#include "core/liquid/liquid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Masthead
{
namespace
{
class RendererMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Renderer)
};

QString renderTitleCard(const FrontMatter &fm)
{
    QString html = QStringLiteral("<header class=\"mh-title-card\">");
    if (!fm.title().isEmpty())
        html += QStringLiteral("<h1 class=\"mh-title\">%1</h1>").arg(fm.title().toHtmlEscaped());
    QStringList meta;
    if (!fm.dateText().isEmpty())
        meta += QStringLiteral("<time>%1</time>").arg(fm.dateText().toHtmlEscaped());
    for (const QString &category : fm.categories())
        meta += QStringLiteral("<span class=\"mh-category\">%1</span>").arg(category.toHtmlEscaped());
    for (const QString &tag : fm.tags())
        meta += QStringLiteral("<span class=\"mh-tag\">#%1</span>").arg(tag.toHtmlEscaped());
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"mh-meta\">%1</p>").arg(meta.join(QLatin1Char(' ')));
    html += QStringLiteral("</header>");
    return html;
}
} // namespace

RenderedPost renderPost(QStringView documentText, const RenderOptions &options)
{
    RenderedPost post;
    const FrontMatterBlock block = locateFrontMatter(documentText);
    MarkdownOptions bodyOptions = options;
    if (block.present) {
        bodyOptions.firstLine = block.bodyFirstLine + 1;
        const QStringView yaml = documentText.sliced(block.yamlBegin, block.yamlEnd - block.yamlBegin);
        if (auto fm = FrontMatter::parse(yaml, 2)) {
            post.titleCardHtml = renderTitleCard(*fm);
        } else {
            post.frontMatterError = fm.error();
            post.titleCardHtml
                = QStringLiteral("<header class=\"mh-title-card mh-error\"><p>%1</p></header>")
                      .arg(RendererMessages::tr("The front matter is not valid YAML (line %1, column %2): %3")
                               .arg(fm.error().line)
                               .arg(fm.error().column)
                               .arg(fm.error().message)
                               .toHtmlEscaped());
        }
    }
    QStringView body = documentText.sliced(block.bodyBegin);
    QString liquidOutput;
    QList<int> sourceLines; // of the Liquid output's lines, when Liquid ran
    if (options.liquid && (body.contains(QLatin1String("{{")) || body.contains(QLatin1String("{%")))) {
        LiquidContext context = *options.liquid;
        setLiquidPage(context, options.documentPath, documentText);
        LiquidResult liquid = renderLiquid(body, context);
        liquidOutput = std::move(liquid.output);
        post.problems = std::move(liquid.problems);
        sourceLines = std::move(liquid.sourceLines);
        body = liquidOutput;
    }
    // A {% highlight %} block becomes a <figure> whose code may hold blank lines; cmark would end the
    // HTML block at the first one, kramdown does not. Each figure is swapped for an HTML comment of
    // as many lines, which cmark keeps whole, and put back afterwards.
    QList<QString> figures;
    if (liquidOutput.contains(QLatin1String("<figure class=\"highlight\">"))) {
        static const QRegularExpression figure(QStringLiteral(R"re(<figure class="highlight">.*?</figure>)re"),
                                               QRegularExpression::DotMatchesEverythingOption);
        QString protectedText;
        qsizetype last = 0;
        for (auto it = figure.globalMatch(liquidOutput); it.hasNext();) {
            const auto m = it.next();
            protectedText += QStringView(liquidOutput).sliced(last, m.capturedStart() - last);
            protectedText += QStringLiteral("<!--mh-figure-%1").arg(figures.size())
                + QString(m.capturedView().count(u'\n'), u'\n') + QStringLiteral("-->");
            figures.append(m.captured());
            last = m.capturedEnd();
        }
        protectedText += QStringView(liquidOutput).sliced(last);
        liquidOutput = std::move(protectedText);
        body = liquidOutput;
    }
    post.bodyHtml = renderMarkdownBlocks(body, bodyOptions, &post.blocks);
    // The blocks' lines are lines of the Liquid output; an include of several lines, or a tag that
    // writes none, would move every line after it away from the source.
    if (!sourceLines.isEmpty()) {
        const int offset = bodyOptions.firstLine - 1;
        auto sourceLine = [&](int line) {
            const qsizetype index = qBound(qsizetype(0), qsizetype(line - offset - 1), sourceLines.size() - 1);
            return sourceLines[index] + 1 + offset;
        };
        for (RenderedBlock &b : post.blocks) {
            b.firstLine = sourceLine(b.firstLine);
            b.lastLine = qMax(b.firstLine, sourceLine(b.lastLine));
        }
    }
    if (!figures.isEmpty()) {
        static const QRegularExpression placeholder(QStringLiteral(R"re(<!--mh-figure-(\d+)\n*-->)re"));
        auto restore = [&](QString &html) {
            if (!html.contains(QLatin1String("<!--mh-figure-")))
                return;
            QString out;
            qsizetype last = 0;
            for (auto it = placeholder.globalMatch(html); it.hasNext();) {
                const auto m = it.next();
                out += QStringView(html).sliced(last, m.capturedStart() - last);
                out += figures.value(m.captured(1).toInt());
                last = m.capturedEnd();
            }
            out += QStringView(html).sliced(last);
            html = std::move(out);
        };
        restore(post.bodyHtml);
        for (RenderedBlock &b : post.blocks)
            restore(b.html);
    }
    return post;
}

} // namespace Masthead
