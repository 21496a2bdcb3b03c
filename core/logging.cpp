// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

namespace Masthead
{
Q_LOGGING_CATEGORY(lcCore, "masthead.core", QtInfoMsg)
}
