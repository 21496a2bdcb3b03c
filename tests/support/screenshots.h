// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screenshots the widget tests leave in the build folder (build/<preset>/shots/), for a person to look at;
// no test compares them.

#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace MastheadTest
{

// Grabs the widget after a short pause, so that labels that follow the text after a delay are painted.
inline void saveShot(QWidget *widget, const QString &name, int settleMs = 300)
{
    QTest::qWait(settleMs);
    const QString folder = QStringLiteral(MASTHEAD_BINARY_DIR "/shots");
    QDir().mkpath(folder);
    widget->grab().save(folder + u'/' + name);
}

} // namespace MastheadTest
