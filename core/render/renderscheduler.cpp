// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/renderscheduler.h"

#include <QCoreApplication>
#include <QEvent>
#include <QtConcurrent/QtConcurrentRun>

namespace Masthead
{
namespace
{
// Posted to start a render (see requestRender()).
const QEvent::Type startEvent = QEvent::Type(QEvent::registerEventType());
} // namespace

RenderScheduler::RenderScheduler(QObject *parent)
    : QObject(parent)
    , m_renderer([](const QString &text) { return renderPost(text); })
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("preview render"));
    connect(&m_watcher, &QFutureWatcher<RenderedPost>::finished, this, &RenderScheduler::onFinished);
}

RenderScheduler::~RenderScheduler()
{
    // Only a render still running: a finished one's future was emptied by takeResult(), which
    // leaves it in no state at all, neither running nor finished.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void RenderScheduler::requestRender()
{
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    // Coalesce the keystrokes of one event-loop pass into one render. The start waits behind the
    // window's repaint, which Qt posts at low priority too: the editor shows the keystroke before
    // the render takes a core (on two cores the GUI thread otherwise waits for one, milliseconds).
    if (!m_startQueued) {
        m_startQueued = true;
        QCoreApplication::postEvent(this, new QEvent(startEvent), Qt::LowEventPriority);
    }
}

bool RenderScheduler::event(QEvent *event)
{
    if (event->type() != startEvent)
        return QObject::event(event);
    start();
    return true;
}

void RenderScheduler::start()
{
    m_startQueued = false;
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    ++m_renders;
    const QString text = m_source ? m_source() : QString();
    m_clock.start();
    // Handed on, not kept: the renderer gets the worker's only reference to the text.
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [renderer = m_renderer, text]() mutable { return renderer(std::move(text)); }));
}

void RenderScheduler::onFinished()
{
    const qint64 elapsed = m_clock.elapsed();
    // Taken, not copied: the future keeps nothing of the last render (blocks of a long post are
    // thousands of strings, which the next start() would otherwise free on the GUI thread).
    const RenderedPost post = m_watcher.future().takeResult();
    if (m_dirty)
        start();
    Q_EMIT rendered(post, elapsed);
}

} // namespace Masthead
