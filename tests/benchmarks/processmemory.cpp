// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include "xscreen.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

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
struct Mapping {
    quint64 start = 0;
    quint64 end = 0;
    QString group;
    qint64 rssKb = 0;
};

// The page frame numbers of a mapping's resident pages (empty when they are not readable).
std::vector<quint64> residentFrames(int pagemap, const Mapping &mapping)
{
    std::vector<quint64> frames;
    const quint64 pageSize = quint64(sysconf(_SC_PAGESIZE));
    const quint64 first = mapping.start / pageSize;
    const quint64 count = (mapping.end - mapping.start) / pageSize;
    std::vector<quint64> entries(4096);
    for (quint64 done = 0; done < count;) {
        const quint64 n = std::min<quint64>(entries.size(), count - done);
        const ssize_t got = pread(pagemap, entries.data(), n * 8, off_t((first + done) * 8));
        if (got <= 0)
            break;
        const quint64 read = quint64(got) / 8;
        for (quint64 i = 0; i < read; ++i) {
            const quint64 entry = entries[i];
            const quint64 frame = entry & ((quint64(1) << 55) - 1);
            if ((entry >> 63) & 1 && frame != 0)
                frames.push_back(frame);
        }
        done += read;
    }
    return frames;
}
} // namespace

qint64 aloneKb(const std::vector<ProcessMemory> &processes)
{
    qint64 total = 0;
    for (const ProcessMemory &process : processes) {
        if (process.aloneKb < 0)
            return -1;
        total += process.aloneKb;
    }
    return total;
}

std::vector<ProcessMemory> processTreeBreakdown(qint64 pid)
{
    std::vector<ProcessMemory> processes;
    std::vector<std::vector<std::pair<QString, std::vector<quint64>>>> framesOf; // per process
    for (qint64 process : processTree(pid)) {
        QFile smaps(QStringLiteral("/proc/%1/smaps").arg(process));
        if (!smaps.open(QIODevice::ReadOnly))
            continue;
        ProcessMemory memory;
        memory.pid = process;
        memory.role = roleOf(process);
        QHash<QString, MappingGroup> groups;
        MappingGroup *current = nullptr;
        std::vector<Mapping> mappings;
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
                const QList<QByteArray> range = fields.value(0).split('-');
                mappings.push_back(
                    {range.value(0).toULongLong(nullptr, 16), range.value(1).toULongLong(nullptr, 16), group, 0});
                continue;
            }
            if (!current)
                continue;
            const QByteArray key = line.first(colon);
            const qint64 kb = line.sliced(colon + 1).trimmed().split(' ').value(0).toLongLong();
            if (key == "Pss") {
                current->pssKb += kb;
                memory.pssKb += kb;
            } else if (key == "Rss" && !mappings.empty()) {
                mappings.back().rssKb = kb;
            } else if (key == "Private_Clean" || key == "Private_Dirty") {
                current->privateKb += kb;
            }
        }
        for (const MappingGroup &group : std::as_const(groups))
            memory.groups.push_back(group);
        std::ranges::sort(memory.groups,
                          [](const MappingGroup &a, const MappingGroup &b) { return a.pssKb > b.pssKb; });
        processes.push_back(std::move(memory));

        // The resident pages, by group, for dividing them among the tree's processes only.
        std::vector<std::pair<QString, std::vector<quint64>>> pages;
        const int pagemap = ::open(qPrintable(QStringLiteral("/proc/%1/pagemap").arg(process)), O_RDONLY);
        if (pagemap >= 0) {
            for (const Mapping &mapping : mappings) {
                if (mapping.rssKb > 0)
                    pages.emplace_back(mapping.group, residentFrames(pagemap, mapping));
            }
            ::close(pagemap);
        }
        framesOf.push_back(std::move(pages));
    }

    // Each resident page counts 1/n for each of the n mappings of it in the tree.
    QHash<quint64, int> mappers;
    bool readable = false;
    for (const auto &pages : framesOf) {
        for (const auto &[group, frames] : pages) {
            readable = readable || !frames.empty();
            for (quint64 frame : frames)
                ++mappers[frame];
        }
    }
    if (!readable)
        return processes;
    const double pageKb = double(sysconf(_SC_PAGESIZE)) / 1024.0;
    for (size_t p = 0; p < processes.size(); ++p) {
        QHash<QString, double> byGroup;
        double total = 0;
        for (const auto &[group, frames] : framesOf[p]) {
            for (quint64 frame : frames) {
                const double share = pageKb / double(mappers.value(frame));
                byGroup[group] += share;
                total += share;
            }
        }
        processes[p].aloneKb = qint64(total);
        for (MappingGroup &group : processes[p].groups)
            group.aloneKb = qint64(byGroup.value(group.name));
        std::ranges::sort(processes[p].groups,
                          [](const MappingGroup &a, const MappingGroup &b) { return a.aloneKb > b.aloneKb; });
    }
    return processes;
}

void printBreakdown(const std::vector<ProcessMemory> &processes, int groupsPerProcess)
{
    qint64 total = 0;
    for (const ProcessMemory &process : processes) {
        total += process.pssKb;
        std::printf("    pid %-7lld %-28s PSS %7.1f MB  alone %7.1f MB\n", qlonglong(process.pid),
                    qPrintable(process.role), double(process.pssKb) / 1024.0, double(process.aloneKb) / 1024.0);
        const int shown = std::min<int>(groupsPerProcess, int(process.groups.size()));
        for (int i = 0; i < shown; ++i) {
            const MappingGroup &group = process.groups[size_t(i)];
            std::printf("        %-40s PSS %7.1f MB  alone %7.1f MB  private %7.1f MB\n", qPrintable(group.name),
                        double(group.pssKb) / 1024.0, double(group.aloneKb) / 1024.0, double(group.privateKb) / 1024.0);
        }
    }
    std::printf("    total PSS %.1f MB, alone %.1f MB, in %zu processes\n", double(total) / 1024.0,
                double(aloneKb(processes)) / 1024.0, processes.size());
    std::fflush(stdout);
}

} // namespace Masthead::Bench
