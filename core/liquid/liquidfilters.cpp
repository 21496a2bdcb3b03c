// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/filters_p.h"

#include "core/markdown/htmlescape.h"

#include <QStringList>

// The filters of Liquid 5 (StandardFilters) and Jekyll 4.3 (Jekyll::Filters), each written after the
// Ruby method of the same name. They live by family in textfilters.cpp, numberfilters.cpp,
// datefilters.cpp, arrayfilters.cpp and jekyllfilters.cpp; this file puts them in one table.

namespace Masthead::LiquidPrivate
{
namespace
{
const FilterTable &filters()
{
    static const FilterTable table = [] {
        FilterTable families;
        addTextFilters(families);
        addNumberFilters(families);
        addDateFilters(families);
        addArrayFilters(families);
        addJekyllFilters(families);
        return families;
    }();
    return table;
}

const QStringList &unsupportedFilters()
{
    // Jekyll's filters that need more than Masthead has (Sass, SmartyPants, expressions over groups).
    static const QStringList names {QStringLiteral("smartify"), QStringLiteral("sassify"), QStringLiteral("scssify"),
                                    QStringLiteral("group_by_exp")};
    return names;
}
} // namespace

FilterResult::Status filterAvailability(QStringView name)
{
    if (filters().contains(name.toString()) || name == u"where_exp" || name == u"find_exp")
        return FilterResult::Status::Ok;
    return unsupportedFilters().contains(name) ? FilterResult::Status::Unsupported : FilterResult::Status::Unknown;
}

FilterResult applyFilter(QStringView name, const LiquidValue &input, const QList<LiquidValue> &arguments,
                         const LiquidValue::Map &options, const FilterEnvironment &environment)
{
    const auto &table = filters();
    if (const auto filter = table.find(name.toString()); filter != table.end())
        return (*filter)(FilterCall {input, arguments, options, environment});
    FilterResult result;
    result.status = unsupportedFilters().contains(name) ? Status::Unsupported : Status::Unknown;
    return result;
}

QString escapeHtml(QStringView text)
{
    return escapeMarkup(text, QLatin1StringView("&#39;"));
}

QString escapeXml(QStringView text)
{
    return escapeMarkup(text, QLatin1StringView("&apos;"));
}

} // namespace Masthead::LiquidPrivate
