// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/exportrange.h>

#include <common/timeutil.h>

#include <QCoreApplication>

namespace LicenseCore {

int ExportRange::hours() const
{
    return static_cast<int>((toMs - fromMs) / Time::HourMs);
}

qint64 ExportRange::latestEnd(const QDateTime &now)
{
    return Time::floorHour(now.toMSecsSinceEpoch()) - SafetyHours * Time::HourMs;
}

Result<ExportRange> ExportRange::resolve(std::optional<qint64> fromMs, std::optional<qint64> toMs, const QDateTime &now)
{
    const qint64 latest = latestEnd(now);
    ExportRange range;
    if (toMs) {
        // Round a partial hour up so the hour the user named is included.
        const qint64 floored = Time::floorHour(*toMs);
        range.toMs = floored == *toMs ? floored : floored + Time::HourMs;
        if (range.toMs > latest) {
            range.toMs = latest;
            range.endClamped = true;
        }
    } else {
        range.toMs = latest;
    }
    range.fromMs =
        fromMs ? Time::floorHour(*fromMs) : Time::floorHour(now.toMSecsSinceEpoch()) - DefaultDays * 24 * Time::HourMs;
    if (range.fromMs >= range.toMs) {
        const QString text =
            range.endClamped || !toMs
                ? QCoreApplication::translate("LicenseCore::ExportRange",
                                              "The time range is empty: the cluster exports hours up to %1 "
                                              "(two hours before the current hour), and the range starts at %2.")
                      .arg(Time::isoUtc(latest), Time::isoUtc(range.fromMs))
                : QCoreApplication::translate("LicenseCore::ExportRange",
                                              "The time range is empty: it starts at %1 and ends at %2.")
                      .arg(Time::isoUtc(range.fromMs), Time::isoUtc(range.toMs));
        return Error{ErrorCode::InvalidArgument, text, {}};
    }
    return range;
}

} // namespace LicenseCore
