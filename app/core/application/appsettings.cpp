// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/appsettings.h>
#include <history/sqldialect.h>

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>
#include <cmath>

namespace LicenseCore {

namespace {

namespace Key {
const QString CapInfrastructure = QStringLiteral("settings/rules/capInfrastructureAtOne");
const QString MinimumActiveMs = QStringLiteral("settings/rules/minimumActiveMs");
const QString DemVisitWeight = QStringLiteral("settings/rules/demVisitWeight");
const QString DemReplayWeight = QStringLiteral("settings/rules/demReplayWeight");
const QString DemBrowserMonitorWeight = QStringLiteral("settings/rules/demBrowserMonitorWeight");
const QString DemHttpMonitorWeight = QStringLiteral("settings/rules/demHttpMonitorWeight");
const QString MaxEntries = QStringLiteral("settings/archive/maxEntries");
const QString MaxEntryBytes = QStringLiteral("settings/archive/maxEntryBytes");
const QString MaxTotalBytes = QStringLiteral("settings/archive/maxTotalBytes");
const QString MaxNestedArchiveBytes = QStringLiteral("settings/archive/maxNestedArchiveBytes");
const QString MaxCompressionRatio = QStringLiteral("settings/archive/maxCompressionRatio");
const QString RatioCheckMinimumBytes = QStringLiteral("settings/archive/ratioCheckMinimumBytes");
const QString Language = QStringLiteral("settings/language");
const QString DefaultRange = QStringLiteral("settings/defaultRange");
const QString DataFolder = QStringLiteral("settings/dataFolder");
const QString HistoryFile = QStringLiteral("settings/history/file");
const QString LicenseYearStartMonth = QStringLiteral("settings/history/licenseYearStartMonth");
const QString SyncStartDays = QStringLiteral("settings/history/syncStartDays");
} // namespace Key

// An INI file holds every value as text, so numbers are parsed here and anything unreadable keeps the default.
qint64 readInteger(const QSettings &settings, const QString &key, qint64 fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    return ok ? number : fallback;
}

double readDouble(const QSettings &settings, const QString &key, double fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    return ok ? number : fallback;
}

bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QString text = settings.value(key).toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

double clampDouble(double value, double low, double high, double fallback)
{
    return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

} // namespace

AppSettings loadAppSettings(const QSettings &settings)
{
    const AppSettings defaults;
    AppSettings value;
    RuleSettings &rules = value.rules;
    rules.capInfrastructureAtOne = readBool(settings, Key::CapInfrastructure, defaults.rules.capInfrastructureAtOne);
    rules.minimumActiveMs = readInteger(settings, Key::MinimumActiveMs, defaults.rules.minimumActiveMs);
    rules.demVisitWeight = readDouble(settings, Key::DemVisitWeight, defaults.rules.demVisitWeight);
    rules.demReplayWeight = readDouble(settings, Key::DemReplayWeight, defaults.rules.demReplayWeight);
    rules.demBrowserMonitorWeight =
        readDouble(settings, Key::DemBrowserMonitorWeight, defaults.rules.demBrowserMonitorWeight);
    rules.demHttpMonitorWeight = readDouble(settings, Key::DemHttpMonitorWeight, defaults.rules.demHttpMonitorWeight);

    ArchiveLimits &limits = value.limits;
    limits.maxEntries = readInteger(settings, Key::MaxEntries, defaults.limits.maxEntries);
    limits.maxEntryBytes = readInteger(settings, Key::MaxEntryBytes, defaults.limits.maxEntryBytes);
    limits.maxTotalBytes = readInteger(settings, Key::MaxTotalBytes, defaults.limits.maxTotalBytes);
    limits.maxNestedArchiveBytes =
        readInteger(settings, Key::MaxNestedArchiveBytes, defaults.limits.maxNestedArchiveBytes);
    limits.maxCompressionRatio = readDouble(settings, Key::MaxCompressionRatio, defaults.limits.maxCompressionRatio);
    limits.ratioCheckMinimumBytes =
        readInteger(settings, Key::RatioCheckMinimumBytes, defaults.limits.ratioCheckMinimumBytes);

    value.language = settings.value(Key::Language).toString().trimmed();
    if (const auto preset = presetFromKey(settings.value(Key::DefaultRange).toString().trimmed()))
        value.defaultRange = *preset;
    value.dataFolder = settings.value(Key::DataFolder).toString().trimmed();
    value.historyFile = settings.value(Key::HistoryFile).toString().trimmed();
    value.licenseYearStartMonth =
        int(readInteger(settings, Key::LicenseYearStartMonth, defaults.licenseYearStartMonth));
    value.syncStartDays =
        int(std::clamp<qint64>(readInteger(settings, Key::SyncStartDays, defaults.syncStartDays),
                               AppSettingsBounds::SyncStartDaysMin, AppSettingsBounds::SyncStartDaysMax));
    return sanitized(value);
}

void saveAppSettings(QSettings &settings, const AppSettings &value)
{
    const AppSettings clean = sanitized(value);
    settings.setValue(Key::CapInfrastructure, clean.rules.capInfrastructureAtOne);
    settings.setValue(Key::MinimumActiveMs, clean.rules.minimumActiveMs);
    settings.setValue(Key::DemVisitWeight, clean.rules.demVisitWeight);
    settings.setValue(Key::DemReplayWeight, clean.rules.demReplayWeight);
    settings.setValue(Key::DemBrowserMonitorWeight, clean.rules.demBrowserMonitorWeight);
    settings.setValue(Key::DemHttpMonitorWeight, clean.rules.demHttpMonitorWeight);
    settings.setValue(Key::MaxEntries, clean.limits.maxEntries);
    settings.setValue(Key::MaxEntryBytes, clean.limits.maxEntryBytes);
    settings.setValue(Key::MaxTotalBytes, clean.limits.maxTotalBytes);
    settings.setValue(Key::MaxNestedArchiveBytes, clean.limits.maxNestedArchiveBytes);
    settings.setValue(Key::MaxCompressionRatio, clean.limits.maxCompressionRatio);
    settings.setValue(Key::RatioCheckMinimumBytes, clean.limits.ratioCheckMinimumBytes);
    settings.setValue(Key::Language, clean.language);
    settings.setValue(Key::DefaultRange, presetKey(clean.defaultRange));
    settings.setValue(Key::DataFolder, clean.dataFolder);
    settings.setValue(Key::HistoryFile, clean.historyFile);
    settings.setValue(Key::LicenseYearStartMonth, clean.licenseYearStartMonth);
    settings.setValue(Key::SyncStartDays, clean.syncStartDays);
}

AppSettings sanitized(AppSettings value)
{
    namespace B = AppSettingsBounds;
    const AppSettings defaults;

    RuleSettings &rules = value.rules;
    rules.minimumActiveMs = std::clamp<qint64>(rules.minimumActiveMs, 0, B::MinimumActiveMsMax);
    rules.demVisitWeight = clampDouble(rules.demVisitWeight, 0.0, B::DemWeightMax, defaults.rules.demVisitWeight);
    rules.demReplayWeight = clampDouble(rules.demReplayWeight, 0.0, B::DemWeightMax, defaults.rules.demReplayWeight);
    rules.demBrowserMonitorWeight =
        clampDouble(rules.demBrowserMonitorWeight, 0.0, B::DemWeightMax, defaults.rules.demBrowserMonitorWeight);
    rules.demHttpMonitorWeight =
        clampDouble(rules.demHttpMonitorWeight, 0.0, B::DemWeightMax, defaults.rules.demHttpMonitorWeight);

    ArchiveLimits &limits = value.limits;
    limits.maxEntries = std::clamp(limits.maxEntries, B::EntriesMin, B::EntriesMax);
    limits.maxEntryBytes = std::clamp(limits.maxEntryBytes, B::EntryBytesMin, B::EntryBytesMax);
    limits.maxTotalBytes = std::clamp(limits.maxTotalBytes, B::TotalBytesMin, B::TotalBytesMax);
    limits.maxNestedArchiveBytes =
        std::clamp(limits.maxNestedArchiveBytes, B::NestedArchiveBytesMin, B::NestedArchiveBytesMax);
    limits.maxCompressionRatio = clampDouble(limits.maxCompressionRatio, B::CompressionRatioMin, B::CompressionRatioMax,
                                             defaults.limits.maxCompressionRatio);
    limits.ratioCheckMinimumBytes = std::clamp<qint64>(limits.ratioCheckMinimumBytes, 0, B::RatioCheckBytesMax);

    value.language = value.language.trimmed();
    if (!value.language.isEmpty() && !isLanguageTag(value.language))
        value.language.clear();
    if (value.defaultRange == RangePreset::Custom)
        value.defaultRange = defaults.defaultRange;
    // A relative folder would depend on where the program happens to be started.
    value.dataFolder = value.dataFolder.trimmed();
    if (!value.dataFolder.isEmpty() && QDir::isRelativePath(value.dataFolder))
        value.dataFolder.clear();
    if (!value.dataFolder.isEmpty())
        value.dataFolder = QDir::cleanPath(value.dataFolder);
    value.historyFile = value.historyFile.trimmed();
    // A PostgreSQL URI is kept as it is: it is no path, and a path's clean-up would change it.
    if (!SqlDialect::isPostgresUri(value.historyFile)) {
        if (!value.historyFile.isEmpty() && QDir::isRelativePath(value.historyFile))
            value.historyFile.clear();
        if (!value.historyFile.isEmpty())
            value.historyFile = QDir::cleanPath(value.historyFile);
    }
    if (value.licenseYearStartMonth < 1 || value.licenseYearStartMonth > 12)
        value.licenseYearStartMonth = defaults.licenseYearStartMonth;
    value.syncStartDays = std::clamp(value.syncStartDays, B::SyncStartDaysMin, B::SyncStartDaysMax);
    return value;
}

namespace {
namespace ChargebackKey {
const QString RateCard = QStringLiteral("chargeback/rateCard");
const QString RateCardFile = QStringLiteral("chargeback/rateCardFile");
const QString ManualCostCentres = QStringLiteral("chargeback/manualCostCentres");
const QString TagKey = QStringLiteral("chargeback/tagKey");
} // namespace ChargebackKey
} // namespace

ChargebackSettings loadChargebackSettings(const QSettings &settings)
{
    ChargebackSettings value;
    // Kept in the formats of the files (rate card JSON, mapping CSV), so that a hand-edited settings file is read
    // with the same checks as those files; whatever does not pass them is dropped rather than half used.
    const QByteArray card = settings.value(ChargebackKey::RateCard).toString().toUtf8();
    if (!card.trimmed().isEmpty()) {
        if (Result<RateCard> parsed = RateCard::parse(card))
            value.rateCard = std::move(parsed).value();
    }
    const QString file = settings.value(ChargebackKey::RateCardFile).toString().trimmed();
    if (!file.isEmpty() && !QDir::isRelativePath(file))
        value.rateCardFile = QDir::cleanPath(file);
    const QByteArray manual = settings.value(ChargebackKey::ManualCostCentres).toString().toUtf8();
    if (!manual.trimmed().isEmpty()) {
        if (Result<QList<ManualCostCentre>> parsed = CostCentreMapping::parseCsv(manual)) {
            value.manualCostCentres = std::move(parsed).value();
            // Entries of the window, not lines of a file a message could point to.
            for (ManualCostCentre &entry : value.manualCostCentres)
                entry.line = 0;
        }
    }
    const QString tagKey = settings.value(ChargebackKey::TagKey).toString().trimmed();
    if (!tagKey.isEmpty())
        value.tagKey = tagKey;
    return value;
}

void saveChargebackSettings(QSettings &settings, const ChargebackSettings &value)
{
    if (value.rateCard)
        settings.setValue(ChargebackKey::RateCard, QString::fromUtf8(value.rateCard->toJson()));
    else
        settings.remove(ChargebackKey::RateCard);
    settings.setValue(ChargebackKey::RateCardFile, value.rateCardFile);
    if (value.manualCostCentres.isEmpty())
        settings.remove(ChargebackKey::ManualCostCentres);
    else
        settings.setValue(ChargebackKey::ManualCostCentres,
                          QString::fromUtf8(CostCentreMapping::toCsv(value.manualCostCentres)));
    const QString tagKey = value.tagKey.trimmed();
    settings.setValue(ChargebackKey::TagKey,
                      tagKey.isEmpty() ? QString::fromLatin1(CostCentreMapping::DefaultTagKey) : tagKey);
}

bool isLanguageTag(const QString &name)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    return tag.match(name).hasMatch();
}

QLocale uiLocale(const QString &language)
{
    if (!isLanguageTag(language))
        return QLocale();
    const QLocale locale(language);
    // QLocale turns a name it does not know into the C locale.
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return QLocale();
    return locale;
}

} // namespace LicenseCore
