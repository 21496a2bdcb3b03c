// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/imagedrophandler.h"

#include "core/document.h"
#include "core/images/imagedownload.h"
#include "core/images/imagereferences.h"
#include "core/text/markdownedit.h"
#include "core/textedit.h"
#include "editor/sourceeditor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <list>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
bool isWeb(const QUrl &url)
{
    return url.scheme() == u"http"_s || url.scheme() == u"https"_s;
}

bool hasImageExtension(const QUrl &url)
{
    return isImageFileName(url.path());
}

QString htmlUnescaped(QString text)
{
    return text.replace(u"&amp;"_s, u"&"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s);
}

// The encoded image the mime data carries (the original bytes when it has them), else empty.
QByteArray imageBytes(const QMimeData *mime)
{
    static const QStringList types {u"image/png"_s,  u"image/jpeg"_s,    u"image/gif"_s,
                                    u"image/webp"_s, u"image/svg+xml"_s, u"image/bmp"_s};
    for (const QString &type : types) {
        if (!mime->hasFormat(type))
            continue;
        const QByteArray bytes = mime->data(type);
        if (sniffImageFormat(bytes) != ImageFormat::Unknown)
            return bytes;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "png");
            return bytes;
        }
    }
    return {};
}

// Snippet paths are Markdown link targets: no spaces or parentheses.
QString linkPath(QString path)
{
    return path.replace(u' ', u"%20"_s).replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
}
} // namespace

QList<ImageDropItem> imageDropItems(const QMimeData *mime, bool fromDrop)
{
    if (!mime)
        return {};
    // A web browser's image: an <img> in the HTML, and no prose beside it.
    const QString text = mime->hasText() ? mime->text().trimmed() : QString();
    if (mime->hasHtml() && !text.contains(QRegularExpression(u"\\s"_s))) {
        static const QRegularExpression img(u"<img\\b[^>]*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression anchor(u"<a\\b[^>]*?\\shref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const QString html = mime->html();
        const QRegularExpressionMatch match = img.match(html);
        if (match.hasMatch()) {
            const QUrl url(htmlUnescaped(match.captured(1) + match.captured(2)));
            if (isWeb(url) || url.scheme() == u"data"_s) {
                ImageDropItem item;
                item.url = url;
                item.name = isWeb(url) ? url.fileName() : QString();
                item.data = imageBytes(mime);
                const QRegularExpressionMatch link = anchor.matchView(QStringView(html).first(match.capturedStart()));
                if (link.hasMatch()) {
                    const QUrl href(htmlUnescaped(link.captured(1) + link.captured(2)));
                    if (isWeb(href))
                        item.link = href.toString();
                }
                return {item};
            }
        }
    }
    if (mime->hasUrls()) {
        QList<ImageDropItem> files;
        const QList<QUrl> urls = mime->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                files.append({url.toLocalFile(), {}, {}, url.fileName(), {}});
        }
        if (!files.isEmpty())
            return files;
        if (fromDrop && urls.size() == 1 && isWeb(urls.first()) && hasImageExtension(urls.first()))
            return {{{}, urls.first(), imageBytes(mime), urls.first().fileName(), {}}};
    }
    if (QByteArray bytes = imageBytes(mime); !bytes.isEmpty())
        return {{{}, {}, std::move(bytes), {}, {}}};
    return {};
}

struct ImageDropHandler::Batch {
    QTextCursor at; // follows the edits made while the images are imported
    QPointer<QTextDocument> document;
    QString documentPath;
    AssetTarget target;
    QString alt; // the selection the images replace
    QList<QString> links;
    QList<std::optional<ImportResult>> results;
    int pending = 0;
    int canceled = 0;
};

