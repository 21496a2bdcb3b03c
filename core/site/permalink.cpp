// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/permalink.h"

#include "core/site/rubytime.h"

#include <QRegularExpression>

namespace Masthead
{
namespace
{
bool isRubySpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isWordish(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
        return true;
    default:
        return false;
    }
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool keeps(char32_t c, SlugifyMode mode)
{
    switch (mode) {
    case SlugifyMode::Raw:
        return !isRubySpace(c);
    case SlugifyMode::Pretty:
        return isWordish(c) || (c < 128 && QByteArrayView("._~!$&'()+,;=@").contains(char(c)));
    case SlugifyMode::Ascii:
        return isAsciiAlnum(c);
    default:
        return isWordish(c);
    }
}

// I18n.transliterate with its default approximations: accents dropped, a few letters spelled out,
// everything else non-ASCII a question mark.
QString transliterate(QStringView text)
{
    static const QHash<char32_t, QString> approximations {
        {U'ß', QStringLiteral("ss")}, {U'Æ', QStringLiteral("AE")}, {U'æ', QStringLiteral("ae")},
        {U'Ø', QStringLiteral("O")},  {U'ø', QStringLiteral("o")},  {U'Œ', QStringLiteral("OE")},
        {U'œ', QStringLiteral("oe")}, {U'Þ', QStringLiteral("TH")}, {U'þ', QStringLiteral("th")},
        {U'Ð', QStringLiteral("D")},  {U'ð', QStringLiteral("d")},  {U'Đ', QStringLiteral("D")},
        {U'đ', QStringLiteral("d")},  {U'Ł', QStringLiteral("L")},  {U'ł', QStringLiteral("l")},
        {U'ı', QStringLiteral("i")},  {U'Ħ', QStringLiteral("H")},  {U'ħ', QStringLiteral("h")},
    };
    QString out;
    for (const uint codePoint : text.toUcs4()) {
        const char32_t c = codePoint;
        if (c < 128) {
            out += QChar(c);
            continue;
        }
        if (const auto found = approximations.find(c); found != approximations.end()) {
            out += *found;
            continue;
        }
        const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
        QString ascii;
        bool other = false;
        for (const QChar d : decomposed) {
            if (d.unicode() < 128)
                ascii += d;
            else if (!d.isMark())
                other = true;
        }
        out += ascii.isEmpty() || other ? QStringLiteral("?") : ascii;
    }
    return out;
}

QString percentEncoded(uchar byte)
{
    return QStringLiteral("%%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
}

bool isUnreserved(uchar c)
{
    return isAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool isSubDelimiter(uchar c)
{
    return QByteArrayView("!$&'()*+,;=").contains(char(c));
}

enum class UrlPart { Path, Query, Fragment };

bool allowedIn(uchar c, UrlPart part)
{
    if (isUnreserved(c) || c == ':' || c == '@')
        return true;
    switch (part) {
    case UrlPart::Path:
        return c == '/' || isSubDelimiter(c);
    case UrlPart::Query:
        return c == '/' || c == '?' || (isSubDelimiter(c) && c != ';');
    case UrlPart::Fragment:
        return c == '/' || c == '?' || isSubDelimiter(c);
    }
    return false;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Addressable's normalize_component: escapes decoded, then what the part may not hold encoded again.
QString normalizeComponent(QStringView component, UrlPart part)
{
    const QByteArray bytes = component.toUtf8();
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        uchar c = uchar(bytes[i]);
        bool keepEncoded = false;
        if (c == '%' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
            c = uchar(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
            i += 2;
            keepEncoded = part == UrlPart::Query && c == '+';
        }
        if (c < 128 && allowedIn(c, part) && !keepEncoded)
            out += QLatin1Char(char(c));
        else
            out += percentEncoded(c);
    }
    return out;
}

// RFC 3986 remove_dot_segments.
QString removeDotSegments(QStringView path)
{
    QString input = path.toString();
    QString result;
    while (!input.isEmpty()) {
        if (input.startsWith(QLatin1String("../"))) {
            input.remove(0, 3);
        } else if (input.startsWith(QLatin1String("./")) || input.startsWith(QLatin1String("/./"))) {
            input.remove(0, 2);
        } else if (input == u"/.") {
            input = QStringLiteral("/");
        } else if (input.startsWith(QLatin1String("/../")) || input == u"/..") {
            input = input == u"/.." ? QStringLiteral("/") : input.sliced(3);
            const qsizetype slash = result.lastIndexOf(u'/');
            result.truncate(slash < 0 ? 0 : slash);
        } else if (input == u"." || input == u"..") {
            input.clear();
        } else {
            qsizetype next = input.indexOf(u'/', input.startsWith(u'/') ? 1 : 0);
            if (next < 0)
                next = input.size();
            result += input.first(next);
            input.remove(0, next);
        }
    }
    return result;
}

QString ensureLeadingSlash(const QString &s)
{
    return s.isEmpty() || s.startsWith(u'/') ? s : u'/' + s;
}

// URL#sanitize_url.
QString sanitizeUrl(const QString &url)
{
    QString s = u'/' + url;
    s.replace(QLatin1String(".."), QLatin1String("/"));
    s.remove(QLatin1String("./"));
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'/' && out.endsWith(u'/'))
            continue;
        out += c;
    }
    return out;
}

QString basenameWithoutExtension(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    QStringView name = path.sliced(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return (dot > 0 ? name.first(dot) : name).toString();
}

QString extension(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView name = path.sliced(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.sliced(dot).toString() : QString();
}

// Utils.add_permalink_suffix.
QString addPermalinkSuffix(QString urlTemplate, QStringView style)
{
    if (style == u"pretty")
        return urlTemplate + u'/';
    if (style == u"date" || style == u"ordinal" || style == u"none")
        return urlTemplate + QLatin1String(":output_ext");
    if (style.endsWith(u'/'))
        urlTemplate += u'/';
    if (style.endsWith(u":output_ext"))
        urlTemplate += QLatin1String(":output_ext");
    return urlTemplate;
}

QString placeholder(const DocumentUrlFacts &facts, QStringView name, bool *found)
{
    *found = true;
    const QDateTime &d = facts.date;
    if (name == u"collection")
        return facts.collection;
    if (name == u"path") {
        QString path = facts.relativePath.chopped(extension(facts.relativePath).size());
        const qsizetype at = path.indexOf(u'_' + facts.collection);
        if (at >= 0)
            path.remove(at, facts.collection.size() + 1);
        while (path.endsWith(u'.'))
            path.chop(1);
        return path;
    }
    if (name == u"name")
        return jekyllSlugify(basenameWithoutExtension(facts.relativePath));
    if (name == u"title")
        return jekyllSlugify(facts.slug, SlugifyMode::Pretty, true);
    if (name == u"slug")
        return jekyllSlugify(facts.slug);
    if (name == u"categories" || name == u"slugified_categories") {
        QStringList unique;
        for (const QString &category : facts.categories) {
            const QString c = name == u"categories" ? category.toLower() : jekyllSlugify(category);
            if (!unique.contains(c))
                unique.append(c);
        }
        return unique.join(u'/');
    }
    if (name == u"output_ext")
        return outputExtension(facts.relativePath);
    static const QHash<QString, QString> formats {
        {QStringLiteral("year"), QStringLiteral("%Y")},        {QStringLiteral("month"), QStringLiteral("%m")},
        {QStringLiteral("day"), QStringLiteral("%d")},         {QStringLiteral("hour"), QStringLiteral("%H")},
        {QStringLiteral("minute"), QStringLiteral("%M")},      {QStringLiteral("second"), QStringLiteral("%S")},
        {QStringLiteral("i_day"), QStringLiteral("%-d")},      {QStringLiteral("i_month"), QStringLiteral("%-m")},
        {QStringLiteral("short_month"), QStringLiteral("%b")}, {QStringLiteral("long_month"), QStringLiteral("%B")},
        {QStringLiteral("short_year"), QStringLiteral("%y")},  {QStringLiteral("w_year"), QStringLiteral("%G")},
        {QStringLiteral("week"), QStringLiteral("%V")},        {QStringLiteral("w_day"), QStringLiteral("%u")},
        {QStringLiteral("short_day"), QStringLiteral("%a")},   {QStringLiteral("long_day"), QStringLiteral("%A")},
        {QStringLiteral("y_day"), QStringLiteral("%j")},
    };
    if (const auto format = formats.find(name.toString()); format != formats.end())
        return d.isValid() ? Ruby::strftime(d, *format) : QString();
    *found = false;
    return {};
}
} // namespace

SlugifyMode slugifyMode(QStringView name)
{
    if (name.isEmpty() || name == u"default")
        return SlugifyMode::Default;
    if (name == u"raw")
        return SlugifyMode::Raw;
    if (name == u"pretty")
        return SlugifyMode::Pretty;
    if (name == u"ascii")
        return SlugifyMode::Ascii;
    if (name == u"latin")
        return SlugifyMode::Latin;
    return SlugifyMode::None;
}

QString jekyllSlugify(QStringView text, SlugifyMode mode, bool cased)
{
    if (mode == SlugifyMode::None)
        return cased ? text.toString() : text.toString().toLower();
    const QString source = mode == SlugifyMode::Latin ? transliterate(text) : text.toString();
    QString slug;
    slug.reserve(source.size());
    bool inRun = false;
    for (const uint codePoint : source.toUcs4()) {
        const char32_t c = codePoint;
        if (keeps(c, mode)) {
            if (QChar::requiresSurrogates(c)) {
                slug += QChar(QChar::highSurrogate(c));
                slug += QChar(QChar::lowSurrogate(c));
            } else {
                slug += QChar(c);
            }
            inRun = false;
        } else if (!inRun) {
            slug += u'-';
            inRun = true;
        }
    }
    if (slug.startsWith(u'-'))
        slug.remove(0, 1);
    if (slug.endsWith(u'-'))
        slug.chop(1);
    return cased ? slug : slug.toLower();
}

QString escapeUrlPath(QStringView path)
{
    static const QRegularExpression plain(QStringLiteral("^[a-zA-Z0-9./-]+$"));
    if (path.isEmpty() || plain.matchView(path).hasMatch())
        return path.toString();
    // Addressable::URI.encode reads a query and a fragment too; URL.escape_path then escapes the '#'.
    QStringView rest = path;
    QStringView fragment;
    bool hasFragment = false;
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0) {
        fragment = rest.sliced(hash + 1);
        rest = rest.first(hash);
        hasFragment = true;
    }
    QStringView query;
    bool hasQuery = false;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        query = rest.sliced(question + 1);
        rest = rest.first(question);
        hasQuery = true;
    }
    auto encode = [](QStringView part, UrlPart kind) {
        QString out;
        for (const char c : part.toUtf8()) {
            const uchar u = uchar(c);
            out += u < 128 && allowedIn(u, kind) && !(kind == UrlPart::Query && u == '+') ? QString(QLatin1Char(c))
                                                                                          : percentEncoded(u);
        }
        return out;
    };
    QString out = encode(rest, UrlPart::Path);
    if (hasQuery)
        out += u'?' + encode(query, UrlPart::Fragment);
    if (hasFragment)
        out += QLatin1String("%23") + encode(fragment, UrlPart::Fragment).replace(u'#', QLatin1String("%23"));
    return out;
}

QString uriEscape(QStringView text)
{
    const QByteArray bytes = text.toUtf8();
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        uchar c = uchar(bytes[i]);
        if (c == '%' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
            c = uchar(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
            i += 2;
        }
        const bool reserved = QByteArrayView(":/?#[]@").contains(char(c)) || isSubDelimiter(c);
        if (c < 128 && (isUnreserved(c) || reserved))
            out += QLatin1Char(char(c));
        else
            out += percentEncoded(c);
    }
    return out;
}

bool isAbsoluteUrl(QStringView url)
{
    static const QRegularExpression scheme(QStringLiteral("^[^:/?#]+:"));
    return scheme.matchView(url).hasMatch();
}

QString normalizeUrl(QStringView url)
{
    static const QRegularExpression parts(
        QStringLiteral(R"(^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = parts.matchView(url);
    if (!m.hasMatch())
        return url.toString();
    QString out;
    const bool hasScheme = m.capturedStart(1) >= 0;
    const bool hasAuthority = m.capturedStart(2) >= 0;
    if (hasScheme)
        out += m.capturedView(1).toString().toLower() + u':';
    if (hasAuthority) {
        QString authority = m.capturedView(2).toString();
        const qsizetype at = authority.lastIndexOf(u'@');
        QString host = authority.sliced(at + 1).toLower();
        const QString scheme = m.capturedView(1).toString().toLower();
        if ((scheme == u"http" && host.endsWith(QLatin1String(":80")))
            || (scheme == u"https" && host.endsWith(QLatin1String(":443"))))
            host.truncate(host.lastIndexOf(u':'));
        out += QLatin1String("//") + authority.first(at + 1) + host;
    }
    QString path = removeDotSegments(normalizeComponent(m.capturedView(3), UrlPart::Path));
    if (path.isEmpty() && hasAuthority)
        path = QStringLiteral("/");
    out += path;
    if (m.capturedStart(4) >= 0) {
        QStringList pairs;
        for (const QStringView pair : m.capturedView(4).split(u'&'))
            pairs.append(normalizeComponent(pair, UrlPart::Query));
        out += u'?' + pairs.join(u'&');
    }
    if (m.capturedStart(5) >= 0)
        out += u'#' + normalizeComponent(m.capturedView(5), UrlPart::Fragment);
    return out;
}

QString relativeUrl(QStringView input, QStringView baseurl)
{
    if (isAbsoluteUrl(input))
        return input.toString();
    QString base = baseurl.toString();
    if (base.endsWith(u'/'))
        base.chop(1);
    return normalizeUrl(QString(ensureLeadingSlash(base) + ensureLeadingSlash(input.toString())));
}

QString absoluteUrl(QStringView input, QStringView siteUrl, QStringView baseurl)
{
    if (isAbsoluteUrl(input))
        return input.toString();
    if (siteUrl.isEmpty())
        return relativeUrl(input, baseurl);
    return normalizeUrl(QString(siteUrl.toString() + relativeUrl(input, baseurl)));
}

QString permalinkTemplate(QStringView style)
{
    if (style == u"date")
        return QStringLiteral("/:categories/:year/:month/:day/:title:output_ext");
    if (style == u"pretty")
        return QStringLiteral("/:categories/:year/:month/:day/:title/");
    if (style == u"ordinal")
        return QStringLiteral("/:categories/:year/:y_day/:title:output_ext");
    if (style == u"weekdate")
        return QStringLiteral("/:categories/:year/W:week/:short_day/:title:output_ext");
    if (style == u"none")
        return QStringLiteral("/:categories/:title:output_ext");
    return style.toString();
}

QString documentUrl(const DocumentUrlFacts &facts, QStringView urlTemplate)
{
    static const QRegularExpression name(QStringLiteral(":([a-z_]+)"));
    const QString chosen = facts.permalink.isEmpty() ? urlTemplate.toString() : facts.permalink;
    QString url;
    qsizetype last = 0;
    for (auto it = name.globalMatchView(chosen); it.hasNext();) {
        const auto m = it.next();
        url += QStringView(chosen).sliced(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QString key = m.captured(1);
        // "/:month_:day" means :month then "_": Jekyll tries the name without one trailing underscore.
        bool found = false;
        QString value = placeholder(facts, key, &found);
        QString after;
        if (!found && key.endsWith(u'_')) {
            key.chop(1);
            value = placeholder(facts, key, &found);
            after = QStringLiteral("_");
        }
        url += found ? escapeUrlPath(value) + after : m.captured();
    }
    url += QStringView(chosen).sliced(last);
    return sanitizeUrl(url);
}

QString collectionUrlTemplate(QStringView collectionPermalink, QStringView permalinkStyle)
{
    if (!collectionPermalink.isEmpty())
        return collectionPermalink.toString();
    return addPermalinkSuffix(QStringLiteral("/:collection/:path"), permalinkStyle);
}

QString pageUrl(QStringView relativePath, QStringView permalinkStyle, QStringView frontMatterPermalink)
{
    const QString outputExt = outputExtension(relativePath);
    const QString basename = basenameWithoutExtension(relativePath);
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : relativePath.first(slash).toString();
    QString urlTemplate;
    if (!frontMatterPermalink.isEmpty())
        urlTemplate = frontMatterPermalink.toString();
    else if (outputExt != u".html" && outputExt != u".htm" && outputExt != u".xhtml")
        urlTemplate = QStringLiteral("/:path/:basename:output_ext");
    else if (basename == u"index")
        urlTemplate = QStringLiteral("/:path/");
    else
        urlTemplate = addPermalinkSuffix(QStringLiteral("/:path/:basename"), permalinkStyle);
    // URL#generate_url_from_hash, in the order of Page#url_placeholders.
    urlTemplate.replace(QLatin1String(":path"), escapeUrlPath(dir));
    urlTemplate.replace(QLatin1String(":basename"), escapeUrlPath(basename));
    urlTemplate.replace(QLatin1String(":output_ext"), escapeUrlPath(outputExt));
    return sanitizeUrl(urlTemplate);
}

QString outputExtension(QStringView fileName)
{
    const QString ext = extension(fileName);
    const QString lower = ext.toLower();
    static const QStringList markdown {QStringLiteral(".md"), QStringLiteral(".markdown"), QStringLiteral(".mkdown"),
                                       QStringLiteral(".mkdn"), QStringLiteral(".mkd")};
    if (markdown.contains(lower))
        return QStringLiteral(".html");
    if (lower == u".scss" || lower == u".sass")
        return QStringLiteral(".css");
    return ext;
}

} // namespace Masthead
