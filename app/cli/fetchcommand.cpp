// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "clustercommands.h"
#include "clusteroptions.h"
#include "progressprinter.h"
#include "signalwatcher.h"

#include <cluster/clusterclient.h>
#include <cluster/environmentnamecache.h>
#include <common/timeutil.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTextStream>
#include <cmath>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct FetchText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::Fetch)
};

constexpr int MaxWaitMinutes = 24 * 60;

} // namespace

int runFetch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        FetchText::tr("Downloads a license consumption export (a ZIP) from a Dynatrace Managed cluster.\n"
                      "The range is aligned to whole UTC hours; its end is at most two hours before the current hour.\n"
                      "The token is never taken from the command line: use --token-file, %1, or a profile\n"
                      "whose token is stored in the system keychain ('%2').")
            .arg(QStringLiteral("LICENSE_USAGE_TOKEN"), QStringLiteral("license-usage token set NAME")));
    ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        FetchText::tr("Start (ISO 8601, UTC unless a zone is given; default: 30 days "
                                                      "before the current hour)."),
                                        QStringLiteral("iso"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), FetchText::tr("End (ISO 8601; default and latest: two hours before the current hour)."),
        QStringLiteral("iso"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          FetchText::tr("Write the ZIP to <file> (replaced only when complete)."),
                                          QStringLiteral("file"));
    const QCommandLineOption maxWaitOption(
        QStringLiteral("max-wait"),
        FetchText::tr("While the cluster is busy (another export, an upgrade), retry for at most <minutes> "
                      "(default %1, at most %2).")
            .arg(30)
            .arg(MaxWaitMinutes),
        QStringLiteral("minutes"));
    parser.addOptions({fromOption, toOption, outputOption, maxWaitOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(FetchText::tr("unexpected argument '%1' (the token is never given on the command line; see --help)")
                       .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    if (!parser.isSet(outputOption)) {
        printError(FetchText::tr("no output file: give %1").arg(QStringLiteral("-o FILE")));
        return ExitUsage;
    }
    bool timesOk = true;
    ExportRequest request;
    request.fromMs = parseTimeOption(parser, fromOption, &timesOk);
    request.toMs = parseTimeOption(parser, toOption, &timesOk);
    request.targetPath = parser.value(outputOption);
    if (!timesOk)
        return ExitUsage;
    RetryPolicy retry;
    if (parser.isSet(maxWaitOption)) {
        bool ok = false;
        const double minutes = parser.value(maxWaitOption).toDouble(&ok);
        // Also refuses nan and inf, which would wrap around on the conversion to milliseconds.
        if (!ok || !std::isfinite(minutes) || minutes < 0 || minutes > MaxWaitMinutes) {
            printError(
                FetchText::tr("--max-wait needs a number of minutes between %1 and %2").arg(0).arg(MaxWaitMinutes));
            return ExitUsage;
        }
        retry.maxTotalWaitMs = qint64(minutes * 60 * 1000);
    }

    bool fromStore = false;
    const std::optional<ClusterProfile> profile = resolveProfile(parser, clusterOptions, &fromStore, &exitCode);
    if (!profile)
        return exitCode;

    QObject context;
    ProgressPrinter printer;
    QPointer<ExportDownloadJob> runningJob;
    bool saved = false;
    resolveToken(parser, clusterOptions, *profile, fromStore, &context, &exitCode, [&](std::optional<QString> token) {
        if (!token) {
            QCoreApplication::exit(exitCode);
            return;
        }
        auto *client = new ClusterClient(*profile, *token, &context);
        client->setRetryPolicy(retry);
        client->setEnvironmentNameCacheFile(EnvironmentNameCache::defaultFilePath());
        ExportDownloadJob *job = client->downloadExport(request);
        runningJob = job;
        QObject::connect(job, &ExportDownloadJob::progress, &context,
                         [&printer](const TransferProgress &progress) { printer.update(progress); });
        QObject::connect(job, &ExportDownloadJob::retrying, &context,
                         [&printer](int, const QString &message) { printer.message(message); });
        QObject::connect(job, &ExportDownloadJob::finished, &context, [&, client](const ExportResult &result) {
            printer.endLine();
            if (!result.outcome.ok()) {
                if (result.outcome.status != RequestStatus::Cancelled)
                    printError(result.outcome.errorText);
                QCoreApplication::exit(exitCodeFor(result.outcome));
                return;
            }
            if (result.endClamped) {
                printer.message(FetchText::tr("the end was moved to %1: the cluster exports hours "
                                              "up to two hours before the current hour")
                                    .arg(Time::isoUtc(result.range.toMs)));
            }
            // The size may exceed what %n takes (an int); an export is never a single byte.
            //: %1 is the file, %2 its size in bytes, %3 and %4 the first and the end hour in ISO 8601.
            QTextStream(stdout) << FetchText::tr("Saved %1 (%2 bytes; hours %3 to %4)")
                                       .arg(result.filePath, QLocale().toString(result.bytes),
                                            Time::isoUtc(result.range.fromMs), Time::isoUtc(result.range.toMs))
                                << '\n';
            saved = true;
            // Names for later offline imports of this cluster; failure costs only names.
            client->fetchEnvironments(&context, [](const EnvironmentsResult &) { QCoreApplication::exit(ExitOk); });
        });
    });

    SignalWatcher watcher;
    bool interrupted = false;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &context, [&](int) {
        // Cancelling removes the partial download; finished() then ends the loop.
        interrupted = !saved;
        if (saved)
            QCoreApplication::exit(ExitOk); // only the optional name lookup was still running
        else if (ExportDownloadJob *job = runningJob.data())
            job->cancel();
        else
            QCoreApplication::exit(ExitFailure);
    });
    const int code = QCoreApplication::exec();
    if (interrupted) {
        printError(FetchText::tr("interrupted; nothing was saved"));
        return ExitFailure;
    }
    return code;
}

} // namespace LicenseCli
