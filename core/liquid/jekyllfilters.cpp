// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/filters_p.h"

#include "core/markdown/markdownrenderer.h"
#include "core/site/permalink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>

// Jekyll's filters for pages and output: the site's URLs, Markdown, JSON, inspect and Base64.

namespace Masthead::LiquidPrivate
{
namespace
{
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Liquid)
};

MH_FILTER(fRelativeUrl)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    const LiquidValue url
        = input.type() == LiquidValue::Type::Map && input.contains(u"url") ? input.value(u"url") : input;
    return ok(relativeUrl(url.toString(), env.baseurl));
}
MH_FILTER(fAbsoluteUrl)
{
    MH_UNUSED_FILTER_PARAMETERS;
    if (input.isNil())
        return ok({});
    const LiquidValue url
        = input.type() == LiquidValue::Type::Map && input.contains(u"url") ? input.value(u"url") : input;
    return ok(absoluteUrl(url.toString(), env.url, env.baseurl));
}
MH_FILTER(fStripIndex)
{
    MH_UNUSED_FILTER_PARAMETERS;
    static const QRegularExpression index(QStringLiteral(R"(/index\.html?$)"));
    if (input.toString().isEmpty())
        return ok(input);
    return ok(input.toString().replace(index, QStringLiteral("/")));
}
MH_FILTER(fMarkdownify)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(renderMarkdown(input.toString()));
}
MH_FILTER(fJsonify)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(input.toJson());
}
MH_FILTER(fInspect)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(xmlEscape(input.inspect()));
}
MH_FILTER(fBase64Encode)
{
    MH_UNUSED_FILTER_PARAMETERS;
    return ok(QString::fromLatin1(input.toString().toUtf8().toBase64()));
}
MH_FILTER(fBase64Decode)
{
    MH_UNUSED_FILTER_PARAMETERS;
    const auto decoded
        = QByteArray::fromBase64Encoding(input.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return error(Text::tr("invalid base64 provided to base64_decode"));
    return ok(QString::fromUtf8(*decoded));
}
} // namespace

void addJekyllFilters(FilterTable &table)
{
    table.insert({
        {QStringLiteral("relative_url"), fRelativeUrl},
        {QStringLiteral("absolute_url"), fAbsoluteUrl},
        {QStringLiteral("strip_index"), fStripIndex},
        {QStringLiteral("markdownify"), fMarkdownify},
        {QStringLiteral("jsonify"), fJsonify},
        {QStringLiteral("inspect"), fInspect},
        {QStringLiteral("base64_encode"), fBase64Encode},
        {QStringLiteral("base64_decode"), fBase64Decode},
    });
}

} // namespace Masthead::LiquidPrivate
