// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/lineindex.h"

#include <algorithm>

namespace Masthead
{

LineIndex::LineIndex(QStringView text)
{
    m_starts.append(0);
    for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', at + 1))
        m_starts.append(at + 1);
}

int LineIndex::lineOf(qsizetype offset) const
{
    // The last line that begins at or before offset.
    return int(std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) - m_starts.cbegin()) - 1;
}

} // namespace Masthead
