// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Masthead::Bench
{
// masthead-bench window: the black-box benchmark of the real window (see window_bench.cpp).
int runWindowBench(const QStringList &arguments);

// masthead-bench document NAME PATH: writes the document the window benchmark opens as NAME (seed,
// 1mb, 3mb, ...) to PATH, for tools that measure the window on the same text (tools/profile-heap).
int writeBenchDocument(const QStringList &arguments);
} // namespace Masthead::Bench
