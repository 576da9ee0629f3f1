// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "cluster/clusterclient.h"
#include "cluster/environmentnamecache.h"
#include "clustercommands.h"
#include "clusteroptions.h"
#include "common/timeutil.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

constexpr int MaxWaitMinutes = 24 * 60;

QString formatBytes(double bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(qint64(bytes));
    if (bytes < 1024.0 * 1024)
        return QStringLiteral("%1 KiB").arg(bytes / 1024, 0, 'f', 1);
    if (bytes < 1024.0 * 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(bytes / 1024 / 1024, 0, 'f', 1);
    return QStringLiteral("%1 GiB").arg(bytes / 1024 / 1024 / 1024, 0, 'f', 2);
}

// A bar redrawn in place on a terminal; a plain line every few seconds otherwise.
class ProgressPrinter final
{
public:
    ProgressPrinter()
        : m_tty(isatty(fileno(stderr)) != 0)
    {
        m_sinceLine.start();
    }

    void update(const TransferProgress &progress)
    {
        const QString rate = QStringLiteral("%1/s").arg(formatBytes(progress.bytesPerSecond));
        if (m_tty) {
            QString line;
            if (progress.bytesTotal > 0) {
                const int percent = int(progress.bytesReceived * 100 / progress.bytesTotal);
                const int filled = percent * 30 / 100;
                line = QStringLiteral("\r[%1%2] %3% %4 of %5, %6")
                           .arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char(' ')))
                           .arg(percent, 3)
                           .arg(formatBytes(double(progress.bytesReceived)), formatBytes(double(progress.bytesTotal)),
                                rate);
            } else {
                static const char spinner[] = "|/-\\";
                line = QStringLiteral("\r%1 %2 received, %3")
                           .arg(QLatin1Char(spinner[m_turn++ % 4]))
                           .arg(formatBytes(double(progress.bytesReceived)), rate);
            }
            m_width = std::max(m_width, int(line.size()));
            QTextStream(stderr) << line.leftJustified(m_width) << Qt::flush;
            return;
        }
        if (m_sinceLine.elapsed() < 2000)
            return;
        m_sinceLine.restart();
        QTextStream(stderr) << "license-usage: received " << formatBytes(double(progress.bytesReceived))
                            << (progress.bytesTotal > 0
                                    ? QStringLiteral(" of %1").arg(formatBytes(double(progress.bytesTotal)))
                                    : QString())
                            << ", " << rate << '\n';
    }

    void message(const QString &text)
    {
        endLine();
        QTextStream(stderr) << "license-usage: " << text << '\n';
    }

    void endLine()
    {
        if (m_tty && m_width > 0)
            QTextStream(stderr) << '\n';
        m_width = 0;
    }

private:
    bool m_tty;
    int m_width = 0;
    int m_turn = 0;
    QElapsedTimer m_sinceLine;
};

std::optional<qint64> parseTimeOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const std::optional<qint64> value = Time::parseIsoUtc(parser.value(option));
    if (!value) {
        printError(QStringLiteral("--%1: '%2' is not an ISO 8601 date or date-time (e.g. 2026-10-01 or "
                                  "2026-10-01T13:00:00Z)")
                       .arg(option.names().constFirst(), parser.value(option)));
        *ok = false;
    }
    return value;
}

} // namespace

int runFetch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Downloads a license consumption export (a ZIP) from a Dynatrace Managed cluster.\n"
        "The range is aligned to whole UTC hours; its end is at most two hours before the current hour.\n"
        "The token is never taken from the command line: use --token-file, LICENSE_USAGE_TOKEN, or a profile\n"
        "whose token is stored in the system keychain ('license-usage token set NAME')."));
    ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("Start (ISO 8601, UTC unless a zone is given; default: 30 days "
                                                       "before the current hour)."),
                                        QStringLiteral("iso"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("End (ISO 8601; default and latest: two hours before the current hour)."),
        QStringLiteral("iso"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Write the ZIP to <file> (replaced only when complete)."),
                                          QStringLiteral("file"));
    const QCommandLineOption maxWaitOption(
        QStringLiteral("max-wait"),
        QStringLiteral("While the cluster is busy (another export, an upgrade), retry for at most <minutes> "
                       "(default 30, at most 1440)."),
        QStringLiteral("minutes"));
    parser.addOptions({fromOption, toOption, outputOption, maxWaitOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument '%1' (the token is never given on the command line; see "
                                  "--help)")
                       .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    if (!parser.isSet(outputOption)) {
        printError(QStringLiteral("no output file: give -o FILE"));
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
            printError(QStringLiteral("--max-wait needs a number of minutes between 0 and %1").arg(MaxWaitMinutes));
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
                if (result.outcome.status != ClusterStatus::Cancelled)
                    printError(result.outcome.errorText);
                QCoreApplication::exit(exitCodeFor(result.outcome));
                return;
            }
            if (result.range.endClamped) {
                printer.message(QStringLiteral("the end was moved to %1: the cluster exports hours "
                                               "up to two hours before the current hour")
                                    .arg(Time::isoUtc(result.range.toMs)));
            }
            QTextStream(stdout) << "Saved " << result.filePath << " (" << result.bytes << " bytes; hours "
                                << Time::isoUtc(result.range.fromMs) << " to " << Time::isoUtc(result.range.toMs)
                                << ")\n";
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
        printError(QStringLiteral("interrupted; nothing was saved"));
        return ExitFailure;
    }
    return code;
}

} // namespace LicenseCli
