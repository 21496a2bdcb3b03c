// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Masthead
{
class Site;

// A snippet for one kind of item of a post ("News from around the web!" item, an event, a new
// board), with fields: ${1:title} is field 1 with "title" written in it, ${2} an empty field 2,
// ${date} the issue's date (yyyy-MM-dd) and ${date:yyyyMMdd} the date in another format; \$ is a
// dollar sign. A value type.
struct SectionTemplate {
    QString name; // what the Sections dock lists
    QString heading; // the heading of the section the snippet belongs to; may be empty
    QString body; // the snippet, with fields
    QString filePath; // the site's template file; empty for one derived from the issue template
    bool operator==(const SectionTemplate &) const = default;
};

// A site template file may name its section in its first line: <!-- section: Upcoming Events! -->.
// That line is not part of the snippet. Without it, the heading is empty.
SectionTemplate parseSectionTemplateFile(const QString &fileText, const QString &name, const QString &filePath = {});

// The templates in a folder: every *.md file, by name; "upcoming-event.md" is listed as
// "upcoming event". Empty when the folder does not exist or has none.
QList<SectionTemplate> readSectionTemplateFolder(const QString &folder);

// Templates made of an issue template's own sections: for each "##" section, its first item block,
// with its variable parts turned into fields (image text and file name, link texts and targets, the
// text before " - [site](url)", the {subject} and NUMBER placeholders) and its issue date into
// ${date:…}. An item
// block is an image link ("[![…](…)](…)") with the paragraphs that follow it up to the next image
// link, bold line or the section's end; in a section without image links, its first list item;
// otherwise its first paragraph. Sections with the same heading and item are listed once.
QList<SectionTemplate> deriveSectionTemplates(const QString &templateText);

// The site's templates: its folder of snippets (site settings `section_templates`) when that has
// any, else those derived from the site's issue template.
QList<SectionTemplate> sectionTemplatesOf(const Site &site);

// One field of an expanded snippet: [start, start + length) of its text.
struct SnippetField {
    int number = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const SnippetField &) const = default;
};

// A snippet with its fields filled in by their defaults: the text to insert, and the fields in the
// order Tab visits them (by number; field 0, where the cursor ends, last).
struct SnippetText {
    QString text;
    QList<SnippetField> fields;
    bool operator==(const SnippetText &) const = default;
};

SnippetText expandSnippet(const QString &body, QDate issueDate = {});

// Where "Add to its section" puts an item: the text to insert at position of text.
struct SectionInsertion {
    qsizetype position = 0;
    QString text; // separators and the item
    qsizetype itemOffset = 0; // where the item starts within text
    bool operator==(const SectionInsertion &) const = default;
};

// Adds item (an expanded snippet's text) to the end of the items of the section headed heading
// (compared without case and surrounding spaces): after the last list item of the section's first list
// for a list item, else after the last item block that starts like it (an image link), else at the end
// of the section's text. nullopt when the text has no such section.
std::optional<SectionInsertion> insertionIntoSection(const QString &text, const QString &heading, const QString &item);

// Saves body as a new template file in folder (created if needed), named after name; never replaces
// a file: a taken name gets "-2", "-3", ... The path written, or a message saying why not. With a
// siteRoot, a folder that leads outside the site is refused.
std::expected<QString, QString> saveSectionTemplate(const QString &folder, const QString &name, const QString &heading,
                                                    const QString &body, const QString &siteRoot = {});

} // namespace Masthead
