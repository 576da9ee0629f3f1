// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommands.h"

#include "clicommon.h"
#include "csvoptions.h"
#include "historyoptions.h"

#include <cluster/requestoutcome.h>
#include <common/timeutil.h>
#include <history/historystore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::HistoryCommands)
};

// For a subcommand that takes no positional argument: parses, then opens the store --history names. Prints the
// problem and returns false with *exitCode set when either fails.
bool parseAndOpen(QCommandLineParser &parser, const QStringList &arguments, const HistoryOption &history,
                  HistoryStore &store, int *exitCode)
{
    return parseOrExit(parser, arguments, exitCode) && noPositionalArguments(parser, exitCode) &&
           openHistory(store, history.value(parser), exitCode);
}

// Prints the store's error and returns its exit status.
int failed(const Error &error)
{
    printError(error.message());
    return historyExitCode(error);
}

// What an ingest did, in one line: hours added, replaced and left to a newer export, or that nothing changed.
QString describe(const IngestResult &result)
{
    if (result.alreadyKnown)
        return HistoryText::tr("already in the history; nothing changed");
    QStringList parts;
    if (result.hoursAdded > 0)
        parts.append(HistoryText::tr("%n hour(s) added", nullptr, result.hoursAdded));
    if (result.hoursReplaced > 0) {
        parts.append(HistoryText::tr("%n hour(s) replaced", nullptr, result.hoursReplaced) + QStringLiteral(" (") +
                     HistoryText::tr("%n value(s) changed", nullptr, result.valuesChanged) + QLatin1Char(')'));
    }
    if (result.hoursKeptNewer > 0)
        parts.append(
            HistoryText::tr("%n hour(s) left alone: a newer export holds them", nullptr, result.hoursKeptNewer));
    if (parts.isEmpty())
        return HistoryText::tr("nothing changed");
    return parts.join(QStringLiteral(", "));
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HistoryText::tr(
        "Adds exports to the history. Each is checked as hostile input, kept byte for byte beside the store and "
        "merged hour by hour: for an hour that two exports hold, the one made most recently stands. An export is "
        "added whole or not at all, even when the command is interrupted; run it again to finish."));
    parser.addPositionalArgument(QStringLiteral("files"), HistoryText::tr("The exports: ZIP or JSON files."),
                                 QStringLiteral("FILE..."));
    const HistoryOption history;
    history.addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(HistoryText::tr("no export file given (see --help)"));
        return ExitUsage;
    }
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            printError(HistoryText::tr("%1: no such file").arg(file));
            return ExitUsage;
        }
    }

    HistoryStore store;
    if (!openHistory(store, history.value(parser), &exitCode))
        return exitCode;
    QTextStream out(stdout);
    for (const QString &file : files) {
        const Result<IngestResult> result = store.ingest(file);
        if (!result) {
            printError(result.error().message());
            const int code = historyExitCode(result.error());
            // The next export would meet the same store.
            if (code == ExitStoreUnusable)
                return code;
            if (exitCode == ExitOk)
                exitCode = code;
            continue;
        }
        out << displaySafe(file) << ": " << describe(result.value()) << Qt::endl;
    }
    return exitCode;
}

int runHistoryCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HistoryText::tr("Writes the usage CSV of a range of the history, as %1 writes it for one export: one row "
                        "per hour (or day, or month) and environment. Without --from and --to, all the history of "
                        "the cluster (or of every cluster). A range without data gives the header alone.")
            .arg(QStringLiteral("license-usage csv")));
    const HistoryOption history;
    history.addTo(parser);
    const CsvCommandOptions csv;
    csv.addTo(parser);
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        HistoryText::tr("Start (ISO 8601, UTC unless a zone is given; default: the first hour in the history)."),
        QStringLiteral("iso"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        HistoryText::tr("End, not included (ISO 8601; default: the end of the last hour in the history)."),
        QStringLiteral("iso"));
    const QCommandLineOption clusterOption(QStringLiteral("cluster"),
                                           HistoryText::tr("Only the cluster with this UUID (default: every cluster)."),
                                           QStringLiteral("uuid"));
    parser.addOptions({fromOption, toOption, clusterOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode) || !noPositionalArguments(parser, &exitCode))
        return exitCode;
    const std::optional<CsvOptions> options = csv.read(parser, &exitCode);
    if (!options)
        return exitCode;
    bool timesOk = true;
    const std::optional<qint64> from = parseTimeOption(parser, fromOption, &timesOk);
    const std::optional<qint64> to = parseTimeOption(parser, toOption, &timesOk);
    if (!timesOk)
        return ExitUsage;

    HourRange range;
    // As for fetch: the start goes down to its hour, a partial end hour is included.
    if (from)
        range.fromMs = Time::floorHour(*from);
    if (to)
        range.toMs = Time::floorHour(*to) == *to ? *to : Time::floorHour(*to) + Time::HourMs;
    if (from && to && range.toMs <= range.fromMs) {
        printError(HistoryText::tr("the range is empty: it starts at %1 and ends at %2")
                       .arg(Time::isoUtc(range.fromMs), Time::isoUtc(range.toMs)));
        return ExitUsage;
    }

    HistoryStore store;
    if (!openHistory(store, history.value(parser), &exitCode))
        return exitCode;
    const QString cluster = parser.value(clusterOption);
    if (!from || !to) {
        const Result<QList<StoredCluster>> clusters = store.clusters();
        if (!clusters)
            return failed(clusters.error());
        std::optional<HourRange> extent;
        for (const StoredCluster &stored : clusters.value()) {
            if (!cluster.isEmpty() && stored.uuid != cluster)
                continue;
            extent = extent ? HourRange{std::min(extent->fromMs, stored.extent.fromMs),
                                        std::max(extent->toMs, stored.extent.toMs)}
                            : stored.extent;
        }
        if (!from)
            range.fromMs = extent ? extent->fromMs : 0;
        if (!to)
            range.toMs = extent ? extent->toMs : 0;
    }
    UsageSnapshotPtr snapshot;
    if (range.isEmpty()) {
        snapshot = std::make_shared<UsageSnapshot>();
    } else {
        // The rules of an export's CSV (license-usage csv), so both give the same rows for the same hours.
        Result<UsageSnapshotPtr> read = store.snapshot(cluster, range, RuleSettings{});
        if (!read)
            return failed(read.error());
        snapshot = read.value();
    }
    return csv.write(parser, *snapshot, *options);
}

