// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace Masthead
{

// The one place that decides whether a path is inside a site (docs/security.md). Content that
// arrives by pull request (posts, includes, images, _masthead.yml) may name any path and may carry
// symbolic links; only what is inside the site after every link is resolved may be read, written
// or served. The path text alone ("assets/x.png") says nothing: assets/ may be a link to "/".

// The path with every symbolic link resolved and every "." and ".." applied in order, as the
// operating system would walk it: the canonical path of its deepest existing part, followed by the
// parts that do not exist yet. Relative paths are taken from the current folder. Empty when the
// path passes through a link that leads nowhere (its target would be created somewhere unknown).
QString resolvedPath(const QString &path);

// Whether path is folder itself or inside it, once both are resolved (resolvedPath). False when
// either cannot be resolved or folder is empty.
bool isInsideFolder(const QString &folder, const QString &path);

// Whether path leads outside the site at siteRoot: isInsideFolder(siteRoot, path).
inline bool isInsideSite(const QString &siteRoot, const QString &path)
{
    return isInsideFolder(siteRoot, path);
}

// path when it is inside the site at siteRoot, else a message saying that Masthead does not go
// there, naming what the path is for (what: "the draft", "the image's file", ...).
std::expected<QString, QString> pathInsideSite(const QString &siteRoot, const QString &path, const QString &what);

} // namespace Masthead
