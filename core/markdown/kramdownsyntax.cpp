// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/kramdownsyntax_p.h"

#include <QRegularExpression>

namespace Masthead::Kramdown
{
namespace
{

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (c != u' ' && c != u'\t' && c != u'\r')
            return false;
    }
    return true;
}

// Columns of leading white space, a tab counting to the next multiple of four.
int indentOf(QStringView line)
{
    int column = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++column;
        else if (c == u'\t')
            column += 4 - column % 4;
        else
            break;
    }
    return column;
}

// The line without up to `columns` columns of indentation.
QStringView unindent(QStringView line, int columns)
{
    int column = 0;
    qsizetype i = 0;
    while (i < line.size() && column < columns) {
        if (line[i] == u' ')
            ++column;
        else if (line[i] == u'\t')
            column += 4 - column % 4;
        else
            break;
        ++i;
    }
    return line.sliced(i);
}

// A fence that opens or closes a code block: its character and length, or nothing.
std::optional<std::pair<QChar, qsizetype>> fenceOf(QStringView line)
{
    if (indentOf(line) > 3)
        return std::nullopt;
    const QStringView t = line.trimmed();
    if (t.size() < 3 || (t[0] != u'`' && t[0] != u'~'))
        return std::nullopt;
    qsizetype n = 0;
    while (n < t.size() && t[n] == t[0])
        ++n;
    if (n < 3 || (t[0] == u'`' && t.sliced(n).contains(u'`')))
        return std::nullopt;
    return std::pair {t[0], n};
}

bool isListItemStart(QStringView line)
{
    static const QRegularExpression marker(QStringLiteral(R"re(^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$))re"));
    return marker.matchView(line).hasMatch();
}

bool isDefinitionLine(QStringView line)
{
    static const QRegularExpression definition(QStringLiteral(R"re(^ {0,3}:[ \t])re"));
    return definition.matchView(line).hasMatch();
}

// Whether a line could be a definition list's term: a line of text, not another block's start.
bool canBeTerm(QStringView line)
{
    if (isBlank(line) || indentOf(line) > 3 || isListItemStart(line) || fenceOf(line))
        return false;
    const QStringView t = line.trimmed();
    for (const QStringView start : {u"#", u">", u"<", u"[^", u"*[", u"{:", u"{::", u"$$", u"|"}) {
        if (t.startsWith(start))
            return false;
    }
    return true;
}

// Whether a line can go on a paragraph it does not belong to (kramdown's lazy lines), or starts a
// block of its own.
bool endsLazyLines(QStringView line)
{
    const QStringView t = line.trimmed();
    return isBlank(line) || fenceOf(line) || isListItemStart(line) || t.startsWith(u'#') || t.startsWith(u'>')
        || t.startsWith(QLatin1String("[^")) || t.startsWith(QLatin1String("*[")) || isDefinitionLine(line);
}

const QRegularExpression &footnoteDefinition()
{
    static const QRegularExpression re(QStringLiteral(R"re(^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$)re"));
    return re;
}

// The element names after which kramdown reads an HTML block: CommonMark's block-level names and
// the elements whose content is never Markdown.
const QStringList &blockHtmlElements()
{
    static const QStringList names {
        QStringLiteral("address"),    QStringLiteral("article"),    QStringLiteral("aside"),
        QStringLiteral("audio"),      QStringLiteral("blockquote"), QStringLiteral("body"),
        QStringLiteral("canvas"),     QStringLiteral("caption"),    QStringLiteral("center"),
        QStringLiteral("colgroup"),   QStringLiteral("dd"),         QStringLiteral("details"),
        QStringLiteral("dialog"),     QStringLiteral("dir"),        QStringLiteral("div"),
        QStringLiteral("dl"),         QStringLiteral("dt"),         QStringLiteral("fieldset"),
        QStringLiteral("figcaption"), QStringLiteral("figure"),     QStringLiteral("footer"),
        QStringLiteral("form"),       QStringLiteral("frameset"),   QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),         QStringLiteral("head"),
        QStringLiteral("header"),     QStringLiteral("html"),       QStringLiteral("iframe"),
        QStringLiteral("legend"),     QStringLiteral("li"),         QStringLiteral("main"),
        QStringLiteral("math"),       QStringLiteral("menu"),       QStringLiteral("nav"),
        QStringLiteral("noframes"),   QStringLiteral("noscript"),   QStringLiteral("ol"),
        QStringLiteral("optgroup"),   QStringLiteral("option"),     QStringLiteral("p"),
        QStringLiteral("pre"),        QStringLiteral("script"),     QStringLiteral("section"),
        QStringLiteral("style"),      QStringLiteral("summary"),    QStringLiteral("svg"),
        QStringLiteral("table"),      QStringLiteral("tbody"),      QStringLiteral("td"),
        QStringLiteral("template"),   QStringLiteral("textarea"),   QStringLiteral("tfoot"),
        QStringLiteral("th"),         QStringLiteral("thead"),      QStringLiteral("title"),
        QStringLiteral("tr"),         QStringLiteral("ul"),         QStringLiteral("video"),
    };
    return names;
}

