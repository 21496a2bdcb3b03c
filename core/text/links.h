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

} // namespace Masthead
