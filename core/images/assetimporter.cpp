// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/images/assetimporter.h"

#include "core/fileio.h"
#include "core/images/imagereferences.h"
#include "core/site/frontmatter.h"
#include "core/site/postdate.h"
#include "core/site/site.h"
#include "core/site/sitepath.h"
#include "core/site/sitesettings.h"
#include "core/text/links.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
class AssetImporterMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::AssetImporter)
};

// Larger files are refused before reading them: no newsletter image is this big, and a mistaken
// drop of a video should not fill the memory.
constexpr qint64 maxSourceBytes = 200LL * 1024 * 1024;
// Larger pictures are refused before decoding: a small file can declare a picture of billions of
// pixels (a "decompression bomb") and decoding it would take gigabytes. 60 million pixels is a
// 9000 × 6700 photo, more than any camera a newsletter is fed from.
constexpr qint64 maxPixels = 60'000'000;
constexpr int maxSlugLength = 60;
constexpr int maxSuffix = 999;

Q_GLOBAL_STATIC(QThreadPool, threadPool)

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString folderWithSlash(const QString &folder)
{
    QString cleaned = QDir::cleanPath(QDir(folder).absolutePath());
    if (!cleaned.endsWith(u'/'))
        cleaned += u'/';
    return cleaned;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The JPEG without its APP1 (EXIF, XMP) and APP13 (IPTC) segments, every other byte as it was;
// the bytes unchanged when they are not a well-formed JPEG header.
QByteArray withoutJpegMetadata(const QByteArray &in)
{
    const auto byte = [&in](qsizetype i) {
        return uchar(in.at(i));
    };
    if (in.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8)
        return in;
    QByteArray out = in.first(2);
    qsizetype i = 2;
    while (i + 4 <= in.size()) {
        if (byte(i) != 0xFF)
            return in;
        const uchar marker = byte(i + 1);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xDA) { // start of scan: the rest is image data
            out += in.sliced(i);
            return out;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
            out += in.sliced(i, 2);
            i += 2;
            continue;
        }
        const qsizetype length = (qsizetype(byte(i + 2)) << 8) | byte(i + 3);
        if (length < 2 || i + 2 + length > in.size())
            return in;
        if (marker != 0xE1 && marker != 0xED)
            out += in.sliced(i, 2 + length);
        i += 2 + length;
    }
    return in;
}

// Whether the bytes end where their format says the picture ends. Decoders fill a picture whose
// file was cut short with grey (JPEG) or fail late with a vague error; a truncated file must be
// refused with that word instead. Bytes after the end (some cameras append data) are fine.
enum class Ending { Complete, Truncated, Malformed };

Ending ending(const QByteArray &bytes, ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg: {
        // The segments before the first start of scan are skipped by their lengths (an EXIF
        // thumbnail inside one is a whole JPEG of its own). The entropy-coded data after it never
        // holds FF D9 (an FF there is followed by 00 or a restart marker), so an end-of-image marker
        // after the scan ends the picture.
        const auto byte = [&bytes](qsizetype i) {
            return uchar(bytes.at(i));
        };
        qsizetype i = 2;
        while (i + 4 <= bytes.size()) {
            if (byte(i) != 0xFF)
                return Ending::Malformed;
            const uchar marker = byte(i + 1);
            if (marker == 0xFF) {
                ++i;
                continue;
            }
            if (marker == 0xDA)
                return bytes.lastIndexOf(QByteArrayView("\xFF\xD9", 2)) > i ? Ending::Complete : Ending::Truncated;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                i += 2;
                continue;
            }
            i += 2 + ((qsizetype(byte(i + 2)) << 8) | byte(i + 3));
        }
        return Ending::Truncated; // the headers end before the picture begins
    }
    case ImageFormat::Png: {
        // The IEND chunk: length 0, "IEND", CRC.
        const qsizetype end = bytes.lastIndexOf(QByteArrayView("\0\0\0\0IEND", 8));
        return end >= 8 && end + 12 <= bytes.size() ? Ending::Complete : Ending::Truncated;
    }
    case ImageFormat::Gif: {
        qsizetype last = bytes.size() - 1;
        while (last > 0 && bytes.at(last) == 0) // padding after the trailer
            --last;
        return last > 13 && bytes.at(last) == 0x3B ? Ending::Complete : Ending::Truncated;
    }
    default:
        return Ending::Complete;
    }
}

