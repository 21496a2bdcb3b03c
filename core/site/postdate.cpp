// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/postdate.h"

#include <QRegularExpression>

namespace Masthead
{

std::optional<PostDate> PostDate::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$)"));
    const auto m = re.matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    PostDate date;
    date.day = QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.day.isValid())
        return std::nullopt;
    if (m.capturedLength(4) > 0) {
        QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
        if (!time.isValid())
            return std::nullopt;
        date.time = time;
    }
    if (m.capturedLength(7) > 0) {
        const QStringView offset = m.capturedView(7);
        if (offset == u"Z") {
            date.utcOffsetSeconds = 0;
        } else {
            QString digits = offset.sliced(1).toString();
            digits.remove(QLatin1Char(':'));
            const int hours = digits.left(2).toInt();
            const int minutes = digits.mid(2, 2).toInt();
            if (hours > 14 || minutes > 59)
                return std::nullopt;
            date.utcOffsetSeconds = (offset.front() == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
    }
    return date;
}

QString withDay(QStringView dateText, QDate day)
{
    static const QRegularExpression re(QStringLiteral(R"(\d{4}-\d{1,2}-\d{1,2})"));
    const auto m = re.matchView(dateText);
    if (!m.hasMatch())
        return day.toString(Qt::ISODate);
    return dateText.first(m.capturedStart()).toString() + day.toString(Qt::ISODate)
        + dateText.sliced(m.capturedEnd()).toString();
}

std::optional<QDate> dateOfFileName(QStringView fileName)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})-)"));
    const auto m = re.matchView(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace Masthead
