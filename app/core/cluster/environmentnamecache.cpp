// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/environmentnamecache.h>
#include <cluster/environmentsjob.h>
#include <common/savefile.h>
#include <common/timeutil.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace LicenseCore {

namespace {
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

QJsonObject readRoot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("clusters")).toObject();
}
} // namespace

EnvironmentNameCache::EnvironmentNameCache()
    : m_filePath(defaultFilePath())
{}

EnvironmentNameCache::EnvironmentNameCache(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString EnvironmentNameCache::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/license-usage-explorer/environment-names.json");
}

QString EnvironmentNameCache::filePath() const
{
    return m_filePath;
}

Status EnvironmentNameCache::store(const QString &clusterKey, const QList<ClusterEnvironment> &environments,
                                   const QDateTime &now) const
{
    QJsonObject clusters = readRoot(m_filePath);
    QJsonObject names;
    for (const ClusterEnvironment &environment : environments)
        names.insert(environment.id, environment.name);
    clusters.insert(clusterKey, QJsonObject{{QStringLiteral("updated"), Time::isoUtc(now.toMSecsSinceEpoch())},
                                            {QStringLiteral("names"), names}});
    const QString failed =
        QCoreApplication::translate("LicenseCore::EnvironmentNameCache", "The environment names cannot be saved to %1.")
            .arg(m_filePath);
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return {ErrorCode::FileUnwritable, failed, {}};
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorCode::FileUnwritable, failed, {}};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("clusters"), clusters}})
                   .toJson(QJsonDocument::Indented));
    if (!commitComplete(file))
        return {ErrorCode::FileUnwritable, failed, {}};
    return {};
}

QHash<QString, QString> EnvironmentNameCache::environmentNames(const QString &clusterKey) const
{
    const QJsonObject clusters = readRoot(m_filePath);
    QList<QJsonObject> entries;
    if (clusterKey.isEmpty()) {
        for (auto it = clusters.begin(); it != clusters.end(); ++it)
            entries.append(it.value().toObject());
        // Oldest first, so later insertions (newer names) win.
        std::sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("updated")).toString() < b.value(QLatin1String("updated")).toString();
        });
    } else {
        entries.append(clusters.value(clusterKey).toObject());
    }
    QHash<QString, QString> result;
    for (const QJsonObject &entry : std::as_const(entries)) {
        const QJsonObject names = entry.value(QLatin1String("names")).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            result.insert(it.key(), it.value().toString());
    }
    return result;
}

QStringList EnvironmentNameCache::clusters() const
{
    return readRoot(m_filePath).keys();
}

QHash<QString, QString> environmentNames(const QString &clusterKey)
{
    return EnvironmentNameCache().environmentNames(clusterKey);
}

} // namespace LicenseCore
