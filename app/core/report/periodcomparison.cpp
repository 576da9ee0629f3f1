// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <common/timeutil.h>
#include <report/csvwriter.h>
#include <report/periodcomparison.h>
#include <report/reportcsv.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <map>

namespace LicenseCore {

namespace {

struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::PeriodComparison)
};

// The figures of one environment (or of all) over one period, by metric name.
using Figures = std::map<QString, double>;

const QString HostUnitHours = QStringLiteral("host_unit_hours");
const QString PeakHostUnits = QStringLiteral("peak_host_units");
const QString DemUnits = QStringLiteral("dem_units");
const QString DduTotal = QStringLiteral("ddu_total");
const QString Sessions = QStringLiteral("sessions");
const QString LogUpload = QStringLiteral("log_upload_bytes");
const QString LogStoragePeak = QStringLiteral("log_storage_peak_bytes");
const QString LogStorageAverage = QStringLiteral("log_storage_average_bytes");

// The additive figures and the peak of a total row (an environment's, or the cluster's).
void addTotals(Figures &figures, const UsageRow &row, const QStringList &pools)
{
    figures[HostUnitHours] = double(row.hostUnitHoursMilli) / 1000.0;
    figures[PeakHostUnits] = double(row.peakHostUnitsMilli) / 1000.0;
    figures[DemUnits] = row.demUnits;
    figures[DduTotal] = row.dduTotal;
    for (qsizetype p = 0; p < pools.size() && p < row.dduByPool.size(); ++p)
        figures[CsvWriter::poolColumn(pools.at(p))] += row.dduByPool.at(p);
    figures[Sessions] = double(row.userSessions());
    figures[LogUpload] = double(row.logUploadBytes);
}

// Log storage is a level, not a flow: its peak and its mean over the hours with data, from the hourly rows (for
// the total, the environments' levels of each hour added up first).
struct Level
{
    qint64 peak = 0;
    double sum = 0;
    int hours = 0;

    void add(qint64 value)
    {
        peak = std::max(peak, value);
        sum += double(value);
        ++hours;
    }
    void store(Figures &figures) const
    {
        figures[LogStoragePeak] = double(peak);
        figures[LogStorageAverage] = hours > 0 ? sum / hours : 0.0;
    }
};

// Per environment id, and under PeriodComparison::TotalId for all, the figures of one snapshot.
std::map<QString, Figures> figuresOf(const UsageSnapshot &snapshot)
{
    std::map<QString, Figures> all;
    const QStringList &ids = snapshot.environmentIds();
    for (const UsageRow &row : snapshot.environmentTotals())
        addTotals(all[ids.value(row.environment)], row, snapshot.dduPools());
    addTotals(all[PeriodComparison::TotalId], snapshot.clusterTotal(), snapshot.dduPools());

    std::vector<Level> levels(size_t(ids.size()));
    Level total;
    const std::vector<UsageRow> &hourly = snapshot.hourly(); // ordered by hour
    for (size_t begin = 0; begin < hourly.size();) {
        qint64 hourSum = 0;
        size_t end = begin;
        for (; end < hourly.size() && hourly[end].periodStartMs == hourly[begin].periodStartMs; ++end) {
            levels[size_t(hourly[end].environment)].add(hourly[end].peakLogStorageBytes);
            hourSum += hourly[end].peakLogStorageBytes;
        }
        total.add(hourSum);
        begin = end;
    }
    for (qsizetype e = 0; e < ids.size(); ++e) {
        if (all.count(ids.at(e)) > 0)
            levels[size_t(e)].store(all[ids.at(e)]);
    }
    total.store(all[PeriodComparison::TotalId]);
    return all;
}

int hoursOf(const UsageSnapshot &snapshot)
{
    QSet<qint64> hours;
    for (const UsageRow &row : snapshot.hourly())
        hours.insert(row.periodStartMs);
    return int(hours.size());
}

} // namespace

std::optional<double> ComparisonRow::changePercent() const
{
    if (before == 0)
        return std::nullopt;
    return (after - before) / std::abs(before) * 100.0;
}

