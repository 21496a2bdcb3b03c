// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/scrollsync.h"
#include "core/document.h"
#include "core/site.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace Masthead
{

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_editor(new SourceEditor(this))
    , m_preview(new PreviewView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pathLabel(new QLabel(this))
{
    m_editor->setMarkdownDocument(m_document);
    m_preview->setMarkdownDocument(m_document);
    new ScrollSync(m_editor, m_preview, this);

    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_pathLabel, 1);

    createActions();
    connect(m_document, &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1280, 800);
    m_splitter->setSizes({640, 640});
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &id, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    action->setShortcut(shortcut);
    m_actions.insert(id, action);
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = addAction(QStringLiteral("file_open"), tr("&Open…"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::onOpen);
    file->addAction(open);

    QAction *save = addAction(QStringLiteral("file_save"), tr("&Save"), QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::onSave);
    file->addAction(save);

    QAction *saveAs = addAction(QStringLiteral("file_save_as"), tr("Save &As…"), QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &MainWindow::onSaveAs);
    file->addAction(saveAs);

    file->addSeparator();
    QAction *quit = addAction(QStringLiteral("file_quit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = addAction(QStringLiteral("help_about"), tr("&About Masthead"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::onAbout);
    help->addAction(about);
}

std::expected<void, QString> MainWindow::openPath(const QString &path)
{
    QString file = path;
    if (QFileInfo(path).isDir()) {
        const auto site = Site::find(path);
        if (!site)
            return std::unexpected(
                tr("“%1” is not a Jekyll site: it has no _config.yml.").arg(QDir::toNativeSeparators(path)));
        file = site->newestDraftPath();
        if (file.isEmpty()) {
            return std::unexpected(tr("The site “%1” has no drafts, posts or template to open yet.")
                                       .arg(QDir::toNativeSeparators(site->rootPath())));
        }
    }
    return m_document->load(QFileInfo(file).absoluteFilePath());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them before closing?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return onSave();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::onOpen()
{
    if (!maybeSave())
        return;
    const QString start
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Post"), start,
                                                      tr("Markdown files (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto result = openPath(path); !result)
        showError(tr("Could not open the file"), result.error());
}

bool MainWindow::onSave()
{
    if (m_document->filePath().isEmpty())
        return onSaveAs();
    auto result = m_document->save(SaveMode::Safe);
    if (!result && result.error().kind == SaveError::Kind::ChangedOnDisk) {
        const auto answer = QMessageBox::warning(this, tr("File changed on disk"),
                                                 result.error().message + QLatin1Char('\n')
                                                     + tr("Overwrite the file on disk with your version?"),
                                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        result = m_document->save(SaveMode::OverwriteChangesOnDisk);
    }
    if (!result) {
        showError(tr("Could not save"), result.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 3000);
    return true;
}

bool MainWindow::onSaveAs()
{
    const QString start = m_document->filePath().isEmpty() ? QDir::homePath() : m_document->filePath();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Post As"), start, tr("Markdown files (*.md *.markdown)"));
    if (path.isEmpty())
        return false;
    if (auto result = m_document->saveAs(path); !result) {
        showError(tr("Could not save"), result.error().message);
        return false;
    }
    return true;
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About Masthead"),
                       tr("<h3>Masthead %1</h3><p>Write the posts of a Jekyll newsletter or blog: Markdown on "
                          "the left, the published page on the right.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Masthead").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->filePath()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace Masthead
