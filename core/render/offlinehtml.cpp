// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/offlinehtml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace Masthead
{
namespace
{
class OfflineHtmlMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::OfflineHtml)
};

// An opening tag of one of the elements that matter, attributes quoted or not.
const QRegularExpression &tagExpression()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(<(link|meta|img|script)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>)re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The value of an attribute of a tag's attribute text, entities left as they are; nullopt when
// the tag has no such attribute.
std::optional<QString> attribute(const QString &attributes, const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral(R"re((?:^|[\s/])([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?)re"));
    for (auto it = re.globalMatch(attributes); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (int group = 2; group <= 4; ++group) {
            if (m.capturedStart(group) >= 0)
                return m.captured(group);
        }
        return QString();
    }
    return std::nullopt;
}

// The few entities that matter in an address; the placeholder escapes what it shows again.
QString decoded(QString text)
{
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    return text;
}

bool isRemote(const QString &url)
{
    // Browsers ignore leading and embedded tabs and newlines in URLs, and schemes are caseless.
    QString cleaned = url.trimmed();
    cleaned.remove(QRegularExpression(QStringLiteral("[\t\n\r]")));
    const QString lower = cleaned.toLower();
    return lower.startsWith(QLatin1String("http:")) || lower.startsWith(QLatin1String("https:"))
        || lower.startsWith(QLatin1String("//")) || lower.startsWith(QLatin1String("\\\\"))
        || lower.startsWith(QLatin1String("/\\")) || lower.startsWith(QLatin1String("ftp:"))
        || lower.startsWith(QLatin1String("ws:")) || lower.startsWith(QLatin1String("wss:"));
}

QString placeholder(const QString &address, const QString &alt)
{
    const QString shownAddress = address.toHtmlEscaped();
    QString html
        = QStringLiteral("<span class=\"mh-remote-image\" title=\"%1\"><span class=\"mh-remote-image-label\">%2"
                         "</span>")
              .arg(shownAddress, OfflineHtmlMessages::tr("Remote image, not loaded in the preview").toHtmlEscaped());
    if (!alt.trimmed().isEmpty())
        html += QStringLiteral("<span class=\"mh-remote-image-alt\">%1</span>").arg(alt.toHtmlEscaped());
    html += QStringLiteral("<span class=\"mh-remote-image-url\">%1</span></span>").arg(shownAddress);
    return html;
}

// Where a <script> element ends, after its opening tag; the text's end when it does not.
qsizetype scriptEnd(const QString &html, qsizetype from)
{
    static const QRegularExpression close(QStringLiteral(R"(</script\s*>)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = close.match(html, from);
    return m.hasMatch() ? m.capturedEnd() : html.size();
}
} // namespace

QString offlineHtml(const QString &html)
{
    // Most blocks hold none of these elements: they pass without a copy.
    if (!html.contains(u'<'))
        return html;
    QString out;
    qsizetype last = 0;
    bool changed = false;
    for (auto it = tagExpression().globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() < last)
            continue; // inside a script element already removed
        const QString element = m.captured(1).toLower();
        const QString attributes = m.captured(2);
        QString replacement;
        qsizetype end = m.capturedEnd();
        if (element == u"link") {
            const QStringList rel = attribute(attributes, QStringLiteral("rel"))
                                        .value_or(QString())
                                        .toLower()
                                        .split(u' ', Qt::SkipEmptyParts);
            if (rel == QStringList {QStringLiteral("stylesheet")})
                continue;
        } else if (element == u"meta") {
            if (!attribute(attributes, QStringLiteral("http-equiv")))
                continue;
        } else if (element == u"script") {
            end = scriptEnd(html, end);
        } else { // img
            const auto src = attribute(attributes, QStringLiteral("src"));
            if (!src || !isRemote(decoded(*src)))
                continue;
            replacement
                = placeholder(decoded(*src), decoded(attribute(attributes, QStringLiteral("alt")).value_or(QString())));
        }
        out += QStringView(html).sliced(last, m.capturedStart() - last);
        out += replacement;
        last = end;
        changed = true;
    }
    if (!changed)
        return html;
    out += QStringView(html).sliced(last);
    return out;
}

} // namespace Masthead
