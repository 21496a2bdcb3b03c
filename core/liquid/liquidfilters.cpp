// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/liquid_p.h"
#include "core/site/rubytime.h"

#include "core/markdown/htmlescape.h"
#include "core/markdown/markdownrenderer.h"
#include "core/site/permalink.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

// The filters of Liquid 5 (StandardFilters) and Jekyll 4.3 (Jekyll::Filters), each written after the
// Ruby method of the same name.

namespace Masthead::LiquidPrivate
{
namespace
{
__extension__ typedef __int128 Int128;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Liquid)
};

using Arguments = QList<LiquidValue>;
using Status = FilterResult::Status;

FilterResult ok(const LiquidValue &value)
{
    return {value, Status::Ok, {}};
}

FilterResult error(const QString &message)
{
    return {{}, Status::Error, message};
}

LiquidValue argument(const Arguments &arguments, qsizetype i, const LiquidValue &fallback = {})
{
    return i < arguments.size() ? arguments.at(i) : fallback;
}

bool isRubySpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' || c == QChar(0);
}

QString rubyStrip(QStringView s, bool left, bool right)
{
    qsizetype begin = 0, end = s.size();
    while (left && begin < end && isRubySpace(s[begin]))
        ++begin;
    while (right && end > begin && isRubySpace(s[end - 1]))
        --end;
    return s.sliced(begin, end - begin).toString();
}

// Ruby's String#split(" "): runs of whitespace, leading whitespace ignored; limit > 0 keeps the rest
// in the last element.
QStringList splitWords(QStringView s, qsizetype limit = 0)
{
    QStringList words;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isRubySpace(s[i]))
            ++i;
        if (i >= s.size())
            break;
        if (limit > 0 && words.size() == limit - 1) {
            words.append(s.sliced(i).toString());
            break;
        }
        const qsizetype begin = i;
        while (i < s.size() && !isRubySpace(s[i]))
            ++i;
        words.append(s.sliced(begin, i - begin).toString());
    }
    return words;
}

