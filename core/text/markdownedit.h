// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textedit.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Masthead
{

// The editing helpers of the Markdown editor as pure functions over text: each takes a piece of
// the document (a line, or the lines around the selection) with the selection in it, and returns
// one TextEdit: a replacement plus where the selection goes afterwards. The editor applies it as
// one undo step.

// A list item's line: "  - text", "1. text", "2) text", "- [ ] task".
struct ListItem {
    qsizetype indent = 0; // leading whitespace characters
    qsizetype markerLength = 0; // "- ", "10. ": the bullet or number with its spaces
    qsizetype contentStart = 0; // after the marker and a task's "[ ] "
    bool ordered = false;
    int number = 0; // of an ordered item
    bool task = false;

    bool operator==(const ListItem &) const = default;
};

std::optional<ListItem> parseListItem(QStringView line);

// Enter pressed at column of line: a list item with text continues with the next item (the same
// bullet, the next number, an unchecked task) and the text after the cursor moves into it; an
// empty item is removed, which ends the list. In a block quote the new line keeps the quote's
// markers ("> "), and an empty quoted line ends the quote. nullopt when Enter should just break
// the line.
std::optional<TextEdit> continueList(QStringView line, qsizetype column);

enum class IndentDirection { Indent, Outdent };

// Tab and Shift+Tab on list items. text holds whole lines: some lines of context before the
// selection (to find the item's sibling or parent), then the lines the selection touches. A nested
// item is indented to its previous sibling's text, so Markdown nests it; outdenting moves it back
// under its parent's marker. Every selected line moves by the same amount, so an item's
// continuation lines stay with it. nullopt when the selection does not start on a list item.
std::optional<TextEdit> indentListItems(QStringView text, qsizetype anchor, qsizetype cursor,
                                        IndentDirection direction);

enum class Emphasis { Bold, Italic };

// Ctrl+B and Ctrl+I: wraps the selection in ** or *; when it is wrapped already (the markers just
// inside or just outside it) unwraps it. The selection stays on the words. Without a selection
// inserts the pair with the cursor between. text is the selected lines (markers around the
// selection are looked for there).
TextEdit toggleEmphasis(QStringView text, qsizetype anchor, qsizetype cursor, Emphasis emphasis);

// Ctrl+K, or pasting url over selected text: the selection becomes a link's text. Without url, the
// cursor waits between the parentheses; a selected URL becomes the target instead, and the cursor
// waits in the brackets.
TextEdit makeLink(QStringView text, qsizetype anchor, qsizetype cursor, const QString &url = {});

// True for a single absolute web or mail address ("https://…", "mailto:…"), the kind of text whose
// paste over a selection makes a link.
bool isWebAddress(QStringView text);

// The site's image-link snippet ("[![{alt}]({path})]({link})") with the selection as {alt} and
// path as {path}, replacing the selection. The cursor goes to the end of the path, where the image's
// file name is typed.
TextEdit insertImageSnippet(QStringView text, qsizetype anchor, qsizetype cursor, const QString &snippet,
                            const QString &path);

// An image as a snippet shows it: {alt}, {path} and {link}.
struct ImageLink {
    QString alt;
    QString path;
    QString link;

    bool operator==(const ImageLink &) const = default;
};

// The snippet with its fields filled in, and where the alt text and the end of the path are in it.
struct ExpandedSnippet {
    QString text;
    qsizetype altStart = -1; // -1 when the snippet has no {alt}
    qsizetype altEnd = -1;
    qsizetype pathEnd = -1; // -1 when the snippet has no {path}
    qsizetype linkStart = -1; // -1 when the snippet has no {link}
    qsizetype linkEnd = -1;

    bool operator==(const ExpandedSnippet &) const = default;
};

ExpandedSnippet expandImageSnippet(const QString &snippet, const ImageLink &image);

// Images dropped or pasted: their snippets, separated by blank lines, replace text[start, end)
// (empty for a drop). The first image's alt text ends up selected, for the user to type over it.
TextEdit insertImages(qsizetype start, qsizetype end, const QString &snippet, const QList<ImageLink> &images);

} // namespace Masthead
