// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sitedock.h"

#include "core/background.h"
#include "core/checks/checks.h"
#include "core/document.h"
#include "core/fileio.h"
#include "core/site/frontmatter.h"
#include "core/site/site.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QPointer>
#include <QTreeWidget>

namespace Masthead
{
namespace
{
constexpr int pathRole = Qt::UserRole + 1;
enum Column { TitleColumn, DateColumn, StateColumn };

QString dayText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}
} // namespace

SiteDock::SiteDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Site"), parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("site_dock"));
    m_tree->setObjectName(QStringLiteral("site_tree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Title"), tr("Date"), tr("State")});
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    setWidget(m_tree);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200); // a git pull changes many files at once
    connect(&m_refresh, &QTimer::timeout, this, &SiteDock::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_refresh.start(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(TitleColumn, pathRole).toString();
        if (!path.isEmpty() && path != m_document->filePath())
            Q_EMIT openRequested(path);
    });
    connect(m_document, &Document::siteChanged, this, &SiteDock::refresh);
    connect(m_document, &Document::filePathChanged, this, &SiteDock::markCurrent);
    connect(m_document, &Document::loaded, this, &SiteDock::markCurrent);
    connect(m_document, &QTextDocument::modificationChanged, this, &SiteDock::markCurrent);
    connect(m_document, &Document::saved, this, [this] { m_refresh.start(); });
    refresh();
}

QTreeWidgetItem *SiteDock::itemOf(const QString &path) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(TitleColumn, pathRole).toString() == path)
                return group->child(i);
        }
    }
    return nullptr;
}

void SiteDock::refresh()
{
    const auto site = m_document->site();
    m_tree->clear();
    const QString root = site ? site->rootPath() : QString();
    if (root != m_root) {
        m_errors.clear();
        m_root = root;
    }
    if (!site) {
        watchFolders();
        Q_EMIT updated();
        return;
    }
    auto addEntry
        = [this](QTreeWidgetItem *group, const QString &path, const QString &title, const std::optional<QDate> &date) {
              auto *item = new QTreeWidgetItem(group);
              item->setText(TitleColumn, title.isEmpty() ? QFileInfo(path).fileName() : title);
              item->setText(DateColumn, dayText(date));
              item->setToolTip(TitleColumn, QDir::toNativeSeparators(QDir(m_root).relativeFilePath(path)));
              item->setData(TitleColumn, pathRole, path);
          };
    QStringList toCheck;
    if (const QString templatePath = site->templatePath(); QFileInfo::exists(templatePath)) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Template")});
        QString title;
        if (const auto text = readTextFile(templatePath)) {
            if (const auto fm = FrontMatter::parseDocument(text->text))
                title = fm->title();
        }
        addEntry(group, templatePath, title.isEmpty() ? QFileInfo(templatePath).fileName() : title, std::nullopt);
        // The template is meant to hold placeholders: its errors are not counted.
        group->setExpanded(true);
    }
    const QList<PostEntry> drafts = site->drafts();
    auto *draftGroup = new QTreeWidgetItem(m_tree, {tr("Drafts (%1)").arg(drafts.size())});
    for (const PostEntry &entry : drafts) {
        addEntry(draftGroup, entry.path, entry.title, entry.date);
        toCheck.append(entry.path);
    }
    draftGroup->setExpanded(true);
    const QList<PostEntry> posts = site->posts();
    auto *postGroup = new QTreeWidgetItem(m_tree, {tr("Posts (%1)").arg(posts.size())});
    for (const PostEntry &entry : posts)
        addEntry(postGroup, entry.path, entry.title, entry.date);
    postGroup->setExpanded(true);
    for (QTreeWidgetItem *group : {draftGroup, postGroup}) {
        QFont font = group->font(TitleColumn);
        font.setBold(true);
        group->setFont(TitleColumn, font);
    }
    watchFolders();
    markCurrent();
    checkInBackground(toCheck);
    Q_EMIT updated();
}

void SiteDock::markCurrent()
{
    const QString current = m_document->filePath();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString path = item->data(TitleColumn, pathRole).toString();
            const bool isCurrent = path == current;
            QFont font = item->font(TitleColumn);
            font.setBold(isCurrent);
            item->setFont(TitleColumn, font);
            QStringList state;
            if (isCurrent && m_document->isModified())
                state.append(tr("• unsaved"));
            if (const int errors = m_errors.value(path, 0); errors > 0)
                state.append(tr("%n error(s)", nullptr, errors));
            item->setText(StateColumn, state.join(QStringLiteral(", ")));
            if (isCurrent)
                m_tree->setCurrentItem(item);
        }
    }
}

void SiteDock::watchFolders()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (m_root.isEmpty())
        return;
    // The site root (a new _drafts or _posts folder) and every _drafts and _posts folder in it.
    QStringList folders {m_root};
    QDirIterator it(m_root, {QStringLiteral("_drafts"), QStringLiteral("_posts")}, QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString folder = it.next();
        if (!folder.contains(QLatin1String("/node_modules/")) && !folder.contains(QLatin1String("/_site/")))
            folders.append(folder);
    }
    m_watcher.addPaths(folders);
}

void SiteDock::checkInBackground(const QStringList &paths)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QHash<QString, int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_errors = watcher->result();
        markCurrent();
        Q_EMIT updated();
    });
    watcher->setFuture(runInBackground([paths] {
        QHash<QString, int> errors;
        for (const QString &path : paths)
            errors.insert(path, countOf(checkIssueFile(path), Problem::Severity::Error));
        return errors;
    }));
}

} // namespace Masthead
