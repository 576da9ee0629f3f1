// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historylocation.h>

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

QString defaultDataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(OrganizationName + QLatin1Char('/') + WindowApplicationName);
}

QString dataFolder(const AppSettings &settings)
{
    return settings.dataFolder.isEmpty() ? defaultDataFolder() : settings.dataFolder;
}

HistoryLocation historyLocationOf(const QString &storeFile)
{
    const QFileInfo info(storeFile);
    const QString store = QDir::cleanPath(info.absoluteFilePath());
    return {store, QDir(info.absolutePath()).filePath(info.completeBaseName() + QStringLiteral("-exports"))};
}

HistoryLocation historyLocation(const AppSettings &settings, const QString &storeFile)
{
    if (!storeFile.isEmpty())
        return historyLocationOf(storeFile);
    if (!settings.historyFile.isEmpty())
        return historyLocationOf(settings.historyFile);
    return historyLocationOf(QDir(dataFolder(settings)).filePath(QStringLiteral("history.sqlite")));
}

std::unique_ptr<QSettings> applicationSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, OrganizationName,
                                       WindowApplicationName);
}

} // namespace LicenseCore
