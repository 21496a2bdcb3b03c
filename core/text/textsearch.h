// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Masthead
{

// How the find bar matches: plain text or a regular expression (PCRE, as QRegularExpression reads
// it), with or without case, whole words only.
struct SearchOptions {
    bool caseSensitive = false;
    bool wholeWords = false;
    bool regularExpression = false;

    bool operator==(const SearchOptions &) const = default;
};

// The expression that finds pattern with options. Invalid (isValid() false, errorString() says why)
// when a regular expression does not compile. An empty pattern finds nothing.
QRegularExpression searchExpression(const QString &pattern, const SearchOptions &options);

// The replacement for one match. In regular expression mode \1 … \9 and $1 … $99 stand for capture
// groups, \0 and $0 for the whole match, \n and \t for a line break and a tab, \\ and $$ for \ and $.
// In plain mode the replacement is taken literally.
QString expandReplacement(const QRegularExpressionMatch &match, const QString &replacement,
                          const SearchOptions &options);

struct TextMatch {
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const TextMatch &) const = default;
};

// Every match of expression in text, at most limit of them. Empty matches (such as "^") count
// and are stepped over.
QList<TextMatch> findAll(QStringView text, const QRegularExpression &expression, qsizetype limit = 1'000'000);

// Replace All as one replacement: the span from the first match to the end of the last is replaced
// by its new text, so that a caller can apply it as one edit and one undo step.
struct ReplaceAllResult {
    int count = 0;
    qsizetype start = 0;
    qsizetype end = 0; // text[start, end) becomes replacement
    QString replacement;

    bool operator==(const ReplaceAllResult &) const = default;
};

// Only matches that lie wholly within text[from, to) are replaced (to < 0: the end); the
// expression still sees the whole text, so anchors and word boundaries mean what they mean there.
std::optional<ReplaceAllResult> replaceAll(const QString &text, const QRegularExpression &expression,
                                           const QString &replacement, const SearchOptions &options, qsizetype from = 0,
                                           qsizetype to = -1);

} // namespace Masthead