// Ruby's String#split(pattern) for a literal pattern, trailing empty strings removed.
QStringList rubySplit(const QString &s, const QString &pattern)
{
    if (pattern == u" ")
        return splitWords(s);
    QStringList parts;
    if (pattern.isEmpty()) {
        for (const QChar c : s)
            parts.append(QString(c));
        return parts;
    }
    parts = s.split(pattern);
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

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

// ---- numbers: Liquid computes with Ruby's Integer and, for anything with a fraction, BigDecimal.

// A number in Liquid's to_number: an integer, or a decimal mantissa * 10^exponent.
struct Number {
    bool isDecimal = false;
    qint64 integer = 0;
    Int128 mantissa = 0;
    int exponent = 0;

    double toDouble() const
    {
        if (!isDecimal)
            return double(integer);
        // Exact text, read back with correct rounding, as BigDecimal#to_f does.
        QString digits;
        Int128 m = mantissa < 0 ? -mantissa : mantissa;
        do {
            digits.prepend(QChar(u'0' + int(m % 10)));
            m /= 10;
        } while (m > 0);
        const QString text
            = (mantissa < 0 ? QStringLiteral("-") : QString()) + digits + u'e' + QString::number(exponent);
        return text.toDouble();
    }
};

Number decimalFromText(QStringView text)
{
    Number n;
    n.isDecimal = true;
    QString digits = text.trimmed().toString();
    int exponent = 0;
    if (const qsizetype e = digits.indexOf(u'e', 0, Qt::CaseInsensitive); e >= 0) {
        exponent = digits.sliced(e + 1).toInt();
        digits.truncate(e);
    }
    const bool negative = digits.startsWith(u'-');
    if (negative || digits.startsWith(u'+'))
        digits.remove(0, 1);
    if (const qsizetype dot = digits.indexOf(u'.'); dot >= 0) {
        exponent -= int(digits.size() - dot - 1);
        digits.remove(dot, 1);
    }
    // Long fractions lose their last digits (BigDecimal would keep them; to_f would not show them).
    while (digits.size() > 30) {
        digits.chop(1);
        ++exponent;
    }
    Int128 m = 0;
    for (const QChar c : digits)
        m = m * 10 + c.digitValue();
    n.mantissa = negative ? -m : m;
    n.exponent = exponent;
    return n;
}

Number toNumber(const LiquidValue &value)
{
    static const QRegularExpression decimal(QStringLiteral(R"(^-?\d+\.\d+$)"));
    Number n;
    switch (value.type()) {
    case LiquidValue::Type::Integer:
        n.integer = value.toInteger();
        return n;
    case LiquidValue::Type::Float:
        if (!std::isfinite(value.toFloat()))
            return n;
        return decimalFromText(QString::number(value.toFloat(), 'e', QLocale::FloatingPointShortest));
    case LiquidValue::Type::String: {
        const QString text = value.toString().trimmed();
        if (decimal.matchView(text).hasMatch())
            return decimalFromText(text);
        n.integer = value.toInteger();
        return n;
    }
    default:
        return n;
    }
}

Number asDecimal(const Number &n)
{
    if (n.isDecimal)
        return n;
    Number d;
    d.isDecimal = true;
    d.mantissa = n.integer;
    return d;
}

// Brings both to the smaller exponent; false when that would overflow.
bool align(Number &a, Number &b)
{
    while (a.exponent > b.exponent) {
        if (a.mantissa > (Int128(1) << 120) / 10 || a.mantissa < -(Int128(1) << 120) / 10)
            return false;
        a.mantissa *= 10;
        --a.exponent;
    }
    while (b.exponent > a.exponent) {
        if (b.mantissa > (Int128(1) << 120) / 10 || b.mantissa < -(Int128(1) << 120) / 10)
            return false;
        b.mantissa *= 10;
        --b.exponent;
    }
    return true;
}

LiquidValue numberValue(const Number &n)
{
    return n.isDecimal ? LiquidValue(n.toDouble()) : LiquidValue(n.integer);
}

Int128 floorDiv(Int128 a, Int128 b)
{
    Int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

FilterResult arithmetic(const LiquidValue &input, const LiquidValue &operand, char op)
{
    const Number a = toNumber(input);
    const Number b = toNumber(operand);
    if (!a.isDecimal && !b.isDecimal) {
        qint64 r = 0;
        bool overflow = false;
        switch (op) {
        case '+':
            overflow = __builtin_add_overflow(a.integer, b.integer, &r);
            break;
        case '-':
            overflow = __builtin_sub_overflow(a.integer, b.integer, &r);
            break;
        case '*':
            overflow = __builtin_mul_overflow(a.integer, b.integer, &r);
            break;
        case '/':
        case '%':
            if (b.integer == 0)
                return error(Text::tr("divided by 0"));
            r = qint64(op == '/' ? floorDiv(a.integer, b.integer)
                                 : a.integer - floorDiv(a.integer, b.integer) * Int128(b.integer));
            break;
        }
        if (!overflow)
            return ok(r);
    }
    Number x = asDecimal(a), y = asDecimal(b);
    if (op == '/') {
        if (y.mantissa == 0)
            return error(Text::tr("divided by 0"));
        return ok(x.toDouble() / y.toDouble());
    }
    if (op == '*') {
        Number r;
        r.isDecimal = true;
        if (!__builtin_mul_overflow(x.mantissa, y.mantissa, &r.mantissa)) {
            r.exponent = x.exponent + y.exponent;
            return ok(r.toDouble());
        }
        return ok(x.toDouble() * y.toDouble());
    }
    if (op == '%' && y.mantissa == 0)
        return error(Text::tr("divided by 0"));
    if (!align(x, y)) {
        const double dx = x.toDouble(), dy = y.toDouble();
        return ok(op == '+' ? dx + dy : (op == '-' ? dx - dy : dx - dy * std::floor(dx / dy)));
    }
    Number r;
    r.isDecimal = true;
    r.exponent = x.exponent;
    if (op == '+')
        r.mantissa = x.mantissa + y.mantissa;
    else if (op == '-')
        r.mantissa = x.mantissa - y.mantissa;
    else
        r.mantissa = x.mantissa - floorDiv(x.mantissa, y.mantissa) * y.mantissa;
    return ok(r.toDouble());
}

// BigDecimal#round (half away from zero) to digits after the point; negative digits round to tens.
Number roundNumber(Number n, int digits)
{
    if (!n.isDecimal) {
        if (digits >= 0)
            return n;
        n = asDecimal(n);
    }
    const int drop = -digits - n.exponent;
    if (drop <= 0)
        return n;
    if (drop > 38) {
        n.mantissa = 0;
        n.exponent = -digits;
        return n;
    }
    Int128 scale = 1;
    for (int i = 0; i < drop; ++i)
        scale *= 10;
    const Int128 sign = n.mantissa < 0 ? -1 : 1;
    const Int128 magnitude = n.mantissa * sign;
    Int128 q = magnitude / scale;
    if ((magnitude % scale) * 2 >= scale)
        ++q;
    n.mantissa = q * sign;
    n.exponent = -digits;
    return n;
}

qint64 floorOrCeil(const Number &n, bool ceil)
{
    if (!n.isDecimal)
        return n.integer;
    if (n.exponent >= 0) {
        Int128 m = n.mantissa;
        for (int i = 0; i < n.exponent && i < 30; ++i)
            m *= 10;
        return qint64(m);
    }
    Int128 scale = 1;
    for (int i = 0; i < -n.exponent && i < 38; ++i)
        scale *= 10;
    const Int128 q = floorDiv(n.mantissa, scale);
    return qint64(ceil && q * scale != n.mantissa ? q + 1 : q);
}

int compareNumbers(const Number &a, const Number &b)
{
    const double x = a.isDecimal ? a.toDouble() : double(a.integer);
    const double y = b.isDecimal ? b.toDouble() : double(b.integer);
    if (!a.isDecimal && !b.isDecimal)
        return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
    return x < y ? -1 : (x > y ? 1 : 0);
}

// ---- text

QString cgiEscape(QStringView text)
{
    QString out;
    for (const char c : text.toUtf8()) {
        const uchar u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '.'
            || u == '-' || u == '~')
            out += QLatin1Char(c);
        else if (u == ' ')
            out += u'+';
        else
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

std::optional<QString> cgiUnescape(QStringView text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    const QByteArray decoded = QByteArray::fromPercentEncoding(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString out = decoder(decoded);
    if (decoder.hasError())
        return std::nullopt;
    return out;
}

QString xmlEscape(QStringView text)
{
    return escapeMarkup(text, QLatin1StringView("&apos;"));
}

QString escapeOnce(QStringView text)
{
    static const QRegularExpression entity(QStringLiteral(R"(^&(?:[a-zA-Z]+|#\d+);)"));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'&') {
            if (entity.matchView(text.sliced(i)).hasMatch())
                out += c;
            else
                out += QLatin1String("&amp;");
        } else if (c == u'<' || c == u'>' || c == u'"' || c == u'\'') {
            out += escapeHtml(QStringView(&c, 1));
        } else {
            out += c;
        }
    }
    return out;
}

QString capitalize(const QString &s)
{
    if (s.isEmpty())
        return s;
    const qsizetype first = s.front().isHighSurrogate() && s.size() > 1 ? 2 : 1;
    return s.first(first).toUpper() + s.sliced(first).toLower();
}

// Ruby counts characters, not UTF-16 units: strings with surrogate pairs are cut as code points.
bool hasSurrogates(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSurrogate(); });
}

