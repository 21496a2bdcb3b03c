// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/installeddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Masthead
{
namespace
{
// share/ of the prefix the program is installed in; empty when it runs from a build tree.
QString installedDataFolder()
{
    const QString share
        = QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../" MASTHEAD_INSTALL_DATADIR));
    return QFileInfo(share + QStringLiteral("/masthead")).isDir() ? share : QString();
}
} // namespace

QString exampleSitePath()
{
    QStringList candidates {QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly")};
    if (const QString share = installedDataFolder(); !share.isEmpty())
        candidates.prepend(share + QStringLiteral("/masthead/examples/weekly"));
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(candidate + QStringLiteral("/_config.yml")))
            return QDir::cleanPath(candidate);
    }
    return {};
}

void addInstalledDataFolders()
{
    const QString share = installedDataFolder();
    if (share.isEmpty())
        return;
    QStringList folders = qEnvironmentVariable("XDG_DATA_DIRS").split(u':', Qt::SkipEmptyParts);
    if (folders.isEmpty()) // the default the XDG Base Directory specification gives
        folders = {QStringLiteral("/usr/local/share"), QStringLiteral("/usr/share")};
    for (const QString &folder : std::as_const(folders)) {
        if (QDir::cleanPath(folder) == share)
            return;
    }
    folders.append(share);
    qputenv("XDG_DATA_DIRS", QFile::encodeName(folders.join(u':')));
}

} // namespace Masthead
