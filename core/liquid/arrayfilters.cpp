// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/filters_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// Filters on lists: joining, sorting, selecting, mapping, grouping, adding and removing items.

namespace Masthead::LiquidPrivate
{
namespace
{

// Liquid's InputIterator: lists flattened, a map as a list of itself, nil as nothing, anything else
// as a list of one.
void flatten(const LiquidValue &list, LiquidValue::List &out, int depth)
{
    // Bounded: a list may hold itself many times over.
    for (const LiquidValue &item : list.toList()) {
        if (out.size() > (1 << 18))
            return;
        if (item.type() == LiquidValue::Type::List && depth < 64)
            flatten(item, out, depth + 1);
        else if (item.type() != LiquidValue::Type::List)
            out.append(item);
    }
}

LiquidValue::List iterate(const LiquidValue &input)
{
    if (input.type() == LiquidValue::Type::Map)
        return {input};
    if (input.isNil())
        return {};
    if (!input.isList())
        return {input};
    LiquidValue::List out;
    flatten(input, out, 0);
    return out;
}

QString joined(const LiquidValue::List &list, const QString &glue)
{
    QString out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += glue;
        out += list.at(i).toString();
    }
    return out;
}

// A property of an item as Jekyll's filters read it ("a.b" reads nested maps).
LiquidValue property(const LiquidValue &item, const QString &name)
{
    if (item.type() != LiquidValue::Type::Map)
        return {};
    if (!name.contains(u'.') || item.contains(name))
        return item.value(name);
    LiquidValue value = item;
    for (const QStringView key : QStringView(name).split(u'.'))
        value = value.value(key);
    return value;
}

// Jekyll's parse_sort_input: numbers written as text sort as numbers.
LiquidValue sortKey(const LiquidValue &value)
{
    static const QRegularExpression integer(QStringLiteral(R"(^\s*-?\d+\s*$)"));
    static const QRegularExpression floating(QStringLiteral(R"(^\s*-?(?:\d+\.?\d*|\.\d+)\s*$)"));
    if (value.isNumber() || value.isNil())
        return value;
    const QString text = value.toString();
    if (integer.matchView(text).hasMatch())
        return text.trimmed().toLongLong();
    if (floating.matchView(text).hasMatch())
        return text.trimmed().toDouble();
    return value;
}

// Ruby's <=>, falling back to comparing text when the types do not compare.
int compare(const LiquidValue &a, const LiquidValue &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.type() == LiquidValue::Type::Integer && b.type() == LiquidValue::Type::Integer)
            return a.toInteger() < b.toInteger() ? -1 : (a.toInteger() > b.toInteger() ? 1 : 0);
        return a.toFloat() < b.toFloat() ? -1 : (a.toFloat() > b.toFloat() ? 1 : 0);
    }
    if (a.type() == LiquidValue::Type::Date && b.type() == LiquidValue::Type::Date)
        return a.toDateTime() < b.toDateTime() ? -1 : (a.toDateTime() > b.toDateTime() ? 1 : 0);
    if (a.isList() && b.isList()) {
        const auto la = a.toList(), lb = b.toList();
        for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i) {
            if (const int c = compare(la.at(i), lb.at(i)))
                return c;
        }
        return la.size() < lb.size() ? -1 : (la.size() > lb.size() ? 1 : 0);
    }
    const int c = QString::compare(a.toString(), b.toString());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Jekyll's compare_property_vs_target (where, find).
bool matches(const LiquidValue &value, const LiquidValue &target)
{
    if (target.isNil())
        return value.isNil();
    const QString wanted = target.toString();
    if (value.isString())
        return value.toString() == wanted;
    const LiquidValue::List values = value.isList() ? value.toList() : LiquidValue::List {value};
    for (const LiquidValue &v : values) {
        if (!v.isNil() && v.toString() == wanted)
            return true;
        if (v.isNil() && wanted.isEmpty() && !value.isList())
            return false;
    }
    return false;
}

FilterResult join(const FilterCall &call)
{
    return ok(joined(iterate(call.input), call.argument(0, QStringLiteral(" ")).toString()));
}

FilterResult size(const FilterCall &call)
{
    if (call.input.type() == LiquidValue::Type::Integer)
        return ok(8); // Ruby's Integer#size: bytes in a machine word
    if (call.input.type() == LiquidValue::Type::Map && call.input.contains(u"size"))
        return ok(call.input.value(u"size"));
    return ok(call.input.size());
}

FilterResult first(const FilterCall &call)
{
    if (call.input.type() == LiquidValue::Type::Map)
        return ok(call.input.toList().value(0));
    return ok(call.input.at(0));
}

