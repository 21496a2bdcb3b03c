// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/background.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace Masthead
{

void lowerThisThreadsPriority()
{
    // Waiting for a task that has not started yet, Qt runs it in the waiting thread: never lower the
    // GUI thread for that.
    if (QThread::isMainThread())
        return;
#ifdef Q_OS_LINUX
    // On Linux a nice value belongs to a thread, not to the whole process.
    thread_local const bool lowered = [] {
        const auto thread = id_t(::gettid());
        errno = 0;
        const int current = ::getpriority(PRIO_PROCESS, thread);
        if (current == -1 && errno != 0)
            return false;
        return ::setpriority(PRIO_PROCESS, thread, qMin(current + backgroundNiceness, 19)) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

} // namespace Masthead
