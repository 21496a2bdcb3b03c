// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scrollsync.h"

#include "core/document.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

namespace Masthead
{

ScrollSync::ScrollSync(SourceEditor *editor, PreviewView *preview, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
{
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &ScrollSync::onEditorScrolled);
    connect(preview, &PreviewView::scrolledToSourceLine, this, &ScrollSync::onPreviewScrolled);
    connect(preview, &PreviewView::sourceLineClicked, this, &ScrollSync::onPreviewClicked);
}

double ScrollSync::editorTopLine() const
{
    // The scroll bar of a QPlainTextEdit counts visual lines; a block knows its first one.
    const int value = m_editor->verticalScrollBar()->value();
    const QTextBlock block = m_editor->firstVisibleBlock();
    if (!block.isValid())
        return 1;
    const int lines = qMax(1, block.lineCount());
    const double within = qBound(0.0, double(value - block.firstLineNumber()) / lines, 1.0);
    return block.blockNumber() + 1 + m_editor->lineNumberOffset() + within;
}

void ScrollSync::followEdits(Document *document)
{
    connect(document, &Document::textChanged, this, [this] {
        if (!m_editor->hasFocus())
            return; // a dock's edit, or a replace all: the reader's place stays
        m_preview->revealSourceLine(m_editor->textCursor().blockNumber() + 1 + m_editor->lineNumberOffset());
    });
}

void ScrollSync::onEditorScrolled()
{
    if (m_applying)
        return;
    m_preview->scrollToSourceLine(int(std::floor(editorTopLine())));
}

void ScrollSync::onPreviewScrolled(double line)
{
    const QTextBlock block
        = m_editor->document()->findBlockByNumber(qMax(0, int(line) - 1 - m_editor->lineNumberOffset()));
    if (!block.isValid())
        return;
    const double fraction = line - std::floor(line);
    m_applying = true;
    m_editor->verticalScrollBar()->setValue(block.firstLineNumber() + int(fraction * qMax(1, block.lineCount())));
    m_applying = false;
}

void ScrollSync::onPreviewClicked(int line)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(qMax(0, line - 1 - m_editor->lineNumberOffset()));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_applying = true;
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_applying = false;
    m_editor->setFocus(Qt::MouseFocusReason);
}

} // namespace Masthead