FilterResult last(const FilterCall &call)
{
    return ok(call.input.at(-1));
}

FilterResult arrayToSentenceString(const FilterCall &call)
{
    const LiquidValue::List list = call.input.toList();
    const QString connector = call.argument(0, QStringLiteral("and")).toString();
    switch (list.size()) {
    case 0:
        return ok(QString());
    case 1:
        return ok(list.at(0).toString());
    case 2:
        return ok(list.at(0).toString() + u' ' + connector + u' ' + list.at(1).toString());
    default:
        return ok(joined(list.first(list.size() - 1), QStringLiteral(", ")) + QLatin1String(", ") + connector + u' '
                  + list.last().toString());
    }
}

FilterResult sort(const FilterCall &call)
{
    if (call.input.isNil())
        return error(LiquidMessages::tr("Cannot sort a null object."));
    LiquidValue::List list = call.input.toList();
    if (call.arguments.isEmpty() || call.arguments.at(0).isNil()) {
        std::stable_sort(list.begin(), list.end(),
                         [](const LiquidValue &a, const LiquidValue &b) { return compare(a, b) < 0; });
        return ok(list);
    }
    const QString name = call.arguments.at(0).toString();
    const QString nils = call.argument(1, QStringLiteral("first")).toString();
    if (nils != u"first" && nils != u"last")
        return error(
            LiquidMessages::tr("Invalid nils order: “%1” is not a valid nils order. It must be “first” or “last”.")
                .arg(nils));
    const int order = nils == u"first" ? -1 : 1;
    QList<std::pair<LiquidValue, LiquidValue>> keyed;
    for (const LiquidValue &item : list)
        keyed.append({sortKey(property(item, name)), item});
    std::stable_sort(keyed.begin(), keyed.end(), [order](const auto &a, const auto &b) {
        if (!a.first.isNil() && b.first.isNil())
            return -order < 0;
        if (a.first.isNil() && !b.first.isNil())
            return order < 0;
        return compare(a.first, b.first) < 0;
    });
    LiquidValue::List out;
    for (const auto &pair : keyed)
        out.append(pair.second);
    return ok(out);
}

FilterResult sortNatural(const FilterCall &call)
{
    LiquidValue::List list = iterate(call.input);
    const QString name = call.argument(0).toString();
    const bool byProperty = !call.arguments.isEmpty() && !call.arguments.at(0).isNil();
    std::stable_sort(list.begin(), list.end(), [&](const LiquidValue &x, const LiquidValue &y) {
        const LiquidValue a = byProperty ? property(x, name) : x;
        const LiquidValue b = byProperty ? property(y, name) : y;
        if (a.isNil() || b.isNil())
            return !a.isNil() && b.isNil();
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    });
    return ok(list);
}

FilterResult where(const FilterCall &call)
{
    if (call.arguments.isEmpty() || call.arguments.at(0).isNil())
        return ok(call.input);
    const LiquidValue target = call.argument(1);
    if (target.isList() || target.isMap() || !(call.input.isList() || call.input.isMap()))
        return ok(call.input);
    LiquidValue::List items;
    if (call.input.isMap()) {
        for (const auto &pair : call.input.toMap())
            items.append(pair.second);
    } else {
        items = call.input.toList();
    }
    LiquidValue::List out;
    const QString name = call.arguments.at(0).toString();
    for (const LiquidValue &item : items) {
        if (matches(property(item, name), target))
            out.append(item);
    }
    return ok(out);
}

FilterResult find(const FilterCall &call)
{
    const FilterResult found = where(call);
    if (found.value.isList())
        return ok(found.value.at(0));
    return found;
}

FilterResult map(const FilterCall &call)
{
    const QString name = call.argument(0).toString();
    LiquidValue::List out;
    for (const LiquidValue &item : iterate(call.input))
        out.append(item.type() == LiquidValue::Type::Map ? item.value(name) : LiquidValue());
    return ok(out);
}

FilterResult reverse(const FilterCall &call)
{
    LiquidValue::List list = iterate(call.input);
    std::reverse(list.begin(), list.end());
    return ok(list);
}

FilterResult uniq(const FilterCall &call)
{
    const bool byProperty = !call.arguments.isEmpty() && !call.arguments.at(0).isNil();
    const QString name = call.argument(0).toString();
    LiquidValue::List out;
    QSet<QString> seen;
    for (const LiquidValue &item : iterate(call.input)) {
        const LiquidValue key = byProperty ? property(item, name) : item;
        const QString id = QString::number(int(key.type())) + key.toJson();
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(item);
        }
    }
    return ok(out);
}

