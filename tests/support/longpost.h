// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Long posts for the tests of loading in steps (the document's and the window's).

#include <QByteArray>

namespace MastheadTest
{

// A post of at least bytes bytes: front matter, then sections with accents, emoji (surrogate pairs,
// which a slice must never split) and, unless told otherwise, one CRLF line among LF ones (kept on
// saving; Document::text() reads it as LF, so a test that compares that with the bytes leaves it out).
inline QByteArray longPost(qsizetype bytes, bool oneCrlfLine = true)
{
    QByteArray post = "---\ntitle: Long\n---\n\n";
    for (int section = 0; post.size() < bytes; ++section) {
        post += "## Section " + QByteArray::number(section) + "\n\n";
        post += "Un café très **fort** 🚀🚀 and a [link](https://example.org/" + QByteArray::number(section) + ").\n";
        post += section == 7 && oneCrlfLine ? "A line ending in CRLF.\r\n" : "- item\n- item 🎉\n\n";
    }
    return post;
}

// The short post that was open before a long one is opened.
inline const QByteArray previousPost = "---\ntitle: Before\n---\n\nThe text that was open before.\n";

} // namespace MastheadTest