// A refusal for the picture in the header, before any pixel is decoded; empty when it is fine.
QString headerRefusal(const QByteArray &bytes, ImageFormat format, const QString &name)
{
    if (format == ImageFormat::Svg)
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    const Ending end = ending(bytes, format);
    const QString truncated
        = AssetImporterMessages::tr("“%1” is truncated: the file ends before the picture does (was its "
                                    "download or copy cut short?). Nothing was inserted; import the "
                                    "complete file.")
              .arg(name);
    if (!size.isValid() || size.isEmpty()) {
        if (end == Ending::Truncated)
            return truncated;
        return AssetImporterMessages::tr("“%1” is damaged: it starts like an image, but its header does not say how "
                                         "big the picture is. Nothing was inserted.")
            .arg(name);
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > maxPixels) {
        return AssetImporterMessages::tr(
                   "“%1” has too many pixels to open safely: %2 × %3 pixels, %4 million; Masthead "
                   "opens images of at most %5 million pixels. Scale it down in an image editor "
                   "first. Nothing was inserted.")
            .arg(name)
            .arg(size.width())
            .arg(size.height())
            .arg(pixels / 1'000'000)
            .arg(maxPixels / 1'000'000);
    }
    if (end == Ending::Truncated)
        return truncated;
    if (end == Ending::Malformed) {
        return AssetImporterMessages::tr("“%1” is damaged: its structure is broken after the header. Nothing was "
                                         "inserted.")
            .arg(name);
    }
    return {};
}

struct Encoded {
    QByteArray bytes;
    QString extension;
    QSize size;
    bool scaled = false;
    QStringList warnings;
};

QByteArray readerFormat(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return "jpeg";
    case ImageFormat::Png:
        return "png";
    case ImageFormat::Gif:
        return "gif";
    case ImageFormat::Webp:
        return "webp";
    case ImageFormat::Svg:
        return "svg";
    case ImageFormat::Bmp:
        return "bmp";
    case ImageFormat::Tiff:
        return "tiff";
    case ImageFormat::Unknown:
        break;
    }
    return {};
}

// GIF, WebP and SVG: the bytes as they are, with warnings about what the site's limits say.
Encoded copied(const QByteArray &bytes, ImageFormat format, const AssetTarget &target, const QString &name)
{
    Encoded result {bytes, importedExtension(format), {}, false, {}};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, readerFormat(format));
    result.size = format == ImageFormat::Svg ? QSize() : reader.size();
    if (format == ImageFormat::Gif) {
        const bool animated = reader.imageCount() > 1;
        if (bytes.size() > target.maxGifBytes) {
            result.warnings += animated
                ? AssetImporterMessages::tr(
                      "The animated GIF “%1” is %2, more than the site’s limit of %3. It was copied as it "
                      "is: animated GIFs are never re-encoded.")
                      .arg(name, sizeText(bytes.size()), sizeText(target.maxGifBytes))
                : AssetImporterMessages::tr(
                      "The GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is.")
                      .arg(name, sizeText(bytes.size()), sizeText(target.maxGifBytes));
        }
    }
    if (result.size.isValid() && result.size.width() > target.maxWidth) {
        result.warnings
            += AssetImporterMessages::tr("“%1” is %2 pixels wide, wider than the site’s %3. It was copied as it is, "
                                         "not scaled down.")
                   .arg(name)
                   .arg(result.size.width())
                   .arg(target.maxWidth);
    }
    return result;
}

