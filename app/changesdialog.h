// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/outline.h"

#include <QDialog>

class QTextBrowser;

namespace Masthead
{

// The Changes view: section by section, what changed in the post since it was opened: unchanged,
// changed (with the lines removed and added), added or removed sections.
class ChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesDialog)

public:
    explicit ChangesDialog(QWidget *parent = nullptr);

    void setChanges(const QList<SectionChange> &changes);
    // The report as shown, as HTML.
    QString html() const;

    static QString toHtml(const QList<SectionChange> &changes);

private:
    QTextBrowser *m_browser;
};

} // namespace Masthead
