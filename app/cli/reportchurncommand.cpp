// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "reportcommands.h"
#include "reportoptions.h"

#include <history/historystore.h>
#include <report/hostchurn.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct ChurnCommandText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportChurn)
};
} // namespace

int runReportChurn(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ChurnCommandText::tr(
        "Writes every host counted in either period, per environment: added, removed, mode_changed, resized or "
        "unchanged, with its mode and host units in its last counted hour of each period and its host-unit hours "
        "in each, the biggest difference first. Unchanged hosts only with --all."));
    const ReportOptions report;
    report.addTo(parser);
    const TwoPeriodOptions periods;
    periods.addTo(parser);
    const QCommandLineOption allOption(QStringLiteral("all"), ChurnCommandText::tr("Include the unchanged hosts."));
    parser.addOption(allOption);
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
    const Result<std::vector<HostPeriod>> hostsBefore = store.hostPeriods(cluster, before, RuleSettings{});
    const Result<std::vector<HostPeriod>> hostsAfter =
        hostsBefore ? store.hostPeriods(cluster, after, RuleSettings{}) : hostsBefore;
    for (const auto *read : {&hostsBefore, &hostsAfter}) {
        if (!*read) {
            printError(read->error().message());
            return historyExitCode(read->error());
        }
    }
    const ChurnResult result = HostChurn::compute(before, hostsBefore.value(), after, hostsAfter.value());
    const bool all = parser.isSet(allOption);
    exitCode = report.write(
        parser, [&](QIODevice &device) { return HostChurn::write(device, result, all); },
        [&](const QString &path) { return HostChurn::save(path, result, all); });
    if (exitCode == ExitOk && parser.value(report.output) != QLatin1String("-")) {
        //: The counts of hosts per kind of change; %1 to %5.
        QTextStream(stdout) << ChurnCommandText::tr("%1 added, %2 removed, %3 changed mode, %4 resized, %5 unchanged.")
                                   .arg(result.counts[int(HostChange::Added)])
                                   .arg(result.counts[int(HostChange::Removed)])
                                   .arg(result.counts[int(HostChange::ModeChanged)])
                                   .arg(result.counts[int(HostChange::Resized)])
                                   .arg(result.counts[int(HostChange::Unchanged)])
                            << '\n';
    }
    return exitCode;
}

} // namespace LicenseCli
