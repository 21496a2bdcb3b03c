// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/textmerge.h"

#include <QDialog>

class QPlainTextEdit;

namespace Masthead
{

// The places where the file on disk and the unsaved text changed the same lines differently: each
// with both sides, to take one, the other, or edit the result. Every part both sides agree on is
// merged already. Accepting gives resolvedText(); cancelling leaves the text as it was.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const QString &fileName, const TextMerge &merge, QWidget *parent = nullptr);

    qsizetype conflictCount() const { return m_results.size(); }
    void takeOurs(qsizetype conflict);
    void takeTheirs(qsizetype conflict);
    // The editable result of one conflict.
    QPlainTextEdit *result(qsizetype conflict) const { return m_results.value(conflict); }
    QString resolvedText() const;

private:
    TextMerge m_merge;
    QList<QPlainTextEdit *> m_results;
};

} // namespace Masthead
