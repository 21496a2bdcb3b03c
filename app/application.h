// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Masthead
{

// The whole program behind main(): parses the command line, answers --help and --version without
// a display, otherwise opens the main window (or runs --self-test) and the event loop.
int runApplication(int argc, char *argv[]);

} // namespace Masthead
