// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <archive/archiveinfo.h>
#include <common/hourrange.h>
#include <usage/licenserules.h>
#include <usage/usagerow.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace LicenseCore {

struct HostSummary
{
    qint64 osiId = 0;
    int environment = 0;
    HostMode mode = HostMode::FullStack; // as in the latest hour seen
    qint64 memoryBytes = 0;              // as in the latest hour seen
    int hoursSeen = 0;
    int hoursCounted = 0;
    qint64 hostUnitHoursMilli = 0;
    qint64 firstSeenMs = 0; // start of the first and last hour the host appears in
    qint64 lastSeenMs = 0;

    [[nodiscard]] QString entityId() const;
};

struct ImportWarning
{
    QString text;
    int count = 1; // identical warnings are reported once with their count
};

enum class Granularity
{
    Hour,
    Day,
    Month
};

// The result of an import: immutable once built, shared between threads and views as
// std::shared_ptr<const UsageSnapshot>. Environments and pools are sorted; hourly rows are ordered by hour,
// then environment id.
class UsageSnapshot final
{
public:
    UsageSnapshot() = default;

    [[nodiscard]] const QString &clusterUuid() const { return m_clusterUuid; }
    [[nodiscard]] const QStringList &environmentIds() const { return m_environmentIds; }
    [[nodiscard]] int environmentIndex(const QString &environmentId) const;
    [[nodiscard]] const QStringList &dduPools() const { return m_dduPools; }

    [[nodiscard]] const std::vector<UsageRow> &hourly() const { return m_hourly; }
    // One row per environment over the whole import (periodStartMs: its first hour).
    [[nodiscard]] const std::vector<UsageRow> &environmentTotals() const { return m_environmentTotals; }
    // All environments together: host-unit hours, peak host units of the busiest hour, sums.
    [[nodiscard]] const UsageRow &clusterTotal() const { return m_clusterTotal; }
    // Per host, the biggest consumers first.
    [[nodiscard]] const std::vector<HostSummary> &hosts() const { return m_hosts; }

    // Day or month roll-ups in UTC (Hour returns the hourly rows), ordered by period, then environment.
    [[nodiscard]] std::vector<UsageRow> rollUp(Granularity granularity) const;

    [[nodiscard]] bool isEmpty() const { return m_hourly.empty() && m_hourFiles == 0; }
    // The hours the import covers: the expected range when one was given, else first to last hour with a file.
    [[nodiscard]] std::optional<HourRange> range() const { return m_range; }
    // Hours of the range without any file, as contiguous runs.
    [[nodiscard]] const QList<HourRange> &gaps() const { return m_gaps; }
    [[nodiscard]] int missingHours() const;
    [[nodiscard]] const QList<ImportWarning> &warnings() const { return m_warnings; }
    [[nodiscard]] int hourFiles() const { return m_hourFiles; }
    [[nodiscard]] const RuleSettings &rules() const { return m_rules; }
    [[nodiscard]] const ArchiveInfo &archive() const { return m_archive; }

private:
    friend class UsageSnapshotBuilder;

    QString m_clusterUuid;
    QStringList m_environmentIds;
    QStringList m_dduPools;
    std::vector<UsageRow> m_hourly;
    std::vector<UsageRow> m_environmentTotals;
    UsageRow m_clusterTotal;
    std::vector<HostSummary> m_hosts;
    std::optional<HourRange> m_range;
    QList<HourRange> m_gaps;
    QList<ImportWarning> m_warnings;
    int m_hourFiles = 0;
    RuleSettings m_rules;
    ArchiveInfo m_archive;
};

using UsageSnapshotPtr = std::shared_ptr<const UsageSnapshot>;

} // namespace LicenseCore
