// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Masthead
{

// The object the preview page's script talks to through QWebChannel. Signals go to the page,
// invokable methods come from it.
class PreviewBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewBridge)

public:
    explicit PreviewBridge(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    Q_INVOKABLE void ready() { Q_EMIT pageReady(); }
    // patchMs: the page's DOM work; frameMs: the wait from there to the next animation frame;
    // beganAt: when the DOM work began, in milliseconds since the epoch.
    Q_INVOKABLE void patched(int generation, double patchMs, double frameMs, double beganAt)
    {
        Q_EMIT pagePatched(generation, patchMs, frameMs, beganAt);
    }
    Q_INVOKABLE void scrolled(double line) { Q_EMIT pageScrolled(line); }
    Q_INVOKABLE void clicked(int line) { Q_EMIT pageClicked(line); }

Q_SIGNALS:
    // To the page.
    // Replace removeCount blocks at start by insertCount blocks parsed from html. When wholeLines is
    // true, lines holds [first, last] of every block; otherwise only of the inserted ones, and the
    // blocks after them moved by lineShift.
    void patchRequested(int start, int removeCount, const QString &html, int insertCount, const QList<int> &lines,
                        bool wholeLines, int lineShift, int generation);
    void titleCardChanged(const QString &html);
    void scrollRequested(int line);
    // Bring the block of this source line into view if it is out of it, now and after the next patch.
    void revealRequested(int line);
    void darkChanged(bool dark);

    // From the page.
    void pageReady();
    void pagePatched(int generation, double patchMs, double frameMs, double beganAt);
    void pageScrolled(double line);
    void pageClicked(int line);
};

} // namespace Masthead
