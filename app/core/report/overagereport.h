// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <usage/usagesnapshot.h>

#include <QHash>
#include <QString>
#include <vector>

class QIODevice;

namespace LicenseCore {

// One environment's share of an hour's excess, proportional to its host units in that hour.
struct OverageShare
{
    QString environmentId;
    qint64 hostUnitsMilli = 0;
    double excessHostUnits = 0; // not a multiple of 0.001 in general: a proportion of the excess
};

// An hour whose host units exceed the quota.
struct OverageHour
{
    qint64 hourMs = 0;
    qint64 hostUnitsMilli = 0;
    qint64 excessMilli = 0;
    std::vector<OverageShare> shares; // the environments with host units in that hour, the biggest share first
};

// The hours over one quota: the cluster's quota against all environments, or one environment's against its own.
struct OverageResult
{
    QString environmentId; // empty: the whole cluster
    qint64 quotaMilli = 0;
    int hoursChecked = 0; // standing hours of the range
    qint64 peakHostUnitsMilli = 0;
    std::vector<OverageHour> hours; // in time order
    qint64 excessHostUnitHoursMilli = 0;
    QStringList environmentIds; // every environment of the range, for the CSV's share columns
    bool estimate = true;       // host units are estimated from the export, never billed figures
    QString method;             // how it was computed, in the current language ("How is this computed?")
};

// Overage: the hours in which the host units counted exceed a host-unit quota (docs/rules.md, "Overage").
class OverageReport final
{
public:
    // The cluster-wide hours of `snapshot` over `quotaMilli` (> 0), each environment's share of each.
    [[nodiscard]] static OverageResult compute(const UsageSnapshot &snapshot, qint64 quotaMilli);
    // Per environment with a quota (environment id → quota in milli host units), the hours over its own quota;
    // environments without one are left out. Ordered by environment id.
    [[nodiscard]] static std::vector<OverageResult> computePerEnvironment(const UsageSnapshot &snapshot,
                                                                          const QHash<QString, qint64> &quotasMilli);

    // hour_start_utc,host_units,quota,excess_host_units,scope,environment_id, then excess_<environment id> per
    // environment of the range (its share). First the cluster's rows (scope "cluster", no environment id), one per
    // hour over its quota in time order; then, environment by environment, the hours over its own quota (scope
    // "environment", its id), host units, quota and excess being the environment's own, its share column the excess.
    [[nodiscard]] static QStringList header(const OverageResult &result);
    [[nodiscard]] static Error write(QIODevice &device, const OverageResult &result,
                                     const std::vector<OverageResult> &environments = {});
    // Atomically: on any failure the file at `path` is left as it was.
    [[nodiscard]] static Error save(const QString &path, const OverageResult &result,
                                    const std::vector<OverageResult> &environments = {});
};

} // namespace LicenseCore
