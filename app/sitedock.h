// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"

#include <QDockWidget>
#include <QFileSystemWatcher>
#include <QHash>
#include <QTimer>

class QTreeWidget;
class QTreeWidgetItem;

namespace Masthead
{
class Document;

// The open document's site at a glance: its template, drafts and posts, newest first, each with the
// date and title of its front matter. The open file is marked, with a "•" while it has unsaved
// changes; the drafts show their error count (checked in the background, since a
// site holds hundreds of posts). Activating an entry asks to open it; the list follows the disk.
class SiteDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteDock)

public:
    explicit SiteDock(Document *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The entry of the file at path, or nullptr.
    QTreeWidgetItem *itemOf(const QString &path) const;
    // Reads the site's folders again now (the dock does this by itself when they change).
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &path);
    // After a refresh and after background checks reported.
    void updated();

private:
    void markCurrent();
    void watchFolders();
    void checkInBackground(const QStringList &paths);

    Document *m_document;
    QTreeWidget *m_tree;
    QFileSystemWatcher m_watcher;
    QTimer m_refresh;
    QString m_root;
    QHash<QString, int> m_errors; // path -> errors, from the background checks
    int m_generation = 0;
};

} // namespace Masthead
