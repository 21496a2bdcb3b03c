// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/checks.h"
#include "core/checks/linkchecker.h"
#include "core/problem.h"

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Masthead
{
class Document;
class SourceEditor;

// The problems the pre-publish checks find in the open issue, with their severity and line;
// double-clicking one puts the cursor on it. check() runs the checks on the text as it is (saved or
// not) and, when link checking is on, starts checking the external links in the background with a
// progress bar; the link results are kept until the next check(), so that recheck() (after a save)
// is instant and asks the network for nothing.
class ProblemsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDock)

public:
    ProblemsDock(Document *document, SourceEditor *editor, QWidget *parent = nullptr);
    ~ProblemsDock() override;

    // Runs every check; external links too when linksEnabled(), with a fresh cache.
    void check();
    // Runs the checks of the text again, with the link results already known.
    void recheck();

    bool linksEnabled() const;
    void setLinksEnabled(bool enabled);
    bool isCheckingLinks() const;
    // For tests: the link checker of the current run (nullptr before the first with links).
    LinkChecker *linkChecker() const { return m_links; }

    QList<Problem> problems() const { return m_problems; }
    QTreeWidget *table() const { return m_table; }
    // "Errors: 2, warnings: 5, notes: 1"
    QString summary() const;

Q_SIGNALS:
    // After every check and every link result.
    void problemsChanged();
    void linkCheckFinished();

private:
    // recheck() on a worker thread, for saves and loads: a long post takes a while to check.
    void recheckInBackground();
    void display(const QList<Problem> &problems);
    void onItemActivated(QTreeWidgetItem *item);

    Document *m_document;
    SourceEditor *m_editor;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QCheckBox *m_linksBox;
    QTreeWidget *m_table;
    QPointer<LinkChecker> m_links;
    QList<Problem> m_local;
    int m_generation = 0; // of the newest check asked for
    QList<Problem> m_problems;
};

} // namespace Masthead
