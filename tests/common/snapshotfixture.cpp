// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfixture.h"

#include <usage/hourparser.h>
#include <usage/usagesnapshotbuilder.h>

#include <QtGlobal>

using namespace LicenseCore;

namespace TestFixture {

const char HandHourOne[] = R"({
  "clusterUuid": "cluster-1",
  "timeFrameStart": "2026-10-01T13:00:00Z",
  "environmentBillingEntries": [
    {"environmentUuid": "env-b", "visits": 10, "mobileSessions": 2, "sessionReplays": 1, "mobileSessionReplays": 0,
     "totalRUMUserPropertiesUsed": 5,
     "hostUsages": [
       {"osiId": 1, "infrastructureOnly": false, "paas": false, "hostMemoryBytes": 8589934592, "agentUsages": []},
       {"osiId": 2, "infrastructureOnly": true, "paas": false, "hostMemoryBytes": 34359738368}
     ],
     "syntheticBillingUsage": [
       {"monitorTypeId": 1, "testId": 9, "publicExecutions": 2, "privateExecutions": 1},
       {"monitorTypeId": 2, "testId": 10, "publicExecutions": 10, "privateExecutions": 0}
     ],
     "davisDataUnits": [{"pool": "Metrics", "total": 1.5}, {"pool": "Log", "total": 0.25}],
     "customMetrics": [{"source": "api", "total": 7}],
     "logStorageUsageBytes": 100, "logUploadVolumeBytes": 200, "trial": false},
    {"environmentUuid": "env-a", "trial": true, "customMetrics": null,
     "hostUsages": [{"osiId": 3, "paas": true, "infrastructureOnly": false, "hostMemoryBytes": 68719476736,
                     "passMemoryLimit": 2147483648}]}
  ]
})";

const char HandHourTwo[] = R"({
  "clusterUuid": "cluster-1",
  "timeFrameStart": "1790863200000",
  "environmentBillingEntries": [
    {"environmentUuid": "env-a", "trial": true,
     "hostUsages": [{"osiId": 4, "hostMemoryBytes": 1073741824, "agentUsages": [{"agentUsageRecords": [
        {"startTime": 1790863200000, "endTime": 1790863380000}]}]}]}
  ]
})";

UsageSnapshotPtr snapshotOf(const QList<QByteArray> &hourlyFiles, const RuleSettings &rules)
{
    UsageSnapshotBuilder builder;
    for (const QByteArray &json : hourlyFiles) {
        Result<HourRecord> record = parseHourRecord(json, QStringLiteral("test"));
        if (!record)
            qFatal("test input does not parse: %s", qPrintable(record.error().message()));
        builder.add(summarizeHour(std::move(record).value(), rules), QStringLiteral("test"));
    }
    return builder.build();
}

HourSummary hourOf(qint64 hourStartMs, std::vector<EnvironmentHourSummary> environments)
{
    HourSummary summary;
    summary.clusterUuid = QStringLiteral("cluster-1");
    summary.hourStartMs = hourStartMs;
    summary.environments = std::move(environments);
    return summary;
}

UsageSnapshotPtr handSnapshot()
{
    return snapshotOf({QByteArray(HandHourOne), QByteArray(HandHourTwo)});
}

} // namespace TestFixture
