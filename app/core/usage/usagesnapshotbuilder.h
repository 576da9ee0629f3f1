// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hoursummary.h>
#include <usage/usagesnapshot.h>

#include <QHash>
#include <vector>

namespace LicenseCore {

// Folds hour summaries, in archive order, into a UsageSnapshot. Memory grows with hours × environments and
// with host-hours at 24 bytes each (kept so that a duplicate hour can replace an earlier one exactly),
// never with the size of the JSON.
class UsageSnapshotBuilder final
{
public:
    explicit UsageSnapshotBuilder(RuleSettings rules = {});
    Q_DISABLE_COPY_MOVE(UsageSnapshotBuilder)

    // `source` names the file in warnings. A later summary for an (hour, environment) already added
    // replaces it, with a warning.
    void add(HourSummary &&summary, const QString &source);
    void addWarning(const QString &text);
    // A host's figures summed elsewhere (the history store sums them from its host runs, and adds hour
    // summaries without hosts): merged with what add() gathers for the same host. Hours and host units add up,
    // first and last seen widen, mode and memory come from whichever has the later last hour.
    void addHostTotals(const QString &environmentId, const HostSummary &host);
    // The range the user asked for; hours of it without a file become gaps.
    void setExpectedRange(HourRange range);
    void setArchiveInfo(const ArchiveInfo &info);

    [[nodiscard]] UsageSnapshotPtr build();

private:
    struct Contribution
    {
        quint32 host = 0;
        HostMode mode = HostMode::FullStack;
        bool counted = false;
        qint64 hostUnitsMilli = 0;
        qint64 memoryBytes = 0;
    };
    struct Slot
    {
        qint64 hourStartMs = 0;
        int environment = 0; // builder's index
        UsageRow usage;
        QList<DduPoolUsage> ddu;
        std::vector<Contribution> hosts;
        QString source;
    };
    struct HostKey
    {
        qint64 osiId = 0;
        int environment = 0;
    };

    int environmentIndex(const QString &environmentId);
    quint32 hostIndex(int environment, qint64 osiId);

    RuleSettings m_rules;
    QString m_clusterUuid;
    QStringList m_environmentIds;
    QHash<QString, int> m_environmentIndex;
    QHash<QString, int> m_poolIndex;
    QStringList m_pools;
    std::vector<Slot> m_slots;
    QHash<QPair<qint64, int>, int> m_slotIndex;
    std::vector<HostKey> m_hostKeys;
    std::vector<QHash<qint64, quint32>> m_hostIndex;   // per environment: osiId → host
    std::vector<std::vector<quint32>> m_previousHosts; // per environment: its hosts in its last hour, in file order
    std::vector<quint32> m_hostOrder;                  // the hour being added, swapped with the above
    std::vector<std::pair<quint32, HostSummary>> m_hostTotals;
    QList<qint64> m_hoursWithFiles;
    QList<ImportWarning> m_warnings;
    QHash<QString, int> m_warningIndex;
    std::optional<HourRange> m_expectedRange;
    ArchiveInfo m_archive;
    int m_hourFiles = 0;
};

} // namespace LicenseCore
