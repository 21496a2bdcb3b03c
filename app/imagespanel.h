// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/images/assetimporter.h"

#include <QDockWidget>
#include <QFileSystemWatcher>
#include <QImage>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Masthead
{
class Document;
class ImageDropHandler;

// The Images dock: the images of the assets folder with a thumbnail, file size,
// dimensions and whether the post refers to each, and "Insert Again" for the selected ones. Lists
// the folder off the GUI thread, again when the folder or (while shown) the text changes.
class ImagesPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesPanel)

public:
    // Where the document's images are, without asking anyone; nullopt for an unsaved document.
    using TargetProvider = std::function<std::optional<AssetTarget>()>;

    ImagesPanel(Document *document, ImageDropHandler *dropHandler, QWidget *parent = nullptr);

    void setTargetProvider(TargetProvider provider) { m_provider = std::move(provider); }

    // Lists the folder again (asynchronously; listed() follows).
    void refresh();
    // What is listed now.
    QList<AssetInfo> assets() const { return m_assets; }
    QTreeWidget *list() const { return m_list; }
    // Inserts the selected images at the editor's cursor.
    void insertSelected();

Q_SIGNALS:
    void listed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Listing {
        int generation = 0;
        std::optional<AssetTarget> target;
        QList<AssetInfo> assets;
        QList<QImage> thumbnails;
    };
    static Listing makeListing(int generation, std::optional<AssetTarget> target, const QString &text);
    void showListing(const Listing &listing);
    void updateButtons();

    Document *m_document;
    ImageDropHandler *m_dropHandler;
    TargetProvider m_provider;
    QLabel *m_folderLabel;
    QTreeWidget *m_list;
    QPushButton *m_insertButton;
    QPushButton *m_openFolderButton;
    QFileSystemWatcher m_watcher;
    QTimer m_textChanged;
    std::optional<AssetTarget> m_target;
    QList<AssetInfo> m_assets;
    int m_generation = 0;
};

} // namespace Masthead
