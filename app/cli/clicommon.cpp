// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include "cluster/clusteroutcome.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace LicenseCli {

void printError(const QString &message)
{
    // Messages quote clusters, files and arguments: no control character may reach the terminal (ESC sequences
    // could rewrite what the user sees, CR could hide the start of the line). Line breaks become spaces.
    QTextStream(stderr) << "license-usage: " << LicenseCore::displaySafe(message) << '\n';
}

bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QStringLiteral(" (see '%1 --help')").arg(arguments.value(0)));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by argv[0]; show the subcommand instead.
        const QStringList programArguments = QCoreApplication::arguments();
        text.replace(QStringLiteral("Usage: ") + programArguments.value(0),
                     QStringLiteral("Usage: ") + arguments.value(0));
        QTextStream(stdout) << text;
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace LicenseCli
