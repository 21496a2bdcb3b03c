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
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Liquid)
};

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

QString join(const LiquidValue::List &list, const QString &glue)
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

MH_FILTER(fJoin)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(join(iterate(input), args.isEmpty() ? QStringLiteral(" ") : args.at(0).toString()));
}
MH_FILTER(fSize)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.type() == LiquidValue::Type::Integer)
        return ok(8); // Ruby's Integer#size: bytes in a machine word
    if (input.type() == LiquidValue::Type::Map && input.contains(u"size"))
        return ok(input.value(u"size"));
    return ok(input.size());
}
MH_FILTER(fFirst)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.type() == LiquidValue::Type::Map)
        return ok(input.toList().value(0));
    return ok(input.at(0));
}
MH_FILTER(fLast)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(input.at(-1));
}
MH_FILTER(fArrayToSentenceString)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const LiquidValue::List list = input.toList();
    const QString connector = args.isEmpty() ? QStringLiteral("and") : args.at(0).toString();
    switch (list.size()) {
    case 0:
        return ok(QString());
    case 1:
        return ok(list.at(0).toString());
    case 2:
        return ok(list.at(0).toString() + u' ' + connector + u' ' + list.at(1).toString());
    default:
        return ok(join(list.first(list.size() - 1), QStringLiteral(", ")) + QLatin1String(", ") + connector + u' '
                  + list.last().toString());
    }
}
MH_FILTER(fSort)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return error(Text::tr("Cannot sort a null object."));
    LiquidValue::List list = input.toList();
    if (args.isEmpty() || args.at(0).isNil()) {
        std::stable_sort(list.begin(), list.end(),
                         [](const LiquidValue &a, const LiquidValue &b) { return compare(a, b) < 0; });
        return ok(list);
    }
    const QString name = args.at(0).toString();
    const QString nils = argument(args, 1, QStringLiteral("first")).toString();
    if (nils != u"first" && nils != u"last")
        return error(
            Text::tr("Invalid nils order: “%1” is not a valid nils order. It must be “first” or “last”.").arg(nils));
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
MH_FILTER(fSortNatural)
{
    MH_UNUSED_FILTER_PARAMETERS;
    LiquidValue::List list = iterate(input);
    const QString name = argument(args, 0).toString();
    const bool byProperty = !args.isEmpty() && !args.at(0).isNil();
    std::stable_sort(list.begin(), list.end(), [&](const LiquidValue &x, const LiquidValue &y) {
        const LiquidValue a = byProperty ? property(x, name) : x;
        const LiquidValue b = byProperty ? property(y, name) : y;
        if (a.isNil() || b.isNil())
            return !a.isNil() && b.isNil();
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    });
    return ok(list);
}
MH_FILTER(fWhere)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (args.isEmpty() || args.at(0).isNil())
        return ok(input);
    const LiquidValue target = argument(args, 1);
    if (target.isList() || target.isMap() || !(input.isList() || input.isMap()))
        return ok(input);
    LiquidValue::List items;
    if (input.isMap()) {
        for (const auto &pair : input.toMap())
            items.append(pair.second);
    } else {
        items = input.toList();
    }
    LiquidValue::List out;
    const QString name = args.at(0).toString();
    for (const LiquidValue &item : items) {
        if (matches(property(item, name), target))
            out.append(item);
    }
    return ok(out);
}
MH_FILTER(fFind)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const FilterResult found = fWhere(input, args, options, env);
    if (found.value.isList())
        return ok(found.value.at(0));
    return found;
}
MH_FILTER(fMap)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const QString name = argument(args, 0).toString();
    LiquidValue::List out;
    for (const LiquidValue &item : iterate(input))
        out.append(item.type() == LiquidValue::Type::Map ? item.value(name) : LiquidValue());
    return ok(out);
}
MH_FILTER(fReverse)
{
    MH_UNUSED_FILTER_PARAMETERS;
    LiquidValue::List list = iterate(input);
    std::reverse(list.begin(), list.end());
    return ok(list);
}
MH_FILTER(fUniq)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const bool byProperty = !args.isEmpty() && !args.at(0).isNil();
    const QString name = argument(args, 0).toString();
    LiquidValue::List out;
    QSet<QString> seen;
    for (const LiquidValue &item : iterate(input)) {
        const LiquidValue key = byProperty ? property(item, name) : item;
        const QString id = QString::number(int(key.type())) + key.toJson();
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(item);
        }
    }
    return ok(out);
}
MH_FILTER(fCompact)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const bool byProperty = !args.isEmpty() && !args.at(0).isNil();
    const QString name = argument(args, 0).toString();
    LiquidValue::List out;
    for (const LiquidValue &item : iterate(input)) {
        if (!(byProperty ? property(item, name) : item).isNil())
            out.append(item);
    }
    return ok(out);
}
MH_FILTER(fConcat)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const LiquidValue other = argument(args, 0);
    if (!other.isList())
        return error(Text::tr("concat filter requires an array argument"));
    LiquidValue::List list = iterate(input);
    list.append(other.toList());
    return ok(list);
}
MH_FILTER(fPush)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.type() != LiquidValue::Type::List)
        return ok(input);
    LiquidValue list = input;
    list.append(argument(args, 0));
    return ok(list);
}
MH_FILTER(fUnshift)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.type() != LiquidValue::Type::List)
        return ok(input);
    LiquidValue::List list = input.toList();
    list.prepend(argument(args, 0));
    return ok(list);
}
MH_FILTER(fPop)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.type() != LiquidValue::Type::List)
        return ok(input);
    const auto n = args.isEmpty() ? std::optional<qint64>(1) : toInteger(args.at(0));
    if (!n)
        return error(Text::tr("invalid integer"));
    LiquidValue::List list = input.toList();
    list.resize(std::max<qsizetype>(0, list.size() - qsizetype(std::clamp<qint64>(*n, 0, list.size()))));
    return ok(list);
}
MH_FILTER(fShift)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.type() != LiquidValue::Type::List)
        return ok(input);
    const auto n = args.isEmpty() ? std::optional<qint64>(1) : toInteger(args.at(0));
    if (!n)
        return error(Text::tr("invalid integer"));
    LiquidValue::List list = input.toList();
    list.remove(0, qsizetype(std::clamp<qint64>(*n, 0, list.size())));
    return ok(list);
}
MH_FILTER(fSample)
{
    MH_UNUSED_FILTER_PARAMETERS;
    // Jekyll picks at random; the preview keeps still and shows the first ones.
    if (!input.isList())
        return ok(input);
    const auto n = args.isEmpty() ? std::optional<qint64>(1) : toInteger(args.at(0));
    if (!n || *n == 1)
        return ok(input.at(0));
    return ok(input.toList().first(qsizetype(std::clamp<qint64>(*n, 0, input.size()))));
}
MH_FILTER(fGroupBy)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const QString name = argument(args, 0).toString();
    LiquidValue::List groups;
    QHash<QString, qsizetype> index;
    for (const LiquidValue &item : input.toList()) {
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
        {QStringLiteral("join"), fJoin},
        {QStringLiteral("size"), fSize},
        {QStringLiteral("first"), fFirst},
        {QStringLiteral("last"), fLast},
        {QStringLiteral("array_to_sentence_string"), fArrayToSentenceString},
        {QStringLiteral("sort"), fSort},
        {QStringLiteral("sort_natural"), fSortNatural},
        {QStringLiteral("where"), fWhere},
        {QStringLiteral("find"), fFind},
        {QStringLiteral("map"), fMap},
        {QStringLiteral("reverse"), fReverse},
        {QStringLiteral("uniq"), fUniq},
        {QStringLiteral("compact"), fCompact},
        {QStringLiteral("concat"), fConcat},
        {QStringLiteral("push"), fPush},
        {QStringLiteral("unshift"), fUnshift},
        {QStringLiteral("pop"), fPop},
        {QStringLiteral("shift"), fShift},
        {QStringLiteral("sample"), fSample},
        {QStringLiteral("group_by"), fGroupBy},
    });
}

} // namespace Masthead::LiquidPrivate
