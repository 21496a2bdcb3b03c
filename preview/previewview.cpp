// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewview.h"

#include "core/document.h"
#include "core/liquid/liquid.h"
#include "core/render/incrementalrenderer.h"
#include "core/render/offlinehtml.h"
#include "core/render/renderscheduler.h"
#include "core/site/site.h"
#include "preview/previewbridge_p.h"
#include "preview/previewpage_p.h"
#include "preview/previewscheme.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineUrlRequestInterceptor>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QWebEngineScript isolatedScript(const QString &name, const QString &source, QWebEngineScript::InjectionPoint point)
{
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(source);
    script.setInjectionPoint(point);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    return script;
}

double epochMilliseconds()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

// Starting, Qt WebEngine asks OpenGL and then Vulkan which GPU there is (only to work around one
// vendor's driver), and Qt Quick asks OpenGL for a context to share. With OpenGL turned off below,
// each question fails as it should, and says so on the terminal: nine lines about contexts and GPU
// vendors at every start, all expected, none of them the user's business. Those lines, and only
// those, are left out; every other message goes where it went.
QtMessageHandler previousMessageHandler = nullptr;

bool expectedWithoutOpenGL(const QString &message)
{
    static const char *const expected[] = {
        "QXcbIntegration: Cannot create platform OpenGL context",
        "QXcbIntegration: Cannot create platform offscreen surface",
        "QRhiGles2: Failed to create",
        "Failed to create Vulkan instance",
        "Failed to create platform Vulkan instance",
        "Unable to detect GPU vendor",
    };
    for (const char *line : expected) {
        if (message.startsWith(QLatin1StringView(line)))
            return true;
    }
    return false;
}

void leaveOutExpectedGpuWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && expectedWithoutOpenGL(message))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

// Chromium's frames reach the window through Qt Quick. With Qt Quick's default renderer, a window
// that holds a web view is composited as a whole through OpenGL on every repaint; where OpenGL is a
// software rasteriser (virtual machines, remote desktops, Xvfb) that costs 8 to 12 ms of the GUI
// thread per keystroke, before the preview can be told about it. Qt Quick's software renderer
// paints the preview like any other widget, and an article gains nothing from the GPU path. So
// Masthead uses it unless the user chose a backend (QT_QUICK_BACKEND) or asks for the GPU
// (MASTHEAD_PREVIEW_GPU=1). It must be decided before the application object exists.
// With it, nothing needs OpenGL, yet on X11 Qt (and Qt WebEngine asking it) would still load the GL
// driver into the window's process: Mesa's llvmpipe and LLVM, 64 MB of the 328 MB the seed took
// (docs/performance.md). Qt's GLX integration is turned off too, unless the user chose one.
void chooseSceneGraphBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") && qEnvironmentVariableIntValue("MASTHEAD_PREVIEW_GPU") != 1) {
        qputenv("QT_QUICK_BACKEND", "software");
        if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
            qputenv("QT_XCB_GL_INTEGRATION", "none");
    }
    // OpenGL off, here or by whoever started Masthead (a Masthead it started itself, a test).
    if (qgetenv("QT_XCB_GL_INTEGRATION") == "none")
        previousMessageHandler = qInstallMessageHandler(leaveOutExpectedGpuWarnings);
}
Q_CONSTRUCTOR_FUNCTION(chooseSceneGraphBackend)

// Refuses every request that would leave the machine: the preview shows the site's own files and
// Masthead's resources, and nothing else.
class OfflineInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme != QLatin1String(PreviewSchemeHandler::scheme) && scheme != u"data" && scheme != u"qrc"
            && scheme != u"blob" && scheme != u"about")
            info.block(true);
    }
};

