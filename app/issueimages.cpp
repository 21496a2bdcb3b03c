// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/issueimages.h"

#include "app/imagespanel.h"
#include "core/document.h"
#include "core/site/site.h"
#include "editor/imagedrophandler.h"
#include "editor/sourceeditor.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Masthead
{

IssueImages::IssueImages(QMainWindow *window, SourceEditor *editor, Document *document)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_document(document)
    , m_dropHandler(new ImageDropHandler(editor))
    , m_panel(new ImagesPanel(document, m_dropHandler, window))
    , m_progress(new QWidget(window))
    , m_progressLabel(new QLabel(m_progress))
    , m_progressBar(new QProgressBar(m_progress))
    , m_cancelButton(new QToolButton(m_progress))
{
    m_dropHandler->setTargetProvider([this] { return targetAsking(); });
    m_panel->setTargetProvider([this] { return target(); });
    m_panel->hide();
    window->addDockWidget(Qt::RightDockWidgetArea, m_panel);
    // Wide enough for the file names beside the thumbnails, unless the user made it so already.
    connect(m_panel->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (shown && !m_panel->isFloating() && m_panel->width() < 420)
            m_window->resizeDocks({m_panel}, {440}, Qt::Horizontal);
    });

    m_progress->setObjectName(u"image_download_progress"_s);
    auto *layout = new QHBoxLayout(m_progress);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel);
    m_progressBar->setMaximumWidth(140);
    m_progressBar->setTextVisible(false);
    layout->addWidget(m_progressBar);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop downloading the dropped images"));
    layout->addWidget(m_cancelButton);
    m_progress->hide();
    window->statusBar()->insertPermanentWidget(0, m_progress);
    connect(m_cancelButton, &QToolButton::clicked, m_dropHandler, &ImageDropHandler::cancelDownloads);

    connect(m_dropHandler, &ImageDropHandler::message, this, &IssueImages::onMessage);
    connect(m_dropHandler, &ImageDropHandler::downloadProgress, this, &IssueImages::onDownloadProgress);
    connect(m_dropHandler, &ImageDropHandler::imagesInserted, this, &IssueImages::onImagesInserted);
    connect(m_dropHandler, &ImageDropHandler::busyChanged, this, [this](bool busy) {
        if (busy)
            m_window->statusBar()->showMessage(tr("Importing images…"));
        else if (m_window->statusBar()->currentMessage() == tr("Importing images…"))
            m_window->statusBar()->clearMessage();
    });
}

std::optional<AssetTarget> IssueImages::target() const
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return std::nullopt;
    const auto site = m_document->site();
    if (auto issue = issueAssetTarget(site.get(), path, m_document->text()))
        return issue;
    return assetTargetInFolder(site.get(), path, m_chosenFolders.value(path));
}

std::optional<AssetTarget> IssueImages::targetAsking()
{
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        QMessageBox::information(m_window, tr("Save the Post First"),
                                 tr("Images are placed relative to the post. Save the post first, then drop or "
                                    "paste the images again."));
        return std::nullopt;
    }
    const auto site = m_document->site();
    if (auto issue = issueAssetTarget(site.get(), path, m_document->text()))
        return issue;
    if (m_chosenFolders.contains(path))
        return assetTargetInFolder(site.get(), path, m_chosenFolders.value(path));

    const QString name = QFileInfo(path).fileName();
    const QString question = site
        ? tr("“%1” has no date, so it has no dated assets folder. Where should its images go?").arg(name)
        : tr("“%1” is not inside a Jekyll site (there is no _config.yml above it). Where should its images go?")
              .arg(name);
    const auto [placement, folder] = ask(question);
    switch (placement) {
    case Placement::Cancel:
        return std::nullopt;
    case Placement::BesidePost:
        m_chosenFolders.insert(path, QFileInfo(path).absolutePath());
        break;
    case Placement::ChosenFolder:
        if (folder.isEmpty())
            return std::nullopt;
        m_chosenFolders.insert(path, folder);
        break;
    }
    return assetTargetInFolder(site.get(), path, m_chosenFolders.value(path));
}

std::pair<IssueImages::Placement, QString> IssueImages::ask(const QString &question)
{
    if (m_question)
        return m_question(question);
    QMessageBox box(QMessageBox::Question, tr("Where Should the Images Go?"), question, QMessageBox::NoButton,
                    m_window);
    box.setInformativeText(tr("Masthead remembers the answer for this post until it closes."));
    QPushButton *beside = box.addButton(tr("&Beside the Post"), QMessageBox::AcceptRole);
    QPushButton *choose = box.addButton(tr("&Choose Folder…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(beside);
    box.exec();
    if (box.clickedButton() == beside)
        return {Placement::BesidePost, {}};
    if (box.clickedButton() == choose) {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Folder for the Post’s Images"),
                                                                 QFileInfo(m_document->filePath()).absolutePath());
        return {folder.isEmpty() ? Placement::Cancel : Placement::ChosenFolder, folder};
    }
    return {Placement::Cancel, {}};
}

void IssueImages::chooseImages()
{
    const QString start
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QStringList files
        = QFileDialog::getOpenFileNames(m_window, tr("Insert Images"), start,
                                        tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG "
                                           "*.JPEG *.PNG *.GIF);;All files (*)"));
    if (!files.isEmpty())
        m_dropHandler->importFiles(files);
}

void IssueImages::onMessage(const QString &text, bool error)
{
    if (error)
        QMessageBox::warning(m_window, tr("Images"), text);
    else
        m_window->statusBar()->showMessage(text, 15'000);
}

void IssueImages::onDownloadProgress(int running, qint64 received, qint64 total)
{
    m_progress->setVisible(running > 0);
    if (running == 0)
        return;
    const QLocale locale;
    const QString size = locale.formattedDataSize(received, 1, QLocale::DataSizeTraditionalFormat);
    m_progressLabel->setText(tr("Downloading %n image(s): %1", nullptr, running).arg(size));
    if (total > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(qMin<qint64>(1000, received * 1000 / total)));
    } else {
        m_progressBar->setRange(0, 0); // busy
    }
}

void IssueImages::onImagesInserted(const QList<ImportedImage> &images)
{
    if (images.isEmpty())
        return;
    int reused = 0;
    for (const ImportedImage &image : images)
        reused += image.reused ? 1 : 0;
    const QString folder = QDir::toNativeSeparators(QFileInfo(images.first().filePath).absolutePath());
    QString text = tr("Inserted %n image(s) from %1.", nullptr, int(images.size())).arg(folder);
    if (reused > 0)
        text += u' ' + tr("%n of them already there, reused.", nullptr, reused);
    if (m_window->statusBar()->currentMessage().isEmpty()
        || m_window->statusBar()->currentMessage() == tr("Importing images…"))
        m_window->statusBar()->showMessage(text, 10'000);
}

} // namespace Masthead
