// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyoptions.h"

#include "clicommon.h"

#include <application/appsettings.h>
#include <application/historylocation.h>
#include <history/historystore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct HistoryOptionText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::HistoryOption)
};
} // namespace

HistoryOption::HistoryOption()
    : file(QStringLiteral("history"),
           HistoryOptionText::tr("Use the history store <file> (and the kept exports beside it), or the shared "
                                 "store postgresql://USER@HOST:PORT/DATABASE?sslmode=… (its password from ~/.pgpass, "
                                 "never in the URI), instead of the one the settings choose."),
           QStringLiteral("file"))
{}

void HistoryOption::addTo(QCommandLineParser &parser) const
{
    parser.addOption(file);
}

QString HistoryOption::value(const QCommandLineParser &parser) const
{
    return parser.value(file);
}

bool openHistory(HistoryStore &store, const QString &storeFile, int *exitCode)
{
    const std::unique_ptr<QSettings> settings = applicationSettings();
    const HistoryLocation location = historyLocation(loadAppSettings(*settings), storeFile);
    const Status status = store.open(location.storePath, location.exportFolder);
    if (!status.isError())
        return true;
    printError(status.message());
    *exitCode = status.code == ErrorCode::StoreUnusable ? ExitStoreUnusable : ExitFailure;
    return false;
}

int historyExitCode(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return ExitOk;
    case ErrorCode::StoreUnusable:
        return ExitStoreUnusable;
    case ErrorCode::FileNotFound:
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::NotAnArchive:
    case ErrorCode::TruncatedArchive:
    case ErrorCode::ArchiveLimit:
    case ErrorCode::UnsafeEntry:
    case ErrorCode::EncryptedEntry:
    case ErrorCode::ChecksumMismatch:
    case ErrorCode::NoUsageData:
    case ErrorCode::InvalidJson:
    case ErrorCode::InvalidSchema:
        return ExitInvalidExport;
    default:
        return ExitFailure;
    }
}

} // namespace LicenseCli
