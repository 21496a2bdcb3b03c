// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// masthead-bench window [OPTIONS]: the real window, black-box; see window_bench.cpp.
//
// masthead-bench preview [--keys N]: types into the editor beside a live preview and measures, per
// keystroke, the time until the preview's DOM was patched with it (reported by the page after
// requestAnimationFrame), and the time the editor itself spent handling the key. "DOM patched" is
// when the page finished patching, by the page's clock; "report back" adds the wait for the next
// frame and the trip back to the application. Prints p50, p95 and max for the seed template (24 KB)
// and for a 1 MB document, and each stage on the way. Needs a display (xvfb-run).

#include "core/document.h"
#include "core/liquid/liquid.h"
#include "core/render/incrementalrenderer.h"
#include "core/render/postrenderer.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"
#include "support/sitefixture.h"

#include "figures.h"
#include "window_bench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

using namespace Masthead;

namespace
{
using Bench::Figures;
using Bench::figures;

double epochMilliseconds()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

void print(const char *what, const char *document, const Figures &f, size_t n)
{
    std::printf("%-34s %-14s n=%-4zu p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, document, n, f.p50, f.p95,
                f.max);
}

// The body of the seed repeated until the document holds about 1 MB.
QString megabyteText()
{
    const QString seed = MastheadTest::seedText();
    const FrontMatterBlock block = locateFrontMatter(seed);
    const QString body = seed.sliced(block.bodyBegin);
    QString text = seed;
    while (text.toUtf8().size() < 1024 * 1024)
        text += body;
    return text;
}

void benchPreview(const char *name, const QString &text, int keys)
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    Document document;
    document.setPlainText(text);
    auto *editor = new SourceEditor(&window);
    auto *preview = new PreviewView(&window);
    layout->addWidget(editor);
    layout->addWidget(preview);
    editor->setMarkdownDocument(&document);
    document.setIntendedPath(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly/_drafts/2023-10-09-draft.md"));
    QSignalSpy updated(preview, &PreviewView::updated);
    preview->setMarkdownDocument(&document);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !updated.wait(60'000)) {
        std::fprintf(stderr, "masthead-bench: the preview did not load\n");
        return;
    }
    std::printf("%s: %d renders while loading\n", name, preview->renderedGeneration());
    // Type in the middle of the document, at the end of a paragraph.
    QTextCursor cursor(&document);
    cursor.setPosition(text.size() / 2);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::qWait(200);

    std::vector<double> toDom, toAck, inEditor, toRendered, toSent, toPage, inPage, toFrame, back;
    const QString typed = QStringLiteral("The quick brown fox jumps over the lazy dog. ");
    QElapsedTimer clock;
    for (int i = 0; i < keys; ++i) {
        const int before = preview->renderedGeneration();
        const double keyAt = epochMilliseconds();
        clock.start();
        QTest::keyClick(editor, typed.at(i % typed.size()).toLatin1());
        inEditor.push_back(double(clock.nsecsElapsed()) / 1e6);
        // Done when a render that started after this key has been patched into the page. An event
        // loop that quits on the signal measures it to the microsecond; QTest::qWaitFor would poll
        // every 10 ms.
        auto done = [&] {
            return preview->renderedGeneration() > before
                && preview->patchedGeneration() == preview->renderedGeneration();
        };
        if (!done()) {
            QEventLoop loop;
            QTimer timeout;
            timeout.setSingleShot(true);
            QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
            QObject::connect(preview, &PreviewView::updated, &loop, [&] {
                if (done())
                    loop.quit();
            });
            timeout.start(10'000);
            loop.exec();
        }
        if (!done()) {
            std::fprintf(
                stderr,
                "masthead-bench: keystroke %d never reached the page (generation %d, rendered %d, patched %d)\n", i,
                before, preview->renderedGeneration(), preview->patchedGeneration());
            return;
        }
        toAck.push_back(double(clock.nsecsElapsed()) / 1e6);
        // The page's clock is the system clock too: its time stamps line up with ours.
        const PreviewView::PatchTiming t = preview->lastPatchTiming();
        const double patchedAt = t.pageBeganAt + t.patchMs;
        toDom.push_back(patchedAt - keyAt);
        toRendered.push_back(t.renderedAt - keyAt);
        toSent.push_back(t.sentAt - t.renderedAt);
        toPage.push_back(t.pageBeganAt - t.sentAt);
        inPage.push_back(t.patchMs);
        toFrame.push_back(t.frameMs);
        back.push_back(t.acknowledgedAt - (patchedAt + t.frameMs));
        QTest::qWait(5); // a typist's pause, so that each key is measured on its own
    }
    print("keystroke to DOM patched", name, figures(toDom), toDom.size());
    print("keystroke to page's report back", name, figures(toAck), toAck.size());
    print("editor handling the keystroke", name, figures(inEditor), inEditor.size());
    print("  stage: key to render on GUI", name, figures(toRendered), toRendered.size());
    print("  stage: render to patch sent", name, figures(toSent), toSent.size());
    print("  stage: sent to page began", name, figures(toPage), toPage.size());
    print("  stage: page's DOM patch", name, figures(inPage), inPage.size());
    print("  stage: wait for the next frame", name, figures(toFrame), toFrame.size());
    print("  stage: report back to app", name, figures(back), back.size());

    std::vector<double> render;
    for (int i = 0; i < 20; ++i) {
        clock.start();
        const RenderedPost post = renderPost(document.toRawText());
        render.push_back(double(clock.nsecsElapsed()) / 1e6);
        Q_UNUSED(post);
    }
    print("full render (off the GUI thread)", name, figures(render), render.size());

    // What a keystroke costs the worker: the text snapshot, and an incremental render of it.
    std::vector<double> snapshot, incremental;
    IncrementalRenderer renderer({});
    QString typedText = document.text();
    renderer.render(typedText);
    const qsizetype at = typedText.indexOf(u'\n', typedText.size() / 2);
    for (int i = 0; i < 20; ++i) {
        clock.start();
        typedText = document.text();
        snapshot.push_back(double(clock.nsecsElapsed()) / 1e6);
        typedText.insert(at, QString(i + 1, u'x'));
        clock.start();
        const RenderedPost post = renderer.render(typedText);
        incremental.push_back(double(clock.nsecsElapsed()) / 1e6);
        Q_UNUSED(post);
    }
    print("text snapshot (GUI thread)", name, figures(snapshot), snapshot.size());
    print("incremental render (worker)", name, figures(incremental), incremental.size());
}
} // namespace

int main(int argc, char *argv[])
{
    // Writing a document needs no display.
    if (argc >= 2 && std::strcmp(argv[1], "document") == 0) {
        QCoreApplication app(argc, argv);
        return Bench::writeBenchDocument(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2 && args.at(1) == u"window")
        return Bench::runWindowBench(args);
    if (args.size() < 2 || args.at(1) != u"preview") {
        std::fprintf(
            stderr,
            "usage: masthead-bench preview [--keys N]\n"
            "       masthead-bench window [--keys N] [--pause MS] [--bursts N] [--open-runs N] [--timeout MS]\n"
            "                             [--apps masthead,ghostwriter] [--documents seed,1mb,3mb,..] [--shots DIR]\n"
            "                             [--open-only]\n"
            "       masthead-bench document seed|1mb|3mb|.. PATH\n");
        return 2;
    }
    int keys = 60;
    if (const qsizetype i = args.indexOf(QStringLiteral("--keys")); i > 0 && i + 1 < args.size())
        keys = args.at(i + 1).toInt();
    const QString seed = MastheadTest::seedText();
    const QString big = megabyteText();
    std::printf("masthead-bench preview: %d keystrokes per document; seed %lld bytes, large %lld bytes\n", keys,
                qlonglong(seed.toUtf8().size()), qlonglong(big.toUtf8().size()));
    benchPreview("seed (24 KB)", seed, keys);
    benchPreview("1 MB", big, keys);
    return 0;
}
