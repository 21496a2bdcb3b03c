// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace Masthead::Bench
{
// The figures every benchmark prints: median, 95th percentile (nearest rank) and maximum, in ms.
struct Figures {
    double p50 = 0, p95 = 0, max = 0;
};

inline Figures figures(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, std::size_t(q * double(samples.size() - 1) + 0.5))];
    };
    return {at(0.50), at(0.95), samples.back()};
}
} // namespace Masthead::Bench
