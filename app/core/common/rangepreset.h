// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace LicenseCore {

// The date ranges a license admin asks for most. Ranges are whole UTC hours [fromMs, toMs); calendar months
// are UTC months, as in the cluster's billing. The end is not clamped here (ExportWindow::resolve does that).
enum class RangePreset
{
    Last24Hours,
    Last7Days,
    Last30Days,
    ThisMonth,
    LastMonth,
    ThisLicenseYear, // from the first day of the license year's first month to now
    AllHistory,      // every hour the history holds
    Custom
};

// What some presets need besides the clock.
struct PresetContext
{
    int licenseYearStartMonth = 1;    // 1 (January) to 12: the first month of the license year
    std::optional<HourRange> history; // first to the end of the last hour the history holds; AllHistory needs it
};

// The end of the newest hour a cluster exports at `now`: the start of the current UTC hour minus two hours (the
// cluster refuses an end inside the last two hours).
inline constexpr int ExportSafetyHours = 2;
qint64 latestExportableEnd(const QDateTime &now);

// The range of a preset at `now`; nullopt for Custom, and for AllHistory without a history. "Last N" ranges,
// this month and this license year end at latestExportableEnd(now).
std::optional<HourRange> presetRange(RangePreset preset, const QDateTime &now, const PresetContext &context = {});
// Every preset, in the order a list offers them (Custom last).
QList<RangePreset> allPresets();
QString presetName(RangePreset preset); // translated
QString presetKey(RangePreset preset);  // stable, for settings
std::optional<RangePreset> presetFromKey(const QString &key);

} // namespace LicenseCore
