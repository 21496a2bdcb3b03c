// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

class QThreadPool;

namespace Masthead
{

class Site;

// Where a post's images go, how they are named and how big they may be. A value type: the site's
// settings as they were when it was made.
struct AssetTarget {
    QString folder; // absolute, ending in "/"
    QString postFolder; // absolute; snippet paths are relative to it
    QString siteRoot; // absolute, empty outside a site; resolves "/assets/..." references
    QString fileNamePattern = QStringLiteral("{slug}.{ext}");
    QDate date; // the issue's day, for the date groups of the pattern; null for an undated post
    int maxWidth = 550;
    qint64 maxGifBytes = 1024 * 1024;
    QString snippet = QStringLiteral("[![{alt}]({path})]({link})");

    // The path of a file as the post refers to it: relative to the post's folder, with "/"
    // ("../assets/20231009/20231009python.jpg"), so that it works in the preview, on the published
    // site (from _drafts/ and _posts/ alike) and in GitHub's file view.
    QString referenceTo(const QString &absoluteFile) const;

    bool operator==(const AssetTarget &) const = default;
};

// The issue's dated assets folder: the site's assets_folder pattern for the post's date (the front
// matter's, else the file name's), named by the site's image_file pattern. nullopt when the post has
// no path, is outside a site (site is null) or has no date; then the user is asked.
std::optional<AssetTarget> issueAssetTarget(const Site *site, const QString &postPath, QStringView text);

// Images in folder (absolute; the post's own folder by default) named by their slug alone; the
// site's size limits when the post is inside a site (site not null). For posts without a dated assets
// folder.
AssetTarget assetTargetInFolder(const Site *site, const QString &postPath, const QString &folder = {});

// The image formats told apart by their first bytes, whatever a file's name says.
enum class ImageFormat { Unknown, Jpeg, Png, Gif, Webp, Svg, Bmp, Tiff };

ImageFormat sniffImageFormat(QByteArrayView bytes);
// "jpg", "png", "gif", "webp", "svg"; the extension an imported file of that format gets (BMP and
// TIFF are converted to PNG). Empty for Unknown.
QString importedExtension(ImageFormat format);

// What to import: a file on disk, or bytes (pasted, downloaded) with a name to take the slug from.
struct ImageSource {
    QString filePath; // when set, the bytes are read from it (it is never modified)
    QByteArray data;
    QString name; // a file name or a URL's last segment; the slug's source when alt is empty
    QString alt; // alternative text the user chose (a selection), the slug's first source

    bool operator==(const ImageSource &) const = default;
};

// An image as it landed in the assets folder.
struct ImportedImage {
    QString filePath; // absolute
    QString reference; // as the post refers to it (AssetTarget::referenceTo)
    QString alt; // the text to offer as alternative text
    QSize size; // in pixels, after scaling; invalid for SVG
    qint64 bytes = 0;
    bool reused = false; // a byte-identical file was there already
    bool scaled = false;
    QStringList warnings; // user-readable: a GIF over the limits, ...

    bool operator==(const ImportedImage &) const = default;
};

using ImportResult = std::expected<ImportedImage, QString>;

// Imports images into a target folder: sniffs the format from the bytes, applies EXIF orientation,
// scales down to the maximum width with smooth filtering (never up), re-encodes JPEG at quality 88
// and PNG losslessly, copies GIF (animated ones are never re-encoded), WebP and SVG as they are, and
// picks a name by the target's pattern that never replaces an existing file: a numeric suffix, unless
// the existing file is byte-identical, which is then reused. A JPEG or PNG that needs no scaling or
// rotation keeps its pixels; a JPEG loses only its EXIF/XMP metadata (camera, GPS position).
//
// Thread-safe and without state beyond the target: import() blocks, importLater() runs it on a
// thread pool and delivers the result as a value.
class AssetImporter
{
public:
    explicit AssetImporter(AssetTarget target);

    const AssetTarget &target() const { return m_target; }

    ImportResult import(const ImageSource &source) const;
    // On pool, or on the importer's own pool of low-priority threads (one core is left free).
    QFuture<ImportResult> importLater(const ImageSource &source, QThreadPool *pool = nullptr) const;
    static QThreadPool *importPool();

    static constexpr int jpegQuality = 88;

private:
    AssetTarget m_target;
};

// An image file of the issue's assets folder, for the Images panel.
struct AssetInfo {
    QString filePath; // absolute
    QString reference; // as the post would refer to it
    qint64 bytes = 0;
    QSize size; // invalid when unknown (SVG without a size, unreadable)
    bool referenced = false; // the post's text links to it

    bool operator==(const AssetInfo &) const = default;
};

// The images in target's folder, by name, and whether markdown refers to each (relative to the
// post, or from the site root).
QList<AssetInfo> listAssets(const AssetTarget &target, QStringView markdown);

} // namespace Masthead
