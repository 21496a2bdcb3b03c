// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/recentmenu.h"

#include "core/document.h"
#include "core/preferences.h"
#include "core/site/site.h"

#include <QDir>
#include <QFileInfo>

namespace Masthead
{

RecentMenu::RecentMenu(Preferences *preferences, Document *document, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_preferences(preferences)
    , m_document(document)
{
    setObjectName(QStringLiteral("file_recent"));
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::rebuild);
    connect(m_document, &Document::loaded, this, [this] {
        const auto site = m_document->site();
        m_preferences->addRecent(m_document->filePath(), site ? site->rootPath() : QString());
    });
    rebuild();
}

void RecentMenu::rebuild()
{
    clear();
    const QString home = QDir::homePath();
    auto shown = [&home](const QString &path) {
        QString text = QDir::toNativeSeparators(path);
        if (path.startsWith(home + u'/'))
            text = QStringLiteral("~") + QDir::toNativeSeparators(path.sliced(home.size()));
        // A literal "&" in a file name is not a mnemonic.
        return text.replace(u'&', QStringLiteral("&&"));
    };
    int count = 0;
    for (const QString &file : m_preferences->recentFiles()) {
        if (!QFileInfo(file).isFile())
            continue;
        QAction *action = addAction(QStringLiteral("%1  %2").arg(
            QFileInfo(file).fileName().replace(u'&', QStringLiteral("&&")), shown(QFileInfo(file).absolutePath())));
        action->setObjectName(QStringLiteral("recent_file"));
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT openRequested(file); });
        ++count;
    }
    const QStringList sites = m_preferences->recentSites();
    bool first = true;
    for (const QString &site : sites) {
        if (!QFileInfo(site).isDir())
            continue;
        if (first)
            addSection(tr("Sites"));
        first = false;
        QAction *action = addAction(shown(site));
        action->setObjectName(QStringLiteral("recent_site"));
        action->setData(site);
        connect(action, &QAction::triggered, this, [this, site] { Q_EMIT openRequested(site); });
        ++count;
    }
    addSeparator();
    QAction *clearAll = addAction(tr("&Clear List"));
    clearAll->setObjectName(QStringLiteral("recent_clear"));
    clearAll->setEnabled(count > 0);
    connect(clearAll, &QAction::triggered, this, [this] {
        m_preferences->clearRecent();
        rebuild();
    });
}

} // namespace Masthead