ImageDropHandler::ImageDropHandler(SourceEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{
    editor->viewport()->installEventFilter(this);
    editor->setImageDropHandler(this);
}

ImageDropHandler::~ImageDropHandler() = default;

void ImageDropHandler::setDownloadLimits(qint64 maxBytes, int timeoutMs)
{
    m_maxBytes = maxBytes;
    m_timeoutMs = timeoutMs;
}

bool ImageDropHandler::canHandle(const QMimeData *mime, bool fromDrop) const
{
    // Asked on every move of a drag and for the Paste action: no decoding or encoding here.
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        if (std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
            return true;
        if (fromDrop && urls.size() == 1 && isWeb(urls.first()) && hasImageExtension(urls.first()))
            return true;
    }
    if (mime->hasImage())
        return true;
    const QStringList formats = mime->formats();
    if (std::any_of(formats.begin(), formats.end(), [](const QString &type) { return type.startsWith(u"image/"_s); }))
        return true;
    return mime->hasHtml() && mime->html().contains(u"<img"_s, Qt::CaseInsensitive)
        && !imageDropItems(mime, fromDrop).isEmpty();
}

bool ImageDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor->viewport() || event->type() != QEvent::Drop || m_editor->isReadOnly())
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QList<ImageDropItem> items = imageDropItems(drop->mimeData(), true);
    if (items.isEmpty())
        return false;
    const QTextCursor at = m_editor->cursorForPosition(drop->position().toPoint());
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    // The editor drew a drop caret while the drag moved; a leave takes it away.
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(m_editor->viewport(), &leave);
    // Not inside the drop: asking where images go opens a dialog, and the drag source waits.
    QTimer::singleShot(0, this, [this, items, at] {
        const auto target = m_provider ? m_provider() : std::nullopt;
        if (target)
            start(items, at, *target);
    });
    return true;
}

bool ImageDropHandler::handle(const QMimeData *mime, const QTextCursor &at, bool fromDrop)
{
    const QList<ImageDropItem> items = m_editor->isReadOnly() ? QList<ImageDropItem>() : imageDropItems(mime, fromDrop);
    if (items.isEmpty())
        return false;
    const auto target = m_provider ? m_provider() : std::nullopt;
    if (target)
        start(items, at, *target);
    return true;
}

void ImageDropHandler::importFiles(const QStringList &paths)
{
    QList<ImageDropItem> items;
    for (const QString &path : paths)
        items.append({path, {}, {}, QFileInfo(path).fileName(), {}});
    if (items.isEmpty())
        return;
    const auto target = m_provider ? m_provider() : std::nullopt;
    if (target)
        start(items, m_editor->textCursor(), *target);
}

void ImageDropHandler::insertImages(const QList<ImportedImage> &images, const QString &snippet)
{
    if (images.isEmpty())
        return;
    QList<ImageLink> links;
    for (const ImportedImage &image : images)
        links.append({image.alt, linkPath(image.reference), {}});
    insertAt(m_editor->textCursor(), links, snippet);
}

void ImageDropHandler::start(const QList<ImageDropItem> &items, const QTextCursor &at, const AssetTarget &target)
{
    // Files that are not images are refused here, before anything is imported.
    QStringList refused;
    QList<ImageDropItem> accepted;
    for (const ImageDropItem &item : items) {
        if (item.filePath.isEmpty()) {
            accepted.append(item);
            continue;
        }
        const QFileInfo info(item.filePath);
        QFile file(item.filePath);
        if (info.isDir()) {
            refused += tr("“%1” is a folder, not an image.").arg(info.fileName());
        } else if (!file.open(QIODevice::ReadOnly)) {
            refused += tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(item.filePath), file.errorString());
        } else if (sniffImageFormat(file.read(4096)) == ImageFormat::Unknown) {
            refused += tr("“%1” is not an image (JPEG, PNG, GIF, WebP or SVG).").arg(info.fileName());
        } else {
            accepted.append(item);
        }
    }
    if (!refused.isEmpty()) {
        Q_EMIT message(refused.join(u'\n') + u'\n'
                           + (accepted.isEmpty() ? tr("Nothing was inserted.") : tr("The other images are inserted.")),
                       true);
    }
    if (accepted.isEmpty())
        return;

    auto owned = std::make_unique<Batch>();
    Batch *batch = owned.get();
    batch->at = at;
    batch->document = m_editor->document();
    batch->documentPath = m_editor->markdownDocument() ? m_editor->markdownDocument()->filePath() : QString();
    batch->target = target;
    const QString selected = at.selectedText();
    if (!selected.contains(QChar::ParagraphSeparator))
        batch->alt = selected.trimmed();
    batch->pending = int(accepted.size());
    for (const ImageDropItem &item : accepted) {
        batch->links.append(item.link);
        batch->results.append(std::nullopt);
    }
    const bool wasBusy = isBusy();
    m_batches.push_back(std::move(owned));
    if (!wasBusy)
        Q_EMIT busyChanged(true);

    for (int i = 0; i < accepted.size(); ++i) {
        const ImageDropItem &item = accepted.at(i);
        if (!item.url.isEmpty())
            download(batch, i, item);
        else
            import(batch, i, {item.filePath, item.data, item.name, batch->alt});
    }
}

void ImageDropHandler::import(Batch *batch, int index, const ImageSource &source)
{
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, batch, index] {
        watcher->deleteLater();
        done(batch, index, watcher->result());
    });
    watcher->setFuture(AssetImporter(batch->target).importLater(source));
}

