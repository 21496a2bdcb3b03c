// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/outline.h"

#include <QDockWidget>
#include <QPointer>

class QListView;
class QStandardItemModel;

namespace Masthead
{
class Document;
class SourceEditor;

// The Outline dock: the post's headings, indented by level. A click puts the editor's cursor on the
// heading; the section holding the cursor is the current row; dragging a row moves its section (with
// its subsections) in front of the row it is dropped on, as one undo step. The context menu moves a
// section up or down among its siblings, or edits it alone (guest contributor mode).
//
// It follows one Document, also while the editor shows another one (section mode): then a click asks
// for that section to be edited, and the editor's line number offset maps its lines to the document's.
class OutlineDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineDock)

public:
    OutlineDock(Document *document, SourceEditor *editor, QWidget *parent = nullptr);
    ~OutlineDock() override;

    const QList<OutlineSection> &sections() const { return m_sections; }
    // One row per section, in document order; what a drag and drop works on.
    QStandardItemModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // The row marked as the cursor's section, or -1.
    int currentSection() const { return m_current; }

    // Moves section from (with its subsections) in front of section before (sections().size(): to
    // the end) as one undo step. False when that is no move.
    bool moveSection(int from, int before);
    bool moveSectionUp(int index);
    bool moveSectionDown(int index);

    // Reads the outline from the document now (edits do it after a short pause).
    void refresh();
    // Drag and drop, and moving up and down, on or off.
    void setReorderEnabled(bool enabled);

Q_SIGNALS:
    // A reading of the text was shown (whether or not the headings changed): after a load, and once
    // per pause in typing.
    void refreshed();
    // The user asked to edit only this section (guest contributor mode).
    void editSectionRequested(int index);

private:
    // Reads the text on a worker thread; the newest reading wins.
    void scheduleRefresh();
    void showSections(const QList<OutlineSection> &sections);
    void onClicked(int row);
    void onContextMenu(const QPoint &position);
    void updateCurrent();
    int lastInside(int index) const;

    QPointer<Document> m_document;
    QPointer<SourceEditor> m_editor;
    QListView *m_view;
    QStandardItemModel *m_model;
    QList<OutlineSection> m_sections;
    int m_generation = 0; // of the newest reading asked for
    int m_current = -1;
    bool m_reorderEnabled = true;
};

} // namespace Masthead
