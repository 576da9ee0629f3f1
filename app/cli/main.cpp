// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "clustercommands.h"
#include "common/libraryversions.h"
#include "common/translations.h"
#include "exportcommands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

struct Command
{
    const char *name;
    LicenseCli::CommandFunction run;
    const char *summary;
};

constexpr Command Commands[] = {
    {"csv", LicenseCli::runCsv, "Write the hourly, daily or monthly usage CSV of an export"},
    {"summary", LicenseCli::runSummary, "Show per-environment totals, the covered range, gaps and warnings"},
    {"generate", LicenseCli::runGenerate, "Write a synthetic export for trying things out"},
    {"fetch", LicenseCli::runFetch, "Download an export from a cluster"},
    {"environments", LicenseCli::runEnvironments, "List a cluster's environments"},
    {"profile", LicenseCli::runProfile, "Add, list or remove cluster profiles"},
    {"token", LicenseCli::runToken, "Store a profile's API token in the system keychain"},
    {"demo-cluster", LicenseCli::runDemoCluster, "Serve the built-in demo cluster on loopback"},
};

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << "Usage: license-usage <command> [options]\n\n"
        << "Reads Dynatrace Managed license consumption exports and fetches them from clusters.\n\n"
        << "Commands:\n";
    for (const Command &command : Commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(14) << QString::fromLatin1(command.summary)
            << '\n';
    out << "\nOptions:\n"
        << "  -h, --help     Show this help, or a command's help with: license-usage <command> --help\n"
        << "  -v, --version  Show the version and the versions of the libraries in use\n"
        << "\nExit status: 0 success, 1 local failure, 2 usage error, 3 invalid or unsafe export,\n"
        << "4 network, TLS or cluster error.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LicenseCore::installTranslations(app);
    QCoreApplication::setApplicationName(QStringLiteral("license-usage"));
    QCoreApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LUE_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(stderr);
        return LicenseCli::ExitUsage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printUsage(stdout);
        return LicenseCli::ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        // The first line stays "license-usage <version>" (scripts read it); the libraries follow for bug reports.
        QTextStream(stdout) << LicenseCore::versionReport(
            QStringLiteral("license-usage"), QCoreApplication::applicationVersion(), LicenseCore::libraryVersions());
        return LicenseCli::ExitOk;
    }
    for (const Command &command : Commands) {
        if (first == QLatin1String(command.name)) {
            QStringList commandArguments = arguments.mid(1);
            commandArguments.first() = QStringLiteral("license-usage ") + first;
            return command.run(commandArguments);
        }
    }
    LicenseCli::printError(QStringLiteral("unknown command '%1' (see license-usage --help)").arg(first));
    return LicenseCli::ExitUsage;
}
