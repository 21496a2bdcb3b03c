// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/images/assetimporter.h"

#include "core/site/site.h"
#include "support/sitefixture.h"
#include "support/testimages.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// A newsletter-like target inside dir: dated folder, the newsletter's file pattern.
AssetTarget newsletterTarget(const QTemporaryDir &dir)
{
    AssetTarget target;
    target.postFolder = dir.path() + u"/_drafts/"_s;
    target.folder = dir.path() + u"/assets/20231009/"_s;
    target.siteRoot = dir.path() + u'/';
    target.fileNamePattern = u"{yyyyMMdd}{slug}.{ext}"_s;
    target.date = QDate(2023, 10, 9);
    return target;
}

// CRC-32 as PNG chunks carry it.
quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    const auto be32 = [&chunk](quint32 v) {
        chunk += char(v >> 24);
        chunk += char(v >> 16);
        chunk += char(v >> 8);
        chunk += char(v);
    };
    be32(quint32(data.size()));
    const QByteArray body = QByteArray(type) + data;
    chunk += body;
    be32(crc32(body));
    return chunk;
}

// A decompression bomb: a well-formed PNG header declaring a 1-bit picture of width x height, a
// few compressed rows of zeros, and the end chunk. Its file is tiny; its picture would take
// gigabytes.
QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray header;
    for (const quint32 v : {width, height}) {
        header += char(v >> 24);
        header += char(v >> 16);
        header += char(v >> 8);
        header += char(v);
    }
    header += QByteArray("\x01\x00\x00\x00\x00", 5); // 1 bit, greyscale, deflate, no filter, no interlace
    const QByteArray rows = qCompress(QByteArray(4 * (1 + int((width + 7) / 8)), '\0')).sliced(4); // zlib stream
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", rows)
        + pngChunk("IEND", {});
}

QString source(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(u"incoming/"_s + name);
    writeAll(path, bytes);
    return path;
}

QImage readBack(const QString &path, QByteArray *format = nullptr)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (format)
        *format = reader.format();
    return reader.read();
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) < 60;
}
bool isGrey(QRgb pixel)
{
    return qAbs(qRed(pixel) - 128) < 20 && qAbs(qGreen(pixel) - 128) < 20 && qAbs(qBlue(pixel) - 128) < 20;
}
} // namespace

class AssetImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsFormats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ImageFormat>("format");
        QTest::newRow("jpeg") << encodedImage(cornerImage(20, 10), "jpeg") << ImageFormat::Jpeg;
        QTest::newRow("png") << encodedImage(cornerImage(20, 10), "png") << ImageFormat::Png;
        QTest::newRow("gif") << animatedGif() << ImageFormat::Gif;
        QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << ImageFormat::Svg;
        QTest::newRow("svg with declaration")
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x -->\n<svg width=\"3\"></svg>")
            << ImageFormat::Svg;
        QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << ImageFormat::Webp;
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body><svg></svg></body></html>")
                              << ImageFormat::Unknown;
        QTest::newRow("text") << QByteArray("just some text") << ImageFormat::Unknown;
        QTest::newRow("empty") << QByteArray() << ImageFormat::Unknown;
    }
    void sniffsFormats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ImageFormat, format);
        QCOMPARE(sniffImageFormat(bytes), format);
    }

    void bigRotatedJpegIsScaledTurnedAndJpeg()
    {
        QTemporaryDir dir;
        // Stored landscape 4000x3000; orientation 6 shows it turned a quarter clockwise (3000x4000),
        // so the red top-left corner shows at the top right.
        const QByteArray original = withExifOrientation(encodedImage(cornerImage(4000, 3000), "jpeg", 90), 6);
        const QString path = source(dir, u"Big Photo.JPG"_s, original);
        const QDateTime modified = QFileInfo(path).lastModified();

        const auto result = AssetImporter(newsletterTarget(dir)).import({path, {}, {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009big-photo.jpg"_s);
        QCOMPARE(result->reference, u"../assets/20231009/20231009big-photo.jpg"_s);
        QCOMPARE(result->size, QSize(550, 733));
        QVERIFY(result->scaled);
        QVERIFY(!result->reused);
        QCOMPARE(result->alt, u"Big Photo"_s);

        QByteArray format;
        const QImage image = readBack(result->filePath, &format);
        QCOMPARE(format, QByteArray("jpeg"));
        QCOMPARE(image.size(), QSize(550, 733));
        QVERIFY2(isRed(image.pixel(540, 10)), "the red corner is at the top right");
        QVERIFY(isGrey(image.pixel(10, 10)));
        QVERIFY(isGrey(image.pixel(540, 720)));
        // No orientation tag is left to turn it twice.
        QImageReader plain(result->filePath);
        QCOMPARE(plain.transformation(), QImageIOHandler::TransformationNone);

        QCOMPARE(readAll(path), original);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void smallJpegKeepsItsPixelsAndLosesItsMetadata()
    {
        QTemporaryDir dir;
        const QByteArray plain = encodedImage(cornerImage(300, 200), "jpeg", 90);
        const QByteArray withExif = withExifOrientation(plain, 1);
        const auto result
            = AssetImporter(newsletterTarget(dir)).import({source(dir, u"small.jpeg"_s, withExif), {}, {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009small.jpg"_s);
        QCOMPARE(readAll(result->filePath), plain); // the Exif segment gone, every other byte kept
        QVERIFY(!result->scaled);
    }

    void smallPngIsKeptByteIdentical()
    {
        QTemporaryDir dir;
        const QByteArray png = encodedImage(cornerImage(300, 200), "png");
        const auto result = AssetImporter(newsletterTarget(dir)).import({source(dir, u"Chart.PNG"_s, png), {}, {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009chart.png"_s);
        QCOMPARE(readAll(result->filePath), png);
        QCOMPARE(result->size, QSize(300, 200));
        QVERIFY(result->warnings.isEmpty());
    }

    void widePngIsScaledLosslessly()
    {
        QTemporaryDir dir;
        const QImage original = cornerImage(1100, 200);
        const auto result
            = AssetImporter(newsletterTarget(dir)).import({{}, encodedImage(original, "png"), u"wide.png"_s, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QByteArray format;
        const QImage image = readBack(result->filePath, &format);
        QCOMPARE(format, QByteArray("png"));
        QCOMPARE(image.size(), QSize(550, 100));
        // Lossless: the flat areas come out exactly.
        QCOMPARE(image.pixel(300, 60), original.pixel(600, 120));
        QCOMPARE(image.pixel(10, 5), qRgb(255, 0, 0));
    }

    void animatedGifIsCopiedWithWarnings_data()
    {
        QTest::addColumn<quint16>("width");
        QTest::addColumn<qint64>("maxGifBytes");
        QTest::addColumn<int>("warnings");
        QTest::newRow("small") << quint16(2) << qint64(1024 * 1024) << 0;
        QTest::newRow("over the size limit") << quint16(2) << qint64(20) << 1;
        QTest::newRow("wider than the max") << quint16(600) << qint64(1024 * 1024) << 1;
        QTest::newRow("both") << quint16(600) << qint64(20) << 2;
    }
    void animatedGifIsCopiedWithWarnings()
    {
        QFETCH(quint16, width);
        QFETCH(qint64, maxGifBytes);
        QFETCH(int, warnings);
        QTemporaryDir dir;
        AssetTarget target = newsletterTarget(dir);
        target.maxGifBytes = maxGifBytes;
        const QByteArray gif = animatedGif(width);
        QCOMPARE(QImageReader(source(dir, u"probe.gif"_s, gif)).imageCount(), 2);
        const auto result = AssetImporter(target).import({source(dir, u"Spin.GIF"_s, gif), {}, {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009spin.gif"_s);
        QCOMPARE(readAll(result->filePath), gif);
        QCOMPARE(result->warnings.size(), warnings);
        QVERIFY(!result->scaled);
    }

    void svgIsCopied()
    {
        QTemporaryDir dir;
        const QByteArray svg("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" "
                             "height=\"10\"><rect width=\"900\" height=\"10\"/></svg>\n");
        const auto result = AssetImporter(newsletterTarget(dir)).import({source(dir, u"Logo.SVG"_s, svg), {}, {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009logo.svg"_s);
        QCOMPARE(readAll(result->filePath), svg);
    }

    // A damaged file is refused with the reason in plain words, never imported with a grey band.
    void damagedImagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray bigJpeg = encodedImage(cornerImage(1200, 800), "jpeg", 90);
        const QByteArray smallJpeg = encodedImage(cornerImage(300, 200), "jpeg", 90);
        const QByteArray png = encodedImage(cornerImage(300, 200), "png");
        QTest::newRow("truncated JPEG to scale") << bigJpeg.first(bigJpeg.size() * 6 / 10) << u"truncated"_s;
        QTest::newRow("truncated JPEG to copy") << smallJpeg.first(smallJpeg.size() * 6 / 10) << u"truncated"_s;
        QTest::newRow("JPEG cut before its last two bytes") << smallJpeg.chopped(2) << u"truncated"_s;
        QTest::newRow("header-only JPEG") << smallJpeg.first(smallJpeg.indexOf("\xFF\xDA")) << u"truncated"_s;
        QTest::newRow("JPEG without a frame header")
            << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20) << u"truncated"_s;
        QTest::newRow("JPEG magic then noise") << QByteArray("\xFF\xD8\xFF\xE0\x00\x04"
                                                             "ab",
                                                             8)
                + QByteArray(500, 'x') << u"damaged"_s;
        QTest::newRow("truncated PNG") << png.first(png.size() / 2) << u"truncated"_s;
        QTest::newRow("PNG bomb 50,000 squared") << pngBomb(50'000, 50'000) << u"too many pixels"_s;
        QTest::newRow("PNG bomb 100,000 x 1,000") << pngBomb(100'000, 1'000) << u"too many pixels"_s;
        const QByteArray gif = animatedGif(40);
        QTest::newRow("truncated GIF") << gif.first(gif.size() - 8) << u"truncated"_s;
    }

    void damagedImagesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const AssetTarget target = newsletterTarget(dir);
        const auto result = AssetImporter(target).import({source(dir, u"photo.img"_s, bytes), {}, {}, {}});
        QVERIFY(!result);
        QVERIFY2(result.error().contains(reason) && result.error().contains(u"photo.img"_s),
                 qPrintable(result.error()));
        QVERIFY(!result.error().contains(u"Unknown error"_s));
        QVERIFY(!QDir(target.folder).exists());
    }

    // What is complete is still imported: bytes after a JPEG's end (some cameras append data), and a
    // PNG just under the pixel limit's reach is not refused for its size.
    void completeImagesWithTrailingBytesAreImported()
    {
        QTemporaryDir dir;
        const AssetTarget target = newsletterTarget(dir);
        const QByteArray jpeg = encodedImage(cornerImage(300, 200), "jpeg", 90) + QByteArray(64, '\0') + "trailer";
        const auto result = AssetImporter(target).import({source(dir, u"photo.jpg"_s, jpeg), {}, {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(result->size, QSize(300, 200));
    }

    void textNamedJpgIsRefused()
    {
        QTemporaryDir dir;
        const AssetTarget target = newsletterTarget(dir);
        const auto result
            = AssetImporter(target).import({source(dir, u"photo.jpg"_s, "not an image at all\n"), {}, {}, {}});
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"photo.jpg"_s) && result.error().contains(u"not an image"_s),
                 qPrintable(result.error()));
        QVERIFY(!QDir(target.folder).exists());
    }

    void upperCaseExtensionBecomesLowerCase()
    {
        QTemporaryDir dir;
        const auto result
            = AssetImporter(newsletterTarget(dir))
                  .import({source(dir, u"IMG_0042.JPG"_s, encodedImage(cornerImage(40, 30), "jpeg")), {}, {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009img-0042.jpg"_s);
    }

    void slugComesFromTheAltTextFirst()
    {
        QTemporaryDir dir;
        const auto result = AssetImporter(newsletterTarget(dir))
                                .import({source(dir, u"IMG_0042.jpg"_s, encodedImage(cornerImage(40, 30), "jpeg")),
                                         {},
                                         {},
                                         u"Python 3.12 released!"_s});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009python-3-12-released.jpg"_s);
        QCOMPARE(result->alt, u"Python 3.12 released!"_s);
    }

    void pastedImageWithoutName()
    {
        QTemporaryDir dir;
        const auto result
            = AssetImporter(newsletterTarget(dir)).import({{}, encodedImage(cornerImage(40, 30), "png"), {}, {}});
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(QFileInfo(result->filePath).fileName(), u"20231009image.png"_s);
        QVERIFY(result->alt.isEmpty());
    }

    void collisionsGetASuffixIdenticalFilesAreReused()
    {
        QTemporaryDir dir;
        const AssetTarget target = newsletterTarget(dir);
        const QByteArray mine = encodedImage(cornerImage(40, 30), "png");
        const QByteArray other = encodedImage(cornerImage(50, 30), "png");
        QVERIFY(writeAll(target.folder + u"20231009photo.png"_s, other));

        const AssetImporter importer(target);
        const auto first = importer.import({source(dir, u"photo.png"_s, mine), {}, {}, {}});
        QVERIFY2(first, qPrintable(errorText(first)));
        QCOMPARE(QFileInfo(first->filePath).fileName(), u"20231009photo-2.png"_s);
        QVERIFY(!first->reused);
        QCOMPARE(readAll(target.folder + u"20231009photo.png"_s), other); // never replaced

        // The same image again: the -2 file is reused, nothing new is written.
        const auto again = importer.import({source(dir, u"photo.png"_s, mine), {}, {}, {}});
        QVERIFY2(again, qPrintable(errorText(again)));
        QCOMPARE(again->filePath, first->filePath);
        QVERIFY(again->reused);

        // A byte-identical file under the first name is reused as it is.
        const auto identical = importer.import({source(dir, u"photo.png"_s, other), {}, {}, {}});
        QVERIFY2(identical, qPrintable(errorText(identical)));
        QCOMPARE(QFileInfo(identical->filePath).fileName(), u"20231009photo.png"_s);
        QVERIFY(identical->reused);

        // A third different image goes on to -3.
        const auto third
            = importer.import({source(dir, u"photo.png"_s, encodedImage(cornerImage(60, 30), "png")), {}, {}, {}});
        QVERIFY2(third, qPrintable(errorText(third)));
        QCOMPARE(QFileInfo(third->filePath).fileName(), u"20231009photo-3.png"_s);
        QCOMPARE(QDir(target.folder).entryList(QDir::Files).size(), 3);
    }

    void reimportingAScaledJpegReusesIt()
    {
        QTemporaryDir dir;
        const AssetImporter importer(newsletterTarget(dir));
        const QString path = source(dir, u"wide.jpg"_s, encodedImage(cornerImage(1200, 600), "jpeg"));
        const auto first = importer.import({path, {}, {}, {}});
        const auto second = importer.import({path, {}, {}, {}});
        QVERIFY(first && second);
        QCOMPARE(second->filePath, first->filePath);
        QVERIFY(second->reused);
        QCOMPARE(QDir(importer.target().folder).entryList(QDir::Files).size(), 1);
    }

    void importLaterDeliversTheSameResult()
    {
        QTemporaryDir dir;
        const AssetImporter importer(newsletterTarget(dir));
        auto future = importer.importLater({{}, encodedImage(cornerImage(800, 400), "jpeg"), u"later.jpg"_s, {}});
        future.waitForFinished();
        const ImportResult result = future.result();
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(result->size, QSize(550, 275));
    }

    void issueTargetFromTheSite()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"_config.yml"_s), "title: x\n"));
        const QString draft = dir.filePath(u"_drafts/2023-10-09-draft.md"_s);
        const QString text = u"---\ndate: 2023-10-16 07:00:00 -0800\n---\n"_s;
        QVERIFY(writeAll(draft, text.toUtf8()));
        const auto site = Site::find(draft);
        QVERIFY(site);
        const auto target = issueAssetTarget(&*site, draft, text);
        QVERIFY(target);
        QCOMPARE(target->folder, QDir(dir.path()).absolutePath() + u"/assets/20231016/"_s); // front matter wins
        QCOMPARE(target->fileNamePattern, u"{yyyyMMdd}{slug}.{ext}"_s);
        QCOMPARE(target->maxWidth, 550);
        QCOMPARE(target->referenceTo(target->folder + u"20231016x.jpg"_s), u"../assets/20231016/20231016x.jpg"_s);

        // Undated, or outside a site: no issue folder; beside the post instead.
        const QString undated = dir.filePath(u"pages/about.md"_s);
        QVERIFY(writeAll(undated, "# About\n"));
        QVERIFY(!issueAssetTarget(&*site, undated, u"# About\n"));
        QVERIFY(!issueAssetTarget(nullptr, draft, text));
        const AssetTarget beside = assetTargetInFolder(&*site, undated);
        QCOMPARE(beside.folder, QDir(dir.path()).absolutePath() + u"/pages/"_s);
        QCOMPARE(beside.referenceTo(beside.folder + u"x.jpg"_s), u"x.jpg"_s);
        QVERIFY(!issueAssetTarget(&*site, QString(), text));
    }

    void listsAssetsAndWhetherTheyAreReferenced()
    {
        QTemporaryDir dir;
        const AssetTarget target = newsletterTarget(dir);
        QVERIFY(writeAll(target.folder + u"20231009a.png"_s, encodedImage(cornerImage(40, 30), "png")));
        QVERIFY(writeAll(target.folder + u"20231009b.jpg"_s, encodedImage(cornerImage(60, 20), "jpeg")));
        QVERIFY(writeAll(target.folder + u"20231009c.gif"_s, animatedGif()));
        QVERIFY(writeAll(target.folder + u"notes.txt"_s, "x"));
        const QString markdown = u"[![a](../assets/20231009/20231009a.png)](url)\n"
                                 "![c]({{ \"/assets/20231009/20231009c.gif\" | absolute_url }})\n"
                                 "```\n![b](../assets/20231009/20231009b.jpg)\n```\n"_s;
        const QList<AssetInfo> assets = listAssets(target, markdown);
        QCOMPARE(assets.size(), 3);
        QCOMPARE(QFileInfo(assets[0].filePath).fileName(), u"20231009a.png"_s);
        QCOMPARE(assets[0].size, QSize(40, 30));
        QVERIFY(assets[0].referenced);
        QCOMPARE(assets[1].size, QSize(60, 20));
        QVERIFY2(!assets[1].referenced, "a link inside a code fence does not count");
        QVERIFY(assets[2].referenced);
        QCOMPARE(assets[0].reference, u"../assets/20231009/20231009a.png"_s);
        QVERIFY(assets[0].bytes > 0);
    }
};

QTEST_GUILESS_MAIN(AssetImporterTest)
#include "assetimporter_test.moc"
