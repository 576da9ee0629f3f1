// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "reportcommands.h"
#include "reportoptions.h"

#include <cluster/environmentnamecache.h>
#include <history/historystore.h>
#include <report/periodcomparison.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct CompareCommandText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportCompare)
};
} // namespace

int runReportCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CompareCommandText::tr(
        "Writes two periods side by side, per environment and in total: host-unit hours, peak host units, DEM "
        "units, DDUs (total and per pool), sessions, log upload volume, and log storage (its peak and average, a "
        "level that is never summed), each with its absolute and relative change."));
    const ReportOptions report;
    report.addTo(parser);
    const TwoPeriodOptions periods;
    periods.addTo(parser);
    int exitCode = ExitOk;
    HourRange before;
    HourRange after;
    if (!parseOrExit(parser, arguments, &exitCode) || !report.requireOutput(parser, &exitCode) ||
        !periods.read(parser, &before, &after, &exitCode))
        return exitCode;

    HistoryStore store;
    QString cluster;
    if (!report.openHistory(parser, store, QString(), &cluster, &exitCode) ||
        !requireData(store, cluster, before, QStringLiteral("--before"), &exitCode) ||
        !requireData(store, cluster, after, QStringLiteral("--after"), &exitCode))
        return exitCode;
    const Result<UsageSnapshotPtr> snapshotBefore = store.snapshot(cluster, before, RuleSettings{});
    const Result<UsageSnapshotPtr> snapshotAfter =
        snapshotBefore ? store.snapshot(cluster, after, RuleSettings{}) : snapshotBefore;
    for (const auto *read : {&snapshotBefore, &snapshotAfter}) {
        if (!*read) {
            printError(read->error().message());
            return historyExitCode(read->error());
        }
    }
    const ComparisonResult result = PeriodComparison::compute(*snapshotBefore.value(), *snapshotAfter.value());
    // Names remembered from clusters this computer has talked to; the history alone has only ids.
    const EnvironmentNames names = LicenseCore::environmentNames();
    return report.write(
        parser, [&](QIODevice &device) { return PeriodComparison::write(device, result, names); },
        [&](const QString &path) { return PeriodComparison::save(path, result, names); });
}

} // namespace LicenseCli
