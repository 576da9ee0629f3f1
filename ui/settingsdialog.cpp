// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <application/historylocation.h>
#include <common/timeutil.h>
#include <vault/tokenjob.h>
#include <vault/tokenvault.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

// The units of the size fields: KiB, MiB, GiB and TiB are 2^10, 2^20, 2^30 and 2^40 bytes.
constexpr int UnitShifts[] = {10, 20, 30, 40};
constexpr int SizeValueMax = 999'999;

constexpr RangePreset DefaultRangeChoices[] = {
    RangePreset::Last24Hours, RangePreset::Last7Days,       RangePreset::Last30Days, RangePreset::ThisMonth,
    RangePreset::LastMonth,   RangePreset::ThisLicenseYear, RangePreset::AllHistory};

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Explanations read as secondary text through the palette's placeholder colour, never a fixed one.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QDoubleSpinBox *weightBox(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, AppSettingsBounds::DemWeightMax);
    box->setDecimals(3);
    box->setSingleStep(0.05);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->addTab(createRulesPage(), tr("&Rules"));
    m_pages->addTab(createArchivePage(), tr("&Archive Limits"));
    m_pages->addTab(createGeneralPage(), tr("&General"));
    m_pages->addTab(createHistoryPage(), tr("&History"));
    layout->addWidget(m_pages, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem with the settings"));
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply |
                                         QDialogButtonBox::RestoreDefaults,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    const QSettings stored;
    const AppSettings current = loadAppSettings(stored);
    m_startLanguage = current.language;
    setSettings(current);
    setDefaultDataFolder({});
    setDefaultHistoryFile({});
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createRulesPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);

    auto *hosts = new QGroupBox(tr("Host units"), page);
    auto *hostsForm = new QFormLayout(hosts);
    m_capInfrastructure = new QCheckBox(tr("&Cap an Infrastructure-only host at 1 host unit"), hosts);
    m_capInfrastructure->setAccessibleName(tr("Cap Infrastructure-only hosts at 1 host unit"));
    hostsForm->addRow(m_capInfrastructure);
    hostsForm->addRow(noteLabel(tr("An Infrastructure-only host weighs 30% of a Full-Stack host with the same "
                                   "memory. With the cap, no such host counts more than 1 host unit in an hour."),
                                hosts));
    m_minimumActive = new QSpinBox(hosts);
    m_minimumActive->setRange(0, int(AppSettingsBounds::MinimumActiveMsMax / Time::MinuteMs));
    m_minimumActive->setSuffix(tr(" min"));
    m_minimumActive->setAccessibleName(tr("Minimum activity per hour, in minutes"));
    hostsForm->addRow(tr("&Minimum activity per hour:"), m_minimumActive);
    hostsForm->addRow(noteLabel(tr("A host counts in an hour when its agents were active at least this long, or "
                                   "when it has no activity records."),
                                hosts));
    layout->addWidget(hosts);

    auto *dem = new QGroupBox(tr("DEM units (estimate)"), page);
    auto *demForm = new QFormLayout(dem);
    m_demVisit = weightBox(tr("DEM units per user session"), dem);
    demForm->addRow(tr("Per user &session (visit or mobile session):"), m_demVisit);
    m_demReplay = weightBox(tr("Additional DEM units per session replay"), dem);
    demForm->addRow(tr("Additional per session &replay:"), m_demReplay);
    m_demBrowser = weightBox(tr("DEM units per browser monitor execution"), dem);
    demForm->addRow(tr("Per &browser monitor execution:"), m_demBrowser);
    m_demHttp = weightBox(tr("DEM units per HTTP monitor execution"), dem);
    demForm->addRow(tr("Per &HTTP monitor execution:"), m_demHttp);
    demForm->addRow(noteLabel(tr("Each weight is in DEM units. A replay session is also counted as a visit, so with "
                                 "the defaults (0.25 and 0.75) it costs 1 DEM unit in total. Executions are public "
                                 "and private ones together."),
                              dem));
    layout->addWidget(dem);
    layout->addWidget(noteLabel(tr("A change of the rules recomputes the export that is open."), page));
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createSizeEdit(SizeEdit &edit, const QString &accessibleName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit.value = new QSpinBox(row);
    edit.value->setRange(1, SizeValueMax);
    edit.value->setAccessibleName(accessibleName);
    edit.unit = new QComboBox(row);
    edit.unit->addItems({tr("KiB"), tr("MiB"), tr("GiB"), tr("TiB")});
    edit.unit->setAccessibleName(tr("Unit of %1").arg(accessibleName));
    layout->addWidget(edit.value, 1);
    layout->addWidget(edit.unit);
    row->setFocusProxy(edit.value);
    return row;
}

