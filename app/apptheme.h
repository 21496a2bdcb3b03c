// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace Masthead
{

// The whole window in the editor's colours: when the chosen editor theme is dark and the
// application's palette is light (or the other way round), the application gets a palette made
// from the editor's colours, so that the docks, the menus, the preview and its title card (which
// follow the palette) match the editor. Choosing the automatic theme gives the system's palette back.
namespace AppTheme
{
// Follows the editor's palette (its Base and Text are the theme's background and text).
void follow(const QPalette &editorPalette);
// The palette the application had before follow() changed it.
void restore();
// A complete dark palette around a background and a text colour.
QPalette darkPalette(const QColor &background, const QColor &text, const QColor &highlight);
} // namespace AppTheme

} // namespace Masthead