QString fromCodePoints(const QList<uint> &codePoints)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
}

QString truncate(const QString &s, qint64 length, const QString &ellipsis)
{
    if (hasSurrogates(s) || hasSurrogates(ellipsis)) {
        const QList<uint> chars = s.toUcs4();
        if (chars.size() <= length)
            return s;
        const qint64 keep = std::max<qint64>(0, length - ellipsis.toUcs4().size());
        return fromCodePoints(chars.first(qsizetype(keep))) + ellipsis;
    }
    if (s.size() <= length)
        return s;
    const qint64 keep = std::max<qint64>(0, length - ellipsis.size());
    return s.first(qsizetype(keep)) + ellipsis;
}

// Ruby's String#slice(offset, length) / Array#slice.
template<typename Sequence>
std::optional<Sequence> rubySlice(const Sequence &s, qint64 offset, qint64 length)
{
    const qint64 size = s.size();
    if (offset < 0)
        offset += size;
    if (offset < 0 || offset > size || length < 0)
        return std::nullopt;
    return s.mid(qsizetype(offset), qsizetype(std::min(length, size - offset)));
}

std::optional<qint64> toInteger(const LiquidValue &value)
{
    // Liquid::Utils.to_integer: Integer(num.to_s), which refuses anything but a whole number.
    if (value.type() == LiquidValue::Type::Integer)
        return value.toInteger();
    bool ok = false;
    const qint64 n = value.toString().trimmed().remove(u'_').toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

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

bool isCjk(QChar::Script script)
{
    return script == QChar::Script_Han || script == QChar::Script_Katakana || script == QChar::Script_Hiragana
        || script == QChar::Script_Hangul;
}

qsizetype numberOfWords(const QString &text, const QString &mode)
{
    if (mode != u"cjk" && mode != u"auto")
        return splitWords(text).size();
    qsizetype cjk = 0, words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (isCjk(c.script())) {
            ++cjk;
            inWord = false;
        } else if (isRubySpace(c)) {
            inWord = false;
        } else if (!inWord) {
            ++words;
            inWord = true;
        }
    }
    if (mode == u"auto" && cjk == 0)
        return splitWords(text).size();
    return cjk + words;
}

