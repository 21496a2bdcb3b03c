// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// masthead-bench window: the whole window measured the way a user sees it, black-box.
//
// The real `masthead` program runs as a separate process with fresh settings (HOME and the XDG
// folders in a temporary directory), in its default layout with every dock as it opens by default,
// on a temporary copy of examples/weekly whose draft is (a) the seed template and (b) the seed
// repeated to 1 MB. Keystrokes go in through XTest; the X DAMAGE extension says when something was
// drawn; a keystroke has reached a pane at the first damage after which the pane's pixels differ from
// those before the key (by more than the text cursor's blink). A keystroke that does not change a
// pane within the time-out is a miss. Memory is the PSS of the process and all its descendants (Qt
// WebEngine's processes). When ghostwriter is installed, it is measured the same way on the same
// files, and the ratios are printed.
//
// Where the panes are: Masthead writes its panes' screen rectangles into the --ready-file it creates
// once the preview has loaded. ghostwriter is located from its pixels (locateGhostwriterPanes).

#include "window_bench.h"

#include "figures.h"
#include "processmemory.h"
#include "xscreen.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <thread>

namespace Masthead::Bench
{
namespace
{
using namespace std::chrono_literals;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(to - from).count()) / 1000.0;
}

struct Options {
    int keys = 40;
    // With --pause MS, a keystroke one at a time comes MS after the one before instead of once the
    // panes have been quiet for 250 ms (which the text cursor's blinking puts off to about 500 ms):
    // 300 lands it just after the text settled, while the docks read it (Document::settleDelayMs
    // is 250), the way a writer types on after a short pause.
    std::chrono::milliseconds pause {0};
    int bursts = 5;
    int burstKeys = 20;
    std::chrono::milliseconds burstInterval {50};
    std::chrono::milliseconds timeout {2000};
    int openRuns = 3;
    // Only the openings (for documents too large to type into in reasonable time): the panes'
    // places come from a run on the seed.
    bool openOnly = false;
    QStringList apps;
    QStringList documents {QStringLiteral("seed"), QStringLiteral("1mb")};
    QString shots; // where to save screenshots, when set
    // With --memory-detail N: each process's PSS and its N largest groups of mappings, loaded and
    // after typing (0: only the sum).
    int memoryDetail = 0;
};

// One document to measure: its text and what to search for to put the cursor in its middle.
struct Subject {
    QString name;
    QByteArray text;
    QString searchFor;
};

QByteArray seedText()
{
    QFile seed(QStringLiteral(MASTHEAD_SOURCE_DIR "/tests/data/seeds/weekly-newsletter-draft-template.md"));
    if (!seed.open(QIODevice::ReadOnly))
        qFatal("masthead-bench: cannot read the seed template");
    return seed.readAll();
}

// The seed, then its body (without front matter) repeated up to the size; the copy in the middle says
// "(midpoint)" after a name, which is where the cursor goes.
QByteArray megabyteText(int megabytes)
{
    const QByteArray seed = seedText();
    const qsizetype end = seed.indexOf("\n---\n", 4);
    const QByteArray body = seed.sliced(end + 5);
    const qsizetype copies = (qsizetype(megabytes) * 1024 * 1024 - seed.size()) / body.size() + 1;
    QByteArray text = seed;
    for (qsizetype i = 0; i < copies; ++i) {
        QByteArray copy = body;
        if (i == copies / 2)
            copy.replace("Sarah Boyce", "Sarah Boyce (midpoint)");
        text += copy;
    }
    return text;
}

Subject subjectNamed(const QString &name)
{
    if (name == u"seed")
        return {QStringLiteral("seed (24 KB)"), seedText(), QStringLiteral("Sarah Boyce")};
    // "1mb", "3mb", "10mb", "50mb", ...
    const int megabytes = qMax(1, QStringView(name).chopped(name.endsWith(u"mb") ? 2 : 0).toInt());
    return {QStringLiteral("%1 MB").arg(megabytes), megabyteText(megabytes), QStringLiteral("midpoint")};
}

struct Panes {
    QRect window, editor, preview;
    bool isValid() const { return !editor.isEmpty() && !preview.isEmpty(); }
};

// The program under measurement.
struct App {
    QString name;
    QString program;
    bool isMasthead = false;
};

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

