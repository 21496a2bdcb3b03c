// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/issueactions.h"

#include "app/issuedatedialog.h"
#include "app/mainwindow.h"
#include "core/document.h"
#include "core/issue/issuelifecycle.h"
#include "core/site/frontmatter.h"
#include "core/site/postdate.h"
#include "core/site/site.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Masthead
{
namespace
{
QString relative(const Site &site, const QString &path)
{
    return QDir::toNativeSeparators(QDir(site.rootPath()).relativeFilePath(path));
}

bool isPost(const QString &path)
{
    return !path.isEmpty() && QFileInfo(QFileInfo(path).absolutePath()).fileName() == u"_posts";
}

// The issue day of the text at path: the front matter's date, else its file name's.
std::optional<QDate> issueDayOf(const QString &text, const QString &path)
{
    if (const auto fm = FrontMatter::parseDocument(text)) {
        if (const auto date = fm->date())
            return date->day;
    }
    return dateOfFileName(QFileInfo(path).fileName());
}
} // namespace

IssueActions::IssueActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_new(new QAction(tr("&New Issue…"), window))
    , m_redate(new QAction(tr("&Re-date Issue…"), window))
    , m_unpublish(new QAction(tr("&Unpublish…"), window))
{
    m_new->setObjectName(QStringLiteral("issue_new"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_new->setToolTip(tr("Create the next issue from the site's template, on a day you choose"));
    connect(m_new, &QAction::triggered, this, &IssueActions::newIssue);
    m_redate->setObjectName(QStringLiteral("issue_redate"));
    m_redate->setToolTip(tr("Move the issue to another day: its file name, front matter, assets folder and links"));
    connect(m_redate, &QAction::triggered, this, &IssueActions::redate);
    m_unpublish->setObjectName(QStringLiteral("issue_unpublish"));
    m_unpublish->setToolTip(tr("Move the published post back to _drafts/"));
    connect(m_unpublish, &QAction::triggered, this, &IssueActions::unpublish);

    Document *document = m_window->document();
    connect(document, &Document::filePathChanged, this, &IssueActions::updateEnabled);
    connect(document, &Document::siteChanged, this, &IssueActions::updateEnabled);
    connect(document, &Document::loaded, this, &IssueActions::updateEnabled);
    connect(document, &Document::saved, this, &IssueActions::updateEnabled); // Save As ends read-only
    updateEnabled();
}

void IssueActions::updateEnabled()
{
    const Document *document = m_window->document();
    const auto site = document->site();
    const QString path = document->filePath();
    // A file open read-only (not UTF-8) is never rewritten or moved; a new issue is a new file.
    const bool writable = !document->isReadOnly();
    m_new->setEnabled(site != nullptr);
    m_redate->setEnabled(writable && site && !path.isEmpty() && !site->isTemplate(path));
    m_unpublish->setEnabled(writable && site && isPost(path));
}

bool IssueActions::saveFirst(const QString &what)
{
    Document *document = m_window->document();
    if (!document->isModified() && !document->filePath().isEmpty())
        return true;
    const auto answer = QMessageBox::question(m_window, what,
                                              tr("“%1” must be saved first. Save it now?").arg(document->displayName()),
                                              QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return false;
    m_window->action(QStringLiteral("file_save"))->trigger();
    return !document->isModified() && !document->filePath().isEmpty();
}

void IssueActions::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

bool IssueActions::newIssue()
{
    const auto site = m_window->document()->site();
    if (!site)
        return false;
    IssueDateDialog dialog(
        tr("New Issue"), tr("&Create"), site->nextIssueDate(),
        [site](QDate date) -> QString {
            const QString draft = site->draftPathFor(date);
            if (QFileInfo::exists(draft))
                return {};
            return tr("Creates %1 from the template %2, and the assets folder %3.")
                .arg(relative(*site, draft), relative(*site, site->templatePath()),
                     relative(*site, site->assetsFolderFor(date)));
        },
        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!m_window->maybeSave())
        return false;
    const auto issue = Masthead::newIssue(*site, dialog.date());
    if (!issue) {
        showError(tr("Could not create the issue"), issue.error());
        return false;
    }
    if (auto opened = m_window->openPath(issue->draftPath); !opened) {
        showError(tr("Could not open the new issue"), opened.error());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Created %1").arg(relative(*site, issue->draftPath)), 5000);
    return true;
}

bool IssueActions::redate()
{
    Document *document = m_window->document();
    const auto site = document->site();
    if (!site || !saveFirst(tr("Re-date Issue")))
        return false;
    const QString path = document->filePath();
    const auto oldDay = issueDayOf(document->text(), path);
    if (!oldDay) {
        showError(
            tr("Could not re-date"),
            tr("“%1” has no date, neither in its front matter nor in its file name.").arg(document->displayName()));
        return false;
    }
    const QDate from = *oldDay;
    IssueDateDialog dialog(
        tr("Re-date Issue"), tr("&Re-date"), from,
        [site, path, from](QDate date) -> QString {
            if (date == from)
                return {};
            const QString name = QFileInfo(path).fileName();
            const QString moved = dateOfFileName(name) ? date.toString(Qt::ISODate) + name.sliced(10) : name;
            return tr("Moves the issue from %1 to %2: the file becomes %3, and the assets "
                      "folder %4 with every link to it moves to %5.")
                .arg(from.toString(Qt::ISODate), date.toString(Qt::ISODate), moved,
                     relative(*site, site->assetsFolderFor(from)), relative(*site, site->assetsFolderFor(date)));
        },
        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto moved = Masthead::redate(*site, path, dialog.date());
    if (!moved) {
        showError(tr("Could not re-date"), moved.error());
        return false;
    }
    // The document follows the file: reloaded from its new path, so that saving never writes the
    // old name back.
    if (auto opened = m_window->openPath(moved->path); !opened) {
        showError(tr("Could not open the re-dated issue"), opened.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Re-dated to %1: %2").arg(dialog.date().toString(Qt::ISODate), relative(*site, moved->path)), 5000);
    return true;
}

bool IssueActions::unpublish()
{
    Document *document = m_window->document();
    const auto site = document->site();
    if (!site || !isPost(document->filePath()) || !saveFirst(tr("Unpublish")))
        return false;
    const QString path = document->filePath();
    QMessageBox box(QMessageBox::Question, tr("Unpublish"),
                    tr("Move “%1” back to the drafts? Jekyll stops publishing it; its front matter stays as it is.")
                        .arg(relative(*site, path)),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unpublish_confirmation"));
    QAbstractButton *yes = box.addButton(tr("&Unpublish"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("unpublish_yes"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    const auto draft = Masthead::unpublish(*site, path);
    if (!draft) {
        showError(tr("Could not unpublish"), draft.error());
        return false;
    }
    if (auto opened = m_window->openPath(draft->draftPath); !opened) {
        showError(tr("Could not open the draft"), opened.error());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Unpublished to %1").arg(relative(*site, draft->draftPath)), 5000);
    return true;
}

} // namespace Masthead
