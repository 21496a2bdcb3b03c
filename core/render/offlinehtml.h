// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Masthead
{

// The HTML of a post as the preview shows it: nothing in it makes the browser connect anywhere
// (docs/security.md). The preview's Content-Security-Policy already blocks every request outside
// its own scheme; what a policy does not govern is removed here:
// - resource hints (<link rel="preconnect">, dns-prefetch, prefetch, prerender, preload,
//   modulepreload, and every other <link> that is not a stylesheet): Chromium opens a connection
//   for a preconnect hint before any policy is asked;
// - <meta http-equiv> (refresh, and any attempt to change the policy) and <script> elements
//   (speculation rules work even with script disabled);
// - remote images (http:, https:, protocol-relative) become a placeholder that shows their address,
//   instead of a broken-image icon: the preview is offline by design.
// Everything else is left byte for byte. masthead render prints the HTML as Jekyll would, without
// this step.
QString offlineHtml(const QString &html);

} // namespace Masthead
