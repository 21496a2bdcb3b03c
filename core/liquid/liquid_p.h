// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internals of the Liquid engine shared by its source files; not for use outside core/liquid/.

#include "core/liquid/liquid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Masthead::LiquidPrivate
{

// The Liquid engine's messages (problems and markers), in one translation context.
class LiquidMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Liquid)
};

// Liquid::Utils.to_date: times as they are, "now"/"today", whole numbers as seconds since 1970,
// other strings through Ruby::parseTime().
std::optional<QDateTime> toDate(const LiquidValue &value, const QTimeZone &zone);
// Ruby's Float#to_s: "2.0", "0.1", "1.0e-05", "1.2345678901234568e+16".
QString formatFloat(double value);

// The site facts that URLs, include, link and post_url depend on.
struct SiteFacts {
    QString root; // absolute, without a trailing slash; empty outside a site
    LiquidValue config; // the site variable (_config.yml with Jekyll's defaults)
    QTimeZone zone = QTimeZone::systemTimeZone();

    QString permalinkStyle() const;
    QString baseurl() const { return config.value(u"baseurl").toString(); }
    QString folder(QStringView key, QStringView fallback) const; // includes_dir, data_dir
};

SiteFacts siteFacts(const LiquidContext &context);
// The page variable of the document at relativePath (from the site root) with text as its content,
// as Jekyll builds it for posts, drafts, collection documents and pages: the front matter (with the
// site's front matter defaults) and url, date, id, slug, title, categories, tags, path, collection...
LiquidValue documentVariables(const SiteFacts &site, const QString &relativePath, QStringView text);
// The URL Jekyll writes the file at relativePath to (before baseurl); nullopt when Jekyll writes no
// such file (it does not exist, is excluded, or is in a folder Jekyll reads no pages from).
std::optional<QString> siteFileUrl(const SiteFacts &site, const QString &relativePath);
// The relative paths of the site's posts: dated files in _posts folders.
QStringList postFiles(const SiteFacts &site);

// What a filter needs besides its input and arguments.
struct FilterEnvironment {
    const LiquidContext &context;
    QString baseurl; // site.baseurl
    QString url; // site.url
};

struct FilterResult {
    LiquidValue value;
    enum class Status { Ok, Unknown, Unsupported, Error } status = Status::Ok;
    QString error; // for Error: Liquid's message, translated
};

// Applies the Liquid or Jekyll filter name. where_exp and find_exp need the template engine and are
// handled by the caller.
FilterResult applyFilter(QStringView name, const LiquidValue &input, const QList<LiquidValue> &arguments,
                         const LiquidValue::Map &options, const FilterEnvironment &environment);

// Whether applyFilter() knows name (Ok), knows it cannot preview it (Unsupported), or not (Unknown).
FilterResult::Status filterAvailability(QStringView name);

// CGI.escapeHTML: & < > " '.
QString escapeHtml(QStringView text);

} // namespace Masthead::LiquidPrivate
