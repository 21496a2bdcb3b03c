// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// images-bench [N]: imports a generated 12-megapixel JPEG (4000x3000, EXIF orientation 6) N times
// (default 20) and prints p50/p95/max of the import time, and the longest the GUI thread went
// without running its 1 ms heartbeat timer while the imports ran:
//   core  AssetImporter::importLater() from the event loop, into a fresh folder each time;
//   idle  no import at all: what the machine's load alone does to the heartbeat;
//   drop  the same file dropped on a SourceEditor (ImageDropHandler), until its snippet is inserted.
// Not part of the test run. Build optimised: cmake --preset bench -B build/bench-images, then
// cmake --build build/bench-images --target images-bench.

#include "core/document.h"
#include "core/images/assetimporter.h"
#include "editor/imagedrophandler.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"
#include "support/testimages.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Masthead;
using namespace Qt::StringLiterals;

namespace
{
// A photo-like 4000x3000 image: gradients with noise, so that the JPEG is as big as a camera's.
QByteArray twelveMegapixelJpeg()
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = int(random.bounded(24));
            line[x] = qRgb((x / 16 + noise) & 0xFF, (y / 12 + noise) & 0xFF, ((x + y) / 28 + noise) & 0xFF);
        }
    }
    return MastheadTest::withExifOrientation(MastheadTest::encodedImage(image, "jpeg", 92), 6);
}

// The longest gap between ticks of a 1 ms timer on the GUI thread while it runs.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void report(const char *what, const QList<double> &times, const QList<double> &stalls)
{
    std::printf("%-5s import ms: p50 %.1f  p95 %.1f  max %.1f   | GUI stall ms: p50 %.1f  p95 %.1f  max %.1f  (n=%d)\n",
                what, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0), percentile(stalls, 0.5),
                percentile(stalls, 0.95), percentile(stalls, 1.0), int(times.size()));
}

AssetTarget targetIn(const QString &root, int i)
{
    AssetTarget target;
    target.postFolder = root + u"/_drafts/"_s;
    target.folder = root + u"/assets/run%1/"_s.arg(i);
    target.siteRoot = root + u'/';
    target.fileNamePattern = u"{yyyyMMdd}{slug}.{ext}"_s;
    target.date = QDate(2023, 10, 9);
    return target;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;

    QTemporaryDir dir;
    const QString source = dir.filePath(u"camera/IMG_1234.JPG"_s);
    {
        const QByteArray jpeg = twelveMegapixelJpeg();
        if (!MastheadTest::writeAll(source, jpeg))
            return 1;
        std::printf("source: 4000x3000 JPEG, EXIF orientation 6, %.1f MB; %d imports each\n", jpeg.size() / 1e6, runs);
    }

    Heartbeat heartbeat;
    {
        // What the machine itself does to a 1 ms timer, with nothing to import.
        QList<double> stalls;
        for (int i = 0; i < runs; ++i) {
            heartbeat.start();
            QEventLoop loop;
            QTimer::singleShot(150, &loop, &QEventLoop::quit);
            loop.exec();
            stalls.append(heartbeat.stop());
        }
        std::printf(
            "idle  (no import, 150 ms each)               | GUI stall ms: p50 %.1f  p95 %.1f  max %.1f  (n=%d)\n",
            percentile(stalls, 0.5), percentile(stalls, 0.95), percentile(stalls, 1.0), int(stalls.size()));
    }
    {
        QList<double> times;
        QList<double> stalls;
        for (int i = 0; i < runs; ++i) {
            QEventLoop loop;
            QFutureWatcher<ImportResult> watcher;
            QObject::connect(&watcher, &QFutureWatcher<ImportResult>::finished, &loop, &QEventLoop::quit);
            heartbeat.start();
            QElapsedTimer clock;
            clock.start();
            watcher.setFuture(AssetImporter(targetIn(dir.path(), i)).importLater({source, {}, {}, {}}));
            loop.exec();
            times.append(double(clock.nsecsElapsed()) / 1e6);
            stalls.append(heartbeat.stop());
            const ImportResult result = watcher.result();
            if (!result || result->size != QSize(550, 733)) {
                std::fprintf(stderr, "import failed: %s\n", result ? "wrong size" : qPrintable(result.error()));
                return 1;
            }
        }
        report("core", times, stalls);
    }

    {
        Document document;
        const QString post = dir.filePath(u"_drafts/2023-10-09-draft.md"_s);
        if (!MastheadTest::writeAll(post, "---\ndate: 2023-10-09\n---\n\nText\n"))
            return 1;
        if (!document.load(post))
            return 1;
        SourceEditor editor;
        editor.setMarkdownDocument(&document);
        editor.resize(800, 600);
        editor.show();
        auto *handler = new ImageDropHandler(&editor);
        int run = 0;
        handler->setTargetProvider([&] { return std::optional(targetIn(dir.path() + u"/drop"_s, run)); });
        QList<double> times;
        QList<double> stalls;
        for (run = 0; run < runs; ++run) {
            QEventLoop loop;
            QObject::connect(handler, &ImageDropHandler::imagesInserted, &loop, &QEventLoop::quit);
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(source)});
            heartbeat.start();
            QElapsedTimer clock;
            clock.start();
            QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(editor.viewport(), &enter);
            QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(editor.viewport(), &drop);
            loop.exec();
            times.append(double(clock.nsecsElapsed()) / 1e6);
            stalls.append(heartbeat.stop());
            editor.undo();
        }
        report("drop", times, stalls);
    }
    return 0;
}
