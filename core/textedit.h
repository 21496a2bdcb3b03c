// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QTextCursor>

class QTextDocument;

namespace Masthead
{

// One change to a text: the one way every edit Masthead makes on the user's behalf (list helpers,
// a ticked checklist item, a moved section, an inserted image or snippet, Replace All) is described.
// Pure functions in core compute it; applyTextEdit() puts it into a document as one undo step.
//
// Positions are offsets into the text the edit was computed on; cursor and anchor are offsets into
// that text after the replacement.
struct TextEdit {
    qsizetype start = 0;
    qsizetype end = 0; // text[start, end) is replaced by text
    QString text;
    qsizetype anchor = 0;
    qsizetype cursor = 0;

    bool operator==(const TextEdit &) const = default;
};

// The smallest edit that turns before into after: the part between their common beginning and
// common end, with the cursor after the inserted text. Small edits keep undo steps, repaints and
// incremental renders small.
TextEdit minimalTextEdit(QStringView before, QStringView after);

// text with edit applied.
QString applyTextEdit(const QString &text, const TextEdit &edit);

// Applies edit to the document of `from` as one undo step, its positions counted from offset. Undoing it
// puts the cursor back where `from` is (pass the editor's textCursor() for the user's own edits).
// Returns a cursor holding the edit's selection (anchor and cursor), for an editor that wants to show
// it; callers that only change the text (a dock ticking an item) leave the editor's cursor alone.
QTextCursor applyTextEdit(QTextCursor from, const TextEdit &edit, qsizetype offset = 0);
// The same for an edit made on the user's behalf away from their cursor: undoing it shows where it was.
QTextCursor applyTextEdit(QTextDocument *document, const TextEdit &edit, qsizetype offset = 0);

} // namespace Masthead
