// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shortcutsdialog.h"

#include "core/preferences.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Masthead
{
namespace
{
constexpr char defaultProperty[] = "mastheadDefaultShortcuts";
constexpr int idRole = Qt::UserRole + 1;
constexpr int sequenceRole = Qt::UserRole + 2;

QList<QKeySequence> defaultsOf(const QAction *action)
{
    return action->property(defaultProperty).value<QList<QKeySequence>>();
}

QString plainText(QString text)
{
    text.remove(QStringLiteral("…"));
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString sequencesText(const QList<QKeySequence> &sequences, QKeySequence::SequenceFormat format)
{
    QStringList parts;
    for (const QKeySequence &sequence : sequences)
        parts.append(sequence.toString(format));
    return parts.join(QStringLiteral("; "));
}

QList<QKeySequence> sequencesOf(const QString &portable)
{
    QList<QKeySequence> sequences;
    for (const QString &part : portable.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        sequences.append(QKeySequence(part, QKeySequence::PortableText));
    return sequences;
}
} // namespace

void ShortcutsDialog::applySaved(const QList<QAction *> &actions, const Preferences *preferences)
{
    const QMap<QString, QString> saved = preferences->shortcuts();
    for (QAction *action : actions) {
        if (!action->property(defaultProperty).isValid())
            action->setProperty(defaultProperty, QVariant::fromValue(action->shortcuts()));
        if (const auto it = saved.constFind(action->objectName()); it != saved.cend())
            action->setShortcuts(sequencesOf(*it));
    }
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_preferences(preferences)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_editor(new QKeySequenceEdit(this))
    , m_reset(new QPushButton(tr("&Reset"), this))
{
    setObjectName(QStringLiteral("shortcuts_dialog"));
    setWindowTitle(tr("Configure Keyboard Shortcuts"));
    m_search->setObjectName(QStringLiteral("shortcuts_search"));
    m_search->setPlaceholderText(tr("Search actions and shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("shortcuts_list"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_editor->setObjectName(QStringLiteral("shortcuts_editor"));
    m_editor->setClearButtonEnabled(true);
    m_reset->setObjectName(QStringLiteral("shortcuts_reset"));
    m_reset->setToolTip(tr("Give the selected action its default shortcut back"));

    for (QAction *action : std::as_const(m_actions)) {
        if (!action->property(defaultProperty).isValid())
            action->setProperty(defaultProperty, QVariant::fromValue(action->shortcuts()));
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, plainText(action->text()));
        item->setIcon(0, action->icon());
        item->setToolTip(0, action->toolTip());
        item->setData(0, idRole, action->objectName());
        item->setData(0, sequenceRole, sequencesText(action->shortcuts(), QKeySequence::PortableText));
        item->setText(1, sequencesText(action->shortcuts(), QKeySequence::NativeText));
    }
    m_list->sortItems(0, Qt::AscendingOrder);

    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Shortcut:"), this);
    keyLabel->setBuddy(m_editor);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_editor, 1);
    keyRow->addWidget(m_reset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShortcutsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(keyRow);
    layout->addWidget(buttons);
    resize(560, 560);

    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::onCurrentChanged);
    connect(m_editor, &QKeySequenceEdit::editingFinished, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem()) {
            if (!setShortcut(item->data(0, idRole).toString(), m_editor->keySequence())) {
                QMessageBox::warning(this, windowTitle(), m_conflict);
                onCurrentChanged();
            }
        }
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const QString id = item->data(0, idRole).toString();
        for (QAction *action : std::as_const(m_actions)) {
            if (action->objectName() == id) {
                item->setData(0, sequenceRole, sequencesText(defaultsOf(action), QKeySequence::PortableText));
                item->setText(1, sequencesText(defaultsOf(action), QKeySequence::NativeText));
            }
        }
        onCurrentChanged();
    });
    m_editor->setEnabled(false);
    m_reset->setEnabled(false);
}

QTreeWidgetItem *ShortcutsDialog::itemOf(const QString &id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, idRole).toString() == id)
            return m_list->topLevelItem(i);
    }
    return nullptr;
}

bool ShortcutsDialog::setShortcut(const QString &id, const QKeySequence &sequence)
{
    QTreeWidgetItem *item = itemOf(id);
    if (!item)
        return false;
    if (!sequence.isEmpty()) {
        const QString portable = sequence.toString(QKeySequence::PortableText);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *other = m_list->topLevelItem(i);
            if (other == item)
                continue;
            if (other->data(0, sequenceRole).toString().split(QStringLiteral("; ")).contains(portable)) {
                m_conflict = tr("%1 is already the shortcut of “%2”. Give that action another one first.")
                                 .arg(sequence.toString(QKeySequence::NativeText), other->text(0));
                return false;
            }
        }
    }
    item->setData(0, sequenceRole, sequence.toString(QKeySequence::PortableText));
    item->setText(1, sequence.toString(QKeySequence::NativeText));
    m_conflict.clear();
    return true;
}

void ShortcutsDialog::onCurrentChanged()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_editor->setEnabled(item != nullptr);
    m_reset->setEnabled(item != nullptr);
    const QList<QKeySequence> sequences
        = item ? sequencesOf(item->data(0, sequenceRole).toString()) : QList<QKeySequence>();
    const QSignalBlocker blocker(m_editor);
    m_editor->setKeySequence(sequences.value(0));
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive)
                        && !item->text(1).contains(text, Qt::CaseInsensitive));
    }
}

void ShortcutsDialog::accept()
{
    QMap<QString, QString> changed;
    for (QAction *action : std::as_const(m_actions)) {
        QTreeWidgetItem *item = itemOf(action->objectName());
        if (!item)
            continue;
        const QString chosen = item->data(0, sequenceRole).toString();
        action->setShortcuts(sequencesOf(chosen));
        if (chosen != sequencesText(defaultsOf(action), QKeySequence::PortableText))
            changed.insert(action->objectName(), chosen);
    }
    m_preferences->setShortcuts(changed);
    QDialog::accept();
}

} // namespace Masthead
