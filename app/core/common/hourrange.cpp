// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/hourrange.h>
#include <common/timeutil.h>

namespace LicenseCore {

HourRange HourRange::ofHours(qint64 firstHourMs, qint64 lastHourMs)
{
    return HourRange{firstHourMs, lastHourMs + Time::HourMs};
}

int HourRange::hours() const
{
    return isEmpty() ? 0 : int((toMs - fromMs) / Time::HourMs);
}

qint64 HourRange::lastHourMs() const
{
    return toMs - Time::HourMs;
}

} // namespace LicenseCore
