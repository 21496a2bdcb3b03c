// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QKeySequenceEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Masthead
{
class Preferences;

// Settings ▸ Configure Keyboard Shortcuts, as KDE applications have it: every action of the window
// with its shortcut, a search, and a key editor for the selected one; Reset gives an action its
// default back. OK applies the changes and keeps them in the Preferences; a shortcut already used
// by another action is refused with the other action's name.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, Preferences *preferences, QWidget *parent = nullptr);

    // Remembers each action's built-in shortcuts, then applies the ones saved in preferences.
    static void applySaved(const QList<QAction *> &actions, const Preferences *preferences);

    QTreeWidget *list() const { return m_list; }
    // Gives the action with the id the sequence (empty: none); false, with the reason in
    // conflict(), when another action has it already.
    bool setShortcut(const QString &id, const QKeySequence &sequence);
    QString conflict() const { return m_conflict; }
    void accept() override;

private:
    void onCurrentChanged();
    void filter(const QString &text);
    QTreeWidgetItem *itemOf(const QString &id) const;

    QList<QAction *> m_actions;
    Preferences *m_preferences;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_editor;
    QPushButton *m_reset;
    QString m_conflict;
};

} // namespace Masthead
