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

    bool operator==(const MappingGroup &) const = default;
};

struct ProcessMemory {
    qint64 pid = 0;
    QString role; // "masthead", "zygote", "renderer", "gpu-process", "utility (network)"...
    qint64 pssKb = 0;
    std::vector<MappingGroup> groups; // largest PSS first

    bool operator==(const ProcessMemory &) const = default;
};

// Every process of the tree under pid (the process itself first).
std::vector<ProcessMemory> processTreeBreakdown(qint64 pid);
// Prints the breakdown, the largest `groupsPerProcess` groups of each process.
void printBreakdown(const std::vector<ProcessMemory> &processes, int groupsPerProcess);

} // namespace Masthead::Bench
