// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/site/postdate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Masthead
{

// Where a Jekyll front matter block sits in a document's text, found by Jekyll's own rule: the text
// starts with a line "---"; the block ends at the next line that is "---" or "...".
struct FrontMatterBlock {
    bool present = false;
    qsizetype yamlBegin = 0; // offset of the first YAML character
    qsizetype yamlEnd = 0; // offset just past the YAML (the start of the closing fence line)
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

// One top-level key of the front matter, located in the document's text, so that its value can be
// rewritten without touching any other byte.
struct FrontMatterEntry {
    QString key;
    int line = 0; // 0-based document line of the key
    qsizetype lineBegin = 0; // offset of the key's line
    qsizetype keyEnd = 0; // just past the colon after the key
    qsizetype valueBegin = 0; // first character of the value (after "key:" and blanks)
    qsizetype valueEnd = 0; // past the value, before a trailing comment and trailing blanks
    bool blockValue = false; // the value is on the following indented or "- " lines

    bool operator==(const FrontMatterEntry &) const = default;
};

// The top-level keys of the document's front matter in file order; empty without front matter.
QList<FrontMatterEntry> frontMatterEntries(QStringView text);

// The document text with key's value replaced by value, written in the quoting style the old value
// used (plain, 'single' or "double"; plain only when YAML reads it back as the same string). A new
// key is appended at the end of the block; a document without front matter gets one. Every other
// byte stays as it was.
QString setFrontMatterValue(const QString &text, const QString &key, const QString &value);

// The same for a list value: flow lists stay flow, block lists keep their indentation and dash style,
// and a new list follows the style of the file's other block lists (flow when it has none).
QString setFrontMatterList(const QString &text, const QString &key, const QStringList &items);

// YAML scalar text for value: plain where that is safe, else double-quoted.
QString yamlScalar(const QString &value);

// The parsed front matter of a post, with typed access to the keys Jekyll and Masthead care about.
// A value type; parsing does not touch the text, so a document with invalid YAML still saves as it is.
class FrontMatter
{
public:
    struct Field {
        QString key;
        QString scalar; // for scalars
        QStringList list; // for lists of scalars
        enum class Kind { Scalar, List, Map, Null } kind = Kind::Null;

        bool operator==(const Field &) const = default;
    };

    // Parses the YAML between the fences; firstLine is the document line the YAML starts on, so that
    // errors carry document line numbers.
    static std::expected<FrontMatter, YamlError> parse(QStringView yaml, int firstLine = 1);
    // Parses the front matter of a whole document; a document without one gives an empty FrontMatter.
    static std::expected<FrontMatter, YamlError> parseDocument(QStringView text);

    QString title() const { return value(QStringLiteral("title")); }
    QString dateText() const { return value(QStringLiteral("date")); }
    std::optional<PostDate> date() const { return PostDate::parse(dateText()); }
    QString layout() const { return value(QStringLiteral("layout")); }
    QString summary() const { return value(QStringLiteral("summary")); }
    // Jekyll reads categories and tags from a YAML list or a space-separated string.
    QStringList categories() const;
    QStringList tags() const { return words(QStringLiteral("tags")); }

    bool contains(const QString &key) const;
    // The scalar value of key; empty for missing keys, lists and maps.
    QString value(const QString &key) const;
    // A list value, or a scalar split at spaces.
    QStringList words(const QString &key) const;
    QList<Field> fields() const { return m_fields; }

    bool operator==(const FrontMatter &) const = default;

private:
    const Field *field(const QString &key) const;
    QList<Field> m_fields;
};

} // namespace Masthead
