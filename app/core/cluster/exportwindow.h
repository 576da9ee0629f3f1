// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>
#include <common/result.h>

#include <QDateTime>
#include <QtGlobal>
#include <optional>

namespace LicenseCore::ExportWindow {

// What a cluster accepts as the range of an export request: whole UTC hours ending no later than two hours before
// the current hour.
inline constexpr int DefaultDays = 30;

// A requested range as it will be asked of the cluster.
struct Resolved
{
    HourRange range;
    bool endClamped = false; // the requested end was later than the newest exportable hour
};

// The newest allowed end: the current UTC hour minus two hours (latestExportableEnd()).
qint64 latestEnd(const QDateTime &now);
// Aligns a requested range to whole hours (start down, end up) and clamps the end to latestEnd(now).
// Defaults: end = latestEnd(now), start = DefaultDays before the current hour. An empty result is an error.
Result<Resolved> resolve(std::optional<qint64> fromMs, std::optional<qint64> toMs, const QDateTime &now);

} // namespace LicenseCore::ExportWindow
