// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace LicenseCore::Time {

inline constexpr qint64 HourMs = 3600 * 1000;
inline constexpr qint64 MinuteMs = 60 * 1000;

// Floor to the UTC hour; correct for times before 1970 too.
qint64 floorHour(qint64 epochMs);
// Start of the UTC day / month containing epochMs.
qint64 floorDay(qint64 epochMs);
qint64 floorMonth(qint64 epochMs);

// "2026-10-01T13:00:00Z" (seconds precision, always UTC).
QString isoUtc(qint64 epochMs);

// Epoch milliseconds from an ISO 8601 date-time ("2026-10-01T13:00:00Z", with offset or fraction);
// a date-time without zone is taken as UTC. A plain date ("2026-10-01") is its UTC midnight.
std::optional<qint64> parseIsoUtc(const QString &text);

// Epoch milliseconds from the text forms an export may use: digits (epoch ms), or ISO 8601.
std::optional<qint64> parseTimestampText(QStringView text);

} // namespace LicenseCore::Time
