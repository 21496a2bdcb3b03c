// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"
#include "core/site/siteconfig.h"
#include "core/site/sitesettings.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Masthead
{

// A draft or a post of a site, as Jekyll sees it.
struct PostEntry {
    enum class Kind { Draft, Post };

    Kind kind = Kind::Post;
    QString path; // absolute
    std::optional<QDate> date; // the front matter's day, else the file name's
    QString slug; // the file name without date prefix and extension
    QString title;
    QStringList categories; // folder categories (cat/_posts) first, then the front matter's

    bool operator==(const PostEntry &) const = default;
};

// A Jekyll site on disk: the folder that holds _config.yml, its configuration and Masthead's settings
// for it. A value type holding what was read when it was found; listing posts reads the disk again.
// In the window, the Document owns its site (Document::site()) and finds it again only when the file
// moves or _config.yml or _masthead.yml change; everything else asks the document.
class Site
{
public:
    // The site that contains path (a folder or any file inside it), found by walking up to the
    // nearest folder with a _config.yml. Reads _config.yml and _masthead.yml; what is wrong with them
    // is in problems(), and defaults stand in.
    static std::optional<Site> find(const QString &path);

    QString rootPath() const { return m_rootPath; }
    const SiteConfig &config() const { return m_config; }
    // _config.yml as it was read when the site was found: config() is its typed view, Liquid's site
    // variable the whole tree, so both describe the same bytes.
    const QByteArray &configYaml() const { return m_configYaml; }
    const SiteSettings &settings() const { return m_settings; }
    // Problems found reading _config.yml and _masthead.yml.
    QList<Problem> problems() const { return m_problems; }
    // Path settings of _masthead.yml that were refused because they lead outside the site, as one
    // message naming each; empty when there are none. Creating or re-dating an issue is refused while
    // there are any: the defaults that stand in are not what the site asked for.
    QString refusedPathSettings() const;

    // Drafts (in _drafts/ folders) and posts (in _posts/ folders, category subfolders included),
    // newest first. The template is not a draft.
    QList<PostEntry> drafts() const;
    QList<PostEntry> posts() const;

    // Folders Jekyll would silently ignore because their special names have the wrong case
    // (_POSTS, _Drafts, ...).
    QList<Problem> wrongCaseFolders() const;

    // The draft to open when the site is opened: the newest draft, else the newest post, else the
    // template. Empty when the site has none of these.
    QString pathToOpen() const;

    QString templatePath() const;
    bool isTemplate(const QString &path) const;
    // The newest date of any draft or post.
    std::optional<QDate> newestIssueDate() const;
    // The first publication weekday after the newest issue (or from today on, for a new site).
    QDate nextIssueDate(QDate today = QDate::currentDate()) const;
    QString draftPathFor(QDate date) const;
    // The issue's assets folder, absolute, ending in "/".
    QString assetsFolderFor(QDate date) const;

    bool operator==(const Site &other) const { return m_rootPath == other.m_rootPath; }

private:
    explicit Site(QString rootPath);
    QList<PostEntry> entries(PostEntry::Kind kind) const;

    QString m_rootPath;
    SiteConfig m_config;
    QByteArray m_configYaml;
    SiteSettings m_settings;
    QList<Problem> m_problems;
};

// A Jekyll-style slug: lower case ASCII letters, digits and hyphens.
QString slugify(const QString &text);

} // namespace Masthead