// Chromium's own speculative connections (preconnecting to what a page might load next, DNS
// pre-resolution) bypass both the page's policy and the interceptor above. Masthead's only web
// content is the preview, so they are turned off for the whole of Chromium, and every host name
// Chromium would resolve resolves to nothing: the preview never needs one. Must be decided before
// the application object exists; flags the user set are kept.
void offlineChromium()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    flags += " --dns-prefetch-disable --disable-background-networking"
             " --disable-features=NetworkPrediction,Prerender2,SpeculationRulesPrefetchProxy,LoadingPredictorPrefetch"
             " \"--host-resolver-rules=MAP * ~NOTFOUND\"";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
}
Q_CONSTRUCTOR_FUNCTION(offlineChromium)

// The text that separates blocks in one patch; preview.js splits at it.
const QString blockSeparator = QStringLiteral("<!--mh-block-->");
} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
    , m_scheme(new PreviewSchemeHandler(this))
    , m_bridge(new PreviewBridge(this))
    , m_scheduler(new RenderScheduler(this))
{
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Preview"));
    // QWebEngineView's drag handlers need a page; drops are accepted once there is one.
    setAcceptDrops(false);

    m_scheduler->setTextSource([this] { return m_document ? m_document->text() : QString(); });
    setUpRenderer({}, nullptr);
    connect(m_scheduler, &RenderScheduler::rendered, this, [this](const RenderedPost &post) { onRendered(post); });
    connect(m_bridge, &PreviewBridge::pageReady, this, &PreviewView::onPageReady);
    connect(m_bridge, &PreviewBridge::pagePatched, this, &PreviewView::onPatched);
    connect(m_bridge, &PreviewBridge::pageScrolled, this, &PreviewView::scrolledToSourceLine);
    connect(m_bridge, &PreviewBridge::pageClicked, this, &PreviewView::sourceLineClicked);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (!ok) {
            m_loadFailed = true;
            Q_EMIT updated(false);
        }
    });
}

void PreviewView::start()
{
    if (m_page)
        return;
    if (m_exposeWatched) {
        m_exposeWatched->removeEventFilter(this);
        m_exposeWatched = nullptr;
    }
    if (m_startTimer)
        m_startTimer->stop();
    // An off-the-record profile of our own: nothing from a preview is stored on disk. Every request
    // that is not for the preview's own scheme is refused there too (docs/security.md), behind the
    // page's Content-Security-Policy.
    auto *profile = new QWebEngineProfile(this);
    profile->installUrlSchemeHandler(PreviewSchemeHandler::scheme, m_scheme);
    profile->setUrlRequestInterceptor(new OfflineInterceptor(profile));
    m_page = new PreviewPage(profile, this);
    setPage(m_page);
    setAcceptDrops(true);

    auto *channel = new QWebChannel(m_page);
    channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(channel, QWebEngineScript::ApplicationWorld);
    m_page->scripts().insert(isolatedScript(QStringLiteral("qwebchannel"),
                                            resourceText(QStringLiteral(":/qtwebchannel/qwebchannel.js")),
                                            QWebEngineScript::DocumentCreation));
    m_page->scripts().insert(isolatedScript(QStringLiteral("masthead-preview"),
                                            resourceText(QStringLiteral(":/masthead/preview/preview.js")),
                                            QWebEngineScript::DocumentReady));
    // If the page's process dies (out of memory on a huge document, a Chromium crash), show the
    // document again in a fresh one instead of a blank pane.
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                qWarning("masthead: the preview's page process ended (status %d, exit code %d); reloading it",
                         int(status), exitCode);
                m_shownUrl.clear();
                loadShell();
            });
    loadShell();
}

QWebEnginePage *PreviewView::page() const
{
    const_cast<PreviewView *>(this)->start();
    return m_page;
}

