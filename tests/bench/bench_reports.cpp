// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reports benchmark: fills a history with --days of --environments environments and --hosts host slots (one export
// per --chunk-days, generated and ingested once and reused from --folder on the next run), then times each answer
// as the window and `license-usage report` compute it, store reads included, best of --runs:
//   overage   the snapshot of the whole history, the hours over a quota of 90 % of the peak, and the hosts of the
//             busiest hour;
//   churn     the hosts of the first and of the second half of the history, compared;
//   compare   the snapshots of both halves, compared;
//   forecast  the snapshot of the whole history as a license period, DEM units projected.
// Fails when one takes longer than --max-seconds (wall time; 0: report only).
// Usage: bench_reports [--environments N] [--hosts N] [--days N] [--chunk-days N] [--folder DIR] [--runs N]
//                      [--max-seconds S]

#include "benchexport.h"

#include <common/timeutil.h>
#include <history/historystore.h>
#include <report/hostchurn.h>
#include <report/overagereport.h>
#include <report/periodcomparison.h>
#include <report/usageforecast.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <limits>

using namespace LicenseCore;

namespace {

constexpr qint64 DayMs = 24 * Time::HourMs;

// The best wall time of `runs` calls of `work`, in seconds; `work` returns false on an error (then -1).
double bestOf(int runs, const std::function<bool()> &work)
{
    double best = std::numeric_limits<double>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reports benchmark"));
    parser.addHelpOption();
    const QCommandLineOption environmentsOption(QStringLiteral("environments"), QStringLiteral("Environments."),
                                                QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Host slots in all."),
                                         QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of history."), QStringLiteral("n"),
                                        QStringLiteral("365"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk-days"), QStringLiteral("Days per export."),
                                         QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          QStringLiteral("Keep the exports and the store in this folder and reuse "
                                                         "them on the next run (default: a temporary folder)."),
                                          QStringLiteral("dir"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measure each report this many times "
                                                       "and keep the best."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption maxOption(QStringLiteral("max-seconds"),
                                       QStringLiteral("Fail when a report takes longer (0: report only)."),
                                       QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({environmentsOption, hostsOption, daysOption, chunkOption, folderOption, runsOption, maxOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir tempDir;
    const QString folder = parser.isSet(folderOption) ? parser.value(folderOption) : tempDir.path();
    QDir().mkpath(folder);
    const int environments = parser.value(environmentsOption).toInt();
    const int hosts = parser.value(hostsOption).toInt();
    const int days = std::max(2, parser.value(daysOption).toInt());
    const int chunkDays = std::max(1, parser.value(chunkOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const double maxSeconds = parser.value(maxOption).toDouble();

    // The history ends where the generator's default range ends (2026-10-01T00:00Z).
    const qint64 endMs = Time::parseIsoUtc(QStringLiteral("2026-10-01T00:00:00Z")).value_or(0);
    const qint64 startMs = endMs - qint64(days) * DayMs;
    HistoryStore store;
    if (const Status status = store.open(QDir(folder).filePath(QStringLiteral("history.sqlite")),
                                         QDir(folder).filePath(QStringLiteral("history-exports")));
        status.isError()) {
        err << "bench: " << status.message() << '\n';
        return 1;
    }
    QElapsedTimer filling;
    filling.start();
    for (qint64 chunkStart = startMs; chunkStart < endMs; chunkStart += qint64(chunkDays) * DayMs) {
        const int hours = int((std::min(endMs, chunkStart + qint64(chunkDays) * DayMs) - chunkStart) / Time::HourMs);
        const QString path = QDir(folder).filePath(QStringLiteral("export-%1-%2-%3-%4.zip")
                                                       .arg(environments)
                                                       .arg(hosts)
                                                       .arg(Time::isoUtc(chunkStart).left(10))
                                                       .arg(hours));
        if (!ensureBenchExport(path, environments, hosts, hours, out, err, chunkStart))
            return 1;
        const Result<IngestResult> ingested = store.ingest(path); // an export already held changes nothing
        if (!ingested) {
            err << "bench: " << ingested.error().message() << '\n';
            return 1;
        }
    }
    out << "history of " << days << " days, " << environments << " environments, " << hosts << " host slots ready in "
        << filling.elapsed() / 1000.0 << " s" << Qt::endl;

    const Result<QList<StoredCluster>> clusters = store.clusters();
    if (!clusters || clusters.value().size() != 1) {
        err << "bench: expected one cluster in the history\n";
        return 1;
    }
    const QString cluster = clusters.value().constFirst().uuid;
    const HourRange all = clusters.value().constFirst().extent;
    const qint64 middle = all.fromMs + (all.toMs - all.fromMs) / DayMs / 2 * DayMs;
    const HourRange firstHalf{all.fromMs, middle};
    const HourRange secondHalf{middle, all.toMs};
    const RuleSettings rules;
    auto fail = [&err](const Error &error) {
        err << "bench: " << error.message() << '\n';
        return false;
    };

    struct Figure
    {
        const char *name;
        double seconds = 0;
        QString detail;
    };
    std::vector<Figure> figures;

    QString detail;
    figures.push_back({"overage",
                       bestOf(runs,
                              [&] {
                                  const Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, all, rules);
                                  if (!snapshot)
                                      return fail(snapshot.error());
                                  const OverageResult peak = OverageReport::compute(*snapshot.value(), 1);
                                  const OverageResult result = OverageReport::compute(
                                      *snapshot.value(), std::max<qint64>(1, peak.peakHostUnitsMilli * 9 / 10));
                                  if (result.hours.empty())
                                      return true;
                                  const auto busiest = std::max_element(result.hours.cbegin(), result.hours.cend(),
                                                                        [](const OverageHour &a, const OverageHour &b) {
                                                                            return a.excessMilli < b.excessMilli;
                                                                        });
                                  const Result<std::vector<HostInHour>> hostsThen =
                                      store.hostsInHour(cluster, busiest->hourMs, rules);
                                  if (!hostsThen)
                                      return fail(hostsThen.error());
                                  detail =
                                      QStringLiteral("%1 of %2 hours over 90 % of the peak; %3 hosts in the busiest")
                                          .arg(result.hours.size())
                                          .arg(result.hoursChecked)
                                          .arg(hostsThen.value().size());
                                  return true;
                              }),
                       {}});
    figures.back().detail = detail;
    figures.push_back(
        {"churn",
         bestOf(runs,
                [&] {
                    const Result<std::vector<HostPeriod>> before = store.hostPeriods(cluster, firstHalf, rules);
                    const Result<std::vector<HostPeriod>> after = store.hostPeriods(cluster, secondHalf, rules);
                    if (!before || !after)
                        return fail(before ? after.error() : before.error());
                    const ChurnResult result = HostChurn::compute(firstHalf, before.value(), secondHalf, after.value());
                    detail = QStringLiteral("%1 hosts: %2 added, %3 removed")
                                 .arg(result.rows.size())
                                 .arg(result.counts[int(HostChange::Added)])
                                 .arg(result.counts[int(HostChange::Removed)]);
                    return true;
                }),
         {}});
    figures.back().detail = detail;
    figures.push_back({"compare",
                       bestOf(runs,
                              [&] {
                                  const Result<UsageSnapshotPtr> before = store.snapshot(cluster, firstHalf, rules);
                                  const Result<UsageSnapshotPtr> after = store.snapshot(cluster, secondHalf, rules);
                                  if (!before || !after)
                                      return fail(before ? after.error() : before.error());
                                  const ComparisonResult result =
                                      PeriodComparison::compute(*before.value(), *after.value());
                                  detail = QStringLiteral("%1 rows").arg(result.rows.size());
                                  return true;
                              }),
                       {}});
    figures.back().detail = detail;
    figures.push_back({"forecast",
                       bestOf(runs,
                              [&] {
                                  const Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, all, rules);
                                  if (!snapshot)
                                      return fail(snapshot.error());
                                  ForecastOptions options;
                                  options.metric = ForecastMetric::DemUnits;
                                  options.period = HourRange{all.fromMs, all.toMs + 30 * DayMs};
                                  const ForecastResult result = UsageForecast::compute(*snapshot.value(), options);
                                  detail = QStringLiteral("%1 complete days, projected %2")
                                               .arg(result.completeDays)
                                               .arg(result.projected, 0, 'f', 0);
                                  return true;
                              }),
                       {}});
    figures.back().detail = detail;

    bool ok = true;
    for (const Figure &figure : figures) {
        out << QStringLiteral("%1  %2 s  (%3)")
                   .arg(QLatin1String(figure.name), -9)
                   .arg(figure.seconds, 0, 'f', 3)
                   .arg(figure.detail)
            << Qt::endl;
        if (figure.seconds < 0 || (maxSeconds > 0 && figure.seconds > maxSeconds)) {
            err << "bench: " << figure.name << " exceeds the budget of " << maxSeconds << " s\n";
            ok = false;
        }
    }
    return ok ? 0 : 1;
}
