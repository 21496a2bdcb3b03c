// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/frontmatter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Masthead
{
namespace
{
// A fence line: the marker followed only by spaces or tabs.
bool isFence(QStringView line, QStringView marker)
{
    return line.startsWith(marker) && line.sliced(marker.size()).trimmed().isEmpty();
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

struct Line {
    qsizetype begin;
    qsizetype end; // before '\n'
    int number; // 0-based
};

// The lines of the YAML part of a front matter block.
QList<Line> yamlLines(QStringView text, const FrontMatterBlock &block)
{
    QList<Line> lines;
    int number = 1;
    qsizetype pos = block.yamlBegin;
    while (pos < block.yamlEnd) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0 || end > block.yamlEnd)
            end = block.yamlEnd;
        lines.append({pos, end, number++});
        pos = end + 1;
    }
    return lines;
}

// The end of an inline value that starts at begin on a line ending at end: after its closing quote
// for quoted scalars, else before a " #" comment; trailing blanks excluded.
qsizetype inlineValueEnd(QStringView text, qsizetype begin, qsizetype end)
{
    if (begin >= end)
        return begin;
    const QChar first = text[begin];
    if (first == u'"' || first == u'\'') {
        for (qsizetype i = begin + 1; i < end; ++i) {
            if (first == u'"' && text[i] == u'\\') {
                ++i;
            } else if (text[i] == first) {
                if (first == u'\'' && i + 1 < end && text[i + 1] == u'\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
    }
    qsizetype stop = end;
    for (qsizetype i = begin; i < end; ++i) {
        if (text[i] == u'#' && i > begin && isBlank(text[i - 1])) {
            stop = i;
            break;
        }
    }
    while (stop > begin && isBlank(text[stop - 1]))
        --stop;
    return stop;
}

bool needsQuotes(const QString &value)
{
    static const QRegularExpression reserved(QStringLiteral(R"(^(true|false|yes|no|on|off|null|~|y|n)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$)"));
    if (value.isEmpty() || isBlank(value.front()) || isBlank(value.back()))
        return true;
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@`").contains(value.front()))
        return true;
    if (value.contains(QLatin1String(": ")) || value.contains(QLatin1String(" #")) || value.endsWith(u':')
        || value.contains(u'\n') || value.contains(u'\t'))
        return true;
    return reserved.match(value).hasMatch() || number.match(value).hasMatch();
}

QString doubleQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'"', QLatin1String("\\\""));
    escaped.replace(u'\n', QLatin1String("\\n"));
    escaped.replace(u'\t', QLatin1String("\\t"));
    return u'"' + escaped + u'"';
}

QString singleQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

// value in the quoting style of oldValue.
QString scalarLike(QStringView oldValue, const QString &value)
{
    if (oldValue.startsWith(u'"'))
        return doubleQuoted(value);
    if (oldValue.startsWith(u'\'') && !value.contains(u'\n'))
        return singleQuoted(value);
    return yamlScalar(value);
}

const FrontMatterEntry *findEntry(const QList<FrontMatterEntry> &entries, const QString &key)
{
    for (const auto &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

// Inserts "line\n" as the last line of the front matter, creating a front matter when there is none.
QString appendFrontMatterLines(const QString &text, const QString &lines)
{
    const FrontMatterBlock block = locateFrontMatter(text);
    if (!block.present)
        return QStringLiteral("---\n") + lines + QStringLiteral("---\n") + text;
    return text.first(block.yamlEnd) + lines + text.sliced(block.yamlEnd);
}

struct BlockListStyle {
    QString indent;
    QString dash = QStringLiteral("- ");
};

// The indentation of the first block list item in the front matter, if there is one.
std::optional<BlockListStyle> blockListStyle(QStringView text)
{
    const FrontMatterBlock block = locateFrontMatter(text);
    if (!block.present)
        return std::nullopt;
    static const QRegularExpression item(QStringLiteral(R"(^([ \t]*)(-[ \t]+))"));
    for (const Line &line : yamlLines(text, block)) {
        const auto m = item.matchView(text.sliced(line.begin, line.end - line.begin));
        if (m.hasMatch())
            return BlockListStyle {m.captured(1), m.captured(2)};
    }
    return std::nullopt;
}

QString blockListLines(const QStringList &items, const BlockListStyle &style)
{
    QString out;
    for (const QString &item : items)
        out += style.indent + style.dash + yamlScalar(item) + u'\n';
    return out;
}

QString flowList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(item.contains(u',') || item.contains(u']') ? doubleQuoted(item) : yamlScalar(item));
    return u'[' + quoted.join(QLatin1String(", ")) + u']';
}

QString scalarText(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// Where yaml-cpp is more lenient than Jekyll's YAML parser (Psych, libyaml): a quoted scalar that is
// never closed is read to the end of the block by yaml-cpp, but is an error for Jekyll, which then
// drops the whole front matter (the post loses its layout and date). The position (0-based line
// and column within yaml) of the first quote that opens a scalar and is never closed.
std::optional<std::pair<int, int>> unclosedQuote(QStringView yaml)
{
    int line = 0;
    int column = 0;
    int flowDepth = 0;
    bool scalarMayStart = true; // at a position where a scalar may begin (after indentation, ": ", "- ", ...)
    bool inPlain = false;
    for (qsizetype i = 0; i < yaml.size(); ++i) {
        const QChar c = yaml[i];
        if (c == u'\n') {
            ++line;
            column = 0;
            scalarMayStart = true;
            inPlain = false;
            continue;
        }
        const QChar next = i + 1 < yaml.size() ? yaml[i + 1] : QChar(u'\n');
        const bool nextIsBlank = next == u' ' || next == u'\t' || next == u'\n' || next == u'\r';
        if (c == u' ' || c == u'\t' || c == u'\r') {
            ++column;
            continue;
        }
        if (c == u'#' && (column == 0 || yaml[i - 1] == u' ' || yaml[i - 1] == u'\t')) {
            // A comment runs to the end of the line.
            while (i + 1 < yaml.size() && yaml[i + 1] != u'\n')
                ++i;
            continue;
        }
        if ((c == u'"' || c == u'\'') && scalarMayStart) {
            const int quoteLine = line;
            const int quoteColumn = column;
            bool closed = false;
            for (++i, ++column; i < yaml.size(); ++i, ++column) {
                const QChar q = yaml[i];
                if (q == u'\n') {
                    ++line;
                    column = -1;
                } else if (c == u'"' && q == u'\\') {
                    ++i;
                    ++column;
                    if (i < yaml.size() && yaml[i] == u'\n') {
                        ++line;
                        column = -1;
                    }
                } else if (q == c) {
                    if (c == u'\'' && i + 1 < yaml.size() && yaml[i + 1] == u'\'') {
                        ++i;
                        ++column;
                        continue;
                    }
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return std::pair {quoteLine, quoteColumn};
            ++column;
            scalarMayStart = false;
            inPlain = false;
            continue;
        }
        ++column;
        if ((c == u':' || c == u'-' || c == u'?') && nextIsBlank && (!inPlain || c == u':')) {
            scalarMayStart = true;
            inPlain = false;
        } else if (flowDepth > 0 && c == u',') {
            scalarMayStart = true;
            inPlain = false;
        } else if (!inPlain && (c == u'[' || c == u'{')) {
            ++flowDepth;
            scalarMayStart = true;
        } else if (flowDepth > 0 && (c == u']' || c == u'}')) {
            --flowDepth;
            scalarMayStart = false;
        } else {
            scalarMayStart = false;
            inPlain = true;
        }
    }
    return std::nullopt;
}
} // namespace

FrontMatterBlock locateFrontMatter(QStringView text)
{
    FrontMatterBlock block;
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (lineEnd < 0 || !isFence(text.first(lineEnd), u"---"))
        return block;
    const qsizetype yamlBegin = lineEnd + 1;
    int line = 1;
    qsizetype pos = yamlBegin;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        const QStringView current = text.sliced(pos, end - pos);
        if (isFence(current, u"---") || isFence(current, u"...")) {
            block.present = true;
            block.yamlBegin = yamlBegin;
            block.yamlEnd = pos;
            block.bodyBegin = last ? text.size() : end + 1;
            block.bodyFirstLine = line + 1;
            return block;
        }
        if (last)
            break;
        pos = end + 1;
        ++line;
    }
    return block;
}

QList<FrontMatterEntry> frontMatterEntries(QStringView text)
{
    static const QRegularExpression keyLine(
        QStringLiteral(R"(^("[^"]*"|'[^']*'|[^\s#:\-?][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?=[ \t]|$))"));
    QList<FrontMatterEntry> entries;
    const FrontMatterBlock block = locateFrontMatter(text);
    if (!block.present)
        return entries;
    FrontMatterEntry *current = nullptr;
    for (const Line &line : yamlLines(text, block)) {
        const QStringView content = text.sliced(line.begin, line.end - line.begin);
        if (content.trimmed().isEmpty())
            continue;
        if (content.startsWith(u'#')) {
            current = nullptr; // a comment at the margin ends a block value
            continue;
        }
        const bool continuation = isBlank(content.front()) || content == u"-" || content.startsWith(QLatin1String("- "))
            || content.startsWith(QLatin1String("-\t"));
        if (continuation) {
            if (current) {
                if (!current->blockValue && current->valueBegin == current->valueEnd) {
                    current->blockValue = true;
                    current->valueBegin = line.begin;
                }
                current->valueEnd = inlineValueEnd(text, line.begin, line.end);
            }
            continue;
        }
        const auto m = keyLine.matchView(content);
        if (!m.hasMatch()) {
            current = nullptr;
            continue;
        }
        FrontMatterEntry entry;
        QString key = m.captured(1);
        if (key.size() >= 2 && (key.front() == u'"' || key.front() == u'\''))
            key = key.sliced(1, key.size() - 2);
        entry.key = key;
        entry.line = line.number;
        entry.lineBegin = line.begin;
        entry.keyEnd = line.begin + m.capturedLength(0);
        qsizetype valueBegin = entry.keyEnd;
        while (valueBegin < line.end && isBlank(text[valueBegin]))
            ++valueBegin;
        entry.valueBegin = valueBegin;
        entry.valueEnd = inlineValueEnd(text, valueBegin, line.end);
        entries.append(entry);
        current = &entries.last();
    }
    return entries;
}

QString yamlScalar(const QString &value)
{
    return needsQuotes(value) ? doubleQuoted(value) : value;
}

QString setFrontMatterValue(const QString &text, const QString &key, const QString &value)
{
    const auto entries = frontMatterEntries(text);
    const FrontMatterEntry *entry = findEntry(entries, key);
    if (!entry)
        return appendFrontMatterLines(text, yamlScalar(key) + QLatin1String(": ") + yamlScalar(value) + u'\n');
    if (entry->blockValue) {
        // "key:" followed by block lines becomes "key: value"; the lines go.
        return text.first(entry->keyEnd) + u' ' + yamlScalar(value) + text.sliced(entry->valueEnd);
    }
    const QStringView old = QStringView(text).sliced(entry->valueBegin, entry->valueEnd - entry->valueBegin);
    const QString replacement = scalarLike(old, value);
    // "key:" with nothing after it needs the blank that separates a value.
    const bool needsBlank = entry->valueBegin == entry->valueEnd && text[entry->valueBegin - 1] == u':';
    return text.first(entry->valueBegin) + (needsBlank ? QStringLiteral(" ") : QString()) + replacement
        + text.sliced(entry->valueEnd);
}

QString setFrontMatterList(const QString &text, const QString &key, const QStringList &items)
{
    const auto entries = frontMatterEntries(text);
    const FrontMatterEntry *entry = findEntry(entries, key);
    if (!entry) {
        if (const auto style = blockListStyle(text))
            return appendFrontMatterLines(text, yamlScalar(key) + QLatin1String(":\n") + blockListLines(items, *style));
        return appendFrontMatterLines(text, yamlScalar(key) + QLatin1String(": ") + flowList(items) + u'\n');
    }
    if (entry->blockValue) {
        BlockListStyle style;
        static const QRegularExpression item(QStringLiteral(R"(^([ \t]*)(-[ \t]+))"));
        const auto m = item.matchView(QStringView(text).sliced(entry->valueBegin));
        if (m.hasMatch())
            style = {m.captured(1), m.captured(2)};
        QString lines = blockListLines(items, style);
        lines.chop(1); // the old value's last newline stays
        return text.first(entry->valueBegin) + lines + text.sliced(entry->valueEnd);
    }
    const QStringView old = QStringView(text).sliced(entry->valueBegin, entry->valueEnd - entry->valueBegin);
    QString replacement;
    if (old.startsWith(u'[') || old.isEmpty())
        replacement = flowList(items);
    else
        replacement = scalarLike(old, items.join(u' ')); // Jekyll splits a scalar at spaces
    const bool needsBlank = entry->valueBegin == entry->valueEnd && text[entry->valueBegin - 1] == u':';
    return text.first(entry->valueBegin) + (needsBlank ? QStringLiteral(" ") : QString()) + replacement
        + text.sliced(entry->valueEnd);
}

std::expected<FrontMatter, YamlError> FrontMatter::parse(QStringView yaml, int firstLine)
{
    FrontMatter fm;
    if (const auto quote = unclosedQuote(yaml)) {
        return std::unexpected(YamlError {
            firstLine + quote->first, quote->second + 1,
            QCoreApplication::translate("Masthead::FrontMatter",
                                        "This quote is never closed: Jekyll cannot read the front matter, and would "
                                        "publish the post without its layout and date. Close the quote.")});
    }
    try {
        const YAML::Node root = YAML::Load(yaml.toUtf8().toStdString());
        if (!root || root.IsNull())
            return fm;
        if (!root.IsMap()) {
            return std::unexpected(
                YamlError {firstLine + root.Mark().line, root.Mark().column + 1,
                           QCoreApplication::translate("Masthead::FrontMatter",
                                                       "The front matter must be a list of “key: value” lines.")});
        }
        for (const auto &pair : root) {
            Field field;
            field.key = QString::fromStdString(pair.first.Scalar());
            const YAML::Node &node = pair.second;
            if (node.IsScalar()) {
                field.kind = Field::Kind::Scalar;
                field.scalar = scalarText(node);
            } else if (node.IsSequence()) {
                field.kind = Field::Kind::List;
                for (const auto &item : node) {
                    if (item.IsScalar())
                        field.list.append(scalarText(item));
                }
            } else if (node.IsMap()) {
                field.kind = Field::Kind::Map;
            }
            fm.m_fields.append(field);
        }
    } catch (const YAML::Exception &e) {
        return std::unexpected(YamlError {firstLine + e.mark.line, e.mark.column + 1, QString::fromStdString(e.msg)});
    }
    return fm;
}

std::expected<FrontMatter, YamlError> FrontMatter::parseDocument(QStringView text)
{
    const FrontMatterBlock block = locateFrontMatter(text);
    if (!block.present)
        return FrontMatter();
    return parse(text.sliced(block.yamlBegin, block.yamlEnd - block.yamlBegin), 2);
}

const FrontMatter::Field *FrontMatter::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool FrontMatter::contains(const QString &key) const
{
    return field(key) != nullptr;
}

QString FrontMatter::value(const QString &key) const
{
    const Field *f = field(key);
    return f && f->kind == Field::Kind::Scalar ? f->scalar : QString();
}

QStringList FrontMatter::words(const QString &key) const
{
    const Field *f = field(key);
    if (!f)
        return {};
    if (f->kind == Field::Kind::List)
        return f->list;
    if (f->kind == Field::Kind::Scalar)
        return f->scalar.split(u' ', Qt::SkipEmptyParts);
    return {};
}

QStringList FrontMatter::categories() const
{
    const QStringList list = words(QStringLiteral("categories"));
    return list.isEmpty() ? words(QStringLiteral("category")) : list;
}

} // namespace Masthead