// Chromium's start costs the GUI thread 100 ms and more in one piece, and its processes then compete
// for the CPU (docs/performance.md). It waits until the window that holds the preview has been painted
// once, so that the editor and its text come first, and then for a moment without typing, so that
// the first keys typed are not held up either (but no longer than startAtLatest). The page is made at
// once when something asks for it.
void PreviewView::showEvent(QShowEvent *event)
{
    if (m_page) {
        QWebEngineView::showEvent(event); // it makes a page of the default profile when there is none
        return;
    }
    QWidget::showEvent(event);
    QWindow *window = this->window()->windowHandle();
    if (!window) {
        QTimer::singleShot(0, this, &PreviewView::start);
        return;
    }
    if (!m_exposeWatched) {
        m_exposeWatched = window;
        window->installEventFilter(this);
    }
    if (window->isExposed())
        startWhenIdle();
}

void PreviewView::startWhenIdle()
{
    if (m_page)
        return;
    if (!m_startTimer) {
        m_startTimer = new QTimer(this);
        m_startTimer->setSingleShot(true);
        m_startTimer->setInterval(startAfterQuiet);
        connect(m_startTimer, &QTimer::timeout, this, &PreviewView::start);
        QTimer::singleShot(startAtLatest, this, &PreviewView::start);
    }
    m_startTimer->start();
}

void PreviewView::hideEvent(QHideEvent *event)
{
    if (m_page)
        QWebEngineView::hideEvent(event);
    else
        QWidget::hideEvent(event);
}

void PreviewView::closeEvent(QCloseEvent *event)
{
    if (m_page)
        QWebEngineView::closeEvent(event);
    else
        QWidget::closeEvent(event);
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    // The window's contents are painted while it handles its first exposure; the waiting starts then,
    // and begins again with every key or click until Chromium has started.
    if (watched == m_exposeWatched) {
        switch (event->type()) {
        case QEvent::Expose:
            if (m_exposeWatched->isExposed())
                startWhenIdle();
            break;
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
            if (m_startTimer)
                startWhenIdle();
            break;
        default:
            break;
        }
    }
    return QWebEngineView::eventFilter(watched, event);
}

PreviewView::~PreviewView()
{
    if (m_exposeWatched)
        m_exposeWatched->removeEventFilter(this);
    if (!m_page)
        return;
    // The page must go before the profile it uses.
    setPage(nullptr);
    delete m_page;
}

QString PreviewView::documentPath() const
{
    if (!m_document)
        return {};
    return m_document->filePath().isEmpty() ? m_document->intendedPath() : m_document->filePath();
}

bool PreviewView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void PreviewView::setMarkdownDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        return;
    // Only a change of the text is worth a render. (contentsChange() also comes for the formats the
    // highlighter sets, thousands of times while a large document loads and once per keystroke.)
    connect(document, &Document::textChanged, this, [this] { m_scheduler->requestRender(); });
    connect(document, &Document::loaded, this, [this] {
        loadShell();
        m_scheduler->requestRender();
    });
    connect(document, &Document::filePathChanged, this, &PreviewView::loadShell);
    // Another site, or its _config.yml or _masthead.yml edited: a new Liquid context, base URL and
    // stylesheet.
    connect(document, &Document::siteChanged, this, [this] {
        loadShell();
        m_scheduler->requestRender();
    });
    loadShell();
    m_scheduler->requestRender();
}

void PreviewView::refresh()
{
    m_scheduler->requestRender();
}

void PreviewView::loadShell()
{
    const QString path = documentPath();
    QString root;
    QString baseUrl;
    m_siteStyleSheet.clear();
    const std::shared_ptr<const Site> site = m_document ? m_document->site() : nullptr;
    if (!path.isEmpty()) {
        if (site) {
            root = site->rootPath();
            baseUrl = site->config().baseurl;
            if (!site->settings().previewStyleSheet.isEmpty())
                m_siteStyleSheet = u'/' + site->settings().previewStyleSheet;
        } else {
            root = QFileInfo(path).absolutePath();
        }
    }
    m_scheme->setRoot(root, baseUrl);
    setUpRenderer(path, m_document ? m_document->liquidContext() : nullptr);
    m_scheme->setPageHtml(shellHtml());
    const QUrl url = m_scheme->pageUrl(path.isEmpty() ? QDir::homePath() + QStringLiteral("/untitled.md") : path);
    if (!m_page)
        return; // start() loads it
    if (url.toString() == m_shownUrl && !m_loadFailed)
        return;
    m_shownUrl = url.toString();
    m_pageReady = false;
    m_loadFailed = false;
    m_blocks.clear();
    m_titleCard.clear();
    m_page->load(url);
}

