// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/emailexport.h"

#include "core/liquid/liquid.h"
#include "core/render/postrenderer.h"
#include "core/site/frontmatter.h"
#include "core/site/site.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QRegularExpression>
#include <QUrl>

namespace Masthead
{
namespace
{
class EmailExportMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::EmailExport)
};

// Inline styles per element: mail clients (Gmail, Outlook) drop <style> blocks and classes, so every
// element carries its own. Plain, readable and close to the preview's look.
struct TagStyle {
    const char *tag;
    const char *style;
};
constexpr TagStyle tagStyles[] = {
    {"h1", "font-size:26px;line-height:1.25;margin:24px 0 12px;font-weight:bold;color:#111111;"},
    {"h2", "font-size:21px;line-height:1.3;margin:28px 0 10px;font-weight:bold;color:#111111;"},
    {"h3", "font-size:18px;line-height:1.3;margin:20px 0 8px;font-weight:bold;color:#111111;"},
    {"h4", "font-size:16px;margin:16px 0 8px;font-weight:bold;color:#111111;"},
    {"p", "margin:0 0 14px;"},
    {"a", "color:#1a5fb4;text-decoration:underline;"},
    {"img", "max-width:100%;height:auto;border:0;"},
    {"ul", "margin:0 0 14px;padding-left:24px;"},
    {"ol", "margin:0 0 14px;padding-left:24px;"},
    {"li", "margin:0 0 6px;"},
    {"blockquote", "margin:0 0 14px;padding:0 0 0 12px;border-left:3px solid #cccccc;color:#555555;"},
    {"pre", "background:#f4f4f4;padding:10px;overflow:auto;font-size:13px;"},
    {"code", "font-family:Menlo,Consolas,monospace;font-size:90%;"},
    {"hr", "border:0;border-top:1px solid #dddddd;margin:24px 0;"},
    {"table", "border-collapse:collapse;margin:0 0 14px;"},
    {"th", "border:1px solid #dddddd;padding:4px 8px;text-align:left;"},
    {"td", "border:1px solid #dddddd;padding:4px 8px;"},
};

QString withInlineStyles(QString html)
{
    // Task lists have their checkboxes; a bullet beside each is noise.
    html.replace(QLatin1String("<ul class=\"task-list\">"),
                 QLatin1String("<ul class=\"task-list\" style=\"list-style:none;padding-left:4px;\">"));
    for (const TagStyle &t : tagStyles) {
        const QString tag = QLatin1String(t.tag);
        const QString style = QLatin1String(t.style);
        // An existing style attribute keeps its declarations after ours, so that they win.
        const QRegularExpression withStyle(QStringLiteral("<%1(\\s[^>]*?)?\\sstyle=\"([^\"]*)\"").arg(tag));
        html.replace(withStyle, QStringLiteral("<%1\\1 style=\"%2\\2\"").arg(tag, style));
        const QRegularExpression open(QStringLiteral("<%1(?=[\\s>/])(?![^>]*\\sstyle=\")").arg(tag));
        html.replace(open, QStringLiteral("<%1 style=\"%2\"").arg(tag, style));
    }
    return html;
}

bool isAbsoluteUrl(const QString &target)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(target).hasMatch() || target.startsWith(QLatin1String("//"));
}

QString htmlUnescaped(QString s)
{
    s.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// The site-relative path of a local target written in the post at documentFolder; empty when it
// leaves the site.
QString siteRelative(const QString &target, const QString &documentFolder, const Site &site)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path = path.section(u'#', 0, 0).section(u'?', 0, 0);
    QString absolute;
    if (path.startsWith(u'/')) {
        const QString baseurl = site.config().baseurl;
        if (!baseurl.isEmpty() && baseurl != u"/" && path.startsWith(baseurl + u'/'))
            path = path.sliced(baseurl.size());
        absolute = QDir::cleanPath(site.rootPath() + path);
    } else {
        absolute = QDir::cleanPath(QDir(documentFolder).absoluteFilePath(path));
    }
    const QString relative = QDir(site.rootPath()).relativeFilePath(absolute);
    if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative))
        return {};
    return relative;
}

