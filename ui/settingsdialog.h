// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <application/appsettings.h>

#include <QDialog>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace LicenseCore {
class TokenVault;
struct TokenResult;
} // namespace LicenseCore

namespace LicenseUi {

// The application's settings: the estimation rules, the safety caps for reading exports, the language, the date
// range offered at start, the data folder, and the history: its file, the first month of the license year and how
// far a first sync reaches back. OK and Apply check the values, write them to the application's
// QSettings and emit applied(); an invalid value is explained in the dialog and nothing is written. Open it with
// open(): it never waits.
//
// A history on PostgreSQL gets a database password field. What is typed there goes to the TokenVault (the system
// keychain) on OK or Apply, under the database the URI names, and nowhere else: never the settings file. applied()
// then waits for the keychain's answer, so that the window opens the history with the new password.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Fills the controls; the dialog starts with what the application's QSettings hold.
    void setSettings(const LicenseCore::AppSettings &settings);
    // The values of the controls, not yet checked.
    [[nodiscard]] LicenseCore::AppSettings settings() const;
    // What is wrong with the values of the controls, as a sentence; empty when they can be saved.
    [[nodiscard]] QString validationProblem() const;
    // The folder used when the data folder field is empty, shown as its placeholder.
    void setDefaultDataFolder(const QString &folder);
    // A folder given on the command line, which wins over the setting for this run.
    void setDataFolderOverride(const QString &folder);
    // The file used when the history file field is empty, shown as its placeholder.
    void setDefaultHistoryFile(const QString &file);
    // Where a PostgreSQL history's password is stored; without one the password field says it cannot store it.
    void setVault(LicenseCore::TokenVault *vault);

    // Checks, saves and emits applied(); false (with the problem shown) when a value is invalid.
    bool apply();
    void restoreDefaults();

    // The languages to choose from: the catalogues compiled in under :/i18n and English, as (BCP-47 name, name
    // of the language in that language), sorted by name.
    [[nodiscard]] static QList<QPair<QString, QString>> availableLanguages();

    [[nodiscard]] QTabWidget *pages() const { return m_pages; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }
    [[nodiscard]] QLineEdit *historyFileEdit() const { return m_historyFile; }
    [[nodiscard]] QLineEdit *databasePasswordEdit() const { return m_databasePassword; }
    [[nodiscard]] QPushButton *removePasswordButton() const { return m_removePassword; }
    [[nodiscard]] QLabel *databasePasswordNote() const { return m_passwordNote; }
    // Whether the password field is offered: only for a PostgreSQL URI.
    [[nodiscard]] bool isDatabasePasswordShown() const;

    void accept() override;
    // Not while the keychain stores a password: the settings are saved by then, and applied() is still to come.
    void reject() override;

Q_SIGNALS:
    void applied(const LicenseCore::AppSettings &settings);
    // The keychain now holds another password (or none) for the database of `uri`; applied() follows a stored one.
    void databasePasswordChanged(const QString &uri);

private:
    struct SizeEdit
    {
        QSpinBox *value = nullptr;
        QComboBox *unit = nullptr;
    };

    QWidget *createRulesPage();
    QWidget *createArchivePage();
    QWidget *createGeneralPage();
    QWidget *createHistoryPage();
    QWidget *createSizeEdit(SizeEdit &edit, const QString &accessibleName, QWidget *parent);
    static void setBytes(const SizeEdit &edit, qint64 bytes);
    static qint64 bytes(const SizeEdit &edit);
    QString check(QWidget **culprit) const;
    void selectLanguage(const QString &language);
    void chooseDataFolder();
    void chooseHistoryFile();
    void showProblem(const QString &problem);
    void updateLanguageNote();
    // Shows the password row for a PostgreSQL URI in the history field and looks up whether one is stored.
    void updatePasswordRow();
    void lookUpStoredPassword();
    void showPasswordState(const LicenseCore::TokenResult &result);
    void storePassword(const LicenseCore::AppSettings &value);
    void removePassword();
    [[nodiscard]] QString shownDatabase() const;

    LicenseCore::AppSettings m_loaded; // what the controls started with; keeps the values not shown
    QString m_startLanguage;

    QTabWidget *m_pages = nullptr;
    QCheckBox *m_capInfrastructure = nullptr;
    QSpinBox *m_minimumActive = nullptr;
    QDoubleSpinBox *m_demVisit = nullptr;
    QDoubleSpinBox *m_demReplay = nullptr;
    QDoubleSpinBox *m_demBrowser = nullptr;
    QDoubleSpinBox *m_demHttp = nullptr;
    QSpinBox *m_maxEntries = nullptr;
    SizeEdit m_entrySize;
    SizeEdit m_totalSize;
    SizeEdit m_nestedSize;
    QDoubleSpinBox *m_ratio = nullptr;
    QLabel *m_archiveNote = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_defaultRange = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QLabel *m_dataFolderNote = nullptr;
    QLineEdit *m_historyFile = nullptr;
    QFormLayout *m_historyForm = nullptr;
    QWidget *m_passwordRow = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QPushButton *m_removePassword = nullptr;
    QLabel *m_passwordNote = nullptr;
    QPointer<LicenseCore::TokenVault> m_vault;
    QString m_lookedUpDatabase;     // the database whose stored password the note describes
    bool m_passwordBusy = false;    // a keychain write is under way
    bool m_closeWhenStored = false; // OK was pressed: close once the keychain has answered
    QComboBox *m_licenseYearStart = nullptr;
    QSpinBox *m_syncStartDays = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LicenseUi
