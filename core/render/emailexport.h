// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Masthead
{
class Site;

// One image of the issue as the email refers to it.
struct EmailImage {
    enum class Status {
        Rewritten, // a local image, now an absolute URL on the image host
        Missing, // a local image whose file does not exist (rewritten all the same)
        TooLarge, // a local image wider than the site's max width, or a GIF over its size limit
        Remote, // already an absolute URL; left as it is
    };
    QString source; // as the rendered post wrote it
    QString url; // as the email writes it
    QString file; // the local file, absolute; empty for remote images
    Status status = Status::Rewritten;
    QString detail; // why it is too large ("800 px wide", "2.1 MB")

    bool operator==(const EmailImage &) const = default;
};

// The issue as the mailer takes it: a standalone HTML document with inline styles (mail clients drop
// <style> and stylesheets), every local image and link an absolute URL on the site's image host.
struct EmailExport {
    QString html;
    QString plainText;
    QString hostUrl; // what local paths were rewritten to, ending in "/"
    QList<EmailImage> images;
    int rewrittenLinks = 0; // local <a href> targets made absolute
    QString error; // why nothing could be exported (no site and no host); html is empty then

    int count(EmailImage::Status status) const;
    bool operator==(const EmailExport &) const = default;
};

// The image host of the site: _masthead.yml's image_host_url, else _config.yml's url + baseurl;
// empty when the site names neither. Always ends in "/".
QString imageHostUrl(const Site &site);

// Renders text (the post at documentPath, in site; site may be null, then only absolute URLs are
// possible and an error is returned when local images exist) as email HTML. Pure apart from reading
// the images' headers.
EmailExport exportEmail(const QString &text, const QString &documentPath, const Site *site);

// One line per fact, for the status bar, the dialog and the command line: "31 images rewritten to
// https://…/; 2 missing: …; 1 too large: …".
QString emailReport(const EmailExport &email);

} // namespace Masthead
