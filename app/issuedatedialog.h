// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;

namespace Masthead
{

// Asks for an issue's date (New Issue, Re-date), showing what the date will create or move before
// anything happens. The date edit has the object name issue_date; the dialog issue_date_dialog.
class IssueDateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueDateDialog)

public:
    // describe(date) says what the action does on that date; an empty text disables OK (the date is
    // not allowed, e.g. the issue's own day when re-dating).
    IssueDateDialog(const QString &title, const QString &okText, QDate initial, std::function<QString(QDate)> describe,
                    QWidget *parent = nullptr);

    QDate date() const;
    void setDate(QDate date);

private:
    void updateDescription();

    QDateEdit *m_date;
    QLabel *m_description;
    QPushButton *m_ok;
    std::function<QString(QDate)> m_describe;
};

} // namespace Masthead
