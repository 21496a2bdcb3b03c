// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Masthead
{
Q_DECLARE_LOGGING_CATEGORY(lcEditor)
}
