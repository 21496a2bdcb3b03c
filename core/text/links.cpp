// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/links.h"

#include "core/text/lineindex.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Masthead
{
namespace
{
// Offsets of lines inside fenced code blocks, as [begin, end) ranges.
QList<std::pair<qsizetype, qsizetype>> fencedCode(QStringView text)
{
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype pos = 0;
    QString open;
    qsizetype openBegin = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const auto m = fence.matchView(text.sliced(pos, end - pos));
        if (m.hasMatch()) {
            const QString marker = m.captured(1);
            if (open.isEmpty()) {
                open = marker;
                openBegin = pos;
            } else if (marker.front() == open.front() && marker.size() >= open.size()) {
                ranges.append({openBegin, end});
                open.clear();
            }
        }
        if (end >= text.size())
            break;
        pos = end + 1;
    }
    if (!open.isEmpty())
        ranges.append({openBegin, text.size()});
    return ranges;
}

bool inside(const QList<std::pair<qsizetype, qsizetype>> &ranges, qsizetype pos)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [pos](const auto &r) { return pos >= r.first && pos < r.second; });
}

// The end of an inline link destination starting at pos (after "]("): balanced parentheses, stops
// at whitespace or the closing parenthesis.
qsizetype destinationEnd(QStringView text, qsizetype pos)
{
    int depth = 0;
    qsizetype i = pos;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c.isSpace())
            break;
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (depth == 0)
                break;
            --depth;
        }
    }
    return i;
}

QString dayPattern(QDate day)
{
    return QStringLiteral(R"((?<!\d)(%1|%2|%3)(?!\d))")
        .arg(day.toString(QStringLiteral("yyyyMMdd")), day.toString(QStringLiteral("yyyy-MM-dd")),
             day.toString(QStringLiteral("yyyy/MM/dd")));
}
} // namespace

