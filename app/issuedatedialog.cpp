// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/issuedatedialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Masthead
{

IssueDateDialog::IssueDateDialog(const QString &title, const QString &okText, QDate initial,
                                 std::function<QString(QDate)> describe, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(initial, this))
    , m_description(new QLabel(this))
    , m_describe(std::move(describe))
{
    setObjectName(QStringLiteral("issue_date_dialog"));
    setWindowTitle(title);
    m_date->setObjectName(QStringLiteral("issue_date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd, dddd"));
    m_description->setObjectName(QStringLiteral("issue_date_description"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setMinimumWidth(420);

    auto *form = new QFormLayout;
    form->addRow(tr("Issue &date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setObjectName(QStringLiteral("issue_date_ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &IssueDateDialog::updateDescription);
    updateDescription();
}

QDate IssueDateDialog::date() const
{
    return m_date->date();
}

void IssueDateDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

void IssueDateDialog::updateDescription()
{
    const QString text = m_describe ? m_describe(m_date->date()) : QString();
    m_description->setText(text);
    m_ok->setEnabled(!text.isEmpty());
}

} // namespace Masthead
