// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdownrenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace Masthead
{
namespace
{
struct ParserDeleter {
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// cmark counts lines from the start of its input; shift data-sourcepos to document lines.
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

QString shiftSourcePositions(const QString &html, int offset)
{
    if (offset == 0)
        return html;
    static const QRegularExpression pos(QStringLiteral(R"re(data-sourcepos="(\d+):(\d+)-(\d+):(\d+)")re"));
    QString out;
    out.reserve(html.size() + html.size() / 16);
    qsizetype last = 0;
    auto it = pos.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(html).sliced(last, m.capturedStart() - last);
        out += QStringLiteral("data-sourcepos=\"%1:%2-%3:%4\"")
                   .arg(m.captured(1).toInt() + offset)
                   .arg(m.captured(2))
                   .arg(m.captured(3).toInt() + offset)
                   .arg(m.captured(4));
        last = m.capturedEnd();
    }
    out += QStringView(html).sliced(last);
    return out;
}
} // namespace

QString renderMarkdown(QStringView markdown, const RenderOptions &options)
{
    ensureExtensionsRegistered();
    int cmarkOptions = CMARK_OPT_UNSAFE | CMARK_OPT_SMART;
    if (options.sourcePositions)
        cmarkOptions |= CMARK_OPT_SOURCEPOS;

    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(cmarkOptions));
    for (const char *name : {"table", "strikethrough", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));

    char *html = cmark_render_html(document.get(), cmarkOptions, cmark_parser_get_syntax_extensions(parser.get()));
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);

    if (options.sourcePositions)
        result = shiftSourcePositions(result, options.firstLine - 1);
    return result;
}

RenderedPost renderPost(QStringView documentText, const RenderOptions &options)
{
    RenderedPost post;
    const FrontMatterBlock block = locateFrontMatter(documentText);
    RenderOptions bodyOptions = options;
    if (block.present) {
        bodyOptions.firstLine = block.bodyFirstLine + 1;
        const QStringView yaml = documentText.sliced(block.yamlBegin, block.yamlEnd - block.yamlBegin);
        if (auto fm = FrontMatter::parse(yaml, 2)) {
            post.titleCardHtml = renderTitleCard(*fm);
        } else {
            post.frontMatterError = fm.error();
            post.titleCardHtml = QStringLiteral("<header class=\"mh-title-card mh-error\"><p>%1</p></header>")
                                     .arg(QCoreApplication::translate("Masthead::Renderer",
                                                                      "The front matter is not valid YAML "
                                                                      "(line %1, column %2): %3")
                                              .arg(fm.error().line)
                                              .arg(fm.error().column)
                                              .arg(fm.error().message)
                                              .toHtmlEscaped());
        }
    }
    post.bodyHtml = renderMarkdown(documentText.sliced(block.bodyBegin), bodyOptions);
    return post;
}

} // namespace Masthead
