// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// Time as Jekyll's Ruby writes and reads it: permalinks, Liquid's date filters and page.date all go
// through these, so that what the preview shows is what Jekyll publishes. Pure and thread-safe.
namespace Masthead::Ruby
{

// Ruby's Time#strftime, with its flags (- _ 0 ^ # :) and widths. Names are English whatever the
// locale.
QString strftime(const QDateTime &time, QStringView format);
// Ruby's Time#to_s: "2023-10-09 07:00:00 -0800".
QString timeToString(const QDateTime &time);
// What Ruby's Time.parse reads in practice (ISO dates and times, "2023/10/09", RFC 822,
// "October 9, 2023", "9 October 2023"); times without an offset are in zone.
std::optional<QDateTime> parseTime(QStringView text, const QTimeZone &zone);

} // namespace Masthead::Ruby