void ImageDropHandler::download(Batch *batch, int index, const ImageDropItem &item)
{
    auto *download = new ImageDownload(m_network, this);
    if (m_maxBytes > 0)
        download->setMaxBytes(m_maxBytes);
    if (m_timeoutMs > 0)
        download->setTimeout(m_timeoutMs);
    m_downloads.append(download);
    download->setProperty("received", 0);
    download->setProperty("total", -1);
    connect(download, &ImageDownload::progress, this, [this, download](qint64 received, qint64 total) {
        download->setProperty("received", received);
        download->setProperty("total", total);
        updateProgress();
    });
    connect(download, &ImageDownload::finished, this,
            [this, download, batch, index, item](const DownloadedImage &result) {
                m_downloads.removeAll(download);
                download->deleteLater();
                updateProgress();
                if (result.ok()) {
                    const QString name = result.name.isEmpty() ? item.name : result.name;
                    import(batch, index, {{}, result.data, name, batch->alt});
                } else if (result.canceled) {
                    ++batch->canceled;
                    done(batch, index, std::unexpected(QString()));
                } else if (!item.data.isEmpty()) {
                    // The browser gave the image's data too: use it when the address does not work.
                    import(batch, index, {{}, item.data, item.name, batch->alt});
                } else {
                    done(batch, index, std::unexpected(result.error));
                }
            });
    download->start(item.url);
    updateProgress();
}

int ImageDropHandler::runningDownloads() const
{
    return int(m_downloads.size());
}

void ImageDropHandler::cancelDownloads()
{
    const QList<QPointer<ImageDownload>> running = m_downloads;
    for (const QPointer<ImageDownload> &download : running) {
        if (download)
            download->cancel();
    }
}

void ImageDropHandler::updateProgress()
{
    qint64 received = 0;
    qint64 total = 0;
    for (const QPointer<ImageDownload> &download : std::as_const(m_downloads)) {
        if (!download)
            continue;
        received += download->property("received").toLongLong();
        const qint64 size = download->property("total").toLongLong();
        total = (size < 0 || total < 0) ? -1 : total + size;
    }
    Q_EMIT downloadProgress(int(m_downloads.size()), received, m_downloads.isEmpty() ? 0 : total);
}

void ImageDropHandler::done(Batch *batch, int index, const ImportResult &result)
{
    batch->results[index] = result;
    if (--batch->pending > 0)
        return;
    insertBatch(batch);
    m_batches.remove_if([batch](const std::unique_ptr<Batch> &owned) { return owned.get() == batch; });
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void ImageDropHandler::insertBatch(Batch *batch)
{
    QList<ImportedImage> images;
    QList<ImageLink> links;
    QStringList errors;
    QStringList warnings;
    for (int i = 0; i < batch->results.size(); ++i) {
        const ImportResult &result = *batch->results.at(i);
        if (!result) {
            if (!result.error().isEmpty())
                errors += result.error();
            continue;
        }
        images.append(*result);
        links.append({result->alt, linkPath(result->reference), batch->links.at(i)});
        warnings += result->warnings;
    }
    const bool sameDocument = batch->document == m_editor->document()
        && batch->documentPath == (m_editor->markdownDocument() ? m_editor->markdownDocument()->filePath() : QString());
    if (!images.isEmpty() && !sameDocument) {
        errors += tr("The images were imported into %1, but not inserted: another file is open now.")
                      .arg(QDir::toNativeSeparators(batch->target.folder));
        images.clear();
    }
    if (!images.isEmpty()) {
        insertAt(batch->at, links, batch->target.snippet);
    }
    if (!errors.isEmpty()) {
        if (images.isEmpty() && batch->results.size() == errors.size())
            errors += tr("Nothing was inserted.");
        Q_EMIT message(errors.join(u'\n'), true);
    }
    if (!warnings.isEmpty())
        Q_EMIT message(warnings.join(u'\n'), false);
    else if (batch->canceled > 0 && errors.isEmpty())
        Q_EMIT message(tr("Download canceled; nothing was inserted for it."), false);
    Q_EMIT imagesInserted(images);
}

void ImageDropHandler::insertAt(QTextCursor at, const QList<ImageLink> &links, const QString &snippet)
{
    const TextEdit edit = Masthead::insertImages(at.selectionStart(), at.selectionEnd(), snippet, links);
    m_editor->setTextCursor(applyTextEdit(at, edit));
    m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace Masthead
