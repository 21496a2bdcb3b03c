// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/markdownrenderer.h"

#include "core/markdown/htmlescape.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
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

QString literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

bool isType(cmark_node *node, const char *typeString)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, typeString) == 0;
}

// An attribute list as kramdown reads it: {: #id .class key="value" key='value'} or {:key="v"}.
// cmark's smart punctuation may already have curled the quotes; both forms are accepted.
struct Attributes {
    QString id;
    QStringList classes;
    QList<std::pair<QString, QString>> pairs;

    bool isEmpty() const { return id.isEmpty() && classes.isEmpty() && pairs.isEmpty(); }
    void merge(const Attributes &other)
    {
        if (!other.id.isEmpty())
            id = other.id;
        classes += other.classes;
        pairs += other.pairs;
    }
    QString html() const
    {
        QString out;
        if (!id.isEmpty())
            out += QStringLiteral(" id=\"%1\"").arg(escapeMarkup(id));
        if (!classes.isEmpty())
            out += QStringLiteral(" class=\"%1\"").arg(escapeMarkup(classes.join(u' ')));
        for (const auto &[key, value] : pairs)
            out += QStringLiteral(" %1=\"%2\"").arg(key, escapeMarkup(value));
        return out;
    }
};

// Parses "{: ...}" or "{#id}" at the start of text; returns the attributes and the length consumed.
std::optional<std::pair<Attributes, qsizetype>> parseAttributeList(QStringView text)
{
    static const QRegularExpression ial(QStringLiteral(
        R"re(^\{:?\s*((?:(?:[#.][\w\-]+|[\w\-]+=(?:"[^"]*"|'[^']*'|“[^”]*”|‘[^’]*’|”[^”]*”|’[^’]*’|[^\s}]*))\s*)*)\})re"));
    static const QRegularExpression token(QStringLiteral(
        R"re(([#.])([\w\-]+)|([\w\-]+)=(?:"([^"]*)"|'([^']*)'|“([^”]*)”|‘([^’]*)’|”([^”]*)”|’([^’]*)’|([^\s}]*)))re"));
    if (!text.startsWith(u'{'))
        return std::nullopt;
    const auto m = ial.matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    // "{text}" without a colon is only an attribute list when it is an id.
    if (!text.startsWith(QLatin1String("{:")) && !text.sliced(1).trimmed().startsWith(u'#'))
        return std::nullopt;
    Attributes attributes;
    for (auto it = token.globalMatchView(m.capturedView(1)); it.hasNext();) {
        const auto t = it.next();
        if (t.capturedLength(1) > 0) {
            if (t.capturedView(1) == u"#")
                attributes.id = t.captured(2);
            else
                attributes.classes.append(t.captured(2));
        } else {
            QString value;
            for (int group = 4; group <= 10; ++group) {
                if (t.capturedStart(group) >= 0) {
                    value = t.captured(group);
                    break;
                }
            }
            attributes.pairs.append({t.captured(3), value});
        }
    }
    return std::pair {attributes, m.capturedLength(0)};
}

// The trailing " {#id}" or " {: ...}" of a header's or paragraph line's text.
std::optional<std::pair<Attributes, qsizetype>> trailingAttributeList(QStringView text)
{
    const qsizetype open = text.lastIndexOf(u'{');
    if (open < 0 || !text.trimmed().endsWith(u'}'))
        return std::nullopt;
    const QStringView tail = text.sliced(open).trimmed();
    auto parsed = parseAttributeList(tail);
    if (!parsed || parsed->second != tail.size())
        return std::nullopt;
    return std::pair {parsed->first, open};
}

// kramdown's typographic "<<" and ">>".
QString guillemets(QString text)
{
    if (text.contains(QLatin1String("<<")) || text.contains(QLatin1String(">>")))
        text.replace(QLatin1String("<<"), QStringLiteral("\u00AB"))
            .replace(QLatin1String(">>"), QStringLiteral("\u00BB"));
    return text;
}

// Writes the cmark AST as kramdown writes HTML.
class KramdownWriter
{
public:
    KramdownWriter(QStringView source, const MarkdownOptions &options)
        : m_source(source)
        , m_options(options)
        , m_headerIds(options.headerIdsAbove)
    {
        qsizetype pos = 0;
        while (pos <= source.size()) {
            qsizetype end = source.indexOf(u'\n', pos);
            if (end < 0)
                end = source.size();
            m_lines.append(source.sliced(pos, end - pos));
            if (end >= source.size())
                break;
            pos = end + 1;
        }
    }

    QString write(cmark_node *document, QList<RenderedBlock> *blocks = nullptr)
    {
        const int offset = m_options.firstLine - 1;
        qsizetype previousBegin = 0;
        for (cmark_node *child = cmark_node_first_child(document); child; child = cmark_node_next(child)) {
            qsizetype begin = m_out.size();
            m_topLevel = child;
            m_insertedIntoPrevious = 0;
            m_blockHeaderIds.clear();
            block(child, false);
            if (blocks && m_insertedIntoPrevious > 0 && !blocks->isEmpty()) {
                // An attribute list below a block went into that block's start tag.
                begin += m_insertedIntoPrevious;
                blocks->last().html = m_out.sliced(previousBegin, begin - previousBegin);
            }
            if (blocks && m_out.size() > begin) {
                previousBegin = begin;
                if (isType(child, "table"))
                    m_tables.append(blocks->size());
                blocks->append({m_out.sliced(begin), cmark_node_get_start_line(child) + offset,
                                qMax(cmark_node_get_start_line(child), cmark_node_get_end_line(child)) + offset,
                                m_blockHeaderIds});
            }
        }
        if (blocks)
            fixLines(*blocks, offset);
        return m_out;
    }

private:
    // cmark-gfm gives a table made from the lines of a paragraph, and what is left of that
    // paragraph, positions that can be far off. Top-level blocks follow each other, so a block's
    // first line is the first non-blank line after the block above; a table starts at its header
    // row, the line above its delimiter row; and a block without a sane last line ends before the
    // block below.
    void fixLines(QList<RenderedBlock> &blocks, int offset) const
    {
        static const QRegularExpression delimiterRow(
            QStringLiteral(R"re(^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$)re"));
        int previousLast = 0; // in body lines
        QList<qsizetype> lastUnknown;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            int first = blocks[i].firstLine - offset;
            if (first <= previousLast || m_tables.contains(i)) {
                first = qMax(first, previousLast + 1);
                if (first > previousLast + 1 || m_tables.contains(i))
                    first = previousLast + 1;
                while (first < m_lines.size() && lineIsBlank(first))
                    ++first;
                if (m_tables.contains(i)) {
                    int row = first;
                    while (row + 1 <= m_lines.size() && !delimiterRow.matchView(m_lines.at(row)).hasMatch())
                        ++row;
                    if (row + 1 <= m_lines.size())
                        first = row; // the header row is the line above the delimiter row (0-based row)
                }
                blocks[i].firstLine = first + offset;
            }
            previousLast = qMax(first, blocks[i].lastLine - offset);
            if (blocks[i].lastLine - offset < first) {
                blocks[i].lastLine = first + offset;
                lastUnknown.append(i);
            }
        }
        // A block that ended up overlapping the next one, or whose end was lost, ends before it.
        for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
            if (blocks[i].lastLine >= blocks[i + 1].firstLine || lastUnknown.contains(i)) {
                int last = blocks[i + 1].firstLine - 1 - offset;
                while (last > blocks[i].firstLine - offset && lineIsBlank(last))
                    --last;
                blocks[i].lastLine = qMax(blocks[i].firstLine, last + offset);
            }
        }
    }

    bool lineIsBlank(int line) const // 1-based
    {
        return line >= 1 && line <= m_lines.size() && m_lines.at(line - 1).trimmed().isEmpty();
    }

    QString sourcePos(cmark_node *node) const
    {
        if (m_options.relativeLines && node != m_topLevel && m_topLevel) {
            return QStringLiteral(" data-mh-line=\"%1\"")
                .arg(cmark_node_get_start_line(node) - cmark_node_get_start_line(m_topLevel));
        }
        if (!m_options.sourcePositions)
            return {};
        const int offset = m_options.firstLine - 1;
        return QStringLiteral(" data-sourcepos=\"%1:%2-%3:%4\"")
            .arg(cmark_node_get_start_line(node) + offset)
            .arg(cmark_node_get_start_column(node))
            .arg(cmark_node_get_end_line(node) + offset)
            .arg(cmark_node_get_end_column(node));
    }

    // Opens a block tag and remembers where its attributes go, for a following block IAL.
    void openBlock(const QString &tag, cmark_node *node, const QString &attributes = {})
    {
        m_out += u'<' + tag;
        m_lastBlockAttributesAt = m_out.size();
        m_out += attributes + sourcePos(node) + u'>';
        if (!m_pendingAttributes.isEmpty()) {
            m_out.insert(m_lastBlockAttributesAt, m_pendingAttributes.html());
            m_pendingAttributes = {};
        }
    }

    void blockChildren(cmark_node *parent, bool tightItem)
    {
        for (cmark_node *child = cmark_node_first_child(parent); child; child = cmark_node_next(child))
            block(child, tightItem);
    }

    void block(cmark_node *node, bool tight)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            paragraph(node, tight);
            break;
        case CMARK_NODE_HEADING:
            heading(node);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            openBlock(QStringLiteral("blockquote"), node);
            m_out += u'\n';
            blockChildren(node, false);
            m_out += QLatin1String("</blockquote>\n");
            break;
        case CMARK_NODE_LIST:
            list(node);
            break;
        case CMARK_NODE_CODE_BLOCK:
            codeBlock(node);
            break;
        case CMARK_NODE_HTML_BLOCK:
            m_out += literal(node);
            if (!m_out.endsWith(u'\n'))
                m_out += u'\n';
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            openBlock(QStringLiteral("hr"), node);
            m_out.insert(m_out.size() - 1, QLatin1String(" /"));
            m_out += u'\n';
            break;
        default:
            if (isType(node, "table"))
                table(node);
            else
                blockChildren(node, false);
            break;
        }
    }

    void paragraph(cmark_node *node, bool tight)
    {
        // The paragraph's own attribute lists: a first line "{: ...}" or a last line "{: ...}".
        Attributes attributes;
        cmark_node *first = cmark_node_first_child(node);
        cmark_node *last = cmark_node_last_child(node);
        cmark_node *skipFirst = nullptr;
        cmark_node *skipLast = nullptr;
        if (first && cmark_node_get_type(first) == CMARK_NODE_TEXT) {
            const QString text = literal(first);
            if (auto ial = parseAttributeList(text); ial && ial->second == text.trimmed().size()) {
                cmark_node *after = cmark_node_next(first);
                if (!after) {
                    // A paragraph that is only an attribute list: for the block right above it,
                    // else for the next one.
                    const int line = cmark_node_get_start_line(node);
                    if (m_lastBlockAttributesAt >= 0 && !lineIsBlank(line - 1) && line > 1) {
                        const QString html = ial->first.html();
                        m_out.insert(m_lastBlockAttributesAt, html);
                        m_insertedIntoPrevious += html.size();
                    } else
                        m_pendingAttributes.merge(ial->first);
                    return;
                }
                if (cmark_node_get_type(after) == CMARK_NODE_SOFTBREAK) {
                    attributes.merge(ial->first);
                    skipFirst = after;
                }
            }
        }
        if (last && last != first && cmark_node_get_type(last) == CMARK_NODE_TEXT) {
            const QString text = literal(last);
            cmark_node *before = cmark_node_previous(last);
            if (auto ial = parseAttributeList(text.trimmed()); ial && ial->second == text.trimmed().size() && before
                && cmark_node_get_type(before) == CMARK_NODE_SOFTBREAK) {
                attributes.merge(ial->first);
                skipLast = before;
            }
        }

        if (!tight)
            openBlock(QStringLiteral("p"), node, attributes.html());
        cmark_node *from = skipFirst ? cmark_node_next(skipFirst) : first;
        cmark_node *to = skipLast ? skipLast : nullptr;
        m_out += inlines(from, to);
        if (!tight)
            m_out += QLatin1String("</p>\n");
    }

    void heading(cmark_node *node)
    {
        // "## Title {#id}" or "## Title {: .class}": the attribute list is not part of the title.
        Attributes attributes;
        if (cmark_node *last = cmark_node_last_child(node); last && cmark_node_get_type(last) == CMARK_NODE_TEXT) {
            const QString text = literal(last);
            if (auto ial = trailingAttributeList(text)) {
                attributes = ial->first;
                const QByteArray kept = text.first(ial->second).trimmed().toUtf8();
                cmark_node_set_literal(last, kept.constData());
            }
        }
        const QString html = inlines(cmark_node_first_child(node), nullptr);
        if (attributes.id.isEmpty()) {
            QString id = kramdownHeaderId(plainText(cmark_node_first_child(node), nullptr));
            m_blockHeaderIds.append(id);
            const int seen = m_headerIds[id]++;
            if (seen > 0)
                id += u'-' + QString::number(seen);
            attributes.id = id;
        }
        const QString tag = u'h' + QString::number(cmark_node_get_heading_level(node));
        openBlock(tag, node, attributes.html());
        m_out += html + QLatin1String("</") + tag + QLatin1String(">\n");
    }

    void list(cmark_node *node)
    {
        const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        bool taskList = false;
        QList<cmark_node *> items;
        for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
            items.append(item);
            taskList = taskList || isType(item, "tasklist");
        }
        QString attributes;
        if (ordered && cmark_node_get_list_start(node) != 1)
            attributes += QStringLiteral(" start=\"%1\"").arg(cmark_node_get_list_start(node));
        if (taskList)
            attributes += QLatin1String(" class=\"task-list\"");
        const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
        openBlock(tag, node, attributes);
        m_out += u'\n';

        // kramdown decides per item whether its text is a paragraph: it is when a blank line
        // follows the item, and for the last item when a blank line precedes it.
        QList<bool> blankAfter;
        for (int i = 0; i < items.size(); ++i)
            blankAfter.append(i + 1 < items.size() && lineIsBlank(cmark_node_get_start_line(items[i + 1]) - 1));
        for (int i = 0; i < items.size(); ++i) {
            cmark_node *item = items[i];
            bool paragraphs = blankAfter[i] || (i == items.size() - 1 && i > 0 && blankAfter[i - 1]);
            // An item with several blocks separated by blank lines is loose inside.
            for (cmark_node *c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
                if (cmark_node_next(c) && cmark_node_get_type(cmark_node_next(c)) == CMARK_NODE_PARAGRAPH
                    && lineIsBlank(cmark_node_get_start_line(cmark_node_next(c)) - 1))
                    paragraphs = true;
            }
            QString itemAttributes;
            const bool task = isType(item, "tasklist");
            if (task)
                itemAttributes = QStringLiteral(" class=\"task-list-item\"");
            openBlock(QStringLiteral("li"), item, itemAttributes);
            if (task) {
                m_out += QLatin1String(
                    "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\"");
                if (cmark_gfm_extensions_get_tasklist_item_checked(item))
                    m_out += QLatin1String(" checked=\"checked\"");
                m_out += QLatin1String(" />");
            }
            cmark_node *firstChild = cmark_node_first_child(item);
            for (cmark_node *c = firstChild; c; c = cmark_node_next(c)) {
                const bool isParagraph = cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH;
                if (c != firstChild || !isParagraph || paragraphs)
                    m_out += u'\n';
                block(c, isParagraph && !paragraphs && c == firstChild);
            }
            m_out += QLatin1String("</li>\n");
        }
        m_out += QLatin1String("</") + tag + QLatin1String(">\n");
    }

    void codeBlock(cmark_node *node)
    {
        const char *fence = cmark_node_get_fence_info(node);
        QString language = fence ? QString::fromUtf8(fence).trimmed().section(u' ', 0, 0) : QString();
        if (language.isEmpty())
            language = QStringLiteral("plaintext");
        openBlock(QStringLiteral("div"), node,
                  QStringLiteral(" class=\"language-%1 highlighter-rouge\"").arg(escapeMarkup(language)));
        m_out += QLatin1String("<div class=\"highlight\"><pre class=\"highlight\"><code>") + escapeMarkup(literal(node))
            + QLatin1String("</code></pre></div></div>\n");
    }

    void table(cmark_node *node)
    {
        const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
        const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(node);
        auto alignment = [&](int column) -> QString {
            if (!alignments || column >= columns)
                return {};
            switch (alignments[column]) {
            case 'l':
                return QStringLiteral(" style=\"text-align: left\"");
            case 'r':
                return QStringLiteral(" style=\"text-align: right\"");
            case 'c':
                return QStringLiteral(" style=\"text-align: center\"");
            default:
                return {};
            }
        };
        openBlock(QStringLiteral("table"), node);
        m_out += u'\n';
        bool inBody = false;
        for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
            if (header) {
                m_out += QLatin1String("<thead>\n");
            } else if (!inBody) {
                m_out += QLatin1String("<tbody>\n");
                inBody = true;
            }
            m_out += QLatin1String("<tr>\n");
            int column = 0;
            for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++column) {
                const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
                m_out += u'<' + tag + alignment(column) + u'>' + inlines(cmark_node_first_child(cell), nullptr)
                    + QLatin1String("</") + tag + QLatin1String(">\n");
            }
            m_out += QLatin1String("</tr>\n");
            if (header)
                m_out += QLatin1String("</thead>\n");
        }
        if (inBody)
            m_out += QLatin1String("</tbody>\n");
        m_out += QLatin1String("</table>\n");
    }

    // The HTML of the inline nodes from first up to (not including) end.
    QString inlines(cmark_node *first, cmark_node *end)
    {
        QString out;
        for (cmark_node *node = first; node && node != end; node = cmark_node_next(node)) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                out += escapeMarkup(guillemets(literal(node)));
                break;
            case CMARK_NODE_SOFTBREAK:
                out += u'\n';
                break;
            case CMARK_NODE_LINEBREAK:
                out += QLatin1String("<br />\n");
                break;
            case CMARK_NODE_CODE:
                out += QLatin1String("<code class=\"language-plaintext highlighter-rouge\">")
                    + escapeMarkup(literal(node)) + QLatin1String("</code>");
                break;
            case CMARK_NODE_HTML_INLINE: {
                // kramdown reads "<<word>>" as guillemets; cmark sees "<word>" as a tag inside "<" ">".
                cmark_node *next = cmark_node_next(node);
                const QString tag = literal(node);
                if (out.endsWith(QLatin1String("&lt;")) && next && next != end
                    && cmark_node_get_type(next) == CMARK_NODE_TEXT && literal(next).startsWith(u'>')
                    && !tag.startsWith(QLatin1String("</"))) {
                    out.chop(4);
                    out += u'\u00AB' + escapeMarkup(tag.sliced(1, tag.size() - 2)) + u'\u00BB'
                        + escapeMarkup(guillemets(literal(next).sliced(1)));
                    node = next;
                } else {
                    out += tag;
                }
                break;
            }
            case CMARK_NODE_EMPH:
                out += QLatin1String("<em>") + inlines(cmark_node_first_child(node), nullptr) + QLatin1String("</em>");
                break;
            case CMARK_NODE_STRONG:
                out += QLatin1String("<strong>") + inlines(cmark_node_first_child(node), nullptr)
                    + QLatin1String("</strong>");
                break;
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE:
                node = linkOrImage(node, end, out);
                break;
            default:
                if (isType(node, "strikethrough"))
                    out += QLatin1String("<del>") + inlines(cmark_node_first_child(node), nullptr)
                        + QLatin1String("</del>");
                else
                    out += inlines(cmark_node_first_child(node), nullptr);
                break;
            }
            if (!node)
                break;
        }
        return out;
    }

    // Writes a link or image, with the span attribute list that may follow it; returns the last
    // node consumed.
    cmark_node *linkOrImage(cmark_node *node, cmark_node *end, QString &out)
    {
        const bool image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
        const QString url = QString::fromUtf8(cmark_node_get_url(node));
        const QString title = QString::fromUtf8(cmark_node_get_title(node));
        QString attributes;
        cmark_node *next = cmark_node_next(node);
        QString restOfText;
        bool consumedNext = false;
        if (next && next != end && cmark_node_get_type(next) == CMARK_NODE_TEXT) {
            const QString text = literal(next);
            if (auto ial = parseAttributeList(text)) {
                attributes = ial->first.html();
                restOfText = text.sliced(ial->second);
                consumedNext = true;
            }
        }
        if (image) {
            out += QStringLiteral("<img src=\"%1\" alt=\"%2\"")
                       .arg(escapeMarkup(url), escapeMarkup(plainText(cmark_node_first_child(node), nullptr)));
            if (!title.isEmpty())
                out += QStringLiteral(" title=\"%1\"").arg(escapeMarkup(title));
            out += attributes + QLatin1String(" />");
        } else {
            out += QStringLiteral("<a href=\"%1\"").arg(escapeMarkup(url));
            if (!title.isEmpty())
                out += QStringLiteral(" title=\"%1\"").arg(escapeMarkup(title));
            out += attributes + u'>' + inlines(cmark_node_first_child(node), nullptr) + QLatin1String("</a>");
        }
        if (!consumedNext)
            return node;
        out += escapeMarkup(restOfText);
        return next;
    }

    // The text a reader sees, for header ids and image alt text.
    QString plainText(cmark_node *first, cmark_node *end) const
    {
        QString out;
        for (cmark_node *node = first; node && node != end; node = cmark_node_next(node)) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                out += literal(node);
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                out += u' ';
                break;
            case CMARK_NODE_HTML_INLINE:
                break;
            default:
                out += plainText(cmark_node_first_child(node), nullptr);
                break;
            }
        }
        return out;
    }

    QStringView m_source;
    MarkdownOptions m_options;
    QList<QStringView> m_lines;
    QString m_out;
    QHash<QString, int> m_headerIds;
    qsizetype m_lastBlockAttributesAt = -1;
    Attributes m_pendingAttributes;
    cmark_node *m_topLevel = nullptr;
    qsizetype m_insertedIntoPrevious = 0;
    QList<qsizetype> m_tables; // indexes of top-level tables in the blocks
    QStringList m_blockHeaderIds; // of the top-level block being written
};

} // namespace

QString kramdownHeaderId(QStringView text)
{
    QString id;
    const QString lower = text.toString().toLower();
    id.reserve(lower.size());
    for (const QChar c : lower) {
        const auto category = c.category();
        const bool word = c.isLetter() || c.isMark() || category == QChar::Number_DecimalDigit
            || category == QChar::Punctuation_Connector;
        if (c == u' ' || c == u'\t')
            id += u'-';
        else if (word || c == u'-')
            id += c;
    }
    return id;
}

QString renderMarkdownBlocks(QStringView markdown, const MarkdownOptions &options, QList<RenderedBlock> *blocks)
{
    ensureExtensionsRegistered();
    const int cmarkOptions = CMARK_OPT_UNSAFE | CMARK_OPT_SMART | CMARK_OPT_SOURCEPOS;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(cmarkOptions));
    for (const char *name : {"table", "strikethrough", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    cmark_consolidate_text_nodes(document.get());
    return KramdownWriter(markdown, options).write(document.get(), blocks);
}

QString renderMarkdown(QStringView markdown, const MarkdownOptions &options)
{
    return renderMarkdownBlocks(markdown, options, nullptr);
}

} // namespace Masthead
