// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textmerge.h"

#include <QCoreApplication>

#include <git2.h>

namespace Masthead
{
namespace
{
// Long markers, so that a line of the user's own (a Markdown rule of <<<<<<<, a pasted git conflict)
// is never taken for one.
constexpr int markerSize = 41;

void initLibgit2()
{
    // Reference counted; never shut down, so it stays valid for every thread until exit.
    static const int once = git_libgit2_init();
    Q_UNUSED(once);
}

bool isMarker(QByteArrayView line, char c)
{
    if (line.size() < markerSize)
        return false;
    for (int i = 0; i < markerSize; ++i) {
        if (line[i] != c)
            return false;
    }
    return line.size() == markerSize || line[markerSize] == ' ' || line[markerSize] == '\n' || line[markerSize] == '\r';
}

QString libgit2Error()
{
    const git_error *error = git_error_last();
    return QString::fromUtf8(error && error->message ? error->message : "unknown error");
}
} // namespace

bool TextMerge::isClean() const
{
    return conflictCount() == 0;
}

qsizetype TextMerge::conflictCount() const
{
    return std::count_if(chunks.cbegin(), chunks.cend(), [](const MergeChunk &chunk) { return chunk.conflict; });
}

QString TextMerge::text(const QList<QString> &resolutions) const
{
    QString out;
    qsizetype conflict = 0;
    for (const MergeChunk &chunk : chunks) {
        if (!chunk.conflict)
            out += chunk.text;
        else
            out += resolutions.value(conflict++, chunk.ours);
    }
    return out;
}

std::expected<TextMerge, QString> mergeText(const QString &base, const QString &ours, const QString &theirs)
{
    initLibgit2();
    const QByteArray baseBytes = base.toUtf8();
    const QByteArray ourBytes = ours.toUtf8();
    const QByteArray theirBytes = theirs.toUtf8();
    const auto input = [](const QByteArray &bytes) {
        git_merge_file_input in = GIT_MERGE_FILE_INPUT_INIT;
        in.ptr = bytes.constData();
        in.size = static_cast<size_t>(bytes.size());
        return in;
    };
    const git_merge_file_input ancestor = input(baseBytes);
    const git_merge_file_input our = input(ourBytes);
    const git_merge_file_input their = input(theirBytes);
    git_merge_file_options options = GIT_MERGE_FILE_OPTIONS_INIT;
    options.flags = GIT_MERGE_FILE_STYLE_MERGE;
    options.marker_size = markerSize;
    git_merge_file_result result = {};
    if (git_merge_file(&result, &ancestor, &our, &their, &options) != 0) {
        return std::unexpected(
            QCoreApplication::translate("Masthead::TextMerge", "Could not merge the texts: %1").arg(libgit2Error()));
    }
    const QByteArrayView merged(result.ptr, static_cast<qsizetype>(result.len));
    TextMerge merge;
    if (result.automergeable) {
        merge.chunks.append({false, QString::fromUtf8(merged), {}, {}});
        git_merge_file_result_free(&result);
        return merge;
    }
    enum class State { Agreed, Ours, Theirs } state = State::Agreed;
    QByteArray agreed, mine, yours;
    qsizetype at = 0;
    while (at < merged.size()) {
        qsizetype end = merged.indexOf('\n', at);
        end = end < 0 ? merged.size() : end + 1;
        const QByteArrayView line = merged.sliced(at, end - at);
        at = end;
        if (state == State::Agreed && isMarker(line, '<')) {
            if (!agreed.isEmpty())
                merge.chunks.append({false, QString::fromUtf8(agreed), {}, {}});
            agreed.clear();
            state = State::Ours;
        } else if (state == State::Ours && isMarker(line, '=')) {
            state = State::Theirs;
        } else if (state == State::Theirs && isMarker(line, '>')) {
            merge.chunks.append({true, {}, QString::fromUtf8(mine), QString::fromUtf8(yours)});
            mine.clear();
            yours.clear();
            state = State::Agreed;
        } else {
            (state == State::Agreed ? agreed : state == State::Ours ? mine : yours).append(line);
        }
    }
    if (!agreed.isEmpty())
        merge.chunks.append({false, QString::fromUtf8(agreed), {}, {}});
    git_merge_file_result_free(&result);
    return merge;
}

QList<qsizetype> lineOrigins(const QString &before, const QString &after)
{
    const auto lineCount = [](const QString &text) {
        return text.count(u'\n') + (text.isEmpty() || text.endsWith(u'\n') ? 0 : 1);
    };
    const qsizetype newLines = lineCount(after);
    QList<qsizetype> origins;
    origins.reserve(newLines);
    if (before == after) {
        for (qsizetype i = 0; i < newLines; ++i)
            origins.append(i);
        return origins;
    }
    initLibgit2();
    struct Hunk {
        qsizetype oldFirst, oldCount, newFirst, newCount;
    };
    QList<Hunk> hunks;
    const QByteArray oldBytes = before.toUtf8();
    const QByteArray newBytes = after.toUtf8();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.flags = GIT_DIFF_FORCE_TEXT;
    const auto onHunk = [](const git_diff_delta *, const git_diff_hunk *hunk, void *payload) -> int {
        // A side with no lines names the line before the change; the others their first line (1-based).
        const qsizetype oldFirst = hunk->old_lines > 0 ? hunk->old_start - 1 : hunk->old_start;
        const qsizetype newFirst = hunk->new_lines > 0 ? hunk->new_start - 1 : hunk->new_start;
        static_cast<QList<Hunk> *>(payload)->append({oldFirst, hunk->old_lines, newFirst, hunk->new_lines});
        return 0;
    };
    const bool diffed
        = git_diff_buffers(oldBytes.constData(), size_t(oldBytes.size()), nullptr, newBytes.constData(),
                           size_t(newBytes.size()), nullptr, &options, nullptr, nullptr, onHunk, nullptr, &hunks)
        == 0;
    if (!diffed) {
        // Without a diff every line counts as new, which writes correct if not byte-identical text.
        return QList<qsizetype>(newLines, -1);
    }
    qsizetype oldLine = 0;
    for (const Hunk &hunk : std::as_const(hunks)) {
        while (origins.size() < hunk.newFirst && origins.size() < newLines)
            origins.append(oldLine++);
        for (qsizetype k = 0; k < hunk.newCount && origins.size() < newLines; ++k)
            origins.append(k < hunk.oldCount ? hunk.oldFirst + k : -1);
        oldLine = hunk.oldFirst + hunk.oldCount;
    }
    while (origins.size() < newLines)
        origins.append(oldLine++);
    return origins;
}

} // namespace Masthead
