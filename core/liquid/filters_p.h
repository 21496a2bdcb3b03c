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
using Arguments = QList<LiquidValue>;
using Status = FilterResult::Status;

inline FilterResult ok(const LiquidValue &value)
{
    return {value, Status::Ok, {}};
}

inline FilterResult error(const QString &message)
{
    return {{}, Status::Error, message};
}

inline LiquidValue argument(const Arguments &arguments, qsizetype i, const LiquidValue &fallback = {})
{
    return i < arguments.size() ? arguments.at(i) : fallback;
}

using Filter
    = FilterResult (*)(const LiquidValue &, const Arguments &, const LiquidValue::Map &, const FilterEnvironment &);
using FilterTable = QHash<QString, Filter>;

#define MH_FILTER(name)                                                                                                \
    FilterResult name(const LiquidValue &input, const Arguments &args, const LiquidValue::Map &options,                \
                      const FilterEnvironment &env)
#define MH_UNUSED_FILTER_PARAMETERS                                                                                    \
    Q_UNUSED(input);                                                                                                   \
    Q_UNUSED(args);                                                                                                    \
    Q_UNUSED(options);                                                                                                 \
    Q_UNUSED(env)

// Liquid::Utils.to_integer (numberfilters.cpp).
std::optional<qint64> toInteger(const LiquidValue &value);
// Jekyll's xml_escape: & < > " ' as entities, the apostrophe as &apos; (liquidfilters.cpp).
QString xmlEscape(QStringView text);

// Each family adds its filters to the table under their Liquid names.
void addTextFilters(FilterTable &table);
void addNumberFilters(FilterTable &table);
void addDateFilters(FilterTable &table);
void addArrayFilters(FilterTable &table);
void addJekyllFilters(FilterTable &table);

} // namespace Masthead::LiquidPrivate
