// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace LicenseCore {

// The one range type of the program: whole UTC hours, half-open [fromMs, toMs). Both ends are hour starts in epoch
// milliseconds; toMs is the start of the first hour after the range, so the range holds (toMs - fromMs) / 1 h hours
// and two ranges that touch share no hour. This is how the cluster's export endpoint takes startTs and endTs.
struct HourRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    // The range from the hour starting at firstHourMs through the hour starting at lastHourMs, both included.
    [[nodiscard]] static HourRange ofHours(qint64 firstHourMs, qint64 lastHourMs);

    [[nodiscard]] bool isEmpty() const { return toMs <= fromMs; }
    // 0 for an empty range.
    [[nodiscard]] int hours() const;
    // The start of the last hour in the range (fromMs - 1 h for an empty one).
    [[nodiscard]] qint64 lastHourMs() const;
    [[nodiscard]] bool contains(qint64 epochMs) const { return epochMs >= fromMs && epochMs < toMs; }

    bool operator==(const HourRange &) const = default;
};

} // namespace LicenseCore
