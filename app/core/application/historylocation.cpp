// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historylocation.h>
#include <history/sqldialect.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace LicenseCore {

namespace {

// The names the desktop application registers (ui/main.cpp); the command line registers another application
// name, so both are spelled out here instead of taken from QCoreApplication.
const QString OrganizationName = QStringLiteral("LicenseUsageExplorer");
const QString WindowApplicationName = QStringLiteral("License Usage Explorer");

} // namespace

bool isPostgresHistory(const QString &location)
{
    return SqlDialect::isPostgresUri(location);
}

PostgresUriProblem postgresUriProblem(const QString &uri)
{
    const Result<PostgresTarget> target = SqlDialect::parsePostgresUri(uri);
    if (target)
        return PostgresUriProblem::None;
    return target.error().detail.contains(QLatin1String("password")) ? PostgresUriProblem::HoldsPassword
                                                                     : PostgresUriProblem::Invalid;
}

QString postgresPasswordKey(const QString &uri)
{
    const Result<PostgresTarget> target = SqlDialect::parsePostgresUri(uri);
    if (!target)
        return {};
    const PostgresTarget &where = target.value();
    return QStringLiteral("%1@%2:%3/%4")
        .arg(where.user, where.host.isEmpty() ? QStringLiteral("localhost") : where.host)
        .arg(where.port > 0 ? where.port : 5432)
        .arg(where.database);
}

QString defaultDataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(OrganizationName + QLatin1Char('/') + WindowApplicationName);
}

QString dataFolder(const AppSettings &settings)
{
    return settings.dataFolder.isEmpty() ? defaultDataFolder() : settings.dataFolder;
}

HistoryLocation postgresLocation(const QString &uri, const QString &folder)
{
    // One local folder per store, named by a digest of the URI (which holds no password): copies in flight and
    // kept copies read back from the database.
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return {uri, QDir(folder).filePath(QStringLiteral("postgresql-%1-exports").arg(digest))};
}

HistoryLocation historyLocationOf(const QString &storeFile)
{
    if (SqlDialect::isPostgresUri(storeFile))
        return postgresLocation(storeFile, defaultDataFolder());
    const QFileInfo info(storeFile);
    const QString store = QDir::cleanPath(info.absoluteFilePath());
    return {store, QDir(info.absolutePath()).filePath(info.completeBaseName() + QStringLiteral("-exports"))};
}

HistoryLocation historyLocation(const AppSettings &settings, const QString &storeFile)
{
    for (const QString &chosen : {storeFile, settings.historyFile}) {
        if (SqlDialect::isPostgresUri(chosen))
            return postgresLocation(chosen, dataFolder(settings));
        if (!chosen.isEmpty())
            return historyLocationOf(chosen);
    }
    return historyLocationOf(QDir(dataFolder(settings)).filePath(QStringLiteral("history.sqlite")));
}

std::unique_ptr<QSettings> applicationSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, OrganizationName,
                                       WindowApplicationName);
}

} // namespace LicenseCore