using Filter
    = FilterResult (*)(const LiquidValue &, const Arguments &, const LiquidValue::Map &, const FilterEnvironment &);

#define MH_FILTER(name)                                                                                                \
    FilterResult name(const LiquidValue &input, const Arguments &args, const LiquidValue::Map &options,                \
                      const FilterEnvironment &env)
#define MH_UNUSED_FILTER_PARAMETERS                                                                                    \
    Q_UNUSED(input);                                                                                                   \
    Q_UNUSED(args);                                                                                                    \
    Q_UNUSED(options);                                                                                                 \
    Q_UNUSED(env)

MH_FILTER(fUpcase)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(input.toString().toUpper());
}
MH_FILTER(fDowncase)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(input.toString().toLower());
}
MH_FILTER(fCapitalize)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(capitalize(input.toString()));
}
MH_FILTER(fStrip)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(rubyStrip(input.toString(), true, true));
}
MH_FILTER(fLstrip)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(rubyStrip(input.toString(), true, false));
}
MH_FILTER(fRstrip)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(rubyStrip(input.toString(), false, true));
}
MH_FILTER(fAppend)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(input.toString() + argument(args, 0).toString());
}
MH_FILTER(fPrepend)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(argument(args, 0).toString() + input.toString());
}
MH_FILTER(fReplace)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const QString from = argument(args, 0).toString();
    QString s = input.toString();
    if (from.isEmpty()) {
        // Ruby inserts the replacement between all characters.
        const QString to = argument(args, 1).toString();
        QString out = to;
        for (const QChar c : s)
            out += c + to;
        return ok(out);
    }
    return ok(s.replace(from, argument(args, 1).toString()));
}
MH_FILTER(fReplaceFirst)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const QString s = input.toString();
    const QString from = argument(args, 0).toString();
    const qsizetype at = s.indexOf(from);
    if (at < 0)
        return ok(s);
    return ok(s.first(at) + argument(args, 1).toString() + s.sliced(at + from.size()));
}
MH_FILTER(fReplaceLast)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const QString s = input.toString();
    const QString from = argument(args, 0).toString();
    const qsizetype at = s.lastIndexOf(from);
    if (at < 0)
        return ok(s);
    return ok(s.first(at) + argument(args, 1).toString() + s.sliced(at + from.size()));
}
MH_FILTER(fRemove)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return fReplace(input, {argument(args, 0), QString()}, options, env);
}
MH_FILTER(fRemoveFirst)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return fReplaceFirst(input, {argument(args, 0), QString()}, options, env);
}
MH_FILTER(fRemoveLast)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return fReplaceLast(input, {argument(args, 0), QString()}, options, env);
}
MH_FILTER(fSplit)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(LiquidValue::list(rubySplit(input.toString(), argument(args, 0).toString())));
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
MH_FILTER(fTruncate)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    const auto length = args.isEmpty() ? std::optional<qint64>(50) : toInteger(args.at(0));
    if (!length)
        return error(Text::tr("invalid integer"));
    return ok(truncate(input.toString(), *length, args.size() > 1 ? args.at(1).toString() : QStringLiteral("...")));
}
MH_FILTER(fTruncateWords)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    auto words = args.isEmpty() ? std::optional<qint64>(15) : toInteger(args.at(0));
    if (!words)
        return error(Text::tr("invalid integer"));
    const qint64 count = std::clamp<qint64>(*words, 1, 1 << 30);
    const QString s = input.toString();
    QStringList list = splitWords(s, qsizetype(count + 1));
    if (list.size() <= count)
        return ok(s);
    list.removeLast();
    return ok(list.join(u' ') + (args.size() > 1 ? args.at(1).toString() : QStringLiteral("...")));
}
MH_FILTER(fSlice)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const auto offset = toInteger(argument(args, 0));
    const auto length = args.size() > 1 ? toInteger(args.at(1)) : std::optional<qint64>(1);
    if (!offset || !length)
        return error(Text::tr("invalid integer"));
    if (input.isList())
        return ok(rubySlice(input.toList(), *offset, *length).value_or(LiquidValue::List()));
    const QString text = input.toString();
    if (hasSurrogates(text))
        return ok(fromCodePoints(rubySlice(text.toUcs4(), *offset, *length).value_or(QList<uint>())));
    return ok(rubySlice(text, *offset, *length).value_or(QString()));
}
MH_FILTER(fStripHtml)
{
    MH_UNUSED_FILTER_PARAMETERS;
    static const QRegularExpression blocks(QStringLiteral("<script.*?</script>|<!--.*?-->|<style.*?</style>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<.*?>"), QRegularExpression::DotMatchesEverythingOption);
    QString s = input.toString();
    if (!s.contains(u'<'))
        return ok(s);
    s.remove(blocks);
    s.remove(tags);
    return ok(s);
}
MH_FILTER(fStripNewlines)
{
    MH_UNUSED_FILTER_PARAMETERS;
    QString s = input.toString();
    s.replace(QLatin1String("\r\n"), QString());
    return ok(s.remove(u'\n'));
}
MH_FILTER(fNewlineToBr)
{
    MH_UNUSED_FILTER_PARAMETERS;
    QString s = input.toString();
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return ok(s.replace(QLatin1String("\n"), QLatin1String("<br />\n")));
}
MH_FILTER(fEscape)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    return ok(escapeHtml(input.toString()));
}
MH_FILTER(fEscapeOnce)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(escapeOnce(input.toString()));
}
MH_FILTER(fXmlEscape)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(xmlEscape(input.toString()));
}
MH_FILTER(fUrlEncode)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    return ok(cgiEscape(input.toString()));
}
MH_FILTER(fUrlDecode)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    const auto decoded = cgiUnescape(input.toString());
    if (!decoded)
        return error(Text::tr("invalid byte sequence in UTF-8"));
    return ok(*decoded);
}
MH_FILTER(fUriEscape)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(uriEscape(input.toString()));
}
MH_FILTER(fSlugify)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    return ok(jekyllSlugify(input.toString(), slugifyMode(argument(args, 0).toString())));
}
MH_FILTER(fJsonify)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(input.toJson());
}
MH_FILTER(fInspect)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(xmlEscape(input.inspect()));
}
MH_FILTER(fNormalizeWhitespace)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(splitWords(input.toString()).join(u' '));
}
MH_FILTER(fNumberOfWords)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(numberOfWords(input.toString(), argument(args, 0).toString()));
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
MH_FILTER(fToInteger)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.type() == LiquidValue::Type::Bool)
        return ok(input.toBool() ? 1 : 0);
    return ok(input.toInteger());
}
MH_FILTER(fDefault)
{
    MH_UNUSED_FILTER_PARAMETERS;
    bool allowFalse = false;
    for (const auto &[key, value] : options)
        allowFalse = allowFalse || (key == u"allow_false" && value.isTruthy());
    const bool missing = allowFalse ? input.isNil() : !input.isTruthy();
    const bool empty = (input.isString() || input.isList() || input.isMap()) && input.isEmpty();
    return ok(missing || empty ? argument(args, 0, QString()) : input);
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
MH_FILTER(fRelativeUrl)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    const LiquidValue url
        = input.type() == LiquidValue::Type::Map && input.contains(u"url") ? input.value(u"url") : input;
    return ok(relativeUrl(url.toString(), env.baseurl));
}
MH_FILTER(fAbsoluteUrl)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    const LiquidValue url
        = input.type() == LiquidValue::Type::Map && input.contains(u"url") ? input.value(u"url") : input;
    return ok(absoluteUrl(url.toString(), env.url, env.baseurl));
}
MH_FILTER(fStripIndex)
{
    MH_UNUSED_FILTER_PARAMETERS;
    static const QRegularExpression index(QStringLiteral(R"(/index\.html?$)"));
    if (input.toString().isEmpty())
        return ok(input);
    return ok(input.toString().replace(index, QStringLiteral("/")));
}
MH_FILTER(fMarkdownify)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(renderMarkdown(input.toString()));
}
MH_FILTER(fBase64Encode)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(QString::fromLatin1(input.toString().toUtf8().toBase64()));
}
MH_FILTER(fBase64Decode)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const auto decoded
        = QByteArray::fromBase64Encoding(input.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return error(Text::tr("invalid base64 provided to base64_decode"));
    return ok(QString::fromUtf8(*decoded));
}

