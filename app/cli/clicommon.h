// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <optional>
#include <span>
#include <utility>

class QCommandLineParser;

namespace LicenseCli {

// Exit codes shared by every subcommand.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,       // output could not be written, or another local failure
    ExitUsage = 2,         // wrong arguments
    ExitInvalidExport = 3, // the export is invalid or unsafe
    ExitClusterError = 4,  // network, TLS or cluster errors
    ExitStoreUnusable = 5, // the history store is damaged, newer, locked, or on a full or read-only disk
};

// A subcommand gets its own arguments (argv[0] replaced by "license-usage <name>").
using CommandFunction = int (*)(const QStringList &arguments);

// One subcommand of a command with subcommands (license-usage history, license-usage report).
struct Subcommand
{
    const char *name;
    CommandFunction run;
    const char *synopsis; // after "license-usage <command> "
    const char *summary;  // translated when printed
};

// Runs the subcommand that arguments[1] names, with argv[0] replaced by "<argv[0]> <name>". Without a name,
// prints the usage on stderr (usage exit status); for -h, --help or help on stdout. nullopt when no subcommand has
// that name: the caller says so in its own words.
std::optional<int> runSubcommand(const QStringList &arguments, std::span<const Subcommand> subcommands,
                                 void (*printUsage)(FILE *stream));

// Rows of "  <name>  <description>" for a help text, the first column as wide as its longest entry plus two spaces.
QString helpColumns(const QList<std::pair<QString, QString>> &rows);

// "license-usage: <message>" on stderr, one line.
void printError(const QString &message);
// Parses, handling --help; on a usage error prints it and returns false with *exitCode set.
bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// For a command that takes no positional argument: prints the problem and returns false with *exitCode set when
// it gets one.
bool noPositionalArguments(const QCommandLineParser &parser, int *exitCode);
// The instant an ISO 8601 option gives (UTC unless it names a zone); nullopt when it is not set, or after printing
// the problem with *ok set to false when it is not a date or date-time.
std::optional<qint64> parseTimeOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok);
// The period an option gives as an ISO 8601 interval FROM/TO (each a date or date-time, UTC unless it names a zone;
// TO not included), widened to whole hours: FROM down to its hour, a partial last hour included. nullopt when the
// option is not set, or after printing the problem with *ok set to false when it is not such an interval or is
// empty.
std::optional<LicenseCore::HourRange> parsePeriodOption(const QCommandLineParser &parser,
                                                        const QCommandLineOption &option, bool *ok);

// --before and --after: the two periods a report compares, each as --period takes it (parsePeriodOption).
struct TwoPeriodOptions
{
    TwoPeriodOptions();

    QCommandLineOption before;
    QCommandLineOption after;

    void addTo(QCommandLineParser &parser) const;
    // Both periods; prints the problem and returns false with *exitCode set when either is missing or is not a
    // period.
    bool read(const QCommandLineParser &parser, LicenseCore::HourRange *beforeRange, LicenseCore::HourRange *afterRange,
              int *exitCode) const;
};

} // namespace LicenseCli
