// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/images/imagereferences.h"

#include "core/site/site.h"
#include "core/text/links.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QUrl>

namespace Masthead
{
namespace
{
// The assets_folder pattern as a regular expression anchored at the site root, with one capture per
// date group, and the date format of each group.
struct AssetsPattern {
    QRegularExpression regex;
    QStringList formats;
};

AssetsPattern assetsPattern(const QString &pattern)
{
    static const QRegularExpression group(QStringLiteral(R"(\{(date|[yMd]+)\})"));
    AssetsPattern result;
    QString re = QStringLiteral("^");
    qsizetype pos = 0;
    for (auto it = group.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        re += QRegularExpression::escape(pattern.mid(pos, m.capturedStart() - pos));
        const QString format = m.captured(1) == u"date" ? QStringLiteral("yyyy-MM-dd") : m.captured(1);
        QString digits = format;
        digits.replace(QRegularExpression(QStringLiteral("[yMd]")), QStringLiteral("\\d"));
        re += u'(' + digits + u')';
        result.formats.append(format);
        pos = m.capturedEnd();
    }
    QString tail = pattern.mid(pos);
    while (tail.endsWith(u'/'))
        tail.chop(1);
    re += QRegularExpression::escape(tail) + QStringLiteral("(/|$)");
    result.regex.setPattern(re);
    return result;
}
} // namespace

QString localTargetPath(QStringView target, const QString &documentPath, const Site *site)
{
    if (target.isEmpty())
        return {};
    QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    if (const qsizetype cut = decoded.indexOf(u'#'); cut > 0)
        decoded.truncate(cut);
    if (const qsizetype cut = decoded.indexOf(u'?'); cut > 0)
        decoded.truncate(cut);
    // "{{ site.baseurl }}/assets/…", as the fix for paths that break once published writes them:
    // the site root, whatever the baseurl.
    static const QRegularExpression baseurl(QStringLiteral(R"(^\{\{-?\s*site\.baseurl\s*-?\}\}(?=/))"));
    if (const auto m = baseurl.match(decoded); m.hasMatch())
        decoded.remove(0, m.capturedLength());
    if (isRelativeFileTarget(decoded)) {
        if (documentPath.isEmpty())
            return {};
        return QDir::cleanPath(QFileInfo(documentPath).absoluteDir().absoluteFilePath(decoded));
    }
    if (decoded.startsWith(u'/') && !decoded.startsWith(QLatin1String("//")) && site)
        return QDir::cleanPath(site->rootPath() + decoded);
    return {};
}

QList<ImageReference> imageReferences(QStringView text, const QString &documentPath, const Site *site)
{
    QList<ImageReference> images;
    for (const LinkTarget &t : linkTargets(text)) {
        if (!t.image)
            continue;
        ImageReference image;
        image.target = text.sliced(t.begin, t.end - t.begin).toString();
        image.line = t.line;
        const qsizetype lineStart = text.first(t.begin).lastIndexOf(u'\n') + 1;
        image.column = static_cast<int>(t.begin - lineStart);
        image.begin = t.begin;
        image.end = t.end;
        image.path = localTargetPath(image.target, documentPath, site);
        images.append(image);
    }
    return images;
}

std::optional<QDate> assetsFolderDay(const QString &absolutePath, const Site &site)
{
    const QString relative = QDir(site.rootPath()).relativeFilePath(absolutePath);
    if (relative.startsWith(QLatin1String("../")))
        return std::nullopt;
    const AssetsPattern pattern = assetsPattern(site.settings().assetsFolder);
    if (pattern.formats.isEmpty())
        return std::nullopt;
    const auto m = pattern.regex.match(relative);
    if (!m.hasMatch())
        return std::nullopt;
    QString text;
    QString format;
    for (qsizetype i = 0; i < pattern.formats.size(); ++i) {
        text += m.captured(static_cast<int>(i + 1));
        format += pattern.formats.at(i);
    }
    const QDate day = QDate::fromString(text, format);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

std::optional<QSize> imageFileSize(const QString &path)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid())
        return std::nullopt;
    return size;
}

const QStringList &imageFileExtensions()
{
    static const QStringList extensions {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                         QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg"),
                                         QStringLiteral("bmp"), QStringLiteral("tif"),  QStringLiteral("tiff"),
                                         QStringLiteral("avif")};
    return extensions;
}

bool isImageFileName(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0 || fileName.sliced(dot).contains(u'/'))
        return false;
    return imageFileExtensions().contains(fileName.sliced(dot + 1).toString().toLower());
}

} // namespace Masthead