// Numbers.
MH_FILTER(fPlus)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return arithmetic(input, argument(args, 0), '+');
}
MH_FILTER(fMinus)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return arithmetic(input, argument(args, 0), '-');
}
MH_FILTER(fTimes)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return arithmetic(input, argument(args, 0), '*');
}
MH_FILTER(fDividedBy)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return arithmetic(input, argument(args, 0), '/');
}
MH_FILTER(fModulo)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return arithmetic(input, argument(args, 0), '%');
}
MH_FILTER(fAbs)
{
    MH_UNUSED_FILTER_PARAMETERS;
    Number n = toNumber(input);
    if (n.isDecimal) {
        n.mantissa = n.mantissa < 0 ? -n.mantissa : n.mantissa;
        return ok(n.toDouble());
    }
    return ok(n.integer < 0 ? -n.integer : n.integer);
}
MH_FILTER(fRound)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const Number digits = toNumber(argument(args, 0, qint64(0)));
    const int d = int(digits.isDecimal ? digits.toDouble() : double(digits.integer));
    const Number rounded = roundNumber(toNumber(input), d);
    if (d <= 0) // Ruby's round gives an Integer for no or negative digits
        return ok(floorOrCeil(rounded, false));
    return ok(numberValue(rounded));
}
MH_FILTER(fCeil)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(floorOrCeil(toNumber(input), true));
}
MH_FILTER(fFloor)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(floorOrCeil(toNumber(input), false));
}
MH_FILTER(fAtLeast)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const Number value = toNumber(input), bound = toNumber(argument(args, 0));
    return ok(numberValue(compareNumbers(bound, value) > 0 ? bound : value));
}
MH_FILTER(fAtMost)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const Number value = toNumber(input), bound = toNumber(argument(args, 0));
    return ok(numberValue(compareNumbers(bound, value) < 0 ? bound : value));
}

