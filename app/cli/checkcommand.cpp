// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "clicommon.h"
#include "clusteroptions.h"
#include "historyoptions.h"

#include <application/appsettings.h>
#include <application/historylocation.h>
#include <cluster/clusterclient.h>
#include <cluster/clusterlicensejob.h>
#include <common/timeutil.h>
#include <history/historystore.h>
#include <report/licensecheck.h>
#include <report/reconciliation.h>
#include <report/usageforecast.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::CheckCommand)
};

// Monitoring systems read exactly one line on standard output and the exit status; everything else goes to
// standard error. The token never appears in either: only the cluster's and the client's sentences do.
int report(const CheckOutcome &outcome)
{
    QTextStream out(stdout);
    out << outcome.statusLine() << '\n' << Qt::flush;
    return outcome.exitCode();
}

BilledUnit billed(const QString &label, const QString &name, const LicenseUnitUsage &usage)
{
    BilledUnit unit;
    unit.label = label;
    unit.name = name;
    unit.present = usage.present;
    unit.quota = usage.quota;
    unit.usage = usage.usage;
    return unit;
}

// A percentage option; nullopt when it is not a number (the caller reports UNKNOWN).
std::optional<double> percentOption(const QCommandLineParser &parser, const QCommandLineOption &option, double fallback)
{
    if (!parser.isSet(option))
        return fallback;
    QString text = parser.value(option).trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString failureReason(const RequestOutcome &outcome)
{
    switch (outcome.status) {
    case RequestStatus::Unreachable:
    case RequestStatus::StallTimeout:
    case RequestStatus::NetworkError:
        return QStringLiteral("cluster unreachable: ") + outcome.errorText;
    case RequestStatus::HttpError:
        if (outcome.httpStatus == 401 || outcome.httpStatus == 403)
            return QStringLiteral("token refused: ") + outcome.errorText;
        break;
    default:
        break;
    }
    return QStringLiteral("cluster request failed: ") + outcome.errorText;
}

// The forecast percentages of DEM units and DDUs, the pools licensed as a total over the license period
// (docs/rules.md, "The monitoring check"), from the history when it holds the cluster: the license year of the
// settings, as for reconcile. No history, no hours of the cluster, a refused forecast (too few days): no percentage,
// and no error either: the check judges billed usage, the forecast is extra.
void addForecasts(const QString &storeFile, const QString &clusterUuid, QList<BilledUnit> *units)
{
    const std::unique_ptr<QSettings> settings = applicationSettings();
    const AppSettings appSettings = loadAppSettings(*settings);
    const HistoryLocation location = historyLocation(appSettings, storeFile);
    // A check must not leave an empty history behind where none was.
    if (!isPostgresHistory(location.storePath) && !QFileInfo::exists(location.storePath))
        return;
    HistoryStore store;
    if (const Status status = store.open(location.storePath, location.exportFolder); status.isError()) {
        printError(CheckText::tr("no forecast: %1").arg(status.message()));
        return;
    }
    const Result<QList<StoredCluster>> clusters = store.clusters();
    if (!clusters || std::none_of(clusters.value().cbegin(), clusters.value().cend(),
                                  [&](const StoredCluster &stored) { return stored.uuid == clusterUuid; }))
        return;
    const HourRange period =
        Reconciler::licenseYear(QDateTime::currentMSecsSinceEpoch(), appSettings.licenseYearStartMonth);
    const Result<UsageSnapshotPtr> snapshot = store.snapshot(clusterUuid, period, appSettings.rules);
    if (!snapshot) {
        printError(CheckText::tr("no forecast: %1").arg(snapshot.error().message()));
        return;
    }
    for (BilledUnit &unit : *units) {
        ForecastOptions options;
        if (unit.label == QLatin1String("dem_units"))
            options.metric = ForecastMetric::DemUnits;
        else if (unit.label == QLatin1String("ddu"))
            options.metric = ForecastMetric::Ddus;
        else
            continue; // host units are licensed as a peak, not a total over the period
        if (!unit.hasQuota())
            continue;
        options.period = period;
        options.quota = unit.quota;
        const ForecastResult forecast = UsageForecast::compute(*snapshot.value(), options);
        if (forecast.refusal == ForecastRefusal::None)
            unit.forecastPercent = forecast.projectedPercent;
    }
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    //: Nagios, Icinga, Zabbix and Checkmk are product names. The status line itself stays in English.
    parser.setApplicationDescription(CheckText::tr(
        "Checks the cluster's billed license usage against its quotas, as a monitoring plugin for Nagios, Icinga,\n"
        "Zabbix or Checkmk: one status line (LICENSE OK, WARNING, CRITICAL or UNKNOWN) with performance data, and\n"
        "the exit status 0, 1, 2 or 3. A unit above the warning or critical percentage of its quota raises the\n"
        "state; the worst unit decides. A refused token, an unreachable cluster, a cluster without quotas and\n"
        "wrong arguments are UNKNOWN (3). When the history (--history, or the one of the settings) holds the\n"
        "cluster, the performance data add the forecast percentage of the DEM units and DDUs quotas at the end of\n"
        "the license year (dem_units_forecast, ddu_forecast); with fewer than 7 complete days there is none."));
    ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    const QCommandLineOption warningOption(QStringLiteral("warning"),
                                           CheckText::tr("WARNING above <percent> of a quota (default: 80)."),
                                           QStringLiteral("percent"));
    const QCommandLineOption criticalOption(QStringLiteral("critical"),
                                            CheckText::tr("CRITICAL above <percent> of a quota (default: 95)."),
                                            QStringLiteral("percent"));
    parser.addOptions({warningOption, criticalOption});
    const HistoryOption history;
    history.addTo(parser);

    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode)) {
        // --help and --version end well; a usage error is UNKNOWN, as the plugin guidelines ask.
        if (exitCode == ExitOk)
            return ExitOk;
        return report(LicenseCheck::unknown(QStringLiteral("wrong arguments (see --help)")));
    }
    if (!parser.positionalArguments().isEmpty())
        return report(LicenseCheck::unknown(
            QStringLiteral("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first())));
    const CheckThresholds defaults;
    const std::optional<double> warning = percentOption(parser, warningOption, defaults.warningPercent);
    const std::optional<double> critical = percentOption(parser, criticalOption, defaults.criticalPercent);
    if (!warning)
        return report(LicenseCheck::unknown(QStringLiteral("--warning needs a percentage")));
    if (!critical)
        return report(LicenseCheck::unknown(QStringLiteral("--critical needs a percentage")));
    const CheckThresholds thresholds{*warning, *critical};
    if (const std::optional<QString> error = LicenseCheck::thresholdsError(thresholds))
        return report(LicenseCheck::unknown(*error));

    bool fromStore = false;
    const std::optional<ClusterProfile> profile = resolveProfile(parser, clusterOptions, &fromStore, &exitCode);
    if (!profile)
        return report(LicenseCheck::unknown(QStringLiteral("no cluster to check (the reason is on standard error)")));

    QObject context;
    CheckOutcome outcome = LicenseCheck::unknown(QStringLiteral("no answer from the cluster"));
    resolveToken(parser, clusterOptions, *profile, fromStore, &context, &exitCode, [&](std::optional<QString> token) {
        if (!token) {
            outcome = LicenseCheck::unknown(QStringLiteral("no API token (the reason is on standard error)"));
            QCoreApplication::exit(ExitOk);
            return;
        }
        auto *client = new ClusterClient(*profile, *token, &context);
        client->fetchClusterLicense(&context, [&](const ClusterLicenseResult &result) {
            if (!result.outcome.ok()) {
                outcome = LicenseCheck::unknown(failureReason(result.outcome));
            } else if (!result.available) {
                outcome = LicenseCheck::unknown(QStringLiteral(
                    "the cluster reports no license usage (/clusterLicense needs version 1.326 or later)"));
            } else {
                const ClusterLicense &license = result.license;
                QList<BilledUnit> units = {
                    billed(QStringLiteral("host_units"), QStringLiteral("host units"), license.hostUnits),
                    billed(QStringLiteral("dem_units"), QStringLiteral("DEM units"), license.demUnits),
                    billed(QStringLiteral("ddu"), QStringLiteral("DDUs"), license.davisDataUnits)};
                addForecasts(history.value(parser), license.clusterId, &units);
                outcome = LicenseCheck::evaluate(units, thresholds);
            }
            QCoreApplication::exit(ExitOk);
        });
    });
    QCoreApplication::exec();
    return report(outcome);
}

} // namespace LicenseCli