// A running program with a fresh home of its own, on a fresh copy of the example site.
class Launch
{
public:
    Launch(const App &app, const Subject &subject)
    {
        const QString site = m_dir.filePath(QStringLiteral("site"));
        m_documentPath = site + u"/_drafts/2023-10-09-draft.md";
        QDir().mkpath(site);
        copyTree(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"), site);
        QFile document(m_documentPath);
        if (!document.open(QIODevice::WriteOnly | QIODevice::Truncate) || document.write(subject.text) < 0)
            qFatal("masthead-bench: cannot write the document");
        document.close();

        const QString home = m_dir.filePath(QStringLiteral("home"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + u"/.config");
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/.local/share");
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + u"/.cache");
        environment.insert(QStringLiteral("XDG_STATE_HOME"), home + u"/.local/state");
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        // As root (the development environment) Chromium runs only without its sandbox.
        if (!environment.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")))
            environment.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"),
                               QStringLiteral("--no-sandbox --disable-gpu"));
        QDir().mkpath(home + u"/.config");
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(site);
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("output.log")));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_readyFile = m_dir.filePath(QStringLiteral("ready"));
        QStringList arguments;
        if (app.isMasthead)
            arguments << QStringLiteral("--ready-file") << m_readyFile;
        arguments << m_documentPath;
        m_startedAt = Clock::now();
        m_process.start(app.program, arguments);
        if (!m_process.waitForStarted(10'000))
            qFatal("masthead-bench: cannot start %s", qPrintable(app.program));
    }

    ~Launch()
    {
        // Every process of the tree: Qt WebEngine's helpers outlive a killed parent for a moment.
        const std::vector<qint64> tree = processTree(m_process.processId());
        m_process.kill();
        m_process.waitForFinished(10'000);
        for (qint64 pid : tree) {
            if (pid != m_process.processId())
                ::kill(pid_t(pid), SIGKILL);
        }
    }

    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    Clock::time_point startedAt() const { return m_startedAt; }
    QString readyFile() const { return m_readyFile; }
    QString output() const
    {
        QFile log(m_dir.filePath(QStringLiteral("output.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(3000)) : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_documentPath;
    QString m_readyFile;
    Clock::time_point m_startedAt;
};

// What Masthead writes into its ready file: "name x y width height" lines.
Panes readPanes(const QString &file)
{
    QFile ready(file);
    Panes panes;
    if (!ready.open(QIODevice::ReadOnly))
        return panes;
    while (!ready.atEnd()) {
        const QList<QByteArray> f = ready.readLine().trimmed().split(' ');
        if (f.size() != 5)
            continue;
        const QRect r(f[1].toInt(), f[2].toInt(), f[3].toInt(), f[4].toInt());
        if (f[0] == "window")
            panes.window = r;
        else if (f[0] == "editor")
            panes.editor = r;
        else if (f[0] == "preview")
            panes.preview = r;
    }
    return panes;
}

int channelDistance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

// ghostwriter, located from its pixels. Its window is, from left to right, the sidebar (outline),
// the editor and the preview, above a status bar, below the menu bar. Columns where nearly every row
// changes colour against the column before are the borders between them: the first such border in the
// left third ends the sidebar, the one nearest the middle of what is right of it separates editor and
// preview. Rows where nearly every column changes colour against the row above are the menu bar's
// and the status bar's borders.
Panes locateGhostwriterPanes(const QImage &window, const QPoint &origin)
{
    const int w = window.width(), h = window.height();
    auto columnEdge = [&](int x, int top, int bottom) {
        int changed = 0;
        for (int y = top; y < bottom; ++y)
            changed += channelDistance(window.pixel(x, y), window.pixel(x - 1, y)) > 12;
        return double(changed) / double(std::max(1, bottom - top));
    };
    auto rowEdge = [&](int y, int left, int right) {
        int changed = 0;
        for (int x = left; x < right; ++x)
            changed += channelDistance(window.pixel(x, y), window.pixel(x, y - 1)) > 12;
        return double(changed) / double(std::max(1, right - left));
    };
    // Menu bar and status bar: the strongest horizontal borders in the top and bottom 15 %.
    int top = 0, bottom = h;
    double best = 0.8;
    for (int y = 1; y < h * 15 / 100; ++y) {
        if (const double e = rowEdge(y, 0, w); e > best) {
            best = e;
            top = y;
        }
    }
    best = 0.8;
    for (int y = h - 1; y > h * 85 / 100; --y) {
        if (const double e = rowEdge(y, 0, w); e > best) {
            best = e;
            bottom = y;
        }
    }
    const int probeTop = top + (bottom - top) / 10, probeBottom = bottom - (bottom - top) / 10;
    std::vector<int> borders;
    for (int x = 1; x < w; ++x) {
        if (columnEdge(x, probeTop, probeBottom) > 0.9)
            borders.push_back(x);
    }
    int left = 0;
    for (int x : borders) {
        if (x < w / 3) {
            left = x;
            break;
        }
    }
    int split = -1;
    const int middle = left + (w - left) / 2;
    for (int x : borders) {
        if (x > left + 40 && x < w - 40 && (split < 0 || std::abs(x - middle) < std::abs(split - middle)))
            split = x;
    }
    if (split < 0)
        split = middle;
    Panes panes;
    panes.window = QRect(origin, window.size());
    panes.editor = QRect(origin + QPoint(left, top), QPoint(origin.x() + split - 1, origin.y() + bottom - 1));
    panes.preview = QRect(origin + QPoint(split, top), QPoint(origin.x() + w - 1, origin.y() + bottom - 1));
    return panes;
}

// Pixels that are text rather than background (the most frequent colour), and those of them in colour.
struct Ink {
    int text = 0;
    int coloured = 0;
};

Ink inkOf(const QImage &image)
{
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            ++counts[line[x] & 0xffffff];
    }
    QRgb background = 0;
    int most = -1;
    for (const auto &[colour, count] : counts) {
        if (count > most) {
            most = count;
            background = colour;
        }
    }
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (channelDistance(p, background) < 150)
                continue;
            ++ink.text;
            const int hi = std::max({qRed(p), qGreen(p), qBlue(p)}), lo = std::min({qRed(p), qGreen(p), qBlue(p)});
            if (hi - lo > 80)
                ++ink.coloured;
        }
    }
    return ink;
}

struct Result {
    std::vector<double> editor, preview, burstEditor, burstPreview;
    int editorMisses = 0, previewMisses = 0, burstEditorMisses = 0, burstPreviewMisses = 0;
    std::optional<TreeMemory> memoryLoaded, memoryTyped;
    std::vector<double> windowShown, textShown, highlighted, keystrokeShown;
    std::vector<double> complete, longestPaintGap; // Masthead only: its ready file tells
    int openFailures = 0;
    double loadSeconds = 0;
    bool ok = false;
    QString failure;
};

class Bench
{
public:
    Bench(XScreen &screen, const Options &options)
        : m_screen(screen)
        , m_options(options)
    {
    }

    Result measure(const App &app, const Subject &subject);

private:
    bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout);
    bool settle(const Panes &panes, std::chrono::milliseconds timeout = 5s);
    void saveShot(const QString &name);
    void typeSingly(const Panes &panes, Result &result);
    void typeBursts(const Panes &panes, Result &result);
    void measureOpening(const App &app, const Subject &subject, const Panes &panes, Result &result);

    XScreen &m_screen;
    const Options &m_options;
    // Masthead's window, which ghostwriter's is given too.
    QRect m_mastheadWindow;
    int m_letter = 0;
    const char *nextLetter()
    {
        static const char *const letters[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                              "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
        return letters[m_letter++ % 26];
    }
};

bool Bench::waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (!condition()) {
        if (Clock::now() >= deadline)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    return true;
}

// Until nothing has been drawn in the panes for 250 ms; the text cursor's blinking counts too, so
// keystrokes one at a time come about 500 ms apart.
bool Bench::settle(const Panes &panes, std::chrono::milliseconds timeout)
{
    return m_screen.waitQuiet({panes.editor, panes.preview}, 250ms, Clock::now() + timeout);
}

void Bench::saveShot(const QString &name)
{
    if (m_options.shots.isEmpty())
        return;
    QDir().mkpath(m_options.shots);
    m_screen.grab(QRect(QPoint(0, 0), m_screen.size())).save(m_options.shots + u'/' + name + u".png");
}

// One keystroke at a time: the panes quiet before each, so each is measured on its own.
void Bench::typeSingly(const Panes &panes, Result &result)
{
    std::optional<Clock::time_point> previous;
    for (int i = 0; i < m_options.keys; ++i) {
        if (previous && m_options.pause > 0ms)
            std::this_thread::sleep_until(*previous + m_options.pause);
        else
            settle(panes);
        const QImage editorBefore = m_screen.grab(panes.editor);
        const QImage previewBefore = m_screen.grab(panes.preview);
        m_screen.drain();
        const auto sentAt = Clock::now();
        m_screen.key(nextLetter());
        previous = sentAt;
        const auto deadline = sentAt + m_options.timeout;
        std::optional<double> editorMs, previewMs;
        while (!editorMs || !previewMs) {
            const XScreen::Batch batch = m_screen.waitForDamage(deadline);
            if (batch.rects.empty())
                break;
            auto touches = [&](const QRect &area) {
                return std::ranges::any_of(batch.rects, [&](const QRect &r) { return r.intersects(area); });
            };
            if (!editorMs && touches(panes.editor) && differsBeyondCursor(editorBefore, m_screen.grab(panes.editor)))
                editorMs = msBetween(sentAt, batch.arrivedAt);
            if (!previewMs && touches(panes.preview)
                && !differenceBox(previewBefore, m_screen.grab(panes.preview)).isNull())
                previewMs = msBetween(sentAt, batch.arrivedAt);
        }
        if (editorMs)
            result.editor.push_back(*editorMs);
        else
            ++result.editorMisses;
        if (previewMs)
            result.preview.push_back(*previewMs);
        else
            ++result.previewMisses;
    }
}

// Bursts of keystrokes at a fast typist's pace; per burst, the time from the last keystroke until
// each pane shows what it finally settles on (its catch-up).
void Bench::typeBursts(const Panes &panes, Result &result)
{
    for (int b = 0; b < m_options.bursts; ++b) {
        settle(panes);
        const QImage editorBefore = m_screen.grab(panes.editor);
        const QImage previewBefore = m_screen.grab(panes.preview);
        m_screen.drain();
        for (int k = 0; k < m_options.burstKeys - 1; ++k) {
            m_screen.key(nextLetter());
            QThread::sleep(m_options.burstInterval);
        }
        const auto lastAt = Clock::now();
        m_screen.key(nextLetter());
        std::vector<std::pair<Clock::time_point, QImage>> editorFrames, previewFrames;
        // Until the panes stay quiet, for as long as a single keystroke may take, and a little more.
        const auto deadline = lastAt + m_options.timeout + 1s;
        auto lastDamage = lastAt;
        bool quiet = false;
        for (;;) {
            const auto until = std::min(deadline, lastDamage + 250ms);
            const XScreen::Batch batch = m_screen.waitForDamage(until);
            if (batch.rects.empty()) {
                quiet = until < deadline;
                break;
            }
            auto touches = [&](const QRect &area) {
                return std::ranges::any_of(batch.rects, [&](const QRect &r) { return r.intersects(area); });
            };
            if (touches(panes.editor)) {
                editorFrames.emplace_back(batch.arrivedAt, m_screen.grab(panes.editor));
                lastDamage = batch.arrivedAt;
            }
            if (touches(panes.preview)) {
                previewFrames.emplace_back(batch.arrivedAt, m_screen.grab(panes.preview));
                lastDamage = batch.arrivedAt;
            }
        }
        // The preview has no text cursor: there every pixel counts (a narrow glyph such as "i" at
        // the end of a line changes less than a cursor's width).
        auto differs = [&](const QImage &x, const QImage &y, const QRect &area) {
            return area == panes.editor ? differsBeyondCursor(x, y) : !differenceBox(x, y).isNull();
        };
        auto catchUp = [&](const std::vector<std::pair<Clock::time_point, QImage>> &frames, const QRect &area,
                           const QImage &before, std::vector<double> &samples, int &misses) {
            const QImage final = m_screen.grab(area);
            // A pane that shows nothing of the burst has missed it, whatever it redrew meanwhile.
            if (!differs(before, final, area)) {
                ++misses;
                return;
            }
            // The first frame from which on every frame looks like the final one.
            std::optional<Clock::time_point> since;
            for (const auto &[at, image] : frames) {
                if (differs(image, final, area))
                    since.reset();
                else if (!since)
                    since = at;
            }
            if (since && quiet)
                samples.push_back(msBetween(lastAt, *since));
            else
                ++misses;
        };
        catchUp(editorFrames, panes.editor, editorBefore, result.burstEditor, result.burstEditorMisses);
        catchUp(previewFrames, panes.preview, previewBefore, result.burstPreview, result.burstPreviewMisses);
    }
}

// From the start of the process: the window on screen, text in the editor pane, highlighted text
// (coloured pixels), and a keystroke sent then shown. Panes are where the measured run found them,
// relative to the window (fresh settings open the same layout every time).
void Bench::measureOpening(const App &app, const Subject &subject, const Panes &panes, Result &result)
{
    const QPoint editorOffset = panes.editor.topLeft() - panes.window.topLeft();
    for (int run = 0; run < m_options.openRuns; ++run) {
        m_screen.drain();
        Launch launch(app, subject);
        const auto deadline = launch.startedAt() + 60s;
        unsigned long window = 0;
        QRect editor, whole;
        std::optional<double> shown, text, highlighted;
        // The longest time without the window painting anything, from its first paint until the whole
        // text is in: a frozen GUI thread paints nothing (a loading one advances its progress bar).
        std::optional<Clock::time_point> lastPaint;
        double longestGap = 0;
        const auto notePaint = [&](const XScreen::Batch &batch) {
            if (batch.rects.empty()
                || !std::ranges::any_of(batch.rects, [&](const QRect &r) { return r.intersects(whole); }))
                return;
            if (lastPaint)
                longestGap = std::max(longestGap, msBetween(*lastPaint, batch.arrivedAt));
            lastPaint = batch.arrivedAt;
        };
        while (Clock::now() < deadline && !highlighted) {
            const XScreen::Batch batch = m_screen.waitForDamage(std::min(deadline, Clock::now() + 20ms));
            const auto at = batch.rects.empty() ? Clock::now() : batch.arrivedAt;
            if (!window) {
                window = m_screen.windowOfProcess(launch.pid());
                if (!window)
                    continue;
                shown = msBetween(launch.startedAt(), at);
                whole = m_screen.windowRect(window);
                editor = QRect(whole.topLeft() + editorOffset, panes.editor.size());
            }
            notePaint(batch);
            if (batch.rects.empty()
                || !std::ranges::any_of(batch.rects, [&](const QRect &r) { return r.intersects(editor); }))
                continue;
            const Ink ink = inkOf(m_screen.grab(editor));
            if (!text && ink.text > 300)
                text = msBetween(launch.startedAt(), at);
            if (text && ink.coloured > 100)
                highlighted = msBetween(launch.startedAt(), at);
        }
        if (!highlighted) {
            ++result.openFailures;
            std::fprintf(stderr, "masthead-bench: %s on %s: no highlighted text in the editor within 60 s\n",
                         qPrintable(app.name), qPrintable(subject.name));
            continue;
        }
        // Masthead says in its ready file when the whole text is in and the preview showed it (a long
        // file loads in steps, the editor read-only meanwhile): only then is a keystroke expected.
        std::optional<double> complete;
        while (app.isMasthead && !complete && Clock::now() < deadline) {
            const XScreen::Batch batch = m_screen.waitForDamage(std::min(deadline, Clock::now() + 20ms));
            notePaint(batch);
            if (QFile::exists(launch.readyFile()))
                complete = msBetween(launch.startedAt(), Clock::now());
        }
        if (complete) {
            result.complete.push_back(*complete);
            result.longestPaintGap.push_back(longestGap);
        }
        // Editable: a keystroke sent now shows up in the editor.
        m_screen.focus(window);
        const QImage before = m_screen.grab(editor);
        m_screen.drain();
        m_screen.key("x");
        std::optional<double> typed;
        while (!typed && Clock::now() < deadline) {
            const XScreen::Batch batch = m_screen.waitForDamage(deadline);
            if (std::ranges::any_of(batch.rects, [&](const QRect &r) { return r.intersects(editor); })
                && differsBeyondCursor(before, m_screen.grab(editor)))
                typed = msBetween(launch.startedAt(), batch.arrivedAt);
        }
        result.windowShown.push_back(*shown);
        result.textShown.push_back(*text);
        result.highlighted.push_back(*highlighted);
        if (typed)
            result.keystrokeShown.push_back(*typed);
        else
            ++result.openFailures;
    }
}

Result Bench::measure(const App &app, const Subject &subject)
{
    Result result;
    if (m_options.openOnly && app.isMasthead) {
        Panes panes;
        {
            Launch launch(app, subjectNamed(QStringLiteral("seed")));
            if (!waitUntil([&] { return QFile::exists(launch.readyFile()) || !launch.isRunning(); }, 180s)
                || !launch.isRunning()) {
                result.failure = QStringLiteral("the preview did not load:\n") + launch.output();
                return result;
            }
            panes = readPanes(launch.readyFile());
        }
        measureOpening(app, subject, panes, result);
        result.ok = true;
        return result;
    }
    const QString tag = QString(app.name + u'-' + subject.name).remove(u' ').remove(u'(').remove(u')');
    Panes panes;
    Panes defaultPanes;
    {
        m_screen.drain();
        Launch launch(app, subject);
        unsigned long window = 0;
        if (app.isMasthead) {
            if (!waitUntil([&] { return QFile::exists(launch.readyFile()) || !launch.isRunning(); }, 180s)
                || !launch.isRunning()) {
                result.failure = QStringLiteral("the preview did not load:\n") + launch.output();
                return result;
            }
            QThread::msleep(200);
            panes = readPanes(launch.readyFile());
            window = m_screen.windowOfProcess(launch.pid());
            defaultPanes = panes;
        } else {
            waitUntil([&] { return (window = m_screen.windowOfProcess(launch.pid())) != 0 || !launch.isRunning(); },
                      60s);
            if (!window) {
                result.failure = QStringLiteral("no window:\n") + launch.output();
                return result;
            }
            const QRect whole = m_screen.windowRect(window);
            m_screen.waitQuiet({whole}, 2s, Clock::now() + 180s);
            defaultPanes = locateGhostwriterPanes(m_screen.grab(whole), whole.topLeft());
            // The same window size as Masthead's (the size a user would give both): no window
            // manager here, so the request is the geometry.
            if (m_mastheadWindow.isValid()) {
                m_screen.moveResize(window, m_mastheadWindow);
                QThread::msleep(300);
            }
            const QRect resized = m_screen.windowRect(window);
            m_screen.waitQuiet({resized}, 2s, Clock::now() + 180s);
            panes = locateGhostwriterPanes(m_screen.grab(resized), resized.topLeft());
        }
        if (!panes.isValid() || !window) {
            result.failure = QStringLiteral("cannot find the panes");
            return result;
        }
        if (app.isMasthead)
            m_mastheadWindow = m_screen.windowRect(window);
        result.loadSeconds = msBetween(launch.startedAt(), Clock::now()) / 1000.0;
        std::printf("  %s on %s: window %d,%d %dx%d; editor %d,%d %dx%d; preview %d,%d %dx%d\n", qPrintable(app.name),
                    qPrintable(subject.name), panes.window.x(), panes.window.y(), panes.window.width(),
                    panes.window.height(), panes.editor.x(), panes.editor.y(), panes.editor.width(),
                    panes.editor.height(), panes.preview.x(), panes.preview.y(), panes.preview.width(),
                    panes.preview.height());
        std::fflush(stdout);

        // The cursor into the middle of the text, near the top of the editor pane, where the preview
        // shows it too (both apps align the preview's top with the editor's): find the text (which
        // scrolls it to the bottom of the pane), close the find bar, collapse the selection to its
        // end, go 18 lines further down (which scrolls it near the top) and back up (the column is
        // kept: both editors remember it when moving up and down).
        m_screen.focus(window);
        settle(panes);
        m_screen.key("f", {QStringLiteral("Control_L")});
        QThread::msleep(300);
        m_screen.type(subject.searchFor);
        QThread::msleep(300);
        m_screen.key("Return");
        QThread::msleep(300);
        m_screen.key("Escape");
        QThread::msleep(300);
        m_screen.key("Right");
        for (const char *direction : {"Down", "Up"}) {
            for (int line = 0; line < 18; ++line)
                m_screen.key(direction);
            settle(panes, 10s);
        }
        settle(panes, 10s);
        saveShot(tag + u"-ready");
        result.memoryLoaded = processTreeMemory(launch.pid());
        {
            const std::vector<ProcessMemory> breakdown = processTreeBreakdown(launch.pid());
            result.memoryLoaded->aloneKb = aloneKb(breakdown);
            if (m_options.memoryDetail > 0) {
                std::printf("  %s on %s, loaded: PSS by process and mapping\n", qPrintable(app.name),
                            qPrintable(subject.name));
                printBreakdown(breakdown, m_options.memoryDetail);
            }
        }

        typeSingly(panes, result);
        typeBursts(panes, result);
        settle(panes, 10s);
        saveShot(tag + u"-typed");
        result.memoryTyped = processTreeMemory(launch.pid());
        {
            const std::vector<ProcessMemory> breakdown = processTreeBreakdown(launch.pid());
            result.memoryTyped->aloneKb = aloneKb(breakdown);
            if (m_options.memoryDetail > 0 && (m_options.keys > 0 || m_options.bursts > 0)) {
                std::printf("  %s on %s, after typing: PSS by process and mapping\n", qPrintable(app.name),
                            qPrintable(subject.name));
                printBreakdown(breakdown, m_options.memoryDetail);
            }
        }
    }
    if (m_options.openRuns > 0)
        measureOpening(app, subject, defaultPanes, result);
    result.ok = true;
    return result;
}

void printRow(const char *app, const QString &document, const char *what, const std::vector<double> &samples,
              int misses)
{
    const Figures f = figures(samples);
    std::printf("%-12s %-13s %-30s n=%-3zu p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  misses %d\n", app,
                qPrintable(document), what, samples.size(), f.p50, f.p95, f.max, misses);
}

void printResult(const App &app, const Subject &subject, const Result &r)
{
    const QByteArray name = app.name.toUtf8();
    if (!r.ok) {
        std::printf("%-12s %-13s FAILED: %s\n", name.constData(), qPrintable(subject.name), qPrintable(r.failure));
        return;
    }
    printRow(name.constData(), subject.name, "keystroke -> editor pixels", r.editor, r.editorMisses);
    printRow(name.constData(), subject.name, "keystroke -> preview pixels", r.preview, r.previewMisses);
    printRow(name.constData(), subject.name, "burst: last key -> editor final", r.burstEditor, r.burstEditorMisses);
    printRow(name.constData(), subject.name, "burst: last key -> preview final", r.burstPreview, r.burstPreviewMisses);
    if (!r.windowShown.empty()) {
        printRow(name.constData(), subject.name, "open: start -> window", r.windowShown, 0);
        printRow(name.constData(), subject.name, "open: start -> editor text", r.textShown, 0);
        printRow(name.constData(), subject.name, "open: start -> highlighted", r.highlighted, 0);
        if (!r.complete.empty()) {
            printRow(name.constData(), subject.name, "open: start -> all in, previewed", r.complete, 0);
            printRow(name.constData(), subject.name, "open: longest paint gap", r.longestPaintGap, 0);
        }
        printRow(name.constData(), subject.name, "open: start -> a key shown", r.keystrokeShown, r.openFailures);
    }
    if (r.memoryLoaded) {
        std::printf("%-12s %-13s %-30s %lld MB in %d processes (after typing: %lld MB)\n", name.constData(),
                    qPrintable(subject.name), "PSS of the process tree", r.memoryLoaded->pssKb / 1024,
                    r.memoryLoaded->processes, r.memoryTyped ? r.memoryTyped->pssKb / 1024 : 0);
        std::printf("%-12s %-13s %-30s %lld MB (after typing: %lld MB)\n", name.constData(), qPrintable(subject.name),
                    "PSS of the tree, alone", r.memoryLoaded->aloneKb / 1024,
                    r.memoryTyped ? r.memoryTyped->aloneKb / 1024 : 0);
    }
    std::fflush(stdout);
}

void printRatios(const Subject &subject, const Result &masthead, const Result &ghostwriter)
{
    if (!masthead.ok || !ghostwriter.ok)
        return;
    auto ratio = [&](const char *what, const std::vector<double> &m, const std::vector<double> &g) {
        const Figures fm = figures(m), fg = figures(g);
        if (m.empty() || g.empty())
            return;
        std::printf("ratio Masthead/ghostwriter %-13s %-30s p50 %5.2f  p95 %5.2f\n", qPrintable(subject.name), what,
                    fm.p50 / fg.p50, fm.p95 / fg.p95);
    };
    ratio("keystroke -> editor pixels", masthead.editor, ghostwriter.editor);
    ratio("keystroke -> preview pixels", masthead.preview, ghostwriter.preview);
    ratio("burst: last key -> editor final", masthead.burstEditor, ghostwriter.burstEditor);
    ratio("burst: last key -> preview final", masthead.burstPreview, ghostwriter.burstPreview);
    ratio("open: start -> highlighted", masthead.highlighted, ghostwriter.highlighted);
    ratio("open: start -> a key shown", masthead.keystrokeShown, ghostwriter.keystrokeShown);
    if (masthead.memoryLoaded && ghostwriter.memoryLoaded)
        std::printf("ratio Masthead/ghostwriter %-13s %-30s %5.2f\n", qPrintable(subject.name),
                    "PSS of the process tree",
                    double(masthead.memoryLoaded->pssKb) / double(ghostwriter.memoryLoaded->pssKb));
    if (masthead.memoryLoaded && ghostwriter.memoryLoaded && ghostwriter.memoryLoaded->aloneKb > 0)
        std::printf("ratio Masthead/ghostwriter %-13s %-30s %5.2f\n", qPrintable(subject.name),
                    "PSS of the tree, alone",
                    double(masthead.memoryLoaded->aloneKb) / double(ghostwriter.memoryLoaded->aloneKb));
    std::fflush(stdout);
}
} // namespace

int runWindowBench(const QStringList &arguments)
{
    Options options;
    auto value = [&](const char *name) -> std::optional<QString> {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        if (i < 0 || i + 1 >= arguments.size())
            return std::nullopt;
        return arguments.at(i + 1);
    };
    if (auto v = value("--keys"))
        options.keys = v->toInt();
    if (auto v = value("--bursts"))
        options.bursts = v->toInt();
    if (auto v = value("--pause"))
        options.pause = std::chrono::milliseconds(v->toInt());
    if (auto v = value("--timeout"))
        options.timeout = std::chrono::milliseconds(v->toInt());
    if (auto v = value("--open-runs"))
        options.openRuns = v->toInt();
    if (auto v = value("--documents"))
        options.documents = v->split(u',');
    options.openOnly = arguments.contains(QStringLiteral("--open-only"));
    if (auto v = value("--shots"))
        options.shots = *v;
    if (auto v = value("--memory-detail"))
        options.memoryDetail = v->toInt();
    std::vector<App> apps;
    const QStringList wanted = value("--apps").value_or(QStringLiteral("masthead,ghostwriter")).split(u',');
    if (wanted.contains(QStringLiteral("masthead")))
        // Another build of the program (a copy of an earlier one, to compare before and after).
        apps.push_back({QStringLiteral("Masthead"),
                        qEnvironmentVariable("MASTHEAD_BENCH_PROGRAM", QStringLiteral(MASTHEAD_PROGRAM)), true});
    if (wanted.contains(QStringLiteral("ghostwriter"))) {
        const QString ghostwriter = QStandardPaths::findExecutable(QStringLiteral("ghostwriter"));
        if (ghostwriter.isEmpty())
            std::printf("ghostwriter is not installed: measuring Masthead alone\n");
        else
            apps.push_back({QStringLiteral("ghostwriter"), ghostwriter, false});
    }

    QString error;
    const std::unique_ptr<XScreen> screen = XScreen::open(&error);
    if (!screen) {
        std::fprintf(stderr, "masthead-bench window: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("masthead-bench window: screen %dx%d; %d keystrokes one at a time (time-out %lld ms), %d bursts of "
                "%d keys %lld ms apart, %d openings per document\n",
                screen->size().width(), screen->size().height(), options.keys, qlonglong(options.timeout.count()),
                options.bursts, options.burstKeys, qlonglong(options.burstInterval.count()), options.openRuns);
    std::fflush(stdout);

    Bench bench(*screen, options);
    for (const QString &documentName : options.documents) {
        const Subject subject = subjectNamed(documentName);
        std::map<QString, Result> results;
        for (const App &app : apps) {
            results[app.name] = bench.measure(app, subject);
            printResult(app, subject, results[app.name]);
        }
        if (results.size() == 2)
            printRatios(subject, results[QStringLiteral("Masthead")], results[QStringLiteral("ghostwriter")]);
    }
    return 0;
}

int writeBenchDocument(const QStringList &arguments)
{
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: masthead-bench document seed|1mb|3mb|... PATH\n");
        return 2;
    }
    QFile file(arguments.at(3));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(subjectNamed(arguments.at(2)).text) < 0) {
        std::fprintf(stderr, "masthead-bench: cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
} // namespace Masthead::Bench
