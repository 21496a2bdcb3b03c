// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Masthead
{

// Files and folders dropped on the window to be opened, as File ▸ Open would: an event filter on
// the widgets that take drops (the window, the editor's viewport, the preview). A drop that holds an
// image is left alone: the editor's image importer takes it. Decides on the drag's entry, so that the
// cursor says what a drop will do; opens after the drop has finished, never inside it (the drag
// source waits until then, and opening may ask about unsaved changes).
class FileDrops final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDrops)

public:
    explicit FileDrops(QObject *parent = nullptr);

    // Takes the file drops of widget (and lets it accept drops). Installed last, it sees them first.
    void watch(QWidget *widget);
    // Takes the file drops of widget and of the children it has or gets, where they accept drops of
    // their own (a web view takes drops in a child widget that it makes when it needs it).
    void watchWithChildren(QWidget *widget);

    // The local files and folders in mime to open; empty when there are none, or when one of them is
    // for the image importer: an image by its name or by its bytes.
    static QStringList pathsToOpen(const QMimeData *mime);

Q_SIGNALS:
    // After a drop of paths (pathsToOpen() of its data), once the drop has finished.
    void openRequested(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Widgets whose new children are watched too.
    QList<QPointer<QObject>> m_parents;
    // The drag under way and whether it is one to open, decided when it entered.
    QPointer<const QMimeData> m_dragData;
    bool m_dragOpens = false;
};

} // namespace Masthead
