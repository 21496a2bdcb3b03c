// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// editor_benchmark: how fast the source editor answers, in figures (p50, p95, max); not a test.
//
//  - keystroke to paint: from a key press sent to the editor until its viewport's next paint has
//    been handled, typing in the middle of the 24 KB seed draft and of the seed repeated to 1 MB;
//  - open to first paint: from Document::load() of the 1 MB file until the editor's first paint,
//    and until the background highlighting has caught up.
//
// The editor is set up as the main window has it: line wrapping, spell checking (en_US) and the
// status bar's incremental statistics. Run under a display:
//   tools/devenv exec xvfb-run -a build/ci/tests/editor/editor_benchmark [KEYSTROKES]

#include "core/document.h"
#include "core/text/textstatistics.h"
#include "editor/sourceeditor.h"
#include "support/sitefixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace Masthead;

namespace
{
// Counts the paint events the viewport receives.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

struct Figures {
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Figures figuresOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[size_t(std::ceil(q * double(values.size()))) - 1];
    };
    return {at(0.5), at(0.95), values.back()};
}

// Processes events until the viewport has painted again; false after a second without a paint.
bool waitForPaint(const PaintCounter &counter, int before)
{
    QElapsedTimer timeout;
    timeout.start();
    while (counter.paints == before) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (timeout.elapsed() > 1000)
            return false;
    }
    return true;
}

struct Editor {
    std::unique_ptr<Document> document = std::make_unique<Document>();
    std::unique_ptr<SourceEditor> editor = std::make_unique<SourceEditor>();
    std::unique_ptr<DocumentStatistics> statistics;
    PaintCounter counter;

    Editor()
    {
        editor->setSpellCheckLanguage(QStringLiteral("en_US"));
        editor->setSpellCheckEnabled(true);
        editor->setMarkdownDocument(document.get());
        statistics = std::make_unique<DocumentStatistics>(document.get());
        editor->resize(800, 1000);
        editor->viewport()->installEventFilter(&counter);
        editor->show();
        editor->activateWindow();
        editor->setFocus();
        (void)QTest::qWaitForWindowExposed(editor.get());
        QTest::qWait(100);
    }

    void waitForHighlighting() const
    {
        while (!editor->isHighlightingComplete())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
};

void printFigures(const char *what, const Figures &f, int count)
{
    std::printf("%-44s %4d samples   p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, count, f.p50, f.p95, f.max);
}

void benchmarkTyping(const char *what, const QString &path, int keystrokes)
{
    Editor e;
    if (auto loaded = e.document->load(path); !loaded) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(path));
        return;
    }
    e.waitForHighlighting();
    // The middle of the document, at the end of a paragraph line.
    QTextBlock block = e.document->findBlockByNumber(e.document->blockCount() / 2);
    while (block.isValid() && block.text().size() < 60)
        block = block.next();
    e.editor->setCursorPosition(block.position() + block.length() - 1);
    QTest::qWait(200);

    const QString letters = QStringLiteral("the quick brown fox jumps over a lazy dog ");
    std::vector<double> samples;
    std::vector<double> keyHandling; // the part before the event loop runs again
    int missed = 0;
    for (int i = -20; i < keystrokes; ++i) {
        const QChar c = letters[(i + 20) % letters.size()];
        const int before = e.counter.paints;
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(e.editor.get(), c.toLatin1());
        const double handled = double(timer.nsecsElapsed()) / 1e6;
        const bool painted = waitForPaint(e.counter, before);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!painted)
            ++missed;
        else if (i >= 0) {
            samples.push_back(ms);
            keyHandling.push_back(handled);
        }
    }
    printFigures(qPrintable(QStringLiteral("keystroke to paint, %1").arg(QLatin1String(what))), figuresOf(samples),
                 int(samples.size()));
    printFigures("  of which the key press itself", figuresOf(keyHandling), int(keyHandling.size()));
    if (missed)
        std::printf("  (%d keystrokes were not followed by a paint within a second)\n", missed);
}

void benchmarkOpening(const QString &path, int runs)
{
    std::vector<double> firstPaint;
    std::vector<double> highlighted;
    for (int run = 0; run < runs; ++run) {
        Editor e;
        const int before = e.counter.paints;
        QElapsedTimer timer;
        timer.start();
        if (auto loaded = e.document->load(path); !loaded)
            return;
        if (!waitForPaint(e.counter, before))
            continue;
        firstPaint.push_back(double(timer.nsecsElapsed()) / 1e6);
        e.waitForHighlighting();
        highlighted.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    printFigures("open 1 MB to first paint", figuresOf(firstPaint), int(firstPaint.size()));
    printFigures("open 1 MB until highlighted in the background", figuresOf(highlighted), int(highlighted.size()));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int keystrokes = argc > 1 ? std::max(50, std::atoi(argv[1])) : 500;

    const QByteArray draft = MastheadTest::seedBytes();
    QByteArray big;
    while (big.size() < 1024 * 1024)
        big += draft;
    QTemporaryDir dir;
    const QString smallPath = dir.filePath(QStringLiteral("draft.md"));
    const QString bigPath = dir.filePath(QStringLiteral("big.md"));
    for (const auto &[path, bytes] : {std::pair {smallPath, draft}, std::pair {bigPath, big}}) {
        if (!MastheadTest::writeAll(path, bytes))
            return 1;
    }

    std::printf("editor benchmark: Qt %s, platform %s, line wrap on, spell checking en_US\n", qVersion(),
                qPrintable(QGuiApplication::platformName()));
    benchmarkTyping(qPrintable(QStringLiteral("%1 KB").arg(draft.size() / 1024)), smallPath, keystrokes);
    benchmarkTyping(qPrintable(QStringLiteral("%1 KB").arg(big.size() / 1024)), bigPath, keystrokes);
    benchmarkOpening(bigPath, 10);
    return 0;
}
