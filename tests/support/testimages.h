// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Images made by the tests themselves: no binaries in the repository.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

namespace MastheadTest
{

// A grey image with its top-left corner (a tenth of each side) red.
inline QImage cornerImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 10, height / 10, QColor(255, 0, 0));
    return image;
}

inline QByteArray encodedImage(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

// jpeg with an APP1 Exif segment holding only the Orientation tag, right after the SOI marker.
inline QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff("MM\0*\0\0\0\x08", 8); // big-endian TIFF header, first IFD at offset 8
    tiff += QByteArray("\0\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8); // Orientation, SHORT, count 1
    tiff += char(orientation >> 8);
    tiff += char(orientation & 0xFF);
    tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0'); // no next IFD
    QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    segment += payload;
    return jpeg.first(2) + segment + jpeg.sliced(2);
}

// A 2-frame animated GIF89a, width x 1 logical screen, 1x1 frames: black, then white.
inline QByteArray animatedGif(quint16 width = 2)
{
    QByteArray gif("GIF89a");
    gif += char(width & 0xFF);
    gif += char(width >> 8);
    gif += QByteArray("\x01\x00", 2); // height 1
    gif += QByteArray("\x80\x00\x00", 3); // global colour table of 2 entries
    gif += QByteArray("\x00\x00\x00\xFF\xFF\xFF", 6);
    gif += QByteArray("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19); // loop forever
    const QByteArray control("\x21\xF9\x04\x00\x0A\x00\x00\x00", 8); // 0.1 s per frame
    const QByteArray descriptor("\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00", 10);
    gif += control + descriptor + QByteArray("\x02\x02\x44\x01\x00", 5); // pixel 0
    gif += control + descriptor + QByteArray("\x02\x02\x4C\x01\x00", 5); // pixel 1
    gif += ';';
    return gif;
}

} // namespace MastheadTest
