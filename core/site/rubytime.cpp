// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/rubytime.h"

#include <QRegularExpression>

#include <array>

namespace Masthead::Ruby
{
namespace
{
// Ruby's names are English whatever the locale.
constexpr std::array<QStringView, 12> monthNames {u"January",   u"February", u"March",    u"April",
                                                  u"May",       u"June",     u"July",     u"August",
                                                  u"September", u"October",  u"November", u"December"};
constexpr std::array<QStringView, 7> dayNames {u"Sunday",   u"Monday", u"Tuesday", u"Wednesday",
                                               u"Thursday", u"Friday", u"Saturday"};

int weekdaySundayZero(QDate day)
{
    return day.dayOfWeek() % 7;
}

QString offsetText(int seconds, int colons)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    const QString hours = QString::number(seconds / 3600).rightJustified(2, u'0');
    const QString minutes = QString::number(seconds / 60 % 60).rightJustified(2, u'0');
    switch (colons) {
    case 0:
        return sign + hours + minutes;
    case 1:
        return sign + hours + u':' + minutes;
    default:
        return sign + hours + u':' + minutes + u':' + QString::number(seconds % 60).rightJustified(2, u'0');
    }
}

QString zoneAbbreviation(const QDateTime &time)
{
    switch (time.timeSpec()) {
    case Qt::UTC:
        return QStringLiteral("UTC");
    case Qt::OffsetFromUTC:
        return QString(); // Ruby has no zone name for a time parsed with an offset
    default:
        return time.timeZoneAbbreviation();
    }
}

int month(QStringView name)
{
    for (int i = 0; i < 12; ++i) {
        if (name.size() >= 3 && monthNames[i].startsWith(name, Qt::CaseInsensitive))
            return i + 1;
    }
    return 0;
}

std::optional<int> offsetSeconds(QStringView zone)
{
    if (zone.isEmpty())
        return std::nullopt;
    if (zone.compare(u"Z", Qt::CaseInsensitive) == 0 || zone.compare(u"UTC", Qt::CaseInsensitive) == 0
        || zone.compare(u"GMT", Qt::CaseInsensitive) == 0)
        return 0;
    QString digits = zone.sliced(1).toString();
    digits.remove(u':');
    const int hours = digits.left(digits.size() > 2 ? digits.size() - 2 : digits.size()).toInt();
    const int minutes = digits.size() > 2 ? digits.right(2).toInt() : 0;
    return (zone.front() == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
}

std::optional<QDateTime> assemble(int year, int monthNumber, int day, QStringView hour, QStringView minute,
                                  QStringView second, QStringView fraction, QStringView meridian, QStringView zone,
                                  const QTimeZone &localZone)
{
    const QDate date(year, monthNumber, day);
    if (!date.isValid())
        return std::nullopt;
    int h = hour.isEmpty() ? 0 : hour.toInt();
    if (!meridian.isEmpty()) {
        if (h > 12)
            return std::nullopt;
        const bool pm = meridian.startsWith(u'p', Qt::CaseInsensitive);
        h = h % 12 + (pm ? 12 : 0);
    }
    const int ms = fraction.isEmpty() ? 0 : fraction.left(3).toString().leftJustified(3, u'0').toInt();
    const QTime time(h, minute.isEmpty() ? 0 : minute.toInt(), second.isEmpty() ? 0 : second.toInt(), ms);
    if (!time.isValid())
        return std::nullopt;
    if (const auto offset = offsetSeconds(zone))
        return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(*offset));
    return QDateTime(date, time, localZone);
}

// The text of one strftime conversion, before flags and width apply.
struct Conversion {
    QString text;
    bool numeric = false;
    int width = 0; // the default minimum width
    QChar pad = u'0'; // the default padding of numbers
    bool valid = true;
};

Conversion convert(const QDateTime &time, QChar c, int colons, int precision)
{
    const QDate d = time.date();
    const QTime t = time.time();
    auto number = [](qint64 n, int width, QChar pad = u'0') {
        return Conversion {QString::number(n), true, width, pad};
    };
    auto text = [](const QString &s) {
        return Conversion {s, false, 0, u' '};
    };
    const int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
    const int yday = d.dayOfYear() - 1;
    switch (c.unicode()) {
    case 'Y':
        return number(d.year(), 4);
    case 'C':
        return number(d.year() / 100, 2);
    case 'y':
        return number(d.year() % 100, 2);
    case 'm':
        return number(d.month(), 2);
    case 'B':
        return text(monthNames[d.month() - 1].toString());
    case 'b':
    case 'h':
        return text(monthNames[d.month() - 1].first(3).toString());
    case 'd':
        return number(d.day(), 2);
    case 'e':
        return number(d.day(), 2, u' ');
    case 'j':
        return number(d.dayOfYear(), 3);
    case 'H':
        return number(t.hour(), 2);
    case 'k':
        return number(t.hour(), 2, u' ');
    case 'I':
        return number(hour12, 2);
    case 'l':
        return number(hour12, 2, u' ');
    case 'P':
        return text(t.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm"));
    case 'p':
        return text(t.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
    case 'M':
        return number(t.minute(), 2);
    case 'S':
        return number(t.second(), 2);
    case 'L':
    case 'N': {
        const int digits = precision > 0 ? precision : (c == u'L' ? 3 : 9);
        QString fraction = QString::number(t.msec()).rightJustified(3, u'0').leftJustified(digits, u'0');
        return Conversion {fraction.left(digits), true, 0, u'0'};
    }
    case 'z':
        return Conversion {offsetText(time.offsetFromUtc(), colons), false, 0, u'0'};
    case 'Z':
        return text(zoneAbbreviation(time));
    case 'A':
        return text(dayNames[weekdaySundayZero(d)].toString());
    case 'a':
        return text(dayNames[weekdaySundayZero(d)].first(3).toString());
    case 'u':
        return number(d.dayOfWeek(), 1);
    case 'w':
        return number(weekdaySundayZero(d), 1);
    case 'U':
        return number((yday + 7 - weekdaySundayZero(d)) / 7, 2);
    case 'W':
        return number((yday + 7 - (d.dayOfWeek() - 1)) / 7, 2);
    case 'G': {
        int isoYear = 0;
        d.weekNumber(&isoYear);
        return number(isoYear, 4);
    }
    case 'g': {
        int isoYear = 0;
        d.weekNumber(&isoYear);
        return number(isoYear % 100, 2);
    }
    case 'V':
        return number(d.weekNumber(), 2);
    case 's':
        return number(time.toSecsSinceEpoch(), 1);
    case 'n':
        return text(QStringLiteral("\n"));
    case 't':
        return text(QStringLiteral("\t"));
    case '%':
        return text(QStringLiteral("%"));
    case 'c':
        return text(strftime(time, u"%a %b %e %H:%M:%S %Y"));
    case 'D':
    case 'x':
        return text(strftime(time, u"%m/%d/%y"));
    case 'F':
        return text(strftime(time, u"%Y-%m-%d"));
    case 'T':
    case 'X':
        return text(strftime(time, u"%H:%M:%S"));
    case 'R':
        return text(strftime(time, u"%H:%M"));
    case 'r':
        return text(strftime(time, u"%I:%M:%S %p"));
    case 'v':
        return text(strftime(time, u"%e-%^b-%4Y"));
    case '+':
        return text(strftime(time, u"%a %b %e %H:%M:%S %Z %Y"));
    default:
        return Conversion {{}, false, 0, u' ', false};
    }
}
} // namespace

QString strftime(const QDateTime &time, QStringView format)
{
    QString out;
    out.reserve(format.size() + 16);
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format[i];
        if (c != u'%' || i + 1 >= format.size()) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype start = i++;
        bool noPad = false, upper = false, swapCase = false;
        QChar pad;
        int colons = 0;
        while (i < format.size()) {
            const QChar f = format[i];
            if (f == u'-')
                noPad = true;
            else if (f == u'_')
                pad = u' ';
            else if (f == u'0')
                pad = u'0';
            else if (f == u'^')
                upper = true;
            else if (f == u'#')
                swapCase = true;
            else if (f == u':')
                ++colons;
            else
                break;
            ++i;
        }
        // A width past maxWidth (which a template never needs, and which would overflow an int or ask
        // for gigabytes of padding) leaves the conversion as it is written.
        constexpr int maxWidth = 1024;
        int width = -1;
        while (i < format.size() && format[i].isDigit()) {
            width = std::min(std::max(width, 0) * 10 + format[i].digitValue(), maxWidth + 1);
            ++i;
        }
        if (i >= format.size()) {
            out += format.sliced(start);
            break;
        }
        const QChar conversion = format[i++];
        if (width > maxWidth) {
            out += format.sliced(start, i - start);
            continue;
        }
        const bool fraction = conversion == u'N' || conversion == u'L';
        Conversion result = convert(time, conversion, colons, fraction ? width : 0);
        if (!result.valid || (colons > 0 && conversion != u'z')) {
            out += format.sliced(start, i - start);
            continue;
        }
        QString text = result.text;
        if (upper)
            text = text.toUpper();
        else if (swapCase)
            text = (conversion == u'p' || conversion == u'Z') ? text.toLower() : text.toUpper();
        if (!fraction && !noPad) {
            const int minimum = width >= 0 ? width : result.width;
            const QChar padding = !pad.isNull() ? pad : (result.numeric ? result.pad : QChar(u' '));
            if (text.size() < minimum) {
                if (padding == u'0' && text.startsWith(u'-'))
                    text = u'-' + text.sliced(1).rightJustified(minimum - 1, padding);
                else
                    text = text.rightJustified(minimum, padding);
            }
        }
        out += text;
    }
    return out;
}

QString timeToString(const QDateTime &time)
{
    return strftime(time, u"%Y-%m-%d %H:%M:%S %z");
}

std::optional<QDateTime> parseTime(QStringView text, const QTimeZone &zone)
{
    static const QString timePart = QStringLiteral(
        R"((?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([ap]\.?m\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{1,2})?)");
    static const QRegularExpression iso(QStringLiteral(R"(^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2}))") + timePart
                                            + QStringLiteral(R"(\s*$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayMonthYear(
        QStringLiteral(R"(^\s*(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}))")
            + timePart + QStringLiteral(R"(\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDayYear(
        QStringLiteral(R"(^\s*(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))") + timePart
            + QStringLiteral(R"(\s*$)"),
        QRegularExpression::CaseInsensitiveOption);

    if (const auto m = iso.matchView(text); m.hasMatch()) {
        return assemble(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt(),
                        m.capturedView(4), m.capturedView(5), m.capturedView(6), m.capturedView(7), m.capturedView(8),
                        m.capturedView(9), zone);
    }
    if (const auto m = dayMonthYear.matchView(text); m.hasMatch()) {
        if (const int monthNumber = month(m.capturedView(2))) {
            return assemble(m.capturedView(3).toInt(), monthNumber, m.capturedView(1).toInt(), m.capturedView(4),
                            m.capturedView(5), m.capturedView(6), m.capturedView(7), m.capturedView(8),
                            m.capturedView(9), zone);
        }
    }
    if (const auto m = monthDayYear.matchView(text); m.hasMatch()) {
        if (const int monthNumber = month(m.capturedView(1))) {
            return assemble(m.capturedView(3).toInt(), monthNumber, m.capturedView(2).toInt(), m.capturedView(4),
                            m.capturedView(5), m.capturedView(6), m.capturedView(7), m.capturedView(8),
                            m.capturedView(9), zone);
        }
    }
    return std::nullopt;
}

} // namespace Masthead::Ruby
