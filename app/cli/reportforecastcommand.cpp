// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "reportcommands.h"
#include "reportoptions.h"

#include <common/numberformat.h>
#include <common/timeutil.h>
#include <history/historystore.h>
#include <report/usageforecast.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct ForecastCommandText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportForecast)
};

// The quota of the metric in the cluster's license; host-unit hours are measured against the host-unit quota.
const LicenseUnitUsage &quotaOf(const ClusterLicense &license, ForecastMetric metric)
{
    switch (metric) {
    case ForecastMetric::DemUnits:
        return license.demUnits;
    case ForecastMetric::Ddus:
        return license.davisDataUnits;
    case ForecastMetric::HostUnitHours:
    case ForecastMetric::PeakHostUnits:
        break;
    }
    return license.hostUnits;
}

} // namespace

int runReportForecast(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ForecastCommandText::tr(
            "Writes the forecast of a pool licensed as a total over the license period: consumed so far, the "
            "projection at the period's end from the mean daily value of the recent complete days, a band of one "
            "standard deviation of those days either side, the percentage of the quota and when the quota is reached. "
            "Refuses (exit 1, no file) with fewer than %1 complete days of data.")
            .arg(ForecastOptions::MinimumDays));
    const ReportOptions report;
    report.addTo(parser);
    const ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    const QCommandLineOption metricOption(QStringLiteral("metric"),
                                          ForecastCommandText::tr("What to forecast: dem, ddu or host-unit-hours."),
                                          QStringLiteral("metric"));
    const QCommandLineOption quotaOption(QStringLiteral("quota"), ForecastCommandText::tr("The quota for the period."),
                                         QStringLiteral("n"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          ForecastCommandText::tr("The license period (ISO 8601 interval, end "
                                                                  "excluded)."),
                                          QStringLiteral("from/to"));
    const QCommandLineOption windowOption(
        QStringLiteral("window"),
        ForecastCommandText::tr("The days of data the daily rate is taken from (default: 28)."), QStringLiteral("days"),
        QStringLiteral("28"));
    parser.addOptions({metricOption, quotaOption, periodOption, windowOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode) || !report.requireOutput(parser, &exitCode))
        return exitCode;
    const std::optional<ForecastMetric> metric = UsageForecast::metricFromName(parser.value(metricOption));
    if (!metric || *metric == ForecastMetric::PeakHostUnits) {
        //: "dem", "ddu" and "host-unit-hours" are values of the option and stay as they are.
        printError(ForecastCommandText::tr("--metric must be dem, ddu or host-unit-hours, not '%1'")
                       .arg(parser.value(metricOption)));
        return ExitUsage;
    }
    const bool fromCluster = parser.isSet(clusterOptions.profile) || parser.isSet(clusterOptions.cluster);
    if (parser.isSet(quotaOption) && fromCluster) {
        printError(ForecastCommandText::tr("give either %1 or %2, not both")
                       .arg(QStringLiteral("--quota N"), QStringLiteral("--profile NAME")));
        return ExitUsage;
    }
    ForecastOptions options;
    options.metric = *metric;
    if (parser.isSet(quotaOption) && !(options.quota = parseQuota(QStringLiteral("quota"), parser.value(quotaOption))))
        return ExitUsage;
    bool ok = false;
    options.windowDays = parser.value(windowOption).toInt(&ok);
    if (!ok || options.windowDays < ForecastOptions::MinimumDays) {
        printError(ForecastCommandText::tr("--window must be a whole number of days, at least %1")
                       .arg(ForecastOptions::MinimumDays));
        return ExitUsage;
    }
    ok = true;
    const std::optional<HourRange> period = parsePeriodOption(parser, periodOption, &ok);
    if (!ok)
        return ExitUsage;
    if (!period) {
        printError(ForecastCommandText::tr("give the license period with %1 (see --help)")
                       .arg(QStringLiteral("--period FROM/TO")));
        return ExitUsage;
    }
    options.period = *period;

    QString preferredCluster;
    if (fromCluster) {
        const std::optional<ClusterLicense> license = fetchLicense(parser, clusterOptions, &exitCode);
        if (!license)
            return exitCode;
        const LicenseUnitUsage &unit = quotaOf(*license, *metric);
        if (unit.present && unit.quota > 0)
            options.quota = unit.quota;
        preferredCluster = license->clusterId;
    }

    HistoryStore store;
    QString cluster;
    if (!report.openHistory(parser, store, preferredCluster, &cluster, &exitCode) ||
        !requireData(store, cluster, *period, QStringLiteral("--period"), &exitCode))
        return exitCode;
    const Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, *period, RuleSettings{});
    if (!snapshot) {
        printError(snapshot.error().message());
        return historyExitCode(snapshot.error());
    }
    const ForecastResult result = UsageForecast::compute(*snapshot.value(), options);
    if (result.refusal != ForecastRefusal::None) {
        printError(result.refusalText);
        return ExitFailure;
    }
    exitCode = report.write(
        parser, [&](QIODevice &device) { return UsageForecast::write(device, result); },
        [&](const QString &path) { return UsageForecast::save(path, result); });
    if (exitCode == ExitOk && parser.value(report.output) != QLatin1String("-")) {
        QString line = ForecastCommandText::tr("Projected at %1: %2 (%3 to %4), an estimate.")
                           .arg(Time::isoUtc(options.period.toMs), formatDecimal(result.projected),
                                formatDecimal(result.projectedLow), formatDecimal(result.projectedHigh));
        if (result.projectedPercent)
            line += QLatin1Char(' ') +
                    ForecastCommandText::tr("%1 percent of the quota.").arg(formatDecimal(*result.projectedPercent));
        QTextStream(stdout) << line << '\n';
    }
    return exitCode;
}

} // namespace LicenseCli
