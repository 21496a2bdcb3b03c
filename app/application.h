// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Masthead
{

// The whole program behind main(): parses the command line, answers --help and --version without
// a display, otherwise opens the main window (or runs --self-test) and the event loop.
int runApplication(int argc, char *argv[]);

// The Chromium flags the window runs Qt WebEngine with: the user's own (QTWEBENGINE_CHROMIUM_FLAGS),
// followed by Masthead's, each of which the user's flags can override.
QByteArray chromiumFlags(const QByteArray &userFlags);

// At most two malloc arenas in the window's process (glibc), unless the user set MALLOC_ARENA_MAX
// or glibc.malloc.arena_max. Called before any thread starts.
void limitMallocArenas();

} // namespace Masthead
