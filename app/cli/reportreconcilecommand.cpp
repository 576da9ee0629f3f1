// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "clusteroptions.h"
#include "historyoptions.h"
#include "reportcommands.h"

#include <application/appsettings.h>
#include <application/historylocation.h>
#include <cluster/clusterclient.h>
#include <cluster/clusterlicensejob.h>
#include <common/timeutil.h>
#include <history/historystore.h>
#include <report/reconciliation.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <optional>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct ReconcileText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportReconcile)
};

std::optional<double> billedValue(const LicenseUnitUsage &usage)
{
    return usage.present ? std::optional<double>(usage.usage) : std::nullopt;
}

BilledUsage billedUsage(const ClusterLicense &license)
{
    BilledUsage billed;
    billed.reachable = true;
    billed.hostUnits = billedValue(license.hostUnits);
    billed.demUnits = billedValue(license.demUnits);
    billed.ddus = billedValue(license.davisDataUnits);
    const QDateTime lastBilling = QDateTime::fromString(license.lastBillingTime, Qt::ISODate);
    if (lastBilling.isValid())
        billed.lastBillingMs = lastBilling.toMSecsSinceEpoch();
    return billed;
}

} // namespace

int runReportReconcile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReconcileText::tr(
        "Writes the history's estimate for the current license period beside the usage the cluster bills for it\n"
        "(host units, DEM units, DDUs), with the difference and its likely reasons: hours missing from the\n"
        "history, records the cluster has not billed yet, trial environments, estimation rules that differ from\n"
        "the defaults. The license period is the license year that starts in the month the settings name.\n"
        "When the cluster cannot be reached, the estimate is written alone and the exit status is 4."));
    ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ReconcileText::tr("Write the CSV to <file>."), QStringLiteral("file"));
    parser.addOption(outputOption);
    const HistoryOption history;
    history.addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode) || !noPositionalArguments(parser, &exitCode))
        return exitCode;
    if (!parser.isSet(outputOption)) {
        printError(ReconcileText::tr("the output file is missing: give %1").arg(QStringLiteral("-o FILE")));
        return ExitUsage;
    }
    bool fromStore = false;
    const std::optional<ClusterProfile> profile = resolveProfile(parser, clusterOptions, &fromStore, &exitCode);
    if (!profile)
        return exitCode;

    // The billed usage first: the cluster names itself, which picks its hours out of the history.
    std::optional<ClusterLicenseResult> answer;
    bool tokenFound = false;
    QObject context;
    resolveToken(parser, clusterOptions, *profile, fromStore, &context, &exitCode, [&](std::optional<QString> token) {
        if (!token) {
            QCoreApplication::exit(exitCode);
            return;
        }
        tokenFound = true;
        auto *client = new ClusterClient(*profile, *token, &context);
        client->fetchClusterLicense(&context, [&](const ClusterLicenseResult &result) {
            answer = result;
            QCoreApplication::exit(ExitOk);
        });
    });
    QCoreApplication::exec();
    if (!tokenFound)
        return exitCode;

    BilledUsage billed;
    if (!answer || !answer->outcome.ok()) {
        const QString reason = answer ? answer->outcome.errorText : QString();
        printError(ReconcileText::tr("the cluster cannot be reached; the estimate is written alone: %1").arg(reason));
        billed.unreachableReason = reason;
    } else if (!answer->available) {
        printError(ReconcileText::tr("the cluster reports no billed usage (it needs version 1.326 or later); the "
                                     "estimate is written alone"));
        billed.unreachableReason = QStringLiteral("the cluster reports no billed usage (/clusterLicense)");
    } else {
        billed = billedUsage(answer->license);
    }

    HistoryStore store;
    if (!openHistory(store, history.value(parser), &exitCode))
        return exitCode;
    const Result<QList<StoredCluster>> clusters = store.clusters();
    if (!clusters) {
        printError(clusters.error().message());
        return historyExitCode(clusters.error());
    }
    QString clusterUuid;
    const QString named = billed.reachable ? answer->license.clusterId : QString();
    for (const StoredCluster &stored : clusters.value()) {
        if (stored.uuid == named || (named.isEmpty() && clusters.value().size() == 1))
            clusterUuid = stored.uuid;
    }
    if (clusterUuid.isEmpty()) {
        if (!named.isEmpty())
            printError(ReconcileText::tr("the history holds no hours of cluster %1; import or sync its exports first")
                           .arg(named));
        else
            printError(ReconcileText::tr("the history holds %n cluster(s); without an answer from the cluster the "
                                         "one to reconcile is unknown",
                                         nullptr, int(clusters.value().size())));
        return ExitUsage;
    }

    // The license year of the settings, up to the current hour: /clusterLicense names no period of its own.
    const AppSettings settings = loadAppSettings(*applicationSettings());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    HourRange period = Reconciler::licenseYear(now, settings.licenseYearStartMonth);
    period.toMs = std::min(period.toMs, Time::floorHour(now));
    const Result<UsageSnapshotPtr> snapshot = store.snapshot(clusterUuid, period, settings.rules);
    if (!snapshot) {
        printError(snapshot.error().message());
        return historyExitCode(snapshot.error());
    }
    if (snapshot.value()->hourly().empty()) {
        printError(ReconcileText::tr("the history holds no hours of the license period %1 to %2")
                       .arg(Time::isoUtc(period.fromMs), Time::isoUtc(period.toMs)));
        return ExitUsage;
    }
    const Reconciliation reconciliation = Reconciler::compute(*snapshot.value(), period, billed);
    if (const Error error = Reconciler::save(parser.value(outputOption), reconciliation); error.isError()) {
        printError(error.message());
        return ExitFailure;
    }
    return billed.reachable ? ExitOk : ExitClusterError;
}

} // namespace LicenseCli