void PreviewView::setUpRenderer(const QString &documentPath, std::shared_ptr<const LiquidContext> liquid)
{
    RenderOptions options;
    options.relativeLines = true;
    options.documentPath = documentPath;
    // Liquid runs with the site's context, which the document builds once per site, not per keystroke.
    options.liquid = liquid ? std::move(liquid) : std::make_shared<const LiquidContext>();
    // The scheduler runs one render at a time, so the renderer's state is never shared.
    auto renderer = std::make_shared<IncrementalRenderer>(options);
    // A post of many megabytes is not previewed live: its page would take Chromium seconds per
    // keystroke to lay out, and hundreds of megabytes. The pane says so instead.
    const QString tooLarge = u"<p class=\"mh-too-large\">"_s
        + tr("This post is %1 MB long. Posts over %2 MB are not previewed live; the editor, the checks and "
             "“masthead render” work as usual.")
              .toHtmlEscaped()
        + u"</p>"_s;
    m_scheduler->setRenderer([renderer, tooLarge](QString text) {
        if (text.size() > maxLivePreviewCharacters) {
            RenderedPost post;
            post.blocks.append({tooLarge.arg(QString::number(double(text.size()) / (1024 * 1024), 'f', 1))
                                    .arg(maxLivePreviewCharacters / (1024 * 1024)),
                                0,
                                0,
                                {}});
            post.bodyHtml = post.blocks.constFirst().html;
            return post;
        }
        // The renderer keeps the text to find the next change in it.
        return renderer->render(Document::unshared(std::move(text)));
    });
}

QByteArray PreviewView::shellHtml() const
{
    static const QString css = resourceText(QStringLiteral(":/masthead/preview/preview.css"));
    // No script of the page's own may run, nothing may load from outside the preview's scheme, and
    // nothing may be submitted or framed. Masthead's script runs in an isolated world.
    const QString policy = QStringLiteral(
        "default-src 'none'; img-src mh-site: data:; media-src mh-site:; style-src 'unsafe-inline' mh-site:; "
        "font-src mh-site: data:; script-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; "
        "base-uri 'none'");
    QString siteSheet;
    if (!m_siteStyleSheet.isEmpty())
        siteSheet = QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">").arg(m_siteStyleSheet.toHtmlEscaped());
    return QStringLiteral("<!DOCTYPE html><html class=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">"
                          "<style>%3</style>%4</head><body><article class=\"mh-post\"><div id=\"mh-card\"></div>"
                          "<div id=\"mh-article\"></div></article></body></html>")
        .arg(isDark() ? QStringLiteral("mh-dark") : QStringLiteral("mh-light"), policy, css, siteSheet)
        .toUtf8();
}

void PreviewView::onRendered(const RenderedPost &post)
{
    m_sending.renderedAt = epochMilliseconds();
    ++m_generation;
    if (!m_pageReady) {
        m_pendingPost = post;
        return;
    }
    pushToPage(post);
}

