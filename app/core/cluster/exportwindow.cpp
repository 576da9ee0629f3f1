// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/exportwindow.h>
#include <common/rangepreset.h>
#include <common/timeutil.h>

#include <QCoreApplication>

namespace LicenseCore::ExportWindow {

qint64 latestEnd(const QDateTime &now)
{
    return latestExportableEnd(now);
}

Result<Resolved> resolve(std::optional<qint64> fromMs, std::optional<qint64> toMs, const QDateTime &now)
{
    const qint64 latest = latestEnd(now);
    Resolved resolved;
    HourRange &range = resolved.range;
    if (toMs) {
        // Round a partial hour up so the hour the user named is included.
        const qint64 floored = Time::floorHour(*toMs);
        range.toMs = floored == *toMs ? floored : floored + Time::HourMs;
        if (range.toMs > latest) {
            range.toMs = latest;
            resolved.endClamped = true;
        }
    } else {
        range.toMs = latest;
    }
    range.fromMs =
        fromMs ? Time::floorHour(*fromMs) : Time::floorHour(now.toMSecsSinceEpoch()) - DefaultDays * 24 * Time::HourMs;
    if (range.fromMs >= range.toMs) {
        const QString text =
            resolved.endClamped || !toMs
                ? QCoreApplication::translate("LicenseCore::ExportWindow",
                                              "The time range is empty: the cluster exports hours up to %1 "
                                              "(two hours before the current hour), and the range starts at %2.")
                      .arg(Time::isoUtc(latest), Time::isoUtc(range.fromMs))
                : QCoreApplication::translate("LicenseCore::ExportWindow",
                                              "The time range is empty: it starts at %1 and ends at %2.")
                      .arg(Time::isoUtc(range.fromMs), Time::isoUtc(range.toMs));
        return Error{ErrorCode::InvalidArgument, text, {}};
    }
    return resolved;
}

} // namespace LicenseCore::ExportWindow
