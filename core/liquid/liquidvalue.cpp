// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/liquid.h"
#include "core/liquid/liquid_p.h"
#include "core/site/rubytime.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace Masthead
{
namespace
{
const LiquidValue::Map &emptyMap()
{
    static const LiquidValue::Map map;
    return map;
}

// Psych's reading of a plain (unquoted) scalar.
LiquidValue plainScalar(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"(^[^\d.:-]?[[:alpha:]_\s!@#$%\^&*(){}<>|/\\~;=]+)"));
    static const QRegularExpression decimal(QStringLiteral(R"(^[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)$)"));
    static const QRegularExpression octal(QStringLiteral(R"(^[-+]?0[0-7_,]+$)"));
    static const QRegularExpression hex(QStringLiteral(R"(^[-+]?0x[0-9a-fA-F_,]+$)"));
    static const QRegularExpression binary(QStringLiteral(R"(^[-+]?0b[0-1_,]+$)"));
    static const QRegularExpression sexagesimal(QStringLiteral(R"(^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$)"));
    static const QRegularExpression floating(QStringLiteral(R"(^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$)"));

    if (text.isEmpty() || text == u"~")
        return {};
    if (word.matchView(text).hasMatch() || text.contains(u'\n')) {
        if (text.size() > 5)
            return text;
        const QString lower = text.toLower();
        if (lower == u"null")
            return {};
        if (lower == u"yes" || lower == u"true" || lower == u"on")
            return true;
        if (lower == u"no" || lower == u"false" || lower == u"off")
            return false;
        return text;
    }
    const QString lower = text.toLower();
    if (lower == u".inf" || lower == u"+.inf")
        return std::numeric_limits<double>::infinity();
    if (lower == u"-.inf")
        return -std::numeric_limits<double>::infinity();
    if (lower == u".nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (sexagesimal.matchView(text).hasMatch()) {
        // Psych weighs the parts 60^2, 60^1, 60^0 from the left, whatever their number: 1:30 is 5400.
        qint64 total = 0;
        const bool negative = text.startsWith(u'-');
        const auto parts = QStringView(text).mid(text.front().isDigit() ? 0 : 1).split(u':');
        static constexpr qint64 weights[] = {3600, 60, 1};
        for (qsizetype i = 0; i < parts.size() && i < 3; ++i)
            total += parts[i].toString().remove(u'_').toLongLong() * weights[i];
        return negative ? -total : total;
    }
    QString digits = text;
    digits.remove(u'_').remove(u',');
    const bool negative = digits.startsWith(u'-');
    if (digits.startsWith(u'-') || digits.startsWith(u'+'))
        digits.remove(0, 1);
    bool ok = false;
    qint64 n = 0;
    if (decimal.matchView(text).hasMatch())
        n = digits.toLongLong(&ok, 10);
    else if (hex.matchView(text).hasMatch())
        n = digits.sliced(2).toLongLong(&ok, 16);
    else if (binary.matchView(text).hasMatch())
        n = digits.sliced(2).toLongLong(&ok, 2);
    else if (octal.matchView(text).hasMatch())
        n = digits.toLongLong(&ok, 8);
    if (ok)
        return negative ? -n : n;
    if (floating.matchView(text).hasMatch() && text != u"." && text != u"-." && text != u"+.") {
        QString number = text;
        number.remove(u'_').remove(u',');
        if (number.endsWith(u'.'))
            number.chop(1);
        number.replace(QLatin1String(".e"), QLatin1String("e")).replace(QLatin1String(".E"), QLatin1String("E"));
        const double d = number.toDouble(&ok);
        if (ok)
            return d;
    }
    return text;
}

LiquidValue fromNode(const YAML::Node &node, int depth = 0)
{
    if (depth > 64)
        return {};
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        return node.Tag() == "?" ? plainScalar(text) : LiquidValue(text);
    }
    case YAML::NodeType::Sequence: {
        LiquidValue::List list;
        list.reserve(qsizetype(node.size()));
        for (const auto &item : node)
            list.append(fromNode(item, depth + 1));
        return list;
    }
    case YAML::NodeType::Map: {
        LiquidValue map = LiquidValue::Map();
        for (const auto &pair : node) {
            const QString key = pair.first.IsScalar() ? QString::fromStdString(pair.first.Scalar()) : QString();
            map.insert(key, fromNode(pair.second, depth + 1));
        }
        return map;
    }
    default:
        return {};
    }
}

void appendInspectedString(QString &out, const QString &s)
{
    out += u'"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case 0x1b:
            out += QLatin1String("\\e");
            break;
        case '#':
            if (i + 1 < s.size() && (s[i + 1] == u'{' || s[i + 1] == u'$' || s[i + 1] == u'@'))
                out += u'\\';
            out += c;
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper().replace(u'X', u'x');
            else
                out += c;
        }
    }
    out += u'"';
}