// Lists.
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

const QHash<QString, Filter> &filters()
{
    static const QHash<QString, Filter> table {
        {QStringLiteral("upcase"), fUpcase},
        {QStringLiteral("downcase"), fDowncase},
        {QStringLiteral("capitalize"), fCapitalize},
        {QStringLiteral("strip"), fStrip},
        {QStringLiteral("lstrip"), fLstrip},
        {QStringLiteral("rstrip"), fRstrip},
        {QStringLiteral("append"), fAppend},
        {QStringLiteral("prepend"), fPrepend},
        {QStringLiteral("replace"), fReplace},
        {QStringLiteral("replace_first"), fReplaceFirst},
        {QStringLiteral("replace_last"), fReplaceLast},
        {QStringLiteral("remove"), fRemove},
        {QStringLiteral("remove_first"), fRemoveFirst},
        {QStringLiteral("remove_last"), fRemoveLast},
        {QStringLiteral("split"), fSplit},
        {QStringLiteral("join"), fJoin},
        {QStringLiteral("size"), fSize},
        {QStringLiteral("first"), fFirst},
        {QStringLiteral("last"), fLast},
        {QStringLiteral("truncate"), fTruncate},
        {QStringLiteral("truncatewords"), fTruncateWords},
        {QStringLiteral("slice"), fSlice},
        {QStringLiteral("strip_html"), fStripHtml},
        {QStringLiteral("strip_newlines"), fStripNewlines},
        {QStringLiteral("newline_to_br"), fNewlineToBr},
        {QStringLiteral("escape"), fEscape},
        {QStringLiteral("h"), fEscape},
        {QStringLiteral("escape_once"), fEscapeOnce},
        {QStringLiteral("xml_escape"), fXmlEscape},
        {QStringLiteral("url_encode"), fUrlEncode},
        {QStringLiteral("url_decode"), fUrlDecode},
        {QStringLiteral("cgi_escape"), fUrlEncode},
        {QStringLiteral("uri_escape"), fUriEscape},
        {QStringLiteral("slugify"), fSlugify},
        {QStringLiteral("jsonify"), fJsonify},
        {QStringLiteral("inspect"), fInspect},
        {QStringLiteral("normalize_whitespace"), fNormalizeWhitespace},
        {QStringLiteral("number_of_words"), fNumberOfWords},
        {QStringLiteral("array_to_sentence_string"), fArrayToSentenceString},
        {QStringLiteral("to_integer"), fToInteger},
        {QStringLiteral("default"), fDefault},
        {QStringLiteral("date"), fDate},
        {QStringLiteral("date_to_xmlschema"), fDateToXmlSchema},
        {QStringLiteral("date_to_rfc822"), fDateToRfc822},
        {QStringLiteral("date_to_string"), fDateToString},
        {QStringLiteral("date_to_long_string"), fDateToLongString},
        {QStringLiteral("relative_url"), fRelativeUrl},
        {QStringLiteral("absolute_url"), fAbsoluteUrl},
        {QStringLiteral("strip_index"), fStripIndex},
        {QStringLiteral("markdownify"), fMarkdownify},
        {QStringLiteral("base64_encode"), fBase64Encode},
        {QStringLiteral("base64_decode"), fBase64Decode},
        {QStringLiteral("plus"), fPlus},
        {QStringLiteral("minus"), fMinus},
        {QStringLiteral("times"), fTimes},
        {QStringLiteral("divided_by"), fDividedBy},
        {QStringLiteral("modulo"), fModulo},
        {QStringLiteral("abs"), fAbs},
        {QStringLiteral("round"), fRound},
        {QStringLiteral("ceil"), fCeil},
        {QStringLiteral("floor"), fFloor},
        {QStringLiteral("at_least"), fAtLeast},
        {QStringLiteral("at_most"), fAtMost},
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
        {QStringLiteral("pop"), fPop},
        {QStringLiteral("shift"), fShift},
        {QStringLiteral("unshift"), fUnshift},
        {QStringLiteral("sample"), fSample},
        {QStringLiteral("group_by"), fGroupBy},
    };
    return table;
}
} // namespace

namespace
{
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
        return (*filter)(input, arguments, options, environment);
    FilterResult result;
    result.status = unsupportedFilters().contains(name) ? Status::Unsupported : Status::Unknown;
    return result;
}

QString escapeCode(QStringView code)
{
    QString out;
    out.reserve(code.size() + code.size() / 8);
    for (const QChar c : code) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

QString escapeHtml(QStringView text)
{
    return escapeMarkup(text, QLatin1StringView("&#39;"));
}

} // namespace Masthead::LiquidPrivate
