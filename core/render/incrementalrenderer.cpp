// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/incrementalrenderer.h"

#include "core/textedit.h"

#include <QRegularExpression>

#include <algorithm>

namespace Masthead
{
namespace
{
// 1-based line of a character offset.
// The start of every line of a text: line lookups by binary search instead of a scan from the top
// each time, which in a 1 MB document cost milliseconds per keystroke.
class LineIndex
{
public:
    explicit LineIndex(QStringView text)
        : m_text(text)
    {
        m_starts.append(0);
        for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
            m_starts.append(i + 1);
    }

    QStringView text() const { return m_text; }
    // The 1-based line of offset.
    int lineAt(qsizetype offset) const
    {
        const qsizetype at = qMin(offset, m_text.size());
        return int(std::upper_bound(m_starts.cbegin(), m_starts.cend(), at) - m_starts.cbegin());
    }
    // Where the 1-based line starts; the text's end for lines past it.
    qsizetype lineStart(int line) const
    {
        if (line < 1)
            return 0;
        return line - 1 < m_starts.size() ? m_starts[line - 1] : m_text.size();
    }
    // The text of lines from to to, with their line breaks.
    QStringView lines(int from, int to) const
    {
        const qsizetype b = lineStart(from);
        const qsizetype e = lineStart(to + 1);
        return m_text.sliced(b, qMax<qsizetype>(0, e - b));
    }
    bool isBlankLine(int line) const
    {
        if (line < 1)
            return true;
        const qsizetype begin = lineStart(line);
        if (begin >= m_text.size())
            return true;
        qsizetype end = m_text.indexOf(u'\n', begin);
        if (end < 0)
            end = m_text.size();
        return m_text.sliced(begin, end - begin).trimmed().isEmpty();
    }

private:
    QStringView m_text;
    QList<qsizetype> m_starts;
};

bool reachesFar(QStringView text, bool headingsHarmless = false)
{
    static const QRegularExpression risky(QStringLiteral(
        R"re((^|\n)[ \t]{0,3}(#|`{3}|~{3}|=+[ \t]*($|\n)|-+[ \t]*($|\n)|\[[^\]\n]+\]:|<|\{:|\$\$|\^[ \t]*($|\n))|\{\{|\{%)re"));
    static const QRegularExpression riskyButHeadings(QStringLiteral(
        R"re((^|\n)[ \t]{0,3}(`{3}|~{3}|=+[ \t]*($|\n)|-+[ \t]*($|\n)|\[[^\]\n]+\]:|<|\{:|\$\$|\^[ \t]*($|\n))|\{\{|\{%)re"));
    return (headingsHarmless ? riskyButHeadings : risky).matchView(text).hasMatch();
}

bool hasDocumentWideSyntax(QStringView text)
{
    // Plain searches, not a regular expression over the whole text: this runs on every keystroke.
    if (text.contains(QLatin1String("[^")) || text.contains(QLatin1String("*[")) || text.contains(QLatin1String("{::")))
        return true;
    static const QRegularExpression toc(QStringLiteral(R"re(\{:\s*toc\s*\})re"));
    if (text.contains(QLatin1String("toc")) && toc.matchView(text).hasMatch())
        return true;
    // A definition: a line starting with ":" and a blank (after up to three spaces).
    for (qsizetype at = text.indexOf(u':'); at >= 0; at = text.indexOf(u':', at + 1)) {
        qsizetype start = at;
        while (start > 0 && text[start - 1] == u' ' && at - start < 3)
            --start;
        if ((start == 0 || text[start - 1] == u'\n') && at + 1 < text.size()
            && (text[at + 1] == u' ' || text[at + 1] == u'\t'))
            return true;
    }
    return false;
}

} // namespace

IncrementalRenderer::IncrementalRenderer(RenderOptions options)
    : m_options(options)
{
}

RenderedPost IncrementalRenderer::render(const QString &documentText)
{
    m_lastWasIncremental = false;
    if (m_valid) {
        if (auto post = renderChange(documentText)) {
            m_lastWasIncremental = true;
            m_text = documentText;
            m_post = std::move(*post);
            return m_post;
        }
    }
    m_post = renderPost(documentText, m_options);
    m_text = documentText;
    m_valid = true;
    return m_post;
}

std::optional<RenderedPost> IncrementalRenderer::renderChange(const QString &text)
{
    const QString &old = m_text;
    if (old == text)
        return m_post;
    if (m_options.sourcePositions || m_post.frontMatterError || m_post.blocks.isEmpty())
        return std::nullopt;
    // Liquid anywhere can move lines (an include), so its documents are always rendered whole.
    if (text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%")))
        return std::nullopt;
    // So are documents with what kramdown reads across the whole document: footnotes (numbered
    // through it, listed at its end), abbreviations, a table of contents, extensions, and
    // definitions, whose terms may be any paragraph above.
    if (hasDocumentWideSyntax(text))
        return std::nullopt;

    // The changed region: what lies between the common beginning and the common end.
    const TextEdit change = minimalTextEdit(old, text);
    const qsizetype prefix = change.start;
    const qsizetype suffix = old.size() - change.end;

    const FrontMatterBlock block = locateFrontMatter(text);
    if (prefix < block.bodyBegin || prefix < locateFrontMatter(old).bodyBegin)
        return std::nullopt;

    const QStringView removed = QStringView(old).sliced(prefix, old.size() - suffix - prefix);
    const QStringView added = QStringView(text).sliced(prefix, text.size() - suffix - prefix);
    // Whole changed lines, so that a changed line's start is seen ("# " typed at a line start).
    const LineIndex oldLines(old);
    const LineIndex newLines(text);
    const int firstChanged = oldLines.lineAt(prefix);
    const int oldLastChanged = oldLines.lineAt(old.size() - suffix);
    const int newLastChanged = newLines.lineAt(text.size() - suffix);
    const int shift = newLastChanged - oldLastChanged;
    if (reachesFar(removed) || reachesFar(added) || reachesFar(oldLines.lines(firstChanged, oldLastChanged))
        || reachesFar(newLines.lines(firstChanged, newLastChanged)))
        return std::nullopt;

    // The old blocks the change touches, with one more on each side: the change may join a block
    // to its neighbour or split it.
    const QList<RenderedBlock> &blocks = m_post.blocks;
    qsizetype first = 0;
    while (first < blocks.size() && blocks[first].lastLine < firstChanged - 1)
        ++first;
    qsizetype last = first;
    while (last + 1 < blocks.size() && blocks[last + 1].firstLine <= oldLastChanged + 1)
        ++last;
    first = qMax<qsizetype>(0, first - 1);
    last = qMin<qsizetype>(blocks.size() - 1, last + 1);

    // Re-render from a blank line above to a blank line below, in new-text lines.
    int fromLine = qMin(blocks[first].firstLine, firstChanged);
    int toLine = qMax(blocks[last].lastLine, oldLastChanged) + shift;
    while (fromLine > block.bodyFirstLine + 1 && !newLines.isBlankLine(fromLine - 1))
        --fromLine;
    const int textLines = newLines.lineAt(text.size());
    while (toLine < textLines && !newLines.isBlankLine(toLine + 1))
        ++toLine;
    // The neighbours outside the window must not be blocks whose meaning depends on what follows
    // (a list that could absorb the next item, a paragraph that could turn into a heading).
    const QStringView window = newLines.lines(fromLine, toLine);
    if (reachesFar(window, true))
        return std::nullopt;

    // Which old blocks the window replaces.
    const int oldFrom = fromLine;
    const int oldTo = toLine - shift;
    qsizetype replaceBegin = 0;
    while (replaceBegin < blocks.size() && blocks[replaceBegin].lastLine < oldFrom)
        ++replaceBegin;
    qsizetype replaceEnd = replaceBegin;
    while (replaceEnd < blocks.size() && blocks[replaceEnd].firstLine <= oldTo)
        ++replaceEnd;
    // A block that straddles the window's edge makes the window wrong: render everything.
    if ((replaceBegin < blocks.size() && blocks[replaceBegin].firstLine < oldFrom)
        || (replaceEnd > 0 && replaceEnd - 1 < blocks.size() && blocks[replaceEnd - 1].lastLine > oldTo))
        return std::nullopt;

    RenderOptions options = m_options;
    options.firstLine = fromLine;
    for (qsizetype i = 0; i < replaceBegin; ++i) {
        for (const QString &id : blocks[i].headerIds)
            ++options.headerIdsAbove[id];
    }
    RenderedPost windowPost;
    // Render the window's lines as a document of their own, then place them.
    // The window's references may be defined anywhere in the document: its definitions go below.
    static const QRegularExpression definition(QStringLiteral(R"re((?m)^ {0,3}\[[^\]^\n][^\]\n]*\]:[ \t]*\S.*$)re"));
    QString definitions;
    if (text.contains(QLatin1String("]:"))) {
        for (auto it = definition.globalMatch(text, block.bodyBegin); it.hasNext();)
            definitions += it.next().capturedView() + u'\n';
    }
    windowPost = renderPost(definitions.isEmpty() ? window.toString() : window + u'\n' + u'\n' + definitions, options);
    // A line that looked like a definition but is not one is a paragraph of its own, not the window's.
    windowPost.blocks.removeIf([&](const RenderedBlock &b) { return b.firstLine > toLine; });

    // kramdown joins a bullet list to the one before it whatever lies between: a list at the
    // window's edge beside a list outside it needs the whole document.
    auto isList = [](const RenderedBlock &b) {
        return b.html.startsWith(QLatin1String("<ul")) || b.html.startsWith(QLatin1String("<ol"));
    };
    if (!windowPost.blocks.isEmpty()
        && ((replaceBegin > 0 && isList(blocks[replaceBegin - 1]) && isList(windowPost.blocks.first()))
            || (replaceEnd < blocks.size() && isList(blocks[replaceEnd]) && isList(windowPost.blocks.last()))))
        return std::nullopt;

    RenderedPost post;
    post.titleCardHtml = m_post.titleCardHtml;
    post.blocks.reserve(blocks.size() + windowPost.blocks.size());
    post.blocks.append(blocks.first(replaceBegin));
    post.blocks.append(windowPost.blocks);
    for (qsizetype i = replaceEnd; i < blocks.size(); ++i) {
        RenderedBlock shifted = blocks[i];
        shifted.firstLine += shift;
        shifted.lastLine += shift;
        post.blocks.append(shifted);
    }
    qsizetype size = 0;
    for (const RenderedBlock &b : std::as_const(post.blocks))
        size += b.html.size();
    post.bodyHtml.reserve(size);
    for (const RenderedBlock &b : std::as_const(post.blocks))
        post.bodyHtml += b.html;
    return post;
}

} // namespace Masthead