void appendJsonString(QString &out, QStringView s)
{
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

// Lists can hold themselves many times over ({% assign a = a | push: a %} in a loop): printing stops
// at a depth and a size no real value reaches.
struct Walk {
    int depth = 0;
    qint64 visits = 0;
};

bool tooMuch(const QString &out, Walk &walk)
{
    return walk.depth > 64 || ++walk.visits > 1'000'000 || out.size() > 16 * 1024 * 1024;
}

// Visits a child one level deeper.
template<typename Append>
void deeper(Walk &walk, Append append)
{
    ++walk.depth;
    append();
    --walk.depth;
}

void appendInspect(QString &out, const LiquidValue &value, Walk &walk);

void appendToString(QString &out, const LiquidValue &value, Walk &walk)
{
    if (tooMuch(out, walk))
        return;
    switch (value.type()) {
    case LiquidValue::Type::Nil:
        break;
    case LiquidValue::Type::List:
    case LiquidValue::Type::Range:
        if (value.type() == LiquidValue::Type::Range) {
            const auto [first, last] = value.toRange();
            out += QString::number(first) + QLatin1String("..") + QString::number(last);
        } else {
            for (const LiquidValue &item : value.toList())
                deeper(walk, [&] { appendToString(out, item, walk); });
        }
        break;
    case LiquidValue::Type::Map:
        deeper(walk, [&] { appendInspect(out, value, walk); });
        break;
    default:
        out += value.toString();
    }
}

void appendInspect(QString &out, const LiquidValue &value, Walk &walk)
{
    if (tooMuch(out, walk))
        return;
    switch (value.type()) {
    case LiquidValue::Type::Nil:
        out += QLatin1String("nil");
        break;
    case LiquidValue::Type::String:
        appendInspectedString(out, value.toString());
        break;
    case LiquidValue::Type::List: {
        out += u'[';
        bool first = true;
        for (const LiquidValue &item : value.toList()) {
            if (!first)
                out += QLatin1String(", ");
            first = false;
            deeper(walk, [&] { appendInspect(out, item, walk); });
        }
        out += u']';
        break;
    }
    case LiquidValue::Type::Map: {
        out += u'{';
        bool first = true;
        for (const auto &[key, item] : value.toMap()) {
            if (!first)
                out += QLatin1String(", ");
            first = false;
            appendInspectedString(out, key);
            out += QLatin1String("=>");
            deeper(walk, [&] { appendInspect(out, item, walk); });
        }
        out += u'}';
        break;
    }
    default:
        appendToString(out, value, walk);
    }
}

void appendJson(QString &out, const LiquidValue &value, Walk &walk)
{
    if (tooMuch(out, walk))
        return;
    switch (value.type()) {
    case LiquidValue::Type::Nil:
        out += QLatin1String("null");
        break;
    case LiquidValue::Type::Bool:
    case LiquidValue::Type::Integer:
        out += value.toString();
        break;
    case LiquidValue::Type::Float:
        out += std::isfinite(value.toFloat()) ? value.toString() : QStringLiteral("null");
        break;
    case LiquidValue::Type::List: {
        out += u'[';
        bool first = true;
        for (const LiquidValue &item : value.toList()) {
            if (!first)
                out += u',';
            first = false;
            deeper(walk, [&] { appendJson(out, item, walk); });
        }
        out += u']';
        break;
    }
    case LiquidValue::Type::Map: {
        out += u'{';
        bool first = true;
        for (const auto &[key, item] : value.toMap()) {
            if (!first)
                out += u',';
            first = false;
            appendJsonString(out, key);
            out += u':';
            deeper(walk, [&] { appendJson(out, item, walk); });
        }
        out += u'}';
        break;
    }
    default:
        appendJsonString(out, value.toString());
    }
}

// Ruby's String#to_i and to_f: the longest number at the start, after blanks; 0 without one.
QStringView leadingNumber(QStringView s, bool allowFraction)
{
    qsizetype i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    const qsizetype begin = i;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        ++i;
    const qsizetype digitsBegin = i;
    while (i < s.size()
           && (s[i].isDigit() || (s[i] == u'_' && i > digitsBegin && i + 1 < s.size() && s[i + 1].isDigit())))
        ++i;
    if (i == digitsBegin)
        return {};
    if (allowFraction && i + 1 < s.size() && s[i] == u'.' && s[i + 1].isDigit()) {
        ++i;
        while (i < s.size() && s[i].isDigit())
            ++i;
    }
    return s.sliced(begin, i - begin);
}
} // namespace

LiquidValue::LiquidValue(const List &list)
    : m_data(std::make_shared<List>(list))
{
}

