// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/examplesite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Masthead
{

QString exampleSitePath()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates {
        appDir.filePath(QStringLiteral("../" MASTHEAD_INSTALL_DATADIR "/masthead/examples/weekly")),
        QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate + QStringLiteral("/_config.yml")))
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace Masthead
