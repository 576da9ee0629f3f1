// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/rangepreset.h>
#include <common/timeutil.h>
#include <history/syncplan.h>

#include <algorithm>

namespace LicenseCore {

namespace {
constexpr qint64 DayMs = 24 * Time::HourMs;
} // namespace

QList<HourRange> planSync(const SyncPlanInput &input)
{
    const qint64 end = latestExportableEnd(input.now);
    qint64 start = end - qint64(std::max(input.newClusterDays, 0)) * DayMs;
    if (input.sinceMs)
        start = Time::floorHour(*input.sinceMs);
    else if (input.extent)
        start = input.extent->fromMs;
    if (start >= end)
        return {};

    // The hours of [start, end) the history lacks, as runs.
    QList<HourRange> lacking;
    auto addClipped = [&](qint64 from, qint64 to) {
        from = std::max(from, start);
        to = std::min(to, end);
        if (from < to)
            lacking.append(HourRange{from, to});
    };
    if (!input.extent) {
        addClipped(start, end);
    } else {
        addClipped(start, input.extent->fromMs);
        for (const HourRange &gap : input.gaps)
            addClipped(gap.fromMs, gap.toMs);
        addClipped(input.extent->toMs, end);
    }
    std::sort(lacking.begin(), lacking.end(),
              [](const HourRange &a, const HourRange &b) { return a.fromMs < b.fromMs; });
    // Runs that touch or overlap are one run, so none is downloaded twice.
    QList<HourRange> runs;
    for (const HourRange &run : std::as_const(lacking)) {
        if (!runs.isEmpty() && run.fromMs <= runs.last().toMs)
            runs.last().toMs = std::max(runs.last().toMs, run.toMs);
        else
            runs.append(run);
    }

    const qint64 chunkMs = qint64(std::max(input.chunkDays, 1)) * DayMs;
    QList<HourRange> chunks;
    for (const HourRange &run : std::as_const(runs)) {
        for (qint64 from = run.fromMs; from < run.toMs; from += chunkMs)
            chunks.append(HourRange{from, std::min(from + chunkMs, run.toMs)});
    }
    return chunks;
}

} // namespace LicenseCore