QWidget *SettingsDialog::createArchivePage()
{
    namespace B = AppSettingsBounds;
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(noteLabel(tr("Exports are read as hostile input. These caps stop a damaged or malicious "
                                   "archive in bounded time and memory; the defaults suit a year of a large cluster."),
                                page));
    auto *form = new QFormLayout;
    m_maxEntries = new QSpinBox(page);
    m_maxEntries->setRange(int(B::EntriesMin), int(B::EntriesMax));
    m_maxEntries->setGroupSeparatorShown(true);
    m_maxEntries->setAccessibleName(tr("Maximum number of files in an archive"));
    form->addRow(tr("Files in an &archive, at most:"), m_maxEntries);
    QWidget *entry = createSizeEdit(m_entrySize, tr("Maximum size of one hourly file"), page);
    form->addRow(tr("Size of one &hourly file, at most:"), entry);
    QWidget *total = createSizeEdit(m_totalSize, tr("Maximum size of all files together"), page);
    form->addRow(tr("Size of all files &together, at most:"), total);
    QWidget *nested = createSizeEdit(m_nestedSize, tr("Maximum size of the inner archive"), page);
    form->addRow(tr("Size of the &inner archive, at most:"), nested);
    m_ratio = new QDoubleSpinBox(page);
    m_ratio->setRange(B::CompressionRatioMin, B::CompressionRatioMax);
    m_ratio->setDecimals(1);
    m_ratio->setSuffix(tr(" : 1"));
    m_ratio->setAccessibleName(tr("Maximum compression ratio"));
    form->addRow(tr("&Compression ratio, at most:"), m_ratio);
    layout->addLayout(form);
    m_archiveNote = noteLabel(QString(), page);
    layout->addWidget(m_archiveNote);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);

    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    const QList<QPair<QString, QString>> languages = availableLanguages();
    for (const auto &language : languages)
        m_language->addItem(language.second, language.first);
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = noteLabel(tr("The new language is used after License Usage Explorer is restarted."), page);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->hide();
    form->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    m_defaultRange = new QComboBox(page);
    m_defaultRange->setAccessibleName(tr("Default date range"));
    for (RangePreset preset : DefaultRangeChoices)
        m_defaultRange->addItem(presetName(preset), int(preset));
    form->addRow(tr("Default &date range:"), m_defaultRange);
    form->addRow(QString(),
                 noteLabel(tr("Offered when the program starts without a range saved from last time."), page));

    auto *folderRow = new QWidget(page);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_dataFolder = new QLineEdit(folderRow);
    m_dataFolder->setAccessibleName(tr("Data folder"));
    m_dataFolder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), folderRow);
    browse->setAccessibleName(tr("Choose the data folder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDataFolder);
    folderLayout->addWidget(m_dataFolder, 1);
    folderLayout->addWidget(browse);
    folderRow->setFocusProxy(m_dataFolder);
    form->addRow(tr("Data &folder:"), folderRow);
    m_dataFolderNote =
        noteLabel(tr("Downloaded exports are kept in its \"exports\" folder. Leave it empty for the default."), page);
    form->addRow(QString(), m_dataFolderNote);

    for (QWidget *edit : std::initializer_list<QWidget *>{m_language, m_defaultRange, m_dataFolder})
        edit->setMinimumWidth(320);
    return page;
}

QWidget *SettingsDialog::createHistoryPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);

    auto *fileRow = new QWidget(page);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_historyFile = new QLineEdit(fileRow);
    m_historyFile->setAccessibleName(tr("History file"));
    m_historyFile->setClearButtonEnabled(true);
    m_historyFile->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("B&rowse…"), fileRow);
    browse->setAccessibleName(tr("Choose the history file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseHistoryFile);
    fileLayout->addWidget(m_historyFile, 1);
    fileLayout->addWidget(browse);
    fileRow->setFocusProxy(m_historyFile);
    form->addRow(tr("History &file:"), fileRow);
    form->addRow(QString(), noteLabel(tr("Every export opened or downloaded goes into this file, and the exports "
                                         "themselves into a folder beside it. Leave it empty for the default."),
                                      page));
    form->addRow(QString(), noteLabel(tr("A history the team shares: a PostgreSQL URI such as %1. The password "
                                         "comes from the database password below or from ~/.pgpass, never from "
                                         "the URI.")
                                          .arg(QStringLiteral("postgresql://USER@HOST:5432/DATABASE?sslmode="
                                                              "verify-full")),
                                      page));

    m_passwordRow = new QWidget(page);
    auto *passwordLayout = new QHBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    m_databasePassword = new QLineEdit(m_passwordRow);
    m_databasePassword->setObjectName(QStringLiteral("databasePassword"));
    m_databasePassword->setAccessibleName(tr("Database password"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    // Not offered to input methods, which may learn or predict what is typed.
    m_databasePassword->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_removePassword = new QPushButton(tr("Re&move Stored Password"), m_passwordRow);
    m_removePassword->setAccessibleName(tr("Remove the stored database password"));
    m_removePassword->setEnabled(false);
    connect(m_removePassword, &QPushButton::clicked, this, &SettingsDialog::removePassword);
    passwordLayout->addWidget(m_databasePassword, 1);
    passwordLayout->addWidget(m_removePassword);
    m_passwordRow->setFocusProxy(m_databasePassword);
    form->addRow(tr("Database &password:"), m_passwordRow);
    m_passwordNote = noteLabel({}, page);
    m_passwordNote->setObjectName(QStringLiteral("databasePasswordNote"));
    form->addRow(QString(), m_passwordNote);
    m_historyForm = form;
    connect(m_historyFile, &QLineEdit::textChanged, this, &SettingsDialog::updatePasswordRow);

    m_licenseYearStart = new QComboBox(page);
    m_licenseYearStart->setAccessibleName(tr("First month of the license year"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_licenseYearStart->addItem(locale.standaloneMonthName(month), month);
    form->addRow(tr("License year &begins in:"), m_licenseYearStart);
    form->addRow(QString(), noteLabel(tr("The date range \"This license year\" starts on the first day of this "
                                         "month."),
                                      page));

    m_syncStartDays = new QSpinBox(page);
    m_syncStartDays->setAccessibleName(tr("Days a first sync reaches back"));
    m_syncStartDays->setRange(AppSettingsBounds::SyncStartDaysMin, AppSettingsBounds::SyncStartDaysMax);
    m_syncStartDays->setSuffix(tr(" days"));
    form->addRow(tr("First &sync reaches back:"), m_syncStartDays);
    form->addRow(QString(),
                 noteLabel(tr("How far back a sync fetches for a cluster the history does not hold yet."), page));
    updatePasswordRow();
    return page;
}

void SettingsDialog::setBytes(const SizeEdit &edit, qint64 bytes)
{
    // The largest unit that shows the value exactly; sizes below 1 KiB are rounded up to it.
    for (int i = int(std::size(UnitShifts)) - 1; i >= 0; --i) {
        const qint64 unit = qint64(1) << UnitShifts[i];
        if (bytes % unit == 0 && bytes / unit <= SizeValueMax && bytes / unit >= 1) {
            edit.unit->setCurrentIndex(i);
            edit.value->setValue(int(bytes / unit));
            return;
        }
    }
    const qint64 kib = qint64(1) << UnitShifts[0];
    edit.unit->setCurrentIndex(0);
    edit.value->setValue(int(std::clamp<qint64>((bytes + kib - 1) / kib, 1, SizeValueMax)));
}

qint64 SettingsDialog::bytes(const SizeEdit &edit)
{
    return qint64(edit.value->value()) << UnitShifts[std::clamp(edit.unit->currentIndex(), 0, 3)];
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_loaded = sanitized(settings);
    const AppSettings &value = m_loaded;
    m_capInfrastructure->setChecked(value.rules.capInfrastructureAtOne);
    m_minimumActive->setValue(int(value.rules.minimumActiveMs / Time::MinuteMs));
    m_demVisit->setValue(value.rules.demVisitWeight);
    m_demReplay->setValue(value.rules.demReplayWeight);
    m_demBrowser->setValue(value.rules.demBrowserMonitorWeight);
    m_demHttp->setValue(value.rules.demHttpMonitorWeight);
    m_maxEntries->setValue(int(value.limits.maxEntries));
    setBytes(m_entrySize, value.limits.maxEntryBytes);
    setBytes(m_totalSize, value.limits.maxTotalBytes);
    setBytes(m_nestedSize, value.limits.maxNestedArchiveBytes);
    m_ratio->setValue(value.limits.maxCompressionRatio);
    m_archiveNote->setText(tr("Sizes are uncompressed bytes actually read. The ratio is checked for files larger "
                              "than %1; the inner archive is the billingRecords ZIP inside the export.")
                               .arg(formatBytes(value.limits.ratioCheckMinimumBytes)));
    selectLanguage(value.language);
    m_defaultRange->setCurrentIndex(std::max(0, m_defaultRange->findData(int(value.defaultRange))));
    m_dataFolder->setText(QDir::toNativeSeparators(value.dataFolder));
    m_historyFile->setText(QDir::toNativeSeparators(value.historyFile));
    m_licenseYearStart->setCurrentIndex(std::max(0, m_licenseYearStart->findData(value.licenseYearStartMonth)));
    m_syncStartDays->setValue(value.syncStartDays);
    showProblem({});
}

AppSettings SettingsDialog::settings() const
{
    AppSettings value = m_loaded;
    value.rules.capInfrastructureAtOne = m_capInfrastructure->isChecked();
    // Whole minutes in the dialog; a stored value that is not a whole minute is kept while the field is untouched.
    if (m_minimumActive->value() != int(m_loaded.rules.minimumActiveMs / Time::MinuteMs))
        value.rules.minimumActiveMs = qint64(m_minimumActive->value()) * Time::MinuteMs;
    value.rules.demVisitWeight = m_demVisit->value();
    value.rules.demReplayWeight = m_demReplay->value();
    value.rules.demBrowserMonitorWeight = m_demBrowser->value();
    value.rules.demHttpMonitorWeight = m_demHttp->value();
    value.limits.maxEntries = m_maxEntries->value();
    value.limits.maxEntryBytes = bytes(m_entrySize);
    value.limits.maxTotalBytes = bytes(m_totalSize);
    value.limits.maxNestedArchiveBytes = bytes(m_nestedSize);
    value.limits.maxCompressionRatio = m_ratio->value();
    value.language = m_language->currentData().toString();
    value.defaultRange = RangePreset(m_defaultRange->currentData().toInt());
    const QString folder = m_dataFolder->text().trimmed();
    value.dataFolder = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    const QString historyFile = m_historyFile->text().trimmed();
    if (isPostgresHistory(historyFile))
        value.historyFile = historyFile;
    else
        value.historyFile =
            historyFile.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(historyFile));
    value.licenseYearStartMonth = m_licenseYearStart->currentData().toInt();
    value.syncStartDays = m_syncStartDays->value();
    return value;
}

QString SettingsDialog::check(QWidget **culprit) const
{
    namespace B = AppSettingsBounds;
    const AppSettings value = settings();
    auto outside = [](qint64 bytes, qint64 low, qint64 high) { return bytes < low || bytes > high; };
    auto fail = [culprit](QWidget *widget, const QString &text) {
        if (culprit)
            *culprit = widget;
        return text;
    };
    if (outside(value.limits.maxEntryBytes, B::EntryBytesMin, B::EntryBytesMax))
        return fail(m_entrySize.value, tr("The size of one hourly file must be between %1 and %2.")
                                           .arg(formatBytes(B::EntryBytesMin), formatBytes(B::EntryBytesMax)));
    if (outside(value.limits.maxTotalBytes, B::TotalBytesMin, B::TotalBytesMax))
        return fail(m_totalSize.value, tr("The size of all files together must be between %1 and %2.")
                                           .arg(formatBytes(B::TotalBytesMin), formatBytes(B::TotalBytesMax)));
    if (outside(value.limits.maxNestedArchiveBytes, B::NestedArchiveBytesMin, B::NestedArchiveBytesMax))
        return fail(m_nestedSize.value,
                    tr("The size of the inner archive must be between %1 and %2.")
                        .arg(formatBytes(B::NestedArchiveBytesMin), formatBytes(B::NestedArchiveBytesMax)));
    if (value.limits.maxEntryBytes > value.limits.maxTotalBytes)
        return fail(m_entrySize.value,
                    tr("One hourly file (%1) cannot be allowed more than all files together (%2).")
                        .arg(formatBytes(value.limits.maxEntryBytes), formatBytes(value.limits.maxTotalBytes)));
    if (!value.dataFolder.isEmpty()) {
        if (QDir::isRelativePath(value.dataFolder))
            return fail(m_dataFolder,
                        tr("The data folder must be a full path, such as %1.")
                            .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("License Usage")))));
        const QFileInfo info(value.dataFolder);
        if (info.exists() && !info.isDir())
            return fail(m_dataFolder,
                        tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(value.dataFolder)));
    }
    if (isPostgresHistory(value.historyFile)) {
        switch (postgresUriProblem(value.historyFile)) {
        case PostgresUriProblem::None:
            break;
        case PostgresUriProblem::HoldsPassword:
            return fail(m_historyFile, tr("The PostgreSQL URI must not hold a password. Enter it as the database "
                                          "password, or put it in ~/.pgpass or in the file that PGPASSFILE names."));
        case PostgresUriProblem::Invalid:
            return fail(m_historyFile, tr("This is not a PostgreSQL URI of the form %1.")
                                           .arg(QStringLiteral("postgresql://USER@HOST:PORT/DATABASE")));
        }
    } else if (!value.historyFile.isEmpty()) {
        if (QDir::isRelativePath(value.historyFile))
            return fail(m_historyFile, tr("The history file must be a full path, such as %1.")
                                           .arg(QDir::toNativeSeparators(
                                               QDir::home().filePath(QStringLiteral("license-history.sqlite")))));
        if (QFileInfo(value.historyFile).isDir())
            return fail(m_historyFile,
                        tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(value.historyFile)));
    }
    return {};
}

