// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/filedrops.h"

#include "core/images/assetimporter.h"
#include "core/images/imagereferences.h"

#include <QChildEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace Masthead
{

FileDrops::FileDrops(QObject *parent)
    : QObject(parent)
{
}

void FileDrops::watch(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

void FileDrops::watchWithChildren(QWidget *widget)
{
    watch(widget);
    m_parents.append(widget);
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children) {
        child->installEventFilter(this);
        m_parents.append(child);
    }
}

QStringList FileDrops::pathsToOpen(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (!QFileInfo(path).isDir()) {
            // An image by its name (the importer says when it is not one it takes, a TIFF say), or by
            // its first bytes, the importer's own test, whatever the name says.
            if (isImageFileName(path))
                return {};
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && sniffImageFormat(file.read(4096)) != ImageFormat::Unknown)
                return {};
        }
        paths.append(path);
    }
    return paths;
}

bool FileDrops::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ChildAdded: {
        auto *child = static_cast<QChildEvent *>(event)->child();
        if (child->isWidgetType() && m_parents.contains(watched)) {
            child->installEventFilter(this);
            m_parents.append(child);
        }
        return false;
    }
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        m_dragData = drag->mimeData();
        m_dragOpens = !pathsToOpen(drag->mimeData()).isEmpty();
        if (!m_dragOpens)
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const bool opens = m_dragData == drag->mimeData() ? m_dragOpens : !pathsToOpen(drag->mimeData()).isEmpty();
        if (!opens)
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::DragLeave:
        m_dragData = nullptr;
        m_dragOpens = false;
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_dragData = nullptr;
        m_dragOpens = false;
        const QStringList paths = pathsToOpen(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        QTimer::singleShot(0, this, [this, paths] { Q_EMIT openRequested(paths); });
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace Masthead
