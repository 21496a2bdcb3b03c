// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/markdownrenderer.h"
#include "core/problem.h"
#include "core/site/frontmatter.h"

#include <memory>
#include <optional>

namespace Masthead
{

struct LiquidContext;

struct RenderOptions : MarkdownOptions {
    // The site part of the Liquid context (liquidSiteContext()); renderPost() runs the post's Liquid
    // with it first, as Jekyll does, with the page taken from the post's front matter. Without it,
    // Liquid is left as it is written.
    std::shared_ptr<const LiquidContext> liquid;
    // Where the post is (or will be) saved: page.url, page.path and include_relative use it.
    QString documentPath;
};

struct RenderedPost {
    QString titleCardHtml; // the front matter as a title card; empty when the post has none
    QString bodyHtml; // all blocks
    QList<RenderedBlock> blocks;
    std::optional<YamlError> frontMatterError;
    QList<Problem> problems; // what the Liquid step could not evaluate
};

// A whole post (front matter, Liquid and Markdown) as the preview shows it, joining the Liquid and
// Markdown rooms the way Jekyll does: Liquid first, then kramdown. The front matter is never shown as
// text, but as a card with title, date and categories or tags. Pure and thread-safe.
RenderedPost renderPost(QStringView documentText, const RenderOptions &options = {});

} // namespace Masthead
