// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Masthead
{

// A Jekyll post date as front matter writes it: a day, and optionally a time and a UTC offset.
// Accepts what Jekyll accepts in practice: "2023-10-09", "2023-10-09 07:00:00 -0800",
// "2023-10-09 07:00 -08:00", "2023-10-09T07:00:00-08:00", "2023-10-09 07:00:00 Z".
struct PostDate {
    QDate day;
    std::optional<QTime> time;
    std::optional<int> utcOffsetSeconds;

    static std::optional<PostDate> parse(QStringView text);
    bool operator==(const PostDate &) const = default;
};

// dateText with its day replaced by day, and every other character (time, offset, separators,
// quotes) as it was. dateText must start with a YYYY-MM-DD day (after an optional quote).
QString withDay(QStringView dateText, QDate day);

// The YYYY-MM-DD a file name starts with, as Jekyll reads post file names.
std::optional<QDate> dateOfFileName(QStringView fileName);

} // namespace Masthead
