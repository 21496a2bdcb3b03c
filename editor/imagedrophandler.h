// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/images/assetimporter.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTextCursor>
#include <QUrl>

#include <functional>
#include <list>
#include <memory>
#include <optional>

class QMimeData;

namespace Masthead
{
class ImageDownload;
class SourceEditor;
struct ImageLink;

// One thing to import, as a drop or a paste brought it.
struct ImageDropItem {
    QString filePath; // a local file
    QUrl url; // a web (or data:) address to download
    QByteArray data; // image bytes carried by the drop itself (the fallback when the download fails)
    QString name; // for the slug
    QString link; // the page the image linked to, for {link}

    bool operator==(const ImageDropItem &) const = default;
};

// What the mime data of a drop or paste holds for the image importer: local files (images or not;
// the import tells), an image dragged from a web browser (its address, from the <img> of the HTML
// or the URL list, with or without the image data), or image data alone (a screenshot pasted).
// Empty for text and links, which the editor inserts as usual. fromDrop allows a lone web address
// ending in an image extension; a paste of an address stays text.
QList<ImageDropItem> imageDropItems(const QMimeData *mime, bool fromDrop);

// Takes image drops and pastes for a SourceEditor: imports each image off the GUI thread (downloads
// first, for browser drops) into the folder the target provider names, and inserts the site's
// snippet for all of them where they were dropped (or over the pasted-over selection), as one undo
// step, with the first alt text selected. Files that are not images insert nothing and are reported
// through message(). Owned by the editor; installs itself on the editor's viewport.
class ImageDropHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDropHandler)

public:
    // Asked at every drop or paste: where the document's images go. nullopt cancels (the user was
    // asked and declined, or the document is unsaved).
    using TargetProvider = std::function<std::optional<AssetTarget>()>;

    explicit ImageDropHandler(SourceEditor *editor);
    ~ImageDropHandler() override;

    void setTargetProvider(TargetProvider provider) { m_provider = std::move(provider); }
    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_network = manager; }
    // For tests: the limits of the downloads started from now on.
    void setDownloadLimits(qint64 maxBytes, int timeoutMs);

    bool canHandle(const QMimeData *mime, bool fromDrop) const;
    // Imports what mime holds and inserts the images at `at` (its selection is replaced). False when
    // mime holds no images (the editor handles it as text).
    bool handle(const QMimeData *mime, const QTextCursor &at, bool fromDrop);
    // Imports files chosen in a dialog, inserted at the editor's cursor.
    void importFiles(const QStringList &paths);
    // Inserts the snippet of images that are in place already (the Images panel's "Insert Again").
    void insertImages(const QList<ImportedImage> &images, const QString &snippet);

    bool isBusy() const { return !m_batches.empty(); }
    int runningDownloads() const;
    // Cancels every running download; their images are not inserted.
    void cancelDownloads();

Q_SIGNALS:
    // For the status bar or a message box: error is true when something was not inserted.
    void message(const QString &text, bool error);
    // Running downloads, their bytes received and expected (-1 while unknown); 0 running at the end.
    void downloadProgress(int running, qint64 received, qint64 total);
    void busyChanged(bool busy);
    // After the snippets of a drop were inserted (also when none could be).
    void imagesInserted(const QList<Masthead::ImportedImage> &images);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Batch;
    struct Pending;
    void start(const QList<ImageDropItem> &items, const QTextCursor &at, const AssetTarget &target);
    void import(Batch *batch, int index, const ImageSource &source);
    void download(Batch *batch, int index, const ImageDropItem &item);
    void done(Batch *batch, int index, const ImportResult &result);
    void insertBatch(Batch *batch);
    void insertAt(QTextCursor at, const QList<ImageLink> &links, const QString &snippet);
    void updateProgress();

    SourceEditor *m_editor;
    TargetProvider m_provider;
    QPointer<QNetworkAccessManager> m_network;
    std::list<std::unique_ptr<Batch>> m_batches;
    QList<QPointer<ImageDownload>> m_downloads;
    qint64 m_maxBytes = -1;
    int m_timeoutMs = -1;
};

} // namespace Masthead
