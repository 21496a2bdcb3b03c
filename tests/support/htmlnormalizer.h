// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The normalisation under which the renderer's output must equal real Jekyll's (documented in
// tests/data/render/README.md), and a line diff for failures.

#include <QRegularExpression>
#include <QStringList>

namespace MastheadTest
{

inline QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named {
        {QStringLiteral("amp"), QStringLiteral("&")},         {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},          {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},        {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},  {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")},  {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")}, {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},  {QStringLiteral("laquo"), QStringLiteral("\u00AB")},
        {QStringLiteral("raquo"), QStringLiteral("\u00BB")},
    };
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name.startsWith(QLatin1String("#x")))
            out += QString::fromUcs4(std::array<char32_t, 1> {char32_t(name.sliced(2).toUInt(nullptr, 16))}.data(), 1);
        else if (name.startsWith(u'#'))
            out += QString::fromUcs4(std::array<char32_t, 1> {char32_t(name.sliced(1).toUInt())}.data(), 1);
        else
            out += named.value(name, m.captured(0));
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

inline QString escapeText(const QString &text)
{
    QString out = text;
    out.replace(u'&', QLatin1String("&amp;")).replace(u'<', QLatin1String("&lt;")).replace(u'>', QLatin1String("&gt;"));
    return out;
}

inline bool isBlockTag(const QString &name)
{
    static const QStringList blocks {
        QStringLiteral("p"),      QStringLiteral("div"),        QStringLiteral("ul"),      QStringLiteral("ol"),
        QStringLiteral("li"),     QStringLiteral("h1"),         QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),     QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("table"),
        QStringLiteral("thead"),  QStringLiteral("tbody"),      QStringLiteral("tr"),      QStringLiteral("th"),
        QStringLiteral("td"),     QStringLiteral("blockquote"), QStringLiteral("pre"),     QStringLiteral("hr"),
        QStringLiteral("figure"), QStringLiteral("aside"),      QStringLiteral("section"), QStringLiteral("header")};
    return blocks.contains(name);
}

// Normalises HTML: entities decoded (so "&rsquo;" equals "’"), attributes sorted and always
// double-quoted, "/>" written ">", data-sourcepos dropped, syntax-highlighting <span>s inside <pre>
// dropped (Rouge's colouring is not Masthead's business), runs of white space folded to one space
// and white space next to block tags removed, and each block tag on a line of its own.
inline QString normalizeHtml(const QString &html)
{
    static const QRegularExpression token(QStringLiteral("<!--.*?-->|<[^>]*>|[^<]+"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tagParts(QStringLiteral("^<(/?)([a-zA-Z][a-zA-Z0-9]*)(.*?)/?>$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression attribute(
        QStringLiteral("([^\\s=/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?"));
    static const QRegularExpression space(QStringLiteral("\\s+"));

    QStringList parts; // tags and text, normalised
    QList<bool> isBlockBoundary;
    int preDepth = 0;
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const QString t = it.next().captured(0);
        if (t.startsWith(QLatin1String("<!--"))) {
            parts.append(t);
            isBlockBoundary.append(true);
            continue;
        }
        if (t.startsWith(u'<')) {
            const auto m = tagParts.match(t);
            if (!m.hasMatch()) {
                parts.append(escapeText(decodeEntities(t)));
                isBlockBoundary.append(false);
                continue;
            }
            const bool closing = !m.captured(1).isEmpty();
            const QString name = m.captured(2).toLower();
            if (name == u"pre")
                preDepth += closing ? -1 : 1;
            if (name == u"span" && preDepth > 0)
                continue;
            QStringList attributes;
            for (auto a = attribute.globalMatch(m.captured(3)); a.hasNext();) {
                const auto am = a.next();
                const QString key = am.captured(1).toLower();
                if (key == u"data-sourcepos")
                    continue;
                QString value = am.captured(2) + am.captured(3) + am.captured(4);
                attributes.append(key + QLatin1String("=\"")
                                  + escapeText(decodeEntities(value)).replace(u'"', QLatin1String("&quot;")) + u'"');
            }
            attributes.sort();
            parts.append(u'<' + m.captured(1) + name + (attributes.isEmpty() ? QString() : u' ' + attributes.join(u' '))
                         + u'>');
            isBlockBoundary.append(isBlockTag(name));
            continue;
        }
        QString text = escapeText(decodeEntities(t));
        if (preDepth == 0)
            text.replace(space, QStringLiteral(" "));
        parts.append(text);
        isBlockBoundary.append(false);
    }
    // White space next to block boundaries does not matter.
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (isBlockBoundary[i] || parts[i].startsWith(u'<'))
            continue;
        if (i > 0 && isBlockBoundary[i - 1] && !parts[i - 1].startsWith(QLatin1String("<pre")))
            parts[i] = parts[i].trimmed().isEmpty()
                ? QString()
                : QString(parts[i]).remove(QRegularExpression(QStringLiteral("^ ")));
        if (i + 1 < parts.size() && isBlockBoundary[i + 1] && !parts[i + 1].startsWith(QLatin1String("</pre")))
            parts[i] = QString(parts[i]).remove(QRegularExpression(QStringLiteral(" $")));
    }
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (isBlockBoundary[i] && !parts[i].startsWith(QLatin1String("</")) && !out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
        out += parts[i];
    }
    return out.trimmed();
}

// A unified-style diff of two texts by lines, for test failure messages.
inline QString lineDiff(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(u'\n');
    const QStringList b = actual.split(u'\n');
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QString out;
    qsizetype i = 0, j = 0;
    int shown = 0;
    while ((i < n || j < m) && shown < 60) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out += QStringLiteral("+ (ours)   %1\n").arg(b[j++]);
            ++shown;
        } else {
            out += QStringLiteral("- (jekyll) %1\n").arg(a[i++]);
            ++shown;
        }
    }
    return out;
}

} // namespace MastheadTest