void PreviewView::pushToPage(const RenderedPost &post)
{
    // The page reveals the line once more after the patch, in the patched page.
    if (m_pendingReveal) {
        Q_EMIT m_bridge->revealRequested(*m_pendingReveal);
        m_pendingReveal.reset();
    }
    if (post.titleCardHtml != m_titleCard) {
        m_titleCard = post.titleCardHtml;
        Q_EMIT m_bridge->titleCardChanged(offlineHtml(m_titleCard));
    }
    // Only the blocks between the unchanged beginning and the unchanged end travel to the page.
    const QList<RenderedBlock> &next = post.blocks;
    qsizetype start = 0;
    while (start < m_blocks.size() && start < next.size() && m_blocks[start].html == next[start].html)
        ++start;
    qsizetype oldEnd = m_blocks.size();
    qsizetype newEnd = next.size();
    while (oldEnd > start && newEnd > start && m_blocks[oldEnd - 1].html == next[newEnd - 1].html) {
        --oldEnd;
        --newEnd;
    }
    QString html;
    for (qsizetype i = start; i < newEnd; ++i) {
        if (i > start)
            html += blockSeparator;
        // Only what travels is made offline (core/render/offlinehtml.h), so a keystroke costs one block.
        html += offlineHtml(next[i].html);
    }
    // Usually the blocks above keep their lines and the blocks below all move by the same amount:
    // then only the inserted blocks' lines and that amount travel, not thousands of numbers.
    bool prefixKept = true;
    for (qsizetype i = 0; i < start && prefixKept; ++i)
        prefixKept = m_blocks[i].firstLine == next[i].firstLine && m_blocks[i].lastLine == next[i].lastLine;
    const int shift = newEnd < next.size() ? next[newEnd].firstLine - m_blocks[oldEnd].firstLine : 0;
    bool suffixShifted = prefixKept;
    for (qsizetype k = 0; newEnd + k < next.size() && suffixShifted; ++k) {
        suffixShifted = next[newEnd + k].firstLine - m_blocks[oldEnd + k].firstLine == shift
            && next[newEnd + k].lastLine - m_blocks[oldEnd + k].lastLine == shift;
    }
    const bool wholeLines = !suffixShifted;
    QList<int> lines;
    const qsizetype from = wholeLines ? 0 : start;
    const qsizetype to = wholeLines ? next.size() : newEnd;
    lines.reserve((to - from) * 2);
    for (qsizetype i = from; i < to; ++i)
        lines << next[i].firstLine << next[i].lastLine;
    m_blocks = next;
    m_sending.sentAt = epochMilliseconds();
    Q_EMIT m_bridge->patchRequested(int(start), int(oldEnd - start), html, int(newEnd - start), lines, wholeLines,
                                    shift, m_generation);
}

void PreviewView::onPageReady()
{
    m_pageReady = true;
    Q_EMIT m_bridge->darkChanged(isDark());
    m_blocks.clear();
    if (m_pendingPost) {
        pushToPage(*m_pendingPost);
        m_pendingPost.reset();
    } else {
        m_scheduler->requestRender();
    }
}

void PreviewView::onPatched(int generation, double patchMs, double frameMs, double beganAt)
{
    m_patchedGeneration = generation;
    m_lastPatch = m_sending;
    m_lastPatch.pageBeganAt = beganAt;
    m_lastPatch.patchMs = patchMs;
    m_lastPatch.frameMs = frameMs;
    m_lastPatch.acknowledgedAt = epochMilliseconds();
    // Only once the page shows the newest text: not a render that was overtaken while it ran.
    if (generation == m_generation && !m_scheduler->isBusy())
        Q_EMIT updated(true);
}

void PreviewView::scrollToSourceLine(int line)
{
    if (m_pageReady)
        Q_EMIT m_bridge->scrollRequested(line);
}

void PreviewView::revealSourceLine(int line)
{
    if (!m_pageReady)
        return;
    // A keystroke asked for a render (its change reached the preview first): the line goes to the
    // page with the render's patch, not as a message of its own on the keystroke's way to the screen.
    if (m_scheduler->isBusy()) {
        m_pendingReveal = line;
        return;
    }
    Q_EMIT m_bridge->revealRequested(line);
}

void PreviewView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_pageReady)
        Q_EMIT m_bridge->darkChanged(isDark());
}

} // namespace Masthead
