// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <common/timeutil.h>
#include <report/hostchurn.h>
#include <report/reportcsv.h>
#include <usage/licenserules.h>

#include <QBuffer>
#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <tuple>

namespace LicenseCore {

namespace {

struct ChurnText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::HostChurn)
};

QString describe(const ChurnResult &result)
{
    //: %1-%4 the periods' starts and ends, %5 the hosts compared, %6 and %7 the host-unit hours of each period.
    return ChurnText::tr(
               "Every host counted in at least one hour of either period (%1 to %2, and %3 to %4), per environment: "
               "added if counted only after, removed if counted only before, mode changed if its mode in its last "
               "counted hour differs between the periods, resized if the mode is the same but its host units are "
               "not, else unchanged. Host units and mode are those of the host's last counted hour in each period; "
               "host-unit hours are summed over its counted hours. Sorted by the size of the difference. Estimated "
               "by the rules in the settings. Hosts compared: %5; host-unit hours: %6 before, %7 after.")
        .arg(Time::isoUtc(result.before.fromMs), Time::isoUtc(result.before.toMs), Time::isoUtc(result.after.fromMs),
             Time::isoUtc(result.after.toMs))
        .arg(result.rows.size())
        .arg(formatMilli(result.hostUnitHoursBeforeMilli), formatMilli(result.hostUnitHoursAfterMilli));
}

} // namespace

QString ChurnRow::hostId() const
{
    return Rules::hostEntityId(osiId);
}

ChurnResult HostChurn::compute(HourRange before, const std::vector<HostPeriod> &hostsBefore, HourRange after,
                               const std::vector<HostPeriod> &hostsAfter)
{
    ChurnResult result;
    result.before = before;
    result.after = after;
    std::map<std::pair<QString, qint64>, ChurnRow> rows;
    for (const HostPeriod &host : hostsBefore) {
        if (host.hoursCounted == 0)
            continue;
        ChurnRow &row = rows[{host.environmentId, host.osiId}];
        row.environmentId = host.environmentId;
        row.osiId = host.osiId;
        row.modeBefore = host.mode;
        row.hostUnitsBeforeMilli = host.hostUnitsMilli;
        row.hostUnitHoursBeforeMilli += host.hostUnitHoursMilli;
        result.hostUnitHoursBeforeMilli += host.hostUnitHoursMilli;
    }
    for (const HostPeriod &host : hostsAfter) {
        if (host.hoursCounted == 0)
            continue;
        ChurnRow &row = rows[{host.environmentId, host.osiId}];
        row.environmentId = host.environmentId;
        row.osiId = host.osiId;
        row.modeAfter = host.mode;
        row.hostUnitsAfterMilli = host.hostUnitsMilli;
        row.hostUnitHoursAfterMilli += host.hostUnitHoursMilli;
        result.hostUnitHoursAfterMilli += host.hostUnitHoursMilli;
    }
    result.rows.reserve(rows.size());
    for (auto &[key, row] : rows) {
        if (!row.modeBefore)
            row.change = HostChange::Added;
        else if (!row.modeAfter)
            row.change = HostChange::Removed;
        else if (*row.modeBefore != *row.modeAfter)
            row.change = HostChange::ModeChanged;
        else if (row.hostUnitsBeforeMilli != row.hostUnitsAfterMilli)
            row.change = HostChange::Resized;
        else
            row.change = HostChange::Unchanged;
        ++result.counts[int(row.change)];
        result.rows.push_back(std::move(row));
    }
    // Impact first; the map's order (environment, host) breaks ties, so the order never depends on the input's.
    std::stable_sort(result.rows.begin(), result.rows.end(), [](const ChurnRow &a, const ChurnRow &b) {
        return std::abs(a.differenceMilli()) > std::abs(b.differenceMilli());
    });
    result.method = describe(result);
    return result;
}

QString HostChurn::changeName(HostChange change)
{
    switch (change) {
    case HostChange::Added:
        return QStringLiteral("added");
    case HostChange::Removed:
        return QStringLiteral("removed");
    case HostChange::ModeChanged:
        return QStringLiteral("mode_changed");
    case HostChange::Resized:
        return QStringLiteral("resized");
    case HostChange::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QString HostChurn::modeName(std::optional<HostMode> mode)
{
    if (!mode)
        return {};
    switch (*mode) {
    case HostMode::FullStack:
        return QStringLiteral("full_stack");
    case HostMode::Infrastructure:
        return QStringLiteral("infrastructure");
    case HostMode::PaaS:
        break;
    }
    return QStringLiteral("paas");
}

QStringList HostChurn::header()
{
    return {QStringLiteral("host_id"),
            QStringLiteral("environment_id"),
            QStringLiteral("change"),
            QStringLiteral("mode_before"),
            QStringLiteral("mode_after"),
            QStringLiteral("host_units_before"),
            QStringLiteral("host_units_after"),
            QStringLiteral("host_unit_hours_before"),
            QStringLiteral("host_unit_hours_after"),
            QStringLiteral("host_unit_hours_difference")};
}

Error HostChurn::write(QIODevice &device, const ChurnResult &result, bool includeUnchanged)
{
    QByteArray out = ReportCsv::line(header());
    for (const ChurnRow &row : result.rows) {
        if (row.change == HostChange::Unchanged && !includeUnchanged)
            continue;
        // A period the host was not counted in has no mode and no host units: empty fields, not zeros.
        out += ReportCsv::line({row.hostId(), row.environmentId, changeName(row.change), modeName(row.modeBefore),
                                modeName(row.modeAfter),
                                row.modeBefore ? formatMilli(row.hostUnitsBeforeMilli) : QString(),
                                row.modeAfter ? formatMilli(row.hostUnitsAfterMilli) : QString(),
                                formatMilli(row.hostUnitHoursBeforeMilli), formatMilli(row.hostUnitHoursAfterMilli),
                                formatMilli(row.differenceMilli())});
    }
    return ReportCsv::writeAll(device, out, QString());
}

Error HostChurn::save(const QString &path, const ChurnResult &result, bool includeUnchanged)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Error error = write(buffer, result, includeUnchanged); error.isError())
        return error;
    return ReportCsv::save(path, buffer.data());
}

} // namespace LicenseCore
