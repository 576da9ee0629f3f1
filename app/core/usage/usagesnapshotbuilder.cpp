// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <usage/usagesnapshotbuilder.h>

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace LicenseCore {

namespace {
// The builder is no QObject: its warnings get a translation context here.
struct BuilderText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::UsageSnapshotBuilder)
};
} // namespace

UsageSnapshotBuilder::UsageSnapshotBuilder(RuleSettings rules)
    : m_rules(rules)
{}

int UsageSnapshotBuilder::environmentIndex(const QString &environmentId)
{
    auto it = m_environmentIndex.constFind(environmentId);
    if (it != m_environmentIndex.cend())
        return *it;
    const int index = int(m_environmentIds.size());
    m_environmentIds.append(environmentId);
    m_environmentIndex.insert(environmentId, index);
    return index;
}

quint32 UsageSnapshotBuilder::hostIndex(int environment, qint64 osiId)
{
    if (size_t(environment) >= m_hostIndex.size())
        m_hostIndex.resize(size_t(environment) + 1);
    QHash<qint64, quint32> &hosts = m_hostIndex[size_t(environment)];
    auto it = hosts.constFind(osiId);
    if (it != hosts.cend())
        return *it;
    const auto index = quint32(m_hostKeys.size());
    hosts.insert(osiId, index);
    m_hostKeys.push_back({osiId, environment});
    return index;
}

void UsageSnapshotBuilder::addWarning(const QString &text)
{
    auto it = m_warningIndex.constFind(text);
    if (it != m_warningIndex.cend()) {
        ++m_warnings[*it].count;
        return;
    }
    m_warningIndex.insert(text, int(m_warnings.size()));
    m_warnings.append({text, 1});
}

void UsageSnapshotBuilder::addHostTotals(const QString &environmentId, const HostSummary &host)
{
    m_hostTotals.emplace_back(hostIndex(environmentIndex(environmentId), host.osiId), host);
}

void UsageSnapshotBuilder::setExpectedRange(HourRange range)
{
    m_expectedRange = range;
}

void UsageSnapshotBuilder::setArchiveInfo(const ArchiveInfo &info)
{
    m_archive = info;
}

void UsageSnapshotBuilder::add(HourSummary &&summary, const QString &source)
{
    ++m_hourFiles;
    if (m_clusterUuid.isEmpty()) {
        m_clusterUuid = summary.clusterUuid;
    } else if (!summary.clusterUuid.isEmpty() && summary.clusterUuid != m_clusterUuid) {
        addWarning(BuilderText::tr("files of more than one cluster are mixed (%1 and %2)")
                       .arg(m_clusterUuid, summary.clusterUuid));
    }
    for (const QString &warning : std::as_const(summary.warnings))
        addWarning(warning);
    m_hoursWithFiles.append(summary.hourStartMs);

    for (EnvironmentHourSummary &environment : summary.environments) {
        const int envIndex = environmentIndex(environment.environmentId);
        Slot slot;
        slot.hourStartMs = summary.hourStartMs;
        slot.environment = envIndex;
        slot.usage = std::move(environment.usage);
        slot.ddu = std::move(environment.ddu);
        slot.source = source;
        for (const DduPoolUsage &pool : std::as_const(slot.ddu)) {
            if (!m_poolIndex.contains(pool.pool)) {
                m_poolIndex.insert(pool.pool, int(m_pools.size()));
                m_pools.append(pool.pool);
            }
        }
        slot.hosts.reserve(environment.hosts.size());
        // An environment lists mostly the same hosts in the same order hour after hour, a few joining or leaving:
        // the host that followed the last one matched in its previous hour (or the one after, when one left) is
        // tried before the lookup, which stays the authority whenever the id differs.
        if (size_t(envIndex) >= m_previousHosts.size())
            m_previousHosts.resize(size_t(envIndex) + 1);
        const std::vector<quint32> &lastOrder = m_previousHosts[size_t(envIndex)];
        m_hostOrder.clear();
        size_t cursor = 0;
        for (const HostContribution &host : environment.hosts) {
            quint32 index = 0;
            if (cursor < lastOrder.size() && m_hostKeys[lastOrder[cursor]].osiId == host.osiId) {
                index = lastOrder[cursor++];
            } else if (cursor + 1 < lastOrder.size() && m_hostKeys[lastOrder[cursor + 1]].osiId == host.osiId) {
                index = lastOrder[cursor + 1];
                cursor += 2;
            } else {
                index = hostIndex(envIndex, host.osiId);
            }
            m_hostOrder.push_back(index);
            slot.hosts.push_back({index, host.mode, host.counted, host.hostUnitsMilli, host.memoryBytes});
        }
        m_previousHosts[size_t(envIndex)].swap(m_hostOrder);

        const QPair<qint64, int> key(summary.hourStartMs, envIndex);
        auto existing = m_slotIndex.constFind(key);
        if (existing == m_slotIndex.cend()) {
            m_slotIndex.insert(key, int(m_slots.size()));
            m_slots.push_back(std::move(slot));
        } else {
            Slot &previous = m_slots[size_t(*existing)];
            addWarning(
                BuilderText::tr("hour %1 of environment %2 appears in %3 and again in %4; the later file is used")
                    .arg(Time::isoUtc(summary.hourStartMs), environment.environmentId, previous.source, source));
            previous = std::move(slot);
        }
    }
}

