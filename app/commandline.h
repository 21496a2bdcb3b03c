// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Masthead
{

// The headless commands (new, publish, redate, render, info, check): the same core as the window,
// with no display needed. Exit status: 0 success, 1 the command found problems or could not be done,
// 2 a usage error. Messages go to stderr, data to stdout.
bool isHeadlessCommand(const char *argument);
int runHeadlessCommand(const QStringList &arguments);

} // namespace Masthead
