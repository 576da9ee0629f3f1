// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <history/storedvalues.h>

#include <QVarLengthArray>
#include <algorithm>
#include <cstring>
#include <tuple>

namespace LicenseCore::StoredValues {

namespace {

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value & 0x7f) | char(0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const char *&at, const char *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; at != end && shift < 64; shift += 7) {
        const auto byte = quint8(*at++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

void appendDouble(QByteArray &out, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    for (int b = 0; b < 8; ++b)
        out.append(char((bits >> (8 * b)) & 0xff));
}

bool readDouble(const char *&at, const char *end, double &value)
{
    if (end - at < 8)
        return false;
    quint64 bits = 0;
    for (int b = 0; b < 8; ++b)
        bits |= quint64(quint8(*at++)) << (8 * b);
    std::memcpy(&value, &bits, sizeof value);
    return true;
}

// A varint that must be at most `limit`, as an int.
bool readSmall(const char *&at, const char *end, quint64 limit, int &value)
{
    quint64 raw = 0;
    if (!readVarint(at, end, raw) || raw > limit)
        return false;
    value = int(raw);
    return true;
}

bool readSigned(const char *&at, const char *end, qint64 &value)
{
    quint64 raw = 0;
    if (!readVarint(at, end, raw))
        return false;
    value = unzigzag(raw);
    return true;
}

constexpr quint64 MaxOccurrence = 1 << 20;
// Bits of an environment-hour's mask: one per counter that is not 0, then these.
constexpr quint64 TrialBit = quint64(1) << CounterCount;
constexpr quint64 DduBit = TrialBit << 1;

} // namespace

QByteArray encodeDdu(const QList<DduPoolUsage> &ddu, const QList<qint64> &poolKeys)
{
    QByteArray out;
    for (qsizetype i = 0; i < ddu.size(); ++i) {
        appendVarint(out, quint64(poolKeys.at(i)));
        appendDouble(out, ddu.at(i).total);
    }
    return out;
}

bool decodeDdu(const QByteArray &blob, const QHash<qint64, QString> &pools, QList<DduPoolUsage> &ddu)
{
    const char *at = blob.constData();
    const char *end = at + blob.size();
    while (at != end) {
        quint64 key = 0;
        double total = 0.0;
        if (!readVarint(at, end, key) || !readDouble(at, end, total))
            return false;
        ddu.append({pools.value(qint64(key)), total});
    }
    return true;
}

std::pair<qint64, QByteArray> encodeActivity(const std::vector<qint64> &activity)
{
    std::map<qint64, int> counts;
    for (qint64 value : activity)
        ++counts[value];
    const qint64 common = std::max_element(counts.cbegin(), counts.cend(), [](const auto &a, const auto &b) {
                              return a.second < b.second;
                          })->first;
    QByteArray exceptions;
    for (size_t offset = 0; offset < activity.size(); ++offset) {
        if (activity[offset] == common)
            continue;
        appendVarint(exceptions, offset);
        appendVarint(exceptions, zigzag(activity[offset]));
    }
    return {common, exceptions};
}

bool decodeActivity(const QByteArray &blob, std::map<qint64, qint64> &exceptions)
{
    const char *at = blob.constData();
    const char *end = at + blob.size();
    while (at != end) {
        quint64 offset = 0;
        quint64 value = 0;
        if (!readVarint(at, end, offset) || !readVarint(at, end, value))
            return false;
        exceptions[qint64(offset)] = unzigzag(value);
    }
    return true;
}

qint64 blockStart(qint64 hourMs)
{
    constexpr qint64 BlockMs = qint64(BlockHours) * Time::HourMs;
    // Floored, also before the epoch, so every hour of a block has the same start.
    const qint64 remainder = hourMs % BlockMs;
    return remainder < 0 ? hourMs - remainder - BlockMs : hourMs - remainder;
}

qint64 HostRun::activityAt(int offset) const
{
    const auto it = std::lower_bound(exceptions.cbegin(), exceptions.cend(), offset,
                                     [](const std::pair<int, qint64> &e, int value) { return e.first < value; });
    return it != exceptions.cend() && it->first == offset ? it->second : activity;
}

void HostRun::setActivity(std::span<const qint64> perHour)
{
    exceptions.clear();
    if (perHour.empty())
        return;
    // Nearly always one value for the whole run: count only when another one shows up.
    if (std::all_of(perHour.begin(), perHour.end(), [&](qint64 value) { return value == perHour.front(); })) {
        activity = perHour.front();
        return;
    }
    // The most common value, the smallest of equally common ones: the longest stretch of equal sorted values.
    QVarLengthArray<qint64, BlockHours> sorted(perHour.begin(), perHour.end());
    std::sort(sorted.begin(), sorted.end());
    qsizetype bestLength = 0;
    for (qsizetype from = 0; from < sorted.size();) {
        qsizetype to = from + 1;
        while (to < sorted.size() && sorted[to] == sorted[from])
            ++to;
        if (to - from > bestLength) {
            bestLength = to - from;
            activity = sorted[from];
        }
        from = to;
    }
    for (size_t offset = 0; offset < perHour.size(); ++offset) {
        if (perHour[offset] != activity)
            exceptions.emplace_back(int(offset), perHour[offset]);
    }
}

// Per environment-hour: the environment (as the difference to the one before, so mostly 0), the offset (after
// an entry of the same environment, as the hours skipped since it), a mask of the counters that are not 0 and
// of the trial and DDU flags, those counters, and the DDU entries (count, then pool key and total each).
QByteArray encodeEnvironmentHours(std::vector<EnvironmentHourValues> hours)
{
    std::sort(hours.begin(), hours.end(), [](const EnvironmentHourValues &a, const EnvironmentHourValues &b) {
        return std::tie(a.environment, a.offset) < std::tie(b.environment, b.offset);
    });
    QByteArray out;
    const EnvironmentHourValues *previous = nullptr;
    for (const EnvironmentHourValues &hour : hours) {
        const bool sameEnvironment = previous && previous->environment == hour.environment;
        Q_ASSERT(!sameEnvironment || hour.offset > previous->offset);
        appendVarint(out, quint64(hour.environment - (previous ? previous->environment : 0)));
        appendVarint(out, quint64(sameEnvironment ? hour.offset - previous->offset - 1 : hour.offset));
        quint64 mask = 0;
        for (int c = 0; c < CounterCount; ++c) {
            if (hour.counters[size_t(c)] != 0)
                mask |= quint64(1) << c;
        }
        if (hour.trial)
            mask |= TrialBit;
        if (!hour.ddu.empty())
            mask |= DduBit;
        appendVarint(out, mask);
        for (int c = 0; c < CounterCount; ++c) {
            if (hour.counters[size_t(c)] != 0)
                appendVarint(out, zigzag(hour.counters[size_t(c)]));
        }
        if (!hour.ddu.empty()) {
            appendVarint(out, hour.ddu.size());
            for (const auto &[pool, total] : hour.ddu) {
                appendVarint(out, quint64(pool));
                appendDouble(out, total);
            }
        }
        previous = &hour;
    }
    return out;
}

bool decodeEnvironmentHours(const QByteArray &blob, std::vector<EnvironmentHourValues> &hours)
{
    const char *at = blob.constData();
    const char *end = at + blob.size();
    qint64 environment = 0;
    int offset = -1;
    bool first = true;
    while (at != end) {
        quint64 environmentStep = 0;
        int offsetValue = 0;
        quint64 mask = 0;
        if (!readVarint(at, end, environmentStep) || !readSmall(at, end, BlockHours - 1, offsetValue) ||
            !readVarint(at, end, mask) || mask >= (DduBit << 1))
            return false;
        const bool sameEnvironment = !first && environmentStep == 0;
        environment = qint64(quint64(environment) + environmentStep);
        offset = sameEnvironment ? offset + 1 + offsetValue : offsetValue;
        if (offset >= BlockHours)
            return false;
        first = false;
        EnvironmentHourValues hour;
        hour.environment = environment;
        hour.offset = offset;
        for (int c = 0; c < CounterCount; ++c) {
            if ((mask & (quint64(1) << c)) && !readSigned(at, end, hour.counters[size_t(c)]))
                return false;
        }
        hour.trial = mask & TrialBit;
        if (mask & DduBit) {
            int count = 0;
            // Each entry takes at least 9 bytes: a count beyond what is left is damage, not a reason to allocate.
            if (!readSmall(at, end, quint64(end - at) / 9, count) || count == 0)
                return false;
            hour.ddu.resize(size_t(count));
            for (auto &[pool, total] : hour.ddu) {
                quint64 key = 0;
                if (!readVarint(at, end, key) || !readDouble(at, end, total))
                    return false;
                pool = qint64(key);
            }
        }
        hours.push_back(std::move(hour));
    }
    return true;
}

// Per run: the environment (difference to the run before), the host (difference to the run before when in the
// same environment, hosts ascending; else zigzag), occurrence and mode flags in one number, first offset, hours
// - 1, memory, PaaS limit, the common activity, and the other hours' activity (count, then per hour the hours
// skipped since the one before and the value).
QByteArray encodeHostRuns(std::vector<HostRun> runs)
{
    std::sort(runs.begin(), runs.end(), [](const HostRun &a, const HostRun &b) {
        return std::tie(a.environment, a.osiId, a.occurrence, a.firstOffset) <
               std::tie(b.environment, b.osiId, b.occurrence, b.firstOffset);
    });
    QByteArray out;
    const HostRun *previous = nullptr;
    for (const HostRun &run : runs) {
        const bool sameEnvironment = previous && previous->environment == run.environment;
        appendVarint(out, quint64(run.environment - (previous ? previous->environment : 0)));
        // Hosts ascend within an environment, so the difference is never negative (as unsigned, even when it
        // spans more than half the range of a signed id).
        appendVarint(out, sameEnvironment ? quint64(run.osiId) - quint64(previous->osiId) : zigzag(run.osiId));
        appendVarint(out, (quint64(run.occurrence) << 2) | quint64(run.flags & 3));
        appendVarint(out, quint64(run.firstOffset));
        appendVarint(out, quint64(run.hours - 1));
        appendVarint(out, zigzag(run.memoryBytes));
        appendVarint(out, zigzag(run.paasLimitBytes));
        appendVarint(out, zigzag(run.activity));
        appendVarint(out, run.exceptions.size());
        int last = -1;
        for (const auto &[offset, value] : run.exceptions) {
            appendVarint(out, quint64(offset - last - 1));
            appendVarint(out, zigzag(value));
            last = offset;
        }
        previous = &run;
    }
    return out;
}

bool decodeHostRuns(const QByteArray &blob, std::vector<HostRun> &runs)
{
    const char *at = blob.constData();
    const char *end = at + blob.size();
    qint64 environment = 0;
    qint64 osiId = 0;
    bool first = true;
    while (at != end) {
        HostRun run;
        quint64 environmentStep = 0;
        quint64 host = 0;
        quint64 occurrenceAndFlags = 0;
        int hoursLess = 0;
        int count = 0;
        if (!readVarint(at, end, environmentStep) || !readVarint(at, end, host) ||
            !readVarint(at, end, occurrenceAndFlags) || (occurrenceAndFlags >> 2) > MaxOccurrence ||
            !readSmall(at, end, BlockHours - 1, run.firstOffset) ||
            !readSmall(at, end, quint64(BlockHours - 1 - run.firstOffset), hoursLess) ||
            !readSigned(at, end, run.memoryBytes) || !readSigned(at, end, run.paasLimitBytes) ||
            !readSigned(at, end, run.activity) || !readSmall(at, end, quint64(hoursLess), count))
            return false;
        const bool sameEnvironment = !first && environmentStep == 0;
        environment = qint64(quint64(environment) + environmentStep);
        osiId = sameEnvironment ? qint64(quint64(osiId) + host) : unzigzag(host);
        first = false;
        run.environment = environment;
        run.osiId = osiId;
        run.occurrence = int(occurrenceAndFlags >> 2);
        run.flags = int(occurrenceAndFlags & 3);
        run.hours = hoursLess + 1;
        run.exceptions.resize(size_t(count));
        int last = -1;
        for (auto &[offset, value] : run.exceptions) {
            int skipped = 0;
            const int room = run.hours - 2 - last; // hours after the last exception that may still be one
            if (room < 0 || !readSmall(at, end, quint64(room), skipped) || !readSigned(at, end, value))
                return false;
            offset = last + 1 + skipped;
            last = offset;
        }
        runs.push_back(std::move(run));
    }
    return true;
}

} // namespace LicenseCore::StoredValues
