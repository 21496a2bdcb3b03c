// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Build tool: draws the scalable icon at one size into a PNG, for the hicolor theme's fixed sizes.
// Usage: masthead_rendericon ICON.svg SIZE OUT.png

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Offscreen: a build machine has no display, and drawing into a QImage needs none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: masthead_rendericon ICON.svg SIZE OUT.png\n");
        return 2;
    }
    bool ok = false;
    const int size = arguments.at(2).toInt(&ok);
    QSvgRenderer renderer(arguments.at(1));
    if (!ok || size <= 0 || !renderer.isValid()) {
        std::fprintf(stderr, "masthead_rendericon: cannot draw %s at size %s\n", qPrintable(arguments.at(1)),
                     qPrintable(arguments.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(arguments.at(3), "PNG")) {
        std::fprintf(stderr, "masthead_rendericon: cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
