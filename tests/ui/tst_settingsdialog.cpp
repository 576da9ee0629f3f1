// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <vault/tokenjob.h>
#include <vault/tokenvault.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace LicenseCore;
using namespace LicenseUi;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T> static T *control(const QDialog &dialog, const QString &accessibleName)
    {
        const QList<T *> candidates = dialog.findChildren<T *>();
        for (T *candidate : candidates) {
            if (candidate->accessibleName() == accessibleName)
                return candidate;
        }
        return nullptr;
    }

    static AppSettings changedSettings()
    {
        AppSettings value;
        value.rules.capInfrastructureAtOne = false;
        value.rules.minimumActiveMs = 10 * 60 * 1000;
        value.rules.demVisitWeight = 0.5;
        value.limits.maxEntries = 5000;
        value.limits.maxEntryBytes = qint64(100) << 20;
        value.limits.maxTotalBytes = qint64(2) << 40;
        value.language = QStringLiteral("en");
        value.defaultRange = RangePreset::ThisLicenseYear;
        value.historyFile = QStringLiteral("/srv/license/history.sqlite");
        value.licenseYearStartMonth = 4;
        value.syncStartDays = 90;
        return value;
    }

    static constexpr auto TeamUri = "postgresql://team@db.example.com:5432/licenses?sslmode=verify-full";
    static constexpr auto TeamDatabase = "team@db.example.com:5432/licenses";
    static inline const QString NoneStored = QStringLiteral("(none stored)");

    // What the vault holds for `database`: the password, or nullopt when it holds none.
    static std::optional<QString> storedPassword(TokenVault &vault, const QString &database)
    {
        std::optional<TokenResult> answer;
        vault.readDatabasePassword(database, &vault, [&answer](const TokenResult &result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
            return QStringLiteral("(no answer)");
        if (answer->status == TokenResult::Status::NotFound)
            return std::nullopt;
        return answer->ok() ? answer->token : QStringLiteral("(error: %1)").arg(answer->errorText);
    }

    // The settings file as bytes: a password must never be in it.
    static QByteArray settingsFileBytes()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Types `password` for the URI's database, applies, and checks it reached the vault and no settings file.
    static void storeThroughTheDialog(SettingsDialog &dialog, TokenVault &vault, const QString &password)
    {
        const QString uri = QString::fromLatin1(TeamUri);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QSignalSpy changed(&dialog, &SettingsDialog::databasePasswordChanged);
        dialog.databasePasswordEdit()->setText(password);
        QVERIFY(dialog.apply());
        // applied() waits for the keychain, so that the window opens the history with the new password.
        QVERIFY(applied.wait(20000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), uri);
        QCOMPARE(dialog.problemLabel()->text(), QString());
        QCOMPARE(dialog.databasePasswordEdit()->text(), QString());
        QVERIFY(dialog.removePasswordButton()->isEnabled());
        QCOMPARE(storedPassword(vault, QString::fromLatin1(TeamDatabase)).value_or(NoneStored), password);
        QCOMPARE(applied.first().first().value<AppSettings>().historyFile, uri);
        const QByteArray settingsFile = settingsFileBytes();
        QVERIFY(settingsFile.contains("db.example.com"));
        QVERIFY(!settingsFile.contains(password.toUtf8()));
    }

    // Removes the stored password with the dialog's button.
    static void removeThroughTheDialog(SettingsDialog &dialog, TokenVault &vault)
    {
        QSignalSpy changed(&dialog, &SettingsDialog::databasePasswordChanged);
        QVERIFY(dialog.removePasswordButton()->isEnabled());
        dialog.removePasswordButton()->click();
        QVERIFY(changed.wait(20000));
        QCOMPARE(storedPassword(vault, QString::fromLatin1(TeamDatabase)).value_or(NoneStored), NoneStored);
        QVERIFY(!dialog.removePasswordButton()->isEnabled());
        QVERIFY(dialog.databasePasswordNote()->text().startsWith(QStringLiteral("No password of")));
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QByteArray folder = qgetenv("LUE_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Every QSettings of this program goes to a folder of its own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    }

    void init() { QSettings().clear(); }

    void startsWithTheStoredSettings()
    {
        {
            QSettings settings;
            saveAppSettings(settings, changedSettings());
        }
        SettingsDialog dialog;
        QCOMPARE(dialog.settings(), changedSettings());
        QVERIFY(dialog.validationProblem().isEmpty());
    }

    void restoresDefaults()
    {
        SettingsDialog dialog;
        dialog.setSettings(changedSettings());
        QCOMPARE(dialog.settings(), changedSettings());
        dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings(), AppSettings());
        // Nothing is written before OK or Apply.
        QVERIFY(!QSettings().contains(QStringLiteral("settings/rules/capInfrastructureAtOne")));
    }

    void languagesOfferSystemAndEnglish()
    {
        SettingsDialog dialog;
        QComboBox *languages = dialog.languageBox();
        QVERIFY(languages->count() >= 2);
        QCOMPARE(languages->itemData(0).toString(), QString());
        QCOMPARE(languages->itemText(0), QStringLiteral("System default"));
        const int english = languages->findData(QStringLiteral("en"));
        QVERIFY(english > 0);
        QCOMPARE(languages->itemText(english), QStringLiteral("English"));
        const QList<QPair<QString, QString>> available = SettingsDialog::availableLanguages();
        QCOMPARE(languages->count(), available.size() + 1);
        // Each compiled-in catalogue is offered under the language's own name.
        const QList<QPair<QString, QString>> known = {{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                      {QStringLiteral("fr"), QStringLiteral("Français")}};
        for (const auto &language : known) {
            if (QFile::exists(QStringLiteral(":/i18n/license-usage-explorer_%1.qm").arg(language.first)))
                QCOMPARE(languages->itemText(languages->findData(language.first)), language.second);
        }

        // Choosing another language than the one in use says when it takes effect.
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note);
        dialog.show();
        dialog.pages()->setCurrentWidget(dialog.pages()->widget(2));
        QVERIFY(!note->isVisible());
        languages->setCurrentIndex(english);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("restart")));
        languages->setCurrentIndex(0);
        QVERIFY(!note->isVisible());
    }

    void keepsALanguageWithoutCatalogue()
    {
        AppSettings value;
        value.language = QStringLiteral("it");
        SettingsDialog dialog;
        dialog.setSettings(value);
        QCOMPARE(dialog.settings().language, QStringLiteral("it"));
    }

    void invalidValuesAreExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("total smaller than one file")
            << QStringLiteral("Maximum size of all files together") << QStringLiteral("MiB") << QStringLiteral("100")
            << QStringLiteral("cannot be allowed more than all files together");
        QTest::newRow("entry too large") << QStringLiteral("Maximum size of one hourly file") << QStringLiteral("TiB")
                                         << QStringLiteral("2") << QStringLiteral("must be between");
        QTest::newRow("relative folder") << QStringLiteral("Data folder") << QString() << QStringLiteral("exports")
                                         << QStringLiteral("full path");
        QTest::newRow("file as folder") << QStringLiteral("Data folder") << QString() << QStringLiteral("<file>")
                                        << QStringLiteral("is a file, not a folder");
        QTest::newRow("relative history file") << QStringLiteral("History file") << QString()
                                               << QStringLiteral("history.sqlite") << QStringLiteral("full path");
        QTest::newRow("folder as history file")
            << QStringLiteral("History file") << QString() << QStringLiteral("<folder>")
            << QStringLiteral("is a folder, not a file");
        QTest::newRow("password in the history URI")
            << QStringLiteral("History file") << QString()
            << QStringLiteral("postgresql://team:secret@db.example.com:5432/licenses")
            << QStringLiteral("must not hold a password");
        QTest::newRow("password parameter in the history URI")
            << QStringLiteral("History file") << QString()
            << QStringLiteral("postgresql://team@db.example.com/licenses?password=secret")
            << QStringLiteral("must not hold a password");
    }
    void invalidValuesAreExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, unit);
        QFETCH(QString, text);
        QFETCH(QString, message);

        SettingsDialog dialog;
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        const bool lineEdit = field == QLatin1String("Data folder") || field == QLatin1String("History file");
        if (lineEdit) {
            if (text == QLatin1String("<file>")) {
                text = m_dir.filePath(QStringLiteral("a file"));
                QFile file(text);
                QVERIFY(file.open(QIODevice::WriteOnly));
            } else if (text == QLatin1String("<folder>")) {
                text = m_dir.path();
            }
            auto *edit = control<QLineEdit>(dialog, field);
            QVERIFY(edit);
            edit->setText(text);
        } else {
            auto *value = control<QSpinBox>(dialog, field);
            auto *units = control<QComboBox>(dialog, QStringLiteral("Unit of ") + field);
            QVERIFY(value);
            QVERIFY(units);
            units->setCurrentIndex(units->findText(unit));
            value->setValue(text.toInt());
        }
        QVERIFY2(dialog.validationProblem().contains(message), qPrintable(dialog.validationProblem()));

        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible()); // not closed
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY(dialog.problemLabel()->text().contains(message));
        QCOMPARE(applied.count(), 0);
        QVERIFY(!QSettings().contains(QStringLiteral("settings/archive/maxEntryBytes")));
        // The page with the culprit is shown.
        QWidget *culprit = lineEdit ? static_cast<QWidget *>(control<QLineEdit>(dialog, field))
                                    : static_cast<QWidget *>(control<QSpinBox>(dialog, field));
        QVERIFY(dialog.pages()->currentWidget()->isAncestorOf(culprit));
        screenshot(&dialog, QStringLiteral("settings-problem.png"));
    }

    void okWritesTheSettings()
    {
        SettingsDialog dialog;
        dialog.open();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *cap = control<QCheckBox>(dialog, QStringLiteral("Cap Infrastructure-only hosts at 1 host unit"));
        QVERIFY(cap);
        QVERIFY(cap->isChecked());
        cap->setChecked(false);
        auto *visit = control<QDoubleSpinBox>(dialog, QStringLiteral("DEM units per user session"));
        QVERIFY(visit);
        visit->setValue(0.3);
        auto *entries = control<QSpinBox>(dialog, QStringLiteral("Maximum number of files in an archive"));
        QVERIFY(entries);
        entries->setValue(1234);
        auto *range = control<QComboBox>(dialog, QStringLiteral("Default date range"));
        QVERIFY(range);
        range->setCurrentIndex(range->findData(int(RangePreset::Last30Days)));
        auto *folder = control<QLineEdit>(dialog, QStringLiteral("Data folder"));
        QVERIFY(folder);
        folder->setText(m_dir.filePath(QStringLiteral("data")));
        screenshot(&dialog, QStringLiteral("settings.png"));
        auto *historyFile = control<QLineEdit>(dialog, QStringLiteral("History file"));
        auto *firstMonth = control<QComboBox>(dialog, QStringLiteral("First month of the license year"));
        auto *syncDays = control<QSpinBox>(dialog, QStringLiteral("Days a first sync reaches back"));
        QVERIFY(historyFile && firstMonth && syncDays);
        QCOMPARE(firstMonth->count(), 12);
        QCOMPARE(firstMonth->currentData().toInt(), 1);
        QCOMPARE(syncDays->value(), 30);
        historyFile->setText(m_dir.filePath(QStringLiteral("license.sqlite")));
        firstMonth->setCurrentIndex(firstMonth->findData(7));
        QCOMPARE(firstMonth->currentText(), QLocale().standaloneMonthName(7));
        syncDays->setValue(45);
        dialog.pages()->setCurrentWidget(dialog.pages()->widget(3));
        screenshot(&dialog, QStringLiteral("settings-history.png"));

        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(applied.count(), 1);
        QVERIFY(!dialog.isVisible());

        const AppSettings stored = loadAppSettings(QSettings());
        QCOMPARE(applied.first().first().value<AppSettings>(), stored);
        QCOMPARE(stored.rules.capInfrastructureAtOne, false);
        QCOMPARE(stored.rules.demVisitWeight, 0.3);
        QCOMPARE(stored.limits.maxEntries, qint64(1234));
        QCOMPARE(stored.defaultRange, RangePreset::Last30Days);
        QCOMPARE(stored.dataFolder, QDir::cleanPath(m_dir.filePath(QStringLiteral("data"))));
        QCOMPARE(stored.historyFile, QDir::cleanPath(m_dir.filePath(QStringLiteral("license.sqlite"))));
        QCOMPARE(stored.licenseYearStartMonth, 7);
        QCOMPARE(stored.syncStartDays, 45);
        // What was not touched keeps its default.
        QCOMPARE(stored.limits.maxEntryBytes, ArchiveLimits().maxEntryBytes);
        QCOMPARE(stored.rules.demReplayWeight, RuleSettings().demReplayWeight);
    }

    void applyWritesAndStaysOpen()
    {
        SettingsDialog dialog;
        dialog.open();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        auto *minutes = control<QSpinBox>(dialog, QStringLiteral("Minimum activity per hour, in minutes"));
        QVERIFY(minutes);
        minutes->setValue(15);
        dialog.buttons()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.count(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(loadAppSettings(QSettings()).rules.minimumActiveMs, qint64(15) * 60 * 1000);
    }

    void cancelWritesNothing()
    {
        SettingsDialog dialog;
        dialog.open();
        auto *cap = control<QCheckBox>(dialog, QStringLiteral("Cap Infrastructure-only hosts at 1 host unit"));
        cap->setChecked(false);
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!dialog.isVisible());
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void sizesShowInHumanUnits()
    {
        SettingsDialog dialog;
        auto *entryValue = control<QSpinBox>(dialog, QStringLiteral("Maximum size of one hourly file"));
        auto *entryUnit = control<QComboBox>(dialog, QStringLiteral("Unit of Maximum size of one hourly file"));
        auto *totalValue = control<QSpinBox>(dialog, QStringLiteral("Maximum size of all files together"));
        auto *totalUnit = control<QComboBox>(dialog, QStringLiteral("Unit of Maximum size of all files together"));
        QVERIFY(entryValue && entryUnit && totalValue && totalUnit);
        QCOMPARE(entryValue->value(), 512);
        QCOMPARE(entryUnit->currentText(), QStringLiteral("MiB"));
        QCOMPARE(totalValue->value(), 64);
        QCOMPARE(totalUnit->currentText(), QStringLiteral("GiB"));
        dialog.pages()->setCurrentIndex(1);
        dialog.show();
        screenshot(&dialog, QStringLiteral("settings-archive.png"));
    }

    void everyControlHasAnAccessibleName()
    {
        SettingsDialog dialog;
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QSpinBox *>(widget) || qobject_cast<QDoubleSpinBox *>(widget) ||
                                 qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                 qobject_cast<QCheckBox *>(widget);
            // Line edits inside spin boxes and combo boxes are named by their owner.
            if (control && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) &&
                !qobject_cast<QComboBox *>(widget->parentWidget()))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }

    // A shared history's URI is stored as typed: a file path's clean-up would turn "postgresql://" into another text.
    void postgresUriIsKeptAsTyped()
    {
        SettingsDialog dialog;
        auto *historyFile = control<QLineEdit>(dialog, QStringLiteral("History file"));
        QVERIFY(historyFile);
        const QString uri = QStringLiteral("postgresql://team@db.example.com:5432/licenses?sslmode=verify-full");
        historyFile->setText(uri);
        QCOMPARE(dialog.validationProblem(), QString());
        QCOMPARE(dialog.settings().historyFile, uri);
    }

    void passwordFieldOnlyForPostgres_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("shown");
        QTest::newRow("default") << QString() << false;
        QTest::newRow("sqlite file") << QStringLiteral("/srv/license/history.sqlite") << false;
        QTest::newRow("uri") << QString::fromLatin1(TeamUri) << true;
        QTest::newRow("short scheme") << QStringLiteral("postgres://team@db.example.com/licenses") << true;
        // Refused by the check: there is no database to store a password for.
        QTest::newRow("uri with a password") << QStringLiteral("postgresql://team:pw@db.example.com/licenses") << false;
    }

    void passwordFieldOnlyForPostgres()
    {
        QFETCH(QString, location);
        QFETCH(bool, shown);
        TokenVault vault(TokenVault::Storage::MemoryOnly);
        SettingsDialog dialog;
        dialog.setVault(&vault);
        // Shown for a URI, hidden again for a file.
        dialog.historyFileEdit()->setText(QString::fromLatin1(TeamUri));
        dialog.historyFileEdit()->setText(location);
        QCOMPARE(dialog.isDatabasePasswordShown(), shown);
        QCOMPARE(!dialog.databasePasswordEdit()->parentWidget()->isHidden(), shown);
        QCOMPARE(!dialog.databasePasswordNote()->isHidden(), shown);
        QCOMPARE(dialog.databasePasswordEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.databasePasswordEdit()->accessibleName(), QStringLiteral("Database password"));
    }

    void withoutAVaultThePasswordFieldSaysWhy()
    {
        SettingsDialog dialog;
        dialog.historyFileEdit()->setText(QString::fromLatin1(TeamUri));
        QVERIFY(dialog.isDatabasePasswordShown());
        QVERIFY(!dialog.databasePasswordEdit()->isEnabled());
        QVERIFY(dialog.databasePasswordNote()->text().contains(QStringLiteral("~/.pgpass")));
    }

    // The memory-only vault (a run without the keychain) keeps the password for the session, and it goes nowhere
    // else; a change of the URI's options keeps it, as it belongs to the database.
    void memoryVaultKeepsThePasswordOutOfTheSettings()
    {
        TokenVault vault(TokenVault::Storage::MemoryOnly);
        SettingsDialog dialog;
        dialog.setVault(&vault);
        dialog.historyFileEdit()->setText(QString::fromLatin1(TeamUri));
        QTRY_VERIFY(dialog.databasePasswordNote()->text().startsWith(
            QStringLiteral("No password of %1 is stored").arg(QLatin1String(TeamDatabase))));
        QVERIFY(!dialog.removePasswordButton()->isEnabled());
        storeThroughTheDialog(dialog, vault, QStringLiteral("first-Secret-4711"));
        dialog.historyFileEdit()->setText(QStringLiteral("postgresql://team@db.example.com:5432/licenses"));
        QTRY_VERIFY(dialog.databasePasswordNote()->text().startsWith(QStringLiteral("A password of")));
        removeThroughTheDialog(dialog, vault);
    }

    // OK with a password typed closes the dialog once the vault has answered, not before.
    void okClosesOnceThePasswordIsStored()
    {
        TokenVault vault(TokenVault::Storage::MemoryOnly);
        SettingsDialog dialog;
        dialog.setVault(&vault);
        dialog.show();
        dialog.historyFileEdit()->setText(QString::fromLatin1(TeamUri));
        dialog.databasePasswordEdit()->setText(QStringLiteral("ok-Secret-0815"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.accept();
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        QCOMPARE(storedPassword(vault, QString::fromLatin1(TeamDatabase)).value_or(NoneStored),
                 QStringLiteral("ok-Secret-0815"));
    }

    // Run by tst_settingsdialog_keyring, in a private D-Bus session with a gnome-keyring of its own.
    void keychainStoresReplacesAndRemovesThePassword()
    {
        if (!qEnvironmentVariableIsSet("LUE_KEYRING_SESSION")) {
            qInfo("Needs the private keyring session: tst_settingsdialog_keyring runs it.");
            return;
        }
        TokenVault vault(TokenVault::Storage::Keychain);
        vault.setServiceName(QStringLiteral("license-usage-explorer-test-settings"));
        SettingsDialog dialog;
        dialog.setVault(&vault);
        dialog.historyFileEdit()->setText(QString::fromLatin1(TeamUri));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.databasePasswordNote()->text().startsWith(
                                     QStringLiteral("No password of %1 is stored. Typed here, it goes into the system "
                                                    "keychain")
                                         .arg(QLatin1String(TeamDatabase))),
                                 20000);
        storeThroughTheDialog(dialog, vault, QStringLiteral("keyring-Secret-1"));
        QVERIFY(dialog.databasePasswordNote()->text().contains(QStringLiteral("stored in the system keychain")));
        storeThroughTheDialog(dialog, vault, QStringLiteral("keyring-Secret-2"));
        // Another vault (another run of the program) finds it under the database's key.
        TokenVault another(TokenVault::Storage::Keychain);
        another.setServiceName(vault.serviceName());
        QCOMPARE(storedPassword(another, QString::fromLatin1(TeamDatabase)).value_or(NoneStored),
                 QStringLiteral("keyring-Secret-2"));
        removeThroughTheDialog(dialog, vault);
    }

    // Run by tst_settingsdialog_nokeychain, with no D-Bus session at all.
    void withoutAKeychainThePasswordFieldSaysWhy()
    {
        if (!qEnvironmentVariableIsSet("LUE_EXPECT_NO_KEYCHAIN")) {
            qInfo("Needs a run without D-Bus: tst_settingsdialog_nokeychain runs it.");
            return;
        }
        TokenVault vault(TokenVault::Storage::Keychain);
        SettingsDialog dialog;
        dialog.setVault(&vault);
        dialog.historyFileEdit()->setText(QString::fromLatin1(TeamUri));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.databasePasswordNote()->text().startsWith(QStringLiteral("No system keychain is available")), 20000);
        QVERIFY(!dialog.databasePasswordEdit()->isEnabled());
        QVERIFY(dialog.databasePasswordNote()->text().contains(QStringLiteral("~/.pgpass")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
