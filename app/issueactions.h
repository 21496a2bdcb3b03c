// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace Masthead
{
class MainWindow;

// The weekly routine in the window: New Issue, Re-date and Unpublish, each calling the same core
// code as `masthead new|redate|unpublish` (core/issue/issuelifecycle.h). Each asks first (a date
// dialog or a confirmation) and leaves the window on the file the operation produced, so that a save
// afterwards writes there and never brings the old file back. The actions have the ids issue_new,
// issue_redate and issue_unpublish, and are enabled only where they make sense.
class IssueActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueActions)

public:
    explicit IssueActions(MainWindow *window);

    QList<QAction *> actions() const { return {m_new, m_redate, m_unpublish}; }

    // Each returns true when the disk changed and the window shows the new file.
    bool newIssue();
    bool redate();
    bool unpublish();

private:
    void updateEnabled();
    // Saves the document when it has changes, asking first; false when the user declined.
    bool saveFirst(const QString &what);
    void showError(const QString &title, const QString &message);

    MainWindow *m_window;
    QAction *m_new;
    QAction *m_redate;
    QAction *m_unpublish;
};

} // namespace Masthead
