// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/issue/checklist.h"

#include <QDockWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Masthead
{
class Document;
class Site;
class SourceEditor;

// The checklist beside the editor: its "- [ ]" items grouped by section, how many are done,
// and next to each item the app can verify whether it is really done. Ticking a box edits the text as
// one undo step; editing the text updates the list once typing pauses, read on a worker thread so
// that a long post never holds up the keyboard.
// Double-clicking an item shows its line in the editor; an item the app verified and found not done
// also asks for the problems behind it (problemsRequested()).
class ChecklistDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistDock)

public:
    ChecklistDock(Document *document, SourceEditor *editor, QWidget *parent = nullptr);
    ~ChecklistDock() override;

    QTreeWidget *tree() const { return m_tree; }
    QList<ChecklistItem> items() const { return m_items; }
    QList<ChecklistVerification> verifications() const { return m_verifications; }
    // "3 of 8 done"
    QString progressText() const;

    // Reads the text again now, on the GUI thread, instead of in the background after the pause.
    void refresh();

    // The problem codes (docs/checks.md) behind a verified item; empty for a manual one.
    static QStringList problemCodesFor(ChecklistCheck check);

Q_SIGNALS:
    void refreshed();
    // A verified item that is not done was activated: show these kinds of problems.
    void problemsRequested(const QStringList &codes);

private:
    struct Reading {
        QList<ChecklistItem> items;
        QList<ChecklistVerification> verifications;
    };
    static Reading read(const QString &text, const QString &path, const Site *site);
    // Reads the text on a worker thread; the newest reading wins.
    void scheduleRefresh();
    void showReading(const Reading &reading);
    // The row's tick and verification mark from m_items[index] (its line, the tooltip, is read from
    // m_items when shown).
    void showItem(QTreeWidgetItem *row, qsizetype index);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void onItemActivated(QTreeWidgetItem *item);
    void setItemChecked(int index, bool checked);

    Document *m_document;
    SourceEditor *m_editor;
    QLabel *m_progress;
    QTreeWidget *m_tree;
    int m_generation = 0; // of the newest reading asked for
    QList<ChecklistItem> m_items;
    QList<ChecklistVerification> m_verifications;
    bool m_updating = false;
};

} // namespace Masthead
