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
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Liquid)
};

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
} // namespace

void addTextFilters(FilterTable &table)
{
    table.insert({
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
        {QStringLiteral("cgi_escape"), fUrlEncode},
        {QStringLiteral("url_decode"), fUrlDecode},
        {QStringLiteral("uri_escape"), fUriEscape},
        {QStringLiteral("slugify"), fSlugify},
        {QStringLiteral("normalize_whitespace"), fNormalizeWhitespace},
        {QStringLiteral("number_of_words"), fNumberOfWords},
        {QStringLiteral("default"), fDefault},
    });
}

} // namespace Masthead::LiquidPrivate
