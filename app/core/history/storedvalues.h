// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hourrecord.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <map>
#include <span>
#include <utility>
#include <vector>

// The blobs of the history store, in one place so their format is written down once. All are sequences of
// unsigned LEB128 varints (signed values zigzag-encoded first) and little-endian doubles; decoding a blob that
// ends early, or holds what no encoder writes, fails.
namespace LicenseCore::StoredValues {

// Schema 1 (kept to migrate a store of that version): one row per environment-hour and per host run.

// DDU pool entries in the file's order: per entry, the pool's dictionary key and the total as a little-endian
// IEEE double, so sums come out bit for bit as from the file. `poolKeys` is aligned with `ddu`.
QByteArray encodeDdu(const QList<DduPoolUsage> &ddu, const QList<qint64> &poolKeys);
[[nodiscard]] bool decodeDdu(const QByteArray &blob, const QHash<qint64, QString> &pools, QList<DduPoolUsage> &ddu);

// A host run's activity, one value per hour of the run (active milliseconds, or -1 for no activity records):
// the most common value, and the other hours as (hour offset in the run, value) pairs.
std::pair<qint64, QByteArray> encodeActivity(const std::vector<qint64> &activity);
[[nodiscard]] bool decodeActivity(const QByteArray &blob, std::map<qint64, qint64> &exceptions);

// Schema 2: an export's hours in blocks of BlockHours consecutive hours, aligned on whole blocks since the epoch,
// one row per export and block holding two blobs: the environment-hours and the host runs of the block.
constexpr int BlockHours = 168;
// The start of the block that holds `hourMs`.
[[nodiscard]] qint64 blockStart(qint64 hourMs);

constexpr int FlagPaas = 1;
constexpr int FlagInfrastructureOnly = 2;
constexpr qint64 NoActivityRecords = -1;

// The counters of an environment-hour, in the order they are stored.
enum Counter : int
{
    Visits,
    MobileSessions,
    SessionReplays,
    MobileSessionReplays,
    RumUserProperties,
    SyntheticBrowser,
    SyntheticHttp,
    SyntheticOther,
    CustomMetrics,
    LogStorageBytes,
    LogUploadBytes,
    CounterCount
};

// One environment in one hour of a block, without its hosts.
struct EnvironmentHourValues
{
    qint64 environment = 0; // dictionary key
    int offset = 0;         // hours after the block's start
    std::array<qint64, CounterCount> counters{};
    bool trial = false;
    std::vector<std::pair<qint64, double>> ddu; // (pool dictionary key, total) in the file's order

    bool operator==(const EnvironmentHourValues &) const = default;
};

// A host over consecutive hours of one block, in one environment, with the same mode flags, memory and PaaS
// limit: its inputs to the rules, never their results.
struct HostRun
{
    qint64 environment = 0; // dictionary key
    qint64 osiId = 0;
    int occurrence = 0;  // tells apart the same host listed twice in one environment-hour (0: the first)
    int firstOffset = 0; // hours after the block's start
    int hours = 1;
    int flags = 0; // FlagPaas, FlagInfrastructureOnly
    qint64 memoryBytes = 0;
    qint64 paasLimitBytes = 0;
    // Active milliseconds in the hour, or NoActivityRecords: the value of most of the run's hours, and the
    // (offset in the run, value) of the others, ascending.
    qint64 activity = NoActivityRecords;
    std::vector<std::pair<int, qint64>> exceptions;

    // The activity of the run's hour `offset` (0 .. hours - 1).
    [[nodiscard]] qint64 activityAt(int offset) const;
    // Sets activity and exceptions from one value per hour of the run; the most common value (the smallest of
    // equally common ones) becomes `activity`.
    void setActivity(std::span<const qint64> perHour);

    bool operator==(const HostRun &) const = default;
};

// Sorted by environment and offset first; each (environment, offset) once.
[[nodiscard]] QByteArray encodeEnvironmentHours(std::vector<EnvironmentHourValues> hours);
[[nodiscard]] bool decodeEnvironmentHours(const QByteArray &blob, std::vector<EnvironmentHourValues> &hours);
// Sorted by environment, host, occurrence and first offset first.
[[nodiscard]] QByteArray encodeHostRuns(std::vector<HostRun> runs);
[[nodiscard]] bool decodeHostRuns(const QByteArray &blob, std::vector<HostRun> &runs);

} // namespace LicenseCore::StoredValues
