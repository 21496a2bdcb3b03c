// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/linediff.h"

#include <QList>
#include <QString>

namespace Masthead
{

// A line diff as HTML for a QTextBrowser, the one look of every diff the app shows: a <pre> block
// (indented by indentPx) with removed lines red after "- ", added lines green after "+ ", kept lines
// grey; of the kept lines only `context` lines on each side of a change are shown, one "…" line standing
// for each run left out. The text is HTML-escaped.
QString diffHtml(const QList<DiffLine> &lines, int context, int indentPx = 0);

} // namespace Masthead
