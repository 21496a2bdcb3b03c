// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Masthead
{
class Site;

// An image an issue shows, located in its text, with the file it names on disk.
struct ImageReference {
    QString target; // as written: "../assets/20231009/x.jpg"
    int line = 0; // 0-based document line
    int column = 0; // 0-based, of the target's first character
    qsizetype begin = 0; // of the target in the text
    qsizetype end = 0;
    QString path; // absolute path of the file it names; empty for URLs, Liquid and empty targets

    bool operator==(const ImageReference &) const = default;
};

// Every image target of the Markdown text (inline images, HTML src=), outside fenced code.
// documentPath anchors relative targets; site (may be null) anchors targets starting with "/".
QList<ImageReference> imageReferences(QStringView text, const QString &documentPath, const Site *site);

// The absolute path of a local link target: relative to the document's folder, or from the site root
// for "/path". Empty for URLs, fragments, Liquid, empty targets and site-root paths without a site.
QString localTargetPath(QStringView target, const QString &documentPath, const Site *site);

// When absolutePath lies inside a folder the site's assets_folder pattern gives for some day
// ("assets/20231009/x.jpg" with "assets/{yyyyMMdd}/"), that day.
std::optional<QDate> assetsFolderDay(const QString &absolutePath, const Site &site);

// The file name extensions Masthead treats as images, lower case: what it imports, lists in the Images
// panel, accepts from a browser drop and checks for upper-case extensions. The one list of them.
const QStringList &imageFileExtensions();
// Whether a file name or URL path ends in one of them, in any case.
bool isImageFileName(QStringView fileName);

// The size of an image file read from its header, without decoding it; nullopt when the file is
// not an image Qt can read.
std::optional<QSize> imageFileSize(const QString &path);

} // namespace Masthead
