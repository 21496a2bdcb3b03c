// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/logging_p.h"

namespace Masthead
{
Q_LOGGING_CATEGORY(lcEditor, "masthead.editor", QtInfoMsg)
}
