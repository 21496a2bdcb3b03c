// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/site/frontmatter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace Masthead
{

// What Masthead reads of a site's _config.yml: the settings that decide how Jekyll builds posts
// and renders Markdown. A value type.
struct SiteConfig {
    struct Collection {
        QString label; // "drafts" for a collection in _drafts/
        bool output = false;
        QString permalink;

        bool operator==(const Collection &) const = default;
    };

    struct FrontMatterDefault {
        QString scopePath; // empty: every file
        QString scopeType; // "posts", "drafts", "pages", a collection label, or empty
        QList<FrontMatter::Field> values;

        bool operator==(const FrontMatterDefault &) const = default;
    };

    QString title;
    QString baseurl;
    QString url;
    QString permalink = QStringLiteral("date"); // Jekyll's default
    QString markdown = QStringLiteral("kramdown");
    QHash<QString, QString> kramdown; // "input" -> "GFM", "hard_wrap" -> "false", ...
    QList<Collection> collections;
    QList<FrontMatterDefault> defaults;
    QStringList exclude;
    QString timezone;
    bool future = false;

    // Parses the text of _config.yml. Invalid YAML gives its line and column.
    static std::expected<SiteConfig, YamlError> parse(const QByteArray &yaml);

    // Whether _drafts is a collection that Jekyll renders (as the newsletter declares it).
    bool rendersDrafts() const;

    bool operator==(const SiteConfig &) const = default;
};

} // namespace Masthead
