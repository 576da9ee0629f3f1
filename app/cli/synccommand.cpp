// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "clustercommands.h"
#include "clusteroptions.h"
#include "historyoptions.h"
#include "progressprinter.h"
#include "signalwatcher.h"

#include <application/appsettings.h>
#include <application/historylocation.h>
#include <application/historysync.h>
#include <application/storedenvironments.h>
#include <cluster/clusterclient.h>
#include <cluster/environmentnamecache.h>
#include <common/numberformat.h>
#include <common/rangepreset.h>
#include <common/timeutil.h>
#include <history/historystore.h>
#include <history/syncplan.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QTextStream>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::Sync)
};

// The longest chunk: a year, as much as a cluster exports at once.
constexpr int MaxChunkDays = 366;

QString rangeText(const HourRange &range)
{
    //: %1 and %2 are hours in ISO 8601.
    return SyncText::tr("%1 to %2").arg(Time::isoUtc(range.fromMs), Time::isoUtc(range.toMs));
}

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    //: 'cron' and 'systemd' stay as they are.
    parser.setApplicationDescription(
        SyncText::tr("Keeps the history current: downloads what the history lacks of a cluster, from its last hour\n"
                     "(or --since, or for a cluster new to the history the days the settings name) to two hours\n"
                     "before the current hour, plus the hours missing in between. The range is fetched in chunks,\n"
                     "each downloaded and added to the history before the next, so an interrupted sync continues\n"
                     "where it stopped. For a nightly sync from cron or a systemd timer, give the token with\n"
                     "--token-file (a file only its owner can read)."));
    ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        SyncText::tr("Fetch what the history lacks from this hour on (ISO 8601, UTC unless a zone is given)."),
        QStringLiteral("iso"));
    const QCommandLineOption chunkDaysOption(
        QStringLiteral("chunk-days"),
        SyncText::tr("Download at most <days> per request (default %1).").arg(SyncPlanInput::DefaultChunkDays),
        QStringLiteral("days"));
    parser.addOptions({sinceOption, chunkDaysOption});
    const HistoryOption historyOption;
    historyOption.addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(SyncText::tr("unexpected argument '%1' (the token is never given on the command line; see --help)")
                       .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    bool timesOk = true;
    const std::optional<qint64> since = parseTimeOption(parser, sinceOption, &timesOk);
    if (!timesOk)
        return ExitUsage;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (since && Time::floorHour(*since) >= latestExportableEnd(now)) {
        //: %1 and %2 are hours in ISO 8601.
        printError(SyncText::tr("--since %1 is too late: clusters export hours up to %2 (two hours before the "
                                "current hour)")
                       .arg(Time::isoUtc(Time::floorHour(*since)), Time::isoUtc(latestExportableEnd(now))));
        return ExitUsage;
    }
    int chunkDays = SyncPlanInput::DefaultChunkDays;
    if (parser.isSet(chunkDaysOption)) {
        bool ok = false;
        chunkDays = parser.value(chunkDaysOption).toInt(&ok);
        if (!ok || chunkDays < 1 || chunkDays > MaxChunkDays) {
            printError(SyncText::tr("--chunk-days needs a number of days between %1 and %2").arg(1).arg(MaxChunkDays));
            return ExitUsage;
        }
    }

    bool fromStore = false;
    const std::optional<ClusterProfile> profile = resolveProfile(parser, clusterOptions, &fromStore, &exitCode);
    if (!profile)
        return exitCode;

    const AppSettings settings = loadAppSettings(*applicationSettings());
    const HistoryLocation location = historyLocation(settings, historyOption.value(parser));
    HistoryStore store;
    if (!openHistory(store, location.storePath, &exitCode))
        return exitCode;

    QObject context;
    ProgressPrinter printer;
    QPointer<HistorySync> sync;
    QString clusterUuid;
    bool done = false; // the sync has ended; only the optional name lookup may still run
    resolveToken(parser, clusterOptions, *profile, fromStore, &context, &exitCode, [&](std::optional<QString> token) {
        if (!token) {
            QCoreApplication::exit(exitCode);
            return;
        }
        auto *client = new ClusterClient(*profile, *token, &context);
        client->setEnvironmentNameCacheFile(EnvironmentNameCache::defaultFilePath());
        // The store lives on this thread: each chunk is ingested at once, in the event loop's turn.
        sync = new HistorySync(
            client, location.exportFolder,
            [&store](const QString &path, const HistorySync::IngestDone &ingested) { ingested(store.ingest(path)); },
            &context);

        QObject::connect(sync, &HistorySync::identified, &context, [&, now](const QString &uuid) {
            clusterUuid = uuid;
            SyncPlanInput input;
            const Result<std::optional<HourRange>> extent = store.extent(uuid);
            const Result<QList<HourRange>> gaps = store.gaps(uuid);
            if (!extent || !gaps) {
                printError((extent ? gaps.error() : extent.error()).message());
                done = true;
                QCoreApplication::exit(ExitStoreUnusable);
                return;
            }
            input.extent = extent.value();
            input.gaps = gaps.value();
            input.now = now;
            input.sinceMs = since;
            input.newClusterDays = settings.syncStartDays;
            input.chunkDays = chunkDays;
            const QList<HourRange> chunks = planSync(input);
            if (chunks.isEmpty()) {
                QTextStream(stdout) << SyncText::tr("Nothing to sync: the history lacks no exportable hour of "
                                                    "cluster %1.")
                                           .arg(uuid)
                                    << '\n';
                done = true;
                QCoreApplication::exit(ExitOk);
                return;
            }
            //: %1 is a cluster UUID, %2 and %3 hours in ISO 8601.
            printer.message(
                SyncText::tr("cluster %1: %n chunk(s) to download, between %2 and %3", nullptr, int(chunks.size()))
                    .arg(uuid, Time::isoUtc(chunks.constFirst().fromMs), Time::isoUtc(chunks.constLast().toMs)));
            sync->start(chunks);
        });
        QObject::connect(
            sync, &HistorySync::chunkStarted, &context, [&printer](int index, int count, const HourRange &range) {
                //: %1 and %2 count the chunks, %3 is a range of hours.
                printer.message(SyncText::tr("chunk %1 of %2: %3").arg(index + 1).arg(count).arg(rangeText(range)));
            });
        QObject::connect(sync, &HistorySync::progress, &context,
                         [&printer](int, int, const TransferProgress &progress) { printer.update(progress); });
        QObject::connect(sync, &HistorySync::retrying, &context,
                         [&printer](int, const QString &message) { printer.message(message); });
        QObject::connect(sync, &HistorySync::ingesting, &context, [&printer](int, int) { printer.endLine(); });
        QObject::connect(sync, &HistorySync::chunkFinished, &context, [&printer](const SyncChunkReport &report) {
            printer.endLine();
            QTextStream out(stdout);
            if (report.noData) {
                //: %1 is a range of hours.
                out << SyncText::tr("%1: the cluster exported no hour of this range").arg(rangeText(report.range))
                    << Qt::endl;
                return;
            }
            //: %1 is a range of hours, %2 and %3 numbers of hours, %4 an amount of data such as "2.5 MiB".
            out << SyncText::tr("%1: hours added: %2, replaced: %3 (%4)")
                       .arg(rangeText(report.range))
                       .arg(report.ingest.hoursAdded)
                       .arg(report.ingest.hoursReplaced)
                       .arg(formatByteSize(report.bytes))
                << Qt::endl;
        });
        QObject::connect(sync, &HistorySync::finished, &context, [&, client](const SyncResult &result) {
            printer.endLine();
            done = true;
            switch (result.status) {
            case SyncResult::Status::Cancelled:
                QCoreApplication::exit(ExitFailure);
                return;
            case SyncResult::Status::DownloadFailed:
                printError(result.errorText());
                QCoreApplication::exit(exitCodeFor(result.outcome));
                return;
            case SyncResult::Status::IngestFailed:
                printError(result.errorText());
                QCoreApplication::exit(historyExitCode(result.error));
                return;
            case SyncResult::Status::Completed:
                break;
            }
            //: %1 is a cluster UUID; %2 and %3 are numbers of hours.
            QTextStream(stdout) << SyncText::tr("Synced %n chunk(s) of cluster %1: hours added: %2, replaced: %3",
                                                nullptr, result.chunksIngested)
                                       .arg(clusterUuid)
                                       .arg(result.hoursAdded)
                                       .arg(result.hoursReplaced)
                                << '\n';
            // Names and tags (cost centres) for the history's views of this cluster; failure costs only those.
            client->fetchEnvironments(&context, [&](const EnvironmentsResult &environments) {
                if (environments.outcome.ok()) {
                    const QList<StoredEnvironment> stored = storedEnvironments(environments.environments);
                    if (const Status status = store.storeEnvironments(clusterUuid, stored); status.isError())
                        printError(status.message());
                }
                QCoreApplication::exit(ExitOk);
            });
        });
        sync->identify(now);
    });

    SignalWatcher watcher;
    bool interrupted = false;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &context, [&](int) {
        if (done) {
            QCoreApplication::exit(ExitOk); // only the optional name lookup was still running
            return;
        }
        interrupted = true;
        // Cancelling removes the partial download of the chunk in flight; finished() then ends the loop.
        if (sync && sync->isRunning())
            sync->cancel();
        else
            QCoreApplication::exit(ExitFailure);
    });
    const int code = QCoreApplication::exec();
    if (interrupted) {
        printError(SyncText::tr("interrupted; the chunks added so far stay in the history"));
        return ExitFailure;
    }
    return code;
}

} // namespace LicenseCli
