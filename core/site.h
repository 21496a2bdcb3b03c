// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Masthead
{

// A Jekyll site on disk: the folder that holds _config.yml. A value type that only remembers where
// the site is; every query reads the disk.
class Site
{
public:
    // The site that contains path (a folder or any file inside it), found by walking up to the
    // nearest folder with a _config.yml.
    static std::optional<Site> find(const QString &path);

    QString rootPath() const { return m_rootPath; }

    // The draft to open when the site is opened: the newest dated file in _drafts/ (by the date its
    // name starts with, then by modification time), else the newest post, else the template.
    // Empty when the site has none of these.
    QString newestDraftPath() const;

    bool operator==(const Site &) const = default;

private:
    explicit Site(QString rootPath)
        : m_rootPath(std::move(rootPath))
    {
    }

    QString m_rootPath;
};

} // namespace Masthead
