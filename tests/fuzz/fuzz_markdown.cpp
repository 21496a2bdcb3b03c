// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the Markdown writer (cmark-gfm and Masthead's kramdown-like HTML), block by block.
#include "core/markdown/markdownrenderer.h"
#include "fuzzinput.h"

using namespace Masthead;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<RenderedBlock> blocks;
    const QString html = renderMarkdownBlocks(fuzzText(data, size), {}, &blocks);
    Q_UNUSED(html);
    return 0;
}
