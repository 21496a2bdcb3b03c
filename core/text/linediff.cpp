// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/linediff.h"

namespace Masthead
{

QList<DiffLine> diffLines(QStringView before, QStringView after)
{
    const QList<QStringView> a = before.isEmpty() ? QList<QStringView>() : before.split(u'\n');
    const QList<QStringView> b = after.isEmpty() ? QList<QStringView>() : after.split(u'\n');
    // The lines both begin and end with need no table: the one below is quadratic in what is left.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    const auto x = [&](qsizetype i) {
        return a[head + i];
    };
    const auto y = [&](qsizetype j) {
        return b[head + j];
    };

    QList<DiffLine> result;
    result.reserve(head + n + m + tail);
    for (qsizetype i = 0; i < head; ++i)
        result.append({DiffLine::Kind::Same, a[i].toString()});
    if (n * m > 4'000'000) {
        for (qsizetype i = 0; i < n; ++i)
            result.append({DiffLine::Kind::Removed, x(i).toString()});
        for (qsizetype j = 0; j < m; ++j)
            result.append({DiffLine::Kind::Added, y(j).toString()});
    } else {
        // lcs[i][j]: the longest common subsequence of the middle's x[i..] and y[j..].
        QList<int> lcs((n + 1) * (m + 1), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & {
            return lcs[i * (m + 1) + j];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = x(i) == y(j) ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (x(i) == y(j)) {
                result.append({DiffLine::Kind::Same, x(i).toString()});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                result.append({DiffLine::Kind::Removed, x(i++).toString()});
            } else {
                result.append({DiffLine::Kind::Added, y(j++).toString()});
            }
        }
        for (; i < n; ++i)
            result.append({DiffLine::Kind::Removed, x(i).toString()});
        for (; j < m; ++j)
            result.append({DiffLine::Kind::Added, y(j).toString()});
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        result.append({DiffLine::Kind::Same, a[i].toString()});
    return result;
}

} // namespace Masthead
