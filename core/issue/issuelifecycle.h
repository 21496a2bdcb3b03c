// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Masthead
{
class Site;

// The life of an issue as operations over files: create it from the template, publish it, move it
// to another date. Each checks everything first and changes nothing when it refuses; files are
// written atomically and existing files are never overwritten. Messages are for people.

struct NewIssue {
    QString draftPath;
    QString assetsFolder;
    QDate date;
    QStringList copiedImages; // the weekly-reused images copied from the template's assets folder
};

// Copies the site's template to its draft file pattern for date (default: the next publication
// weekday after the newest issue), with the front-matter date set to that day (keeping the
// template's time and offset) and every dated link the template carries moved to the new day;
// creates the dated assets folder and copies into it the images the template reuses every week.
std::expected<NewIssue, QString> newIssue(const Site &site, std::optional<QDate> date = std::nullopt);

struct PublishedPost {
    QString postPath;
    QDate date;
};

// Moves a draft to _posts/YYYY-MM-DD-slug.ext as jekyll-compose does: the day is the front
// matter's, else date, else today; the front-matter date is set only when it is absent; relative
// links are rewritten if the folder depth changes. The slug is the draft's name without its date,
// or the title's slug for generic draft names ("draft").
std::expected<PublishedPost, QString> publish(const Site &site, const QString &draftPath,
                                              std::optional<QDate> date = std::nullopt, const QString &slug = {});

struct UnpublishedDraft {
    QString draftPath;
};

// Moves a post back to _drafts/slug.ext as jekyll-compose's unpublish does: the date leaves the file
// name, the front matter stays as it is, relative links follow the move. Refuses the template, a
// file that is not in a _posts folder, and a draft that already exists.
std::expected<UnpublishedDraft, QString> unpublish(const Site &site, const QString &postPath);

struct RedatedIssue {
    QString path;
    QString assetsFolder;
    QStringList renamedImages;
};

// Moves an issue to another day: its file name, its front-matter date, its assets folder (and the
// dated names of the images in it) and every link to them change together.
std::expected<RedatedIssue, QString> redate(const Site &site, const QString &path, QDate newDate);

} // namespace Masthead
