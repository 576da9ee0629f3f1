// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>

class QIODevice;

namespace LicenseCore {

struct GeneratorOptions
{
    quint64 seed = 1;
    int environments = 6;
    int hosts = 120;                    // across the whole cluster, spread unevenly over the environments
    int hours = 7 * 24;
    qint64 startMs = 0;                 // first hour, UTC; floored to the hour. 0: `hours` before 2026-10-01T00:00Z
    bool nested = true;                 // outer ZIP with billingRecords_*.zip, signature and log; else flat
};

struct GeneratedEnvironment
{
    QString id;       // environmentUuid
    QString name;
    QString state;    // ENABLED / DISABLED
    bool trial = false;
};

// A synthetic but realistic export, deterministic from its options: the same options give the same bytes.
// Environments of different sizes (one trial, one disabled), hosts of every mode and many memory sizes
// with churn and short-lived hosts, DDU pools, synthetic monitors, customMetrics null in places and
// osiIds beyond 2^53. Used by tests, the benchmark, the demo cluster and `license-usage generate`.
class ExportGenerator final
{
public:
    explicit ExportGenerator(GeneratorOptions options);
    ~ExportGenerator();
    Q_DISABLE_COPY_MOVE(ExportGenerator)

    [[nodiscard]] const GeneratorOptions &options() const;
    [[nodiscard]] QString clusterUuid() const;
    [[nodiscard]] QList<GeneratedEnvironment> environments() const;

    // The JSON text of hour `hourIndex` (0 .. hours-1).
    [[nodiscard]] QByteArray hourJson(int hourIndex) const;

    // Writes the whole export as a ZIP to `device` (which must be open for writing and seekable).
    // `progress` (may be empty) is called after each hour with the number of hours written.
    [[nodiscard]] Error writeZip(QIODevice *device, const std::function<void(int)> &progress = {}) const;
    // Same, to a file, atomically (the file appears complete or not at all).
    [[nodiscard]] Error writeZipFile(const QString &path, const std::function<void(int)> &progress = {}) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace LicenseCore
