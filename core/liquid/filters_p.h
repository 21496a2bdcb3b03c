// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the filter families (textfilters.cpp, numberfilters.cpp, datefilters.cpp, arrayfilters.cpp,
// jekyllfilters.cpp) share with liquidfilters.cpp, which puts them in one table; not for use outside
// core/liquid/.

#include "core/liquid/liquid_p.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Masthead::LiquidPrivate
{
using Status = FilterResult::Status;

// One use of a filter in a template, {{ input | name: arguments, option: value }}; each filter reads
// only the parts it needs.
struct FilterCall {
    const LiquidValue &input;
    const QList<LiquidValue> &arguments;
    const LiquidValue::Map &options; // named arguments, such as default's allow_false
    const FilterEnvironment &environment;

    // The argument at i, or fallback when the template gave fewer.
    LiquidValue argument(qsizetype i, const LiquidValue &fallback = {}) const
    {
        return i < arguments.size() ? arguments.at(i) : fallback;
    }
};

inline FilterResult ok(const LiquidValue &value)
{
    return {value, Status::Ok, {}};
}

inline FilterResult error(const QString &message)
{
    return {{}, Status::Error, message};
}

using Filter = FilterResult (*)(const FilterCall &call);
using FilterTable = QHash<QString, Filter>;

// Liquid::Utils.to_integer, for counts and offsets: nullopt unless value is a whole number
// (numberfilters.cpp).
std::optional<qint64> integerArgument(const LiquidValue &value);
// Jekyll's xml_escape: & < > " ' as entities, the apostrophe as &apos; (liquidfilters.cpp).
QString escapeXml(QStringView text);

// Each family adds its filters to the table under their Liquid names.
void addTextFilters(FilterTable &table);
void addNumberFilters(FilterTable &table);
void addDateFilters(FilterTable &table);
void addArrayFilters(FilterTable &table);
void addJekyllFilters(FilterTable &table);

} // namespace Masthead::LiquidPrivate
