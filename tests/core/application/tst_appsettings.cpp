// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/appsettings.h>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace LicenseCore;

Q_DECLARE_METATYPE(LicenseCore::AppSettings)
Q_DECLARE_METATYPE(LicenseCore::ChargebackSettings)

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh INI file per call, as a user's settings file would be.
    QString iniFile() { return m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_files)); }

private Q_SLOTS:
    void defaults()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        const AppSettings loaded = loadAppSettings(settings);
        QCOMPARE(loaded, AppSettings());
        QCOMPARE(loaded.rules, RuleSettings());
        QCOMPARE(loaded.limits, ArchiveLimits());
        QVERIFY(loaded.language.isEmpty());
        QCOMPARE(loaded.defaultRange, RangePreset::Last7Days);
        QVERIFY(loaded.dataFolder.isEmpty());
        QCOMPARE(sanitized(AppSettings()), AppSettings());
    }

    void roundTrip_data()
    {
        QTest::addColumn<AppSettings>("value");
        QTest::newRow("defaults") << AppSettings();

        AppSettings changed;
        changed.rules.capInfrastructureAtOne = false;
        changed.rules.minimumActiveMs = 10 * 60 * 1000;
        changed.rules.demVisitWeight = 0.5;
        changed.rules.demReplayWeight = 0.125;
        changed.rules.demBrowserMonitorWeight = 2.0;
        changed.rules.demHttpMonitorWeight = 0.0;
        changed.limits.maxEntries = 2000;
        changed.limits.maxEntryBytes = qint64(3) << 30;
        changed.limits.maxTotalBytes = qint64(2) << 40;
        changed.limits.maxNestedArchiveBytes = qint64(100) << 20;
        changed.limits.maxCompressionRatio = 1000.5;
        changed.limits.ratioCheckMinimumBytes = 4096;
        changed.language = QStringLiteral("de");
        changed.defaultRange = RangePreset::LastMonth;
        changed.dataFolder = QDir::cleanPath(m_dir.filePath(QStringLiteral("exports folder")));
        changed.historyFile = QDir::cleanPath(m_dir.filePath(QStringLiteral("team/history.sqlite")));
        changed.licenseYearStartMonth = 4;
        changed.syncStartDays = 90;
        QTest::newRow("everything changed") << changed;

        AppSettings bounds;
        bounds.rules.minimumActiveMs = 0;
        bounds.rules.demVisitWeight = AppSettingsBounds::DemWeightMax;
        bounds.limits.maxEntries = AppSettingsBounds::EntriesMax;
        bounds.limits.maxEntryBytes = AppSettingsBounds::EntryBytesMin;
        bounds.limits.maxTotalBytes = AppSettingsBounds::TotalBytesMax;
        bounds.limits.maxCompressionRatio = AppSettingsBounds::CompressionRatioMin;
        bounds.language = QStringLiteral("fr-CA");
        bounds.defaultRange = RangePreset::Last24Hours;
        QTest::newRow("on the bounds") << bounds;
    }
    void roundTrip()
    {
        QFETCH(AppSettings, value);
        const QString file = iniFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            saveAppSettings(settings, value);
        }
        // Read back from the file, where every value is text.
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(loadAppSettings(settings), value);
    }

    void keysLiveInTheSettingsGroup()
    {
        const QString file = iniFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("window/page"), 2);
            saveAppSettings(settings, AppSettings());
        }
        QSettings settings(file, QSettings::IniFormat);
        const QStringList keys = settings.allKeys();
        QVERIFY(keys.contains(QStringLiteral("settings/rules/capInfrastructureAtOne")));
        QVERIFY(keys.contains(QStringLiteral("settings/archive/maxEntryBytes")));
        QVERIFY(keys.contains(QStringLiteral("settings/language")));
        QVERIFY(keys.contains(QStringLiteral("settings/defaultRange")));
        QVERIFY(keys.contains(QStringLiteral("settings/dataFolder")));
        QCOMPARE(settings.value(QStringLiteral("window/page")).toInt(), 2); // other keys are left alone
    }

    // What a hand-edited INI file may hold: the values are clamped or replaced by the defaults, never negative.
    void garbageIsClamped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("expected");

        const ArchiveLimits limits;
        const RuleSettings rules;
        QTest::newRow("negative entries") << QStringLiteral("archive/maxEntries") << QStringLiteral("-5")
                                          << QStringLiteral("maxEntries") << QVariant(AppSettingsBounds::EntriesMin);
        QTest::newRow("zero entries") << QStringLiteral("archive/maxEntries") << QStringLiteral("0")
                                      << QStringLiteral("maxEntries") << QVariant(AppSettingsBounds::EntriesMin);
        QTest::newRow("text entries") << QStringLiteral("archive/maxEntries") << QStringLiteral("lots")
                                      << QStringLiteral("maxEntries") << QVariant(limits.maxEntries);
        QTest::newRow("huge entries") << QStringLiteral("archive/maxEntries")
                                      << QStringLiteral("99999999999999999999999") << QStringLiteral("maxEntries")
                                      << QVariant(limits.maxEntries);
        QTest::newRow("int64 max entries")
            << QStringLiteral("archive/maxEntries") << QString::number(std::numeric_limits<qint64>::max())
            << QStringLiteral("maxEntries") << QVariant(AppSettingsBounds::EntriesMax);
        QTest::newRow("negative entry size")
            << QStringLiteral("archive/maxEntryBytes") << QStringLiteral("-1") << QStringLiteral("maxEntryBytes")
            << QVariant(AppSettingsBounds::EntryBytesMin);
        QTest::newRow("int64 min total") << QStringLiteral("archive/maxTotalBytes")
                                         << QString::number(std::numeric_limits<qint64>::min())
                                         << QStringLiteral("maxTotalBytes")
                                         << QVariant(AppSettingsBounds::TotalBytesMin);
        QTest::newRow("fraction total") << QStringLiteral("archive/maxTotalBytes") << QStringLiteral("1.5e3")
                                        << QStringLiteral("maxTotalBytes") << QVariant(limits.maxTotalBytes);
        QTest::newRow("negative nested") << QStringLiteral("archive/maxNestedArchiveBytes") << QStringLiteral("-7")
                                         << QStringLiteral("maxNestedArchiveBytes")
                                         << QVariant(AppSettingsBounds::NestedArchiveBytesMin);
        QTest::newRow("ratio below one") << QStringLiteral("archive/maxCompressionRatio") << QStringLiteral("0.2")
                                         << QStringLiteral("maxCompressionRatio")
                                         << QVariant(AppSettingsBounds::CompressionRatioMin);
        QTest::newRow("ratio nan") << QStringLiteral("archive/maxCompressionRatio") << QStringLiteral("nan")
                                   << QStringLiteral("maxCompressionRatio") << QVariant(limits.maxCompressionRatio);
        QTest::newRow("ratio inf") << QStringLiteral("archive/maxCompressionRatio") << QStringLiteral("inf")
                                   << QStringLiteral("maxCompressionRatio") << QVariant(limits.maxCompressionRatio);
        QTest::newRow("ratio check negative")
            << QStringLiteral("archive/ratioCheckMinimumBytes") << QStringLiteral("-100")
            << QStringLiteral("ratioCheckMinimumBytes") << QVariant(qint64(0));
        QTest::newRow("negative dem weight") << QStringLiteral("rules/demVisitWeight") << QStringLiteral("-0.25")
                                             << QStringLiteral("demVisitWeight") << QVariant(0.0);
        QTest::newRow("huge dem weight") << QStringLiteral("rules/demReplayWeight") << QStringLiteral("1e300")
                                         << QStringLiteral("demReplayWeight")
                                         << QVariant(AppSettingsBounds::DemWeightMax);
        QTest::newRow("text dem weight") << QStringLiteral("rules/demHttpMonitorWeight") << QStringLiteral("0,1")
                                         << QStringLiteral("demHttpMonitorWeight")
                                         << QVariant(rules.demHttpMonitorWeight);
        QTest::newRow("negative activity") << QStringLiteral("rules/minimumActiveMs") << QStringLiteral("-60000")
                                           << QStringLiteral("minimumActiveMs") << QVariant(qint64(0));
        QTest::newRow("activity over an hour")
            << QStringLiteral("rules/minimumActiveMs") << QStringLiteral("7200000") << QStringLiteral("minimumActiveMs")
            << QVariant(AppSettingsBounds::MinimumActiveMsMax);
        QTest::newRow("cap not a bool") << QStringLiteral("rules/capInfrastructureAtOne") << QStringLiteral("maybe")
                                        << QStringLiteral("capInfrastructureAtOne")
                                        << QVariant(rules.capInfrastructureAtOne);
        QTest::newRow("cap false") << QStringLiteral("rules/capInfrastructureAtOne") << QStringLiteral("false")
                                   << QStringLiteral("capInfrastructureAtOne") << QVariant(false);
        QTest::newRow("language with a path") << QStringLiteral("language") << QStringLiteral("../../etc/passwd")
                                              << QStringLiteral("language") << QVariant(QString());
        QTest::newRow("language padded") << QStringLiteral("language") << QStringLiteral("  fr ")
                                         << QStringLiteral("language") << QVariant(QStringLiteral("fr"));
        QTest::newRow("unknown range") << QStringLiteral("defaultRange") << QStringLiteral("last100years")
                                       << QStringLiteral("defaultRange")
                                       << QVariant(presetKey(AppSettings().defaultRange));
        QTest::newRow("custom range") << QStringLiteral("defaultRange") << QStringLiteral("custom")
                                      << QStringLiteral("defaultRange")
                                      << QVariant(presetKey(AppSettings().defaultRange));
        QTest::newRow("relative folder") << QStringLiteral("dataFolder") << QStringLiteral("exports")
                                         << QStringLiteral("dataFolder") << QVariant(QString());
        QTest::newRow("relative history") << QStringLiteral("history/file") << QStringLiteral("h.sqlite")
                                          << QStringLiteral("historyFile") << QVariant(QString());
        QTest::newRow("history file cleaned")
            << QStringLiteral("history/file") << QStringLiteral("/srv//team/./history.sqlite")
            << QStringLiteral("historyFile") << QVariant(QStringLiteral("/srv/team/history.sqlite"));
        // A shared history's URI is no path: kept as it is, not cleared as a relative one.
        QTest::newRow("postgresql uri kept")
            << QStringLiteral("history/file")
            << QStringLiteral(" postgresql://team@db:5432/licenses?sslmode=verify-full")
            << QStringLiteral("historyFile")
            << QVariant(QStringLiteral("postgresql://team@db:5432/licenses?sslmode=verify-full"));
        QTest::newRow("month 0") << QStringLiteral("history/licenseYearStartMonth") << QStringLiteral("0")
                                 << QStringLiteral("licenseYearStartMonth") << QVariant(1);
        QTest::newRow("month 13") << QStringLiteral("history/licenseYearStartMonth") << QStringLiteral("13")
                                  << QStringLiteral("licenseYearStartMonth") << QVariant(1);
        QTest::newRow("month 12") << QStringLiteral("history/licenseYearStartMonth") << QStringLiteral("12")
                                  << QStringLiteral("licenseYearStartMonth") << QVariant(12);
        QTest::newRow("sync days 0") << QStringLiteral("history/syncStartDays") << QStringLiteral("0")
                                     << QStringLiteral("syncStartDays")
                                     << QVariant(AppSettingsBounds::SyncStartDaysMin);
        QTest::newRow("sync days huge") << QStringLiteral("history/syncStartDays") << QStringLiteral("99999999999")
                                        << QStringLiteral("syncStartDays")
                                        << QVariant(AppSettingsBounds::SyncStartDaysMax);
    }
    void garbageIsClamped()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QVariant, expected);

        const QString file = iniFile();
        {
            QFile ini(file);
            QVERIFY(ini.open(QIODevice::WriteOnly));
            const QString section = key.section(QLatin1Char('/'), 0, -2);
            const QString name = key.section(QLatin1Char('/'), -1);
            const QString group =
                section.isEmpty() ? QStringLiteral("settings") : QStringLiteral("settings/") + section;
            ini.write(QStringLiteral("[%1]\n%2=%3\n").arg(group, name, text).toUtf8());
        }
        QSettings settings(file, QSettings::IniFormat);
        const AppSettings loaded = loadAppSettings(settings);
        const QHash<QString, QVariant> fields = {
            {QStringLiteral("maxEntries"), loaded.limits.maxEntries},
            {QStringLiteral("maxEntryBytes"), loaded.limits.maxEntryBytes},
            {QStringLiteral("maxTotalBytes"), loaded.limits.maxTotalBytes},
            {QStringLiteral("maxNestedArchiveBytes"), loaded.limits.maxNestedArchiveBytes},
            {QStringLiteral("maxCompressionRatio"), loaded.limits.maxCompressionRatio},
            {QStringLiteral("ratioCheckMinimumBytes"), loaded.limits.ratioCheckMinimumBytes},
            {QStringLiteral("demVisitWeight"), loaded.rules.demVisitWeight},
            {QStringLiteral("demReplayWeight"), loaded.rules.demReplayWeight},
            {QStringLiteral("demHttpMonitorWeight"), loaded.rules.demHttpMonitorWeight},
            {QStringLiteral("minimumActiveMs"), loaded.rules.minimumActiveMs},
            {QStringLiteral("capInfrastructureAtOne"), loaded.rules.capInfrastructureAtOne},
            {QStringLiteral("language"), loaded.language},
            {QStringLiteral("defaultRange"), presetKey(loaded.defaultRange)},
            {QStringLiteral("dataFolder"), loaded.dataFolder},
            {QStringLiteral("historyFile"), loaded.historyFile},
            {QStringLiteral("licenseYearStartMonth"), loaded.licenseYearStartMonth},
            {QStringLiteral("syncStartDays"), loaded.syncStartDays},
        };
        QVERIFY2(fields.contains(field), qPrintable(field));
        QCOMPARE(fields.value(field), expected);

        // Whatever was read, no limit is negative or zero and the value is a fixed point of sanitized().
        QVERIFY(loaded.limits.maxEntries > 0);
        QVERIFY(loaded.limits.maxEntryBytes > 0);
        QVERIFY(loaded.limits.maxTotalBytes > 0);
        QVERIFY(loaded.limits.maxNestedArchiveBytes > 0);
        QVERIFY(loaded.limits.maxCompressionRatio >= 1.0);
        QVERIFY(loaded.limits.ratioCheckMinimumBytes >= 0);
        QCOMPARE(sanitized(loaded), loaded);
    }

    void chargebackRoundTrip_data()
    {
        QTest::addColumn<ChargebackSettings>("value");

        QTest::newRow("defaults") << ChargebackSettings();
        ChargebackSettings full;
        full.rateCard = RateCard::parse(R"({"currency": "CHF", "rates": [
            {"from": "2025-01", "hostUnitHour": 0.05, "ddu": 0.001, "dduPools": {"Log": 0.002}},
            {"from": "2025-07", "hostUnitHour": 0.07, "environmentMonthly": 12.5}]})")
                            .value();
        full.rateCardFile = QStringLiteral("/home/someone/rates, 2025.json");
        // Commas and quotes: the INI file must keep them as one text.
        full.manualCostCentres = {{QStringLiteral("env-a"), QStringLiteral("Ops, \"north\""), 0},
                                  {QStringLiteral("env-b"), QStringLiteral("web"), 0}};
        full.tagKey = QStringLiteral("team");
        QTest::newRow("everything") << full;
    }

    void chargebackRoundTrip()
    {
        QFETCH(ChargebackSettings, value);
        const QString file = iniFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            saveChargebackSettings(settings, value);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(loadChargebackSettings(settings), value);
    }

    // A hand-edited file: what does not pass the checks of the rate card and mapping files is dropped.
    void chargebackGarbageIsDropped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        QTest::newRow("card not JSON") << QStringLiteral("rateCard") << QStringLiteral("\"{\\\"currency\"")
                                       << QStringLiteral("rateCard") << QString();
        QTest::newRow("card with a typo")
            << QStringLiteral("rateCard")
            << QStringLiteral("\"{\\\"currency\\\": \\\"EUR\\\", \\\"rates\\\": [{\\\"from\\\": \\\"2025-01\\\", "
                              "\\\"hostUnitHours\\\": 1}]}\"")
            << QStringLiteral("rateCard") << QString();
        QTest::newRow("card valid")
            << QStringLiteral("rateCard")
            << QStringLiteral("\"{\\\"currency\\\": \\\"USD\\\", \\\"rates\\\": [{\\\"from\\\": \\\"2025-01\\\", "
                              "\\\"hostUnitHour\\\": 1}]}\"")
            << QStringLiteral("rateCard") << QStringLiteral("USD");
        QTest::newRow("relative file") << QStringLiteral("rateCardFile") << QStringLiteral("rates.json")
                                       << QStringLiteral("rateCardFile") << QString();
        QTest::newRow("mapping without header") << QStringLiteral("manualCostCentres") << QStringLiteral("env-a;ops")
                                                << QStringLiteral("manualCostCentres") << QStringLiteral("0");
        QTest::newRow("mapping") << QStringLiteral("manualCostCentres")
                                 << QStringLiteral("\"environment_id,cost_centre\\nenv-a,ops\\n\"")
                                 << QStringLiteral("manualCostCentres") << QStringLiteral("1");
        QTest::newRow("tag key blank") << QStringLiteral("tagKey") << QStringLiteral("\"  \"")
                                       << QStringLiteral("tagKey") << QStringLiteral("costcenter");
        QTest::newRow("tag key") << QStringLiteral("tagKey") << QStringLiteral(" team ") << QStringLiteral("tagKey")
                                 << QStringLiteral("team");
    }

    void chargebackGarbageIsDropped()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, expected);

        const QString file = iniFile();
        {
            QFile ini(file);
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write(QStringLiteral("[chargeback]\n%1=%2\n").arg(key, text).toUtf8());
        }
        QSettings settings(file, QSettings::IniFormat);
        const ChargebackSettings loaded = loadChargebackSettings(settings);
        const QHash<QString, QString> fields = {
            {QStringLiteral("rateCard"), loaded.rateCard ? loaded.rateCard->currency : QString()},
            {QStringLiteral("rateCardFile"), loaded.rateCardFile},
            {QStringLiteral("manualCostCentres"), QString::number(loaded.manualCostCentres.size())},
            {QStringLiteral("tagKey"), loaded.tagKey},
        };
        QCOMPARE(fields.value(field), expected);
        // Entries of the window: no line of a file to name in a message.
        for (const ManualCostCentre &entry : loaded.manualCostCentres)
            QCOMPARE(entry.line, 0);
    }

    // The Settings dialog saves AppSettings, the Chargeback page its inputs: neither undoes the other.
    void chargebackKeysAreApart()
    {
        const QString file = iniFile();
        ChargebackSettings chargeback;
        chargeback.tagKey = QStringLiteral("team");
        chargeback.manualCostCentres = {{QStringLiteral("env-a"), QStringLiteral("ops"), 0}};
        {
            QSettings settings(file, QSettings::IniFormat);
            saveChargebackSettings(settings, chargeback);
            AppSettings app;
            app.syncStartDays = 7;
            saveAppSettings(settings, app);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(loadChargebackSettings(settings), chargeback);
        QCOMPARE(loadAppSettings(settings).syncStartDays, 7);
        QVERIFY(settings.allKeys().contains(QStringLiteral("chargeback/tagKey")));
    }

    void uiLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("system");
        QTest::addColumn<QLocale::Language>("expected");
        QTest::newRow("empty") << QString() << true << QLocale::AnyLanguage;
        QTest::newRow("german") << QStringLiteral("de") << false << QLocale::German;
        QTest::newRow("french") << QStringLiteral("fr") << false << QLocale::French;
        QTest::newRow("english") << QStringLiteral("en") << false << QLocale::English;
        QTest::newRow("unknown code") << QStringLiteral("qq") << true << QLocale::AnyLanguage;
        QTest::newRow("not a tag") << QStringLiteral("Deutsch!") << true << QLocale::AnyLanguage;
    }
    void uiLocale()
    {
        QFETCH(QString, language);
        QFETCH(bool, system);
        QFETCH(QLocale::Language, expected);
        const QLocale locale = LicenseCore::uiLocale(language);
        if (system)
            QCOMPARE(locale, QLocale());
        else
            QCOMPARE(locale.language(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