int runGaps(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HistoryText::tr("Prints the hours no export holds between each cluster's first and last hour in the "
                        "history, one line per missing range: cluster UUID, first missing hour, end (not "
                        "included), number of hours. Nothing else goes to standard output."));
    const HistoryOption history;
    history.addTo(parser);
    const QCommandLineOption clusterOption(QStringLiteral("cluster"),
                                           HistoryText::tr("Only the cluster with this UUID (default: every cluster)."),
                                           QStringLiteral("uuid"));
    parser.addOption(clusterOption);
    int exitCode = ExitOk;
    HistoryStore store;
    if (!parseAndOpen(parser, arguments, history, store, &exitCode))
        return exitCode;
    const Result<QList<StoredCluster>> clusters = store.clusters();
    if (!clusters)
        return failed(clusters.error());
    const QString only = parser.value(clusterOption);
    bool found = false;
    QTextStream out(stdout);
    for (const StoredCluster &cluster : clusters.value()) {
        if (!only.isEmpty() && cluster.uuid != only)
            continue;
        found = true;
        const Result<QList<HourRange>> gaps = store.gaps(cluster.uuid);
        if (!gaps)
            return failed(gaps.error());
        // The uuid comes from an export: no control character may break the one line per gap.
        const QString uuid = displaySafe(cluster.uuid);
        for (const HourRange &gap : gaps.value())
            out << uuid << ' ' << Time::isoUtc(gap.fromMs) << ' ' << Time::isoUtc(gap.toMs) << ' ' << gap.hours()
                << '\n';
    }
    if (!only.isEmpty() && !found)
        printError(HistoryText::tr("the history holds no hour of cluster %1").arg(only));
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HistoryText::tr("Lists the exports the history holds: id (for %1), file, cluster, the hours it "
                        "holds, when it was made and ingested, and for how many of its hours it stands.")
            .arg(QStringLiteral("history forget")));
    const HistoryOption history;
    history.addTo(parser);
    int exitCode = ExitOk;
    HistoryStore store;
    if (!parseAndOpen(parser, arguments, history, store, &exitCode))
        return exitCode;
    const Result<QList<StoredExport>> held = store.exports();
    if (!held)
        return failed(held.error());
    QTextStream out(stdout);
    if (held.value().isEmpty()) {
        out << HistoryText::tr("The history holds no exports.") << '\n';
        return ExitOk;
    }

    QList<QStringList> table = {{HistoryText::tr("ID"), HistoryText::tr("SHA-256"), HistoryText::tr("File"),
                                 HistoryText::tr("Cluster"), HistoryText::tr("From"), HistoryText::tr("To"),
                                 HistoryText::tr("Made"), HistoryText::tr("Ingested"),
                                 HistoryText::tr("Hours standing")}};
    for (const StoredExport &stored : held.value()) {
        const Result<ExportSpan> span = store.exportSpan(stored.id);
        if (!span)
            return failed(span.error());
        table.append({QString::number(stored.id), stored.sha256.left(12), displaySafe(stored.originalName),
                      displaySafe(stored.clusterUuid), Time::isoUtc(span.value().hours.fromMs),
                      Time::isoUtc(span.value().hours.toMs), Time::isoUtc(stored.madeMs),
                      Time::isoUtc(stored.ingestedMs),
                      //: %1 of %2 hours of the export stand (no newer export holds them).
                      HistoryText::tr("%1 of %2").arg(stored.hoursStanding).arg(stored.hours)});
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &row : std::as_const(table))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        out << line.trimmed() << '\n';
    }
    return ExitOk;
}

int runRebuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HistoryText::tr("Rebuilds the store from the kept exports, with progress on standard error. Kept exports "
                        "the store does not list (a lost or damaged store moved aside) are added again."));
    const HistoryOption history;
    history.addTo(parser);
    int exitCode = ExitOk;
    HistoryStore store;
    if (!parseAndOpen(parser, arguments, history, store, &exitCode))
        return exitCode;
    QTextStream err(stderr);
    int total = 0;
    const Status status = store.rebuild([&](int index, int count, const QString &name) {
        total = count;
        //: Progress of a rebuild: %1 and %2 count exports, %3 is a file name.
        err << HistoryText::tr("Rebuilding %1/%2: %3").arg(index + 1).arg(count).arg(displaySafe(name)) << Qt::endl;
    });
    if (status.isError())
        return failed(status);
    QTextStream(stdout) << HistoryText::tr("Rebuilt the history from %n kept export(s).", nullptr, total) << '\n';
    return ExitOk;
}

