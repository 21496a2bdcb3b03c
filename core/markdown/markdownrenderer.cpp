// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/markdownrenderer.h"

#include "core/markdown/codehighlighter.h"
#include "core/markdown/htmlescape.h"
#include "core/markdown/kramdownsyntax_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <functional>
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
    // kramdown's GFM input reads "{width=...}" and "{#id}" without the colon as text.
    if (!text.startsWith(QLatin1String("{:")))
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

// Stands for inline code or an HTML tag before a quote: kramdown opens a double quote after them
// (`c`"y" is `c`“y”) but closes a single one (`x`'s is `x`’s).
constexpr char16_t afterElement = u'\uFFFC';

// Whether a quote after this character opens: at the start, after white space or an opening bracket or dash.
bool opensQuote(QChar previous)
{
    return previous.isNull() || previous.isSpace() || previous == QChar(afterElement)
        || QStringView(u"([{-\u2013\u2014\u201C\u2018").contains(previous);
}

// kramdown's typography, which is not CommonMark's "smart" punctuation: a quote is decided by what
// comes before it (after a word or a closing bracket it closes: 12" is 12”, {width="5"} is
// {width=”5”}); an apostrophe between letters, and before a year's "90s", is ’; "---", "--",
// "..." and "<<", ">>" become —, –, … and «, ». `previous` is the character written before the
// text (null at a paragraph's start) and becomes the last one of it.
QString typographic(QStringView text, QChar &previous)
{
    if (text.isEmpty())
        return {};
    // Most text has nothing to change: one pass over raw characters finds out (this runs on every
    // text of every paragraph, also in unoptimised builds).
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    bool plain = true;
    for (qsizetype i = 0; i < size && plain; ++i) {
        const char16_t c = data[i];
        plain = !(c == u'"' || c == u'\'' || (c == u'-' && i + 1 < size && data[i + 1] == u'-')
                  || (c == u'.' && i + 2 < size && data[i + 1] == u'.' && data[i + 2] == u'.')
                  || ((c == u'<' || c == u'>') && i + 1 < size && data[i + 1] == c));
    }
    if (plain) {
        previous = QChar(data[size - 1]);
        return text.toString();
    }
    QString out;
    out.reserve(size);
    char16_t last = previous.unicode();
    auto put = [&](char16_t c) {
        out.append(QChar(c));
        last = c;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i];
        const char16_t next = i + 1 < size ? data[i + 1] : 0;
        if (c == u'-' && next == u'-' && i + 2 < size && data[i + 2] == u'-') {
            put(u'\u2014');
            i += 2;
        } else if (c == u'-' && next == u'-') {
            put(u'\u2013');
            i += 1;
        } else if (c == u'.' && next == u'.' && i + 2 < size && data[i + 2] == u'.') {
            put(u'\u2026');
            i += 2;
        } else if (c == u'<' && next == u'<') {
            // "<< " and " >>" keep their space, as a no-break one.
            put(u'\u00AB');
            i += 1;
            if (i + 1 < size && data[i + 1] == u' ') {
                put(u'\u00A0');
                i += 1;
            }
        } else if (c == u' ' && next == u'>' && i + 2 < size && data[i + 2] == u'>') {
            put(u'\u00A0');
            put(u'\u00BB');
            i += 2;
        } else if (c == u'>' && next == u'>') {
            put(u'\u00BB');
            i += 1;
        } else if (c == u'"') {
            put(opensQuote(QChar(last)) ? u'\u201C' : u'\u201D');
        } else if (c == u'\'') {
            const bool decade
                = i + 3 < size && QChar::isDigit(data[i + 1]) && QChar::isDigit(data[i + 2]) && data[i + 3] == u's';
            if (last == afterElement || (QChar::isLetterOrNumber(last) && next && QChar::isLetterOrNumber(next)))
                put(u'\u2019');
            else if (opensQuote(QChar(last)) && !decade)
                put(u'\u2018');
            else
                put(u'\u2019');
        } else {
            put(c);
        }
    }
    previous = QChar(last);
    return out;
}

// Deeper than this, blocks and spans are written as their plain text: a body of 20,000 nested
// emphasis markers or 10,000 nested lists must not exhaust the stack of the thread rendering it.
constexpr int maximumNesting = 120;
// Parts rendered on their own (definitions, footnotes, markdown="1" HTML) inside each other.
constexpr int maximumPartNesting = 8;

