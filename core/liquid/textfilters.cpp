// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/filters_p.h"

#include "core/site/permalink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <optional>

// Filters on text: case, whitespace, replacing, cutting, escaping, URL encoding, slugs, words; and
// default, which mostly stands in for missing text.

namespace Masthead::LiquidPrivate
{
namespace
{

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

QString escapeHtmlOnce(QStringView text)
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

QString capitalized(const QString &s)
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

QString truncated(const QString &s, qint64 length, const QString &ellipsis)
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

bool isCjk(QChar::Script script)
{
    return script == QChar::Script_Han || script == QChar::Script_Katakana || script == QChar::Script_Hiragana
        || script == QChar::Script_Hangul;
}

qsizetype wordCount(const QString &text, const QString &mode)
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

FilterResult upcase(const FilterCall &call)
{
    return ok(call.input.toString().toUpper());
}

FilterResult downcase(const FilterCall &call)
{
    return ok(call.input.toString().toLower());
}

FilterResult capitalize(const FilterCall &call)
{
    return ok(capitalized(call.input.toString()));
}

FilterResult strip(const FilterCall &call)
{
    return ok(rubyStrip(call.input.toString(), true, true));
}

FilterResult lstrip(const FilterCall &call)
{
    return ok(rubyStrip(call.input.toString(), true, false));
}

FilterResult rstrip(const FilterCall &call)
{
    return ok(rubyStrip(call.input.toString(), false, true));
}

FilterResult append(const FilterCall &call)
{
    return ok(call.input.toString() + call.argument(0).toString());
}

FilterResult prepend(const FilterCall &call)
{
    return ok(call.argument(0).toString() + call.input.toString());
}

FilterResult replace(const FilterCall &call)
{
    const QString from = call.argument(0).toString();
    QString s = call.input.toString();
    if (from.isEmpty()) {
        // Ruby inserts the replacement between all characters.
        const QString to = call.argument(1).toString();
        QString out = to;
        for (const QChar c : s)
            out += c + to;
        return ok(out);
    }
    return ok(s.replace(from, call.argument(1).toString()));
}

FilterResult replaceFirst(const FilterCall &call)
{
    const QString s = call.input.toString();
    const QString from = call.argument(0).toString();
    const qsizetype at = s.indexOf(from);
    if (at < 0)
        return ok(s);
    return ok(s.first(at) + call.argument(1).toString() + s.sliced(at + from.size()));
}

FilterResult replaceLast(const FilterCall &call)
{
    const QString s = call.input.toString();
    const QString from = call.argument(0).toString();
    const qsizetype at = s.lastIndexOf(from);
    if (at < 0)
        return ok(s);
    return ok(s.first(at) + call.argument(1).toString() + s.sliced(at + from.size()));
}

FilterResult remove(const FilterCall &call)
{
    return replace({call.input, {call.argument(0), QString()}, call.options, call.environment});
}

FilterResult removeFirst(const FilterCall &call)
{
    return replaceFirst({call.input, {call.argument(0), QString()}, call.options, call.environment});
}

FilterResult removeLast(const FilterCall &call)
{
    return replaceLast({call.input, {call.argument(0), QString()}, call.options, call.environment});
}

FilterResult split(const FilterCall &call)
{
    return ok(LiquidValue::list(rubySplit(call.input.toString(), call.argument(0).toString())));
}

FilterResult truncate(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    const auto length = call.arguments.isEmpty() ? std::optional<qint64>(50) : integerArgument(call.arguments.at(0));
    if (!length)
        return error(LiquidMessages::tr("invalid integer"));
    return ok(truncated(call.input.toString(), *length, call.argument(1, QStringLiteral("...")).toString()));
}

FilterResult truncateWords(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    auto words = call.arguments.isEmpty() ? std::optional<qint64>(15) : integerArgument(call.arguments.at(0));
    if (!words)
        return error(LiquidMessages::tr("invalid integer"));
    const qint64 count = std::clamp<qint64>(*words, 1, 1 << 30);
    const QString s = call.input.toString();
    QStringList list = splitWords(s, qsizetype(count + 1));
    if (list.size() <= count)
        return ok(s);
    list.removeLast();
    return ok(list.join(u' ') + call.argument(1, QStringLiteral("...")).toString());
}

FilterResult slice(const FilterCall &call)
{
    const auto offset = integerArgument(call.argument(0));
    const auto length = call.arguments.size() > 1 ? integerArgument(call.arguments.at(1)) : std::optional<qint64>(1);
    if (!offset || !length)
        return error(LiquidMessages::tr("invalid integer"));
    if (call.input.isList())
        return ok(rubySlice(call.input.toList(), *offset, *length).value_or(LiquidValue::List()));
    const QString text = call.input.toString();
    if (hasSurrogates(text))
        return ok(fromCodePoints(rubySlice(text.toUcs4(), *offset, *length).value_or(QList<uint>())));
    return ok(rubySlice(text, *offset, *length).value_or(QString()));
}

FilterResult stripHtml(const FilterCall &call)
{
    static const QRegularExpression blocks(QStringLiteral("<script.*?</script>|<!--.*?-->|<style.*?</style>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<.*?>"), QRegularExpression::DotMatchesEverythingOption);
    QString s = call.input.toString();
    if (!s.contains(u'<'))
        return ok(s);
    s.remove(blocks);
    s.remove(tags);
    return ok(s);
}

FilterResult stripNewlines(const FilterCall &call)
{
    QString s = call.input.toString();
    s.replace(QLatin1String("\r\n"), QString());
    return ok(s.remove(u'\n'));
}

FilterResult newlineToBr(const FilterCall &call)
{
    QString s = call.input.toString();
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return ok(s.replace(QLatin1String("\n"), QLatin1String("<br />\n")));
}

FilterResult escape(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    return ok(escapeHtml(call.input.toString()));
}

FilterResult escapeOnce(const FilterCall &call)
{
    return ok(escapeHtmlOnce(call.input.toString()));
}

FilterResult xmlEscape(const FilterCall &call)
{
    return ok(escapeXml(call.input.toString()));
}

FilterResult urlEncode(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    return ok(cgiEscape(call.input.toString()));
}

FilterResult urlDecode(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    const auto decoded = cgiUnescape(call.input.toString());
    if (!decoded)
        return error(LiquidMessages::tr("invalid byte sequence in UTF-8"));
    return ok(*decoded);
}

FilterResult uriEscape(const FilterCall &call)
{
    return ok(Masthead::uriEscape(call.input.toString()));
}

FilterResult slugify(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    return ok(jekyllSlugify(call.input.toString(), slugifyMode(call.argument(0).toString())));
}

FilterResult normalizeWhitespace(const FilterCall &call)
{
    return ok(splitWords(call.input.toString()).join(u' '));
}

FilterResult numberOfWords(const FilterCall &call)
{
    return ok(wordCount(call.input.toString(), call.argument(0).toString()));
}

FilterResult defaultValue(const FilterCall &call)
{
    bool allowFalse = false;
    for (const auto &[key, value] : call.options)
        allowFalse = allowFalse || (key == u"allow_false" && value.isTruthy());
    const bool missing = allowFalse ? call.input.isNil() : !call.input.isTruthy();
    const bool empty = (call.input.isString() || call.input.isList() || call.input.isMap()) && call.input.isEmpty();
    return ok(missing || empty ? call.argument(0, QString()) : call.input);
}
} // namespace

void addTextFilters(FilterTable &table)
{
    table.insert({
        {QStringLiteral("upcase"), upcase},
        {QStringLiteral("downcase"), downcase},
        {QStringLiteral("capitalize"), capitalize},
        {QStringLiteral("strip"), strip},
        {QStringLiteral("lstrip"), lstrip},
        {QStringLiteral("rstrip"), rstrip},
        {QStringLiteral("append"), append},
        {QStringLiteral("prepend"), prepend},
        {QStringLiteral("replace"), replace},
        {QStringLiteral("replace_first"), replaceFirst},
        {QStringLiteral("replace_last"), replaceLast},
        {QStringLiteral("remove"), remove},
        {QStringLiteral("remove_first"), removeFirst},
        {QStringLiteral("remove_last"), removeLast},
        {QStringLiteral("split"), split},
        {QStringLiteral("truncate"), truncate},
        {QStringLiteral("truncatewords"), truncateWords},
        {QStringLiteral("slice"), slice},
        {QStringLiteral("strip_html"), stripHtml},
        {QStringLiteral("strip_newlines"), stripNewlines},
        {QStringLiteral("newline_to_br"), newlineToBr},
        {QStringLiteral("escape"), escape},
        {QStringLiteral("h"), escape},
        {QStringLiteral("escape_once"), escapeOnce},
        {QStringLiteral("xml_escape"), xmlEscape},
        {QStringLiteral("url_encode"), urlEncode},
        {QStringLiteral("cgi_escape"), urlEncode},
        {QStringLiteral("url_decode"), urlDecode},
        {QStringLiteral("uri_escape"), uriEscape},
        {QStringLiteral("slugify"), slugify},
        {QStringLiteral("normalize_whitespace"), normalizeWhitespace},
        {QStringLiteral("number_of_words"), numberOfWords},
        {QStringLiteral("default"), defaultValue},
    });
}

} // namespace Masthead::LiquidPrivate
