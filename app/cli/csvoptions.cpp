// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvoptions.h"

#include "clicommon.h"

#include <cluster/environmentnamecache.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct CsvOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::CsvOptions)
};
} // namespace

CsvCommandOptions::CsvCommandOptions()
    : output({QStringLiteral("o"), QStringLiteral("output")},
             CsvOptionsText::tr("Write to <file> (atomically) instead of stdout; \"-\" is stdout."),
             QStringLiteral("file"))
    , granularity(QStringLiteral("granularity"), CsvOptionsText::tr("Rows per hour (default), day or month, in UTC."),
                  QStringLiteral("hour|day|month"), QStringLiteral("hour"))
    , environment(QStringLiteral("environment"), CsvOptionsText::tr("Only this environment id; repeat for several."),
                  QStringLiteral("id"))
{}

void CsvCommandOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({output, granularity, environment});
}

std::optional<CsvOptions> CsvCommandOptions::read(const QCommandLineParser &parser, int *exitCode) const
{
    CsvOptions options;
    const QString value = parser.value(granularity);
    if (value == QLatin1String("hour")) {
        options.granularity = Granularity::Hour;
    } else if (value == QLatin1String("day")) {
        options.granularity = Granularity::Day;
    } else if (value == QLatin1String("month")) {
        options.granularity = Granularity::Month;
    } else {
        //: "hour", "day" and "month" are values of the option and stay as they are.
        printError(CsvOptionsText::tr("--granularity must be hour, day or month, not '%1'").arg(value));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const QStringList environments = parser.values(environment);
    options.environments = QSet<QString>(environments.cbegin(), environments.cend());
    return options;
}

int CsvCommandOptions::write(const QCommandLineParser &parser, const UsageSnapshot &snapshot,
                             const CsvOptions &options) const
{
    // Names remembered from clusters this computer has talked to; an export alone has only ids.
    const EnvironmentNames names = LicenseCore::environmentNames();
    const QString path = parser.value(output);
    Error error;
    if (parser.isSet(output) && path != QLatin1String("-")) {
        error = CsvWriter::save(path, snapshot, names, options);
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            error = Error{ErrorCode::FileUnwritable, out.errorString(), QStringLiteral("stdout")};
        else
            error = CsvWriter::write(out, snapshot, names, options);
    }
    if (error.isError()) {
        printError(error.message());
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace LicenseCli
