// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Masthead
{

// How much lower than the program's own the priority of background work is (a nice value on Linux).
inline constexpr int backgroundNiceness = 10;

// Lowers the priority of the calling thread by backgroundNiceness, once per thread: a thread of
// Qt's global pool stays lowered for whatever runs on it later, which in Masthead is background work
// too. Never the main (GUI) thread, and nothing where threads have no priority of their own to lower
// (other than Linux).
void lowerThisThreadsPriority();

// Work the user does not wait for: the docks' readings and checks of the whole text after a pause in
// typing, the word count, the site's drafts. It runs on Qt's global thread pool at a lower priority,
// so that the next keystroke's handling and painting, and the preview's render, get a core first. On
// two cores, a check of a 1 MB post at the same priority made a keystroke typed after a pause wait
// milliseconds for the screen. (QThread::setPriority() on Linux lowers a thread only to SCHED_IDLE,
// which would stop the docks for as long as anything else keeps the cores busy.)
template<typename Function>
auto runInBackground(Function function)
{
    return QtConcurrent::run([function = std::move(function)]() mutable {
        lowerThisThreadsPriority();
        return function();
    });
}

} // namespace Masthead
