// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Masthead
{

struct MarkdownOptions {
    // Adds data-sourcepos="line:col-line:col" to block elements.
    bool sourcePositions = false;
    // Adds data-mh-line="N" to block elements nested in a top-level block: their first line counted
    // from the top-level block's first line. Unlike absolute positions, these stay the same when text
    // above the block changes, so the preview can keep unchanged blocks as they are.
    bool relativeLines = false;
    // Line number the given Markdown starts on within its document, so source positions point at
    // document lines when the front matter was cut off.
    int firstLine = 1;
    // Header ids already given above the Markdown (id -> how often), so that duplicates are numbered
    // as in the whole document when only part of it is rendered.
    QHash<QString, int> headerIdsAbove;
};

// One top-level block of the rendered body and the document lines it came from (1-based).
struct RenderedBlock {
    QString html;
    int firstLine = 0;
    int lastLine = 0;
    QStringList headerIds; // the ids of its headings before duplicates were numbered

    bool operator==(const RenderedBlock &) const = default;
};

// Markdown to HTML the way Jekyll's kramdown renders it with `input: GFM` and `hard_wrap: false`:
// parsed by cmark-gfm (tables, strikethrough, task lists; no autolinking of bare URLs) after
// kramdownsyntax_p.h has set aside what only kramdown knows (footnotes, abbreviations, definition
// lists, math, {::comment}/{::nomarkdown}, {:toc}, HTML elements up to their end tag and
// markdown="1"), and written out as kramdown writes it: header ids as kramdown's GFM parser makes
// them (duplicates numbered), kramdown's typography, attribute lists ({:width="550px"}, {: .class}),
// code in Rouge's structure and classes (coloured by codehighlighter.h), kramdown's task-list,
// table and list markup, footnotes at the end. Raw HTML passes through. Nesting deeper than a limit
// is written as plain text, so hostile input costs bounded time and stack. Liquid is not this room's
// business: render/postrenderer.h runs it first. Pure and thread-safe.
QString renderMarkdown(QStringView markdown, const MarkdownOptions &options = {});

// The same, also giving the top-level blocks with their source lines when `blocks` is not null.
QString renderMarkdownBlocks(QStringView markdown, const MarkdownOptions &options, QList<RenderedBlock> *blocks);

// The id kramdown's GFM parser gives a header with this text, before numbering duplicates.
QString kramdownHeaderId(QStringView text);

} // namespace Masthead
