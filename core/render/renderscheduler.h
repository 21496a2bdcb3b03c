// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/postrenderer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Masthead
{

// Renders a document off the GUI thread, one render at a time, always catching up with the newest
// text: a change while a render runs only marks the text dirty, and the next render starts when the
// running one ends. Asking for a render never waits for one. Lives in the GUI thread.
class RenderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderScheduler)

public:
    // Takes a snapshot of the text to render, called on the GUI thread when a render starts.
    using TextSource = std::function<QString()>;
    // Renders a snapshot; runs on a worker thread, so it must not touch GUI objects. It gets the
    // scheduler's only reference to the text: one that keeps the text after the render keeps a copy
    // of its own (Document::unshared()), or each keystroke would copy the document's whole text.
    using Renderer = std::function<RenderedPost(QString text)>;

    explicit RenderScheduler(QObject *parent = nullptr);
    ~RenderScheduler() override;

    void setTextSource(TextSource source) { m_source = std::move(source); }
    void setRenderer(Renderer renderer) { m_renderer = std::move(renderer); }

    // The text changed: render it as soon as the worker is free.
    void requestRender();
    bool isRendering() const { return m_watcher.isRunning(); }
    // Rendering, or about to: a render is running or asked for.
    bool isBusy() const { return m_watcher.isRunning() || m_startQueued || m_dirty; }
    // Renders started so far (for tests and benchmarks).
    int renderCount() const { return m_renders; }

Q_SIGNALS:
    // A render of the text as it was at `requested` finished. elapsedMs is the render's own time.
    void rendered(const Masthead::RenderedPost &post, qint64 elapsedMs);

protected:
    bool event(QEvent *event) override;

private:
    void start();
    void onFinished();

    TextSource m_source;
    Renderer m_renderer;
    // Renders run on a thread of their own, not in the global pool: there the docks' whole-text work
    // (checks, outline, statistics) can take both threads for a minute on a long post, and the
    // preview, even its "too long" notice, would wait behind it.
    QThreadPool m_pool;
    QFutureWatcher<RenderedPost> m_watcher;
    QElapsedTimer m_clock;
    bool m_dirty = false;
    bool m_startQueued = false;
    int m_renders = 0;
};

} // namespace Masthead
