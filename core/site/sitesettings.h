// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Masthead
{

// Masthead's settings for one site, read from _masthead.yml at the site root (Jekyll does not
// publish files whose names start with "_"). Every key is optional; docs/site-settings.md documents
// them. A value type: the defaults are the weekly newsletter's conventions.
struct SiteSettings {
    static constexpr const char *fileName = "_masthead.yml";
    // The code of the problem for a path setting that leads outside the site.
    static constexpr const char *outsideSiteCode = "setting-outside-site";

    int publicationWeekday = Qt::Monday; // 1 = Monday ... 7 = Sunday
    QTime publicationTime = QTime(7, 0);
    int utcOffsetSeconds = -8 * 3600;
    QString draftFile = QStringLiteral("_drafts/{date}-draft.md");
    QString templateFile = QStringLiteral("_drafts/template.md");
    QString assetsFolder = QStringLiteral("assets/{yyyyMMdd}/");
    QString imageFile = QStringLiteral("{yyyyMMdd}{slug}.{ext}");
    int maxImageWidth = 550;
    qint64 maxGifBytes = 1024 * 1024;
    QString imageSnippet = QStringLiteral("[![{alt}]({path})]({link})");
    QString sectionTemplatesFolder = QStringLiteral("_masthead/sections/");
    QString previewStyleSheet; // site-relative path of a stylesheet the preview adds after its own
    // Where the mailer finds the site's images: an absolute http(s) URL that site-relative image
    // paths are appended to; empty means the site's url + baseurl from _config.yml.
    QString imageHostUrl;
    // How the image and link paths must be written so that they work where the issue is read:
    // Relative keeps "../assets/…" (mailer-only sites, read from the rendered draft); Baseurl wants
    // "{{ site.baseurl }}/assets/…", which works from a published post's permalink too. Unset: the
    // site has not chosen; paths that break from _posts/ are reported and fixed as for Baseurl.
    enum class ImagePaths { Unset, Relative, Baseurl };
    ImagePaths imagePaths = ImagePaths::Unset;
    QString spellcheckLanguage; // the posts' language as a dictionary code ("fr_FR"); empty: the user's
    QStringList placeholders = defaultPlaceholders();

    static QStringList defaultPlaceholders();

    // The settings of the file's text. Every key that is invalid keeps its default and yields a
    // problem naming the key and its line; fileName is only used in those problems. With a siteRoot,
    // a path setting that leads outside it (through "..", an absolute path or a symbolic link) is
    // invalid too, and its problem is an error.
    static SiteSettings parse(const QByteArray &yaml, const QString &fileName, QList<Problem> *problems,
                              const QString &siteRoot = {});
    // Reads siteRoot/_masthead.yml; the defaults when there is none.
    static SiteSettings load(const QString &siteRoot, QList<Problem> *problems);

    // "Monday 07:00 -0800"
    QString publicationText() const;
    // The front matter date text for a day at the publication time: "2023-10-09 07:00:00 -0800".
    QString frontMatterDate(QDate day) const;

    bool operator==(const SiteSettings &) const = default;
};

// Expands a file-name pattern: {date} is yyyy-MM-dd, a brace group of only y, M and d letters is a
// date format ({yyyyMMdd}, {yyyy}/{MM}), and every other {name} comes from variables. Unknown names
// stay as they are.
QString expandPattern(const QString &pattern, QDate date, const QHash<QString, QString> &variables = {});

// The UTC offset as front matter writes it: "-0800".
QString utcOffsetText(int seconds);

} // namespace Masthead
