// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Masthead
{

// Where a link or image target sits in a Markdown document: inline links and images "](target)",
// reference definitions "[id]: target", and HTML src= and href= attributes. Fenced code is skipped.
struct LinkTarget {
    qsizetype begin = 0;
    qsizetype end = 0;
    bool image = false;
    int line = 0; // 0-based

    bool operator==(const LinkTarget &) const = default;
};

QList<LinkTarget> linkTargets(QStringView markdown);

// True for a target that names a file relative to the document ("../assets/x.jpg", "x.jpg"), not a
// URL with a scheme, a site-root path, a fragment or Liquid.
bool isRelativeFileTarget(QStringView target);

// Replaces a day written as yyyyMMdd, yyyy-MM-dd or yyyy/MM/dd inside the link targets of text;
// prose is left alone.
QString replaceDateInLinks(const QString &text, QDate from, QDate to);

// Replaces the same day forms anywhere in s where they are not part of a longer number.
QString replaceDate(const QString &s, QDate from, QDate to);

// Rewrites relative file targets that lead to an existing file or folder from oldFolder so that
// they lead to it from newFolder. Placeholders and broken links are left as they are.
QString rebaseRelativeLinks(const QString &text, const QString &oldFolder, const QString &newFolder);

// Relative targets that climb out of the post's folder ("../assets/20231009/x.jpg" in a file of
// _drafts/ or _posts/) and lead to a file of the site. They work from the draft's rendered page and in
// GitHub's file view, but not from a published post's permalink (/weekly/2023/10/09/slug.html),
// where "../assets" points nowhere. Empty for a file outside _drafts and _posts.
QList<LinkTarget> targetsBrokenWhenPublished(QStringView text, const QString &documentPath, const QString &siteRoot);

// text with each of those targets rewritten to "{{ site.baseurl }}/assets/…", which works from every
// page of the site.
QString withBaseurlTargets(const QString &text, const QString &documentPath, const QString &siteRoot);

} // namespace Masthead