QString SettingsDialog::validationProblem() const
{
    return check(nullptr);
}

bool SettingsDialog::apply()
{
    QWidget *culprit = nullptr;
    const QString problem = check(&culprit);
    showProblem(problem);
    if (!problem.isEmpty()) {
        if (culprit) {
            for (int i = 0; i < m_pages->count(); ++i) {
                if (m_pages->widget(i)->isAncestorOf(culprit))
                    m_pages->setCurrentIndex(i);
            }
            culprit->setFocus();
        }
        return false;
    }
    const AppSettings value = sanitized(settings());
    QSettings stored;
    saveAppSettings(stored, value);
    m_loaded = value;
    if (isDatabasePasswordShown() && !m_databasePassword->text().isEmpty()) {
        storePassword(value);
        return true;
    }
    Q_EMIT applied(value);
    return true;
}

void SettingsDialog::accept()
{
    if (!apply())
        return;
    if (m_passwordBusy) {
        m_closeWhenStored = true; // once the keychain has answered
        return;
    }
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (!m_passwordBusy)
        QDialog::reject();
}

void SettingsDialog::setVault(TokenVault *vault)
{
    m_vault = vault;
    m_lookedUpDatabase.clear();
    updatePasswordRow();
}

bool SettingsDialog::isDatabasePasswordShown() const
{
    return !shownDatabase().isEmpty();
}

