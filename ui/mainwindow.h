// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <application/appsettings.h>
#include <cluster/clusterlicensejob.h>
#include <cluster/clusterprofile.h>
#include <common/hourrange.h>
#include <demo/democluster.h>
#include <report/csvwriter.h>
#include <usage/usagesnapshot.h>

#include <QFileDialog>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace LicenseCore {
class ExportImporter;
class ProfileStore;
class TokenVault;
struct Error;
struct ImportProgress;
} // namespace LicenseCore

namespace LicenseUi {

class ChartControls;
class DateRangeWidget;
class DownloadPanel;
class ExportDetailsPage;
class HostsModel;
class HourlyUsageModel;
class OverviewPage;
class TablePage;
class UsageChartView;

struct MainWindowOptions
{
    bool demo = false;                           // start the built-in demo cluster and select it
    QString profileFile;                         // cluster profiles INI; empty: the shared per-user file
    bool keychain = true;                        // false: tokens live in memory only (tests)
    QString dataFolder;                          // where downloads are kept, winning over the setting (command
                                                 // line, tests); empty: the setting, else the app data folder
    LicenseCore::DemoClusterOptions demoOptions; // the demo cluster's data
};

// The application window: pick a cluster and a date range, download or open an export, and look at it
// through the overview, charts, hourly table, hosts and export details. Heavy work runs in the core, off the
// GUI thread; the window only reacts to signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Options = MainWindowOptions;
    enum class Page
    {
        Overview,
        Charts,
        Hourly,
        Hosts,
        Details
    };

    explicit MainWindow(const Options &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports an export file in the background; the window stays responsive.
    void openExport(const QString &path, std::optional<LicenseCore::HourRange> expected = {});
    // Generates the built-in demo export without a cluster, then opens it.
    void openDemoExport();
    void startDownload();
    void showPage(Page page);

    [[nodiscard]] LicenseCore::UsageSnapshotPtr store() const { return m_store; }
    [[nodiscard]] QString exportPath() const { return m_exportPath; }
    [[nodiscard]] const LicenseCore::EnvironmentNames &environmentNames() const { return m_names; }
    [[nodiscard]] OverviewPage *overviewPage() const { return m_overview; }
    [[nodiscard]] UsageChartView *chartView() const { return m_chart; }
    [[nodiscard]] ChartControls *chartControls() const { return m_chartControls; }
    [[nodiscard]] TablePage *hourlyPage() const { return m_hourlyPage; }
    [[nodiscard]] HourlyUsageModel *hourlyModel() const { return m_hourlyModel; }
    [[nodiscard]] TablePage *hostsPage() const { return m_hostsPage; }
    [[nodiscard]] ExportDetailsPage *detailsPage() const { return m_details; }
    [[nodiscard]] DownloadPanel *downloadPanel() const { return m_downloadPanel; }
    [[nodiscard]] DateRangeWidget *dateRange() const { return m_dateRange; }
    [[nodiscard]] QComboBox *profileCombo() const { return m_profileCombo; }
    [[nodiscard]] LicenseCore::TokenVault *vault() const { return m_vault; }
    [[nodiscard]] LicenseCore::ProfileStore *profiles() const { return m_profiles.get(); }
    [[nodiscard]] LicenseCore::DemoCluster *demoCluster() const { return m_demoCluster; }
    [[nodiscard]] QString dataFolder() const { return m_dataFolder; }
    [[nodiscard]] const LicenseCore::AppSettings &appSettings() const { return m_appSettings; }
    [[nodiscard]] QAction *settingsAction() const { return m_settingsAction; }
    [[nodiscard]] QAction *aboutAction() const { return m_aboutAction; }
    [[nodiscard]] QAction *aboutQtAction() const { return m_aboutQtAction; }

    // Uses new settings from now on: imports read with its rules and limits, and an export that is open is
    // imported again when the rules changed, so its numbers follow them.
    void applySettings(const LicenseCore::AppSettings &settings);

    // Saves without dialogs (the dialogs call these); false with a message on failure.
    bool saveCsv(const QString &path, LicenseCore::Granularity granularity, bool onlyFiltered, QString *error);
    bool saveZipCopy(const QString &path, QString *error);
    bool saveChart(const QString &path, QString *error);

Q_SIGNALS:
    void storeChanged();
    void importFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createPages();
    void reloadProfiles(const QString &select = {});
    void startDemoCluster(const LicenseCore::DemoClusterOptions &options);
    void openClustersDialog();
    void openSettingsDialog();
    void openAboutDialog();
    void askForFile(QFileDialog::AcceptMode mode, const QString &title, const QString &suggestion,
                    const QString &filters, std::function<void(const QString &)> chosen);
    void chooseExport();
    void chooseCsvFile();
    void chooseZipCopy();
    void chooseChartFile();
    void showProgress(const LicenseCore::ImportProgress &progress);
    void showStore(const LicenseCore::UsageSnapshotPtr &store);
    void showError(const LicenseCore::Error &error);
    void onDownloaded(const QString &path, const LicenseCore::HourRange &range,
                      const LicenseCore::ClusterProfile &profile);
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    void setLicense(const std::optional<LicenseCore::ClusterLicense> &license);
    void addRecentExport(const QString &path);
    void rebuildRecentMenu();
    void updateActions();
    void updateTitle();
    void restoreSettings();
    void saveSettings() const;
    void showMessage(const QString &text, bool error);

    LicenseCore::ExportImporter *m_importer = nullptr;
    LicenseCore::TokenVault *m_vault = nullptr;
    std::unique_ptr<LicenseCore::ProfileStore> m_profiles;
    LicenseCore::DemoCluster *m_demoCluster = nullptr;
    QString m_dataFolder;
    QString m_dataFolderOverride;
    LicenseCore::AppSettings m_appSettings;
    std::optional<LicenseCore::HourRange> m_expectedRange; // of the export that is open
    LicenseCore::UsageSnapshotPtr m_store;
    QString m_exportPath;
    LicenseCore::EnvironmentNames m_names;
    QString m_demoProfileName;

    QComboBox *m_profileCombo = nullptr;
    DateRangeWidget *m_dateRange = nullptr;
    DownloadPanel *m_downloadPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    UsageChartView *m_chart = nullptr;
    ChartControls *m_chartControls = nullptr;
    HourlyUsageModel *m_hourlyModel = nullptr;
    TablePage *m_hourlyPage = nullptr;
    HostsModel *m_hostsModel = nullptr;
    TablePage *m_hostsPage = nullptr;
    ExportDetailsPage *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_saveZipAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_saveChartAction = nullptr;
    QAction *m_clustersAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace LicenseUi
