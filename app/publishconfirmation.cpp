// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publishconfirmation.h"

#include "core/checks/checks.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Masthead
{
namespace
{
class PublishConfirmationMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::PublishConfirmation)
};
} // namespace

bool confirmPublishDespiteErrors(QWidget *parent, const QString &fileName, const QList<Problem> &problems)
{
    const int errors = countOf(problems, Problem::Severity::Error);
    if (errors == 0)
        return true;
    QStringList lines;
    for (const Problem &p : problems) {
        if (p.severity != Problem::Severity::Error)
            continue;
        lines.append(p.line > 0 ? PublishConfirmationMessages::tr("Line %1: %2").arg(p.line).arg(p.message)
                                : p.message);
    }
    QMessageBox box(
        QMessageBox::Warning, PublishConfirmationMessages::tr("Publish with errors?"),
        PublishConfirmationMessages::tr(
            "The checks found %n error(s) in “%1”. Published like this, readers will see them.", nullptr, errors)
            .arg(fileName),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("publish_confirmation"));
    box.setInformativeText(PublishConfirmationMessages::tr(
        "The Problems panel lists them; double-click one to go to it. Publish anyway?"));
    box.setDetailedText(lines.join(u'\n'));
    QPushButton *publish
        = box.addButton(PublishConfirmationMessages::tr("&Publish Anyway"), QMessageBox::DestructiveRole);
    publish->setObjectName(QStringLiteral("publish_anyway"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("publish_cancel"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == publish;
}

} // namespace Masthead