std::expected<Encoded, QString> encoded(const QByteArray &bytes, ImageFormat format, const AssetTarget &target,
                                        const QString &name)
{
    if (const QString refusal = headerRefusal(bytes, format, name); !refusal.isEmpty())
        return std::unexpected(refusal);
    if (format == ImageFormat::Gif || format == ImageFormat::Webp || format == ImageFormat::Svg)
        return copied(bytes, format, target, name);

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, readerFormat(format));
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid())
        return std::unexpected(
            AssetImporterMessages::tr("“%1” cannot be read as an image: %2").arg(name, reader.errorString()));
    const QImageIOHandler::Transformations transformation = reader.transformation();
    const QSize upright
        = transformation.testFlag(QImageIOHandler::TransformationRotate90) ? stored.transposed() : stored;
    const bool rotate = transformation != QImageIOHandler::TransformationNone;
    const bool scale = upright.width() > target.maxWidth;
    const bool keepsFormat = format == ImageFormat::Jpeg || format == ImageFormat::Png;

    if (!scale && !rotate && keepsFormat) {
        return Encoded {format == ImageFormat::Jpeg ? withoutJpegMetadata(bytes) : bytes,
                        importedExtension(format),
                        upright,
                        false,
                        {}};
    }

    const QSize wanted = scale
        ? QSize(target.maxWidth, qMax(1, int(qRound64(double(upright.height()) * target.maxWidth / upright.width()))))
        : upright;
    if (scale && format == ImageFormat::Jpeg) {
        // libjpeg decodes at 1/2, 1/4 or 1/8 of the size far faster than at full size; stay at twice
        // the wanted width or more, so that the smooth scaling after it still has detail to filter.
        int factor = 1;
        while (factor < 8 && upright.width() / (factor * 2) >= 2 * target.maxWidth)
            factor *= 2;
        if (factor > 1) {
            reader.setQuality(25); // allows the decoder's own scaling
            reader.setScaledSize(
                QSize((stored.width() + factor - 1) / factor, (stored.height() + factor - 1) / factor));
        }
    }
    QImage image = reader.read();
    if (image.isNull())
        return std::unexpected(AssetImporterMessages::tr("“%1” is damaged: its picture data cannot be decoded "
                                                         "(%2). Nothing was inserted.")
                                   .arg(name, reader.errorString()));
    if (image.size() != wanted)
        image = image.scaled(wanted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    QByteArray out;
    QBuffer outBuffer(&out);
    outBuffer.open(QIODevice::WriteOnly);
    const bool jpeg = format == ImageFormat::Jpeg;
    if (jpeg && image.hasAlphaChannel())
        image = image.convertToFormat(QImage::Format_RGB32);
    QImageWriter writer(&outBuffer, jpeg ? "jpeg" : "png");
    if (jpeg) {
        writer.setQuality(AssetImporter::jpegQuality);
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(image))
        return std::unexpected(
            AssetImporterMessages::tr("“%1” could not be converted: %2").arg(name, writer.errorString()));
    return Encoded {out, jpeg ? u"jpg"_s : u"png"_s, image.size(), scale, {}};
}

QString humanised(const QString &baseName)
{
    static const QRegularExpression separators(u"[-_+.\\s]+"_s);
    return QString(baseName).replace(separators, u" "_s).trimmed();
}

QString slugFor(const ImageSource &source)
{
    QString slug = slugify(source.alt);
    if (slug.isEmpty())
        slug = slugify(QFileInfo(source.name.isEmpty() ? source.filePath : source.name).completeBaseName());
    if (slug.size() > maxSlugLength) {
        slug.truncate(maxSlugLength);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    return slug.isEmpty() ? u"image"_s : slug;
}

// "name.ext" -> "name-2.ext"
QString withSuffix(const QString &fileName, int n)
{
    if (n <= 1)
        return fileName;
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const qsizetype slash = fileName.lastIndexOf(u'/');
    if (dot <= slash + 1)
        return fileName + u'-' + QString::number(n);
    return fileName.first(dot) + u'-' + QString::number(n) + fileName.sliced(dot);
}

std::optional<QDate> postDay(const QString &postPath, QStringView text)
{
    if (const auto frontMatter = FrontMatter::parseDocument(text); frontMatter && frontMatter->date())
        return frontMatter->date()->day;
    return dateOfFileName(QFileInfo(postPath).fileName());
}

// The absolute file a link target names, or empty.
QString resolvedTarget(const AssetTarget &target, QString link)
{
    link = link.trimmed();
    if (link.startsWith(u'<') && link.endsWith(u'>'))
        link = link.sliced(1, link.size() - 2);
    if (const qsizetype space = link.indexOf(u' '); space > 0)
        link.truncate(space); // a title follows
    if (const qsizetype cut = link.indexOf(QRegularExpression(u"[?#]"_s)); cut >= 0)
        link.truncate(cut);
    link = QUrl::fromPercentEncoding(link.toUtf8());
    if (link.startsWith(u'/') && !link.startsWith(u"//") && !target.siteRoot.isEmpty())
        return QDir::cleanPath(target.siteRoot + link);
    if (isRelativeFileTarget(link))
        return QDir::cleanPath(target.postFolder + link);
    return {};
}

} // namespace

QString AssetTarget::referenceTo(const QString &absoluteFile) const
{
    return QDir(postFolder).relativeFilePath(absoluteFile);
}

