// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textedit.h"

#include <QList>
#include <QString>

#include <optional>

namespace Masthead
{
class Site;

// One "- [ ]" / "- [x]" task-list item of a post. The checklist of the weekly template is the block
// of such items before the first heading; task lists further down belong to their section.
struct ChecklistItem {
    QString text; // the item's text after the box, as written
    bool checked = false;
    int line = 0; // 0-based document line
    qsizetype markPosition = 0; // offset in the text of the character between the brackets
    QString section; // the title of the heading above the item; empty before the first heading

    bool operator==(const ChecklistItem &) const = default;
};

// The task-list items of a Markdown document in text order, outside its front matter and fenced code.
QList<ChecklistItem> checklistItems(QStringView text);

int checkedCount(const QList<ChecklistItem> &items);

// The edit that ticks (checked) or unticks the item on the 0-based line; nullopt when that line holds
// no task-list item. Only the character between the brackets changes; the cursor goes after it.
std::optional<TextEdit> checklistSetEdit(QStringView text, int line, bool checked);
std::optional<TextEdit> checklistToggleEdit(QStringView text, int line);
// The text with the item on line toggled; the text unchanged when the line holds no item.
QString withChecklistItemToggled(const QString &text, int line);

// What the app can verify about an item, recognised by the words it is written with.
enum class ChecklistCheck {
    None, // a manual item
    IssueDate, // "change date"
    Title, // "update title"
    ImageWidths, // "All images 550w max only"
    ImagePlaceholders, // "Update [![](../assets/20231009/)]() for images", "replace placeholder images"
};

ChecklistCheck checklistCheckFor(QStringView itemText);

struct ChecklistVerification {
    enum class State { Manual, Passed, Failed };

    ChecklistCheck check = ChecklistCheck::None;
    State state = State::Manual;
    QString detail; // translated: what was verified, or what is still wrong

    bool operator==(const ChecklistVerification &) const = default;
};

// Verifies what can be verified for each item (one result per item, in order; Manual for the
// others). documentPath anchors relative image paths; site (may be null) gives the template, the
// assets folder pattern, the max image width and the placeholders. Reads image headers from disk.
QList<ChecklistVerification> verifyChecklist(const QList<ChecklistItem> &items, const QString &text,
                                             const QString &documentPath, const Site *site);

} // namespace Masthead
