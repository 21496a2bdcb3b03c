// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/emailexport.h"

#include <QList>
#include <QObject>

class QAction;

namespace Masthead
{
class MainWindow;

// Getting the issue into the mailer: Copy for Mailer puts the email HTML (and its plain
// text) on the clipboard; Export Email HTML saves it to a file. Both use exportEmail(), as
// `masthead export --email` does, and report how many images were rewritten to the image host and
// which are missing or too large. Action ids: issue_copy_for_mailer, issue_export_email.
class MailerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailerActions)

public:
    explicit MailerActions(MainWindow *window);

    QList<QAction *> actions() const { return {m_copy, m_export}; }

    // The email of the document as it is in the editor now.
    EmailExport currentEmail() const;
    // Each returns true when the email was copied or saved.
    bool copyForMailer();
    bool exportToFile(const QString &path);

private:
    bool exportEmailHtml();
    void report(const EmailExport &email, const QString &done);

    MainWindow *m_window;
    QAction *m_copy;
    QAction *m_export;
};

} // namespace Masthead