std::optional<AssetTarget> issueAssetTarget(const Site *site, const QString &postPath, QStringView text)
{
    if (postPath.isEmpty() || !site)
        return std::nullopt;
    const auto day = postDay(postPath, text);
    if (!day)
        return std::nullopt;
    const SiteSettings &settings = site->settings();
    AssetTarget target;
    target.folder = site->assetsFolderFor(*day);
    target.postFolder = folderWithSlash(QFileInfo(postPath).absolutePath());
    target.siteRoot = folderWithSlash(site->rootPath());
    target.fileNamePattern = settings.imageFile;
    target.date = *day;
    target.maxWidth = settings.maxImageWidth;
    target.maxGifBytes = settings.maxGifBytes;
    target.snippet = settings.imageSnippet;
    return target;
}

AssetTarget assetTargetInFolder(const Site *site, const QString &postPath, const QString &folder)
{
    AssetTarget target;
    target.postFolder = folderWithSlash(QFileInfo(postPath).absolutePath());
    target.folder = folder.isEmpty() ? target.postFolder : folderWithSlash(folder);
    if (site && !postPath.isEmpty()) {
        target.siteRoot = folderWithSlash(site->rootPath());
        target.maxWidth = site->settings().maxImageWidth;
        target.maxGifBytes = site->settings().maxGifBytes;
        target.snippet = site->settings().imageSnippet;
    }
    return target;
}

ImageFormat sniffImageFormat(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return ImageFormat::Jpeg;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return ImageFormat::Png;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return ImageFormat::Gif;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return ImageFormat::Webp;
    if (bytes.startsWith("BM") && bytes.size() >= 26)
        return ImageFormat::Bmp;
    if (bytes.startsWith(QByteArrayView("II*\0", 4)) || bytes.startsWith(QByteArrayView("MM\0*", 4)))
        return ImageFormat::Tiff;
    // SVG: XML whose first element is <svg>, after an optional BOM, declaration, comments, doctype.
    QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    if (head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")
        || head.startsWith("<!DOCTYPE svg")) {
        const qsizetype svg = head.indexOf("<svg");
        const QByteArray lower = head.toByteArray().toLower();
        if (svg >= 0 && !lower.contains("<html"))
            return ImageFormat::Svg;
    }
    return ImageFormat::Unknown;
}

QString importedExtension(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return u"jpg"_s;
    case ImageFormat::Png:
    case ImageFormat::Bmp:
    case ImageFormat::Tiff:
        return u"png"_s;
    case ImageFormat::Gif:
        return u"gif"_s;
    case ImageFormat::Webp:
        return u"webp"_s;
    case ImageFormat::Svg:
        return u"svg"_s;
    case ImageFormat::Unknown:
        break;
    }
    return {};
}

AssetImporter::AssetImporter(AssetTarget target)
    : m_target(std::move(target))
{
}

ImportResult AssetImporter::import(const ImageSource &source) const
{
    const QString name = !source.name.isEmpty() ? source.name
        : !source.filePath.isEmpty()            ? QFileInfo(source.filePath).fileName()
                                                : AssetImporterMessages::tr("the pasted image");
    QByteArray bytes = source.data;
    if (!source.filePath.isEmpty()) {
        QFile file(source.filePath);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                AssetImporterMessages::tr("Could not read %1: %2").arg(shown(source.filePath), file.errorString()));
        if (file.size() > maxSourceBytes) {
            return std::unexpected(AssetImporterMessages::tr("“%1” is %2; Masthead imports images of at most %3.")
                                       .arg(name, sizeText(file.size()), sizeText(maxSourceBytes)));
        }
        bytes = file.readAll();
    }
    if (bytes.isEmpty())
        return std::unexpected(AssetImporterMessages::tr("“%1” is empty.").arg(name));

    const ImageFormat format = sniffImageFormat(bytes);
    if (format == ImageFormat::Unknown) {
        return std::unexpected(
            AssetImporterMessages::tr("“%1” is not an image: its content is not JPEG, PNG, GIF, WebP or SVG, "
                                      "whatever its name says. Nothing was inserted.")
                .arg(name));
    }
    auto result = encoded(bytes, format, m_target, name);
    if (!result)
        return std::unexpected(result.error());

    const QString slug = slugFor(source);
    const QString fileName
        = expandPattern(m_target.fileNamePattern, m_target.date, {{u"slug"_s, slug}, {u"ext"_s, result->extension}});

    ImportedImage image;
    image.alt = !source.alt.isEmpty()                        ? source.alt
        : source.name.isEmpty() && source.filePath.isEmpty() ? QString()
                                                             : humanised(QFileInfo(name).completeBaseName());
    image.size = result->size;
    image.bytes = result->bytes.size();
    image.scaled = result->scaled;
    image.warnings = result->warnings;

    // Images land inside the site (or, for a post outside a site, inside the chosen folder), whatever
    // assets_folder, image_file and symbolic links say (docs/security.md).
    const QString boundary = m_target.siteRoot.isEmpty() ? m_target.folder : m_target.siteRoot;
    for (int n = 1; n <= maxSuffix;) {
        const QString path = QDir::cleanPath(m_target.folder + withSuffix(fileName, n));
        if (!isInsideFolder(boundary, path)) {
            return std::unexpected(
                AssetImporterMessages::tr("The image would be written to %1, outside the site; Masthead never writes "
                                          "there. Check “assets_folder” and “image_file” in %2, and symbolic links in "
                                          "the assets folder.")
                    .arg(shown(path), QLatin1String(SiteSettings::fileName)));
        }
        const QFileInfo info(path);
        if (info.exists()) {
            if (info.isFile() && info.size() == result->bytes.size() && fileBytes(path) == result->bytes) {
                image.filePath = path;
                image.reference = m_target.referenceTo(path);
                image.reused = true;
                return image;
            }
            ++n;
            continue;
        }
        if (!QDir().mkpath(info.absolutePath()))
            return std::unexpected(
                AssetImporterMessages::tr("Could not create the folder %1.").arg(shown(info.absolutePath())));
        const auto written = writeNewFile(path, result->bytes);
        if (!written) {
            if (QFileInfo::exists(path))
                continue; // someone else made it meanwhile: look at it again
            return std::unexpected(written.error());
        }
        image.filePath = path;
        image.reference = m_target.referenceTo(path);
        return image;
    }
    return std::unexpected(AssetImporterMessages::tr("There are too many images named like %1 in %2.")
                               .arg(fileName, shown(m_target.folder)));
}

