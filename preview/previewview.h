// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/postrenderer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWebEngineView>
#include <QWindow>

#include <memory>
#include <optional>

class QTimer;

namespace Masthead
{
class Document;
class PreviewBridge;
class PreviewPage;
class PreviewSchemeHandler;
class RenderScheduler;
struct LiquidContext;

// The live preview of a Document, in Qt WebEngine. The page loads once per document; each edit is
// rendered off the GUI thread and only the blocks that changed are sent to the page, which patches
// its DOM in place. Images resolve through PreviewSchemeHandler from the site root (or the post's
// folder outside a site); a post's scripts never run, and links open in the system browser.
// Scrolling follows the editor both ways through source lines.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Chromium starts after the window holding the preview has been painted once and then left without
    // typing for startAfterQuiet (at the latest startAtLatest after that first paint), or when the page
    // is asked for: the editor comes first.
    static constexpr int startAfterQuiet = 300; // ms
    static constexpr int startAtLatest = 2000; // ms
    bool isStarted() const { return m_page != nullptr; }
    // Starts Chromium now, if it has not started.
    void start();
    // The preview's page; starts Chromium if it has not started. (QWebEngineView's own page() would
    // make a page of the default profile.)
    QWebEnginePage *page() const;

    void setMarkdownDocument(Document *document);
    // Renders now (normally edits trigger it).
    void refresh();

    // Longer documents (in characters) show a notice instead of a live preview.
    static constexpr qsizetype maxLivePreviewCharacters = 5 * 1024 * 1024;

    // Scrolls the preview so that the block of this source line (1-based) is at the top.
    void scrollToSourceLine(int line);
    // Brings the block of this source line (1-based) into view when it is not: the line being edited,
    // so that what is typed shows in the preview too. Leaves the preview alone when it is in view.
    void revealSourceLine(int line);
    // The generation of the content last patched into the page.
    int patchedGeneration() const { return m_patchedGeneration; }
    int renderedGeneration() const { return m_generation; }
    // When the stages of the last acknowledged patch happened, in milliseconds since the epoch
    // (the page's clock is the system clock too), for benchmarks.
    struct PatchTiming {
        double renderedAt = 0; // the render arrived on the GUI thread
        double sentAt = 0; // the patch left for the page
        double pageBeganAt = 0; // the page began patching its DOM
        double patchMs = 0; // the page's DOM work
        double frameMs = 0; // from there to the next animation frame
        double acknowledgedAt = 0; // the page's report arrived
    };
    PatchTiming lastPatchTiming() const { return m_lastPatch; }
    // The rendered blocks now shown.
    const QList<RenderedBlock> &blocks() const { return m_blocks; }

Q_SIGNALS:
    // The page shows the document's current rendering; ok is false when the page failed to load.
    void updated(bool ok);
    // The reader scrolled the preview; line is the (fractional) source line at its top.
    void scrolledToSourceLine(double line);
    // The reader clicked the preview at this source line.
    void sourceLineClicked(int line);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startWhenIdle();
    void loadShell();
    void setUpRenderer(const QString &documentPath, std::shared_ptr<const LiquidContext> liquid);
    QByteArray shellHtml() const;
    void onRendered(const RenderedPost &post);
    void onPageReady();
    void onPatched(int generation, double patchMs, double frameMs, double beganAt);
    void pushToPage(const RenderedPost &post);
    QString documentPath() const;
    bool isDark() const;

    QPointer<Document> m_document;
    PreviewPage *m_page = nullptr; // none until start()
    QPointer<QWindow> m_exposeWatched; // the window whose first exposure starts Chromium
    QTimer *m_startTimer = nullptr; // runs from the first exposure, again from every key
    PreviewSchemeHandler *m_scheme = nullptr;
    PreviewBridge *m_bridge = nullptr;
    RenderScheduler *m_scheduler = nullptr;
    QString m_siteStyleSheet; // URL of the site's own preview stylesheet, if it has one
    QString m_shownUrl;
    bool m_pageReady = false;
    QList<RenderedBlock> m_blocks; // what the page shows
    std::optional<RenderedPost> m_pendingPost; // rendered before the page was ready
    std::optional<int> m_pendingReveal; // a line to reveal, going with the next patch
    QString m_titleCard;
    int m_generation = 0;
    int m_patchedGeneration = 0;
    bool m_loadFailed = false;
    PatchTiming m_sending; // the patch in flight
    PatchTiming m_lastPatch;
};

} // namespace Masthead