UsageSnapshotPtr UsageSnapshotBuilder::build()
{
    auto store = std::make_shared<UsageSnapshot>();
    store->m_clusterUuid = m_clusterUuid;
    store->m_rules = m_rules;
    store->m_archive = m_archive;
    store->m_hourFiles = m_hourFiles;

    // Sorted environments and pools; map the builder's indices onto them.
    store->m_environmentIds = m_environmentIds;
    std::sort(store->m_environmentIds.begin(), store->m_environmentIds.end());
    std::vector<int> environmentMap(size_t(m_environmentIds.size()));
    for (qsizetype i = 0; i < m_environmentIds.size(); ++i)
        environmentMap[size_t(i)] = store->environmentIndex(m_environmentIds.at(i));
    store->m_dduPools = m_pools;
    std::sort(store->m_dduPools.begin(), store->m_dduPools.end());
    const qsizetype poolCount = store->m_dduPools.size();

    store->m_hourly.reserve(m_slots.size());
    std::vector<HostSummary> hosts(m_hostKeys.size());
    std::vector<bool> hostSeen(m_hostKeys.size(), false);
    for (Slot &slot : m_slots) {
        UsageRow row = std::move(slot.usage);
        row.environment = environmentMap[size_t(slot.environment)];
        row.periodStartMs = slot.hourStartMs;
        row.dduByPool = QList<double>(poolCount, 0.0);
        for (const DduPoolUsage &pool : std::as_const(slot.ddu))
            row.dduByPool[store->m_dduPools.indexOf(pool.pool)] += pool.total;
        store->m_hourly.push_back(std::move(row));

        for (const Contribution &contribution : slot.hosts) {
            HostSummary &host = hosts[contribution.host];
            if (!hostSeen[contribution.host]) {
                hostSeen[contribution.host] = true;
                host.firstSeenMs = slot.hourStartMs;
                host.lastSeenMs = slot.hourStartMs - 1;
            }
            host.firstSeenMs = std::min(host.firstSeenMs, slot.hourStartMs);
            // Mode and memory as in the latest hour that survived duplicate replacement.
            if (slot.hourStartMs > host.lastSeenMs) {
                host.lastSeenMs = slot.hourStartMs;
                host.mode = contribution.mode;
                host.memoryBytes = contribution.memoryBytes;
            }
            ++host.hoursSeen;
            if (contribution.counted) {
                ++host.hoursCounted;
                host.hostUnitHoursMilli += contribution.hostUnitsMilli;
            }
        }
    }
    for (const auto &[index, totals] : m_hostTotals) {
        HostSummary &host = hosts[index];
        if (!hostSeen[index]) {
            hostSeen[index] = true;
            host = totals;
            continue;
        }
        host.firstSeenMs = std::min(host.firstSeenMs, totals.firstSeenMs);
        if (totals.lastSeenMs > host.lastSeenMs) {
            host.lastSeenMs = totals.lastSeenMs;
            host.mode = totals.mode;
            host.memoryBytes = totals.memoryBytes;
        }
        host.hoursSeen += totals.hoursSeen;
        host.hoursCounted += totals.hoursCounted;
        host.hostUnitHoursMilli += totals.hostUnitHoursMilli;
    }
    std::sort(store->m_hourly.begin(), store->m_hourly.end(), [](const UsageRow &a, const UsageRow &b) {
        return a.periodStartMs != b.periodStartMs ? a.periodStartMs < b.periodStartMs : a.environment < b.environment;
    });

    for (size_t i = 0; i < hosts.size(); ++i) {
        hosts[i].osiId = m_hostKeys[i].osiId;
        hosts[i].environment = environmentMap[size_t(m_hostKeys[i].environment)];
        if (hostSeen[i])
            store->m_hosts.push_back(hosts[i]);
    }
    std::sort(store->m_hosts.begin(), store->m_hosts.end(), [](const HostSummary &a, const HostSummary &b) {
        if (a.hostUnitHoursMilli != b.hostUnitHoursMilli)
            return a.hostUnitHoursMilli > b.hostUnitHoursMilli;
        if (a.environment != b.environment)
            return a.environment < b.environment;
        return quint64(a.osiId) < quint64(b.osiId);
    });

    // Per environment over the whole import, and the cluster: peaks are of the hour, not summed peaks; the cluster's
    // log storage average is over its hours with data, each hour the sum of its environments' levels.
    store->m_environmentTotals.resize(size_t(store->m_environmentIds.size()));
    for (size_t i = 0; i < store->m_environmentTotals.size(); ++i) {
        store->m_environmentTotals[i].environment = int(i);
        store->m_environmentTotals[i].dduByPool = QList<double>(poolCount, 0.0);
    }
    UsageRow &cluster = store->m_clusterTotal;
    cluster.dduByPool = QList<double>(poolCount, 0.0);
    UsageRow clusterHour;
    for (size_t i = 0; i < store->m_hourly.size(); ++i) {
        const UsageRow &row = store->m_hourly[i];
        UsageRow &total = store->m_environmentTotals[size_t(row.environment)];
        if (total.hoursWithData == 0)
            total.periodStartMs = row.periodStartMs;
        total.accumulate(row);
        // Rows are sorted by hour: fold each hour's environments into one cluster hour.
        if (i == 0 || row.periodStartMs != clusterHour.periodStartMs) {
            if (i != 0)
                cluster.accumulate(clusterHour);
            clusterHour = UsageRow();
            clusterHour.periodStartMs = row.periodStartMs;
            clusterHour.hoursWithData = 1;
        }
        UsageRow part = row;
        part.hoursWithData = 0;
        const int hostCount = clusterHour.peakHosts + row.peakHosts;
        const qint64 units = clusterHour.hostUnitHoursMilli + row.hostUnitHoursMilli;
        clusterHour.accumulate(part);
        clusterHour.peakHosts = hostCount;
        clusterHour.peakHostUnitsMilli = units;
        // The cluster's log storage at the hour is what all its environments store then.
        clusterHour.peakLogStorageBytes = clusterHour.logStorageByteHours;
    }
    if (!store->m_hourly.empty()) {
        cluster.periodStartMs = store->m_hourly.front().periodStartMs;
        cluster.accumulate(clusterHour);
    }

    // Range and gaps: hours with at least one file, against the expected or observed range.
    std::sort(m_hoursWithFiles.begin(), m_hoursWithFiles.end());
    m_hoursWithFiles.erase(std::unique(m_hoursWithFiles.begin(), m_hoursWithFiles.end()), m_hoursWithFiles.end());
    if (m_expectedRange)
        store->m_range = m_expectedRange;
    else if (!m_hoursWithFiles.isEmpty())
        store->m_range = HourRange::ofHours(m_hoursWithFiles.first(), m_hoursWithFiles.last());
    if (store->m_range) {
        const HourRange range = *store->m_range;
        qint64 expected = range.fromMs;
        auto addGap = [&](qint64 from, qint64 to) {
            if (from < to)
                store->m_gaps.append(HourRange{from, to});
        };
        for (qint64 hour : std::as_const(m_hoursWithFiles)) {
            if (!range.contains(hour))
                continue;
            addGap(expected, hour);
            expected = hour + Time::HourMs;
        }
        addGap(expected, range.toMs);
        const int outside = int(std::count_if(m_hoursWithFiles.cbegin(), m_hoursWithFiles.cend(),
                                              [&](qint64 hour) { return !range.contains(hour); }));
        if (outside > 0)
            addWarning(BuilderText::tr("%n hourly file(s) lie outside the requested range %1 to %2; they are included",
                                       nullptr, outside)
                           .arg(Time::isoUtc(range.fromMs), Time::isoUtc(range.lastHourMs())));
    }
    store->m_warnings = m_warnings;
    return store;
}

} // namespace LicenseCore
