// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineOption;
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

// "license-usage: <message>" on stderr, one line.
void printError(const QString &message);
// Parses, handling --help; on a usage error prints it and returns false with *exitCode set.
bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// The value of a date option (ISO 8601, UTC unless a zone is given) in epoch milliseconds; nullopt when the option
// is not set. A value that is not a date is printed as an error and sets *ok to false.
std::optional<qint64> parseTimeOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok);

} // namespace LicenseCli
