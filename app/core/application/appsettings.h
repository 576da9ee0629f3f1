// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <archive/archivelimits.h>
#include <common/rangepreset.h>
#include <report/costcentremapping.h>
#include <report/ratecard.h>
#include <usage/licenserules.h>

#include <QLocale>
#include <QString>
#include <optional>

class QSettings;

namespace LicenseCore {

// What the user can change in the application's Settings: the estimation rules, the safety caps for reading
// exports, the language, the date range offered at start, the folder downloads are kept in, the history store
// and where a license year and a first sync begin.
struct AppSettings
{
    RuleSettings rules;
    ArchiveLimits limits;
    QString language;                                  // empty: follow the system; else a BCP-47 name ("de", "fr")
    RangePreset defaultRange = RangePreset::Last7Days; // never Custom
    QString dataFolder;                                // empty: the application's data folder; else absolute
    QString historyFile;                               // empty: history.sqlite in the data folder; else absolute
    int licenseYearStartMonth = 1;                     // 1 (January) to 12: the first month of the license year
    int syncStartDays = 30; // how many days back a sync reaches for a cluster new to the history

    bool operator==(const AppSettings &) const = default;
};

// The accepted range of every number. Stored values outside it are clamped, so a hand-edited settings file can
// neither crash the program nor switch a safety cap off.
namespace AppSettingsBounds {
constexpr qint64 MinimumActiveMsMax = 60 * 60 * 1000;
constexpr double DemWeightMax = 1000.0;
constexpr qint64 EntriesMin = 1;
constexpr qint64 EntriesMax = 10'000'000;
constexpr qint64 EntryBytesMin = qint64(1) << 10;          // 1 KiB
constexpr qint64 EntryBytesMax = qint64(64) << 30;         // 64 GiB
constexpr qint64 TotalBytesMin = qint64(1) << 20;          // 1 MiB
constexpr qint64 TotalBytesMax = qint64(64) << 40;         // 64 TiB
constexpr qint64 NestedArchiveBytesMin = qint64(1) << 20;  // 1 MiB
constexpr qint64 NestedArchiveBytesMax = qint64(64) << 40; // 64 TiB
constexpr double CompressionRatioMin = 1.0;
constexpr double CompressionRatioMax = 1'000'000.0;
constexpr qint64 RatioCheckBytesMax = qint64(1) << 30; // 1 GiB
constexpr int SyncStartDaysMin = 1;
constexpr int SyncStartDaysMax = 3 * 366;
} // namespace AppSettingsBounds

// The settings live in the group "settings" of the application's QSettings; missing keys take the defaults.
AppSettings loadAppSettings(const QSettings &settings);
void saveAppSettings(QSettings &settings, const AppSettings &value);

// Clamps every number into AppSettingsBounds, replaces values that are not numbers by the defaults, and drops a
// language tag, data folder or history file that cannot be used (relative path, malformed name).
AppSettings sanitized(AppSettings value);

// The inputs of the chargeback statements, kept between runs so that next month's statements start from last
// month's: the rate card as edited (in the JSON of a rate card file, which the command line reads too), the file it
// was last loaded from or saved to, the cost centres entered by hand and the tag key cost centres are read from.
// In the group "chargeback" of the application's QSettings, apart from AppSettings, so that saving either leaves
// the other alone.
struct ChargebackSettings
{
    std::optional<RateCard> rateCard; // nullopt: none kept yet, or the kept one is not a valid card
    QString rateCardFile;             // empty: none; else absolute
    QList<ManualCostCentre> manualCostCentres;
    QString tagKey = QString::fromLatin1(CostCentreMapping::DefaultTagKey); // never empty

    bool operator==(const ChargebackSettings &) const = default;
};

ChargebackSettings loadChargebackSettings(const QSettings &settings);
void saveChargebackSettings(QSettings &settings, const ChargebackSettings &value);

// Whether `name` looks like a BCP-47 language tag ("de", "fr-CA", "zh-Hant-TW"); empty is not a tag.
bool isLanguageTag(const QString &name);
// The locale the program shows its texts in: the system's, unless `language` names a known language.
QLocale uiLocale(const QString &language);

} // namespace LicenseCore
