// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/rangepreset.h>
#include <common/timeutil.h>

#include <QCoreApplication>
#include <QTimeZone>
#include <algorithm>

namespace LicenseCore {

namespace {
// Gives these free functions a translation context of their own.
struct RangePresetText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::RangePreset)
};
} // namespace

namespace {

qint64 monthStart(int year, int month)
{
    return QDateTime(QDate(year, month, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

qint64 latestExportableEnd(const QDateTime &now)
{
    return Time::floorHour(now.toMSecsSinceEpoch()) - ExportSafetyHours * Time::HourMs;
}

std::optional<HourRange> presetRange(RangePreset preset, const QDateTime &now, const PresetContext &context)
{
    const qint64 latestEnd = latestExportableEnd(now);
    const QDate today = now.toUTC().date();
    switch (preset) {
    case RangePreset::Last24Hours:
        return HourRange{latestEnd - 24 * Time::HourMs, latestEnd};
    case RangePreset::Last7Days:
        return HourRange{latestEnd - 7 * 24 * Time::HourMs, latestEnd};
    case RangePreset::Last30Days:
        return HourRange{latestEnd - 30 * 24 * Time::HourMs, latestEnd};
    case RangePreset::ThisMonth: {
        const qint64 start = monthStart(today.year(), today.month());
        return HourRange{start, std::max(latestEnd, start)};
    }
    case RangePreset::LastMonth: {
        const QDate previous = today.addMonths(-1);
        const qint64 start = monthStart(previous.year(), previous.month());
        return HourRange{start, std::min(monthStart(today.year(), today.month()), std::max(latestEnd, start))};
    }
    case RangePreset::ThisLicenseYear: {
        // The year began in the latest first month that is not after this month.
        const int first = std::clamp(context.licenseYearStartMonth, 1, 12);
        const int year = today.month() >= first ? today.year() : today.year() - 1;
        const qint64 start = monthStart(year, first);
        return HourRange{start, std::max(latestEnd, start)};
    }
    case RangePreset::AllHistory:
        if (context.history && !context.history->isEmpty())
            return context.history;
        return std::nullopt;
    case RangePreset::Custom:
        break;
    }
    return std::nullopt;
}

QList<RangePreset> allPresets()
{
    return {RangePreset::Last24Hours, RangePreset::Last7Days,       RangePreset::Last30Days, RangePreset::ThisMonth,
            RangePreset::LastMonth,   RangePreset::ThisLicenseYear, RangePreset::AllHistory, RangePreset::Custom};
}

QString presetName(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Last24Hours:
        return RangePresetText::tr("Last 24 hours");
    case RangePreset::Last7Days:
        return RangePresetText::tr("Last 7 days");
    case RangePreset::Last30Days:
        return RangePresetText::tr("Last 30 days");
    case RangePreset::ThisMonth:
        return RangePresetText::tr("This month");
    case RangePreset::LastMonth:
        return RangePresetText::tr("Last month");
    case RangePreset::ThisLicenseYear:
        return RangePresetText::tr("This license year");
    case RangePreset::AllHistory:
        return RangePresetText::tr("All history");
    case RangePreset::Custom:
        return RangePresetText::tr("Custom range");
    }
    return {};
}

QString presetKey(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Last24Hours:
        return QStringLiteral("last24h");
    case RangePreset::Last7Days:
        return QStringLiteral("last7d");
    case RangePreset::Last30Days:
        return QStringLiteral("last30d");
    case RangePreset::ThisMonth:
        return QStringLiteral("thisMonth");
    case RangePreset::LastMonth:
        return QStringLiteral("lastMonth");
    case RangePreset::ThisLicenseYear:
        return QStringLiteral("thisLicenseYear");
    case RangePreset::AllHistory:
        return QStringLiteral("allHistory");
    case RangePreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<RangePreset> presetFromKey(const QString &key)
{
    for (RangePreset preset : allPresets()) {
        if (presetKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

} // namespace LicenseCore