ComparisonResult PeriodComparison::compute(const UsageSnapshot &before, const UsageSnapshot &after)
{
    ComparisonResult result;
    if (before.range())
        result.before = *before.range();
    if (after.range())
        result.after = *after.range();
    result.hoursBefore = hoursOf(before);
    result.hoursAfter = hoursOf(after);

    // The pools of either period, each a metric of every environment: a pool used only before shows 0 after.
    QStringList poolColumns;
    for (const QString &pool : before.dduPools() + after.dduPools()) {
        const QString column = CsvWriter::poolColumn(pool);
        if (!poolColumns.contains(column))
            poolColumns.append(column);
    }
    std::sort(poolColumns.begin(), poolColumns.end());
    result.metrics = QStringList{HostUnitHours, PeakHostUnits, DemUnits, DduTotal} + poolColumns +
                     QStringList{Sessions, LogUpload, LogStoragePeak, LogStorageAverage};

    const std::map<QString, Figures> figuresBefore = figuresOf(before);
    const std::map<QString, Figures> figuresAfter = figuresOf(after);
    QStringList environments;
    for (const auto &[id, figures] : figuresBefore)
        environments.append(id);
    for (const auto &[id, figures] : figuresAfter) {
        if (figuresBefore.count(id) == 0)
            environments.append(id);
    }
    environments.removeAll(TotalId);
    std::sort(environments.begin(), environments.end());
    environments.append(TotalId);

    auto value = [](const std::map<QString, Figures> &all, const QString &id, const QString &metric) {
        const auto figures = all.find(id);
        if (figures == all.end())
            return 0.0;
        const auto found = figures->second.find(metric);
        return found == figures->second.end() ? 0.0 : found->second;
    };
    for (const QString &id : environments) {
        for (const QString &metric : result.metrics)
            result.rows.push_back({id, metric, value(figuresBefore, id, metric), value(figuresAfter, id, metric)});
    }

    //: %1-%4 the periods' starts and ends, %5 and %6 the hours with data in each.
    result.method =
        ComparisonText::tr(
            "Each figure is computed over the hours of each period that the history holds (%1 to %2, and %3 to %4; "
            "hours with data: %5 and %6), per environment and for all together. Host-unit hours, DEM units, DDUs, "
            "sessions (visits and mobile sessions) and the log upload volume are sums. Peak host units are those "
            "of the busiest hour. Log storage is a level, not a flow: its peak and its average over the hours with "
            "data are shown, never its sum. The change is after minus before; the relative change is that "
            "divided by before, and left empty when before is zero. Host units and DEM units are estimated by "
            "the rules in the settings.")
            .arg(Time::isoUtc(result.before.fromMs), Time::isoUtc(result.before.toMs),
                 Time::isoUtc(result.after.fromMs), Time::isoUtc(result.after.toMs))
            .arg(result.hoursBefore)
            .arg(result.hoursAfter);
    return result;
}

QStringList PeriodComparison::header()
{
    return {QStringLiteral("environment_id"), QStringLiteral("environment_name"),
            QStringLiteral("metric"),         QStringLiteral("before"),
            QStringLiteral("after"),          QStringLiteral("change"),
            QStringLiteral("change_percent")};
}

Error PeriodComparison::write(QIODevice &device, const ComparisonResult &result, const EnvironmentNames &names)
{
    QByteArray out = ReportCsv::line(header());
    for (const ComparisonRow &row : result.rows) {
        const std::optional<double> percent = row.changePercent();
        out += ReportCsv::line({row.environmentId,
                                row.environmentId == TotalId ? QString() : names.value(row.environmentId), row.metric,
                                formatDecimal(row.before), formatDecimal(row.after), formatDecimal(row.change()),
                                percent ? formatDecimal(*percent) : QString()});
    }
    return ReportCsv::writeAll(device, out, QString());
}

Error PeriodComparison::save(const QString &path, const ComparisonResult &result, const EnvironmentNames &names)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Error error = write(buffer, result, names); error.isError())
        return error;
    return ReportCsv::save(path, buffer.data());
}

} // namespace LicenseCore