QString SettingsDialog::shownDatabase() const
{
    const QString uri = m_historyFile->text().trimmed();
    return isPostgresHistory(uri) ? postgresPasswordKey(uri) : QString();
}

void SettingsDialog::updatePasswordRow()
{
    const QString database = shownDatabase();
    m_historyForm->setRowVisible(m_passwordRow, !database.isEmpty());
    m_historyForm->setRowVisible(m_passwordNote, !database.isEmpty());
    if (database.isEmpty() || database == m_lookedUpDatabase)
        return;
    m_lookedUpDatabase = database;
    m_removePassword->setEnabled(false);
    if (!m_vault) {
        m_databasePassword->setEnabled(false);
        m_passwordNote->setText(tr("This window has no keychain to store the password in. Put it in ~/.pgpass "
                                   "instead."));
        return;
    }
    m_databasePassword->setEnabled(true);
    lookUpStoredPassword();
}

void SettingsDialog::lookUpStoredPassword()
{
    const QString database = m_lookedUpDatabase;
    m_passwordNote->setText(tr("Looking for a stored password of %1…").arg(database));
    // Only whether one is stored matters here: the password read is dropped at once and never shown.
    m_vault->readDatabasePassword(database, this, [this, database](const TokenResult &result) {
        if (database == m_lookedUpDatabase)
            showPasswordState(result);
    });
}

