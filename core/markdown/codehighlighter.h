// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Masthead
{

// Code coloured the way Jekyll's Rouge colours it, so that a site's Rouge stylesheet (or the
// preview's default one) applies: the content of Rouge's <code> element, the text escaped and
// tokens in <span class="k">, <span class="s2">, ... with Rouge's short class names. The tokens come
// from KSyntaxHighlighting, mapped from its styles to Rouge's classes, so they are close to
// Rouge's but not always the same (tests/data/render/README.md says how close).
//
// `language` is written as in a fence ("python", "js", "python?start_inline=1"). Returns nothing
// when Rouge does not know the language: kramdown then writes a plain <pre><code>. A language Rouge
// knows but KSyntaxHighlighting does not comes back as escaped text without tokens.
//
// Thread-safe (highlighting is serialised; it takes microseconds per line).
std::optional<QString> highlightAsRouge(QStringView code, QStringView language, bool block = true);

// Whether Rouge (as Jekyll runs it) knows the language of a fence ("name" or "name?options").
bool rougeKnowsLanguage(QStringView language);

} // namespace Masthead
