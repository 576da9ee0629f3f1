// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommands.h"

#include "clicommon.h"
#include "csvoptions.h"
#include "signalwatcher.h"

#include <cluster/environmentnamecache.h>
#include <cluster/requestoutcome.h>
#include <common/numberformat.h>
#include <common/timeutil.h>
#include <demo/exportgenerator.h>
#include <usage/importpipeline.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>
#include <atomic>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ExportCommands)
};

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::FileNotFound:
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::FileUnwritable:
    case ErrorCode::Cancelled:
        return ExitFailure;
    default:
        return ExitInvalidExport;
    }
}

bool takeExportArgument(const QCommandLineParser &parser, QString *path, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(positional.isEmpty() ? ExportText::tr("no export file given (see --help)")
                                        : ExportText::tr("one export file at a time (see --help)"));
        *exitCode = ExitUsage;
        return false;
    }
    *path = positional.first();
    if (!QFileInfo::exists(*path)) {
        printError(ExportText::tr("%1: no such file").arg(*path));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

Result<UsageSnapshotPtr> importForCli(const QString &path)
{
    // Ctrl-C ends an import between two entries, so no output file is left half-written.
    const SignalWatcher watcher;
    return importExport(path, ImportOptions{}, {}, SignalWatcher::interruptedFlag());
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int runCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportText::tr("Writes the usage CSV of an export: one row per hour (or day, or month) and environment."));
    parser.addPositionalArgument(QStringLiteral("export"), ExportText::tr("The export: a ZIP or a JSON file."));
    const CsvCommandOptions csvOptions;
    csvOptions.addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;

    const std::optional<CsvOptions> options = csvOptions.read(parser, &exitCode);
    if (!options)
        return exitCode;

    QString path;
    if (!takeExportArgument(parser, &path, &exitCode))
        return exitCode;
    const Result<UsageSnapshotPtr> imported = importForCli(path);
    if (!imported) {
        printError(imported.error().message());
        return exitCodeFor(imported.error());
    }
    return csvOptions.write(parser, *imported.value(), *options);
}

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportText::tr(
        "Shows per-environment totals of an export, the hours it covers, missing hours and warnings.\n"
        "Host units and DEM units are estimates from the export's inputs, not billed figures; DDUs are the "
        "export's own figures."));
    parser.addPositionalArgument(QStringLiteral("export"), ExportText::tr("The export: a ZIP or a JSON file."));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!takeExportArgument(parser, &path, &exitCode))
        return exitCode;
    const Result<UsageSnapshotPtr> imported = importForCli(path);
    if (!imported) {
        printError(imported.error().message());
        return exitCodeFor(imported.error());
    }
    const UsageSnapshot &store = *imported.value();

    QVector<int> distinctHosts(store.environmentIds().size(), 0);
    for (const HostSummary &host : store.hosts()) {
        if (host.hoursCounted > 0)
            ++distinctHosts[host.environment];
    }

    const QStringList headings = {ExportText::tr("Environment"),      ExportText::tr("Hosts"),
                                  ExportText::tr("Host-unit hours"),  ExportText::tr("Peak host units"),
                                  ExportText::tr("DEM units (est.)"), ExportText::tr("DDUs"),
                                  ExportText::tr("Sessions"),         ExportText::tr("Trial")};
    QList<QStringList> table;
    auto rowFor = [&](const QString &label, int hosts, const UsageRow &row) {
        return QStringList{label,
                           QString::number(hosts),
                           formatMilli(row.hostUnitHoursMilli),
                           formatMilli(row.peakHostUnitsMilli),
                           fixed(row.demUnits),
                           fixed(row.dduTotal),
                           QString::number(row.userSessions()),
                           row.trial ? ExportText::tr("yes") : QString()};
    };
    const EnvironmentNames names = LicenseCore::environmentNames();
    for (const UsageRow &total : store.environmentTotals()) {
        const QString &id = store.environmentIds().at(total.environment);
        const QString name = displaySafe(names.value(id));
        table.append(rowFor(name.isEmpty() ? id : name + QStringLiteral(" (") + id + QLatin1Char(')'),
                            distinctHosts.at(total.environment), total));
    }
    int allHosts = 0;
    for (int n : std::as_const(distinctHosts))
        allHosts += n;
    table.append(rowFor(ExportText::tr("All environments"), allHosts, store.clusterTotal()));

    QList<qsizetype> widths;
    for (const QString &heading : headings)
        widths.append(heading.size());
    for (const QStringList &row : std::as_const(table))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());

    // The labels of the lines around the table, padded to the widest of them in the language in use.
    const QString clusterLabel = ExportText::tr("Cluster:");
    const QString rangeLabel = ExportText::tr("Range:");
    const QString gapsLabel = ExportText::tr("Gaps:");
    const QString warningsLabel = ExportText::tr("Warnings:");
    const qsizetype labelWidth =
        std::max({clusterLabel.size(), rangeLabel.size(), gapsLabel.size(), warningsLabel.size()}) + 1;
    auto label = [labelWidth](const QString &text) { return text.leftJustified(labelWidth); };

    QTextStream out(stdout);
    out << label(clusterLabel) << (store.clusterUuid().isEmpty() ? ExportText::tr("(unknown)") : store.clusterUuid())
        << '\n';
    if (const auto range = store.range()) {
        //: %1 and %2 are hours in ISO 8601, %3 the number of hours, %4 the number of hourly files.
        out << label(rangeLabel)
            << ExportText::tr("%1 to %2 (%3, %4)")
                   .arg(Time::isoUtc(range->fromMs), Time::isoUtc(range->toMs),
                        ExportText::tr("%n hour(s)", nullptr, range->hours()),
                        ExportText::tr("%n hourly file(s)", nullptr, store.hourFiles()))
            << '\n';
    }
    out << ExportText::tr("Estimates from the export's inputs, not billed units.") << "\n\n";
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i == 0 ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i).rightJustified(widths.at(i));
        }
        out << line.trimmed() << '\n';
    };
    printRow(headings);
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (i == table.size() - 1) {
            qsizetype total = 0;
            for (qsizetype w : std::as_const(widths))
                total += w + 2;
            out << QString(total - 2, QLatin1Char('-')) << '\n';
        }
        printRow(table.at(i));
    }

    out << '\n';
    if (store.gaps().isEmpty()) {
        out << label(gapsLabel) << ExportText::tr("none") << '\n';
    } else {
        out << label(gapsLabel) << ExportText::tr("%n missing hour(s)", nullptr, store.missingHours()) << '\n';
        for (const HourRange &gap : store.gaps()) {
            //: %3 is a number of hours, "h" the unit.
            out << "  "
                << ExportText::tr("%1 to %2 (%3 h)")
                       .arg(Time::isoUtc(gap.fromMs), Time::isoUtc(gap.toMs))
                       .arg(gap.hours())
                << '\n';
        }
    }
    if (store.warnings().isEmpty()) {
        out << label(warningsLabel) << ExportText::tr("none") << '\n';
    } else {
        out << warningsLabel << '\n';
        for (const ImportWarning &warning : store.warnings()) {
            out << "  "
                << (warning.count > 1 ? ExportText::tr("%1 (%n time(s))", nullptr, warning.count).arg(warning.text)
                                      : warning.text)
                << '\n';
        }
    }
    return ExitOk;
}

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportText::tr("Writes a synthetic export with the layout and shape of a real one, the same bytes for "
                       "the same options."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ExportText::tr("The ZIP file to write (required)."), QStringLiteral("file"));
    const QCommandLineOption environmentsOption(QStringLiteral("environments"),
                                                ExportText::tr("Number of environments (default %1).").arg(6),
                                                QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"),
                                         ExportText::tr("Number of hosts over all environments (default %1).").arg(120),
                                         QStringLiteral("n"), QStringLiteral("120"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"),
                                         ExportText::tr("Number of hours (default %1).").arg(168), QStringLiteral("n"),
                                         QStringLiteral("168"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), ExportText::tr("Random seed (default %1).").arg(1),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         ExportText::tr("First hour, ISO 8601 in UTC (default: hours before %1).")
                                             .arg(QStringLiteral("2026-10-01T00:00:00Z")),
                                         QStringLiteral("time"));
    const QCommandLineOption flatOption(QStringLiteral("flat"),
                                        ExportText::tr("JSON files directly in the ZIP instead of the nested layout."));
    parser.addOptions(
        {outputOption, environmentsOption, hostsOption, hoursOption, seedOption, startOption, flatOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(ExportText::tr("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    if (!parser.isSet(outputOption)) {
        printError(ExportText::tr("%1 is required (see --help)").arg(QStringLiteral("-o FILE")));
        return ExitUsage;
    }
    auto number = [&](const QCommandLineOption &option, int minimum, int maximum, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value < minimum || *value > maximum) {
            //: %1 is an option name.
            printError(ExportText::tr("--%1 must be a whole number from %2 to %3")
                           .arg(option.names().constFirst())
                           .arg(minimum)
                           .arg(maximum));
            return false;
        }
        return true;
    };
    GeneratorOptions options;
    if (!number(environmentsOption, 1, 1000, &options.environments) ||
        !number(hostsOption, 0, 1'000'000, &options.hosts) || !number(hoursOption, 1, 24 * 366 * 3, &options.hours))
        return ExitUsage;
    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        printError(ExportText::tr("--seed must be a non-negative whole number"));
        return ExitUsage;
    }
    if (parser.isSet(startOption)) {
        const std::optional<qint64> start = Time::parseIsoUtc(parser.value(startOption));
        if (!start) {
            printError(ExportText::tr("--start '%1' is not an ISO 8601 date-time").arg(parser.value(startOption)));
            return ExitUsage;
        }
        options.startMs = Time::floorHour(*start);
    }
    options.nested = !parser.isSet(flatOption);

    const ExportGenerator generator(options);
    if (const Error error = generator.writeZipFile(parser.value(outputOption)); error.isError()) {
        printError(error.message());
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace LicenseCli
