// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <expected>

namespace Masthead
{

// Where a Jekyll front matter block sits in a document's text, found by Jekyll's own rule: the text
// starts with a line "---"; the block ends at the next line that is "---" or "...".
struct FrontMatterBlock {
    bool present = false;
    qsizetype yamlBegin = 0; // offset of the first YAML character
    qsizetype yamlEnd = 0; // offset just past the YAML (before the closing fence)
    qsizetype bodyBegin = 0; // offset of the first character after the closing fence line
    int bodyFirstLine = 0; // 0-based line number of bodyBegin

    bool operator==(const FrontMatterBlock &) const = default;
};

FrontMatterBlock locateFrontMatter(QStringView text);

struct YamlError {
    int line = 0; // 1-based, within the whole document
    int column = 0; // 1-based
    QString message;

    bool operator==(const YamlError &) const = default;
};

// The parsed front matter of a post, with typed access to the keys Jekyll and Masthead care about.
// A value type; parsing does not touch the text, so a document with invalid YAML still saves as it is.
class FrontMatter
{
public:
    // Parses the YAML between the fences; firstLine is the document line the YAML starts on, so that
    // errors carry document line numbers.
    static std::expected<FrontMatter, YamlError> parse(QStringView yaml, int firstLine = 1);

    QString title() const { return m_title; }
    QString dateText() const { return m_date; }
    QString layout() const { return m_layout; }
    QStringList categories() const { return m_categories; }
    QStringList tags() const { return m_tags; }

    bool operator==(const FrontMatter &) const = default;

private:
    QString m_title;
    QString m_date;
    QString m_layout;
    QStringList m_categories;
    QStringList m_tags;
};

} // namespace Masthead