void SettingsDialog::showPasswordState(const TokenResult &result)
{
    const QString &database = m_lookedUpDatabase;
    const bool memoryOnly = m_vault && m_vault->storage() == TokenVault::Storage::MemoryOnly;
    m_removePassword->setEnabled(result.ok());
    m_databasePassword->setEnabled(true);
    switch (result.status) {
    case TokenResult::Status::Ok:
        m_passwordNote->setText(memoryOnly ? tr("A password of %1 is kept for this session. Type another to "
                                                "replace it.")
                                                 .arg(database)
                                           : tr("A password of %1 is stored in the system keychain. Type another "
                                                "to replace it.")
                                                 .arg(database));
        break;
    case TokenResult::Status::NotFound:
        m_passwordNote->setText(memoryOnly ? tr("No password of %1 is stored. Typed here, it is kept for this "
                                                "session only; without it, ~/.pgpass, PGPASSFILE or PGSERVICE "
                                                "apply.")
                                                 .arg(database)
                                           : tr("No password of %1 is stored. Typed here, it goes into the system "
                                                "keychain; without it, ~/.pgpass, PGPASSFILE or PGSERVICE apply.")
                                                 .arg(database));
        break;
    case TokenResult::Status::NoKeychain:
        m_databasePassword->setEnabled(false);
        m_passwordNote->setText(tr("No system keychain is available, so the password cannot be stored. Start a "
                                   "keychain service such as GNOME Keyring or KWallet, or put the password in "
                                   "~/.pgpass."));
        break;
    case TokenResult::Status::AccessDenied:
    case TokenResult::Status::Failed:
        m_passwordNote->setText(result.errorText);
        break;
    }
}

