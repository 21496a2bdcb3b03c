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
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Liquid)
};

QDateTime inZone(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone);
}

FilterResult dateText(const LiquidValue &input, const FilterEnvironment &env, QStringView monthFormat,
                      const Arguments &args)
{
    if (input.toString().isEmpty())
        return ok(input);
    const auto date = toDate(input, env.context.timeZone);
    if (!date)
        return error(Text::tr("Invalid Date: “%1” is not a valid datetime.").arg(input.toString()));
    const QDateTime time = inZone(*date, env.context.timeZone);
    const QString type = argument(args, 0).toString();
    const QString style = argument(args, 1).toString();
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

MH_FILTER(fDate)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const QString format = argument(args, 0).toString();
    if (format.isEmpty())
        return ok(input);
    const auto date = toDate(input, env.context.timeZone);
    if (!date)
        return ok(input);
    return ok(Ruby::strftime(*date, format));
}
MH_FILTER(fDateToXmlSchema)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.toString().isEmpty())
        return ok(input);
    const auto date = toDate(input, env.context.timeZone);
    if (!date)
        return error(Text::tr("Invalid Date: “%1” is not a valid datetime.").arg(input.toString()));
    return ok(Ruby::strftime(inZone(*date, env.context.timeZone), u"%Y-%m-%dT%H:%M:%S%:z"));
}
MH_FILTER(fDateToRfc822)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.toString().isEmpty())
        return ok(input);
    const auto date = toDate(input, env.context.timeZone);
    if (!date)
        return error(Text::tr("Invalid Date: “%1” is not a valid datetime.").arg(input.toString()));
    return ok(Ruby::strftime(inZone(*date, env.context.timeZone), u"%a, %d %b %Y %H:%M:%S %z"));
}
MH_FILTER(fDateToString)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return dateText(input, env, u"%b", args);
}
MH_FILTER(fDateToLongString)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return dateText(input, env, u"%B", args);
}
} // namespace

void addDateFilters(FilterTable &table)
{
    table.insert({
        {QStringLiteral("date"), fDate},
        {QStringLiteral("date_to_xmlschema"), fDateToXmlSchema},
        {QStringLiteral("date_to_rfc822"), fDateToRfc822},
        {QStringLiteral("date_to_string"), fDateToString},
        {QStringLiteral("date_to_long_string"), fDateToLongString},
    });
}

} // namespace Masthead::LiquidPrivate
