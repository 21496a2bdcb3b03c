// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Masthead
{

// Something wrong with a site or a post, for the Problems dock and `masthead check`.
struct Problem {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code; // stable machine name, such as "wrong-case-folder"
    QString file; // absolute path, or empty for the site as a whole
    int line = 0; // 1-based; 0 when the problem is not about one line
    int column = 0;
    QString message; // translated, for people

    bool operator==(const Problem &) const = default;
};

QString severityName(Problem::Severity severity);

} // namespace Masthead
