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
    const QCommandLineOption beforeOption(QStringLiteral("before"),
                                          CompareCommandText::tr("The first period (ISO 8601 interval, end excluded)."),
                                          QStringLiteral("from/to"));
    const QCommandLineOption afterOption(QStringLiteral("after"),
                                         CompareCommandText::tr("The second period (ISO 8601 interval, end excluded)."),
                                         QStringLiteral("from/to"));
    parser.addOptions({beforeOption, afterOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode) || !report.requireOutput(parser, &exitCode))
        return exitCode;
    bool ok = true;
    const std::optional<HourRange> before = parsePeriodOption(parser, beforeOption, &ok);
    const std::optional<HourRange> after = ok ? parsePeriodOption(parser, afterOption, &ok) : std::nullopt;
    if (!ok)
        return ExitUsage;
    if (!before || !after) {
        printError(CompareCommandText::tr("give both %1 and %2 (see --help)")
                       .arg(QStringLiteral("--before FROM/TO"), QStringLiteral("--after FROM/TO")));
        return ExitUsage;
    }

    HistoryStore store;
    QString cluster;
    if (!report.openHistory(parser, store, QString(), &cluster, &exitCode) ||
        !requireData(store, cluster, *before, QStringLiteral("--before"), &exitCode) ||
        !requireData(store, cluster, *after, QStringLiteral("--after"), &exitCode))
        return exitCode;
    const Result<UsageSnapshotPtr> snapshotBefore = store.snapshot(cluster, *before, RuleSettings{});
    const Result<UsageSnapshotPtr> snapshotAfter =
        snapshotBefore ? store.snapshot(cluster, *after, RuleSettings{}) : snapshotBefore;
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
