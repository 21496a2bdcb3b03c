// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/images/assetimporter.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QLabel;
class QMainWindow;
class QProgressBar;
class QToolButton;
class QWidget;

namespace Masthead
{
class Document;
class ImageDropHandler;
class ImagesPanel;
class SourceEditor;

// The main window's side of images: the editor's drop handler, where a post's images go (the
// issue's dated assets folder, or, for a post without one, the folder the user chose, beside the
// post by default), the Images panel, the status bar's download progress with Cancel, and the
// messages of imports. Owned by the window.
class IssueImages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueImages)

public:
    // The answer to "where should the images go" for a post without a dated assets folder.
    enum class Placement { BesidePost, ChosenFolder, Cancel };

    IssueImages(QMainWindow *window, SourceEditor *editor, Document *document);

    ImageDropHandler *dropHandler() const { return m_dropHandler; }
    ImagesPanel *panel() const { return m_panel; }
    QWidget *progressWidget() const { return m_progress; }

    // Where the images of the open post go, asking the user when the post has no dated assets
    // folder (once per post and run). nullopt when declined or the post is unsaved.
    std::optional<AssetTarget> targetAsking();
    // The same without asking: the issue's folder, the folder chosen before, else beside the post.
    std::optional<AssetTarget> target() const;

    // The insert_image action: choose image files, import them at the cursor.
    void chooseImages();

    // Tests answer the question instead of a dialog; folder is used for ChosenFolder.
    void setPlacementQuestion(std::function<std::pair<Placement, QString>(const QString &question)> question)
    {
        m_question = std::move(question);
    }

private:
    std::pair<Placement, QString> ask(const QString &question);
    void onMessage(const QString &text, bool error);
    void onDownloadProgress(int running, qint64 received, qint64 total);
    void onImagesInserted(const QList<ImportedImage> &images);

    QMainWindow *m_window;
    SourceEditor *m_editor;
    Document *m_document;
    ImageDropHandler *m_dropHandler;
    ImagesPanel *m_panel;
    QWidget *m_progress;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
    QHash<QString, QString> m_chosenFolders; // post path -> folder for its images
    std::function<std::pair<Placement, QString>(const QString &)> m_question;
};

} // namespace Masthead
