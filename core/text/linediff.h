// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Masthead
{

// One line of a line diff.
struct DiffLine {
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffLine &) const = default;
};

// The lines of before and after (split at '\n'; an empty text has no lines) as kept, removed and
// added lines: every line of both, in order, with the longest common subsequence kept. The common
// leading and trailing lines are taken off first, so two versions of a long text that differ in a
// few places cost little; where what is left is still huge (over four million line pairs) it is shown
// as removed and added whole. Pure.
QList<DiffLine> diffLines(QStringView before, QStringView after);

} // namespace Masthead
