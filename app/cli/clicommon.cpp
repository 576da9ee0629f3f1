// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include <cluster/requestoutcome.h>
#include <common/timeutil.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace LicenseCli {

namespace {
struct CommonText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::Common)
};

// The texts of TwoPeriodOptions, translated outside its members: lupdate does not know the struct, and would put
// a text translated in one of its members in a context of its own.
QString firstPeriodHelp()
{
    return CommonText::tr("The first period (ISO 8601 interval, end excluded).");
}

QString secondPeriodHelp()
{
    return CommonText::tr("The second period (ISO 8601 interval, end excluded).");
}

QString bothPeriodsNeeded()
{
    return CommonText::tr("give both %1 and %2 (see --help)")
        .arg(QStringLiteral("--before FROM/TO"), QStringLiteral("--after FROM/TO"));
}
} // namespace

std::optional<int> runSubcommand(const QStringList &arguments, std::span<const Subcommand> subcommands,
                                 void (*printUsage)(FILE *stream))
{
    const QString name = arguments.value(1);
    if (name.isEmpty()) {
        printUsage(stderr);
        return ExitUsage;
    }
    if (name == QLatin1String("-h") || name == QLatin1String("--help") || name == QLatin1String("help")) {
        printUsage(stdout);
        return ExitOk;
    }
    for (const Subcommand &command : subcommands) {
        if (name == QLatin1String(command.name)) {
            QStringList commandArguments = arguments.mid(1);
            commandArguments.first() = arguments.first() + QLatin1Char(' ') + name;
            return command.run(commandArguments);
        }
    }
    return std::nullopt;
}

QString helpColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 2);
    QString text;
    for (const auto &[name, description] : rows)
        text += QStringLiteral("  ") + name.leftJustified(width) + description + QLatin1Char('\n');
    return text;
}

void printError(const QString &message)
{
    // Messages quote clusters, files and arguments: no control character may reach the terminal (ESC sequences
    // could rewrite what the user sees, CR could hide the start of the line). Line breaks become spaces.
    QTextStream(stderr) << "license-usage: " << LicenseCore::displaySafe(message) << '\n';
}

bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CommonText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        //: %1 is the parser's message, %2 the command, e.g. "license-usage csv".
        printError(CommonText::tr("%1 (see '%2 --help')").arg(parser.errorText(), arguments.value(0)));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by argv[0] on its first line, whose wording follows the language;
        // show the subcommand instead.
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at =
            program.isEmpty() ? -1 : QStringView(text).left(text.indexOf(QLatin1Char('\n'))).indexOf(program);
        if (at >= 0)
            text.replace(at, program.size(), arguments.value(0));
        QTextStream(stdout) << text;
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

bool noPositionalArguments(const QCommandLineParser &parser, int *exitCode)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    printError(CommonText::tr("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first()));
    *exitCode = ExitUsage;
    return false;
}

std::optional<qint64> parseTimeOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const std::optional<qint64> value = LicenseCore::Time::parseIsoUtc(parser.value(option));
    if (!value) {
        //: %1 is an option name, %2 the value given, %3 and %4 examples.
        printError(CommonText::tr("--%1: '%2' is not an ISO 8601 date or date-time (e.g. %3 or %4)")
                       .arg(option.names().constFirst(), parser.value(option), QStringLiteral("2026-10-01"),
                            QStringLiteral("2026-10-01T13:00:00Z")));
        *ok = false;
    }
    return value;
}

std::optional<LicenseCore::HourRange> parsePeriodOption(const QCommandLineParser &parser,
                                                        const QCommandLineOption &option, bool *ok)
{
    using namespace LicenseCore;
    if (!parser.isSet(option))
        return std::nullopt;
    const QString value = parser.value(option);
    const QStringList parts = value.split(QLatin1Char('/'));
    const std::optional<qint64> from = parts.size() == 2 ? Time::parseIsoUtc(parts.at(0)) : std::nullopt;
    const std::optional<qint64> to = parts.size() == 2 ? Time::parseIsoUtc(parts.at(1)) : std::nullopt;
    if (!from || !to) {
        //: %1 is an option name, %2 the value given, %3 an example.
        printError(CommonText::tr("--%1: '%2' is not an ISO 8601 interval FROM/TO (e.g. %3)")
                       .arg(option.names().constFirst(), value, QStringLiteral("2026-10-01/2026-11-01")));
        *ok = false;
        return std::nullopt;
    }
    const HourRange range{Time::floorHour(*from),
                          Time::floorHour(*to) == *to ? *to : Time::floorHour(*to) + Time::HourMs};
    if (range.isEmpty()) {
        //: %1 is an option name, %2 and %3 the period's start and end.
        printError(CommonText::tr("--%1: the period is empty: it starts at %2 and ends at %3")
                       .arg(option.names().constFirst(), Time::isoUtc(range.fromMs), Time::isoUtc(range.toMs)));
        *ok = false;
        return std::nullopt;
    }
    return range;
}

TwoPeriodOptions::TwoPeriodOptions()
    : before(QStringLiteral("before"), firstPeriodHelp(), QStringLiteral("from/to"))
    , after(QStringLiteral("after"), secondPeriodHelp(), QStringLiteral("from/to"))
{}

void TwoPeriodOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({before, after});
}

bool TwoPeriodOptions::read(const QCommandLineParser &parser, LicenseCore::HourRange *beforeRange,
                            LicenseCore::HourRange *afterRange, int *exitCode) const
{
    bool ok = true;
    const std::optional<LicenseCore::HourRange> first = parsePeriodOption(parser, before, &ok);
    const std::optional<LicenseCore::HourRange> second = ok ? parsePeriodOption(parser, after, &ok) : std::nullopt;
    if (ok && (!first || !second)) {
        printError(bothPeriodsNeeded());
        ok = false;
    }
    if (!ok) {
        *exitCode = ExitUsage;
        return false;
    }
    *beforeRange = *first;
    *afterRange = *second;
    return true;
}

} // namespace LicenseCli
