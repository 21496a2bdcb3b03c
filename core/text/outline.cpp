// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/outline.h"

#include "core/markdown/markdownrenderer.h"
#include "core/site/frontmatter.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
struct Line {
    qsizetype begin = 0;
    QStringView text; // without the line break
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype begin = 0;
    while (true) {
        const qsizetype end = text.indexOf(u'\n', begin);
        if (end < 0) {
            lines.append({begin, text.sliced(begin)});
            break;
        }
        lines.append({begin, text.sliced(begin, end - begin)});
        begin = end + 1;
    }
    return lines;
}

// Leading spaces (a tab counts as four), or -1 when the line is blank.
int indentOf(QStringView line)
{
    int indent = 0;
    for (QChar c : line) {
        if (c == u' ')
            ++indent;
        else if (c == u'\t')
            indent += 4;
        else
            return indent;
    }
    return -1;
}

bool isBlank(QStringView line)
{
    return indentOf(line) < 0;
}

// "## Title ##" → level 2, "Title".
std::optional<std::pair<int, QString>> atxHeading(QStringView line)
{
    const int indent = indentOf(line);
    if (indent < 0 || indent > 3)
        return std::nullopt;
    QStringView rest = line.trimmed();
    int level = 0;
    while (level < rest.size() && rest[level] == u'#')
        ++level;
    if (level < 1 || level > 6)
        return std::nullopt;
    if (level < rest.size() && rest[level] != u' ' && rest[level] != u'\t')
        return std::nullopt;
    QString title = rest.sliced(level).trimmed().toString();
    // A closing sequence of #s, when it stands apart (or is all there is).
    qsizetype hashes = title.size();
    while (hashes > 0 && title[hashes - 1] == u'#')
        --hashes;
    if (hashes < title.size() && (hashes == 0 || title[hashes - 1] == u' ' || title[hashes - 1] == u'\t'))
        title = title.first(hashes).trimmed();
    return std::pair {level, title};
}

// The fence character and length of a code fence's opening line.
std::optional<std::pair<QChar, int>> fenceOpening(QStringView line)
{
    const int indent = indentOf(line);
    if (indent < 0 || indent > 3)
        return std::nullopt;
    const QStringView rest = line.trimmed();
    const QChar c = rest.isEmpty() ? QChar() : rest[0];
    if (c != u'`' && c != u'~')
        return std::nullopt;
    int length = 0;
    while (length < rest.size() && rest[length] == c)
        ++length;
    if (length < 3)
        return std::nullopt;
    if (c == u'`' && rest.sliced(length).contains(u'`'))
        return std::nullopt;
    return std::pair {c, length};
}

bool closesFence(QStringView line, QChar c, int length)
{
    const int indent = indentOf(line);
    if (indent < 0 || indent > 3)
        return false;
    const QStringView rest = line.trimmed();
    int run = 0;
    while (run < rest.size() && rest[run] == c)
        ++run;
    return run >= length && run == rest.size();
}

// 1 for "===", 2 for "---" (the underline of a setext heading), else 0.
int setextUnderline(QStringView line)
{
    const int indent = indentOf(line);
    if (indent < 0 || indent > 3)
        return 0;
    const QStringView rest = line.trimmed();
    const QChar c = rest[0];
    if (c != u'=' && c != u'-')
        return 0;
    for (QChar d : rest) {
        if (d != c)
            return 0;
    }
    return c == u'=' ? 1 : 2;
}

bool isThematicBreak(QStringView line)
{
    const int indent = indentOf(line);
    if (indent < 0 || indent > 3)
        return false;
    QChar c;
    int count = 0;
    for (QChar d : line) {
        if (d == u' ' || d == u'\t')
            continue;
        if (d != u'*' && d != u'-' && d != u'_')
            return false;
        if (count > 0 && d != c)
            return false;
        c = d;
        ++count;
    }
    return count >= 3;
}

bool startsListItemOrQuote(QStringView line)
{
    const QStringView rest = line.trimmed();
    if (rest.startsWith(u'>'))
        return true;
    if (rest.size() >= 2 && (rest[0] == u'-' || rest[0] == u'*' || rest[0] == u'+')
        && (rest[1] == u' ' || rest[1] == u'\t'))
        return true;
    static const QRegularExpression ordered(u"^\\d{1,9}[.)](\\s|$)"_s);
    return ordered.matchView(rest).hasMatch();
}

