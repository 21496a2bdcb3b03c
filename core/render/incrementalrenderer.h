// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/postrenderer.h"

namespace Masthead
{

// Renders successive versions of one document, re-rendering only the top-level blocks around what
// changed since the previous version and reusing the others (their lines shifted), so that an edit
// in a 1 MB document costs about as much as one in a short one. Whenever the change could affect
// blocks further away (front matter, headings and their numbered ids, code fences, reference link
// definitions, HTML blocks, Liquid), it renders the whole document instead. The result always
// equals renderPost() of the new text.
//
// Not thread-safe; use one instance from one thread at a time (RenderScheduler guarantees that).
class IncrementalRenderer
{
public:
    explicit IncrementalRenderer(RenderOptions options = {});

    RenderedPost render(const QString &documentText);

    // How the last render went: true when only part of the document was rendered.
    bool lastWasIncremental() const { return m_lastWasIncremental; }

private:
    std::optional<RenderedPost> renderChange(const QString &text);

    RenderOptions m_options;
    QString m_text;
    RenderedPost m_post;
    bool m_valid = false;
    bool m_lastWasIncremental = false;
};

} // namespace Masthead
