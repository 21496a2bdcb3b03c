// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/frontmatter.h"

#include <QString>

#include <optional>

namespace Masthead
{

struct RenderOptions {
    // Adds data-sourcepos="line:col-line:col" to block elements (for scroll sync).
    bool sourcePositions = false;
    // Line number the given Markdown starts on within its document, so source positions point at
    // document lines when the front matter was cut off.
    int firstLine = 1;
};

// Markdown to HTML the way Jekyll's kramdown renders it with `input: GFM` and `hard_wrap: false`:
// parsed by cmark-gfm (tables, strikethrough, task lists; no autolinking of bare URLs), written out
// as kramdown writes it: header ids as kramdown's GFM parser makes them (duplicates numbered),
// typographic quotes and dashes, inline and block attribute lists ({:width="550px"}, {: .class}),
// kramdown's task-list, table and code-block markup, and per-item list paragraphs. Raw HTML passes
// through. Pure and thread-safe.
QString renderMarkdown(QStringView markdown, const RenderOptions &options = {});

struct RenderedPost {
    QString titleCardHtml; // the front matter as a title card; empty when the post has none
    QString bodyHtml;
    std::optional<YamlError> frontMatterError;
};

// A whole post (front matter and Markdown) as the preview shows it: the front matter never as
// text, but as a card with title, date and categories or tags. Pure and thread-safe.
RenderedPost renderPost(QStringView documentText, const RenderOptions &options = {});

// The id kramdown's GFM parser gives a header with this text, before numbering duplicates.
QString kramdownHeaderId(QStringView text);

} // namespace Masthead
