// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/snippetsession.h"

#include "core/textedit.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace Masthead
{

SnippetSession::SnippetSession(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    editor->installEventFilter(this);
}

SnippetSession::~SnippetSession()
{
    if (m_editor)
        m_editor->removeEventFilter(this);
}

void SnippetSession::insertAtCursor(const SnippetText &snippet)
{
    const QTextCursor cursor = m_editor->textCursor();
    insert(snippet, cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart());
}

void SnippetSession::insert(const SnippetText &snippet, int position, int length)
{
    end();
    QTextDocument *document = m_editor->document();
    m_inserting = true;
    applyTextEdit(document, {position, position + length, snippet.text, 0, 0});
    m_inserting = false;

    m_snippetEnd = QTextCursor(document);
    m_snippetEnd.setPosition(position + int(snippet.text.size()));
    for (const SnippetField &field : snippet.fields) {
        Field f {QTextCursor(document), QTextCursor(document)};
        f.start.setPosition(position + int(field.start));
        f.start.setKeepPositionOnInsert(true);
        f.end.setPosition(position + int(field.start + field.length));
        m_fields.append(f);
    }
    if (m_fields.isEmpty()) {
        m_editor->setTextCursor(m_snippetEnd);
        return;
    }
    connect(document, &QTextDocument::contentsChange, this, &SnippetSession::onContentsChange);
    selectField(0);
    Q_EMIT activeChanged(true);
}

void SnippetSession::selectField(int index)
{
    m_current = index;
    const Field &field = m_fields[index];
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(field.start.position());
    cursor.setPosition(field.end.position(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void SnippetSession::nextField()
{
    if (!isActive())
        return;
    if (m_current + 1 < m_fields.size()) {
        selectField(m_current + 1);
        return;
    }
    // Past the last field: the cursor goes to the end of the snippet, and the session is done.
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(m_snippetEnd.position());
    m_editor->setTextCursor(cursor);
    end();
}

void SnippetSession::previousField()
{
    if (isActive() && m_current > 0)
        selectField(m_current - 1);
}

void SnippetSession::end()
{
    if (!isActive())
        return;
    if (QTextDocument *document = m_fields.first().start.document())
        disconnect(document, &QTextDocument::contentsChange, this, &SnippetSession::onContentsChange);
    m_fields.clear();
    m_current = 0;
    Q_EMIT activeChanged(false);
}

void SnippetSession::onContentsChange(int position, int removed, int added)
{
    if (m_inserting || !isActive())
        return;
    // Highlighting reports its formats as a change of equal length; only edits count.
    const bool formatOnly = removed == added;
    for (const Field &field : std::as_const(m_fields)) {
        if (position >= field.start.position() && position + added <= field.end.position())
            return;
    }
    if (!formatOnly)
        end();
}

bool SnippetSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || !isActive())
        return QObject::eventFilter(watched, event);
    if (m_editor->document() != m_fields.first().start.document()) {
        end(); // the editor shows another document now
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Keep Esc and Tab for the fields rather than for a shortcut elsewhere.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Tab && modifiers == Qt::NoModifier) {
            nextField();
            return true;
        }
        if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && modifiers == Qt::ShiftModifier)) {
            previousField();
            return true;
        }
        if (key->key() == Qt::Key_Escape && modifiers == Qt::NoModifier) {
            end();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Masthead