QFuture<ImportResult> AssetImporter::importLater(const ImageSource &source, QThreadPool *pool) const
{
    return QtConcurrent::run(pool ? pool : importPool(), [importer = *this, source, ownPool = !pool] {
#ifdef Q_OS_LINUX
        // Decoding a photo takes a whole core for a while: let the GUI thread go first. On Linux the
        // nice value is per thread, and these threads only ever import.
        if (ownPool)
            setpriority(PRIO_PROCESS, 0, 10);
#else
        Q_UNUSED(ownPool);
#endif
        return importer.import(source);
    });
}

QThreadPool *AssetImporter::importPool()
{
    QThreadPool *pool = threadPool();
    // One core is left to the GUI thread; a drop of thirty photos decodes them one or two at a time
    // instead of holding thirty decoded photos in memory at once.
    static const bool configured = [pool] {
        pool->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        pool->setObjectName(QStringLiteral("image import"));
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

QList<AssetInfo> listAssets(const AssetTarget &target, QStringView markdown)
{
    QSet<QString> referenced;
    for (const LinkTarget &link : linkTargets(markdown)) {
        const QString file = resolvedTarget(target, markdown.sliced(link.begin, link.end - link.begin).toString());
        if (!file.isEmpty())
            referenced.insert(file);
    }
    // Older issues: ![x]({{ "/assets/x.jpg" | absolute_url }})
    static const QRegularExpression liquidPath(uR"re(\{\{\s*["'](/[^"']+)["'])re"_s);
    for (auto it = liquidPath.globalMatchView(markdown); it.hasNext();) {
        const QString file = resolvedTarget(target, it.next().captured(1));
        if (!file.isEmpty())
            referenced.insert(file);
    }

    QList<AssetInfo> assets;
    const QDir folder(target.folder);
    const QFileInfoList files = folder.entryInfoList(QDir::Files, QDir::Name | QDir::IgnoreCase);
    const QString boundary = target.siteRoot.isEmpty() ? target.folder : target.siteRoot;
    for (const QFileInfo &file : files) {
        if (!isImageFileName(file.fileName()) || !isInsideFolder(boundary, file.absoluteFilePath()))
            continue;
        AssetInfo info;
        info.filePath = file.absoluteFilePath();
        info.reference = target.referenceTo(info.filePath);
        info.bytes = file.size();
        QImageReader reader(info.filePath);
        reader.setAutoTransform(true);
        const QSize stored = reader.size();
        info.size
            = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90) ? stored.transposed() : stored;
        info.referenced = referenced.contains(QDir::cleanPath(info.filePath));
        assets.append(info);
    }
    return assets;
}

} // namespace Masthead
