// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/sitepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace Masthead
{
namespace
{
class SitePathMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::SitePath)
};

// Links that lead to links: more than this many and the path is refused (a loop).
constexpr int maxLinks = 40;
} // namespace

QString resolvedPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    // Not QFileInfo::absoluteFilePath(): it cleans "..", text first.
    const QString native = QDir::fromNativeSeparators(path);
    const QString absolute = QDir::isAbsolutePath(native) ? native : QDir::currentPath() + u'/' + native;
    // The parts are walked one by one and not cleaned first: "link/../x" is the parent of the link's
    // target, not the folder that holds the link.
    QStringList pending = absolute.split(u'/', Qt::SkipEmptyParts);
    std::reverse(pending.begin(), pending.end());
    QString current = QDir::rootPath();
    QStringList missing; // parts below the deepest existing folder, already cleaned
    int links = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeLast();
        if (part == u".")
            continue;
        if (!missing.isEmpty()) {
            if (part == u"..")
                missing.removeLast();
            else
                missing.append(part);
            continue;
        }
        if (part == u"..") {
            current = QFileInfo(current).absolutePath(); // "/" stays "/"
            continue;
        }
        const QString candidate = current.endsWith(u'/') ? QString(current + part) : QString(current + u'/' + part);
        const QFileInfo info(candidate);
        if (info.isSymLink()) {
            if (++links > maxLinks)
                return {};
            const QString target = info.symLinkTarget();
            if (target.isEmpty() || !QFileInfo::exists(target)) {
                // A link that leads nowhere: whatever is made through it lands at an unknown place.
                return {};
            }
            const QString canonical = QFileInfo(target).canonicalFilePath();
            if (canonical.isEmpty())
                return {};
            current = canonical;
            continue;
        }
        if (info.exists()) {
            current = candidate;
            continue;
        }
        missing.append(part);
    }
    if (missing.isEmpty())
        return current;
    return (current.endsWith(u'/') ? current : QString(current + u'/')) + missing.join(u'/');
}

bool isInsideFolder(const QString &folder, const QString &path)
{
    if (folder.isEmpty() || path.isEmpty())
        return false;
    const QString root = resolvedPath(folder);
    const QString resolved = resolvedPath(path);
    if (root.isEmpty() || resolved.isEmpty())
        return false;
    if (resolved == root)
        return true;
    return resolved.startsWith(root.endsWith(u'/') ? root : QString(root + u'/'));
}

std::expected<QString, QString> pathInsideSite(const QString &siteRoot, const QString &path, const QString &what)
{
    if (isInsideSite(siteRoot, path))
        return path;
    return std::unexpected(SitePathMessages::tr("Masthead does not go outside the site: %1, %2, leads outside %3 "
                                                "(through “..”, an absolute path or a symbolic link).")
                               .arg(what, QDir::toNativeSeparators(path), QDir::toNativeSeparators(siteRoot)));
}

} // namespace Masthead
