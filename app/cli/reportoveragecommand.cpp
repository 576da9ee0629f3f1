// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "reportcommands.h"
#include "reportoptions.h"

#include <common/numberformat.h>
#include <common/timeutil.h>
#include <history/historystore.h>
#include <report/overagereport.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cmath>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct OverageCommandText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportOverage)
};
} // namespace

int runReportOverage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OverageCommandText::tr(
        "Writes the hours in which the host units of the whole cluster exceed the host-unit quota: the host units, "
        "the quota, the excess, and each environment's share of it (proportional to its host units in that hour). "
        "The quota is given with --quota, or read from the cluster's license with --profile (or --cluster); then the "
        "hours in which an environment exceeds its own host-unit quota follow, for the environments the cluster "
        "reports one for (scope 'environment'). Without --from and --to, all the history of the cluster."));
    const ReportOptions report;
    report.addTo(parser);
    const ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    const QCommandLineOption quotaOption(QStringLiteral("quota"), OverageCommandText::tr("The host-unit quota."),
                                         QStringLiteral("hu"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), OverageCommandText::tr("Start (ISO 8601; default: the first hour in the history)."),
        QStringLiteral("iso"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        OverageCommandText::tr("End, not included (ISO 8601; default: the end of the last hour in the history)."),
        QStringLiteral("iso"));
    parser.addOptions({quotaOption, fromOption, toOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode) || !report.requireOutput(parser, &exitCode))
        return exitCode;
    const bool fromCluster = parser.isSet(clusterOptions.profile) || parser.isSet(clusterOptions.cluster);
    if (parser.isSet(quotaOption) == fromCluster) {
        printError(OverageCommandText::tr("give either %1 or %2 (see --help)")
                       .arg(QStringLiteral("--quota HU"), QStringLiteral("--profile NAME")));
        return ExitUsage;
    }
    std::optional<double> quota;
    if (parser.isSet(quotaOption) && !(quota = parseQuota(QStringLiteral("quota"), parser.value(quotaOption))))
        return ExitUsage;
    bool timesOk = true;
    const std::optional<qint64> from = parseTimeOption(parser, fromOption, &timesOk);
    const std::optional<qint64> to = parseTimeOption(parser, toOption, &timesOk);
    if (!timesOk)
        return ExitUsage;

    QString preferredCluster;
    QHash<QString, double> environmentQuotas; // only from the cluster: --quota is the cluster's quota alone
    if (fromCluster) {
        const std::optional<ClusterLicense> license =
            fetchLicense(parser, clusterOptions, &exitCode, &environmentQuotas);
        if (!license)
            return exitCode;
        if (!license->hostUnits.present || license->hostUnits.quota <= 0) {
            printError(OverageCommandText::tr("the cluster's license has no host-unit quota: give one with %1")
                           .arg(QStringLiteral("--quota")));
            return ExitUsage;
        }
        quota = license->hostUnits.quota;
        preferredCluster = license->clusterId;
    }

    HistoryStore store;
    QString cluster;
    if (!report.openHistory(parser, store, preferredCluster, &cluster, &exitCode))
        return exitCode;
    const Result<std::optional<HourRange>> extent = store.extent(cluster);
    if (!extent) {
        printError(extent.error().message());
        return historyExitCode(extent.error());
    }
    HourRange range = extent.value().value_or(HourRange{});
    // As for the history's CSV: the start goes down to its hour, a partial end hour is included.
    if (from)
        range.fromMs = Time::floorHour(*from);
    if (to)
        range.toMs = Time::floorHour(*to) == *to ? *to : Time::floorHour(*to) + Time::HourMs;
    if (range.isEmpty()) {
        printError(OverageCommandText::tr("the range is empty: it starts at %1 and ends at %2")
                       .arg(Time::isoUtc(range.fromMs), Time::isoUtc(range.toMs)));
        return ExitUsage;
    }
    if (!requireData(store, cluster, range, QStringLiteral("--from/--to"), &exitCode))
        return exitCode;
    const Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, range, RuleSettings{});
    if (!snapshot) {
        printError(snapshot.error().message());
        return historyExitCode(snapshot.error());
    }
    const qint64 quotaMilli = std::llround(*quota * 1000.0);
    const OverageResult result = OverageReport::compute(*snapshot.value(), std::max<qint64>(quotaMilli, 1));
    QHash<QString, qint64> environmentQuotasMilli;
    for (auto it = environmentQuotas.cbegin(); it != environmentQuotas.cend(); ++it)
        environmentQuotasMilli.insert(it.key(), std::llround(it.value() * 1000.0));
    const std::vector<OverageResult> environments =
        OverageReport::computePerEnvironment(*snapshot.value(), environmentQuotasMilli);
    exitCode = report.write(
        parser, [&](QIODevice &device) { return OverageReport::write(device, result, environments); },
        [&](const QString &path) { return OverageReport::save(path, result, environments); });
    if (exitCode == ExitOk && parser.value(report.output) != QLatin1String("-")) {
        QTextStream out(stdout);
        //: %n hours over the quota, %2 the quota, %3 the excess host-unit hours.
        out << OverageCommandText::tr("%n hour(s) over the quota of %2 host units; %3 excess "
                                      "host-unit hours (an estimate).",
                                      nullptr, int(result.hours.size()))
                   .arg(formatMilli(result.quotaMilli), formatMilli(result.excessHostUnitHoursMilli))
            << '\n';
        for (const OverageResult &environment : environments) {
            //: %1 an environment id, %n hours over its quota, %3 its quota, %4 its excess host-unit hours.
            out << OverageCommandText::tr("%1: %n hour(s) over its quota of %3 host units; %4 excess host-unit hours.",
                                          nullptr, int(environment.hours.size()))
                       .arg(environment.environmentId, formatMilli(environment.quotaMilli),
                            formatMilli(environment.excessHostUnitHoursMilli))
                << '\n';
        }
    }
    return exitCode;
}

} // namespace LicenseCli
