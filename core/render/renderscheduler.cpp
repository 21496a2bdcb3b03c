// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/renderscheduler.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Masthead
{

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
    m_watcher.waitForFinished();
}

void RenderScheduler::requestRender()
{
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    // Coalesce the keystrokes of one event-loop pass into one render.
    if (!m_startQueued) {
        m_startQueued = true;
        QTimer::singleShot(0, this, &RenderScheduler::start);
    }
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
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [renderer = m_renderer, text] { return renderer(text); }));
}

void RenderScheduler::onFinished()
{
    const qint64 elapsed = m_clock.elapsed();
    const RenderedPost post = m_watcher.result();
    if (m_dirty)
        start();
    Q_EMIT rendered(post, elapsed);
}

} // namespace Masthead