LiquidValue::LiquidValue(const Map &map)
    : m_data(std::make_shared<Map>(map))
{
}

LiquidValue LiquidValue::range(qint64 first, qint64 last)
{
    LiquidValue value;
    value.m_data = RangeData {first, last};
    return value;
}

LiquidValue LiquidValue::list(const QStringList &strings)
{
    List list;
    list.reserve(strings.size());
    for (const QString &s : strings)
        list.append(s);
    return list;
}

LiquidValue LiquidValue::fromYaml(const QByteArray &yaml, QString *error)
{
    try {
        return fromNode(YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
}

bool LiquidValue::isTruthy() const
{
    return !isNil() && !(type() == Type::Bool && !toBool());
}

bool LiquidValue::isEmpty() const
{
    switch (type()) {
    case Type::String:
        return std::get<QString>(m_data).isEmpty();
    case Type::List:
        return std::get<std::shared_ptr<List>>(m_data)->isEmpty();
    case Type::Map:
        return std::get<std::shared_ptr<Map>>(m_data)->isEmpty();
    case Type::Range:
        return toRange().second < toRange().first;
    default:
        return false;
    }
}

qint64 LiquidValue::toInteger() const
{
    switch (type()) {
    case Type::Integer:
        return std::get<qint64>(m_data);
    case Type::Float: {
        const double d = std::get<double>(m_data);
        return std::isfinite(d) ? qint64(d) : 0;
    }
    case Type::String: {
        QString digits = leadingNumber(std::get<QString>(m_data), false).toString();
        digits.remove(u'_');
        return digits.toLongLong();
    }
    default:
        return 0;
    }
}

double LiquidValue::toFloat() const
{
    switch (type()) {
    case Type::Integer:
        return double(std::get<qint64>(m_data));
    case Type::Float:
        return std::get<double>(m_data);
    case Type::String: {
        QString digits = leadingNumber(std::get<QString>(m_data), true).toString();
        digits.remove(u'_');
        return digits.toDouble();
    }
    default:
        return 0;
    }
}

std::pair<qint64, qint64> LiquidValue::toRange() const
{
    if (type() != Type::Range)
        return {0, -1};
    const RangeData &r = std::get<RangeData>(m_data);
    return {r.first, r.last};
}

LiquidValue::List LiquidValue::toList() const
{
    switch (type()) {
    case Type::List:
        return *std::get<std::shared_ptr<List>>(m_data);
    case Type::Range: {
        const auto [first, last] = toRange();
        List list;
        if (last >= first)
            list.reserve(qsizetype(std::min<qint64>(last - first + 1, 1 << 20)));
        for (qint64 i = first; i <= last && list.size() < (1 << 20); ++i)
            list.append(i);
        return list;
    }
    case Type::Map: {
        List list;
        for (const auto &[key, item] : toMap())
            list.append(LiquidValue(List {key, item}));
        return list;
    }
    default:
        return {};
    }
}

const LiquidValue::Map &LiquidValue::toMap() const
{
    return type() == Type::Map ? *std::get<std::shared_ptr<Map>>(m_data) : emptyMap();
}

QString LiquidValue::toString() const
{
    switch (type()) {
    case Type::Nil:
        return {};
    case Type::Bool:
        return toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Integer:
        return QString::number(std::get<qint64>(m_data));
    case Type::Float:
        return LiquidPrivate::formatFloat(std::get<double>(m_data));
    case Type::String:
        return std::get<QString>(m_data);
    case Type::Date:
        return Ruby::timeToString(std::get<QDateTime>(m_data));
    default: {
        QString out;
        Walk walk;
        appendToString(out, *this, walk);
        return out;
    }
    }
}

QString LiquidValue::inspect() const
{
    QString out;
    Walk walk;
    appendInspect(out, *this, walk);
    return out;
}

QString LiquidValue::toJson() const
{
    QString out;
    Walk walk;
    appendJson(out, *this, walk);
    return out;
}

LiquidValue LiquidValue::value(QStringView key) const
{
    if (type() != Type::Map)
        return {};
    for (const auto &[k, v] : toMap()) {
        if (k == key)
            return v;
    }
    return {};
}

bool LiquidValue::contains(QStringView key) const
{
    for (const auto &pair : toMap()) {
        if (pair.first == key)
            return true;
    }
    return false;
}

void LiquidValue::insert(const QString &key, const LiquidValue &item)
{
    if (type() != Type::Map)
        m_data = std::make_shared<Map>();
    auto &shared = std::get<std::shared_ptr<Map>>(m_data);
    if (shared.use_count() > 1)
        shared = std::make_shared<Map>(*shared);
    for (auto &pair : *shared) {
        if (pair.first == key) {
            pair.second = item;
            return;
        }
    }
    shared->append({key, item});
}

void LiquidValue::append(const LiquidValue &item)
{
    if (type() != Type::List)
        m_data = std::make_shared<List>();
    auto &shared = std::get<std::shared_ptr<List>>(m_data);
    if (shared.use_count() > 1)
        shared = std::make_shared<List>(*shared);
    shared->append(item);
}

LiquidValue LiquidValue::at(qsizetype index) const
{
    if (type() == Type::Range) {
        const auto [first, last] = toRange();
        const qint64 count = std::max<qint64>(0, last - first + 1);
        const qint64 i = index < 0 ? count + index : index;
        return i >= 0 && i < count ? LiquidValue(first + i) : LiquidValue();
    }
    if (type() != Type::List)
        return {};
    const List &list = *std::get<std::shared_ptr<List>>(m_data);
    const qsizetype i = index < 0 ? list.size() + index : index;
    return i >= 0 && i < list.size() ? list.at(i) : LiquidValue();
}

qsizetype LiquidValue::size() const
{
    switch (type()) {
    case Type::String: {
        const QString &s = std::get<QString>(m_data);
        qsizetype n = 0;
        for (const QChar c : s)
            n += c.isLowSurrogate() ? 0 : 1;
        return n;
    }
    case Type::List:
        return std::get<std::shared_ptr<List>>(m_data)->size();
    case Type::Range:
        return qsizetype(std::max<qint64>(0, toRange().second - toRange().first + 1));
    case Type::Map:
        return std::get<std::shared_ptr<Map>>(m_data)->size();
    default:
        return 0;
    }
}

bool LiquidValue::operator==(const LiquidValue &other) const
{
    if (isNumber() && other.isNumber()) {
        if (type() == Type::Integer && other.type() == Type::Integer)
            return toInteger() == other.toInteger();
        return toFloat() == other.toFloat();
    }
    if (isList() && other.isList()) {
        if (type() == Type::Range && other.type() == Type::Range)
            return toRange() == other.toRange();
        return toList() == other.toList();
    }
    if (type() != other.type())
        return false;
    switch (type()) {
    case Type::Nil:
        return true;
    case Type::Bool:
        return toBool() == other.toBool();
    case Type::String:
        return std::get<QString>(m_data) == std::get<QString>(other.m_data);
    case Type::Date:
        return toDateTime() == other.toDateTime();
    case Type::Map: {
        const Map &a = toMap();
        const Map &b = other.toMap();
        if (a.size() != b.size())
            return false;
        for (const auto &[key, item] : a) {
            if (!other.contains(key) || !(other.value(key) == item))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace Masthead

namespace Masthead::LiquidPrivate
{

std::optional<QDateTime> toDate(const LiquidValue &value, const QTimeZone &zone)
{
    switch (value.type()) {
    case LiquidValue::Type::Date:
        return value.toDateTime();
    case LiquidValue::Type::Integer:
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), zone);
    case LiquidValue::Type::String: {
        const QString text = value.toString();
        if (text.isEmpty())
            return std::nullopt;
        if (text.compare(u"now", Qt::CaseInsensitive) == 0 || text.compare(u"today", Qt::CaseInsensitive) == 0)
            return QDateTime::currentDateTime(zone);
        bool digits = true;
        for (const QChar c : text)
            digits = digits && c >= u'0' && c <= u'9';
        if (digits) {
            bool ok = false;
            const qint64 seconds = text.toLongLong(&ok);
            return ok ? std::optional(QDateTime::fromSecsSinceEpoch(seconds, zone)) : std::nullopt;
        }
        return Ruby::parseTime(text, zone);
    }
    default:
        return std::nullopt;
    }
}

QString formatFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    if (value == 0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    // Shortest digits that read back as value, then laid out as Ruby does: fixed between 1e-4 and
    // 1e16, else "d.ddde+XX".
    const QString exponentForm = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = exponentForm.indexOf(u'e');
    QString mantissa = exponentForm.first(e);
    const int exponent = exponentForm.sliced(e + 1).toInt();
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    QString digits = mantissa;
    digits.remove(u'.');
    QString out;
    if (exponent >= 16 || exponent < -4) {
        out = digits.first(1) + u'.' + (digits.size() > 1 ? digits.sliced(1) : QStringLiteral("0")) + u'e'
            + (exponent < 0 ? u'-' : u'+') + QString::number(std::abs(exponent)).rightJustified(2, u'0');
    } else if (exponent < 0) {
        out = QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
    } else if (digits.size() <= exponent + 1) {
        out = digits + QString(exponent + 1 - digits.size(), u'0') + QStringLiteral(".0");
    } else {
        out = digits.first(exponent + 1) + u'.' + digits.sliced(exponent + 1);
    }
    return negative ? u'-' + out : out;
}

} // namespace Masthead::LiquidPrivate
