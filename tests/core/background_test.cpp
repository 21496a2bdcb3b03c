// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/background.h"

#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Masthead;

namespace
{
int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    return ::getpriority(PRIO_PROCESS, id_t(::gettid()));
#else
    return 0;
#endif
}
} // namespace

class BackgroundTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsBelowThePriorityOfTheProgram()
    {
#ifndef Q_OS_LINUX
        QSKIP("threads have a priority of their own to lower on Linux only");
#endif
        const int program = niceOfThisThread();
        const int expected = qMin(program + backgroundNiceness, 19);
        // As many tasks as the pool has threads, each waiting for the others: every thread is asked.
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        QSemaphore started;
        QList<QFuture<int>> runs;
        for (int i = 0; i < threads; ++i) {
            runs.append(runInBackground([&started, threads] {
                started.release();
                started.acquire(threads);
                started.release(threads);
                return niceOfThisThread();
            }));
        }
        for (QFuture<int> &run : runs) {
            QTRY_VERIFY(run.isFinished()); // not result() at once: see below
            QCOMPARE(run.result(), expected);
        }
        // Again, on the same threads: lowered once, not once more.
        QFuture<int> again = runInBackground([] { return niceOfThisThread(); });
        QTRY_VERIFY(again.isFinished());
        QCOMPARE(again.result(), expected);
        // The calling thread (the GUI thread, in the program) keeps its priority.
        QCOMPARE(niceOfThisThread(), program);
    }

    void leavesTheGuiThreadAloneWhenItWaits()
    {
#ifndef Q_OS_LINUX
        QSKIP("threads have a priority of their own to lower on Linux only");
#endif
        const int program = niceOfThisThread();
        // Every thread of the pool busy: a task waited for before it starts runs in the waiting
        // thread (Qt takes it from the queue), here the main thread.
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        QSemaphore busy, release;
        QList<QFuture<void>> blockers;
        for (int i = 0; i < threads; ++i) {
            blockers.append(runInBackground([&busy, &release] {
                busy.release();
                release.acquire();
            }));
        }
        busy.acquire(threads);
        const int niceWhereItRan = runInBackground([] { return niceOfThisThread(); }).result();
        release.release(threads);
        for (QFuture<void> &blocker : blockers)
            blocker.waitForFinished();
        QCOMPARE(niceWhereItRan, program);
        QCOMPARE(niceOfThisThread(), program);
    }

    void givesTheResultBack()
    {
        QCOMPARE(runInBackground([text = QStringLiteral("checked")] { return text.size(); }).result(), 7);
    }
};

QTEST_GUILESS_MAIN(BackgroundTest)
#include "background_test.moc"