// The email's plain-text part: blocks on lines of their own, list items with "- ", links as
// "text (address)", images as their alternative text. No QTextDocument: the command line has no
// QGuiApplication, and its fonts are not needed to drop tags.
QString plainTextOf(const QString &html)
{
    QString text = html;
    static const QRegularExpression link(QStringLiteral("<a\\b[^>]*\\shref=\"([^\"]*)\"[^>]*>(.*?)</a>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    text.replace(link, QStringLiteral("\\2 (\\1)"));
    static const QRegularExpression image(QStringLiteral("<img\\b[^>]*\\salt=\"([^\"]*)\"[^>]*>"));
    text.replace(image, QStringLiteral("[\\1]"));
    static const QRegularExpression item(QStringLiteral("<li\\b[^>]*>"));
    text.replace(item, QStringLiteral("- "));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"));
    text.replace(lineBreak, QStringLiteral("\n"));
    static const QRegularExpression blockEnd(QStringLiteral("</(p|h[1-6]|ul|ol|blockquote|pre|table|tr|div)>"));
    text.replace(blockEnd, QStringLiteral("\n\n"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    text.remove(tag);
    static const QRegularExpression numeric(QStringLiteral("&#(\\d+);"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded += QStringView(text).sliced(last, m.capturedStart() - last);
        decoded += QString(QChar::fromUcs4(m.captured(1).toUInt()));
        last = m.capturedEnd();
    }
    decoded += QStringView(text).sliced(last);
    decoded = htmlUnescaped(decoded);
    static const QRegularExpression blankLines(QStringLiteral("\n[ \t]*\n(?:[ \t]*\n)+"));
    decoded.replace(blankLines, QStringLiteral("\n\n"));
    return decoded.trimmed() + u'\n';
}

QString suffixOf(const QString &target)
{
    const qsizetype at = target.indexOf(u'#');
    return at < 0 ? QString() : target.sliced(at);
}

QString encodedPath(const QString &relative)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(relative, "/"));
}
} // namespace

int EmailExport::count(EmailImage::Status status) const
{
    return int(std::ranges::count(images, status, &EmailImage::status));
}

QString imageHostUrl(const Site &site)
{
    QString host = site.settings().imageHostUrl;
    if (host.isEmpty()) {
        const QString url = site.config().url;
        if (url.isEmpty())
            return {};
        QString baseurl = site.config().baseurl;
        if (!baseurl.isEmpty() && !baseurl.startsWith(u'/'))
            baseurl.prepend(u'/');
        host = (url.endsWith(u'/') ? url.chopped(1) : url) + baseurl;
    }
    if (!host.endsWith(u'/'))
        host += u'/';
    return host;
}

EmailExport exportEmail(const QString &text, const QString &documentPath, const Site *site)
{
    EmailExport email;
    RenderOptions options;
    options.documentPath = documentPath;
    options.liquid = site ? std::make_shared<const LiquidContext>(liquidSiteContext(*site))
                          : std::make_shared<const LiquidContext>();
    const RenderedPost post = renderPost(text, options);
    const auto fm = FrontMatter::parseDocument(text);
    const QString title = fm ? fm->title() : QString();
    email.hostUrl = site ? imageHostUrl(*site) : QString();
    const QString documentFolder = QFileInfo(documentPath).absolutePath();
    const int maxWidth = site ? site->settings().maxImageWidth : 0;
    const qint64 maxGif = site ? site->settings().maxGifBytes : 0;

    QString body = post.bodyHtml;
    // Local images and links become absolute URLs on the image host.
    static const QRegularExpression attribute(QStringLiteral("<(img|a)\\b[^>]*?\\s(src|href)=\"([^\"]*)\""));
    QString out;
    qsizetype last = 0;
    auto it = attribute.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool image = m.captured(1) == u"img";
        const QString target = htmlUnescaped(m.captured(3));
        QString replacement = m.captured(3);
        if (image && isAbsoluteUrl(target)) {
            email.images.append({target, target, {}, EmailImage::Status::Remote, {}});
        } else if (!target.isEmpty() && !isAbsoluteUrl(target) && !target.startsWith(u'#')) {
            const QString relative = site ? siteRelative(target, documentFolder, *site) : QString();
            if (!relative.isEmpty() && !email.hostUrl.isEmpty()) {
                replacement = QString(email.hostUrl + encodedPath(relative) + suffixOf(target)).toHtmlEscaped();
                if (image) {
                    EmailImage img {target,
                                    email.hostUrl + encodedPath(relative),
                                    site->rootPath() + u'/' + relative,
                                    EmailImage::Status::Rewritten,
                                    {}};
                    const QFileInfo info(img.file);
                    if (!info.isFile()) {
                        img.status = EmailImage::Status::Missing;
                    } else {
                        QImageReader reader(img.file);
                        const int width = reader.size().width();
                        if (maxWidth > 0 && width > maxWidth) {
                            img.status = EmailImage::Status::TooLarge;
                            img.detail = EmailExportMessages::tr("%1 px wide, more than %2").arg(width).arg(maxWidth);
                        } else if (info.suffix().compare(u"gif", Qt::CaseInsensitive) == 0 && maxGif > 0
                                   && info.size() > maxGif) {
                            img.status = EmailImage::Status::TooLarge;
                            img.detail = EmailExportMessages::tr("%1 KB, more than %2 KB")
                                             .arg(info.size() / 1024)
                                             .arg(maxGif / 1024);
                        }
                    }
                    email.images.append(img);
                } else {
                    ++email.rewrittenLinks;
                }
            } else if (email.error.isEmpty()) {
                email.error = !site ? EmailExportMessages::tr("The post is not inside a Jekyll site, so its local "
                                                              "images and links have no address on the web.")
                    : email.hostUrl.isEmpty()
                    ? EmailExportMessages::tr("The site has no address: set “url” in _config.yml or “image_host_url” "
                                              "in _masthead.yml, so that the email's images can be found.")
                    : EmailExportMessages::tr("“%1” points outside the site; it has no address on the web.")
                          .arg(target);
            }
        }
        out += QStringView(body).sliced(last, m.capturedStart(3) - last);
        out += replacement;
        last = m.capturedEnd(3);
    }
    out += QStringView(body).sliced(last);
    if (!email.error.isEmpty())
        return email;

    const QString heading = title.isEmpty() ? QString() : QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    const QString content = withInlineStyles(heading + out);
    email.html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                "<title>%1</title>\n</head>\n"
                                "<body style=\"margin:0;padding:0;background:#ffffff;\">\n"
                                "<div style=\"max-width:600px;margin:0 auto;padding:16px;font-family:Helvetica,Arial,"
                                "sans-serif;font-size:16px;line-height:1.5;color:#222222;\">\n%2</div>\n</body>\n"
                                "</html>\n")
                     .arg(title.toHtmlEscaped(), content);
    email.plainText = plainTextOf(heading + out);
    return email;
}