void SettingsDialog::storePassword(const AppSettings &value)
{
    const QString database = postgresPasswordKey(value.historyFile);
    if (!m_vault) {
        showProblem(tr("The database password cannot be stored: this window has no keychain. Put it in ~/.pgpass "
                       "instead."));
        Q_EMIT applied(value);
        return;
    }
    m_passwordBusy = true;
    m_buttons->setEnabled(false);
    const QString uri = value.historyFile;
    m_vault->writeDatabasePassword(
        database, m_databasePassword->text(), this, [this, value, uri, database](const TokenResult &result) {
            m_passwordBusy = false;
            m_buttons->setEnabled(true);
            m_lookedUpDatabase = database;
            // Not kept in the field either way: typed again to try again.
            m_databasePassword->clear();
            if (result.ok()) {
                showPasswordState(result);
                Q_EMIT databasePasswordChanged(uri);
            } else {
                m_closeWhenStored = false;
                showPasswordState(result);
                showProblem(tr("The database password was not stored: %1").arg(m_passwordNote->text()));
            }
            Q_EMIT applied(value);
            if (std::exchange(m_closeWhenStored, false))
                QDialog::accept();
        });
}

void SettingsDialog::removePassword()
{
    const QString database = shownDatabase();
    if (database.isEmpty() || !m_vault)
        return;
    const QString uri = m_historyFile->text().trimmed();
    m_removePassword->setEnabled(false);
    m_vault->deleteDatabasePassword(database, this, [this, database, uri](const TokenResult &result) {
        if (result.ok() || result.status == TokenResult::Status::NotFound) {
            if (database == m_lookedUpDatabase)
                showPasswordState({TokenResult::Status::NotFound, {}, {}});
            Q_EMIT databasePasswordChanged(uri);
        } else if (database == m_lookedUpDatabase) {
            showPasswordState(result);
            m_removePassword->setEnabled(true);
        }
    });
}

