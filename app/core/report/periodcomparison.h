// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <common/hourrange.h>
#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QIODevice;

namespace LicenseCore {

// One figure of one environment (or of all) in both periods.
struct ComparisonRow
{
    QString environmentId; // PeriodComparison::TotalId for all environments together
    QString metric;        // the CSV's name: host_unit_hours, peak_host_units, dem_units, ddu_total, ddu_<pool>, ...
    double before = 0;
    double after = 0;

    [[nodiscard]] double change() const { return after - before; }
    // nullopt when `before` is 0: no relative change from nothing.
    [[nodiscard]] std::optional<double> changePercent() const;
};

struct ComparisonResult
{
    HourRange before;
    HourRange after;
    int hoursBefore = 0; // standing hours in each period
    int hoursAfter = 0;
    // Per environment (by id) the metrics in a fixed order, then the total's; every environment of either period.
    std::vector<ComparisonRow> rows;
    QStringList metrics; // the metric names in their order
    bool estimate = true;
    QString method;
};

// Two periods side by side (docs/rules.md, "Period comparison"): host-unit hours, peak host units, DEM units, DDUs
// (total and per pool), sessions, log upload volume (summed: a flow) and log storage (a level: its peak and its
// average over the hours with data, never a sum).
class PeriodComparison final
{
public:
    static inline const QString TotalId = QStringLiteral("total");

    [[nodiscard]] static ComparisonResult compute(const UsageSnapshot &before, const UsageSnapshot &after);

    // environment_id,environment_name,metric,before,after,change,change_percent (empty when before is 0).
    [[nodiscard]] static QStringList header();
    [[nodiscard]] static Error write(QIODevice &device, const ComparisonResult &result, const EnvironmentNames &names);
    [[nodiscard]] static Error save(const QString &path, const ComparisonResult &result, const EnvironmentNames &names);
};

} // namespace LicenseCore
