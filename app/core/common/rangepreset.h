// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace LicenseCore {

// The date ranges a license admin asks for most. Ranges are whole UTC hours [fromMs, toMs); calendar months
// are UTC months, as in the cluster's billing. The end is not clamped here (ExportRange::resolve does that).
enum class RangePreset
{
    Last24Hours,
    Last7Days,
    Last30Days,
    ThisMonth,
    LastMonth,
    Custom
};

struct HourSpan
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// The span of a preset at `now`; nullopt for Custom. "Last N" spans end at the newest exportable hour.
std::optional<HourSpan> presetSpan(RangePreset preset, const QDateTime &now);
QString presetName(RangePreset preset); // translated
QString presetKey(RangePreset preset);  // stable, for settings
std::optional<RangePreset> presetFromKey(const QString &key);

} // namespace LicenseCore
