// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: a whole post as the preview renders it: front matter, Liquid, Markdown.
#include "core/liquid/liquid.h"
#include "core/render/postrenderer.h"
#include "fuzzinput.h"

#include <QTimeZone>

using namespace Masthead;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RenderOptions options = [] {
        RenderOptions o;
        auto context = std::make_shared<LiquidContext>();
        context->timeZone = QTimeZone::UTC;
        o.liquid = context;
        return o;
    }();
    const RenderedPost post = renderPost(fuzzText(data, size), options);
    Q_UNUSED(post);
    return 0;
}
