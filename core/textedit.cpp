// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textedit.h"

#include "core/document.h"

#include <QTextDocument>

namespace Masthead
{

TextEdit minimalTextEdit(QStringView before, QStringView after)
{
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const qsizetype insertedEnd = after.size() - suffix;
    return {prefix, before.size() - suffix, after.sliced(prefix, insertedEnd - prefix).toString(), insertedEnd,
            insertedEnd};
}

QString applyTextEdit(const QString &text, const TextEdit &edit)
{
    QString result = text;
    result.replace(edit.start, edit.end - edit.start, edit.text);
    return result;
}

QTextCursor applyTextEdit(QTextCursor cursor, const TextEdit &edit, qsizetype offset)
{
    // Half a file is no text to edit: the edit would be computed on a part of it, and lost. A file
    // open read-only is not edited by a dock either, as it is not by typing.
    if (const auto *document = qobject_cast<const Document *>(cursor.document());
        document && (document->isLoading() || document->isReadOnly()))
        return cursor;
    // The edit block remembers the cursor's position as it begins: undo returns there.
    cursor.beginEditBlock();
    cursor.setPosition(int(offset + edit.start));
    cursor.setPosition(int(offset + edit.end), QTextCursor::KeepAnchor);
    cursor.insertText(edit.text);
    cursor.endEditBlock();
    cursor.setPosition(int(offset + edit.anchor));
    cursor.setPosition(int(offset + edit.cursor), QTextCursor::KeepAnchor);
    return cursor;
}

QTextCursor applyTextEdit(QTextDocument *document, const TextEdit &edit, qsizetype offset)
{
    QTextCursor at(document);
    at.setPosition(int(offset + edit.start));
    return applyTextEdit(at, edit, offset);
}

} // namespace Masthead