// What a document defines for all of its parts, and the numbering that runs through them all: the
// writers of the parts a document is cut into (the body, each definition, each footnote) share it.
struct KramdownDocument {
    struct Heading {
        int level = 1;
        QString id;
        QString html;
        bool inTableOfContents = true;
    };
    QHash<QString, Kramdown::FootnoteDefinition> footnotes;
    QStringList footnoteOrder; // by first reference
    QHash<QString, int> footnoteReferences; // how many so far
    QList<std::pair<QString, QString>> abbreviations;
    QRegularExpression abbreviationPattern;
    QHash<QString, int> headerIds;
    QList<Heading> headings;
    QString linkDefinitions; // the body's reference definitions, for the parts rendered on their own
    int partDepth = 0;
    bool tableOfContents = false;
    bool tableOfContentsOrdered = false;

    void addDefinitions(const Kramdown::PreparedMarkdown &prepared)
    {
        for (auto it = prepared.footnotes.cbegin(); it != prepared.footnotes.cend(); ++it) {
            if (!footnotes.contains(it.key()))
                footnotes.insert(it.key(), it.value());
        }
        if (prepared.abbreviations.isEmpty())
            return;
        abbreviations += prepared.abbreviations;
        // The longest first, so that "HTML5" wins over "HTML"; an abbreviation is a whole word.
        QStringList names;
        for (const auto &[name, title] : std::as_const(abbreviations))
            names.append(QRegularExpression::escape(name));
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        abbreviationPattern.setPattern(QStringLiteral("(?<![\\w])(%1)(?![\\w])").arg(names.join(u'|')));
        abbreviationPattern.setPatternOptions(QRegularExpression::UseUnicodePropertiesOption);
    }

    QString abbreviationTitle(QStringView name) const
    {
        for (auto it = abbreviations.crbegin(); it != abbreviations.crend(); ++it) {
            if (it->first == name)
                return it->second;
        }
        return {};
    }
};

QString renderPart(QStringView markdown, KramdownDocument &document);

// A paragraph's HTML without its <p> and </p>, for a term or a tight definition.
QString withoutFirstParagraphTags(QString html)
{
    if (!html.startsWith(QLatin1String("<p>")))
        return html;
    const qsizetype close = html.indexOf(QLatin1String("</p>"));
    if (close < 0)
        return html;
    html.remove(close, 4);
    html.remove(0, 3);
    return html;
}

// The text of a subtree, without recursion.
QString flatText(cmark_node *node)
{
    QString out;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            out += literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return out;
}

const QRegularExpression &footnoteReference()
{
    static const QRegularExpression re(QStringLiteral(R"re(\[\^([^\]\s]+)\])re"));
    return re;
}

