// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/filters_p.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

// Filters on numbers: Liquid computes with Ruby's Integer and, for anything with a fraction, BigDecimal.

namespace Masthead::LiquidPrivate
{
namespace
{

__extension__ typedef __int128 Int128;

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
                return error(LiquidMessages::tr("divided by 0"));
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
            return error(LiquidMessages::tr("divided by 0"));
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
        return error(LiquidMessages::tr("divided by 0"));
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

FilterResult plus(const FilterCall &call)
{
    return arithmetic(call.input, call.argument(0), '+');
}

FilterResult minus(const FilterCall &call)
{
    return arithmetic(call.input, call.argument(0), '-');
}

FilterResult times(const FilterCall &call)
{
    return arithmetic(call.input, call.argument(0), '*');
}

FilterResult dividedBy(const FilterCall &call)
{
    return arithmetic(call.input, call.argument(0), '/');
}

FilterResult modulo(const FilterCall &call)
{
    return arithmetic(call.input, call.argument(0), '%');
}

FilterResult abs(const FilterCall &call)
{
    Number n = toNumber(call.input);
    if (n.isDecimal) {
        n.mantissa = n.mantissa < 0 ? -n.mantissa : n.mantissa;
        return ok(n.toDouble());
    }
    return ok(n.integer < 0 ? -n.integer : n.integer);
}

FilterResult round(const FilterCall &call)
{
    const Number digits = toNumber(call.argument(0, qint64(0)));
    // Ruby rounds to as many digits as a C int holds, and fails past that ("round: 11111111111111"
    // stops Jekyll's build).
    const double wanted = digits.isDecimal ? digits.toDouble() : double(digits.integer);
    if (!(std::abs(wanted) <= double(std::numeric_limits<int>::max())))
        return error(LiquidMessages::tr("invalid integer"));
    // Past a few hundred digits either way nothing changes any more (every digit is kept, or every
    // one dropped); the bound keeps the arithmetic of roundNumber() in range.
    const int d = int(std::clamp(wanted, -400.0, 400.0));
    const Number rounded = roundNumber(toNumber(call.input), d);
    if (d <= 0) // Ruby's round gives an Integer for no or negative digits
        return ok(floorOrCeil(rounded, false));
    return ok(numberValue(rounded));
}

FilterResult ceil(const FilterCall &call)
{
    return ok(floorOrCeil(toNumber(call.input), true));
}

FilterResult floor(const FilterCall &call)
{
    return ok(floorOrCeil(toNumber(call.input), false));
}

FilterResult atLeast(const FilterCall &call)
{
    const Number value = toNumber(call.input), bound = toNumber(call.argument(0));
    return ok(numberValue(compareNumbers(bound, value) > 0 ? bound : value));
}

FilterResult atMost(const FilterCall &call)
{
    const Number value = toNumber(call.input), bound = toNumber(call.argument(0));
    return ok(numberValue(compareNumbers(bound, value) < 0 ? bound : value));
}

FilterResult toInteger(const FilterCall &call)
{
    if (call.input.type() == LiquidValue::Type::Bool)
        return ok(call.input.toBool() ? 1 : 0);
    return ok(call.input.toInteger());
}
} // namespace

std::optional<qint64> integerArgument(const LiquidValue &value)
{
    // Liquid::Utils.to_integer: Integer(num.to_s), which refuses anything but a whole number.
    if (value.type() == LiquidValue::Type::Integer)
        return value.toInteger();
    bool ok = false;
    const qint64 n = value.toString().trimmed().remove(u'_').toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

void addNumberFilters(FilterTable &table)
{
    table.insert({
        {QStringLiteral("plus"), plus},
        {QStringLiteral("minus"), minus},
        {QStringLiteral("times"), times},
        {QStringLiteral("divided_by"), dividedBy},
        {QStringLiteral("modulo"), modulo},
        {QStringLiteral("abs"), abs},
        {QStringLiteral("round"), round},
        {QStringLiteral("ceil"), ceil},
        {QStringLiteral("floor"), floor},
        {QStringLiteral("at_least"), atLeast},
        {QStringLiteral("at_most"), atMost},
        {QStringLiteral("to_integer"), toInteger},
    });
}

} // namespace Masthead::LiquidPrivate
