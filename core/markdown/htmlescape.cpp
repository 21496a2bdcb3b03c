// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/htmlescape.h"

namespace Masthead
{

QString escapeMarkup(QStringView text, QLatin1StringView apostrophe)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            if (apostrophe.isEmpty())
                out += c;
            else
                out += apostrophe;
            break;
        default:
            out += c;
        }
    }
    return out;
}

void appendEscapedCode(QString &out, QStringView code)
{
    for (const QChar c : code) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        default:
            out += c;
        }
    }
}

QString escapeCode(QStringView code)
{
    QString out;
    out.reserve(code.size() + code.size() / 8);
    appendEscapedCode(out, code);
    return out;
}

} // namespace Masthead
