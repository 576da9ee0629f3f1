// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <common/hourrange.h>
#include <history/hostfigures.h>

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QIODevice;

namespace LicenseCore {

enum class HostChange
{
    Added,       // counted after, not before
    Removed,     // counted before, not after
    ModeChanged, // counted in both, in another mode
    Resized,     // counted in both, same mode, other host units
    Unchanged,
};

// One host of one environment counted in either period; the state is that of its last counted hour there.
struct ChurnRow
{
    QString environmentId;
    qint64 osiId = 0;
    HostChange change = HostChange::Unchanged;
    std::optional<HostMode> modeBefore; // nullopt: not counted in that period
    std::optional<HostMode> modeAfter;
    qint64 hostUnitsBeforeMilli = 0;
    qint64 hostUnitsAfterMilli = 0;
    qint64 hostUnitHoursBeforeMilli = 0;
    qint64 hostUnitHoursAfterMilli = 0;

    [[nodiscard]] qint64 differenceMilli() const { return hostUnitHoursAfterMilli - hostUnitHoursBeforeMilli; }
    [[nodiscard]] QString hostId() const; // "HOST-" and 16 upper-case hex digits
};

struct ChurnResult
{
    HourRange before;
    HourRange after;
    std::vector<ChurnRow> rows; // the biggest |difference| first, then environment, then host
    // Per change, how many hosts; and the host-unit hours of each period over all hosts.
    int counts[5] = {};
    qint64 hostUnitHoursBeforeMilli = 0;
    qint64 hostUnitHoursAfterMilli = 0;
    bool estimate = true;
    QString method;
};

// Host churn between two periods (docs/rules.md, "Host churn").
class HostChurn final
{
public:
    // Hosts with no counted hour in a period count as absent from it.
    [[nodiscard]] static ChurnResult compute(HourRange before, const std::vector<HostPeriod> &hostsBefore,
                                             HourRange after, const std::vector<HostPeriod> &hostsAfter);

    // "added", "removed", "mode_changed", "resized", "unchanged": the CSV's words.
    [[nodiscard]] static QString changeName(HostChange change);
    // "full_stack", "infrastructure", "paas"; empty for nullopt.
    [[nodiscard]] static QString modeName(std::optional<HostMode> mode);

    // host_id,environment_id,change,mode_before,mode_after,host_units_before,host_units_after,
    // host_unit_hours_before,host_unit_hours_after,host_unit_hours_difference; unchanged hosts only with
    // includeUnchanged.
    [[nodiscard]] static QStringList header();
    [[nodiscard]] static Error write(QIODevice &device, const ChurnResult &result, bool includeUnchanged);
    [[nodiscard]] static Error save(const QString &path, const ChurnResult &result, bool includeUnchanged);
};

} // namespace LicenseCore
