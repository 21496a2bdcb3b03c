// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of kramdown's syntax that cmark-gfm does not know, found before cmark parses the text.
//
// cmark-gfm parses CommonMark and GFM; kramdown also has footnotes, abbreviations, definition lists,
// math, extensions ({::comment}), a table of contents, and reads HTML blocks differently (an element
// ends at its end tag, not at a blank line, and markdown="1" makes its content Markdown). Rather than
// parse everything ourselves, prepareKramdown() finds these constructs line by line and hands cmark a
// text in which each is a placeholder cmark passes through untouched:
//   - a block construct becomes an HTML comment "<!--\uF8FFmh N" spanning as many lines as it did
//     (cmark keeps a comment as one HTML block whatever it holds, so line numbers stay right);
//   - an inline one (math, an inline extension, an image's alt text) becomes one private-use
//     character, U+F0000 + N, which cmark treats as a letter.
// The writer (markdownrenderer.cpp) turns the placeholders into kramdown's HTML.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Masthead::Kramdown
{

// A construct cmark does not know, at block level.
struct BlockPart {
    enum class Kind : quint8 {
        Nothing, // a footnote or abbreviation definition, or an extension that writes nothing
        DefinitionList,
        MathBlock, // text: the TeX
        Comment, // text: the comment
        RawHtml, // text: the HTML as written
        MarkdownHtml, // open/close: the element's tags; text: its content, Markdown
        TableOfContents, // ordered: whether the list was numbered
        AttributeList, // text: "{: ...}" right below a list or a quote, for it (cmark would read it as a lazy line)
    };
    struct Definition {
        bool term = false; // a <dt>; else a <dd>
        bool loose = false; // a <dd> after a blank line: its paragraphs are <p>s
        QString text; // the term's Markdown, or the definition's, unindented
    };
    Kind kind = Kind::Nothing;
    QString text;
    QString open;
    QString close;
    bool ordered = false;
    QList<Definition> definitions;
};

// A construct cmark does not know, inside a paragraph.
struct InlinePart {
    enum class Kind : quint8 {
        Math, // text: the TeX
        Comment,
        RawHtml,
        AltText, // text: an image's alt text as written (kramdown does not parse it)
        Literal, // text: a character written as it is: an escaped or entity quote stays straight
    };
    Kind kind = Kind::Math;
    QString text;
};

struct FootnoteDefinition {
    QString markdown; // its content, unindented
};

struct PreparedMarkdown {
    QString text; // for cmark
    QList<BlockPart> blocks;
    QList<InlinePart> inlines;
    QHash<QString, FootnoteDefinition> footnotes;
    QList<std::pair<QString, QString>> abbreviations; // name, title
};

inline constexpr char32_t firstInlinePlaceholder = 0xF0000;
inline constexpr char32_t lastInlinePlaceholder = 0xFFFFD;
// Starts a block placeholder's comment.
inline constexpr QStringView blockPlaceholderStart = u"<!--\uF8FFmh ";

// Finds the constructs; `text` is a document's body or a part of it rendered on its own.
PreparedMarkdown prepareKramdown(QStringView text);

// The block element names kramdown reads as HTML blocks at the start of a line.
bool isBlockHtmlElement(QStringView name);

} // namespace Masthead::Kramdown