// The id the renderer gives a heading with this Markdown text, before numbering duplicates.
QString headerIdOf(int level, const QString &title)
{
    static const QRegularExpression idAttribute(uR"re(<h\d[^>]*\sid="([^"]*)")re"_s);
    const QString markdown = QString(level, u'#') + u' ' + title;
    const QString html = renderMarkdown(markdown);
    const auto match = idAttribute.match(html);
    return match.hasMatch() ? match.captured(1) : kramdownHeaderId(title);
}

struct Chunk {
    QString key;
    QString title;
    int level = 0;
    QString text;
};

// The text before the first heading, then each heading up to the next heading of any level.
QList<Chunk> chunksOf(const QString &text)
{
    const QList<OutlineSection> sections = outlineSections(text);
    QList<Chunk> chunks;
    const qsizetype firstBegin = sections.isEmpty() ? text.size() : sections.first().begin;
    chunks.append({QString(), QString(), 0, text.first(firstBegin)});
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const OutlineSection &section = sections[i];
        const qsizetype end = i + 1 < sections.size() ? sections[i + 1].begin : text.size();
        const QString base = QString::number(section.level) + u'\x1f' + section.title;
        const int occurrence = seen[base]++;
        chunks.append({base + u'\x1f' + QString::number(occurrence), section.title, section.level,
                       text.sliced(section.begin, end - section.begin)});
    }
    return chunks;
}
} // namespace

QList<OutlineSection> outlineSections(QStringView text)
{
    const FrontMatterBlock frontMatter = locateFrontMatter(text);
    const QList<Line> lines = splitLines(text);
    QList<OutlineSection> sections;
    const int first = frontMatter.present ? frontMatter.bodyFirstLine : 0;
    int paragraphStart = -1; // first line of the paragraph the line continues, or -1
    bool inListOrQuote = false; // a paragraph inside a list item or block quote cannot be underlined
    std::optional<std::pair<QChar, int>> fence;

    auto addSection = [&](int level, const QString &title, int line, bool setext) {
        OutlineSection section;
        section.level = level;
        section.title = title;
        section.line = line;
        section.begin = lines[line].begin;
        section.setext = setext;
        sections.append(section);
    };

    for (int i = first; i < lines.size(); ++i) {
        const QStringView line = lines[i].text;
        if (fence) {
            if (closesFence(line, fence->first, fence->second))
                fence.reset();
            continue;
        }
        if (isBlank(line)) {
            paragraphStart = -1;
            inListOrQuote = false;
            continue;
        }
        if (const auto opening = fenceOpening(line)) {
            fence = opening;
            paragraphStart = -1;
            inListOrQuote = false;
            continue;
        }
        if (const auto atx = atxHeading(line)) {
            addSection(atx->first, atx->second, i, false);
            paragraphStart = -1;
            inListOrQuote = false;
            continue;
        }
        if (paragraphStart >= 0 && !inListOrQuote) {
            if (const int level = setextUnderline(line)) {
                QStringList parts;
                for (int j = paragraphStart; j < i; ++j)
                    parts.append(lines[j].text.trimmed().toString());
                addSection(level, parts.join(u' '), paragraphStart, true);
                paragraphStart = -1;
                continue;
            }
        }
        if (isThematicBreak(line)) {
            paragraphStart = -1;
            inListOrQuote = false;
            continue;
        }
        if (startsListItemOrQuote(line)) {
            inListOrQuote = true;
            paragraphStart = i;
            continue;
        }
        if (paragraphStart < 0) {
            if (indentOf(line) >= 4)
                continue; // indented code
            paragraphStart = i;
        }
    }

    // Each section runs to the next heading of the same or a higher level.
    QHash<QString, int> ids;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        OutlineSection &section = sections[i];
        qsizetype next = i + 1;
        while (next < sections.size() && sections[next].level > section.level)
            ++next;
        if (next < sections.size()) {
            section.end = sections[next].begin;
            section.endLine = sections[next].line;
        } else {
            section.end = text.size();
            section.endLine = int(lines.size());
        }
        QString id = headerIdOf(section.level, section.title);
        if (const int seen = ids[id]++; seen > 0)
            id += u'-' + QString::number(seen);
        section.id = id;
    }
    return sections;
}

