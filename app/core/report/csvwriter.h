// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QHash>
#include <QSet>
#include <QStringList>

class QIODevice;

namespace LicenseCore {

struct CsvOptions
{
    Granularity granularity = Granularity::Hour;
    QSet<QString> environments; // empty: all environments
};

// The canonical usage CSV of DOMAIN.md §5 and its day and month roll-ups.
// Hourly: exactly the documented header, then one ddu_<pool> column per pool. Roll-ups start with
// period_start_utc and hours_with_data, put peak_hosts for hosts, host_unit_hours and peak_host_units
// for host_units and *_host_unit_hours for the per-mode split; all other columns keep their names and
// are summed. Lines end in "\n"; fields are quoted per RFC 4180 when they hold a comma, quote or line break.
class CsvWriter final
{
public:
    static QStringList header(const UsageSnapshot &store, Granularity granularity);
    // "ddu_" + pool lower-cased, every character outside a-z0-9 replaced by '_'.
    static QString poolColumn(const QString &pool);
    static QString quoted(const QString &field);

    static Error write(QIODevice &device, const UsageSnapshot &store, const EnvironmentNames &names,
                       const CsvOptions &options = {});
    // Writes atomically: on any failure the file at `path` is left as it was.
    static Error save(const QString &path, const UsageSnapshot &store, const EnvironmentNames &names,
                      const CsvOptions &options = {});
};

} // namespace LicenseCore
