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

// Markdown body (no front matter) to HTML with cmark-gfm and its GitHub extensions: tables,
// strikethrough, task lists. Raw HTML passes through, as in Jekyll. Pure and thread-safe.
QString renderMarkdown(QStringView markdown, const RenderOptions &options = {});

struct RenderedPost {
    QString titleCardHtml; // the front matter as a title card; empty when the post has none
    QString bodyHtml;
    std::optional<YamlError> frontMatterError;
};

// A whole post (front matter and Markdown) as the preview shows it: the front matter never as
// text, but as a card with title, date and categories or tags. Pure and thread-safe.
RenderedPost renderPost(QStringView documentText, const RenderOptions &options = {});

} // namespace Masthead
