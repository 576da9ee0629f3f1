// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <common/timeutil.h>
#include <report/overagereport.h>
#include <report/reportcsv.h>

#include <QBuffer>
#include <QCoreApplication>
#include <algorithm>

namespace LicenseCore {

namespace {

struct OverageText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::OverageReport)
};

// The hourly rows of one hour: [begin, end) of snapshot.hourly(), which is ordered by hour.
template<typename Visit> void forEachHour(const UsageSnapshot &snapshot, Visit &&visit)
{
    const std::vector<UsageRow> &rows = snapshot.hourly();
    for (size_t begin = 0; begin < rows.size();) {
        size_t end = begin;
        while (end < rows.size() && rows[end].periodStartMs == rows[begin].periodStartMs)
            ++end;
        visit(rows.begin() + qsizetype(begin), rows.begin() + qsizetype(end));
        begin = end;
    }
}

QString describe(const OverageResult &result)
{
    //: %1 the quota in host units, %n the hours read, %3 the hours over the quota, %4 their excess host-unit hours.
    return OverageText::tr(
               "An hour is over the quota when the host units of every host counted in that hour, all environments "
               "together, exceed the quota of %1 host units. Each such hour's excess is the host units above the "
               "quota; each environment's share of it is proportional to its host units in that hour. Hosts are "
               "counted and weighed by the estimation rules in the settings, so these are estimates, not billed "
               "figures. Read: %n hour(s) of the history; %3 over the quota, %4 excess host-unit hours in total.",
               nullptr, result.hoursChecked)
        .arg(formatMilli(result.quotaMilli))
        .arg(result.hours.size())
        .arg(formatMilli(result.excessHostUnitHoursMilli));
}

QString describeEnvironment(const OverageResult &result)
{
    //: %1 the environment, %2 its quota in host units, %3 the hours over it, %4 their excess host-unit hours.
    return OverageText::tr(
               "An hour is over the quota of environment %1 when the host units of its hosts counted in "
               "that hour exceed its quota of %2 host units; the excess is the host units above it. "
               "Estimated by the rules in the settings. Hours over the quota: %3; excess host-unit hours in "
               "total: %4.")
        .arg(result.environmentId, formatMilli(result.quotaMilli))
        .arg(result.hours.size())
        .arg(formatMilli(result.excessHostUnitHoursMilli));
}

} // namespace

OverageResult OverageReport::compute(const UsageSnapshot &snapshot, qint64 quotaMilli)
{
    OverageResult result;
    result.quotaMilli = quotaMilli;
    result.environmentIds = snapshot.environmentIds();
    forEachHour(snapshot, [&](auto begin, auto end) {
        ++result.hoursChecked;
        qint64 total = 0;
        for (auto row = begin; row != end; ++row)
            total += row->hostUnitHoursMilli; // an hourly row's host-unit hours are its host units
        result.peakHostUnitsMilli = std::max(result.peakHostUnitsMilli, total);
        if (total <= quotaMilli)
            return;
        OverageHour hour;
        hour.hourMs = begin->periodStartMs;
        hour.hostUnitsMilli = total;
        hour.excessMilli = total - quotaMilli;
        for (auto row = begin; row != end; ++row) {
            if (row->hostUnitHoursMilli == 0)
                continue;
            hour.shares.push_back(
                {snapshot.environmentIds().value(row->environment), row->hostUnitHoursMilli,
                 double(hour.excessMilli) * double(row->hostUnitHoursMilli) / double(total) / 1000.0});
        }
        std::stable_sort(hour.shares.begin(), hour.shares.end(), [](const OverageShare &a, const OverageShare &b) {
            return a.hostUnitsMilli > b.hostUnitsMilli;
        });
        result.excessHostUnitHoursMilli += hour.excessMilli;
        result.hours.push_back(std::move(hour));
    });
    result.method = describe(result);
    return result;
}

std::vector<OverageResult> OverageReport::computePerEnvironment(const UsageSnapshot &snapshot,
                                                                const QHash<QString, qint64> &quotasMilli)
{
    std::vector<OverageResult> results;
    const QStringList &ids = snapshot.environmentIds(); // sorted
    std::vector<int> place(size_t(ids.size()), -1);
    for (qsizetype e = 0; e < ids.size(); ++e) {
        if (!quotasMilli.contains(ids.at(e)))
            continue;
        place[size_t(e)] = int(results.size());
        OverageResult &result = results.emplace_back();
        result.environmentId = ids.at(e);
        result.environmentIds = {ids.at(e)};
        result.quotaMilli = quotasMilli.value(ids.at(e));
    }
    for (const UsageRow &row : snapshot.hourly()) {
        const int at = place[size_t(row.environment)];
        if (at < 0)
            continue;
        OverageResult &result = results[size_t(at)];
        ++result.hoursChecked;
        result.peakHostUnitsMilli = std::max(result.peakHostUnitsMilli, row.hostUnitHoursMilli);
        if (row.hostUnitHoursMilli <= result.quotaMilli)
            continue;
        const qint64 excess = row.hostUnitHoursMilli - result.quotaMilli;
        result.hours.push_back({row.periodStartMs,
                                row.hostUnitHoursMilli,
                                excess,
                                {{result.environmentId, row.hostUnitHoursMilli, double(excess) / 1000.0}}});
        result.excessHostUnitHoursMilli += excess;
    }
    for (OverageResult &result : results)
        result.method = describeEnvironment(result);
    return results;
}

QStringList OverageReport::header(const OverageResult &result)
{
    QStringList columns = {QStringLiteral("hour_start_utc"), QStringLiteral("host_units"),
                           QStringLiteral("quota"),          QStringLiteral("excess_host_units"),
                           QStringLiteral("scope"),          QStringLiteral("environment_id")};
    for (const QString &id : result.environmentIds)
        columns.append(QStringLiteral("excess_") + id);
    return columns;
}

Error OverageReport::write(QIODevice &device, const OverageResult &result,
                           const std::vector<OverageResult> &environments)
{
    QByteArray out = ReportCsv::line(header(result));
    // The share columns are the cluster's environments; an environment's own row fills its column with its excess,
    // so that in every row the shares add up to the excess.
    const auto rows = [&](const OverageResult &scope) {
        const bool cluster = scope.environmentId.isEmpty();
        for (const OverageHour &hour : scope.hours) {
            QStringList fields = {Time::isoUtc(hour.hourMs),
                                  formatMilli(hour.hostUnitsMilli),
                                  formatMilli(scope.quotaMilli),
                                  formatMilli(hour.excessMilli),
                                  cluster ? QStringLiteral("cluster") : QStringLiteral("environment"),
                                  scope.environmentId};
            for (const QString &id : result.environmentIds) {
                const auto share = std::find_if(hour.shares.cbegin(), hour.shares.cend(),
                                                [&](const OverageShare &s) { return s.environmentId == id; });
                fields.append(formatDecimal(share == hour.shares.cend() ? 0.0 : share->excessHostUnits));
            }
            out += ReportCsv::line(fields);
        }
    };
    rows(result);
    for (const OverageResult &environment : environments)
        rows(environment);
    return ReportCsv::writeAll(device, out, QString());
}

Error OverageReport::save(const QString &path, const OverageResult &result,
                          const std::vector<OverageResult> &environments)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Error error = write(buffer, result, environments); error.isError())
        return error;
    return ReportCsv::save(path, buffer.data());
}

} // namespace LicenseCore
