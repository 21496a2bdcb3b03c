// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Masthead
{
class Site;

// The pre-publish checks of an issue, for the Problems dock, the Publish action and `masthead check`.
// Pure functions over the text, reading only the disk (images, the template, the site's folders);
// the external links are checked apart, by LinkChecker, because that takes the network and time.
//
// Every problem has a stable code (docs/checks.md lists them), a severity, the document line (1-based;
// 0 for problems of the site as a whole) and a translated message. Errors block publishing unless the
// user overrides; warnings and notes do not.

// The checks of text, the current content of the post at documentPath (which may differ from the
// file on disk). site may be null: then only the checks that need no site run.
QList<Problem> checkIssue(const QString &text, const QString &documentPath, const Site *site);

// Reads the file and finds its site, then checkIssue(). A file that cannot be read is one error.
QList<Problem> checkIssueFile(const QString &path);

bool hasErrors(const QList<Problem> &problems);
int countOf(const QList<Problem> &problems, Problem::Severity severity);

// An http(s) link or image of the issue, as the link checker takes them.
struct ExternalLink {
    QUrl url;
    int line = 0; // 1-based
    int column = 0; // 1-based

    bool operator==(const ExternalLink &) const = default;
};

// The http and https targets of the text in text order, outside fenced code and the checklist
// block's instructions.
QList<ExternalLink> externalLinks(QStringView text);

} // namespace Masthead
