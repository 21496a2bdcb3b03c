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

// A page, post or document given whole stands for its url.
LiquidValue urlOf(const LiquidValue &input)
{
    return input.type() == LiquidValue::Type::Map && input.contains(u"url") ? input.value(u"url") : input;
}

FilterResult relativeUrl(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    return ok(Masthead::relativeUrl(urlOf(call.input).toString(), call.environment.baseurl));
}

FilterResult absoluteUrl(const FilterCall &call)
{
    if (call.input.isNil())
        return ok({});
    return ok(Masthead::absoluteUrl(urlOf(call.input).toString(), call.environment.url, call.environment.baseurl));
}

FilterResult stripIndex(const FilterCall &call)
{
    static const QRegularExpression index(QStringLiteral(R"(/index\.html?$)"));
    if (call.input.toString().isEmpty())
        return ok(call.input);
    return ok(call.input.toString().replace(index, QStringLiteral("/")));
}

FilterResult markdownify(const FilterCall &call)
{
    return ok(renderMarkdown(call.input.toString()));
}

FilterResult jsonify(const FilterCall &call)
{
    return ok(call.input.toJson());
}

FilterResult inspect(const FilterCall &call)
{
    return ok(escapeXml(call.input.inspect()));
}

FilterResult base64Encode(const FilterCall &call)
{
    return ok(QString::fromLatin1(call.input.toString().toUtf8().toBase64()));
}

FilterResult base64Decode(const FilterCall &call)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(call.input.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return error(LiquidMessages::tr("invalid base64 provided to base64_decode"));
    return ok(QString::fromUtf8(*decoded));
}
} // namespace

void addJekyllFilters(FilterTable &table)
{
    table.insert({
        {QStringLiteral("relative_url"), relativeUrl},
        {QStringLiteral("absolute_url"), absoluteUrl},
        {QStringLiteral("strip_index"), stripIndex},
        {QStringLiteral("markdownify"), markdownify},
        {QStringLiteral("jsonify"), jsonify},
        {QStringLiteral("inspect"), inspect},
        {QStringLiteral("base64_encode"), base64Encode},
        {QStringLiteral("base64_decode"), base64Decode},
    });
}

} // namespace Masthead::LiquidPrivate