// Builds the text for cmark line by line, with placeholders for what it replaces.
class Preparer
{
public:
    explicit Preparer(QStringView text)
        : m_text(text)
    {
        qsizetype pos = 0;
        while (true) {
            m_lineStarts.append(pos);
            const qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0) {
                m_lines.append(text.sliced(pos));
                break;
            }
            m_lines.append(text.sliced(pos, end - pos));
            pos = end + 1;
        }
    }

    PreparedMarkdown run()
    {
        blocks();
        inlines();
        m_result.text = m_out.join(u'\n');
        return std::move(m_result);
    }

private:
    bool blank(qsizetype i) const { return i < 0 || i >= m_lines.size() || isBlank(m_lines[i]); }

    // Replaces the lines from..to (already in m_out or not) by one block placeholder.
    void placeholder(qsizetype from, qsizetype to, BlockPart part)
    {
        m_out.resize(from);
        m_verbatim.resize(from);
        const qsizetype index = m_result.blocks.size();
        m_result.blocks.append(std::move(part));
        for (qsizetype i = from; i <= to; ++i) {
            QString line;
            if (i == from)
                line = blockPlaceholderStart + QString::number(index);
            if (i == to)
                line += QLatin1String("-->");
            m_out.append(line);
            m_verbatim.append(true);
        }
    }

    void copy(qsizetype i, bool verbatim)
    {
        m_out.append(m_lines[i].toString());
        m_verbatim.append(verbatim);
    }

    void blocks()
    {
        std::optional<std::pair<QChar, qsizetype>> fence;
        bool indentedCode = false;
        bool inList = false;
        const qsizetype n = m_lines.size();
        for (qsizetype i = 0; i < n;) {
            const QStringView line = m_lines[i];
            if (fence) {
                const auto f = fenceOf(line);
                if (f && f->first == fence->first && f->second >= fence->second && line.trimmed().size() == f->second)
                    fence.reset();
                copy(i++, true);
                continue;
            }
            const int indent = indentOf(line);
            const bool paragraphStart = blank(i - 1) || (i > 0 && m_verbatim.value(i - 1) && !indentedCode);
            if (isBlank(line)) {
                copy(i++, false);
                continue;
            }
            // An indented code block: kramdown, like CommonMark, reads it after a blank line outside lists.
            if (indent >= 4 && (indentedCode || (blank(i - 1) && !inList))) {
                indentedCode = true;
                copy(i++, true);
                continue;
            }
            indentedCode = false;
            if (indent < 4) {
                if (isListItemStart(line))
                    inList = true;
                else if (indent == 0 && blank(i - 1))
                    inList = false;
            }
            if (indent >= 4) {
                copy(i++, false);
                continue;
            }
            // Most lines are text: the first character tells which constructs a line may start.
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty()) { // only white space that is not a blank line's (a form feed, say)
                copy(i++, false);
                continue;
            }
            const QChar first = trimmed.front();
            if ((first == u'`' || first == u'~') && fenceOf(line)) {
                fence = fenceOf(line);
                copy(i++, true);
                continue;
            }
            qsizetype next = i;
            if (first == u'[' && paragraphStart)
                next = footnote(i);
            else if (first == u'*')
                next = abbreviation(i);
            else if (first == u'{')
                next = extension(i);
            if (next > i) {
                i = next;
                continue;
            }
            if (trimmed == u"^") { // kramdown's end-of-block marker
                m_out.append(QString());
                m_verbatim.append(false);
                ++i;
                continue;
            }
            if (first == u'{' && tableOfContents(i)) {
                ++i;
                continue;
            }
            if (first == u'{' && i > 0 && !blank(i - 1) && !m_verbatim.value(i - 1)
                && (inList || m_lines[i - 1].trimmed().startsWith(u'>'))) {
                static const QRegularExpression ial(QStringLiteral(R"re(^ {0,3}\{:[^}]*\}\s*$)re"));
                if (ial.matchView(line).hasMatch()) {
                    BlockPart part;
                    part.kind = BlockPart::Kind::AttributeList;
                    part.text = trimmed.toString();
                    placeholder(i, i, std::move(part));
                    ++i;
                    continue;
                }
            }
            if (paragraphStart) {
                if (first == u'$')
                    next = mathBlock(i);
                else if (first != u'<' && first != u'#' && first != u'>' && first != u'|')
                    next = definitionList(i);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (first == u'<' && indent == 0) {
                next = htmlBlock(i);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            copy(i++, false);
            if (first == u'<' && paragraphStart)
                keepSpanHtmlInParagraph(i - 1);
            if (first == u'|')
                keepTableInParagraph(i - 1);
        }
    }

    // kramdown reads a table only where a block may start: header and delimiter rows right under
    // a line of a paragraph stay text of the paragraph. cmark-gfm would make them a table, unless
    // the delimiter row's first "|" is not a "|" to it.
    void keepTableInParagraph(qsizetype i)
    {
        static const QRegularExpression delimiterRow(
            QStringLiteral(R"re(^ {0,3}\|\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$)re"));
        if (i < 2 || blank(i - 1) || blank(i - 2) || m_verbatim.value(i - 1) || m_verbatim.value(i - 2)
            || !delimiterRow.matchView(m_lines[i]).hasMatch() || !m_lines[i - 1].contains(u'|')
            || isListItemStart(m_lines[i - 2]) || m_lines[i - 2].trimmed().startsWith(u'#')
            || m_lines[i - 2].contains(u'|'))
            return;
        QString &row = m_out[i];
        const qsizetype bar = row.indexOf(u'|');
        row.replace(bar, 1, inlinePlaceholder(InlinePart::Kind::Literal, u"|"));
    }

    // A line that starts with a span element's tag ("<img src=x>") starts a paragraph in kramdown;
    // cmark would make an HTML block of a lone tag. An empty placeholder before it keeps it text.
    void keepSpanHtmlInParagraph(qsizetype i)
    {
        static const QRegularExpression spanTag(
            QStringLiteral(
                R"re(^ {0,3}</?(a|abbr|b|bdi|bdo|br|cite|code|data|dfn|em|i|img|input|kbd|label|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)(?=[\s/>]))re"),
            QRegularExpression::CaseInsensitiveOption);
        if (!spanTag.matchView(m_out[i]).hasMatch())
            return;
        m_out[i].prepend(inlinePlaceholder(InlinePart::Kind::Literal, {}));
    }

    // "[^name]: text" where a block may start (right under a paragraph's line it is text of the
    // paragraph), with the lines indented by four that follow, blank lines between or not. Unlike a
    // paragraph it takes no lazy lines. A later definition of the same name wins.
    qsizetype footnote(qsizetype i)
    {
        const auto m = footnoteDefinition().matchView(m_lines[i]);
        if (!m.hasMatch())
            return i;
        QStringList content {m.captured(2)};
        qsizetype j = i + 1;
        const qsizetype n = m_lines.size();
        while (j < n) {
            if (!blank(j)) {
                if (indentOf(m_lines[j]) < 4)
                    break;
                content.append(unindent(m_lines[j], 4).toString());
                ++j;
                continue;
            }
            qsizetype k = j;
            while (k < n && blank(k))
                ++k;
            if (k >= n || indentOf(m_lines[k]) < 4)
                break;
            for (; j < k; ++j)
                content.append(QString());
        }
        m_result.footnotes.insert(m.captured(1), {content.join(u'\n')});
        placeholder(i, j - 1, {});
        return j;
    }

    // "*[HTML]: Hyper Text Markup Language"
    qsizetype abbreviation(qsizetype i)
    {
        static const QRegularExpression re(QStringLiteral(R"re(^ {0,3}\*\[([^\]]+)\]:(.*)$)re"));
        const auto m = re.matchView(m_lines[i]);
        if (!m.hasMatch())
            return i;
        m_result.abbreviations.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
        placeholder(i, i, {});
        return i + 1;
    }

    // "{::comment}" or "{::nomarkdown}" alone on a line, up to "{:/comment}" or "{:/}".
    qsizetype extension(qsizetype i)
    {
        static const QRegularExpression start(QStringLiteral(R"re(^ {0,3}\{::(comment|nomarkdown)\}\s*$)re"));
        static const QRegularExpression single(QStringLiteral(R"re(^ {0,3}\{::\w+[^}]*/\}\s*$)re"));
        if (single.matchView(m_lines[i]).hasMatch()) { // {::options ... /} and the like write nothing
            placeholder(i, i, {});
            return i + 1;
        }
        const auto m = start.matchView(m_lines[i]);
        if (!m.hasMatch())
            return i;
        const QString name = m.captured(1);
        for (qsizetype j = i + 1; j < m_lines.size(); ++j) {
            const QStringView t = m_lines[j].trimmed();
            if (t == QString(QLatin1String("{:/") + name + u'}') || t == u"{:/}") {
                QStringList content;
                for (qsizetype k = i + 1; k < j; ++k)
                    content.append(m_lines[k].toString());
                BlockPart part;
                part.kind = name == u"comment" ? BlockPart::Kind::Comment : BlockPart::Kind::RawHtml;
                part.text = content.join(u'\n');
                placeholder(i, j, std::move(part));
                return j + 1;
            }
        }
        return i;
    }

    // "{:toc}" right below a list: the list becomes the table of contents.
    bool tableOfContents(qsizetype i)
    {
        static const QRegularExpression re(QStringLiteral(R"re(^ {0,3}\{:\s*toc\s*\}\s*$)re"));
        if (i == 0 || blank(i - 1) || !re.matchView(m_lines[i]).hasMatch())
            return false;
        qsizetype from = i - 1;
        while (from > 0 && !blank(from - 1) && !m_verbatim.value(from - 1))
            --from;
        if (m_verbatim.value(from) || !isListItemStart(m_lines[from]))
            return false;
        BlockPart part;
        part.kind = BlockPart::Kind::TableOfContents;
        part.ordered = m_lines[from].trimmed().front().isDigit();
        placeholder(from, i, std::move(part));
        return true;
    }

    // A paragraph that starts with "$$" and ends with "$$".
    qsizetype mathBlock(qsizetype i)
    {
        if (!m_lines[i].trimmed().startsWith(QLatin1String("$$")))
            return i;
        qsizetype j = i;
        while (j + 1 < m_lines.size() && !blank(j + 1))
            ++j;
        QStringList lines;
        for (qsizetype k = i; k <= j; ++k)
            lines.append(m_lines[k].toString());
        const QString all = lines.join(u'\n').trimmed();
        if (all.size() < 4 || !all.endsWith(QLatin1String("$$")))
            return i;
        const QString tex = all.sliced(2, all.size() - 4);
        if (tex.contains(QLatin1String("$$")) || tex.trimmed().isEmpty())
            return i;
        BlockPart part;
        part.kind = BlockPart::Kind::MathBlock;
        part.text = tex.trimmed();
        placeholder(i, j, std::move(part));
        return j + 1;
    }

    // Whether terms start at line i: lines of text followed by a definition line (or by a blank line
    // and a definition line). Returns the first definition line's index, or -1.
    qsizetype termsAt(qsizetype i) const
    {
        // Cheap first: is there a line starting with ":" before the paragraph's end (and one more line)?
        bool colon = false;
        for (qsizetype k = i + 1; k < m_lines.size() && k <= i + 64; ++k) {
            const QStringView t = m_lines[k].trimmed();
            if (t.startsWith(u':')) {
                colon = true;
                break;
            }
            if (t.isEmpty() && (k + 1 >= m_lines.size() || !m_lines[k + 1].trimmed().startsWith(u':')))
                break;
        }
        if (!colon)
            return -1;
        qsizetype k = i;
        while (k < m_lines.size() && canBeTerm(m_lines[k]) && !isDefinitionLine(m_lines[k]))
            ++k;
        if (k == i)
            return -1;
        if (k < m_lines.size() && isDefinitionLine(m_lines[k]))
            return k;
        if (k + 1 < m_lines.size() && blank(k) && isDefinitionLine(m_lines[k + 1]))
            return k + 1;
        return -1;
    }

    // Terms, each on a line, and definitions starting with ": "; a definition goes on with lazy
    // lines, and with lines indented by four after blank lines.
    qsizetype definitionList(qsizetype i)
    {
        qsizetype j = termsAt(i);
        if (j < 0)
            return i;
        BlockPart part;
        part.kind = BlockPart::Kind::DefinitionList;
        qsizetype termsFrom = i;
        qsizetype last = i;
        const qsizetype n = m_lines.size();
        while (true) {
            for (qsizetype k = termsFrom; k < j && !blank(k); ++k)
                part.definitions.append({true, false, m_lines[k].trimmed().toString()});
            while (j < n && isDefinitionLine(m_lines[j])) {
                const QStringView line = m_lines[j];
                const bool loose = blank(j - 1);
                // The definition's text starts after ":" and its blanks; lines that go on with it
                // after a blank line are indented to there.
                const qsizetype colon = line.indexOf(u':');
                const int column = indentOf(line.sliced(colon + 1)) + int(colon) + 1;
                QStringList lines {line.sliced(colon + 1).trimmed().toString()};
                ++j;
                while (j < n) {
                    if (!blank(j)) {
                        if (indentOf(m_lines[j]) >= column)
                            lines.append(unindent(m_lines[j], column).toString());
                        else if (!endsLazyLines(m_lines[j]))
                            lines.append(m_lines[j].toString());
                        else
                            break;
                        ++j;
                        continue;
                    }
                    qsizetype k = j;
                    while (k < n && blank(k))
                        ++k;
                    if (k >= n || indentOf(m_lines[k]) < column)
                        break;
                    for (; j < k; ++j)
                        lines.append(QString());
                }
                part.definitions.append({false, loose, lines.join(u'\n')});
                last = j - 1;
                // A blank line and another definition: it is loose.
                if (j + 1 < n && blank(j) && isDefinitionLine(m_lines[j + 1]))
                    ++j;
            }
            // A blank line and more terms with their definitions: the list goes on.
            qsizetype k = j;
            while (k < n && blank(k))
                ++k;
            if (k == j || k >= n)
                break;
            const qsizetype definition = termsAt(k);
            if (definition < 0)
                break;
            termsFrom = k;
            j = definition;
        }
        placeholder(i, last, std::move(part));
        return last + 1;
    }

    // An HTML element at the start of a line, read as kramdown reads it: up to its end tag, blank
    // lines or not, and Markdown after the end tag on the next line.
    qsizetype htmlBlock(qsizetype i)
    {
        static const QRegularExpression openTag(QStringLiteral(R"re(^<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]))re"));
        const QStringView line = m_lines[i];
        const auto m = openTag.matchView(line);
        if (!m.hasMatch())
            return i;
        const QString name = m.captured(1).toLower();
        if (!isBlockHtmlElement(name))
            return i;
        // An element never closed costs one look for its end tag, not one per start tag.
        const qsizetype from = m_lineStarts[i];
        auto lastEnd = m_lastEndTag.constFind(name);
        if (lastEnd == m_lastEndTag.cend())
            lastEnd = m_lastEndTag.insert(
                name, m_text.lastIndexOf(QString(QLatin1String("</") + name), -1, Qt::CaseInsensitive));
        if (*lastEnd < from)
            return i;
        // The element's text: from here to its end tag, within a few thousand lines.
        const qsizetype limitLine = qMin(m_lines.size() - 1, i + 4000);
        const QStringView text = m_text.sliced(from, m_lineStarts[limitLine] + m_lines[limitLine].size() - from);
        const qsizetype tagEnd = text.indexOf(u'>');
        if (tagEnd < 0 || text[tagEnd - 1] == u'/')
            return i;
        const QRegularExpression tags(QStringLiteral("<(/?)%1(?=[\\s/>])[^>]*>").arg(name),
                                      QRegularExpression::CaseInsensitiveOption);
        int depth = 1;
        qsizetype closeStart = -1;
        qsizetype closeEnd = -1;
        for (auto it = tags.globalMatchView(text, tagEnd + 1); it.hasNext();) {
            const auto t = it.next();
            if (t.capturedLength(1) == 0) {
                if (!t.capturedView().endsWith(QLatin1String("/>")))
                    ++depth;
                continue;
            }
            if (--depth == 0) {
                closeStart = t.capturedStart();
                closeEnd = t.capturedEnd();
                break;
            }
        }
        if (closeStart < 0)
            return i;
        const qsizetype endLine = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), from + closeEnd - 1)
            - m_lineStarts.cbegin() - 1;
        const qsizetype endOfLine = m_lineStarts[endLine] + m_lines[endLine].size() - from;
        const QString open = text.first(tagEnd + 1).toString();
        static const QRegularExpression markdownAttribute(QStringLiteral(
            R"re(\s+markdown\s*=\s*(?:"(?:1|block|span)"|'(?:1|block|span)'|1|block|span)(?=[\s/>]))re"));
        BlockPart part;
        if (const auto a = markdownAttribute.match(open); a.hasMatch()) {
            part.kind = BlockPart::Kind::MarkdownHtml;
            part.open = QString(open).remove(a.capturedStart(), a.capturedLength());
            part.text = text.sliced(tagEnd + 1, closeStart - tagEnd - 1).toString();
            // What follows the end tag on its line is kept after it.
            part.close = text.sliced(closeStart, endOfLine - closeStart).toString();
        } else {
            part.kind = BlockPart::Kind::RawHtml;
            part.text = text.first(endOfLine).toString();
        }
        placeholder(i, endLine, std::move(part));
        return endLine + 1;
    }

    void inlines()
    {
        qsizetype i = 0;
        while (i < m_out.size()) {
            if (m_verbatim[i] || isBlank(m_out[i])) {
                ++i;
                continue;
            }
            qsizetype j = i;
            QString chunk;
            while (j < m_out.size() && !m_verbatim[j] && !isBlank(m_out[j])) {
                if (j > i)
                    chunk += u'\n';
                chunk += m_out[j];
                ++j;
            }
            // Only these characters start what this pass changes.
            static const QRegularExpression interesting(QStringLiteral(R"re([\\$&{!|])re"));
            if (!chunk.contains(interesting)) {
                i = j;
                continue;
            }
            const QStringList lines = inlineChunk(chunk).split(u'\n');
            for (qsizetype k = 0; k < lines.size() && i + k < j; ++k)
                m_out[i + k] = lines[k];
            i = j;
        }
    }

    QString inlinePlaceholder(InlinePart::Kind kind, QStringView text)
    {
        const qsizetype index = m_result.inlines.size();
        if (char32_t(firstInlinePlaceholder + index) > lastInlinePlaceholder)
            return text.toString();
        m_result.inlines.append({kind, text.toString()});
        const char32_t c = char32_t(firstInlinePlaceholder + index);
        return QString::fromUcs4(&c, 1);
    }

    // The lines of one paragraph-like run: escapes CommonMark has and kramdown has not are escaped
    // again so that the backslash stays; math, inline extensions and images' alt texts become placeholders.
    QString inlineChunk(QStringView s)
    {
        static const QRegularExpression tag(QStringLiteral(R"re(^<[A-Za-z/!?][^<>\n]*>)re"));
        QString out;
        out.reserve(s.size());
        qsizetype i = 0;
        // Where the current line ends, found once per line: a chunk may be one line of a megabyte.
        qsizetype currentLineEnd = -1;
        auto lineEnd = [&](qsizetype from) {
            if (from > currentLineEnd) {
                currentLineEnd = s.indexOf(u'\n', from);
                if (currentLineEnd < 0)
                    currentLineEnd = s.size();
            }
            // An inline construct is looked for within a few thousand characters.
            return qMin(currentLineEnd, from + 4000);
        };
        // The backtick runs, so that finding a code span's end is a lookup, not a scan.
        QHash<qsizetype, QList<qsizetype>> runsByLength; // run length -> starts
        for (qsizetype k = 0; k < s.size();) {
            if (s[k] != u'`') {
                ++k;
                continue;
            }
            qsizetype r = 0;
            while (k + r < s.size() && s[k + r] == u'`')
                ++r;
            runsByLength[r].append(k);
            k += r;
        }
        const char16_t *raw = s.utf16();
        auto special = [](char16_t c) {
            return c == u'\\' || c == u'`' || c == u'<' || c == u'&' || c == u'$' || c == u'{' || c == u'!'
                || c == u']';
        };
        while (i < s.size()) {
            // Copy the run of ordinary characters in one go.
            qsizetype plainEnd = i;
            while (plainEnd < s.size() && !special(raw[plainEnd]))
                ++plainEnd;
            if (plainEnd > i) {
                out += s.sliced(i, plainEnd - i);
                i = plainEnd;
                continue;
            }
            const QChar c = s[i];
            if (c == u']' && i + 1 < s.size() && s[i + 1] == u'(') {
                // A link's destination and title are no text: copied as they are, up to the ")"
                // that closes them on this line.
                const qsizetype end = lineEnd(i);
                int depth = 0;
                qsizetype k = i + 1;
                for (; k < end; ++k) {
                    if (s[k] == u'\\') {
                        ++k;
                        continue;
                    }
                    if (s[k] == u'(')
                        ++depth;
                    else if (s[k] == u')' && --depth == 0)
                        break;
                }
                const qsizetype to = k < end ? k + 1 : i + 2;
                out += s.sliced(i, to - i);
                i = to;
                continue;
            }
            if (c == u'\\' && i + 1 < s.size() && (s[i + 1] == u'"' || s[i + 1] == u'\'')) {
                out += inlinePlaceholder(InlinePart::Kind::Literal, s.sliced(i + 1, 1));
                i += 2;
                continue;
            }
            if (c == u'&') {
                static const QRegularExpression quoteEntity(QStringLiteral(R"re(^&(quot|apos|#34|#39|#x22|#x27);)re"),
                                                            QRegularExpression::CaseInsensitiveOption);
                if (const auto m = quoteEntity.matchView(s.sliced(i, qMin<qsizetype>(s.size() - i, 512)));
                    m.hasMatch()) {
                    const QString name = m.captured(1).toLower();
                    const bool dq = name == u"quot" || name == u"#34" || name == u"#x22";
                    out += inlinePlaceholder(InlinePart::Kind::Literal, dq ? u"\"" : u"'");
                    i += m.capturedLength();
                    continue;
                }
            }
            if (c == u'\\' && i + 1 < s.size()) {
                const QChar d = s[i + 1];
                if (QStringView(u"^&%@/,;?").contains(d))
                    out += u'\\';
                out += c;
                out += d;
                i += 2;
                continue;
            }
            if (c == u'`') {
                qsizetype run = 0;
                while (i + run < s.size() && s[i + run] == u'`')
                    ++run;
                // The code span closes at the next run of as many backticks.
                qsizetype close = -1;
                const QList<qsizetype> &starts = runsByLength[run];
                const auto next = std::upper_bound(starts.cbegin(), starts.cend(), i);
                if (next != starts.cend())
                    close = *next + run;
                const qsizetype to = close < 0 ? i + run : close;
                const QStringView span = s.sliced(i, to - i);
                // kramdown ends no table cell inside code; cmark-gfm would at a "|".
                if (close >= 0 && span.contains(u'|')) {
                    const QString bar = inlinePlaceholder(InlinePart::Kind::Literal, u"|");
                    for (const QChar ch : span)
                        out += ch == u'|' ? bar : QString(ch);
                } else {
                    out += span;
                }
                i = to;
                continue;
            }
            if (c == u'<') {
                if (const auto m = tag.matchView(s.sliced(i, qMin<qsizetype>(s.size() - i, 512))); m.hasMatch()) {
                    out += m.capturedView();
                    i += m.capturedLength();
                    continue;
                }
            }
            if (c == u'$' && s.sliced(i).startsWith(QLatin1String("$$"))) {
                const qsizetype end = lineEnd(i);
                const qsizetype close = s.first(end).indexOf(QLatin1String("$$"), i + 2);
                if (close > i + 2) {
                    out += inlinePlaceholder(InlinePart::Kind::Math, s.sliced(i + 2, close - i - 2));
                    i = close + 2;
                    continue;
                }
            }
            if (c == u'{' && s.sliced(i).startsWith(QLatin1String("{::"))) {
                bool replaced = false;
                for (const auto &[name, kind] : {std::pair {QStringView(u"comment"), InlinePart::Kind::Comment},
                                                 std::pair {QStringView(u"nomarkdown"), InlinePart::Kind::RawHtml}}) {
                    const QString open = QLatin1String("{::") + name + u'}';
                    if (!s.sliced(i).startsWith(open))
                        continue;
                    // Closed by "{:/name}" or "{:/}" on the same line.
                    const qsizetype from = i + open.size();
                    const QStringView line = s.first(lineEnd(i));
                    const QString longClose = QLatin1String("{:/") + name + u'}';
                    qsizetype close = line.indexOf(longClose, from);
                    qsizetype closeSize = longClose.size();
                    const qsizetype shortClose = line.indexOf(QLatin1String("{:/}"), from);
                    if (shortClose >= 0 && (close < 0 || shortClose < close)) {
                        close = shortClose;
                        closeSize = 4;
                    }
                    if (close >= 0) {
                        out += inlinePlaceholder(kind, s.sliced(from, close - from));
                        i = close + closeSize;
                        replaced = true;
                    }
                    break;
                }
                if (replaced)
                    continue;
            }
            if (c == u'!' && i + 1 < s.size() && s[i + 1] == u'[') {
                // The alt text as written, up to the matching "]" on this line.
                int depth = 0;
                qsizetype k = i + 1;
                const qsizetype end = lineEnd(i);
                for (; k < end; ++k) {
                    if (s[k] == u'\\') {
                        ++k;
                        continue;
                    }
                    if (s[k] == u'[')
                        ++depth;
                    else if (s[k] == u']' && --depth == 0)
                        break;
                }
                if (k < end && k + 1 < s.size() && (s[k + 1] == u'(' || s[k + 1] == u'[') && k > i + 2) {
                    // The "](" after it is read as any link's.
                    out += QLatin1String("![")
                        + inlinePlaceholder(InlinePart::Kind::AltText, s.sliced(i + 2, k - i - 2));
                    i = k;
                    continue;
                }
            }
            out += c;
            ++i;
        }
        return out;
    }

    QStringView m_text;
    QList<QStringView> m_lines;
    QList<qsizetype> m_lineStarts;
    QHash<QString, qsizetype> m_lastEndTag; // element name -> where its last end tag starts
    QStringList m_out;
    QList<bool> m_verbatim; // lines of m_out that are code or placeholders: no inline syntax in them
    PreparedMarkdown m_result;
};

} // namespace

bool isBlockHtmlElement(QStringView name)
{
    static const QStringList names = [] {
        QStringList sorted = blockHtmlElements();
        sorted.sort();
        return sorted;
    }();
    return std::binary_search(names.cbegin(), names.cend(), name.toString());
}

PreparedMarkdown prepareKramdown(QStringView text)
{
    return Preparer(text).run();
}

} // namespace Masthead::Kramdown
