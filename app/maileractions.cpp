// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/maileractions.h"

#include "app/mainwindow.h"
#include "core/document.h"
#include "core/fileio.h"
#include "core/site/site.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace Masthead
{

MailerActions::MailerActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_copy(new QAction(tr("Copy for &Mailer"), window))
    , m_export(new QAction(tr("E&xport Email HTML…"), window))
{
    m_copy->setObjectName(QStringLiteral("issue_copy_for_mailer"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copy->setToolTip(tr("Copy the issue as email HTML, every image on the site's image host, for pasting into "
                          "the mailer"));
    connect(m_copy, &QAction::triggered, this, &MailerActions::copyForMailer);
    m_export->setObjectName(QStringLiteral("issue_export_email"));
    m_export->setToolTip(tr("Save the issue as a standalone email HTML file"));
    connect(m_export, &QAction::triggered, this, &MailerActions::exportEmailHtml);
}

EmailExport MailerActions::currentEmail() const
{
    const Document *document = m_window->document();
    const auto site = document->site();
    return exportEmail(document->text(), document->filePath(), site.get());
}

void MailerActions::report(const EmailExport &email, const QString &done)
{
    const QString summary = emailReport(email);
    m_window->statusBar()->showMessage(done + QStringLiteral(": ") + summary, 10000);
    if (email.count(EmailImage::Status::Missing) > 0 || email.count(EmailImage::Status::TooLarge) > 0) {
        QMessageBox box(QMessageBox::Warning, tr("Email images"), done + u'.', QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("email_report"));
        box.setInformativeText(summary);
        box.exec();
    }
}

bool MailerActions::copyForMailer()
{
    const EmailExport email = currentEmail();
    if (!email.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Could not copy for the mailer"), email.error);
        return false;
    }
    auto *mime = new QMimeData;
    mime->setHtml(email.html);
    mime->setText(email.plainText);
    QApplication::clipboard()->setMimeData(mime);
    report(email, tr("Copied the email HTML"));
    return true;
}

bool MailerActions::exportToFile(const QString &path)
{
    const EmailExport email = currentEmail();
    if (!email.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Could not export the email"), email.error);
        return false;
    }
    if (auto written = replaceFile(path, email.html.toUtf8()); !written) {
        QMessageBox::warning(m_window, tr("Could not export the email"), written.error());
        return false;
    }
    report(email, tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MailerActions::exportEmailHtml()
{
    const QString current = m_window->document()->filePath();
    const QString suggested = current.isEmpty() ? QStringLiteral("email.html")
                                                : QFileInfo(current).absolutePath() + u'/'
            + QFileInfo(current).completeBaseName() + QStringLiteral("-email.html");
    // QFileDialog asks before replacing an existing file.
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export Email HTML"), suggested, tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return false;
    return exportToFile(path);
}

} // namespace Masthead
