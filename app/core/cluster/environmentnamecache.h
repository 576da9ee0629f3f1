// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace LicenseCore {

struct ClusterEnvironment;

// Environment names per cluster, kept in a small JSON file so that offline imports show names.
// A cluster is keyed by its origin (ClusterProfile::origin()) or, where known, its cluster UUID.
class EnvironmentNameCache final
{
public:
    // The shared per-user file (".../license-usage-explorer/environment-names.json" in the data folder).
    EnvironmentNameCache();
    explicit EnvironmentNameCache(QString filePath);

    static QString defaultFilePath();
    [[nodiscard]] QString filePath() const;

    // Replaces the cluster's names; written atomically.
    [[nodiscard]] Status store(const QString &clusterKey, const QList<ClusterEnvironment> &environments,
                               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // id -> name of one cluster; an empty key merges every cluster (environment ids are UUIDs, unique across
    // clusters; the most recently stored cluster wins a conflict).
    [[nodiscard]] QHash<QString, QString> environmentNames(const QString &clusterKey = {}) const;
    [[nodiscard]] QStringList clusters() const;

private:
    QString m_filePath;
};

// Names from the shared cache; see EnvironmentNameCache::environmentNames().
QHash<QString, QString> environmentNames(const QString &clusterKey = {});

} // namespace LicenseCore
