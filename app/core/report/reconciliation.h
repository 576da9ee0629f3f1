// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <common/hourrange.h>
#include <usage/usagesnapshot.h>

#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace LicenseCore {

// What the cluster bills for the license period, as its /clusterLicense reports it. The caller fills it: this room
// lies below the cluster client and takes plain values. Empty figures are units the cluster does not report.
struct BilledUsage
{
    bool reachable = false; // false: the cluster did not answer; the estimate stands alone
    QString unreachableReason;
    std::optional<double> hostUnits;
    std::optional<double> demUnits;
    std::optional<double> ddus;
    std::optional<qint64> lastBillingMs; // the end of what the cluster has billed so far
};

// One figure: the history's estimate beside the billed value.
struct ReconciliationLine
{
    QString metric; // host_units_peak, host_unit_hours, dem_units, ddu
    double estimate = 0;
    std::optional<double> billed;

    [[nodiscard]] std::optional<double> difference() const;
    // The difference in percent of the billed value; empty without a billed value or when it is zero.
    [[nodiscard]] std::optional<double> differencePercent() const;
};

// A likely reason why the two differ, with the facts that point to it.
struct ReconciliationReason
{
    QString kind; // missing_hours, late_records, trial_environments, estimation_rules
    QString evidence;
};

struct Reconciliation
{
    HourRange period;
    QList<ReconciliationLine> lines;
    QList<ReconciliationReason> reasons;
    QString unreachableReason; // set when the cluster did not answer
};

// The estimate from the history for a license period next to what the cluster billed (docs/rules.md,
// "Reconciliation"). Pure: the caller reads the snapshot of the period and the cluster's license.
class Reconciler final
{
public:
    Reconciler() = delete;

    // How many of the most recent hours are taken as not billed yet when the cluster gives no last billing time:
    // the cluster bills about two hours late.
    static constexpr int BillingLagHours = 2;

    // `snapshot` covers `period` (its gaps are the hours missing from the history); `nowMs` ends the period early
    // while it runs. `defaults` are the estimation rules a fresh installation uses.
    [[nodiscard]] static Reconciliation compute(const UsageSnapshot &snapshot, HourRange period,
                                                const BilledUsage &billed, const RuleSettings &defaults = {});
    // The license period containing `nowMs` for a license year starting in `startMonth` (1 to 12), on the first
    // of that month, 00:00 UTC.
    [[nodiscard]] static HourRange licenseYear(qint64 nowMs, int startMonth);
    // CSV: "metric,estimate,billed,difference,difference_percent" with one line per figure, an empty line, then
    // "reason,evidence" with the period, the unreachable cluster if so, and each likely reason.
    [[nodiscard]] static Error write(QIODevice &device, const Reconciliation &reconciliation);
    [[nodiscard]] static Error save(const QString &path, const Reconciliation &reconciliation);
};

} // namespace LicenseCore
