// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <common/savefile.h>
#include <common/timeutil.h>
#include <report/csvwriter.h>
#include <report/reconciliation.h>

#include <QDateTime>
#include <QSaveFile>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace LicenseCore {

// The evidence is data of the CSV like the metric names: it stays in English so that files compare across
// installations, and the times are UTC as everywhere in the CSV.

namespace {

// How many runs of missing hours the evidence names before it counts the rest.
constexpr int ListedRuns = 5;

QString hourText(qint64 hourMs)
{
    return QDateTime::fromMSecsSinceEpoch(hourMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString runText(const HourRange &run)
{
    return run.hours() == 1 ? hourText(run.fromMs)
                            : QStringLiteral("%1 – %2").arg(hourText(run.fromMs), hourText(run.lastHourMs()));
}

QString hoursText(int hours)
{
    return hours == 1 ? QStringLiteral("1 hour") : QStringLiteral("%1 hours").arg(hours);
}

// The hours of `hours` (sorted) as contiguous runs.
QList<HourRange> runsOf(const QList<qint64> &hours)
{
    QList<HourRange> runs;
    for (const qint64 hour : hours) {
        if (!runs.isEmpty() && runs.last().toMs == hour)
            runs.last().toMs = hour + Time::HourMs;
        else
            runs.append(HourRange{hour, hour + Time::HourMs});
    }
    return runs;
}

QString listRuns(const QList<HourRange> &runs)
{
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(runs.size(), ListedRuns); ++i)
        parts << runText(runs.at(i));
    if (runs.size() > ListedRuns)
        parts << QStringLiteral("and %1 more runs").arg(runs.size() - ListedRuns);
    return parts.join(QStringLiteral(", "));
}

QString ruleDifferences(const RuleSettings &rules, const RuleSettings &defaults)
{
    QStringList parts;
    auto number = [&](const QString &name, double value, double standard) {
        if (value != standard)
            parts << QStringLiteral("%1 %2 instead of %3").arg(name, formatDecimal(value), formatDecimal(standard));
    };
    if (rules.capInfrastructureAtOne != defaults.capInfrastructureAtOne)
        parts << (rules.capInfrastructureAtOne ? QStringLiteral("infrastructure hosts capped at 1 host unit")
                                               : QStringLiteral("infrastructure hosts not capped at 1 host unit"));
    number(QStringLiteral("minimum active minutes"), double(rules.minimumActiveMs) / 60000.0,
           double(defaults.minimumActiveMs) / 60000.0);
    number(QStringLiteral("DEM weight of a visit"), rules.demVisitWeight, defaults.demVisitWeight);
    number(QStringLiteral("DEM weight of a session replay"), rules.demReplayWeight, defaults.demReplayWeight);
    number(QStringLiteral("DEM weight of a browser monitor execution"), rules.demBrowserMonitorWeight,
           defaults.demBrowserMonitorWeight);
    number(QStringLiteral("DEM weight of an HTTP monitor execution"), rules.demHttpMonitorWeight,
           defaults.demHttpMonitorWeight);
    // Any other rule that differs is still a reason, even if it has no words here yet.
    if (parts.isEmpty() && !(rules == defaults))
        parts << QStringLiteral("estimation rules differ from the defaults");
    return parts.join(QStringLiteral("; "));
}

void appendCell(QByteArray &out, const std::optional<double> &value)
{
    out += ',';
    if (value)
        appendDecimal(out, *value);
}

} // namespace

std::optional<double> ReconciliationLine::difference() const
{
    if (!billed)
        return std::nullopt;
    return estimate - *billed;
}

std::optional<double> ReconciliationLine::differencePercent() const
{
    if (!billed || *billed == 0)
        return std::nullopt;
    return std::round((estimate - *billed) / *billed * 10000.0) / 100.0;
}

Reconciliation Reconciler::compute(const UsageSnapshot &snapshot, HourRange period, const BilledUsage &billed,
                                   const RuleSettings &defaults)
{
    Reconciliation result;
    result.period = period;
    const UsageRow &total = snapshot.clusterTotal();
    auto billedValue = [&](const std::optional<double> &value) { return billed.reachable ? value : std::nullopt; };
    result.lines = {
        {QStringLiteral("host_units_peak"), double(total.peakHostUnitsMilli) / 1000.0, billedValue(billed.hostUnits)},
        // /clusterLicense bills host units as a level, not as hours: the hours stand without a billed value.
        {QStringLiteral("host_unit_hours"), double(total.hostUnitHoursMilli) / 1000.0, std::nullopt},
        {QStringLiteral("dem_units"), total.demUnits, billedValue(billed.demUnits)},
        {QStringLiteral("ddu"), total.dduTotal, billedValue(billed.ddus)},
    };
    if (!billed.reachable)
        result.unreachableReason = billed.unreachableReason.isEmpty() ? QStringLiteral("the cluster did not answer")
                                                                      : billed.unreachableReason;

    // Hours of the period the history does not hold: neither estimated nor, usually, zero in the bill.
    QList<HourRange> missing;
    int missingHours = 0;
    for (const HourRange &gap : snapshot.gaps()) {
        const HourRange clipped{std::max(gap.fromMs, period.fromMs), std::min(gap.toMs, period.toMs)};
        if (clipped.isEmpty())
            continue;
        missing.append(clipped);
        missingHours += clipped.hours();
    }
    if (missingHours > 0)
        result.reasons.append({QStringLiteral("missing_hours"),
                               QStringLiteral("%1 missing: %2").arg(hoursText(missingHours), listRuns(missing))});

    // Hours the history holds but the cluster has not billed yet.
    QList<qint64> hours;
    for (const UsageRow &row : snapshot.hourly()) {
        if (period.contains(row.periodStartMs) && (hours.isEmpty() || hours.last() != row.periodStartMs))
            hours.append(row.periodStartMs);
    }
    if (billed.reachable && !hours.isEmpty()) {
        QList<qint64> late;
        QString since;
        if (billed.lastBillingMs) {
            for (const qint64 hour : std::as_const(hours)) {
                if (hour >= *billed.lastBillingMs)
                    late.append(hour);
            }
            since = QStringLiteral("newer than the last billing time %1").arg(hourText(*billed.lastBillingMs));
        } else {
            const qint64 lagStart = hours.last() + Time::HourMs - BillingLagHours * Time::HourMs;
            for (const qint64 hour : std::as_const(hours)) {
                if (hour >= lagStart)
                    late.append(hour);
            }
            since = QStringLiteral("within the cluster's billing lag of about %1").arg(hoursText(BillingLagHours));
        }
        if (!late.isEmpty())
            result.reasons.append(
                {QStringLiteral("late_records"), QStringLiteral("%1 of the history %2: %3")
                                                     .arg(hoursText(int(late.size())), since, listRuns(runsOf(late)))});
    }

    QStringList trials;
    for (const UsageRow &row : snapshot.environmentTotals()) {
        if (row.trial)
            trials << snapshot.environmentIds().at(row.environment);
    }
    if (!trials.isEmpty())
        result.reasons.append(
            {QStringLiteral("trial_environments"),
             QStringLiteral("%1 trial environment%2 in the estimate: %3")
                 .arg(QString::number(trials.size()), trials.size() == 1 ? QString() : QStringLiteral("s"),
                      trials.join(QStringLiteral(", ")))});

    if (!(snapshot.rules() == defaults))
        result.reasons.append({QStringLiteral("estimation_rules"), ruleDifferences(snapshot.rules(), defaults)});
    return result;
}

HourRange Reconciler::licenseYear(qint64 nowMs, int startMonth)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    const int month = std::clamp(startMonth, 1, 12);
    QDate start(today.year(), month, 1);
    if (start > today)
        start = start.addYears(-1);
    const QDate end = start.addYears(1);
    return HourRange{QDateTime(start, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                     QDateTime(end, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()};
}

Error Reconciler::write(QIODevice &device, const Reconciliation &reconciliation)
{
    QByteArray out = "metric,estimate,billed,difference,difference_percent\n";
    for (const ReconciliationLine &line : reconciliation.lines) {
        out += line.metric.toUtf8();
        appendCell(out, line.estimate);
        appendCell(out, line.billed);
        appendCell(out, line.difference());
        appendCell(out, line.differencePercent());
        out += '\n';
    }
    out += "\nreason,evidence\n";
    auto reason = [&out](const QString &kind, const QString &evidence) {
        out += (kind + QLatin1Char(',') + CsvWriter::quoted(evidence)).toUtf8();
        out += '\n';
    };
    reason(QStringLiteral("period"),
           Time::isoUtc(reconciliation.period.fromMs) + QLatin1Char('/') + Time::isoUtc(reconciliation.period.toMs));
    if (!reconciliation.unreachableReason.isEmpty())
        reason(QStringLiteral("cluster_unreachable"), reconciliation.unreachableReason);
    for (const ReconciliationReason &likely : reconciliation.reasons)
        reason(likely.kind, likely.evidence);
    if (device.write(out) != out.size())
        return Error{ErrorCode::FileUnwritable, device.errorString(), {}};
    return {};
}

Error Reconciler::save(const QString &path, const Reconciliation &reconciliation)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    if (Error error = write(file, reconciliation); error.isError()) {
        file.cancelWriting();
        error.where = path;
        return error;
    }
    if (!commitComplete(file))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    return {};
}

} // namespace LicenseCore
