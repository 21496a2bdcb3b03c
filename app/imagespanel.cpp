// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/imagespanel.h"

#include "core/background.h"
#include "core/document.h"
#include "editor/imagedrophandler.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
constexpr int thumbnailSize = 48;

enum Column { NameColumn, SizeColumn, DimensionsColumn, UsedColumn };

// Sorts by the number behind the text, not the text.
class Item final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Qt::UserRole);
        const QVariant theirs = other.data(column, Qt::UserRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

// The alt text the post already gives the image, if it refers to it.
QString altTextFor(const QString &text, const QString &reference)
{
    const QRegularExpression image(u"!\\[([^\\]\\n]*)\\]\\(\\s*"_s + QRegularExpression::escape(reference));
    return image.match(text).captured(1);
}
} // namespace

ImagesPanel::ImagesPanel(Document *document, ImageDropHandler *dropHandler, QWidget *parent)
    : QDockWidget(tr("Images"), parent)
    , m_document(document)
    , m_dropHandler(dropHandler)
    , m_folderLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_insertButton(new QPushButton(tr("&Insert Again"), this))
    , m_openFolderButton(new QPushButton(tr("Open &Folder"), this))
{
    setObjectName(u"images_panel"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folderLabel);

    m_list->setObjectName(u"images_list"_s);
    m_list->setHeaderLabels({tr("Image"), tr("Size"), tr("Dimensions"), tr("Used")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (int column : {SizeColumn, DimensionsColumn, UsedColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_insertButton->setToolTip(tr("Insert the selected images’ snippets at the cursor"));
    buttons->addWidget(m_insertButton);
    buttons->addWidget(m_openFolderButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ImagesPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { insertSelected(); });
    connect(m_insertButton, &QPushButton::clicked, this, &ImagesPanel::insertSelected);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        if (m_target && QFileInfo::exists(m_target->folder))
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_target->folder));
    });

    // The text changes "used" once typing pauses (while the panel is shown); the folder changes the list.
    m_textChanged.setSingleShot(true);
    m_textChanged.setInterval(700);
    connect(&m_textChanged, &QTimer::timeout, this, &ImagesPanel::refresh);
    connect(m_document, &Document::textSettled, this, &ImagesPanel::refresh);
    connect(m_document, &Document::filePathChanged, this, &ImagesPanel::refresh);
    connect(m_document, &Document::loaded, this, &ImagesPanel::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_textChanged.start(); });
    connect(m_dropHandler, &ImageDropHandler::imagesInserted, this, &ImagesPanel::refresh);
    updateButtons();
}

void ImagesPanel::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    refresh();
}

void ImagesPanel::refresh()
{
    if (!isVisible())
        return;
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Listing listing = watcher->result();
        if (listing.generation == m_generation)
            showListing(listing);
    });
    watcher->setFuture(runInBackground([generation, target = m_provider ? m_provider() : std::nullopt,
                                        text = m_document->text()] { return makeListing(generation, target, text); }));
}

ImagesPanel::Listing ImagesPanel::makeListing(int generation, std::optional<AssetTarget> target, const QString &text)
{
    Listing listing {generation, target, {}, {}};
    if (!target)
        return listing;
    listing.assets = listAssets(*target, text);
    for (const AssetInfo &asset : std::as_const(listing.assets)) {
        QImageReader reader(asset.filePath);
        reader.setAutoTransform(true);
        reader.setQuality(25); // fast scaled decoding
        if (const QSize size = reader.size(); size.isValid())
            reader.setScaledSize(size.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio));
        listing.thumbnails.append(reader.read());
    }
    return listing;
}

void ImagesPanel::showListing(const Listing &listing)
{
    m_target = listing.target;
    m_assets = listing.assets;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_list->clear();
    if (!m_target) {
        m_folderLabel->setText(tr("Save the post to see its images."));
        updateButtons();
        Q_EMIT listed();
        return;
    }
    if (QFileInfo::exists(m_target->folder))
        m_watcher.addPath(m_target->folder);
    const QString shownFolder = QDir::toNativeSeparators(
        m_target->siteRoot.isEmpty() ? m_target->folder : QDir(m_target->siteRoot).relativeFilePath(m_target->folder));
    qint64 total = 0;
    int unused = 0;
    const QLocale locale;
    m_list->setSortingEnabled(false);
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        const AssetInfo &asset = m_assets.at(i);
        total += asset.bytes;
        unused += asset.referenced ? 0 : 1;
        auto *item = new Item(m_list);
        item->setText(NameColumn, QFileInfo(asset.filePath).fileName());
        item->setToolTip(NameColumn, QDir::toNativeSeparators(asset.filePath));
        item->setData(NameColumn, Qt::UserRole + 1, int(i));
        if (const QImage &thumbnail = listing.thumbnails.at(i); !thumbnail.isNull())
            item->setIcon(NameColumn, QIcon(QPixmap::fromImage(thumbnail)));
        item->setText(SizeColumn, locale.formattedDataSize(asset.bytes, 1, QLocale::DataSizeTraditionalFormat));
        item->setData(SizeColumn, Qt::UserRole, asset.bytes);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (asset.size.isValid()) {
            item->setText(DimensionsColumn, tr("%1 × %2").arg(asset.size.width()).arg(asset.size.height()));
            item->setData(DimensionsColumn, Qt::UserRole, asset.size.width());
            if (asset.size.width() > m_target->maxWidth) {
                item->setForeground(DimensionsColumn, QColor(0xc0, 0x39, 0x2b));
                item->setToolTip(DimensionsColumn, tr("Wider than the site’s %1 pixels").arg(m_target->maxWidth));
            }
        }
        item->setText(UsedColumn, asset.referenced ? tr("yes") : tr("no"));
        if (!asset.referenced) {
            item->setForeground(UsedColumn, QColor(0xbc, 0x4c, 0x00));
            item->setToolTip(UsedColumn, tr("The post does not refer to this image"));
        }
    }
    m_list->setSortingEnabled(true);
    m_folderLabel->setText(
        m_assets.isEmpty()
            ? tr("%1: no images yet. Drop or paste images on the text.").arg(shownFolder)
            : tr("%1: %n image(s), %2, %3 not used", nullptr, int(m_assets.size()))
                  .arg(shownFolder, locale.formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat))
                  .arg(unused));
    updateButtons();
    Q_EMIT listed();
}

void ImagesPanel::insertSelected()
{
    QList<ImportedImage> images;
    const QString text = m_document->text();
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    for (QTreeWidgetItem *item : selected) {
        const AssetInfo &asset = m_assets.value(item->data(NameColumn, Qt::UserRole + 1).toInt());
        ImportedImage image;
        image.filePath = asset.filePath;
        image.reference = asset.reference;
        image.alt = altTextFor(text, asset.reference);
        image.size = asset.size;
        image.bytes = asset.bytes;
        image.reused = true;
        images.append(image);
    }
    if (!images.isEmpty() && m_target)
        m_dropHandler->insertImages(images, m_target->snippet);
}

void ImagesPanel::updateButtons()
{
    m_insertButton->setEnabled(!m_list->selectedItems().isEmpty());
    m_openFolderButton->setEnabled(m_target && QFileInfo::exists(m_target->folder));
}

} // namespace Masthead