QString emailReport(const EmailExport &email)
{
    if (!email.error.isEmpty())
        return email.error;
    const int rewritten = email.count(EmailImage::Status::Rewritten) + email.count(EmailImage::Status::TooLarge)
        + email.count(EmailImage::Status::Missing);
    QString report = EmailExportMessages::tr("%n image(s) rewritten to %1", nullptr, rewritten).arg(email.hostUrl);
    // The same image twice (a template's placeholder image, a reused logo) is named once, counted.
    auto listed = [&email](EmailImage::Status status) {
        QStringList names;
        QHash<QString, int> counts;
        for (const EmailImage &image : email.images) {
            if (image.status != status)
                continue;
            const QString name
                = image.detail.isEmpty() ? image.source : image.source + QStringLiteral(" (") + image.detail + u')';
            if (counts[name]++ == 0)
                names.append(name);
        }
        for (QString &name : names) {
            if (const int n = counts.value(name); n > 1)
                name += QStringLiteral(" (×%1)").arg(n);
        }
        return names;
    };
    const QStringList missing = listed(EmailImage::Status::Missing);
    const QStringList large = listed(EmailImage::Status::TooLarge);
    if (const int remote = email.count(EmailImage::Status::Remote))
        report += EmailExportMessages::tr("; %n already absolute", nullptr, remote);
    if (email.rewrittenLinks)
        report += EmailExportMessages::tr("; %n local link(s) rewritten", nullptr, email.rewrittenLinks);
    if (const int n = email.count(EmailImage::Status::Missing))
        report += EmailExportMessages::tr("; %n missing: %1", nullptr, n).arg(missing.join(u", "));
    if (const int n = email.count(EmailImage::Status::TooLarge))
        report += EmailExportMessages::tr("; %n too large: %1", nullptr, n).arg(large.join(u", "));
    return report;
}

} // namespace Masthead
