// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Masthead
{
namespace
{
const QStringList markdownFilters {QStringLiteral("*.md"), QStringLiteral("*.markdown")};

// The newest file in folder whose name starts with a YYYY-MM-DD date.
QString newestDated(const QString &folder)
{
    static const QRegularExpression dated(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}-)"));
    QFileInfoList files = QDir(folder).entryInfoList(markdownFilters, QDir::Files);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QFileInfo &f) { return !dated.match(f.fileName()).hasMatch(); }),
                files.end());
    if (files.isEmpty())
        return {};
    const auto newest = std::max_element(files.cbegin(), files.cend(), [](const QFileInfo &a, const QFileInfo &b) {
        const int byName = a.fileName().left(10).compare(b.fileName().left(10));
        return byName != 0 ? byName < 0 : a.lastModified() < b.lastModified();
    });
    return newest->absoluteFilePath();
}
} // namespace

std::optional<Site> Site::find(const QString &path)
{
    QFileInfo info(path);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    while (true) {
        if (dir.exists(QStringLiteral("_config.yml")))
            return Site(dir.absolutePath());
        if (!dir.cdUp())
            return std::nullopt;
    }
}

QString Site::newestDraftPath() const
{
    const QDir root(m_rootPath);
    if (QString draft = newestDated(root.filePath(QStringLiteral("_drafts"))); !draft.isEmpty())
        return draft;
    if (QString post = newestDated(root.filePath(QStringLiteral("_posts"))); !post.isEmpty())
        return post;
    const QString templ = root.filePath(QStringLiteral("_drafts/template.md"));
    return QFileInfo::exists(templ) ? templ : QString();
}

} // namespace Masthead
