// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <malloc.h>

#include <cstdio>
#include <cstdlib>

using namespace Masthead;

namespace
{
// The command lines of every process below root, read from /proc.
QList<QByteArray> descendantCommandLines(qint64 root)
{
    QHash<qint64, qint64> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/" + entry + u"/stat");
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces and parentheses, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.sliced(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(pid, fields.at(1).toLongLong());
    }
    QList<QByteArray> commandLines;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        qint64 ancestor = it.value();
        for (int depth = 0; depth < 16 && ancestor > 1 && ancestor != root; ++depth)
            ancestor = parentOf.value(ancestor, 0);
        if (ancestor != root)
            continue;
        QFile cmdline(u"/proc/" + QString::number(it.key()) + u"/cmdline");
        if (cmdline.open(QIODevice::ReadOnly))
            commandLines.append(cmdline.readAll().replace('\0', ' '));
    }
    return commandLines;
}
} // namespace

class ChromiumFlagsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flags_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << QByteArray() << QByteArray("--js-flags=--optimize-for-size --no-unsandboxed-zygote");
        QTest::newRow("the user's first, quoted ones kept")
            << QByteArray(" --no-sandbox \"--host-resolver-rules=MAP * ~NOTFOUND\" ")
            << QByteArray("--no-sandbox \"--host-resolver-rules=MAP * ~NOTFOUND\" --js-flags=--optimize-for-size "
                          "--no-unsandboxed-zygote");
        QTest::newRow("the user's V8 flags win")
            << QByteArray("--js-flags=--max-old-space-size=64")
            << QByteArray("--js-flags=--max-old-space-size=64 --no-unsandboxed-zygote");
        QTest::newRow("not twice") << QByteArray("--no-unsandboxed-zygote")
                                   << QByteArray("--no-unsandboxed-zygote --js-flags=--optimize-for-size");
    }

    void flags()
    {
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, expected);
        QCOMPARE(chromiumFlags(user), expected);
    }

    // Each new thread that allocates gets an arena of its own, up to eight per core; with the limit
    // they share two. Counted in malloc_info()'s report, one <heap nr="..."> per arena.
    void mallocArenasLimited()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX"));
        limitMallocArenas();
        QList<QThread *> threads;
        for (int i = 0; i < 8; ++i) {
            threads.append(QThread::create([] {
                void *block = std::malloc(64 * 1024);
                QThread::msleep(50); // all eight alive at once
                std::free(block);
            }));
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(10'000));
            delete thread;
        }
        char *report = nullptr;
        size_t size = 0;
        FILE *stream = open_memstream(&report, &size);
        QVERIFY(stream);
        malloc_info(0, stream);
        std::fclose(stream);
        const QByteArray xml(report, qsizetype(size));
        std::free(report);
        QCOMPARE_LE(xml.count("<heap nr="), 2);
    }

    // The flags reach Chromium: while the real program previews the seed, the page's process and its
    // zygote run, the unsandboxed zygote (its command line says --no-zygote-sandbox) does not.
    void programRunsWithoutTheUnsandboxedZygote()
    {
        QProcess program;
        program.setProgram(QStringLiteral(MASTHEAD_BINARY));
        program.setArguments({QStringLiteral("--self-test")});
        program.setProcessChannelMode(QProcess::MergedChannels);
        program.start();
        QVERIFY(program.waitForStarted());
        QSet<QByteArray> seen;
        QElapsedTimer clock;
        clock.start();
        while (program.state() != QProcess::NotRunning && clock.elapsed() < 60'000) {
            for (const QByteArray &commandLine : descendantCommandLines(program.processId())) {
                if (commandLine.contains("--type=zygote"))
                    seen.insert(commandLine.contains("--no-zygote-sandbox") ? "unsandboxed zygote" : "zygote");
                if (commandLine.contains("--type=renderer"))
                    seen.insert("renderer");
            }
            program.waitForFinished(20);
        }
        QCOMPARE(program.state(), QProcess::NotRunning);
        const QByteArray output = program.readAll();
        QVERIFY2(output.contains("self-test passed"), output.constData());
        // Nor do Qt WebEngine's questions about the GPU, which fail as they should with OpenGL off,
        // fill the terminal at every start.
        for (const char *expected : {"OpenGL context", "GPU vendor", "Vulkan instance", "QRhiGles2"})
            QVERIFY2(!output.contains(expected), output.constData());
        QVERIFY2(seen.contains("zygote"), "the page's zygote was never seen");
        QVERIFY2(!seen.contains("unsandboxed zygote"), "the unsandboxed zygote ran");
    }
};

QTEST_GUILESS_MAIN(ChromiumFlagsTest)
#include "chromiumflags_test.moc"
