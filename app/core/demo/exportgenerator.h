// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <functional>
#include <memory>

class QIODevice;

namespace LicenseCore {

// What to generate. Negative counts are taken as 0.
struct GeneratorOptions
{
    quint64 seed = 1;
    int environments = 6;
    int hosts = 120; // host slots across the cluster, spread Zipf-like over the environments (see below)
    int hours = 7 * 24;
    qint64 startMs = 0; // first hour, UTC; floored to the hour. 0: `hours` before 2026-10-01T00:00Z
    bool nested = true; // outer ZIP with billingRecords_*.zip, signature and log; else flat
};

struct GeneratedEnvironment
{
    QString id; // environmentUuid
    QString name;
    QString state; // ENABLED / DISABLED
    bool trial = false;
};

// A synthetic but realistic export, deterministic from its options: the same options give the same bytes.
// Used by tests, the benchmark, the demo cluster and `license-usage generate`.
//
// An hour's content depends on the seed, the environment and host counts and the hour itself, not on the
// range it is generated in: hour H of a one-hour generator equals hour H of a month-long one, so the demo
// cluster's /hour and its ZIP exports agree.
//
// Environments: the first ones are regular ("Production EMEA", "Production Americas", "Staging", ...,
// numbered when the names run out) with Zipf-like sizes. With 2 or more environments the last one is a
// trial that appears on 2026-09-11; with 3 or more the one before it is DISABLED and sends nothing after
// 2026-09-27T12:00Z (so the default ranges, which end on 2026-10-01, show both); with 8 or more one is
// marked internalUse.
// Hosts: most slots keep one machine for weeks and now and then replace it (the old host leaves, the new
// one, with a new osiId, joins hours later); about one slot in eight runs a series of short-lived hosts
// of 1 to 12 hours. About 65/25/10 full-stack / infrastructure / PaaS, memory sizes including the exact
// host-unit boundaries (and one byte more), osiIds over the whole signed 64-bit range. Activity records
// cover the whole hour mostly, and now and then part of it, less than five minutes, overlapping or
// interrupted records, or no records at all.
// Size: roughly 410 bytes of JSON per host slot and hour; 20 environments, 2000 hosts and 720 hours give
// about 600 MB of JSON.
//
// All const members may be called from several threads at once.
class ExportGenerator final
{
public:
    explicit ExportGenerator(GeneratorOptions options);
    ~ExportGenerator();
    Q_DISABLE_COPY_MOVE(ExportGenerator)

    // The options in effect: counts clamped, startMs the actual first hour (so the same export can be
    // generated again from them).
    [[nodiscard]] const GeneratorOptions &options() const;
    [[nodiscard]] QString clusterUuid() const;
    [[nodiscard]] QList<GeneratedEnvironment> environments() const;

    // The compact JSON text of hour `hourIndex` (0 .. hours-1); empty outside that range. Each hour is
    // generated on its own, so hours may be asked for in any order.
    [[nodiscard]] QByteArray hourJson(int hourIndex) const;

    // Writes the whole export as a ZIP to `device`, which must be open for writing and seekable; the ZIP
    // starts at position 0 and the device is left open. Memory stays bounded (about one hour of JSON);
    // the nested layout builds its inner archive in a temporary file first.
    // `progress` (may be empty) is called after each hour with the number of hours written, on the
    // calling thread.
    [[nodiscard]] Error writeZip(QIODevice *device, const std::function<void(int)> &progress = {}) const;
    // Same, to a file, atomically (the file appears complete or not at all; an existing file stays
    // untouched on failure).
    [[nodiscard]] Error writeZipFile(const QString &path, const std::function<void(int)> &progress = {}) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace LicenseCore
