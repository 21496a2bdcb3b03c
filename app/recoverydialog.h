// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Masthead
{

// What the journal kept of texts that were never saved (Masthead crashed, was killed, or the session
// ended): each entry with its difference from the file on disk, to recover into the window, discard
// for good, or keep for later (the entry stays and is offered again at the next start, or from
// File ▸ Recover Unsaved Text). Emits recoverRequested() and closes when the user recovers one.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    RecoveryDialog(const Journal &journal, const QList<JournalEntry> &entries, QWidget *parent = nullptr);

    QList<JournalEntry> entries() const { return m_entries; }
    // The difference shown for the selected entry, as HTML.
    QString differenceHtml() const;
    void select(int row);

    // entry's text against the file on disk, as HTML: removed and added lines with a little context.
    static QString differenceFromDisk(const JournalEntry &entry);

Q_SIGNALS:
    void recoverRequested(const Masthead::JournalEntry &entry);

private:
    void onSelectionChanged();
    void onRecover();
    void onDiscard();
    void fillList();

    Journal m_journal;
    QList<JournalEntry> m_entries;
    QListWidget *m_list;
    QTextBrowser *m_difference;
    QPushButton *m_recover;
    QPushButton *m_discard;
};

} // namespace Masthead
