// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>

#include <QDateTime>
#include <QtGlobal>
#include <optional>

namespace LicenseCore {

// The hour-aligned UTC range an export request asks for: [fromMs, toMs).
struct ExportRange
{
    static constexpr int DefaultDays = 30;
    static constexpr int SafetyHours = 2; // the cluster rejects an end inside the last two hours

    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool endClamped = false; // the requested end was later than the newest exportable hour

    [[nodiscard]] int hours() const;

    // The newest allowed end: the current UTC hour minus two hours.
    static qint64 latestEnd(const QDateTime &now);
    // Aligns a requested range to whole hours (start down, end up) and clamps the end to latestEnd(now).
    // Defaults: end = latestEnd(now), start = DefaultDays before the current hour. An empty result is an error.
    static Result<ExportRange> resolve(std::optional<qint64> fromMs, std::optional<qint64> toMs, const QDateTime &now);
};

} // namespace LicenseCore
