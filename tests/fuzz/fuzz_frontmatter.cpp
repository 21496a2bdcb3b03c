// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: front matter found, parsed (yaml-cpp), read as Liquid values and edited in place.
#include "core/liquid/liquid.h"
#include "core/site/frontmatter.h"
#include "fuzzinput.h"

using namespace Masthead;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzText(data, size);
    const FrontMatterBlock block = locateFrontMatter(text);
    Q_UNUSED(block);
    if (const auto parsed = FrontMatter::parseDocument(text)) {
        (void)parsed->date();
        (void)parsed->title();
    }
    (void)frontMatterEntries(text);
    (void)LiquidValue::fromYaml(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QString edited
        = setFrontMatterValue(text, QStringLiteral("date"), QStringLiteral("2026-12-07 07:00:00 -0800"));
    (void)setFrontMatterList(edited, QStringLiteral("tags"), {QStringLiteral("a"), QStringLiteral("b: c")});
    return 0;
}
