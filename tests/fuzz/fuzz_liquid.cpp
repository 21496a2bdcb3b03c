// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: Liquid rendered with a page but no site (so nothing is read from disk).
#include "core/liquid/liquid.h"
#include "fuzzinput.h"

#include <QTimeZone>

using namespace Masthead;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const LiquidContext context = [] {
        LiquidContext c;
        c.timeZone = QTimeZone::UTC;
        c.page.insert(QStringLiteral("title"), QStringLiteral("Fuzz"));
        c.page.insert(QStringLiteral("tags"), LiquidValue::list({QStringLiteral("a"), QStringLiteral("b")}));
        c.site.insert(QStringLiteral("title"), QStringLiteral("Site"));
        return c;
    }();
    const LiquidResult result = renderLiquid(fuzzText(data, size), context);
    Q_UNUSED(result);
    return 0;
}
