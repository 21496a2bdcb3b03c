// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The URLs Jekyll 4.3 gives posts, collection documents, pages and static files, and its URL filters.
// Pure functions, thread-safe; each follows the Jekyll source it names.

namespace Masthead
{

// Utils.slugify's modes; None stands for any other name, which only lower-cases.
enum class SlugifyMode { None, Raw, Default, Pretty, Ascii, Latin };

// The mode named by the slugify filter's argument; empty means Default.
SlugifyMode slugifyMode(QStringView name);
// Utils.slugify: runs of characters the mode does not keep become one hyphen, one leading and one
// trailing hyphen go, and the result is lower-cased unless cased.
QString jekyllSlugify(QStringView text, SlugifyMode mode = SlugifyMode::Default, bool cased = false);

// URL.escape_path: percent-encodes what a URL path may not hold ("one two" -> "one%20two").
QString escapeUrlPath(QStringView path);
// The uri_escape filter (Addressable's normalize_component): escapes decoded, then everything but
// reserved and unreserved URL characters percent-encoded.
QString uriEscape(QStringView text);
// Whether Addressable sees a scheme ("https:", "mailto:"): such URLs pass the URL filters unchanged.
bool isAbsoluteUrl(QStringView url);
// Addressable::URI#normalize as the URL filters apply it: characters outside their URL part
// percent-encoded, needless escapes decoded, dot segments removed, scheme and host lower-cased.
QString normalizeUrl(QStringView url);
// The relative_url filter: baseurl (without its trailing slash) and input joined with slashes.
QString relativeUrl(QStringView input, QStringView baseurl);
// The absolute_url filter: siteUrl before relativeUrl(); relativeUrl() alone when siteUrl is empty.
QString absoluteUrl(QStringView input, QStringView siteUrl, QStringView baseurl);

// What a post's or collection document's URL is made of.
struct DocumentUrlFacts {
    QString collection = QStringLiteral("posts"); // the collection's label
    QString relativePath; // from the site root: "_posts/2023-10-09-slug.md", "cat/_posts/...", "_drafts/x.md"
    QDateTime date; // in the site's time zone (the URL shows the day there)
    QString slug; // the front matter's slug, else the file name's (after its date)
    QStringList categories; // folder categories first, then the front matter's
    QString permalink; // the document's own permalink from its front matter; empty when none

    bool operator==(const DocumentUrlFacts &) const = default;
};

// The URL template of a permalink style: "date" (Jekyll's default), "pretty", "ordinal", "weekdate",
// "none"; anything else is a template already ("/:year/:title/").
QString permalinkTemplate(QStringView style);
// The URL of a post or collection document from urlTemplate (or the document's own permalink),
// with Jekyll's placeholders (:year :month :day :i_month :i_day :short_year :title :slug :categories
// :output_ext :collection :path :name and the other UrlDrop ones) and URL sanitizing. Unknown
// placeholders stay as written (Jekyll refuses to build with them).
QString documentUrl(const DocumentUrlFacts &facts, QStringView urlTemplate);
// The URL template of a collection: its own permalink, else "/:collection/:path" suffixed as the
// site's permalink style asks (Utils.add_permalink_suffix).
QString collectionUrlTemplate(QStringView collectionPermalink, QStringView permalinkStyle);
// The URL of a page (a file with front matter outside collections) at relativePath.
QString pageUrl(QStringView relativePath, QStringView permalinkStyle, QStringView frontMatterPermalink = {});
// The extension Jekyll writes a file with: ".html" for Markdown and HTML, ".css" for Sass, else its own.
QString outputExtension(QStringView fileName);

} // namespace Masthead
