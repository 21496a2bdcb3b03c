// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checklistdock.h"

#include "core/document.h"
#include "core/textedit.h"
#include "editor/sourceeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Masthead
{
namespace
{
constexpr int indexRole = Qt::UserRole + 1; // the item's index in m_items; -1 for a section
}

ChecklistDock::ChecklistDock(Document *document, SourceEditor *editor, QWidget *parent)
    : QDockWidget(tr("Checklist"), parent)
    , m_document(document)
    , m_editor(editor)
    , m_progress(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("checklist_dock"));
    m_progress->setObjectName(QStringLiteral("checklist_progress"));
    m_tree->setObjectName(QStringLiteral("checklist_items"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setToolTip(tr("Tick an item to tick it in the text. A mark beside an item says whether Masthead "
                          "found it done."));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &ChecklistDock::refresh);
    connect(m_document, &QTextDocument::contentsChanged, this, &ChecklistDock::scheduleRefresh);
    connect(m_document, &Document::loaded, this, &ChecklistDock::refresh);
    connect(m_document, &Document::filePathChanged, this, &ChecklistDock::scheduleRefresh);
    connect(m_document, &Document::siteChanged, this, &ChecklistDock::scheduleRefresh);
    // Images may have been added or resized on disk meanwhile.
    connect(m_document, &Document::saved, this, &ChecklistDock::scheduleRefresh);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ChecklistDock::onItemChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ChecklistDock::onItemActivated);
    refresh();
}

QString ChecklistDock::progressText() const
{
    if (m_items.isEmpty())
        return tr("This post has no checklist (“- [ ]” items).");
    return tr("%1 of %2 done").arg(checkedCount(m_items)).arg(m_items.size());
}

void ChecklistDock::scheduleRefresh()
{
    m_refresh.start();
}

void ChecklistDock::refresh()
{
    m_refresh.stop();
    const QString text = m_document->text();
    m_items = checklistItems(text);
    m_verifications = verifyChecklist(m_items, text, m_document->filePath(), m_document->site().get());

    const QSignalBlocker blocker(m_tree);
    m_updating = true;
    // Rebuilt whole: a checklist has tens of items. The scroll position is kept.
    const int scroll = m_tree->verticalScrollBar()->value();
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    QString groupTitle;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const ChecklistItem &item = m_items.at(i);
        if (!group || item.section != groupTitle) {
            groupTitle = item.section;
            group = new QTreeWidgetItem(m_tree);
            group->setText(0, item.section.isEmpty() ? tr("Checklist") : item.section);
            group->setData(0, indexRole, -1);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        auto *row = new QTreeWidgetItem(group);
        row->setText(0, item.text);
        row->setData(0, indexRole, static_cast<int>(i));
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(0, item.checked ? Qt::Checked : Qt::Unchecked);
        row->setToolTip(0, tr("Line %1").arg(item.line + 1));
        const ChecklistVerification &v = m_verifications.value(i);
        switch (v.state) {
        case ChecklistVerification::State::Manual:
            break;
        case ChecklistVerification::State::Passed:
            row->setIcon(1, style()->standardIcon(QStyle::SP_DialogApplyButton));
            row->setToolTip(1, tr("Verified: %1").arg(v.detail));
            row->setData(1, Qt::UserRole, QStringLiteral("verified"));
            break;
        case ChecklistVerification::State::Failed:
            row->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            row->setToolTip(1, tr("Not done yet: %1 (double-click for the problems)").arg(v.detail));
            row->setData(1, Qt::UserRole, QStringLiteral("failed"));
            break;
        }
        row->setData(1, Qt::AccessibleTextRole, row->toolTip(1));
    }
    m_tree->expandAll();
    m_tree->verticalScrollBar()->setValue(scroll);
    m_updating = false;
    m_progress->setText(progressText());
    Q_EMIT refreshed();
}

void ChecklistDock::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0)
        return;
    const int index = item->data(0, indexRole).toInt();
    if (index < 0 || index >= m_items.size())
        return;
    const bool checked = item->checkState(0) == Qt::Checked;
    if (checked != m_items.at(index).checked)
        setItemChecked(index, checked);
}

void ChecklistDock::setItemChecked(int index, bool checked)
{
    const QString text = m_document->text();
    const auto edit = checklistSetEdit(text, m_items.at(index).line, checked);
    if (!edit)
        return;
    // One undo step, and the editor's cursor stays where it was.
    applyTextEdit(m_document, *edit);
    // The list follows at once; the dock's own edit needs no pause.
    QTimer::singleShot(0, this, &ChecklistDock::refresh);
}

void ChecklistDock::onItemActivated(QTreeWidgetItem *item)
{
    const int index = item->data(0, indexRole).toInt();
    if (index < 0 || index >= m_items.size() || !m_editor)
        return;
    m_editor->goToLine(m_items.at(index).line + 1);
    m_editor->setFocus(Qt::OtherFocusReason);
    const ChecklistVerification v = m_verifications.value(index);
    if (v.state == ChecklistVerification::State::Failed)
        Q_EMIT problemsRequested(problemCodesFor(v.check));
}

QStringList ChecklistDock::problemCodesFor(ChecklistCheck check)
{
    switch (check) {
    case ChecklistCheck::IssueDate:
        return {QStringLiteral("date-mismatch"), QStringLiteral("invalid-date")};
    case ChecklistCheck::Title:
        return {QStringLiteral("no-title")};
    case ChecklistCheck::ImageWidths:
        return {QStringLiteral("image-too-wide"), QStringLiteral("gif-too-large"), QStringLiteral("unreadable-image")};
    case ChecklistCheck::ImagePlaceholders:
        return {QStringLiteral("placeholder"), QStringLiteral("missing-image"), QStringLiteral("empty-link")};
    case ChecklistCheck::None:
        break;
    }
    return {};
}

} // namespace Masthead
