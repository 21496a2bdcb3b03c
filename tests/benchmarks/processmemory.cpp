// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include "xscreen.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cstdio>

namespace Masthead::Bench
{
namespace
{
// What a process is, from its command line: Chromium's helpers say it with --type=...
QString roleOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> arguments = file.readAll().split('\0');
    QString role = QFileInfo(QString::fromLocal8Bit(arguments.value(0))).fileName();
    QString service;
    for (const QByteArray &argument : arguments) {
        if (argument.startsWith("--type="))
            role = QString::fromLatin1(argument.sliced(7));
        else if (argument.startsWith("--utility-sub-type="))
            service = QString::fromLatin1(argument.sliced(19)).section(u'.', -2, -2);
    }
    return service.isEmpty() ? role : role + u" (" + service + u')';
}

// The group a mapping's pages are counted in: its file's name, or what the kernel calls it.
QString groupOf(const QByteArray &path)
{
    if (path.isEmpty())
        return QStringLiteral("anonymous");
    const QString name = QString::fromLocal8Bit(path);
    if (name.startsWith(u"/memfd:") || name.startsWith(u"/dev/shm") || name.startsWith(u"/SYSV"))
        return QStringLiteral("shared memory (memfd, shm)");
    if (name.contains(u"/fonts/"))
        return QStringLiteral("fonts");
    if (name.contains(u"/locales/") && name.endsWith(u".pak"))
        return QStringLiteral("WebEngine locales");
    if (name.startsWith(u'['))
        return name;
    return QFileInfo(name).fileName();
}
} // namespace

std::vector<ProcessMemory> processTreeBreakdown(qint64 pid)
{
    std::vector<ProcessMemory> processes;
    for (qint64 process : processTree(pid)) {
        QFile smaps(QStringLiteral("/proc/%1/smaps").arg(process));
        if (!smaps.open(QIODevice::ReadOnly))
            continue;
        ProcessMemory memory;
        memory.pid = process;
        memory.role = roleOf(process);
        QHash<QString, MappingGroup> groups;
        MappingGroup *current = nullptr;
        // /proc files have no size: read to the end rather than asking atEnd().
        const QList<QByteArray> lines = smaps.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            // A mapping's header: "start-end perms offset dev inode [path]"; then "Key: value kB" lines.
            const qsizetype colon = line.indexOf(':');
            const qsizetype space = line.indexOf(' ');
            if (colon < 0 || (space >= 0 && space < colon)) {
                const QList<QByteArray> fields = line.simplified().split(' ');
                const QByteArray path = fields.size() > 5 ? fields.mid(5).join(' ') : QByteArray();
                const QString group = groupOf(path);
                current = &groups[group];
                current->name = group;
                continue;
            }
            if (!current)
                continue;
            const QByteArray key = line.first(colon);
            const qint64 kb = line.sliced(colon + 1).trimmed().split(' ').value(0).toLongLong();
            if (key == "Pss") {
                current->pssKb += kb;
                memory.pssKb += kb;
            } else if (key == "Private_Clean" || key == "Private_Dirty") {
                current->privateKb += kb;
            }
        }
        for (const MappingGroup &group : std::as_const(groups))
            memory.groups.push_back(group);
        std::ranges::sort(memory.groups,
                          [](const MappingGroup &a, const MappingGroup &b) { return a.pssKb > b.pssKb; });
        processes.push_back(std::move(memory));
    }
    return processes;
}

void printBreakdown(const std::vector<ProcessMemory> &processes, int groupsPerProcess)
{
    qint64 total = 0;
    for (const ProcessMemory &process : processes) {
        total += process.pssKb;
        std::printf("    pid %-7lld %-28s PSS %7.1f MB\n", qlonglong(process.pid), qPrintable(process.role),
                    double(process.pssKb) / 1024.0);
        const int shown = std::min<int>(groupsPerProcess, int(process.groups.size()));
        for (int i = 0; i < shown; ++i) {
            const MappingGroup &group = process.groups[size_t(i)];
            std::printf("        %-40s PSS %7.1f MB  private %7.1f MB\n", qPrintable(group.name),
                        double(group.pssKb) / 1024.0, double(group.privateKb) / 1024.0);
        }
    }
    std::printf("    total PSS %.1f MB in %zu processes\n", double(total) / 1024.0, processes.size());
    std::fflush(stdout);
}

} // namespace Masthead::Bench
