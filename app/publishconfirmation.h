// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"

#include <QList>

class QWidget;

namespace Masthead
{

// Whether publishing may go on after the checks found problems: true when none is an error;
// otherwise asks, listing the errors, and true only when the user explicitly chooses
// “Publish Anyway” (the dialog's default is Cancel). The dialog's buttons have the object names
// publish_anyway and publish_cancel.
bool confirmPublishDespiteErrors(QWidget *parent, const QString &fileName, const QList<Problem> &problems);

} // namespace Masthead
