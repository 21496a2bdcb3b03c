// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diffhtml.h"

using namespace Qt::StringLiterals;

namespace Masthead
{

QString diffHtml(const QList<DiffLine> &lines, int context, int indentPx)
{
    QList<bool> shown(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].kind == DiffLine::Kind::Same)
            continue;
        for (qsizetype j = qMax<qsizetype>(0, i - context); j <= qMin(lines.size() - 1, i + context); ++j)
            shown[j] = true;
    }
    QString html = indentPx > 0
        ? u"<pre style=\"margin-left: "_s + QString::number(indentPx) + u"px; white-space: pre-wrap\">"_s
        : u"<pre style=\"white-space: pre-wrap\">"_s;
    bool gap = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!shown[i]) {
            if (!gap)
                html += u"<span style=\"color:#808080\">  …</span>\n"_s;
            gap = true;
            continue;
        }
        gap = false;
        const QString text = lines[i].text.toHtmlEscaped();
        switch (lines[i].kind) {
        case DiffLine::Kind::Same:
            html += u"<span style=\"color:#808080\">  "_s + text + u"</span>\n"_s;
            break;
        case DiffLine::Kind::Removed:
            html += u"<span style=\"color:#cf222e; background:#ffebe9\">- "_s + text + u"</span>\n"_s;
            break;
        case DiffLine::Kind::Added:
            html += u"<span style=\"color:#1a7f37; background:#dafbe1\">+ "_s + text + u"</span>\n"_s;
            break;
        }
    }
    return html + u"</pre>"_s;
}

} // namespace Masthead