QList<LinkTarget> linkTargets(QStringView markdown)
{
    QList<LinkTarget> targets;
    const auto code = fencedCode(markdown);
    const LineIndex lines(markdown);
    auto lineOf = [&](qsizetype pos) {
        return lines.lineOf(pos);
    };

    // Inline links and images.
    for (qsizetype pos = markdown.indexOf(QLatin1String("](")); pos >= 0;
         pos = markdown.indexOf(QLatin1String("]("), pos + 2)) {
        if (inside(code, pos))
            continue;
        qsizetype begin = pos + 2;
        qsizetype end;
        if (begin < markdown.size() && markdown[begin] == u'<') {
            end = markdown.indexOf(u'>', begin);
            if (end < 0)
                continue;
            ++begin;
        } else {
            end = destinationEnd(markdown, begin);
        }
        // An image when the bracket that this "]" closes follows a "!".
        bool image = false;
        int depth = 0;
        for (qsizetype i = pos - 1; i >= 0 && markdown[i] != u'\n'; --i) {
            if (markdown[i] == u']') {
                ++depth;
            } else if (markdown[i] == u'[') {
                if (depth == 0) {
                    image = i > 0 && markdown[i - 1] == u'!';
                    break;
                }
                --depth;
            }
        }
        targets.append({begin, end, image, lineOf(begin)});
    }

    // Reference definitions and HTML attributes.
    static const QRegularExpression reference(QStringLiteral(R"(^ {0,3}\[[^\]]+\]:[ \t]*<?([^\s>]+))"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression attribute(QStringLiteral(R"re(\b(src|href)\s*=\s*("([^"]*)"|'([^']*)'))re"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto it = reference.globalMatchView(markdown); it.hasNext();) {
        const auto m = it.next();
        if (!inside(code, m.capturedStart()))
            targets.append({m.capturedStart(1), m.capturedEnd(1), false, lineOf(m.capturedStart(1))});
    }
    for (auto it = attribute.globalMatchView(markdown); it.hasNext();) {
        const auto m = it.next();
        if (inside(code, m.capturedStart()))
            continue;
        const int group = m.capturedStart(3) >= 0 ? 3 : 4;
        const bool image = m.captured(1).compare(QLatin1String("src"), Qt::CaseInsensitive) == 0;
        targets.append({m.capturedStart(group), m.capturedEnd(group), image, lineOf(m.capturedStart(group))});
    }
    std::sort(targets.begin(), targets.end(),
              [](const LinkTarget &a, const LinkTarget &b) { return a.begin < b.begin; });
    return targets;
}

bool isRelativeFileTarget(QStringView target)
{
    static const QRegularExpression scheme(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9+.-]*:)"));
    if (target.isEmpty() || target.startsWith(u'/') || target.startsWith(u'#') || target.startsWith(u'{')
        || target.startsWith(u'?'))
        return false;
    return !scheme.matchView(target).hasMatch();
}

QString replaceDate(const QString &s, QDate from, QDate to)
{
    const QRegularExpression re(dayPattern(from));
    QString out = s;
    // Replace from the end so that earlier offsets stay valid.
    QList<QRegularExpressionMatch> matches;
    for (auto it = re.globalMatch(s); it.hasNext();)
        matches.append(it.next());
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        const QString found = m->captured(1);
        QString replacement;
        if (found.contains(u'-'))
            replacement = to.toString(QStringLiteral("yyyy-MM-dd"));
        else if (found.contains(u'/'))
            replacement = to.toString(QStringLiteral("yyyy/MM/dd"));
        else
            replacement = to.toString(QStringLiteral("yyyyMMdd"));
        out.replace(m->capturedStart(1), m->capturedLength(1), replacement);
    }
    return out;
}

QString replaceDateInLinks(const QString &text, QDate from, QDate to)
{
    QString out = text;
    const auto targets = linkTargets(text);
    for (auto t = targets.crbegin(); t != targets.crend(); ++t) {
        const QString target = text.sliced(t->begin, t->end - t->begin);
        const QString replaced = replaceDate(target, from, to);
        if (replaced != target)
            out.replace(t->begin, t->end - t->begin, replaced);
    }
    return out;
}

QString rebaseRelativeLinks(const QString &text, const QString &oldFolder, const QString &newFolder)
{
    if (QDir::cleanPath(oldFolder) == QDir::cleanPath(newFolder))
        return text;
    QString out = text;
    const QDir from(oldFolder);
    const QDir to(newFolder);
    const auto targets = linkTargets(text);
    for (auto t = targets.crbegin(); t != targets.crend(); ++t) {
        const QString target = text.sliced(t->begin, t->end - t->begin);
        if (!isRelativeFileTarget(target))
            continue;
        const qsizetype suffixAt = target.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        const QString path = suffixAt < 0 ? target : target.first(suffixAt);
        const QString suffix = suffixAt < 0 ? QString() : target.sliced(suffixAt);
        const QString absolute = QDir::cleanPath(from.absoluteFilePath(path));
        // Only links that lead somewhere are moved; placeholders and broken links stay as written.
        if (!QFileInfo::exists(absolute))
            continue;
        QString rebased = to.relativeFilePath(absolute);
        if (path.endsWith(u'/'))
            rebased += u'/';
        out.replace(t->begin, t->end - t->begin, rebased + suffix);
    }
    return out;
}

QList<LinkTarget> targetsBrokenWhenPublished(QStringView text, const QString &documentPath, const QString &siteRoot)
{
    QList<LinkTarget> broken;
    const QString folder = QFileInfo(documentPath).absolutePath();
    const QString folderName = QFileInfo(folder).fileName();
    if (siteRoot.isEmpty() || (folderName != u"_drafts" && folderName != u"_posts"))
        return broken;
    const QDir root(siteRoot);
    for (const LinkTarget &t : linkTargets(text)) {
        const QStringView target = text.sliced(t.begin, t.end - t.begin);
        if (!target.startsWith(u"../") || !isRelativeFileTarget(target))
            continue;
        QString path = target.toString().section(u'#', 0, 0).section(u'?', 0, 0);
        const QString absolute = QDir::cleanPath(QDir(folder).absoluteFilePath(path));
        const QString relative = root.relativeFilePath(absolute);
        // Only what the site publishes: not outside it, not other drafts or posts, not "_" folders.
        if (relative.startsWith(QLatin1String("..")) || relative.startsWith(u'_') || relative.isEmpty())
            continue;
        broken.append(t);
    }
    return broken;
}

QString withBaseurlTargets(const QString &text, const QString &documentPath, const QString &siteRoot)
{
    const QString folder = QFileInfo(documentPath).absolutePath();
    const QDir root(siteRoot);
    QString out = text;
    const QList<LinkTarget> broken = targetsBrokenWhenPublished(text, documentPath, siteRoot);
    // From the end, so that the offsets before stay valid.
    for (auto it = broken.crbegin(); it != broken.crend(); ++it) {
        const QString target = text.sliced(it->begin, it->end - it->begin);
        const qsizetype suffixAt = target.indexOf(QRegularExpression(QStringLiteral("[#?]")));
        const QString path = suffixAt < 0 ? target : target.first(suffixAt);
        const QString suffix = suffixAt < 0 ? QString() : target.sliced(suffixAt);
        const QString relative = root.relativeFilePath(QDir::cleanPath(QDir(folder).absoluteFilePath(path)));
        out.replace(it->begin, it->end - it->begin, QStringLiteral("{{ site.baseurl }}/") + relative + suffix);
    }
    return out;
}

} // namespace Masthead