FilterResult compact(const FilterCall &call)
{
    const bool byProperty = !call.arguments.isEmpty() && !call.arguments.at(0).isNil();
    const QString name = call.argument(0).toString();
    LiquidValue::List out;
    for (const LiquidValue &item : iterate(call.input)) {
        if (!(byProperty ? property(item, name) : item).isNil())
            out.append(item);
    }
    return ok(out);
}

FilterResult concat(const FilterCall &call)
{
    const LiquidValue other = call.argument(0);
    if (!other.isList())
        return error(LiquidMessages::tr("concat filter requires an array argument"));
    LiquidValue::List list = iterate(call.input);
    list.append(other.toList());
    return ok(list);
}

FilterResult push(const FilterCall &call)
{
    if (call.input.type() != LiquidValue::Type::List)
        return ok(call.input);
    LiquidValue list = call.input;
    list.append(call.argument(0));
    return ok(list);
}

FilterResult unshift(const FilterCall &call)
{
    if (call.input.type() != LiquidValue::Type::List)
        return ok(call.input);
    LiquidValue::List list = call.input.toList();
    list.prepend(call.argument(0));
    return ok(list);
}

FilterResult pop(const FilterCall &call)
{
    if (call.input.type() != LiquidValue::Type::List)
        return ok(call.input);
    const auto n = call.arguments.isEmpty() ? std::optional<qint64>(1) : integerArgument(call.arguments.at(0));
    if (!n)
        return error(LiquidMessages::tr("invalid integer"));
    LiquidValue::List list = call.input.toList();
    list.resize(std::max<qsizetype>(0, list.size() - qsizetype(std::clamp<qint64>(*n, 0, list.size()))));
    return ok(list);
}

FilterResult shift(const FilterCall &call)
{
    if (call.input.type() != LiquidValue::Type::List)
        return ok(call.input);
    const auto n = call.arguments.isEmpty() ? std::optional<qint64>(1) : integerArgument(call.arguments.at(0));
    if (!n)
        return error(LiquidMessages::tr("invalid integer"));
    LiquidValue::List list = call.input.toList();
    list.remove(0, qsizetype(std::clamp<qint64>(*n, 0, list.size())));
    return ok(list);
}

FilterResult sample(const FilterCall &call)
{
    // Jekyll picks at random; the preview keeps still and shows the first ones.
    if (!call.input.isList())
        return ok(call.input);
    const auto n = call.arguments.isEmpty() ? std::optional<qint64>(1) : integerArgument(call.arguments.at(0));
    if (!n || *n == 1)
        return ok(call.input.at(0));
    return ok(call.input.toList().first(qsizetype(std::clamp<qint64>(*n, 0, call.input.size()))));
}

FilterResult groupBy(const FilterCall &call)
{
    const QString name = call.argument(0).toString();
    LiquidValue::List groups;
    QHash<QString, qsizetype> index;
    for (const LiquidValue &item : call.input.toList()) {
        const QString key = property(item, name).toString();
        auto found = index.find(key);
        if (found == index.end()) {
            found = index.insert(key, groups.size());
            LiquidValue group;
            group.insert(QStringLiteral("name"), key);
            group.insert(QStringLiteral("items"), LiquidValue::List());
            group.insert(QStringLiteral("size"), 0);
            groups.append(group);
        }
        LiquidValue &group = groups[*found];
        LiquidValue items = group.value(u"items");
        items.append(item);
        group.insert(QStringLiteral("items"), items);
        group.insert(QStringLiteral("size"), items.size());
    }
    return ok(groups);
}
} // namespace

void addArrayFilters(FilterTable &table)
{
    table.insert({
        {QStringLiteral("join"), join},
        {QStringLiteral("size"), size},
        {QStringLiteral("first"), first},
        {QStringLiteral("last"), last},
        {QStringLiteral("array_to_sentence_string"), arrayToSentenceString},
        {QStringLiteral("sort"), sort},
        {QStringLiteral("sort_natural"), sortNatural},
        {QStringLiteral("where"), where},
        {QStringLiteral("find"), find},
        {QStringLiteral("map"), map},
        {QStringLiteral("reverse"), reverse},
        {QStringLiteral("uniq"), uniq},
        {QStringLiteral("compact"), compact},
        {QStringLiteral("concat"), concat},
        {QStringLiteral("push"), push},
        {QStringLiteral("unshift"), unshift},
        {QStringLiteral("pop"), pop},
        {QStringLiteral("shift"), shift},
        {QStringLiteral("sample"), sample},
        {QStringLiteral("group_by"), groupBy},
    });
}

} // namespace Masthead::LiquidPrivate
