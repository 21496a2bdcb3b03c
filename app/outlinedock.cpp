// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outlinedock.h"

#include "core/background.h"
#include "core/document.h"
#include "core/textedit.h"
#include "editor/sourceeditor.h"

#include <QDrag>
#include <QFutureWatcher>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QStandardItemModel>
#include <QTextBlock>

#include <utility>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
constexpr auto sectionMimeType = "application/x-masthead-section"_L1;

// Rows are sections; a drop between rows asks to move the dragged section there. The model never
// moves its own rows: the text changes, and the outline is read again from it.
class OutlineModel final : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    std::function<void(int from, int before)> onMove;

    QStringList mimeTypes() const override { return {sectionMimeType}; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        if (indexes.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(sectionMimeType, QByteArray::number(indexes.first().row()));
        return data;
    }

    bool canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const override
    {
        return data && data->hasFormat(sectionMimeType);
    }

    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) override
    {
        if (!data || !data->hasFormat(sectionMimeType) || action != Qt::MoveAction)
            return false;
        bool ok = false;
        const int from = data->data(sectionMimeType).toInt(&ok);
        if (!ok)
            return false;
        // Dropped on a row rather than between two: in front of it.
        const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
        if (onMove)
            onMove(from, before);
        return true;
    }
};

// A section's row. Its tooltip, the section's line, is read from the dock's sections when it is
// shown, not stored: typing above a heading moves the line of every section below it, and the rows
// then stay as they are instead of each being changed (and the view told) at every pause.
class SectionItem final : public QStandardItem
{
public:
    explicit SectionItem(const QList<OutlineSection> &sections)
        : m_sections(sections)
    {
    }

    QVariant data(int role) const override
    {
        if (role == Qt::ToolTipRole) {
            const int index = row();
            if (index >= 0 && index < m_sections.size())
                return OutlineDock::tr("Line %1").arg(m_sections.at(index).line + 1);
        }
        return QStandardItem::data(role);
    }

private:
    const QList<OutlineSection> &m_sections; // the dock's, which outlives its model
};

int topLevelOf(const QList<OutlineSection> &sections)
{
    int topLevel = 6;
    for (const OutlineSection &section : sections)
        topLevel = qMin(topLevel, section.level);
    return topLevel;
}

// Starts drags itself: the model's rows are never removed by the view after a drop.
class OutlineView final : public QListView
{
public:
    using QListView::QListView;

protected:
    void startDrag(Qt::DropActions) override
    {
        const QModelIndexList indexes = selectedIndexes();
        if (indexes.isEmpty())
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(model()->mimeData(indexes));
        drag->exec(Qt::MoveAction);
    }
};

} // namespace