int sectionAtLine(const QList<OutlineSection> &sections, int line)
{
    int found = -1;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections[i].line > line)
            break;
        if (line < sections[i].endLine)
            found = int(i);
    }
    return found;
}

std::optional<QString> moveSection(const QString &text, int from, int before)
{
    const QList<OutlineSection> sections = outlineSections(text);
    const int count = int(sections.size());
    if (from < 0 || from >= count || before < 0 || before > count)
        return std::nullopt;
    const OutlineSection &moved = sections[from];
    int lastInside = from;
    while (lastInside + 1 < count && sections[lastInside + 1].begin < moved.end)
        ++lastInside;
    if (before >= from && before <= lastInside + 1)
        return std::nullopt;

    const bool finalNewline = text.endsWith(u'\n');
    QString block = text.sliced(moved.begin, moved.end - moved.begin);
    if (!block.endsWith(u'\n'))
        block += u'\n';
    QString rest = text;
    rest.remove(moved.begin, moved.end - moved.begin);
    qsizetype insertAt;
    if (before == count) {
        if (!rest.isEmpty() && !rest.endsWith(u'\n'))
            rest += u'\n';
        if (!rest.isEmpty() && !rest.endsWith(u"\n\n"))
            rest += u'\n';
        insertAt = rest.size();
    } else {
        if (!block.endsWith(u"\n\n"))
            block += u'\n';
        insertAt = sections[before].begin;
        if (insertAt > moved.begin)
            insertAt -= moved.end - moved.begin;
    }
    rest.insert(insertAt, block);
    if (!finalNewline && rest.endsWith(u'\n'))
        rest.chop(1);
    return rest;
}

QString replaceSection(const QString &text, int index, const QString &sectionText)
{
    const QList<OutlineSection> sections = outlineSections(text);
    if (index < 0 || index >= sections.size())
        return text;
    const OutlineSection &section = sections[index];
    QString result = text;
    result.replace(section.begin, section.end - section.begin, sectionText);
    return result;
}

QString sectionText(const QString &text, int index)
{
    const QList<OutlineSection> sections = outlineSections(text);
    if (index < 0 || index >= sections.size())
        return {};
    return text.sliced(sections[index].begin, sections[index].end - sections[index].begin);
}

QList<SectionChange> diffSections(const QString &before, const QString &after)
{
    const QList<Chunk> old = chunksOf(before);
    const QList<Chunk> now = chunksOf(after);
    QHash<QString, qsizetype> oldByKey;
    for (qsizetype i = 0; i < old.size(); ++i)
        oldByKey.insert(old[i].key, i);
    QHash<QString, qsizetype> nowByKey;
    for (qsizetype i = 0; i < now.size(); ++i)
        nowByKey.insert(now[i].key, i);

    // Removed parts go after the part that preceded them in before and is still there.
    QHash<qsizetype, QList<qsizetype>> removedAfter; // index in now (-1: at the start) -> old indexes
    qsizetype anchor = -1;
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (const auto found = nowByKey.constFind(old[i].key); found != nowByKey.cend())
            anchor = *found;
        else
            removedAfter[anchor].append(i);
    }

    QList<SectionChange> changes;
    auto addRemoved = [&](qsizetype position) {
        for (qsizetype i : removedAfter.value(position))
            changes.append({SectionChange::Kind::Removed, old[i].title, old[i].level, {}});
    };
    addRemoved(-1);
    for (qsizetype i = 0; i < now.size(); ++i) {
        const Chunk &chunk = now[i];
        if (const auto found = oldByKey.constFind(chunk.key); found != oldByKey.cend()) {
            const QString &was = old[*found].text;
            if (was == chunk.text)
                changes.append({SectionChange::Kind::Unchanged, chunk.title, chunk.level, {}});
            else
                changes.append({SectionChange::Kind::Changed, chunk.title, chunk.level, diffLines(was, chunk.text)});
        } else {
            changes.append({SectionChange::Kind::Added, chunk.title, chunk.level, {}});
        }
        addRemoved(i);
    }
    return changes;
}

} // namespace Masthead
