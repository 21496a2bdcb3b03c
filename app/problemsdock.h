// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/checks.h"
#include "core/checks/linkchecker.h"
#include "core/problem.h"
#include "core/text/outline.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Masthead
{
class Document;
class SourceEditor;

// The problems the pre-publish checks find in the open issue, grouped by kind with counts (errors
// first), the template's placeholders further by section and collapsed, with a severity filter and a
// search; double-clicking one puts the cursor on it. Paths that break once published have a one-click
// fix (Fix Paths), applied as one undo step. The list follows the text 0.7 s after typing pauses. check() runs the
// checks on the text as it is (saved or not) and, when link checking is on, starts checking the external links in the
// background with a progress bar; the link results are kept until the next check(), so that recheck() (after a save) is
// instant and asks the network for nothing.
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
    // The row of problems().at(index), or nullptr when it is filtered out.
    QTreeWidgetItem *itemOf(int index) const;
    // The severity filter: -1 all, else a Problem::Severity shown alone.
    void setSeverityFilter(int severity);
    void setSearchText(const QString &text);
    // Shows only problems of these codes (a checklist item's), with a Show All button; empty: all.
    void showKinds(const QStringList &codes);
    QStringList shownKinds() const { return m_kinds; }
    // Rewrites the paths that break from the published post as the site chose (one undo step);
    // false when there were none.
    bool fixPaths();
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
    void fill();
    void onItemActivated(QTreeWidgetItem *item);

    Document *m_document;
    SourceEditor *m_editor;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QCheckBox *m_linksBox;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QPushButton *m_fixPaths;
    QPushButton *m_showAll;
    QStringList m_kinds;
    QTreeWidget *m_table;
    QPointer<LinkChecker> m_links;
    QList<Problem> m_local;
    // The headings of the text m_local was checked in (placeholders are grouped by section): read
    // with the check, on the worker thread, not by every fill() on the GUI thread.
    QList<OutlineSection> m_sections;
    // The sections the tree was last filled with (with m_problems): a check that finds the same
    // problems in the same sections, as after most keystrokes, leaves the tree as it is.
    QList<OutlineSection> m_filledSections;
    bool m_filled = false;
    int m_generation = 0; // of the newest check asked for
    QList<Problem> m_problems;
};

} // namespace Masthead
