// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Masthead::Bench
{

// Where the PSS of one process goes, grouped by mapping (the heap, anonymous memory, each library,
// fonts, Chromium's data files...), from /proc/PID/smaps. For finding what to shrink, not a figure
// to compare between machines.
struct MappingGroup {
    QString name;
    qint64 pssKb = 0;
    qint64 privateKb = 0; // Private_Clean + Private_Dirty: what this process alone holds
    // The PSS the group would have if no process outside the tree mapped the same pages: each
    // resident page divided among the tree's processes that map it (-1 when /proc/PID/pagemap
    // gives no page frame numbers, i.e. without CAP_SYS_ADMIN). The system's PSS also divides
    // shared pages with other programs, e.g. other Qt WebEngine applications running at the same
    // time, which makes it lower the more of them run.
    qint64 aloneKb = -1;

    bool operator==(const MappingGroup &) const = default;
};

struct ProcessMemory {
    qint64 pid = 0;
    QString role; // "masthead", "zygote", "renderer", "gpu-process", "utility (network)"...
    qint64 pssKb = 0;
    qint64 aloneKb = -1; // as MappingGroup::aloneKb
    std::vector<MappingGroup> groups; // largest PSS first

    bool operator==(const ProcessMemory &) const = default;
};

// Every process of the tree under pid (the process itself first).
std::vector<ProcessMemory> processTreeBreakdown(qint64 pid);
// The tree's PSS as if nothing outside it shared its pages (the number of distinct resident pages),
// in kB; -1 when page frame numbers are not readable.
qint64 aloneKb(const std::vector<ProcessMemory> &processes);
// Prints the breakdown, the largest `groupsPerProcess` groups of each process.
void printBreakdown(const std::vector<ProcessMemory> &processes, int groupsPerProcess);

} // namespace Masthead::Bench