OutlineDock::OutlineDock(Document *document, SourceEditor *editor, QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
    , m_document(document)
    , m_editor(editor)
    , m_view(new OutlineView(this))
    , m_model(new OutlineModel(this))
{
    setObjectName(u"outline_dock"_s);
    static_cast<OutlineModel *>(m_model)->onMove = [this](int from, int before) {
        // After the drop has finished, not inside it.
        QMetaObject::invokeMethod(this, [this, from, before] { moveSection(from, before); }, Qt::QueuedConnection);
    };
    m_view->setObjectName(u"outline_view"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(false);
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(tr("Click a heading to go to it; drag it to move its section"));
    setWidget(m_view);

    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { onClicked(index.row()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { onClicked(index.row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &OutlineDock::onContextMenu);

    // Read again on a worker thread once typing pauses: a long post has thousands of lines to scan.
    connect(document, &Document::textSettled, this, &OutlineDock::scheduleRefresh);
    connect(document, &Document::loaded, this, &OutlineDock::scheduleRefresh);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlineDock::updateCurrent);
    refresh();
}

OutlineDock::~OutlineDock()
{
    // The rows read m_sections, which goes before the model (a child) would.
    m_model->clear();
}

void OutlineDock::scheduleRefresh()
{
    if (!m_document)
        return;
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<OutlineSection>>(this);
    connect(watcher, &QFutureWatcher<QList<OutlineSection>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showSections(watcher->result());
    });
    watcher->setFuture(runInBackground([text = m_document->text()] { return outlineSections(text); }));
}

void OutlineDock::refresh()
{
    ++m_generation; // a reading still running is older
    if (!m_document)
        return;
    showSections(outlineSections(m_document->text()));
}

void OutlineDock::showSections(const QList<OutlineSection> &sections)
{
    if (sections == m_sections && m_model->rowCount() == sections.size()) {
        Q_EMIT refreshed();
        return;
    }
    const QList<OutlineSection> before = std::exchange(m_sections, sections);
    const int topLevel = topLevelOf(m_sections);
    const bool sameIndent = topLevel == topLevelOf(before);
    // Rows are replaced in place, so that the view keeps its scroll position.
    m_model->setRowCount(int(m_sections.size()));
    for (int row = 0; row < m_sections.size(); ++row) {
        const OutlineSection &section = m_sections[row];
        QStandardItem *item = m_model->item(row);
        if (!item) {
            item = new SectionItem(m_sections);
            m_model->setItem(row, item);
        }
        // Only what changed: each change repaints and relayouts the view. A row whose heading only
        // moved to another line is left alone (its tooltip reads the line).
        if (!sameIndent || row >= before.size() || before[row].level != section.level
            || before[row].title != section.title || item->text().isEmpty()) {
            const QString title = section.title.isEmpty() ? tr("(untitled)") : section.title;
            const QString text = QString((section.level - topLevel) * 3, u' ') + title;
            if (item->text() != text)
                item->setText(text);
        }
        if (item->data(Qt::UserRole) != QVariant(section.level))
            item->setData(section.level, Qt::UserRole);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_reorderEnabled)
            flags |= Qt::ItemIsDragEnabled;
        if (item->flags() != flags)
            item->setFlags(flags);
    }
    m_current = -2; // mark again
    updateCurrent();
    Q_EMIT refreshed();
}

void OutlineDock::setReorderEnabled(bool enabled)
{
    m_reorderEnabled = enabled;
    m_view->setDragDropMode(enabled ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    m_sections.clear(); // the rows' flags change
    refresh();
}

void OutlineDock::updateCurrent()
{
    if (!m_editor)
        return;
    const int line = m_editor->textCursor().blockNumber() + m_editor->lineNumberOffset();
    const int current = sectionAtLine(m_sections, line);
    if (current == m_current)
        return;
    m_current = current;
    QItemSelectionModel *selection = m_view->selectionModel();
    if (current < 0) {
        selection->clear();
        m_view->scrollToTop(); // before the first heading
        return;
    }
    const QModelIndex index = m_model->index(current, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void OutlineDock::onClicked(int row)
{
    if (row < 0 || row >= m_sections.size() || !m_editor || !m_document)
        return;
    if (m_editor->document() != m_document) {
        // Section mode shows one section; another one is chosen by editing it.
        Q_EMIT editSectionRequested(row);
        return;
    }
    m_editor->setCursorPosition(int(m_sections[row].begin));
    m_editor->setFocus(Qt::OtherFocusReason);
}

int OutlineDock::lastInside(int index) const
{
    int last = index;
    while (last + 1 < m_sections.size() && m_sections[last + 1].begin < m_sections[index].end)
        ++last;
    return last;
}

bool OutlineDock::moveSection(int from, int before)
{
    if (!m_document || !m_reorderEnabled)
        return false;
    const QString text = m_document->text();
    const auto moved = Masthead::moveSection(text, from, before);
    if (!moved)
        return false;
    const QList<OutlineSection> sectionsBefore = outlineSections(text);
    int movedCount = 1;
    while (from + movedCount < sectionsBefore.size()
           && sectionsBefore[from + movedCount].begin < sectionsBefore[from].end)
        ++movedCount;
    applyTextEdit(m_document, minimalTextEdit(text, *moved));
    refresh();

    // The cursor follows the moved section's heading.
    const int index = before > from ? before - movedCount : before;
    if (m_editor && m_editor->document() == m_document && index >= 0 && index < m_sections.size())
        m_editor->setCursorPosition(int(m_sections[index].begin));
    return true;
}

bool OutlineDock::moveSectionUp(int index)
{
    if (index <= 0 || index >= m_sections.size())
        return false;
    const int level = m_sections[index].level;
    for (int j = index - 1; j >= 0; --j) {
        if (m_sections[j].level < level)
            return false; // the parent: no sibling above
        if (m_sections[j].level == level)
            return moveSection(index, j);
    }
    return false;
}

bool OutlineDock::moveSectionDown(int index)
{
    if (index < 0 || index >= m_sections.size())
        return false;
    const int next = lastInside(index) + 1;
    if (next >= m_sections.size() || m_sections[next].level != m_sections[index].level)
        return false;
    return moveSection(index, lastInside(next) + 1);
}

void OutlineDock::onContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const int row = index.row();
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("&Edit This Section Only…"));
    edit->setObjectName(u"outline_edit_section"_s);
    connect(edit, &QAction::triggered, this, [this, row] { Q_EMIT editSectionRequested(row); });
    menu.addSeparator();
    QAction *up = menu.addAction(tr("Move &Up"));
    up->setEnabled(m_reorderEnabled);
    connect(up, &QAction::triggered, this, [this, row] { moveSectionUp(row); });
    QAction *down = menu.addAction(tr("Move &Down"));
    down->setEnabled(m_reorderEnabled);
    connect(down, &QAction::triggered, this, [this, row] { moveSectionDown(row); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Masthead
