// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"
#include "clicommon.h"
#include "clustercommands.h"
#include "exportcommands.h"
#include "historycommands.h"
#include "reportcommands.h"

#include <application/libraryversions.h>
#include <common/translations.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <utility>

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::Main)
};

struct Command
{
    const char *name;
    LicenseCli::CommandFunction run;
    const char *summary; // translated when printed
};

constexpr Command Commands[] = {
    {"csv", LicenseCli::runCsv,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "Write the hourly, daily or monthly usage CSV of an export")},
    {"summary", LicenseCli::runSummary,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "Show per-environment totals, the covered range, gaps and warnings")},
    {"generate", LicenseCli::runGenerate,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "Write a synthetic export for trying things out")},
    {"fetch", LicenseCli::runFetch, QT_TRANSLATE_NOOP("LicenseCli::Main", "Download an export from a cluster")},
    {"sync", LicenseCli::runSync,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "Fetch what the history lacks of a cluster, in chunks")},
    {"environments", LicenseCli::runEnvironments,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "List a cluster's environments")},
    {"profile", LicenseCli::runProfile, QT_TRANSLATE_NOOP("LicenseCli::Main", "Add, list or remove cluster profiles")},
    {"token", LicenseCli::runToken,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "Store a profile's API token in the system keychain")},
    {"demo-cluster", LicenseCli::runDemoCluster,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "Serve the built-in demo cluster on loopback")},
    {"history", LicenseCli::runHistory,
     QT_TRANSLATE_NOOP("LicenseCli::Main",
                       "Keep every export in one local history: import, CSV of any range, gaps, list, rebuild")},
    {"report", LicenseCli::runReport,
     QT_TRANSLATE_NOOP(
         "LicenseCli::Main",
         "Answers and statements from the history: overage, host churn, comparison, forecast, reconciliation, "
         "chargeback")},
    {"check", LicenseCli::runCheck,
     QT_TRANSLATE_NOOP("LicenseCli::Main", "Check license usage against the quotas, as a Nagios/Icinga plugin")},
};

void printUsage(FILE *stream)
{
    QList<std::pair<QString, QString>> commands;
    for (const Command &command : Commands)
        commands.append({QString::fromLatin1(command.name), MainText::tr(command.summary)});
    const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("-h, --help"), MainText::tr("Show this help, or a command's help with: %1")
                                           .arg(QStringLiteral("license-usage <command> --help"))},
        {QStringLiteral("-v, --version"), MainText::tr("Show the version and the versions of the libraries in use")},
    };
    QTextStream out(stream);
    out << MainText::tr("Usage: %1").arg(QStringLiteral("license-usage <command> [options]")) << "\n\n"
        << MainText::tr("Reads Dynatrace Managed license consumption exports and fetches them from clusters.") << "\n\n"
        << MainText::tr("Commands:") << '\n'
        << LicenseCli::helpColumns(commands) << '\n'
        << MainText::tr("Options:") << '\n'
        << LicenseCli::helpColumns(options)
        << '\n'
        //: The exit status numbers stay as they are.
        << MainText::tr("Exit status: 0 success, 1 local failure, 2 usage error, 3 invalid or unsafe export,\n"
                        "4 network, TLS or cluster error, 5 history store unusable.")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // Only a printed report needs Qt Gui (fonts and text layout), and then without a display.
    std::unique_ptr<QCoreApplication> application;
    if (LicenseCli::reportNeedsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
    LicenseCli::printError(
        MainText::tr("unknown command '%1' (see %2)").arg(first, QStringLiteral("license-usage --help")));
    return LicenseCli::ExitUsage;
}
