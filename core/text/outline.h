// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/linediff.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Masthead
{

// One heading of a post and the section it opens: from the heading's first line up to the next
// heading of the same or a higher level (so a "##" section holds its "###" subsections), or the end
// of the text. Lines are 0-based document lines; offsets index the text the outline was made of.
struct OutlineSection {
    int level = 0; // 1–6
    QString title; // the heading's text, without markers
    QString id; // the header id the preview gives it (kramdown's, duplicates numbered)
    int line = 0; // the heading's first line
    int endLine = 0; // the first line after the section
    qsizetype begin = 0; // offset of the heading's first line
    qsizetype end = 0; // offset just past the section (the next section's begin, or the text's size)
    bool setext = false; // underlined with === or ---
    bool operator==(const OutlineSection &) const = default;
};

// The headings of a post in document order: ATX ("## Title") and setext (underlined) headings,
// never in the front matter or inside fenced code. Pure; a few microseconds per hundred lines.
QList<OutlineSection> outlineSections(QStringView text);

// The index of the innermost section holding this 0-based line, or -1 before the first heading.
int sectionAtLine(const QList<OutlineSection> &sections, int line);

// The text with section `from` (and its subsections) moved in front of section `before`;
// before == sections.size() moves it to the end of the text. A section that ends without a blank
// line gets one when it lands in front of another, so that it stays apart from it. nullopt when the
// move is not possible (an index out of range, or into the section itself) or changes nothing.
std::optional<QString> moveSection(const QString &text, int from, int before);

// The text with section index's text (heading included, up to its end) replaced by sectionText.
// Every character outside the section stays as it was. The text itself when index is out of range.
QString replaceSection(const QString &text, int index, const QString &sectionText);

// The text of section index, as replaceSection() takes it back.
QString sectionText(const QString &text, int index);

// What happened to one part of a post between two versions of it. The parts are the text before the
// first heading, then each heading with the text up to the next heading of any level.
struct SectionChange {
    enum class Kind { Unchanged, Changed, Added, Removed };
    Kind kind = Kind::Unchanged;
    QString title; // empty for the text before the first heading
    int level = 0; // 0 for the text before the first heading
    QList<DiffLine> lines; // for Changed: the line diff; otherwise empty
    bool operator==(const SectionChange &) const = default;
};

// The parts of before and after matched by heading (level, title and which occurrence), in the order
// of after, with removed parts where they were.
QList<SectionChange> diffSections(const QString &before, const QString &after);

} // namespace Masthead
