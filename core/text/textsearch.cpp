// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textsearch.h"

namespace Masthead
{

QRegularExpression searchExpression(const QString &pattern, const SearchOptions &options)
{
    if (pattern.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)")); // matches nothing
    QString source = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    if (options.wholeWords) {
        // \b would fail for patterns that start or end with a non-word character ("#tag", "C++").
        source = u"(?<![\\w])(?:" + source + u")(?![\\w])";
    }
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    if (options.regularExpression)
        flags |= QRegularExpression::MultilineOption; // ^ and $ at every line, as in every editor
    QRegularExpression expression(source, flags);
    expression.optimize();
    return expression;
}

QString expandReplacement(const QRegularExpressionMatch &match, const QString &replacement,
                          const SearchOptions &options)
{
    if (!options.regularExpression)
        return replacement;
    QString result;
    result.reserve(replacement.size());
    const qsizetype n = replacement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = replacement[i];
        if ((c == u'\\' || c == u'$') && i + 1 < n) {
            const QChar next = replacement[i + 1];
            if (next.isDigit()) {
                // $12 is group 12 when there is one, else group 1 followed by "2".
                int group = next.digitValue();
                qsizetype used = 2;
                if (c == u'$' && i + 2 < n && replacement[i + 2].isDigit()) {
                    const int two = group * 10 + replacement[i + 2].digitValue();
                    if (two <= match.lastCapturedIndex()) {
                        group = two;
                        used = 3;
                    }
                }
                result += match.captured(group);
                i += used - 1;
                continue;
            }
            if (c == u'\\') {
                if (next == u'n')
                    result += u'\n';
                else if (next == u't')
                    result += u'\t';
                else
                    result += next; // "\\" and any other escaped character
                ++i;
                continue;
            }
            if (next == u'$') {
                result += u'$';
                ++i;
                continue;
            }
            if (next == u'&') {
                result += match.captured(0);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

QList<TextMatch> findAll(QStringView text, const QRegularExpression &expression, qsizetype limit)
{
    QList<TextMatch> matches;
    if (!expression.isValid())
        return matches;
    auto it = expression.globalMatchView(text);
    while (it.hasNext() && matches.size() < limit) {
        const QRegularExpressionMatch match = it.next();
        matches.append({match.capturedStart(), match.capturedLength()});
    }
    return matches;
}

std::optional<ReplaceAllResult> replaceAll(const QString &text, const QRegularExpression &expression,
                                           const QString &replacement, const SearchOptions &options, qsizetype from,
                                           qsizetype to)
{
    if (!expression.isValid())
        return std::nullopt;
    if (to < 0 || to > text.size())
        to = text.size();
    ReplaceAllResult result;
    qsizetype copiedUpTo = -1;
    auto it = expression.globalMatch(text, qBound(qsizetype(0), from, text.size()));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedEnd() > to)
            break;
        if (copiedUpTo < 0) {
            result.start = match.capturedStart();
            copiedUpTo = result.start;
        }
        result.replacement += QStringView(text).sliced(copiedUpTo, match.capturedStart() - copiedUpTo);
        result.replacement += expandReplacement(match, replacement, options);
        copiedUpTo = match.capturedEnd();
        ++result.count;
    }
    if (result.count == 0)
        return std::nullopt;
    result.end = copiedUpTo;
    return result;
}

} // namespace Masthead
