// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Masthead
{

// The data Masthead installs beside the program, found relative to it, so that the same lookup
// serves /usr (the Debian package), any other prefix and the relocatable Linux bundle.

// The bundled example site (examples/weekly): installed in share/masthead/examples, or in the
// source tree of a build. Empty when neither exists.
QString exampleSitePath();

// Adds the installation's share folder to XDG_DATA_DIRS when it is not there yet, after the
// system's folders: Sonnet's Hunspell plugin looks for dictionaries in share/hunspell of those
// folders, and the bundle carries its dictionaries there. Changes nothing for a build tree or
// an installation in /usr. Call it before the first spell checker is made.
void addInstalledDataFolders();

} // namespace Masthead
