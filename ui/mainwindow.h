// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <application/appsettings.h>
#include <application/historyservice.h>
#include <cluster/clusterlicensejob.h>
#include <cluster/clusterprofile.h>
#include <common/hourrange.h>
#include <demo/democluster.h>
#include <report/csvwriter.h>
#include <usage/usagesnapshot.h>

#include <QFileDialog>
#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace LicenseCore {
class ClusterClient;
class ExportImporter;
class HistorySync;
struct SyncChunkReport;
struct SyncResult;
class ProfileStore;
class TokenVault;
struct Error;
struct ImportProgress;
} // namespace LicenseCore

namespace LicenseUi {

class AnswersPage;
class DateRangeWidget;
class DownloadPanel;
class HistoryPage;
class MessageWidget;
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
//
// Every export opened, dropped or downloaded goes into the history, and the pages show the chosen range of the
// chosen cluster (or all) from there, so a range can span many exports; at start the last view comes back from
// the history without a download. When the history cannot be used, a message says why and exports open one at a
// time, as before the history existed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Options = MainWindowOptions;

    explicit MainWindow(const Options &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds an export file to the history in the background and shows its range from there (or, when the history
    // cannot be used, imports it alone); the window stays responsive.
    void openExport(const QString &path, std::optional<LicenseCore::HourRange> expected = {});

    // The history the window reads from, for the pages that show and change it.
    [[nodiscard]] LicenseCore::HistoryService *history() const { return m_history; }
    [[nodiscard]] HistoryPage *historyPage() const { return m_historyPage; }
    // Whether a sync is running.
    [[nodiscard]] bool isSyncing() const;

    // Why a shared history on PostgreSQL cannot be opened, as the sentence the window shows: what went wrong with
    // `database` (USER@HOST:PORT/DATABASE) and the next step. Empty for a problem without a sentence of its own.
    [[nodiscard]] static QString postgresProblemText(LicenseCore::PostgresProblem problem, const QString &database);

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
        Details,
        History,
        Answers
    };
    // What the pages show from the history, as last asked of it.
    struct HistoryRequest
    {
        QString clusterUuid;
        LicenseCore::HourRange range;
        LicenseCore::RuleSettings rules;
        bool operator==(const HistoryRequest &) const = default;
    };
    // An export opened, dropped or downloaded: once it is in the history, its range is shown.
    struct ShowAfterIngest
    {
        std::optional<LicenseCore::HourRange> expected; // the hours asked of the cluster
        QString profileName;                            // the profile it was downloaded with
    };

    void createActions();
    void createToolBar();
    void createPages();
    QWidget *createChartPage();
    QWidget *createHistoryPage();
    // The answers follow the window's cluster, range, rules and names; they ask it for the cluster's license.
    QWidget *createAnswersPage();
    void updateAnswersScope();
    void readClusterLicenseForAnswers();
    // A document that follows the window's while `page` is the current tab, and catches up when it becomes so.
    const OpenDocument *followedWhileShown(QWidget *page);
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
    // The chosen profile (the demo cluster's too) and the name its token is kept under; nullopt with a message.
    [[nodiscard]] std::optional<std::pair<LicenseCore::ClusterProfile, QString>> chosenProfile();
    // Sync: identify the cluster, read what the history holds of it, plan, fetch chunk by chunk; or cancel.
    void startOrCancelSync();
    void onSyncIdentified(const QString &clusterUuid);
    void onSyncCoverage(const QString &clusterUuid, const std::optional<LicenseCore::HourRange> &extent,
                        const QList<LicenseCore::HourRange> &gaps);
    void onSyncChunkFinished(const LicenseCore::SyncChunkReport &report);
    void onSyncFinished(const LicenseCore::SyncResult &result);
    // Names the cluster by the profile it was downloaded or synced with, in the selector and the coverage strips.
    void rememberClusterName(const QString &clusterUuid, const QString &profileName);
    // The History page asks the history again: exports, gaps per cluster, the corrections log.
    void refreshHistoryPage();
    void onStoredExports(const QList<LicenseCore::StoredExport> &exports);
    void onHistoryGaps(const QString &clusterUuid, const QList<LicenseCore::HourRange> &gaps);
    void showCoverage();
    void showPage(Page page);

    // The history: where it is, opening it, the first start's import of earlier exports, what the pages show.
    [[nodiscard]] LicenseCore::HistoryLocation currentHistoryLocation() const;
    void openHistory();
    void onHistoryOpened(const LicenseCore::Status &status);
    void importEarlierExports();
    void onIngestProgress(int done, int total, const QString &path);
    void onIngested(const LicenseCore::HistoryIngest &ingest);
    void onHistoryClusters(const QList<LicenseCore::StoredCluster> &clusters);
    // Asks the history, from the event loop, for the chosen cluster and range unless that is what was asked last
    // (or `again`); several calls in a row ask once.
    void showHistoryView(bool again = false);
    void requestHistoryView();
    void onHistorySnapshot(const LicenseCore::HistorySnapshot &view);
    void onHistoryFailed(const LicenseCore::Error &error);
    // The history cannot be used: one message with the file and the next step; exports open alone from now on.
    void setHistoryUnusable(const LicenseCore::Error &error);
    [[nodiscard]] bool isHistoryError(const LicenseCore::Error &error) const;
    // Reads an export on its own, without the history.
    void importAlone(const QString &path, std::optional<LicenseCore::HourRange> expected);
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

    LicenseCore::HistoryService *m_history = nullptr;
    bool m_historyUsable = false;         // opened
    bool m_historyFailed = false;         // failed to open or to answer: exports open alone
    quint64 m_historyOpening = 0;         // counts openHistory(): a keychain answer for an earlier one is dropped
    bool m_historyAwaitsPassword = false; // the keychain has not answered yet: the store is not asked to open
    // Exports opened meanwhile, added once the store is asked to open (its requests run in order).
    QList<std::pair<QString, std::optional<LicenseCore::HourRange>>> m_exportsAwaitingHistory;
    bool m_historyChanged = false; // its content changed since the view was asked for
    bool m_historyViewAgain = false;
    QTimer *m_historyViewTimer = nullptr;
    std::optional<HistoryRequest> m_historyRequest;
    QHash<QString, ShowAfterIngest> m_showAfterIngest; // by path
    // A cluster and range to choose once the clusters are known again (an export just ingested).
    std::optional<std::pair<QString, LicenseCore::HourRange>> m_pendingView;
    QSet<QString> m_earlierExports; // the first start's import still running
    int m_earlierExportsFailed = 0;
    int m_ingestsRunning = 0;
    QHash<QString, QString> m_clusterNames;                        // cluster id → the profile it was downloaded with
    QList<LicenseCore::StoredExport> m_storedExports;              // as the History page shows them
    QHash<QString, QList<LicenseCore::HourRange>> m_gapsByCluster; // answers for those exports' clusters

    // The sync running: its client, runner, profile, cluster and the hours it fetched.
    LicenseCore::ClusterClient *m_syncClient = nullptr;
    LicenseCore::HistorySync *m_sync = nullptr;
    QString m_syncProfileName;
    QString m_syncCluster;
    std::optional<LicenseCore::HourRange> m_syncFetched;

    QComboBox *m_profileCombo = nullptr;
    DateRangeWidget *m_dateRange = nullptr;
    DownloadPanel *m_downloadPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    UsageChartView *m_chart = nullptr;
    TablePage *m_hourlyPage = nullptr;
    TablePage *m_hostsPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    AnswersPage *m_answersPage = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    MessageWidget *m_historyProblem = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_saveZipAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_saveChartAction = nullptr;
    QAction *m_clustersAction = nullptr;
};

} // namespace LicenseUi
