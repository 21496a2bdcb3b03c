// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Masthead
{

// Where the lines of a text begin, found in one pass, so that the line of any offset is a binary
// search instead of counting the line breaks before it (which made the checks of a long post
// quadratic: thousands of links, each counting through the megabyte before it).
class LineIndex
{
public:
    explicit LineIndex(QStringView text);

    // The 0-based line holding the character at offset.
    int lineOf(qsizetype offset) const;
    int lineCount() const { return int(m_starts.size()); }

    bool operator==(const LineIndex &) const = default;

private:
    QList<qsizetype> m_starts; // the offset of each line's first character; m_starts[0] == 0
};

} // namespace Masthead
