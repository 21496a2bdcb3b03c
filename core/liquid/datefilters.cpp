// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/filters_p.h"

#include "core/site/rubytime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

// Filters on dates: date (strftime) and Jekyll's date_to_* formats, in the site's time zone.

namespace Masthead::LiquidPrivate
{
namespace
{

QDateTime inZone(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone);
}

// date_to_string and date_to_long_string: "07 Nov 2008", or with ("ordinal") "7th Nov 2008" or
// ("ordinal", "US") "Nov 7th, 2008"; monthFormat is %b or %B.
FilterResult dateText(const FilterCall &call, QStringView monthFormat)
{
    if (call.input.toString().isEmpty())
        return ok(call.input);
    const auto date = toDate(call.input, call.environment.context.timeZone);
    if (!date)
        return error(LiquidMessages::tr("Invalid Date: “%1” is not a valid datetime.").arg(call.input.toString()));
    const QDateTime time = inZone(*date, call.environment.context.timeZone);
    const QString type = call.argument(0).toString();
    const QString style = call.argument(1).toString();
    if (type == u"ordinal") {
        const int day = time.date().day();
        const QString suffix = (day % 100 >= 11 && day % 100 <= 13) ? QStringLiteral("th")
            : day % 10 == 1                                         ? QStringLiteral("st")
            : day % 10 == 2                                         ? QStringLiteral("nd")
            : day % 10 == 3                                         ? QStringLiteral("rd")
                                                                    : QStringLiteral("th");
        const QString ordinalDay = QString::number(day) + suffix;
        if (style == u"US")
            return ok(
                Ruby::strftime(time, QString(monthFormat.toString() + u' ' + ordinalDay + QLatin1String(", %Y"))));
        return ok(Ruby::strftime(time, QString(ordinalDay + u' ' + monthFormat.toString() + QLatin1String(" %Y"))));
    }
    return ok(Ruby::strftime(time, QString(QLatin1String("%d ") + monthFormat.toString() + QLatin1String(" %Y"))));
}

FilterResult date(const FilterCall &call)
{
    const QString format = call.argument(0).toString();
    if (format.isEmpty())
        return ok(call.input);
    const auto date = toDate(call.input, call.environment.context.timeZone);
    if (!date)
        return ok(call.input);
    return ok(Ruby::strftime(*date, format));
}

FilterResult dateToXmlSchema(const FilterCall &call)
{
    if (call.input.toString().isEmpty())
        return ok(call.input);
    const auto date = toDate(call.input, call.environment.context.timeZone);
    if (!date)
        return error(LiquidMessages::tr("Invalid Date: “%1” is not a valid datetime.").arg(call.input.toString()));
    return ok(Ruby::strftime(inZone(*date, call.environment.context.timeZone), u"%Y-%m-%dT%H:%M:%S%:z"));
}

FilterResult dateToRfc822(const FilterCall &call)
{
    if (call.input.toString().isEmpty())
        return ok(call.input);
    const auto date = toDate(call.input, call.environment.context.timeZone);
    if (!date)
        return error(LiquidMessages::tr("Invalid Date: “%1” is not a valid datetime.").arg(call.input.toString()));
    return ok(Ruby::strftime(inZone(*date, call.environment.context.timeZone), u"%a, %d %b %Y %H:%M:%S %z"));
}

FilterResult dateToString(const FilterCall &call)
{
    return dateText(call, u"%b");
}

FilterResult dateToLongString(const FilterCall &call)
{
    return dateText(call, u"%B");
}
} // namespace

void addDateFilters(FilterTable &table)
{
    table.insert({
        {QStringLiteral("date"), date},
        {QStringLiteral("date_to_xmlschema"), dateToXmlSchema},
        {QStringLiteral("date_to_rfc822"), dateToRfc822},
        {QStringLiteral("date_to_string"), dateToString},
        {QStringLiteral("date_to_long_string"), dateToLongString},
    });
}

} // namespace Masthead::LiquidPrivate
