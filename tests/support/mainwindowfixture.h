// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real main window for the app's tests, with settings of the test's own.

#include "app/mainwindow.h"
#include "core/preferences.h"

#include <QString>
#include <QTest>

namespace MastheadTest
{

// A main window whose settings live in settingsFile (in a folder of the test's: the user's own
// settings are never read or written).
struct MainWindowFixture {
    explicit MainWindowFixture(const QString &settingsFile)
        : preferences(settingsFile)
        , window(&preferences)
    {
    }
    Q_DISABLE_COPY_MOVE(MainWindowFixture)

    // Opens path, when one is given, and shows the window: false when the file did not open or the
    // window did not appear on the screen.
    bool open(const QString &path = {})
    {
        if (!path.isEmpty() && !window.openPath(path).has_value())
            return false;
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    Masthead::Preferences preferences; // before the window, which keeps a pointer to it
    Masthead::MainWindow window;
};

} // namespace MastheadTest