// Writes the cmark AST as kramdown writes HTML.
class KramdownWriter
{
public:
    KramdownWriter(const Kramdown::PreparedMarkdown &prepared, const MarkdownOptions &options,
                   KramdownDocument &document)
        : m_prepared(prepared)
        , m_options(options)
        , m_document(document)
        , m_headerIds(document.headerIds)
    {
        const QStringView source = prepared.text;
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
            const qsizetype before = m_out.size();
            block(child, false);
            noteSibling(child, before);
            cmark_node *lastNode = child;
            if (m_mergedInto) { // lists merged into this one: go on after the last
                lastNode = std::exchange(m_mergedInto, nullptr);
            }
            if (blocks && m_insertedIntoPrevious > 0 && !blocks->isEmpty()) {
                // An attribute list below a block went into that block's start tag.
                begin += m_insertedIntoPrevious;
                blocks->last().html = m_out.sliced(previousBegin, begin - previousBegin);
            }
            if (blocks && m_out.size() > begin) {
                previousBegin = begin;
                if (isType(child, "table"))
                    m_tables.append(blocks->size());
                const int end = cmark_node_get_type(child) == CMARK_NODE_HEADING ? headingEndLine(child)
                                                                                 : cmark_node_get_end_line(lastNode);
                blocks->append({m_out.sliced(begin), cmark_node_get_start_line(child) + offset,
                                qMax(cmark_node_get_start_line(child), end) + offset, m_blockHeaderIds});
            }
            child = lastNode;
        }
        if (blocks)
            fixLines(*blocks, offset);
        return m_out;
    }

    // The table of contents in place of its placeholder, and the footnotes at the end: what needs
    // the whole document. For the body only.
    void finishDocument(QString &html, QList<RenderedBlock> *blocks)
    {
        // The footnotes first: kramdown's table of contents lists the headings in them too.
        const QString notes = footnotes();
        if (m_document.tableOfContents) {
            const QString toc = tableOfContents();
            html.replace(tableOfContentsMark(), toc);
            if (blocks) {
                for (RenderedBlock &b : *blocks)
                    b.html.replace(tableOfContentsMark(), toc);
            }
        }
        if (!notes.isEmpty()) {
            html += notes;
            if (blocks && !blocks->isEmpty())
                blocks->append({notes, blocks->last().lastLine, blocks->last().lastLine, {}});
        }
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

    // cmark-gfm can end a setext heading where the paragraph below it ends: an ATX heading is one
    // line, a setext one ends at its underline.
    int headingEndLine(cmark_node *heading) const
    {
        static const QRegularExpression underline(QStringLiteral(R"re(^ {0,3}(=+|-+)[ \t]*$)re"));
        const int start = cmark_node_get_start_line(heading);
        if (start < 1 || start > m_lines.size() || m_lines.at(start - 1).trimmed().startsWith(u'#'))
            return start;
        for (int line = start + 1; line <= m_lines.size() && line <= cmark_node_get_end_line(heading); ++line) {
            if (underline.matchView(m_lines.at(line - 1)).hasMatch())
                return line;
        }
        return start;
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
        m_lastBlockClassAt = -1;
        m_lastHeading = -1;
        m_out += attributes + sourcePos(node) + u'>';
        if (!m_pendingAttributes.isEmpty()) {
            m_out.insert(m_lastBlockAttributesAt, m_pendingAttributes.html());
            m_pendingAttributes = {};
        }
    }

    // An attribute list below a block goes into the block's start tag; classes join a class the tag has.
    void addToLastBlock(Attributes attributes)
    {
        if (m_lastHeading >= 0 && attributes.classes.contains(u"no_toc"))
            m_document.headings[m_lastHeading].inTableOfContents = false;
        if (m_lastBlockClassAt >= 0 && !attributes.classes.isEmpty()) {
            const QString classes = u' ' + escapeMarkup(attributes.classes.join(u' '));
            m_out.insert(m_lastBlockClassAt, classes);
            m_insertedIntoPrevious += classes.size();
            attributes.classes.clear();
        }
        const QString html = attributes.html();
        m_out.insert(m_lastBlockAttributesAt, html);
        m_insertedIntoPrevious += html.size();
    }

    // Remembers where the attributes of a block just written go, for an attribute list below it.
    void noteSibling(cmark_node *node, qsizetype before)
    {
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK || m_out.size() <= before || m_out[before] != u'<')
            return;
        qsizetype at = before + 1;
        while (at < m_out.size() && m_out[at].isLetterOrNumber())
            ++at;
        m_siblingAttributesAt = at;
    }

    // Counts how deep the writer is; past maximumNesting, what is inside is written as plain text.
    struct Nesting {
        explicit Nesting(int &depth)
            : m_depth(++depth)
            , m_counter(depth)
        {
        }
        ~Nesting() { --m_counter; }
        bool tooDeep() const { return m_depth > maximumNesting; }
        Q_DISABLE_COPY_MOVE(Nesting)

    private:
        int m_depth;
        int &m_counter;
    };

    void blockChildren(cmark_node *parent, bool tightItem)
    {
        for (cmark_node *child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
            const qsizetype before = m_out.size();
            block(child, tightItem);
            noteSibling(child, before);
            if (m_mergedInto)
                child = std::exchange(m_mergedInto, nullptr);
        }
    }

    void block(cmark_node *node, bool tight)
    {
        const Nesting nesting(m_depth);
        if (nesting.tooDeep()) {
            m_out += QLatin1String("<p>") + escapeMarkup(flatText(node)) + QLatin1String("</p>\n");
            return;
        }
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
        case CMARK_NODE_HTML_BLOCK: {
            const QString html = literal(node);
            if (html.startsWith(Kramdown::blockPlaceholderStart)) {
                part(html);
                break;
            }
            m_out += html;
            if (!m_out.endsWith(u'\n'))
                m_out += u'\n';
            break;
        }
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
                        addToLastBlock(ial->first);
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

        m_previous = QChar();
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
        // "## Title {#id}" sets the id; kramdown's GFM parser reads no other attribute list on a
        // heading's line ("## Title {: .class}" and "{#id .class}" stay text), only on the next line.
        static const QRegularExpression headerId(QStringLiteral(R"re(\s\{#([A-Za-z][\w-]*)\}\s*$)re"));
        Attributes attributes;
        if (cmark_node *last = cmark_node_last_child(node); last && cmark_node_get_type(last) == CMARK_NODE_TEXT) {
            const QString text = literal(last);
            if (const auto m = headerId.match(text); m.hasMatch()) {
                attributes.id = m.captured(1);
                const QByteArray kept = text.first(m.capturedStart()).trimmed().toUtf8();
                cmark_node_set_literal(last, kept.constData());
            }
        }
        m_previous = QChar();
        const QString html = inlines(cmark_node_first_child(node), nullptr);
        if (attributes.id.isEmpty()) {
            QChar start;
            QString id = kramdownHeaderId(typographic(plainText(cmark_node_first_child(node), nullptr), start));
            m_blockHeaderIds.append(id);
            const int seen = m_headerIds[id]++;
            if (seen > 0)
                id += u'-' + QString::number(seen);
            attributes.id = id;
        }
        const int level = cmark_node_get_heading_level(node);
        const QString tag = u'h' + QString::number(level);
        openBlock(tag, node, attributes.html());
        m_out += html + QLatin1String("</") + tag + QLatin1String(">\n");
        m_document.headings.append({level, attributes.id, html, !attributes.classes.contains(u"no_toc")});
        m_lastHeading = m_document.headings.size() - 1;
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
        cmark_node *mergedInto = nullptr;
        // kramdown goes on with a bullet list whatever the bullet ("-" then "+"), where cmark starts
        // another list: the lists that follow are merged into this one.
        for (cmark_node *next = cmark_node_next(node); !ordered && next && cmark_node_get_type(next) == CMARK_NODE_LIST
             && cmark_node_get_list_type(next) == CMARK_BULLET_LIST;
             next = cmark_node_next(next)) {
            for (cmark_node *item = cmark_node_first_child(next); item; item = cmark_node_next(item)) {
                items.append(item);
                taskList = taskList || isType(item, "tasklist");
            }
            mergedInto = next;
        }
        QString attributes;
        if (ordered && cmark_node_get_list_start(node) != 1)
            attributes += QStringLiteral(" start=\"%1\"").arg(cmark_node_get_list_start(node));
        if (taskList)
            attributes += QLatin1String(" class=\"task-list\"");
        const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
        openBlock(tag, node, attributes);
        m_out += u'\n';

        // kramdown decides per item whether its first paragraph is a <p>: it is when a blank line
        // follows that paragraph (in the item or before the next one). The last item's is when
        // every item before it had a <p>, or when a blank line parts it from more blocks in the item.
        QList<bool> paragraphs;
        bool taskSeen = false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            cmark_node *first = cmark_node_first_child(items[i]);
            bool p = false;
            if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
                const bool blankAfter = lineIsBlank(cmark_node_get_end_line(first) + 1);
                if (i + 1 < items.size())
                    p = blankAfter;
                else
                    p = (cmark_node_next(first) && blankAfter)
                        || (i > 0 && std::all_of(paragraphs.cbegin(), paragraphs.cend(), [](bool b) { return b; }));
            }
            paragraphs.append(p);
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            cmark_node *item = items[i];
            const bool paragraph = paragraphs[i];
            QString itemAttributes;
            const bool task = isType(item, "tasklist");
            // From a list's first task on, kramdown gives every item the class, checkbox or not.
            taskSeen = taskSeen || task;
            if (taskSeen)
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
                if (c != firstChild || !isParagraph || paragraph)
                    m_out += u'\n';
                block(c, isParagraph && !paragraph && c == firstChild);
                if (m_mergedInto)
                    c = std::exchange(m_mergedInto, nullptr);
            }
            m_out += QLatin1String("</li>\n");
        }
        m_out += QLatin1String("</") + tag + QLatin1String(">\n");
        m_mergedInto = mergedInto;
    }

    // Jekyll has Rouge colour a fence with a language Rouge knows; one it does not know is a plain
    // <pre><code>, and one without a language is plain text in Rouge's structure.
    void codeBlock(cmark_node *node)
    {
        const char *fence = cmark_node_get_fence_info(node);
        const QString info = fence ? QString::fromUtf8(fence).trimmed().section(u' ', 0, 0) : QString();
        const QString code = literal(node);
        std::optional<QString> coloured;
        QString language = info.section(u'?', 0, 0);
        if (language.isEmpty()) {
            language = QStringLiteral("plaintext");
            coloured = escapeMarkup(code);
        } else {
            coloured = highlightAsRouge(code, info);
        }
        if (!coloured) {
            openBlock(QStringLiteral("pre"), node);
            m_out += QStringLiteral("<code class=\"language-%1\">").arg(escapeMarkup(info)) + escapeMarkup(code)
                + QLatin1String("</code></pre>\n");
            return;
        }
        openBlock(QStringLiteral("div"), node,
                  QStringLiteral(" class=\"language-%1 highlighter-rouge\"").arg(escapeMarkup(language)));
        // The classes of an attribute list below go before "highlighter-rouge", where kramdown puts them.
        m_lastBlockClassAt = m_out.lastIndexOf(QLatin1String(" highlighter-rouge\""));
        m_out += QLatin1String("<div class=\"highlight\"><pre class=\"highlight\"><code>") + *coloured
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
                m_previous = QChar();
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
        const Nesting nesting(m_depth);
        if (nesting.tooDeep()) {
            for (cmark_node *node = first; node && node != end; node = cmark_node_next(node))
                out += escapeMarkup(flatText(node));
            return out;
        }
        for (cmark_node *node = first; node && node != end; node = cmark_node_next(node)) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                out += textHtml(literal(node));
                break;
            case CMARK_NODE_SOFTBREAK:
                out += u'\n';
                m_previous = u'\n';
                break;
            case CMARK_NODE_LINEBREAK:
                out += QLatin1String("<br />\n");
                m_previous = u'\n';
                break;
            case CMARK_NODE_CODE: {
                // A code span may hold placeholders of characters written as they are ("|" in a table).
                QString code;
                forEachPiece(
                    literal(node), [&](QStringView plain) { code += plain; },
                    [&](const Kramdown::InlinePart &part) { code += part.text; });
                out += QLatin1String("<code class=\"language-plaintext highlighter-rouge\">") + escapeMarkup(code)
                    + QLatin1String("</code>");
                m_previous = QChar(afterElement);
                break;
            }
            case CMARK_NODE_HTML_INLINE: {
                // kramdown reads "<<word>>" as guillemets; cmark sees "<word>" as a tag inside "<" ">".
                cmark_node *next = cmark_node_next(node);
                const QString tag = literal(node);
                if (out.endsWith(QLatin1String("&lt;")) && next && next != end
                    && cmark_node_get_type(next) == CMARK_NODE_TEXT && literal(next).startsWith(u'>')
                    && !tag.startsWith(QLatin1String("</"))) {
                    out.chop(4);
                    out += u'\u00AB' + escapeMarkup(tag.sliced(1, tag.size() - 2)) + u'\u00BB';
                    m_previous = u'\u00BB';
                    out += textHtml(literal(next).sliced(1));
                    node = next;
                } else {
                    out += tag;
                    m_previous = QChar(afterElement);
                }
                break;
            }
            case CMARK_NODE_EMPH: {
                // "***both***": cmark nests <em><strong>, kramdown <strong><em>.
                cmark_node *child = cmark_node_first_child(node);
                if (child && !cmark_node_next(child) && cmark_node_get_type(child) == CMARK_NODE_STRONG) {
                    out += QLatin1String("<strong><em>") + inlines(cmark_node_first_child(child), nullptr)
                        + QLatin1String("</em></strong>");
                    break;
                }
                out += QLatin1String("<em>") + inlines(child, nullptr) + QLatin1String("</em>");
                break;
            }
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
            if (auto ial = parseAttributeList(text);
                ial && text.startsWith(QLatin1String("{:"))) { // a span IAL needs its colon
                attributes = ial->first.html();
                restOfText = text.sliced(ial->second);
                consumedNext = true;
            }
        }
        if (image) {
            out += QStringLiteral("<img src=\"%1\" alt=\"%2\"")
                       .arg(escapeMarkup(url), escapeMarkup(plainText(cmark_node_first_child(node), nullptr, true)));
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

    // The text a reader sees, for header ids and image alt text (an image's alt text as written).
    QString plainText(cmark_node *first, cmark_node *end, bool altText = false) const
    {
        QString out;
        for (cmark_node *node = first; node && node != end; node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) != CMARK_NODE_HTML_INLINE)
                out += flatText(node);
        }
        // Footnote markers and the other placeholders are not text, but the alt text written is.
        QString text;
        forEachPiece(
            out, [&](QStringView plain) { text += altText ? plain : withoutFootnoteReferences(plain); },
            [&](const Kramdown::InlinePart &part) {
                // An image's alt text, a quote written as it is, and math (in header ids) are text.
                if (part.kind != Kramdown::InlinePart::Kind::Comment
                    && part.kind != Kramdown::InlinePart::Kind::RawHtml)
                    text += part.text;
            });
        return text;
    }

    QString withoutFootnoteReferences(QStringView text) const
    {
        if (m_document.footnotes.isEmpty() || !text.contains(QLatin1String("[^")))
            return text.toString();
        QString out;
        qsizetype last = 0;
        for (auto it = footnoteReference().globalMatchView(text); it.hasNext();) {
            const auto m = it.next();
            if (!m_document.footnotes.contains(m.captured(1)))
                continue;
            out += text.sliced(last, m.capturedStart() - last);
            last = m.capturedEnd();
        }
        return out + text.sliced(last);
    }

    // Calls plain() with the runs of text and piece() with the inline placeholders between them.
    template<typename Plain, typename Piece>
    void forEachPiece(QStringView text, Plain plain, Piece piece) const
    {
        if (m_prepared.inlines.isEmpty()) {
            plain(text);
            return;
        }
        qsizetype last = 0;
        const char16_t *raw = text.utf16();
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            // The placeholders' high surrogates (plane 15) are 0xDB80 to 0xDBBF.
            if (raw[i] < 0xDB80 || raw[i] > 0xDBBF || !QChar::isLowSurrogate(raw[i + 1]))
                continue;
            const char32_t c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            if (c < Kramdown::firstInlinePlaceholder || c > Kramdown::lastInlinePlaceholder)
                continue;
            const qsizetype index = qsizetype(c - Kramdown::firstInlinePlaceholder);
            if (index >= m_prepared.inlines.size())
                continue;
            plain(text.sliced(last, i - last));
            piece(m_prepared.inlines[index]);
            last = i + 2;
            ++i;
        }
        plain(text.sliced(last));
    }

    // A text node's HTML: escaped, with kramdown's guillemets, footnote markers, abbreviations and
    // the inline placeholders' HTML.
    QString textHtml(QStringView text)
    {
        QString out;
        forEachPiece(
            text, [&](QStringView plain) { out += plainHtml(typographic(plain, m_previous)); },
            [&](const Kramdown::InlinePart &part) {
                m_previous = part.text.isEmpty() ? m_previous : part.text.back();
                switch (part.kind) {
                case Kramdown::InlinePart::Kind::Literal:
                    out += escapeMarkup(part.text);
                    break;
                case Kramdown::InlinePart::Kind::Math:
                    out += QLatin1String("\\(") + escapeMarkup(part.text) + QLatin1String("\\)");
                    break;
                case Kramdown::InlinePart::Kind::Comment:
                    out += QLatin1String("<!-- ") + part.text + QLatin1String(" -->");
                    break;
                case Kramdown::InlinePart::Kind::RawHtml:
                    out += part.text;
                    break;
                case Kramdown::InlinePart::Kind::AltText:
                    out += escapeMarkup(part.text);
                    break;
                }
            });
        return out;
    }

    QString plainHtml(const QString &text)
    {
        if (!m_document.footnotes.isEmpty() && text.contains(QLatin1String("[^"))) {
            QString out;
            qsizetype last = 0;
            for (auto it = footnoteReference().globalMatchView(text); it.hasNext();) {
                const auto m = it.next();
                const QString name = m.captured(1);
                if (!m_document.footnotes.contains(name))
                    continue;
                out += abbreviated(text.sliced(last, m.capturedStart() - last));
                out += footnoteMarker(name);
                last = m.capturedEnd();
            }
            return out + abbreviated(text.sliced(last));
        }
        return abbreviated(text);
    }

    QString abbreviated(QStringView text) const
    {
        if (m_document.abbreviations.isEmpty())
            return escapeMarkup(text);
        QString out;
        qsizetype last = 0;
        for (auto it = m_document.abbreviationPattern.globalMatchView(text); it.hasNext();) {
            const auto m = it.next();
            out += escapeMarkup(text.sliced(last, m.capturedStart() - last));
            const QString title = m_document.abbreviationTitle(m.capturedView());
            out += (title.isEmpty() ? QStringLiteral("<abbr>")
                                    : QStringLiteral("<abbr title=\"%1\">").arg(escapeMarkup(title)))
                + escapeMarkup(m.capturedView()) + QLatin1String("</abbr>");
            last = m.capturedEnd();
        }
        return out + escapeMarkup(text.sliced(last));
    }

    // A reference to a footnote: numbered by first use; the second use of one is "fnref:name:1".
    QString footnoteMarker(const QString &name)
    {
        qsizetype number = m_document.footnoteOrder.indexOf(name);
        if (number < 0) {
            m_document.footnoteOrder.append(name);
            number = m_document.footnoteOrder.size() - 1;
        }
        const int seen = m_document.footnoteReferences[name]++;
        const QString id = seen == 0 ? name : name + u':' + QString::number(seen);
        return QStringLiteral("<sup id=\"fnref:%1\"><a href=\"#fn:%2\" class=\"footnote\" rel=\"footnote\" "
                              "role=\"doc-noteref\">%3</a></sup>")
            .arg(escapeMarkup(id), escapeMarkup(name))
            .arg(number + 1);
    }

    // A block placeholder's HTML.
    void part(const QString &placeholder)
    {
        bool ok = false;
        QStringView number = QStringView(placeholder).sliced(Kramdown::blockPlaceholderStart.size());
        number = number.first(number.indexOf(u'-') < 0 ? number.size() : number.indexOf(u'-')).trimmed();
        const qsizetype index = number.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_prepared.blocks.size())
            return;
        const Kramdown::BlockPart &part = m_prepared.blocks[index];
        using Kind = Kramdown::BlockPart::Kind;
        const bool deep = m_document.partDepth >= maximumPartNesting;
        switch (part.kind) {
        case Kind::Nothing:
            break;
        case Kind::MathBlock:
            m_out += QLatin1String("\\[") + escapeMarkup(part.text) + QLatin1String("\\]\n");
            break;
        case Kind::Comment:
            m_out += QLatin1String("<!-- ") + part.text.trimmed() + QLatin1String(" -->\n");
            break;
        case Kind::RawHtml:
            m_out += part.text + u'\n';
            break;
        case Kind::MarkdownHtml:
            m_out += part.open + u'\n';
            m_out += deep ? part.text : renderPart(part.text, m_document);
            m_out += part.close + u'\n';
            break;
        case Kind::AttributeList:
            if (auto ial = parseAttributeList(part.text); ial && m_siblingAttributesAt >= 0) {
                const QString html = ial->first.html();
                m_out.insert(m_siblingAttributesAt, html);
                m_insertedIntoPrevious += html.size();
            }
            break;
        case Kind::TableOfContents:
            m_document.tableOfContents = true;
            m_document.tableOfContentsOrdered = part.ordered;
            m_out += tableOfContentsMark() + u'\n';
            break;
        case Kind::DefinitionList:
            m_out += QLatin1String("<dl>\n");
            for (const auto &definition : part.definitions) {
                QString html = deep ? escapeMarkup(definition.text) : renderPart(definition.text, m_document);
                if (definition.term) {
                    m_out
                        += QLatin1String("<dt>") + withoutFirstParagraphTags(html).trimmed() + QLatin1String("</dt>\n");
                } else {
                    if (!definition.loose) {
                        html = withoutFirstParagraphTags(html);
                        while (html.endsWith(u'\n'))
                            html.chop(1);
                    }
                    m_out += QLatin1String("<dd>") + html + QLatin1String("</dd>\n");
                }
            }
            m_out += QLatin1String("</dl>\n");
            break;
        }
    }

    static QString tableOfContentsMark() { return QStringLiteral("\uF8FEmh-toc\uF8FE"); }

    // Headings nest under the nearest one above of a lower level (at most six levels deep).
    QString tableOfContents() const
    {
        static const QRegularExpression link(QStringLiteral(R"re(</?a(\s[^>]*)?>|<sup id="fnref:.*?</sup>)re"));
        struct Item {
            const KramdownDocument::Heading *heading;
            QList<qsizetype> children;
        };
        QList<Item> items;
        QList<qsizetype> roots;
        QList<qsizetype> open;
        for (const auto &heading : m_document.headings) {
            if (!heading.inTableOfContents)
                continue;
            while (!open.isEmpty() && items[open.last()].heading->level >= heading.level)
                open.removeLast();
            items.append(Item {&heading, {}});
            (open.isEmpty() ? roots : items[open.last()].children).append(items.size() - 1);
            open.append(items.size() - 1);
        }
        const QString tag = m_document.tableOfContentsOrdered ? QStringLiteral("ol") : QStringLiteral("ul");
        QString out;
        const std::function<void(const QList<qsizetype> &, bool)> list = [&](const QList<qsizetype> &which, bool top) {
            out += u'<' + tag + (top ? QLatin1String(" id=\"markdown-toc\">\n") : QLatin1String(">\n"));
            for (const qsizetype i : which) {
                const auto *heading = items[i].heading;
                out += QStringLiteral("<li><a href=\"#%1\" id=\"markdown-toc-%1\">").arg(escapeMarkup(heading->id))
                    + QString(heading->html).remove(link) + QLatin1String("</a>");
                if (!items[i].children.isEmpty())
                    list(items[i].children, false);
                out += QLatin1String("</li>\n");
            }
            out += QLatin1String("</") + tag + QLatin1String(">\n");
        };
        list(roots, true);
        return out;
    }

    // kramdown's endnotes: each footnote used, in the order of first use, with a link back to
    // every use at the end of its last paragraph.
    QString footnotes()
    {
        if (m_document.footnoteOrder.isEmpty())
            return {};
        QString out = QStringLiteral("<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n");
        // A footnote may use another one, which is then added to the order.
        for (qsizetype i = 0; i < m_document.footnoteOrder.size(); ++i) {
            const QString name = m_document.footnoteOrder[i];
            QString html = renderPart(m_document.footnotes.value(name).markdown, m_document);
            QString back;
            const int uses = m_document.footnoteReferences.value(name);
            for (int use = 0; use < uses; ++use) {
                const QString id = use == 0 ? name : name + u':' + QString::number(use);
                back += QStringLiteral(
                            "\u00A0<a href=\"#fnref:%1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;")
                            .arg(escapeMarkup(id));
                if (use > 0)
                    back += QStringLiteral("<sup>%1</sup>").arg(use + 1);
                back += QLatin1String("</a>");
            }
            if (html.endsWith(QLatin1String("</p>\n")))
                html.insert(html.size() - 5, back);
            else
                html += QLatin1String("<p>") + back.sliced(qMin<qsizetype>(1, back.size())) + QLatin1String("</p>\n");
            out += QStringLiteral("<li id=\"fn:%1\">\n").arg(escapeMarkup(name)) + html + QLatin1String("</li>\n");
        }
        return out + QLatin1String("</ol>\n</div>\n");
    }

    const Kramdown::PreparedMarkdown &m_prepared;
    MarkdownOptions m_options;
    KramdownDocument &m_document;
    QList<QStringView> m_lines;
    QString m_out;
    QHash<QString, int> &m_headerIds;
    qsizetype m_lastBlockAttributesAt = -1;
    qsizetype m_lastBlockClassAt = -1; // where more classes go in the last block's class attribute
    qsizetype m_lastHeading = -1;
    qsizetype m_siblingAttributesAt = -1; // in the last block written beside the one being written // in
                                          // m_document.headings, when the last block was a heading
    int m_depth = 0;
    cmark_node *m_mergedInto = nullptr; // the last list merged into the one just written
    QChar m_previous; // the last character of the paragraph so far, for typographic quotes
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

namespace
{

// Parses Markdown that prepareKramdown() has made ready for cmark.
std::unique_ptr<cmark_node, NodeDeleter> parseWithCmark(QStringView text)
{
    ensureExtensionsRegistered();
    // No CMARK_OPT_SMART: kramdown's typography is not CommonMark's; the writer does it.
    // kramdown strikes through with "~~" only: "H~2~O" stays text.
    const int cmarkOptions = CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(cmarkOptions));
    for (const char *name : {"table", "strikethrough", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = text.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    cmark_consolidate_text_nodes(document.get());
    return document;
}

// The reference definitions of a text ("[name]: url"), which every part rendered on its own needs.
QString linkDefinitions(QStringView text)
{
    static const QRegularExpression definition(QStringLiteral(R"re((?m)^ {0,3}\[[^\]^\n][^\]\n]*\]:[ \t]*\S.*$)re"));
    QString out;
    for (auto it = definition.globalMatchView(text); it.hasNext();)
        out += it.next().capturedView() + u'\n';
    return out;
}

// A part of the document rendered on its own: a definition, a footnote, an HTML element's Markdown.
QString renderPart(QStringView markdown, KramdownDocument &document)
{
    ++document.partDepth;
    QString text = markdown.toString();
    if (!document.linkDefinitions.isEmpty())
        text += QLatin1String("\n\n") + document.linkDefinitions;
    const Kramdown::PreparedMarkdown prepared = Kramdown::prepareKramdown(text);
    document.addDefinitions(prepared);
    const auto parsed = parseWithCmark(prepared.text);
    QString html = KramdownWriter(prepared, {}, document).write(parsed.get());
    --document.partDepth;
    return html;
}

} // namespace

QString renderMarkdownBlocks(QStringView markdown, const MarkdownOptions &options, QList<RenderedBlock> *blocks)
{
    KramdownDocument document;
    document.headerIds = options.headerIdsAbove;
    const Kramdown::PreparedMarkdown prepared = Kramdown::prepareKramdown(markdown);
    document.addDefinitions(prepared);
    if (!prepared.blocks.isEmpty())
        document.linkDefinitions = linkDefinitions(markdown);
    const auto parsed = parseWithCmark(prepared.text);
    KramdownWriter writer(prepared, options, document);
    QString html = writer.write(parsed.get(), blocks);
    writer.finishDocument(html, blocks);
    return html;
}

QString renderMarkdown(QStringView markdown, const MarkdownOptions &options)
{
    return renderMarkdownBlocks(markdown, options, nullptr);
}

} // namespace Masthead
