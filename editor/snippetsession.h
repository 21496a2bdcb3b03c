// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/issue/sectiontemplate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCursor>

class QPlainTextEdit;

namespace Masthead
{

// Fills in an inserted snippet's fields: after insert(), the first field is selected; Tab selects
// the next field and Shift+Tab the previous one; typing replaces the selected field, and the fields
// after it move along. Tab on the last field, Esc, or an edit outside every field ends the session,
// as does inserting another snippet. Watches the editor through an event filter, so the editor
// needs no hook of its own.
class SnippetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetSession)

public:
    explicit SnippetSession(QPlainTextEdit *editor, QObject *parent = nullptr);
    ~SnippetSession() override;

    // Inserts snippet at position (replacing length characters) as one undo step and selects its
    // first field; without fields, the cursor goes to the end of the snippet.
    void insert(const SnippetText &snippet, int position, int length = 0);
    // Replaces the editor's selection (or inserts at its cursor).
    void insertAtCursor(const SnippetText &snippet);

    bool isActive() const { return !m_fields.isEmpty(); }
    // The field now selected, 0-based in Tab order; -1 when inactive.
    int currentField() const { return isActive() ? m_current : -1; }
    int fieldCount() const { return int(m_fields.size()); }

    void nextField();
    void previousField();
    void end();

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field {
        QTextCursor start; // stays in front of text typed at the field's start
        QTextCursor end;
    };
    void selectField(int index);
    void onContentsChange(int position, int removed, int added);

    QPointer<QPlainTextEdit> m_editor;
    QList<Field> m_fields;
    QTextCursor m_snippetEnd;
    int m_current = 0;
    bool m_inserting = false;
};

} // namespace Masthead
