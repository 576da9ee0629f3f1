// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "clicommon.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <cstring>

namespace LicenseCli {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportCommands)
};

constexpr Subcommand Subcommands[] = {
    {"overage", runReportOverage, "overage [--quota HU | --profile NAME] [--from ISO] [--to ISO] -o FILE",
     QT_TRANSLATE_NOOP("LicenseCli::ReportCommands",
                       "The hours over the host-unit quota and each environment's share")},
    {"churn", runReportChurn, "churn --before FROM/TO --after FROM/TO [--all] -o FILE",
     QT_TRANSLATE_NOOP("LicenseCli::ReportCommands", "The hosts added, removed, resized or changed in mode")},
    {"compare", runReportCompare, "compare --before FROM/TO --after FROM/TO -o FILE",
     QT_TRANSLATE_NOOP("LicenseCli::ReportCommands", "Two periods side by side, per environment and in total")},
    {"forecast", runReportForecast,
     "forecast --metric dem|ddu|host-unit-hours [--quota N | --profile NAME] --period FROM/TO -o FILE",
     QT_TRANSLATE_NOOP("LicenseCli::ReportCommands", "Consumption at the end of the license period")},
    {"reconcile", runReportReconcile, "reconcile --profile NAME|--cluster URL -o FILE",
     QT_TRANSLATE_NOOP("LicenseCli::ReportCommands",
                       "The estimate of the license period beside the cluster's billed usage, with likely reasons")},
    {"chargeback", runReportChargeback,
     "chargeback --rates FILE --period FROM/TO [--tag-key KEY | --map FILE] -o FILE.csv|FILE.pdf",
     QT_TRANSLATE_NOOP("LicenseCli::ReportCommands", "Chargeback statements per cost centre, as CSV or PDF")},
};

void printUsage(FILE *stream)
{
    QList<std::pair<QString, QString>> commands;
    for (const Subcommand &command : Subcommands)
        commands.append({QString::fromLatin1(command.name), ReportText::tr(command.summary)});
    QString synopses;
    for (const Subcommand &command : Subcommands)
        synopses +=
            QStringLiteral("  license-usage report ") + QString::fromLatin1(command.synopsis) + QLatin1Char('\n');
    QTextStream out(stream);
    out << ReportText::tr("Usage: %1").arg(QStringLiteral("license-usage report <kind> [options]")) << "\n\n"
        << ReportText::tr("Answers computed from the history, each written as a CSV. Periods are ISO 8601 intervals "
                          "FROM/TO,\nthe end not included. Every report takes %1.")
               .arg(QStringLiteral("--history FILE"))
        << "\n\n"
        << ReportText::tr("Reports:") << '\n'
        << helpColumns(commands) << '\n'
        << synopses << '\n'
        << ReportText::tr("A report's options: %1").arg(QStringLiteral("license-usage report <kind> --help")) << '\n';
}

} // namespace

bool reportNeedsGui(int argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "report") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const size_t length = std::strlen(argv[i]);
        if (length >= 4 && QByteArray(argv[i] + length - 4).toLower() == ".pdf")
            return true;
    }
    return false;
}

int runReport(const QStringList &arguments)
{
    if (const std::optional<int> exitCode = runSubcommand(arguments, Subcommands, printUsage))
        return *exitCode;
    printError(ReportText::tr("unknown report '%1' (see %2)")
                   .arg(arguments.value(1), QStringLiteral("license-usage report --help")));
    return ExitUsage;
}

} // namespace LicenseCli
