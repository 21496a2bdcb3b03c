// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <expected>

namespace Masthead
{

// One part of a three-way merge: text both sides agree on (after merging what only one side
// changed), or a conflict where both changed the same lines differently.
struct MergeChunk {
    bool conflict = false;
    QString text; // for agreed text
    QString ours; // for a conflict: our lines and their lines, each with its line breaks
    QString theirs;

    bool operator==(const MergeChunk &) const = default;
};

// The result of merging two changed versions of a text with the text they both came from.
struct TextMerge {
    QList<MergeChunk> chunks;

    bool operator==(const TextMerge &) const = default;
    bool isClean() const;
    qsizetype conflictCount() const;
    // The merged text with conflict i resolved as resolutions[i]; agreed text as it is. Without
    // resolutions (a clean merge), the merged text.
    QString text(const QList<QString> &resolutions = {}) const;
};

// Merges ours and theirs, both changed from base, line by line (libgit2's git_merge_file, as git
// merges files). Fails only when libgit2 does (out of memory); conflicts are part of the result.
std::expected<TextMerge, QString> mergeText(const QString &base, const QString &ours, const QString &theirs);

// For each line of after (the lines ended by '\n', and a last one without), the line of before it is,
// or was edited from in place, or -1 for a line that was added: a line diff (libgit2's, as git
// diff) with the lines of each changed block paired in order.
QList<qsizetype> lineOrigins(const QString &before, const QString &after);

} // namespace Masthead
