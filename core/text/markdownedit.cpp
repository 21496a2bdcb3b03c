// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/markdownedit.h"

#include <QList>
#include <QUrl>

namespace Masthead
{
namespace
{
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype leadingBlanks(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    return i;
}

bool isBlankLine(QStringView line)
{
    return leadingBlanks(line) == line.size();
}

// "- - -", "***", "___": a horizontal rule, not a list item.
bool isThematicBreak(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QChar mark = trimmed.front();
    if (mark != u'-' && mark != u'*' && mark != u'_')
        return false;
    int marks = 0;
    for (const QChar c : trimmed) {
        if (c == mark)
            ++marks;
        else if (!isBlank(c))
            return false;
    }
    return marks >= 3;
}

// Length of the run of c that ends just before position (backwards) or starts at it (forwards).
qsizetype runBefore(QStringView text, qsizetype position, QChar c)
{
    qsizetype n = 0;
    while (position - n - 1 >= 0 && text[position - n - 1] == c)
        ++n;
    return n;
}

qsizetype runFrom(QStringView text, qsizetype position, qsizetype limit, QChar c)
{
    qsizetype n = 0;
    while (position + n < limit && text[position + n] == c)
        ++n;
    return n;
}

bool emphasisPresent(qsizetype run, Emphasis emphasis)
{
    // A run of three is bold and italic at once.
    return emphasis == Emphasis::Bold ? run >= 2 : (run == 1 || run == 3);
}

// The selection without the blanks and line breaks at its ends, which a double click or a drag
// often takes along but which must stay outside the markers.
std::pair<qsizetype, qsizetype> trimmedSelection(QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

TextEdit withSelection(TextEdit edit, qsizetype oldAnchor, qsizetype oldCursor, qsizetype start, qsizetype end)
{
    const bool backwards = oldAnchor > oldCursor;
    edit.anchor = backwards ? end : start;
    edit.cursor = backwards ? start : end;
    return edit;
}

struct Line {
    qsizetype start = 0;
    QStringView text;
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = text.indexOf(u'\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        lines.append({start, text.sliced(start, end - start)});
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return lines;
}

qsizetype lineIndexOf(const QList<Line> &lines, qsizetype position)
{
    qsizetype index = 0;
    while (index + 1 < lines.size() && lines[index + 1].start <= position)
        ++index;
    return index;
}
} // namespace

std::optional<ListItem> parseListItem(QStringView line)
{
    ListItem item;
    item.indent = leadingBlanks(line);
    qsizetype i = item.indent;
    if (i >= line.size())
        return std::nullopt;
    const QChar first = line[i];
    if (first == u'-' || first == u'*' || first == u'+') {
        if (isThematicBreak(line))
            return std::nullopt;
        ++i;
    } else if (first.isDigit()) {
        qsizetype digits = 0;
        while (i + digits < line.size() && line[i + digits].isDigit() && digits < 9)
            ++digits;
        if (i + digits >= line.size() || (line[i + digits] != u'.' && line[i + digits] != u')'))
            return std::nullopt;
        item.ordered = true;
        item.number = line.sliced(i, digits).toInt();
        i += digits + 1;
    } else {
        return std::nullopt;
    }
    // "-text" and a lone "-" (a setext underline) are not items.
    if (i >= line.size() || !isBlank(line[i]))
        return std::nullopt;
    qsizetype spaces = leadingBlanks(line.sliced(i));
    // Five or more spaces start indented code inside the item: the marker owns just one.
    if (spaces > 4 && i + spaces < line.size())
        spaces = 1;
    item.markerLength = i + spaces - item.indent;
    item.contentStart = i + spaces;
    const QStringView rest = line.sliced(item.contentStart);
    if (rest.size() >= 3 && rest[0] == u'[' && (rest[1] == u' ' || rest[1] == u'x' || rest[1] == u'X')
        && rest[2] == u']' && (rest.size() == 3 || isBlank(rest[3]))) {
        item.task = true;
        item.contentStart += 3 + leadingBlanks(rest.sliced(3));
    }
    return item;
}

namespace
{
// The length of a line's block-quote markers: "> ", "> > ", ">" (with up to three blanks before
// each), 0 when it is not in a block quote.
qsizetype quotePrefixLength(QStringView line)
{
    qsizetype end = 0;
    qsizetype i = 0;
    for (;;) {
        const qsizetype blanks = leadingBlanks(line.sliced(i));
        if (blanks > 3 || i + blanks >= line.size() || line[i + blanks] != u'>')
            return end;
        i += blanks + 1;
        if (i < line.size() && line[i] == u' ')
            ++i;
        end = i;
    }
}

std::optional<TextEdit> continueItem(QStringView line, qsizetype column);
} // namespace

std::optional<TextEdit> continueList(QStringView line, qsizetype column)
{
    // In a block quote the new line starts with the same markers, and a list inside it continues.
    const qsizetype quote = quotePrefixLength(line);
    if (quote == 0)
        return continueItem(line, column);
    if (column < quote)
        return std::nullopt;
    const QStringView prefix = line.first(quote);
    const QStringView rest = line.sliced(quote);
    if (auto inner = continueItem(rest, column - quote)) {
        inner->start += quote;
        inner->end += quote;
        if (inner->text.startsWith(u'\n'))
            inner->text.insert(1, prefix.toString());
        const qsizetype added = inner->text.isEmpty() ? 0 : quote;
        inner->anchor += quote + added;
        inner->cursor += quote + added;
        return inner;
    }
    if (parseListItem(rest))
        return std::nullopt; // the cursor is inside the item's marker
    // An empty quoted line ends the quote.
    if (isBlankLine(rest))
        return TextEdit {0, line.size(), {}, 0, 0};
    const QString next = u'\n' + prefix.toString();
    const qsizetype end = column + leadingBlanks(line.sliced(column));
    const qsizetype cursor = column + next.size();
    return TextEdit {column, end, next, cursor, cursor};
}

namespace
{
std::optional<TextEdit> continueItem(QStringView line, qsizetype column)
{
    const auto item = parseListItem(line);
    if (!item || column <= item->indent || column < item->contentStart)
        return std::nullopt;
    if (isBlankLine(line.sliced(item->contentStart)))
        return TextEdit {0, line.size(), {}, 0, 0};

    const QStringView marker = line.sliced(item->indent, item->markerLength);
    const QStringView bullet = marker.trimmed();
    const QStringView spacing = marker.sliced(bullet.size());
    QString next = u'\n' + line.first(item->indent).toString();
    if (item->ordered)
        next += QString::number(item->number + 1) + bullet.back();
    else
        next += bullet;
    next += spacing;
    if (item->task)
        next += QStringLiteral("[ ] ");
    // The text after the cursor moves into the new item without the blanks that separated it.
    const qsizetype end = column + leadingBlanks(line.sliced(column));
    const qsizetype cursor = column + next.size();
    return TextEdit {column, end, next, cursor, cursor};
}
} // namespace

std::optional<TextEdit> indentListItems(QStringView text, qsizetype anchor, qsizetype cursor, IndentDirection direction)
{
    const QList<Line> lines = splitLines(text);
    const qsizetype selectionStart = qMin(anchor, cursor);
    qsizetype selectionEnd = qMax(anchor, cursor);
    // A selection that ends at the start of a line does not take that line along.
    if (selectionEnd > selectionStart && selectionEnd > 0 && text[selectionEnd - 1] == u'\n')
        --selectionEnd;
    const qsizetype first = lineIndexOf(lines, selectionStart);
    const qsizetype last = lineIndexOf(lines, selectionEnd);
    const auto item = parseListItem(lines[first].text);
    if (!item)
        return std::nullopt;

    qsizetype delta = 0; // how many blanks every selected line gains or loses
    if (direction == IndentDirection::Indent) {
        delta = item->markerLength;
        for (qsizetype i = first - 1; i >= 0; --i) {
            const QStringView line = lines[i].text;
            if (isBlankLine(line))
                continue;
            if (const auto previous = parseListItem(line)) {
                if (previous->indent == item->indent) {
                    delta = previous->markerLength;
                    break;
                }
                if (previous->indent < item->indent)
                    break;
            } else if (leadingBlanks(line) == 0) {
                break; // a paragraph outside the list
            }
        }
    } else {
        if (item->indent == 0)
            return std::nullopt;
        qsizetype parentIndent = 0;
        for (qsizetype i = first - 1; i >= 0; --i) {
            const QStringView line = lines[i].text;
            if (isBlankLine(line))
                continue;
            if (const auto previous = parseListItem(line); previous && previous->indent < item->indent) {
                parentIndent = previous->indent;
                break;
            }
            if (!parseListItem(line) && leadingBlanks(line) == 0)
                break;
        }
        delta = item->indent - parentIndent;
    }

    const qsizetype editStart = lines[first].start;
    const qsizetype editEnd = lines[last].start + lines[last].text.size();
    QString replacement;
    qsizetype newAnchor = anchor;
    qsizetype newCursor = cursor;
    qsizetype shift = 0; // how far the current line's start moved so far
    const QString blanks(delta, u' ');
    for (qsizetype i = first; i <= last; ++i) {
        const Line &line = lines[i];
        qsizetype change = 0;
        if (i > first)
            replacement += u'\n';
        if (direction == IndentDirection::Indent) {
            if (!isBlankLine(line.text)) {
                replacement += blanks;
                change = delta;
            }
            replacement += line.text;
        } else {
            const qsizetype removed = qMin(delta, leadingBlanks(line.text));
            replacement += line.text.sliced(removed);
            change = -removed;
        }
        const qsizetype lineEnd = line.start + line.text.size();
        for (qsizetype *position : {&newAnchor, &newCursor}) {
            const qsizetype original = position == &newAnchor ? anchor : cursor;
            if (original < line.start || original > lineEnd)
                continue;
            const qsizetype column = original - line.start;
            const qsizetype newColumn
                = change >= 0 ? (column > 0 ? column + change : 0) : qMax<qsizetype>(0, column + change);
            *position = line.start + shift + newColumn;
        }
        shift += change;
    }
    return TextEdit {editStart, editEnd, replacement, newAnchor, newCursor};
}

TextEdit toggleEmphasis(QStringView text, qsizetype anchor, qsizetype cursor, Emphasis emphasis)
{
    const QString marker = emphasis == Emphasis::Bold ? QStringLiteral("**") : QStringLiteral("*");
    const qsizetype m = marker.size();
    auto [start, end] = trimmedSelection(text, qMin(anchor, cursor), qMax(anchor, cursor));

    if (start == end) {
        // Ctrl+B twice without typing takes the empty pair away again.
        const qsizetype position = qMin(anchor, cursor);
        const qsizetype before = runBefore(text, position, u'*');
        const qsizetype after = runFrom(text, position, text.size(), u'*');
        if (before == m && after == m)
            return TextEdit {position - m, position + m, {}, position - m, position - m};
        return TextEdit {position, position, marker + marker, position + m, position + m};
    }

    for (const QChar c : {u'*', u'_'}) {
        const qsizetype outside = qMin(runBefore(text, start, c), runFrom(text, end, text.size(), c));
        if (emphasisPresent(outside, emphasis)) {
            const TextEdit edit {start - m, end + m, text.sliced(start, end - start).toString(), 0, 0};
            return withSelection(edit, anchor, cursor, start - m, end - m);
        }
        const qsizetype lead = runFrom(text, start, end, c);
        const qsizetype trail = runBefore(text.first(end), end, c);
        const qsizetype inside = qMin(lead, trail);
        if (lead + trail <= end - start && emphasisPresent(inside, emphasis)) {
            const TextEdit edit {start, end, text.sliced(start + m, end - start - 2 * m).toString(), 0, 0};
            return withSelection(edit, anchor, cursor, start, end - 2 * m);
        }
    }
    const TextEdit edit {start, end, marker + text.sliced(start, end - start) + marker, 0, 0};
    return withSelection(edit, anchor, cursor, start + m, end + m);
}

TextEdit makeLink(QStringView text, qsizetype anchor, qsizetype cursor, const QString &url)
{
    const auto [start, end] = trimmedSelection(text, qMin(anchor, cursor), qMax(anchor, cursor));
    const QString selected = text.sliced(start, end - start).toString();
    TextEdit edit {start, end, {}, 0, 0};
    if (!url.isEmpty()) {
        edit.text = u'[' + selected + u"](" + url + u')';
        edit.cursor = edit.anchor = start + edit.text.size();
    } else if (selected.isEmpty()) {
        edit.text = QStringLiteral("[]()");
        edit.cursor = edit.anchor = start + 1;
    } else if (isWebAddress(selected)) {
        edit.text = u"[](" + selected + u')';
        edit.cursor = edit.anchor = start + 1;
    } else {
        edit.text = u'[' + selected + u"]()";
        edit.cursor = edit.anchor = start + edit.text.size() - 1;
    }
    return edit;
}

bool isWebAddress(QStringView text)
{
    if (text.isEmpty() || text.size() > 4096)
        return false;
    for (const QChar c : text) {
        if (c.isSpace())
            return false;
    }
    const bool web = text.startsWith(u"https://", Qt::CaseInsensitive)
        || text.startsWith(u"http://", Qt::CaseInsensitive) || text.startsWith(u"ftp://", Qt::CaseInsensitive);
    const bool mail = text.startsWith(u"mailto:", Qt::CaseInsensitive) && text.contains(u'@');
    if (!web && !mail)
        return false;
    const QUrl url(text.toString(), QUrl::StrictMode);
    return url.isValid() && (mail || !url.host().isEmpty());
}

ExpandedSnippet expandImageSnippet(const QString &snippet, const ImageLink &image)
{
    ExpandedSnippet expanded;
    for (qsizetype i = 0; i < snippet.size();) {
        const QStringView rest = QStringView(snippet).sliced(i);
        if (rest.startsWith(u"{alt}")) {
            if (expanded.altStart < 0)
                expanded.altStart = expanded.text.size();
            expanded.text += image.alt;
            if (expanded.altEnd < 0)
                expanded.altEnd = expanded.text.size();
            i += 5;
        } else if (rest.startsWith(u"{path}")) {
            expanded.text += image.path;
            if (expanded.pathEnd < 0)
                expanded.pathEnd = expanded.text.size();
            i += 6;
        } else if (rest.startsWith(u"{link}")) {
            if (expanded.linkStart < 0)
                expanded.linkStart = expanded.text.size();
            expanded.text += image.link;
            if (expanded.linkEnd < 0)
                expanded.linkEnd = expanded.text.size();
            i += 6;
        } else {
            expanded.text += snippet[i];
            ++i;
        }
    }
    return expanded;
}

TextEdit insertImageSnippet(QStringView text, qsizetype anchor, qsizetype cursor, const QString &snippet,
                            const QString &path)
{
    const qsizetype start = qMin(anchor, cursor);
    const qsizetype end = qMax(anchor, cursor);
    const QString alt = text.sliced(start, end - start).trimmed().toString();
    const ExpandedSnippet expanded = expandImageSnippet(snippet, {alt, path, {}});
    const qsizetype cursorOffset = expanded.pathEnd < 0 ? expanded.text.size() : expanded.pathEnd;
    return TextEdit {start, end, expanded.text, start + cursorOffset, start + cursorOffset};
}

TextEdit insertImages(qsizetype start, qsizetype end, const QString &snippet, const QList<ImageLink> &images)
{
    TextEdit edit {start, end, {}, start, start};
    for (const ImageLink &image : images) {
        const ExpandedSnippet expanded = expandImageSnippet(snippet, image);
        if (!edit.text.isEmpty())
            edit.text += QStringLiteral("\n\n");
        if (&image == &images.first() && image.link.isEmpty() && expanded.linkStart >= 0) {
            // The link is what is left to fill in: the cursor waits in its empty target.
            edit.anchor = start + expanded.linkStart;
            edit.cursor = start + expanded.linkEnd;
        } else if (&image == &images.first()) {
            const qsizetype altStart = expanded.altStart < 0 ? expanded.text.size() : expanded.altStart;
            const qsizetype altEnd = expanded.altEnd < 0 ? expanded.text.size() : expanded.altEnd;
            edit.anchor = start + altStart;
            edit.cursor = start + altEnd;
        }
        edit.text += expanded.text;
    }
    return edit;
}

} // namespace Masthead
