// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <report/licensecheck.h>

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace LicenseCore {

// The status line and the performance data are read by monitoring systems and by people's filters on them: they
// stay in English, like the plugins they sit beside, and are never translated.

namespace {

// One decimal for people: "73.4 %".
QString percentText(double percent)
{
    return formatDecimal(std::round(percent * 10.0) / 10.0) + QStringLiteral(" %");
}

// Performance data numbers: two decimals at most, as the guidelines ask for plain numbers.
QString perfNumber(double value)
{
    return formatDecimal(std::round(value * 100.0) / 100.0);
}

} // namespace

double BilledUnit::percent() const
{
    return quota > 0 ? 100.0 * usage / quota : 0.0;
}

QString CheckOutcome::statusLine() const
{
    QString line = QStringLiteral("LICENSE ") + LicenseCheck::stateName(state) + QStringLiteral(" - ") + text;
    if (!perfdata.isEmpty())
        line += QStringLiteral(" | ") + perfdata;
    return line;
}

std::optional<QString> LicenseCheck::thresholdsError(const CheckThresholds &thresholds)
{
    if (!std::isfinite(thresholds.warningPercent) || thresholds.warningPercent < 0)
        return QStringLiteral("the warning threshold must be a percentage of 0 or more");
    if (!std::isfinite(thresholds.criticalPercent) || thresholds.criticalPercent < 0)
        return QStringLiteral("the critical threshold must be a percentage of 0 or more");
    if (thresholds.warningPercent > thresholds.criticalPercent)
        return QStringLiteral("the warning threshold (%1 %) lies above the critical one (%2 %)")
            .arg(formatDecimal(thresholds.warningPercent), formatDecimal(thresholds.criticalPercent));
    return std::nullopt;
}

CheckState LicenseCheck::stateOf(double percent, const CheckThresholds &thresholds)
{
    if (percent > thresholds.criticalPercent)
        return CheckState::Critical;
    if (percent > thresholds.warningPercent)
        return CheckState::Warning;
    return CheckState::Ok;
}

QString LicenseCheck::perfdata(const QList<BilledUnit> &units, const CheckThresholds &thresholds)
{
    QStringList parts;
    for (const BilledUnit &unit : units) {
        if (!unit.present)
            continue;
        if (!unit.hasQuota()) {
            parts << QStringLiteral("%1_billed=%2;;;0;").arg(unit.label, perfNumber(unit.usage));
            continue;
        }
        parts << QStringLiteral("%1=%2%;%3;%4;0;100")
                     .arg(unit.label, perfNumber(unit.percent()), perfNumber(thresholds.warningPercent),
                          perfNumber(thresholds.criticalPercent));
        parts << QStringLiteral("%1_billed=%2;%3;%4;0;%5")
                     .arg(unit.label, perfNumber(unit.usage), perfNumber(unit.quota * thresholds.warningPercent / 100),
                          perfNumber(unit.quota * thresholds.criticalPercent / 100), perfNumber(unit.quota));
        // A percentage of the same quota, so the same thresholds and range as the billed one.
        if (unit.forecastPercent)
            parts << QStringLiteral("%1_forecast=%2%;%3;%4;0;100")
                         .arg(unit.label, perfNumber(*unit.forecastPercent), perfNumber(thresholds.warningPercent),
                              perfNumber(thresholds.criticalPercent));
    }
    return parts.join(QLatin1Char(' '));
}

CheckOutcome LicenseCheck::evaluate(const QList<BilledUnit> &units, const CheckThresholds &thresholds)
{
    if (const std::optional<QString> error = thresholdsError(thresholds))
        return unknown(*error);
    CheckOutcome outcome;
    outcome.state = CheckState::Ok;
    bool anyQuota = false;
    QStringList alerts;
    QStringList others;
    for (const BilledUnit &unit : units) {
        if (!unit.hasQuota()) {
            if (unit.present)
                others << QStringLiteral("%1 no quota").arg(unit.name);
            continue;
        }
        anyQuota = true;
        const double percent = unit.percent();
        const CheckState state = stateOf(percent, thresholds);
        outcome.state = std::max(outcome.state, state);
        const QString figures =
            QStringLiteral("%1 %2 of quota (%3 of %4)")
                .arg(unit.name, percentText(percent), perfNumber(unit.usage), perfNumber(unit.quota));
        if (state == CheckState::Critical)
            alerts << figures + QStringLiteral(", critical above %1").arg(percentText(thresholds.criticalPercent));
        else if (state == CheckState::Warning)
            alerts << figures + QStringLiteral(", warning above %1").arg(percentText(thresholds.warningPercent));
        else
            others << QStringLiteral("%1 %2").arg(unit.name, percentText(percent));
    }
    if (!anyQuota)
        return unknown(QStringLiteral("the cluster reports no license quota"));
    outcome.text = (alerts + others).join(QStringLiteral("; "));
    outcome.perfdata = perfdata(units, thresholds);
    return outcome;
}

CheckOutcome LicenseCheck::unknown(const QString &reason)
{
    CheckOutcome outcome;
    outcome.state = CheckState::Unknown;
    // The status line is one line: a reason with line breaks (an error body) is folded.
    outcome.text = reason.simplified();
    return outcome;
}

QString LicenseCheck::stateName(CheckState state)
{
    switch (state) {
    case CheckState::Ok:
        return QStringLiteral("OK");
    case CheckState::Warning:
        return QStringLiteral("WARNING");
    case CheckState::Critical:
        return QStringLiteral("CRITICAL");
    case CheckState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace LicenseCore