void SettingsDialog::restoreDefaults()
{
    setSettings(AppSettings());
}

QList<QPair<QString, QString>> SettingsDialog::availableLanguages()
{
    const QString prefix = QStringLiteral("license-usage-explorer_");
    QStringList tags = {QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString tag = file.mid(prefix.size()).chopped(3).replace(QLatin1Char('_'), QLatin1Char('-'));
        if (isLanguageTag(tag) && !tags.contains(tag))
            tags << tag;
    }
    QList<QPair<QString, QString>> languages;
    for (const QString &tag : std::as_const(tags)) {
        const QLocale locale(tag);
        if (locale.language() == QLocale::C)
            continue;
        // "en" alone would be called "American English" after the locale Qt picks for it.
        QString name = tag == QLatin1String("en") ? QStringLiteral("English") : locale.nativeLanguageName();
        if (name.isEmpty())
            name = QLocale::languageToString(locale.language());
        name = locale.toUpper(name.left(1)) + name.mid(1);
        if (tag.contains(QLatin1Char('-')) && !locale.nativeTerritoryName().isEmpty())
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        languages.append({tag, name});
    }
    std::sort(languages.begin(), languages.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    return languages;
}

void SettingsDialog::selectLanguage(const QString &language)
{
    int index = m_language->findData(language);
    if (index < 0) {
        // A language without a catalogue here, set elsewhere: keep it rather than lose it silently.
        const QLocale locale(language);
        m_language->addItem(locale.nativeLanguageName().isEmpty() ? language : locale.nativeLanguageName(), language);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
    updateLanguageNote();
}

void SettingsDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void SettingsDialog::setDefaultDataFolder(const QString &folder)
{
    m_dataFolder->setPlaceholderText(folder.isEmpty() ? tr("The application's data folder")
                                                      : QDir::toNativeSeparators(folder));
}

void SettingsDialog::setDataFolderOverride(const QString &folder)
{
    if (folder.isEmpty())
        return;
    m_dataFolderNote->setText(tr("This run uses %1, given on the command line; the setting applies when the "
                                 "program is started without it.")
                                  .arg(QDir::toNativeSeparators(folder)));
}

void SettingsDialog::setDefaultHistoryFile(const QString &file)
{
    m_historyFile->setPlaceholderText(file.isEmpty() ? tr("history.sqlite in the data folder")
                                                     : QDir::toNativeSeparators(file));
}

void SettingsDialog::chooseHistoryFile()
{
    const QString start =
        m_historyFile->text().trimmed().isEmpty() ? m_historyFile->placeholderText() : m_historyFile->text().trimmed();
    auto *dialog =
        new QFileDialog(this, tr("Choose the History File"), start, tr("History files (*.sqlite);;All files (*)"));
    // An existing history is opened, a new name creates one: nothing is overwritten either way.
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_historyFile->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void SettingsDialog::chooseDataFolder()
{
    const QString start =
        m_dataFolder->text().trimmed().isEmpty() ? m_dataFolder->placeholderText() : m_dataFolder->text().trimmed();
    auto *dialog = new QFileDialog(this, tr("Choose the Data Folder"), start);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_dataFolder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void SettingsDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace LicenseUi
