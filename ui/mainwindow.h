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

class DateRangeWidget;
class DownloadPanel;
class OpenDocument;
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
// GUI thread; the window only reacts to signals. What is open lives in one OpenDocument, which the pages follow;
// everything a user does goes through the window's actions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Options = MainWindowOptions;

    explicit MainWindow(const Options &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports an export file in the background; the window stays responsive.
    void openExport(const QString &path, std::optional<LicenseCore::HourRange> expected = {});

Q_SIGNALS:
    void importFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Page
    {
        Overview,
        Charts,
        Hourly,
        Hosts,
        Details
    };

    void createActions();
    void createToolBar();
    void createPages();
    QWidget *createChartPage();
    void reloadProfiles(const QString &select = {});
    void startDemoCluster(const LicenseCore::DemoClusterOptions &options);
    void openClustersDialog();
    void openSettingsDialog();
    void openAboutDialog();
    // Uses new settings from now on: imports read with its rules and limits, and the open export is imported
    // again when the rules changed, so its numbers follow them.
    void applySettings(const LicenseCore::AppSettings &settings);
    // Generates the built-in demo export without a cluster, then opens it.
    void openDemoExport();
    void startDownload();
    void showPage(Page page);
    void askForFile(QFileDialog::AcceptMode mode, const QString &title, const QString &suggestion,
                    const QString &filters, std::function<void(const QString &)> chosen);
    void chooseExport();
    void chooseCsvFile();
    void chooseZipCopy();
    void chooseChartFile();
    // Save without dialogs (the dialogs call these); false with a message on failure.
    bool saveCsv(const QString &path, LicenseCore::Granularity granularity, bool onlyFiltered, QString *error);
    bool saveZipCopy(const QString &path, QString *error);
    bool saveChart(const QString &path, QString *error);
    void showProgress(const LicenseCore::ImportProgress &progress);
    void showImported(const LicenseCore::UsageSnapshotPtr &snapshot);
    void showError(const LicenseCore::Error &error);
    void onDownloaded(const QString &path, const LicenseCore::HourRange &range,
                      const LicenseCore::ClusterProfile &profile);
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
    OpenDocument *m_document = nullptr;
    // The import running, or the last one started: what it reads and the hours asked of the cluster.
    QString m_importPath;
    std::optional<LicenseCore::HourRange> m_importExpected;
    QString m_demoProfileName;

    QComboBox *m_profileCombo = nullptr;
    DateRangeWidget *m_dateRange = nullptr;
    DownloadPanel *m_downloadPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    UsageChartView *m_chart = nullptr;
    TablePage *m_hourlyPage = nullptr;
    TablePage *m_hostsPage = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_saveZipAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_saveChartAction = nullptr;
    QAction *m_clustersAction = nullptr;
};

} // namespace LicenseUi
