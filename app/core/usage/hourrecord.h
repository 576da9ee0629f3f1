// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <QtGlobal>
#include <vector>

namespace LicenseCore {

// The parsed content of one hourly file of an export (DOMAIN.md §3), before any rule is applied.
// Short-lived: the importer turns it into an HourSummary right away.

enum class HostMode : quint8
{
    FullStack,
    Infrastructure,
    PaaS
};

struct ActivityInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

struct HostHour
{
    qint64 osiId = 0; // exact signed 64 bits; the entity id is the same bits as unsigned hex
    bool paas = false;
    bool infrastructureOnly = false;
    qint64 hostMemoryBytes = 0;
    qint64 paasMemoryLimitBytes = 0; // "passMemoryLimit" in the file
    // All agents' usage records, unclipped; inline storage because a host has one to three of them and a
    // large export has millions of host-hours.
    QVarLengthArray<ActivityInterval, 4> activity;
};

struct DduPoolUsage
{
    QString pool;
    double total = 0.0;
};

struct EnvironmentHour
{
    QString environmentId;
    qint64 visits = 0;
    qint64 mobileSessions = 0;
    qint64 sessionReplays = 0;
    qint64 mobileSessionReplays = 0;
    qint64 rumUserProperties = 0;
    qint64 syntheticBrowserExecutions = 0;
    qint64 syntheticHttpExecutions = 0;
    qint64 syntheticUnknownExecutions = 0; // monitor types other than 1 and 2: reported, not estimated
    QList<DduPoolUsage> ddu;
    qint64 customMetrics = 0;
    qint64 logStorageBytes = 0;
    qint64 logUploadBytes = 0;
    bool trial = false;
    std::vector<HostHour> hosts;
};

struct HourRecord
{
    QString clusterUuid;
    qint64 timeFrameStartMs = 0;
    qint64 timeFrameEndMs = 0; // start + 1 h when the file has none
    std::vector<EnvironmentHour> environments;
    QStringList warnings; // tolerated oddities worth telling the user about
};

} // namespace LicenseCore
