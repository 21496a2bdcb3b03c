// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/documentlanguage.h"

#include "core/site/frontmatter.h"
#include "core/site/sitesettings.h"

#include <QRegularExpression>

namespace Masthead
{

QString dictionaryCode(QStringView tag)
{
    // BCP 47's shape, as far as dictionaries care: language, optional script, optional region.
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?(?:[-_.@].*)?$"));
    const QRegularExpressionMatch match = shape.matchView(tag.trimmed());
    if (!match.hasMatch())
        return {};
    const QString language = match.captured(1).toLower();
    const QString region = match.captured(3).toUpper();
    return region.isEmpty() ? language : language + u'_' + region;
}

QString documentLanguage(QStringView text, const SiteSettings *settings)
{
    // Invalid YAML in the front matter is reported by the checks; here it only means "no lang".
    if (const auto frontMatter = FrontMatter::parseDocument(text)) {
        if (const QString code = dictionaryCode(frontMatter->value(QStringLiteral("lang"))); !code.isEmpty())
            return code;
    }
    return settings ? dictionaryCode(settings->spellcheckLanguage) : QString();
}

} // namespace Masthead