int runForget(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HistoryText::tr("Removes an export and its kept copy from the history; its hours go to the best remaining "
                        "export that holds them."));
    parser.addPositionalArgument(QStringLiteral("export"),
                                 HistoryText::tr("The export's id as %1 shows it, or the start of its SHA-256.")
                                     .arg(QStringLiteral("history list")),
                                 QStringLiteral("EXPORT"));
    const HistoryOption history;
    history.addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(
            HistoryText::tr("give one export: its id as %1 shows it (see --help)").arg(QStringLiteral("history list")));
        return ExitUsage;
    }
    const QString wanted = parser.positionalArguments().first().toLower();
    HistoryStore store;
    if (!openHistory(store, history.value(parser), &exitCode))
        return exitCode;
    const Result<QList<StoredExport>> held = store.exports();
    if (!held)
        return failed(held.error());

    // An id first; else a SHA-256 prefix long enough not to be taken for an id by accident.
    static const QRegularExpression hexPrefix(QStringLiteral("^[0-9a-f]{6,64}$"));
    QList<StoredExport> matches;
    for (const StoredExport &stored : held.value()) {
        if (QString::number(stored.id) == wanted)
            matches = {stored};
    }
    if (matches.isEmpty() && hexPrefix.match(wanted).hasMatch()) {
        for (const StoredExport &stored : held.value()) {
            if (stored.sha256.startsWith(wanted))
                matches.append(stored);
        }
    }
    if (matches.isEmpty()) {
        printError(HistoryText::tr("the history holds no export '%1' (see %2)")
                       .arg(wanted, QStringLiteral("license-usage history list")));
        return ExitUsage;
    }
    if (matches.size() > 1) {
        printError(
            HistoryText::tr("'%1' starts the SHA-256 of %n export(s); give more of it", nullptr, int(matches.size()))
                .arg(wanted));
        return ExitUsage;
    }
    const StoredExport &stored = matches.first();
    if (const Status status = store.forget(stored.id); status.isError())
        return failed(status);
    //: %1 is the export's id, %2 its file name.
    QTextStream(stdout)
        << HistoryText::tr("Forgot export %1 (%2).").arg(stored.id).arg(displaySafe(stored.originalName)) << '\n';
    return ExitOk;
}

constexpr Subcommand Subcommands[] = {
    {"import", runImport, "import FILE...", QT_TRANSLATE_NOOP("LicenseCli::HistoryCommands", "Add exports")},
    {"csv", runHistoryCsv, "csv [options] -o FILE",
     QT_TRANSLATE_NOOP("LicenseCli::HistoryCommands", "Write the usage CSV of any range of the history")},
    {"gaps", runGaps, "gaps [--cluster UUID]",
     QT_TRANSLATE_NOOP("LicenseCli::HistoryCommands", "List the hours no export holds, one line per missing range")},
    {"list", runList, "list", QT_TRANSLATE_NOOP("LicenseCli::HistoryCommands", "List the exports held")},
    {"rebuild", runRebuild, "rebuild",
     QT_TRANSLATE_NOOP("LicenseCli::HistoryCommands", "Rebuild the store from the kept exports")},
    {"forget", runForget, "forget EXPORT",
     QT_TRANSLATE_NOOP("LicenseCli::HistoryCommands", "Remove an export from the history")},
};

void printUsage(FILE *stream)
{
    QList<std::pair<QString, QString>> commands;
    for (const Subcommand &command : Subcommands)
        commands.append({QString::fromLatin1(command.synopsis), HistoryText::tr(command.summary)});
    QTextStream out(stream);
    out << HistoryText::tr("Usage: %1").arg(QStringLiteral("license-usage history <command> [options]")) << "\n\n"
        << HistoryText::tr("The history merges every export into one local store, so any range of any cluster can "
                           "be read\nwhatever export it came from. Every command takes %1 to use another store "
                           "than the one\nthe settings choose.")
               .arg(QStringLiteral("--history FILE"))
        << "\n\n"
        << HistoryText::tr("Commands:") << '\n'
        << helpColumns(commands) << '\n'
        << HistoryText::tr("A command's options: %1").arg(QStringLiteral("license-usage history <command> --help"))
        << '\n';
}

} // namespace

int runHistory(const QStringList &arguments)
{
    if (const std::optional<int> exitCode = runSubcommand(arguments, Subcommands, printUsage))
        return *exitCode;
    printError(HistoryText::tr("unknown history command '%1' (see %2)")
                   .arg(arguments.value(1), QStringLiteral("license-usage history --help")));
    return ExitUsage;
}

} // namespace LicenseCli
