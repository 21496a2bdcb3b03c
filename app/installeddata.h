// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Masthead
{

// The bundled example site (examples/weekly): installed beside the program, or in the source tree
// of a build. Empty when neither exists.
QString exampleSitePath();

} // namespace Masthead
