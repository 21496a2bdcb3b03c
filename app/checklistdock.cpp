// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checklistdock.h"

#include "core/background.h"
#include "core/document.h"
#include "core/textedit.h"
#include "editor/sourceeditor.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Masthead
{
namespace
{
constexpr int indexRole = Qt::UserRole + 1; // the item's index in m_items; -1 for a section

// An item's row. Its tooltip, the item's line, is read from the dock's items when it is shown, not
// stored: typing above the checklist moves every item's line, and the rows then stay as they are
// instead of each being changed (and the tree told) at every pause.
class ItemRow final : public QTreeWidgetItem
{
public:
    ItemRow(QTreeWidgetItem *group, const QList<ChecklistItem> &items)
        : QTreeWidgetItem(group)
        , m_items(items)
    {
    }

    QVariant data(int column, int role) const override
    {
        if (column == 0 && role == Qt::ToolTipRole) {
            const int index = QTreeWidgetItem::data(0, indexRole).toInt();
            if (index >= 0 && index < m_items.size())
                return ChecklistDock::tr("Line %1").arg(m_items.at(index).line + 1);
        }
        return QTreeWidgetItem::data(column, role);
    }

private:
    const QList<ChecklistItem> &m_items; // the dock's, which outlives its tree
};
} // namespace

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

    connect(m_document, &Document::textSettled, this, &ChecklistDock::scheduleRefresh);
    connect(m_document, &Document::loaded, this, &ChecklistDock::scheduleRefresh);
    connect(m_document, &Document::filePathChanged, this, &ChecklistDock::scheduleRefresh);
    connect(m_document, &Document::siteChanged, this, &ChecklistDock::scheduleRefresh);
    // Images may have been added or resized on disk meanwhile.
    connect(m_document, &Document::saved, this, &ChecklistDock::scheduleRefresh);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ChecklistDock::onItemChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ChecklistDock::onItemActivated);
    refresh();
}

ChecklistDock::~ChecklistDock()
{
    // The rows read m_items, which goes before the tree (a child widget) would.
    m_tree->clear();
}

QString ChecklistDock::progressText() const
{
    if (m_items.isEmpty())
        return tr("This post has no checklist (“- [ ]” items).");
    return tr("%1 of %2 done").arg(checkedCount(m_items)).arg(m_items.size());
}

ChecklistDock::Reading ChecklistDock::read(const QString &text, const QString &path, const Site *site)
{
    Reading reading;
    reading.items = checklistItems(text);
    reading.verifications = verifyChecklist(reading.items, text, path, site);
    return reading;
}

void ChecklistDock::scheduleRefresh()
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Reading>(this);
    connect(watcher, &QFutureWatcher<Reading>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showReading(watcher->result());
    });
    // The text is shared, not copied; the site stays alive as long as the reading needs it.
    watcher->setFuture(runInBackground([text = m_document->text(), path = m_document->filePath(),
                                        site = m_document->site()] { return read(text, path, site.get()); }));
}

void ChecklistDock::refresh()
{
    ++m_generation; // a reading still running is older
    showReading(read(m_document->text(), m_document->filePath(), m_document->site().get()));
}

void ChecklistDock::showReading(const Reading &reading)
{
    const bool sameRows = reading.items.size() == m_items.size()
        && std::ranges::equal(reading.items, m_items, [](const ChecklistItem &a, const ChecklistItem &b) {
                              return a.section == b.section && a.text == b.text;
                          });
    const bool unchanged = sameRows && reading.items == m_items && reading.verifications == m_verifications;
    m_items = reading.items;
    m_verifications = reading.verifications;
    if (unchanged) {
        Q_EMIT refreshed();
        return;
    }
    const QSignalBlocker blocker(m_tree);
    m_updating = true;
    if (sameRows) {
        // Typing moved lines or ticked boxes: the rows stay, their state follows.
        qsizetype i = 0;
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_tree->topLevelItem(g);
            for (int r = 0; r < group->childCount() && i < m_items.size(); ++r, ++i)
                showItem(group->child(r), i);
        }
    } else {
        // Rebuilt whole when items come or go. The scroll position is kept.
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
            auto *row = new ItemRow(group, m_items);
            row->setText(0, item.text);
            row->setData(0, indexRole, static_cast<int>(i));
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(0, item.checked ? Qt::Checked : Qt::Unchecked); // the box, also unticked
            showItem(row, i);
        }
        m_tree->expandAll();
        m_tree->verticalScrollBar()->setValue(scroll);
    }
    m_updating = false;
    m_progress->setText(progressText());
    Q_EMIT refreshed();
}

void ChecklistDock::showItem(QTreeWidgetItem *row, qsizetype index)
{
    const ChecklistItem &item = m_items.at(index);
    const Qt::CheckState state = item.checked ? Qt::Checked : Qt::Unchecked;
    if (row->checkState(0) != state)
        row->setCheckState(0, state);
    const ChecklistVerification &v = m_verifications.value(index);
    QString mark;
    QString tip;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (v.state) {
    case ChecklistVerification::State::Manual:
        break;
    case ChecklistVerification::State::Passed:
        icon = QStyle::SP_DialogApplyButton;
        tip = tr("Verified: %1").arg(v.detail);
        mark = QStringLiteral("verified");
        break;
    case ChecklistVerification::State::Failed:
        icon = QStyle::SP_MessageBoxWarning;
        tip = tr("Not done yet: %1 (double-click for the problems)").arg(v.detail);
        mark = QStringLiteral("failed");
        break;
    }
    const bool sameMark = row->data(1, Qt::UserRole).toString() == mark;
    if (sameMark && row->toolTip(1) == tip)
        return;
    if (!sameMark) {
        row->setIcon(1, icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
        row->setData(1, Qt::UserRole, mark.isEmpty() ? QVariant() : QVariant(mark));
    }
    row->setToolTip(1, tip);
    row->setData(1, Qt::AccessibleTextRole, tip);
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
    scheduleRefresh();
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
