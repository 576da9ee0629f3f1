// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "answerspage.h"
#include "chargebackpage.h"
#include "charts/chartcontrols.h"
#include "charts/usagechartview.h"
#include "clustersdialog.h"
#include "daterangewidget.h"
#include "downloadpanel.h"
#include "exportcsvdialog.h"
#include "exportdetailspage.h"
#include "historypage.h"
#include "messagewidget.h"
#include "models/hostsmodel.h"
#include "models/hourlyusagemodel.h"
#include "models/usagefilterproxymodel.h"
#include "opendocument.h"
#include "overviewpage.h"
#include "reconcilepage.h"
#include "settingsdialog.h"
#include "tablepage.h"

#include <application/historylocation.h>
#include <application/historysync.h>
#include <cluster/clusterclient.h>
#include <cluster/environmentnamecache.h>
#include <cluster/profilestore.h>
#include <common/numberformat.h>
#include <common/rangepreset.h>
#include <common/timeutil.h>
#include <demo/democluster.h>
#include <demo/exportgenerator.h>
#include <history/syncplan.h>
#include <report/exportcopy.h>
#include <usage/exportimporter.h>
#include <vault/tokenjob.h>
#include <vault/tokenvault.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr int MaxRecentExports = 10;
const QString DemoProfileKey = QStringLiteral("\x01demo");
// Set once the exports kept before the history existed have been added to it.
const QString EarlierExportsImportedKey = QStringLiteral("history/earlierExportsImported");
const QString ClusterNamesKey = QStringLiteral("history/clusterNames");

QString defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool isExportFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("zip") || suffix == QLatin1String("json");
}

// Keeps a model or the chart showing the document, handing over only what changed: another snapshot replaces
// the data (a model is reset, a chart shows the new range), new names only relabel (sorting, selection and zoom
// stay), and a change elsewhere, such as a license, costs nothing.
template<typename View> void followDocument(const OpenDocument *document, View *view)
{
    auto shownNames = std::make_shared<EnvironmentNames>();
    const auto show = [document, view, shownNames] {
        if (*shownNames != document->environmentNames()) {
            *shownNames = document->environmentNames();
            view->setEnvironmentNames(*shownNames);
        }
        if (view->store() != document->snapshot())
            view->setStore(document->snapshot());
    };
    QObject::connect(document, &OpenDocument::changed, view, show);
    show();
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_importer(new ExportImporter(this))
    , m_vault(new TokenVault(options.keychain ? TokenVault::Storage::Keychain : TokenVault::Storage::MemoryOnly, this))
    , m_profiles(options.profileFile.isEmpty() ? std::make_unique<ProfileStore>()
                                               : std::make_unique<ProfileStore>(options.profileFile))
    , m_dataFolderOverride(options.dataFolder)
    , m_appSettings(loadAppSettings(QSettings()))
    , m_document(new OpenDocument(this))
{
    m_dataFolder = !m_dataFolderOverride.isEmpty()       ? m_dataFolderOverride
                   : !m_appSettings.dataFolder.isEmpty() ? m_appSettings.dataFolder
                                                         : defaultDataFolder();
    setAcceptDrops(true);
    // Names remembered from earlier downloads, so exports opened offline show them.
    m_document->addEnvironmentNames(LicenseCore::environmentNames());
    createActions();
    createToolBar();
    createPages();

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    m_message = new QLabel(this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_history = new HistoryService(this);
    m_tabs->addTab(new ChargebackPage(m_history, m_tabs), tr("Chargeback"));
    // A sync run from cron writes to the same store: its hours show up here within seconds.
    m_history->watchOtherWriters(3000);
    m_answersPage->setHistory(m_history);
    connect(m_history, &HistoryService::opened, this, &MainWindow::onHistoryOpened);
    connect(m_history, &HistoryService::ingestProgress, this, &MainWindow::onIngestProgress);
    connect(m_history, &HistoryService::ingested, this, &MainWindow::onIngested);
    connect(m_history, &HistoryService::clustersReady, this, &MainWindow::onHistoryClusters);
    connect(m_history, &HistoryService::snapshotReady, this, &MainWindow::onHistorySnapshot);
    connect(m_history, &HistoryService::failed, this, &MainWindow::onHistoryFailed);
    connect(m_history, &HistoryService::changed, this, [this] {
        // Another export's hours, a forgotten export or a rebuild: the view is asked for again with the clusters.
        m_historyChanged = true;
        m_history->requestClusters();
        refreshHistoryPage();
    });
    connect(m_history, &HistoryService::exportsReady, this, &MainWindow::onStoredExports);
    connect(m_history, &HistoryService::gapsReady, this, &MainWindow::onHistoryGaps);
    connect(m_history, &HistoryService::ingestLogReady, m_historyPage, &HistoryPage::setIngestLog);
    connect(m_history, &HistoryService::coverageReady, this, &MainWindow::onSyncCoverage);
    connect(m_history, &HistoryService::rebuilt, this, [this](const Status &status) {
        m_historyPage->setBusy(false);
        if (status.isError())
            onHistoryFailed(status);
        else
            showMessage(tr("The history has been rebuilt from the kept exports."), false);
    });
    connect(m_history, &HistoryService::forgotten, this, [this](qint64, const Status &status) {
        m_historyPage->setBusy(false);
        if (status.isError())
            onHistoryFailed(status);
        else
            showMessage(tr("The export has been removed from the history."), false);
    });
    connect(m_historyPage, &HistoryPage::rebuildRequested, this, [this] {
        m_historyPage->setBusy(true, tr("Rebuilding the history from the kept exports…"));
        m_history->rebuild();
    });
    connect(m_historyPage, &HistoryPage::forgetRequested, this, [this](qint64 exportId) {
        m_historyPage->setBusy(true, tr("Removing the export from the history…"));
        m_history->forget(exportId);
    });
    connect(m_historyPage, &HistoryPage::openExportRequested, m_openAction, &QAction::trigger);
    m_historyViewTimer = new QTimer(this);
    m_historyViewTimer->setSingleShot(true);
    m_historyViewTimer->setInterval(0);
    connect(m_historyViewTimer, &QTimer::timeout, this, &MainWindow::requestHistoryView);

    connect(m_importer, &ExportImporter::progressChanged, this, &MainWindow::showProgress);
    connect(m_importer, &ExportImporter::finished, this, &MainWindow::showImported);
    connect(m_importer, &ExportImporter::failed, this, &MainWindow::showError);
    connect(m_document, &OpenDocument::changed, this, [this] {
        updateActions();
        updateTitle();
    });

    reloadProfiles();
    restoreSettings();
    // The last view comes back from the history as soon as it has opened: no download, no export to open.
    openHistory();
    if (options.demo)
        startDemoCluster(options.demoOptions);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // Object names let tests find the actions whatever the language.
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_openAction = fileMenu->addAction(tr("&Open Export…"), this, &MainWindow::chooseExport);
    m_openAction->setObjectName(QStringLiteral("openExportAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a license export saved earlier, for example from the Cluster Management "
                                "Console"));
    m_recentMenu = fileMenu->addMenu(tr("&Recent Exports"));
    m_recentMenu->setObjectName(QStringLiteral("recentExportsMenu"));
    QAction *demoExport = fileMenu->addAction(tr("Open &Demo Export"), this, &MainWindow::openDemoExport);
    demoExport->setObjectName(QStringLiteral("openDemoExportAction"));
    fileMenu->addSeparator();
    m_saveZipAction = fileMenu->addAction(tr("Save &ZIP Copy…"), this, &MainWindow::chooseZipCopy);
    m_saveZipAction->setObjectName(QStringLiteral("saveZipCopyAction"));
    m_saveZipAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveZipAction->setToolTip(tr("Save a byte-identical copy of the export, as the cluster sent it"));
    m_exportCsvAction = fileMenu->addAction(tr("&Export CSV…"), this, &MainWindow::chooseCsvFile);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_saveChartAction = fileMenu->addAction(tr("Save C&hart Image…"), this, &MainWindow::chooseChartFile);
    m_saveChartAction->setObjectName(QStringLiteral("saveChartAction"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *settings = editMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettingsDialog);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setToolTip(tr("Estimation rules, archive limits, language, default date range, data folder and history"));

    QMenu *clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    m_clustersAction = clusterMenu->addAction(tr("Clusters && &Tokens…"), this, &MainWindow::openClustersDialog);
    m_clustersAction->setObjectName(QStringLiteral("clustersAction"));
    m_clustersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_downloadAction = clusterMenu->addAction(tr("&Download"), this, &MainWindow::startDownload);
    m_downloadAction->setObjectName(QStringLiteral("downloadAction"));
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_downloadAction->setToolTip(tr("Download the license export of the chosen range from the cluster"));
    m_syncAction = clusterMenu->addAction(tr("S&ync"), this, &MainWindow::startOrCancelSync);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<std::tuple<QString, Page, QString>> pages = {
        {tr("&Overview"), Page::Overview, QStringLiteral("showOverviewAction")},
        {tr("&Charts"), Page::Charts, QStringLiteral("showChartsAction")},
        {tr("&Hourly Table"), Page::Hourly, QStringLiteral("showHourlyTableAction")},
        {tr("Ho&sts"), Page::Hosts, QStringLiteral("showHostsAction")},
        {tr("Export &Details"), Page::Details, QStringLiteral("showExportDetailsAction")},
        {tr("His&tory"), Page::History, QStringLiteral("showHistoryAction")},
        {tr("&Answers"), Page::Answers, QStringLiteral("showAnswersAction")}};
    for (int i = 0; i < pages.size(); ++i) {
        const auto &[text, page, name] = pages.at(i);
        QAction *action = viewMenu->addAction(text, this, [this, page] { showPage(page); });
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About License Usage Explorer"), this, &MainWindow::openAboutDialog);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Cluster"));
    toolBar->setObjectName(QStringLiteral("clusterToolBar"));
    toolBar->setMovable(false);
    m_profileCombo = new QComboBox(toolBar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Cluster profile"));
    m_profileCombo->setMinimumContentsLength(14);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolBar->addWidget(m_profileCombo);
    toolBar->addAction(m_clustersAction);
    toolBar->addSeparator();
    m_dateRange = new DateRangeWidget(toolBar);
    toolBar->addWidget(m_dateRange);
    toolBar->addSeparator();
    toolBar->addAction(m_downloadAction);
    toolBar->addAction(m_syncAction);
    toolBar->addAction(m_openAction);
    connect(m_dateRange, &DateRangeWidget::rangeChanged, this, [this] {
        updateActions();
        showHistoryView();
    });
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateActions);
}

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_historyProblem = new MessageWidget(central);
    m_historyProblem->textLabel()->setObjectName(QStringLiteral("historyProblem"));
    m_historyProblem->textLabel()->setAccessibleName(tr("Problem with the history"));
    m_historyProblem->setContentsMargins(9, 6, 9, 6);
    layout->addWidget(m_historyProblem);
    m_downloadPanel = new DownloadPanel(central);
    m_downloadPanel->setVisible(false);
    // Names fetched after a download are remembered, so exports of that cluster opened offline show them.
    m_downloadPanel->setEnvironmentNameCacheFile(EnvironmentNameCache::defaultFilePath());
    layout->addWidget(m_downloadPanel);

    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto *overview = new OverviewPage(m_tabs);
    overview->setDocument(m_document);
    m_tabs->addTab(overview, tr("Overview"));

    m_tabs->addTab(createChartPage(), tr("Charts"));

    auto *hourlyModel = new HourlyUsageModel(this);
    m_hourlyPage = new TablePage(hourlyModel, tr("Hourly usage per environment"), m_tabs);
    const OpenDocument *hourlyDocument = followedWhileShown(m_hourlyPage);
    followDocument(hourlyDocument, hourlyModel);
    m_hourlyPage->setDocument(hourlyDocument);
    m_hourlyPage->proxy()->setSortRole(HourlyUsageModel::SortRole);
    auto *resolution = new QComboBox(m_hourlyPage);
    resolution->addItem(tr("Hourly"), int(Granularity::Hour));
    resolution->addItem(tr("Daily"), int(Granularity::Day));
    resolution->addItem(tr("Monthly"), int(Granularity::Month));
    resolution->setAccessibleName(tr("Table resolution"));
    connect(resolution, &QComboBox::currentIndexChanged, hourlyModel,
            [hourlyModel, resolution] { hourlyModel->setGranularity(Granularity(resolution->currentData().toInt())); });
    m_hourlyPage->addFilterWidget(tr("&Resolution"), resolution);
    m_tabs->addTab(m_hourlyPage, tr("Hourly Table"));

    auto *hostsModel = new HostsModel(this);
    m_hostsPage = new TablePage(hostsModel, tr("Hosts"), m_tabs);
    const OpenDocument *hostsDocument = followedWhileShown(m_hostsPage);
    followDocument(hostsDocument, hostsModel);
    m_hostsPage->setDocument(hostsDocument);
    m_hostsPage->proxy()->setSortRole(HostsModel::SortRole);
    auto *mode = new QComboBox(m_hostsPage);
    mode->addItem(tr("All modes"), -1);
    mode->addItem(tr("Full-Stack"), int(HostMode::FullStack));
    mode->addItem(tr("Infrastructure"), int(HostMode::Infrastructure));
    mode->addItem(tr("PaaS"), int(HostMode::PaaS));
    mode->setAccessibleName(tr("Filter by monitoring mode"));
    connect(mode, &QComboBox::currentIndexChanged, this, [this, mode] {
        const int value = mode->currentData().toInt();
        m_hostsPage->proxy()->setHostModeFilter(value < 0 ? std::nullopt : std::optional<HostMode>(HostMode(value)));
    });
    m_hostsPage->addFilterWidget(tr("&Mode"), mode);
    m_hostsPage->view()->sortByColumn(HostsModel::HostUnitHoursColumn, Qt::DescendingOrder);
    m_tabs->addTab(m_hostsPage, tr("Hosts"));

    auto *details = new ExportDetailsPage(m_tabs);
    details->setDocument(m_document);
    m_tabs->addTab(details, tr("Export Details"));

    m_tabs->addTab(createHistoryPage(), tr("History"));
    m_tabs->addTab(createAnswersPage(), tr("Answers"));

    connect(m_downloadPanel, &DownloadPanel::downloaded, this, &MainWindow::onDownloaded);
    connect(m_downloadPanel, &DownloadPanel::failed, this, [this](const QString &message) {
        showMessage(message, true);
        updateActions();
    });
    connect(m_downloadPanel, &DownloadPanel::cancelled, this, [this] {
        showMessage(tr("Download cancelled."), false);
        updateActions();
    });
    connect(m_downloadPanel, &DownloadPanel::environmentNamesReady, m_document, &OpenDocument::addEnvironmentNames);
    connect(m_downloadPanel, &DownloadPanel::licenseReady, m_document, &OpenDocument::setLicense);
    connect(m_downloadPanel, &DownloadPanel::runningChanged, this, &MainWindow::updateActions);
}

const OpenDocument *MainWindow::followedWhileShown(QWidget *page)
{
    // A year of hours is a table of hundreds of thousands of rows, and sorting it takes the GUI thread longer
    // than a user should wait for the page in front of them: a table page catches up when it is shown.
    auto *shown = new OpenDocument(page);
    const auto catchUp = [this, page, shown] {
        if (m_tabs->currentWidget() == page)
            shown->follow(*m_document);
    };
    connect(m_document, &OpenDocument::changed, shown, catchUp);
    connect(m_tabs, &QTabWidget::currentChanged, shown, catchUp);
    return shown;
}

QWidget *MainWindow::createChartPage()
{
    auto *chartPage = new QWidget(m_tabs);
    auto *chartLayout = new QVBoxLayout(chartPage);
    m_chart = new UsageChartView(chartPage);
    auto *controls = new ChartControls(m_chart, chartPage);
    chartLayout->addWidget(controls);
    chartLayout->addWidget(m_chart, 1);

    // The chart follows the document first; its controls then offer the pools of the snapshot it shows. The
    // quota line is the host units of the cluster's license.
    followDocument(m_document, m_chart);
    auto controlsStore = std::make_shared<UsageSnapshotPtr>();
    const auto show = [this, controls, controlsStore] {
        if (*controlsStore != m_document->snapshot()) {
            *controlsStore = m_document->snapshot();
            controls->setStore(*controlsStore);
        }
        const std::optional<ClusterLicense> &license = m_document->license();
        if (license && license->hostUnits.present && license->hostUnits.quota > 0)
            m_chart->setQuota(license->hostUnits.quota);
        else
            m_chart->clearQuota();
    };
    connect(m_document, &OpenDocument::changed, controls, show);
    show();
    return chartPage;
}

QWidget *MainWindow::createHistoryPage()
{
    // It is fed and its requests carried out once the history service exists (the constructor).
    m_historyPage = new HistoryPage(m_tabs);
    m_historyPage->setObjectName(QStringLiteral("historyPage"));
    return m_historyPage;
}

QWidget *MainWindow::createAnswersPage()
{
    m_answersPage = new AnswersPage(m_tabs);
    m_answersPage->setObjectName(QStringLiteral("answersPage"));
    connect(m_dateRange, &DateRangeWidget::rangeChanged, m_answersPage, [this] { updateAnswersScope(); });
    connect(m_document, &OpenDocument::changed, m_answersPage, [this] { updateAnswersScope(); });
    connect(m_answersPage, &AnswersPage::clusterLicenseRequested, this, &MainWindow::readClusterLicenseForAnswers);
    // The billed usage read belongs to the profile it was read for.
    connect(m_profileCombo, &QComboBox::currentIndexChanged, m_answersPage,
            [this] { m_answersPage->reconcilePage()->forgetClusterLicense(); });
    return m_answersPage;
}

void MainWindow::updateAnswersScope()
{
    m_answersPage->setScope({m_dateRange->cluster(), m_dateRange->range(), m_appSettings.rules,
                             m_appSettings.licenseYearStartMonth, m_document->environmentNames()});
}

void MainWindow::readClusterLicenseForAnswers()
{
    const auto profile = chosenProfile();
    if (!profile) {
        m_answersPage->setClusterLicenseProblem(tr("Add a cluster first (Cluster › Clusters & Tokens)."));
        return;
    }
    const ClusterProfile chosen = profile->first;
    m_vault->readToken(profile->second, this, [this, chosen](const TokenResult &token) {
        if (!token.ok()) {
            m_answersPage->setClusterLicenseProblem(token.errorText);
            return;
        }
        auto *client = new ClusterClient(chosen, token.token, this);
        client->fetchClusterLicense(this, [this, client, chosen](const ClusterLicenseResult &result) {
            if (!result.outcome.ok()) {
                client->deleteLater();
                m_answersPage->setClusterLicenseProblem(
                    tr("The license of %1 could not be read: %2").arg(chosen.name, result.outcome.errorText));
            } else if (!result.available) {
                client->deleteLater();
                m_answersPage->setClusterLicenseProblem(
                    tr("%1 does not report its license (that needs Dynatrace Managed 1.326 or later).")
                        .arg(chosen.name));
            } else {
                m_answersPage->setClusterLicense(result.license, chosen.name);
                m_document->setLicense(result.license);
                // The environments' own quotas come after: the overage answer adds them where the cluster has any.
                client->fetchEnvironmentQuotas(this, [this, client](const EnvironmentsResult &environments) {
                    client->deleteLater();
                    QHash<QString, double> quotas;
                    for (const ClusterEnvironment &environment : environments.environments) {
                        if (environment.hostUnitQuota)
                            quotas.insert(environment.id, *environment.hostUnitQuota);
                    }
                    m_answersPage->setEnvironmentQuotas(quotas);
                });
            }
        });
    });
}

void MainWindow::refreshHistoryPage()
{
    if (!m_historyUsable)
        return;
    m_history->requestExports();
    m_history->requestIngestLog();
}

void MainWindow::onStoredExports(const QList<StoredExport> &exports)
{
    m_storedExports = exports;
    m_historyPage->setExports(exports);
    QSet<QString> clusters;
    for (const StoredExport &stored : exports) {
        if (!stored.clusterUuid.isEmpty())
            clusters.insert(stored.clusterUuid);
    }
    // Gaps of clusters no export holds any more are dropped; the strips show again as the answers come.
    for (auto it = m_gapsByCluster.begin(); it != m_gapsByCluster.end();) {
        if (clusters.contains(it.key()))
            ++it;
        else
            it = m_gapsByCluster.erase(it);
    }
    for (const QString &cluster : std::as_const(clusters))
        m_history->requestGaps(cluster);
    showCoverage();
}

void MainWindow::onHistoryGaps(const QString &clusterUuid, const QList<HourRange> &gaps)
{
    m_gapsByCluster.insert(clusterUuid, gaps);
    showCoverage();
}

void MainWindow::showCoverage()
{
    QList<ClusterCoverage> coverage = CoverageStrip::coverageOf(m_storedExports, m_gapsByCluster);
    // The names the cluster selector shows.
    for (ClusterCoverage &cluster : coverage)
        cluster.label = m_clusterNames.value(cluster.clusterUuid);
    m_historyPage->setCoverage(coverage);
}

void MainWindow::reloadProfiles(const QString &select)
{
    const QString current = select.isEmpty() ? m_profileCombo->currentData().toString() : select;
    QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    if (m_demoCluster)
        m_profileCombo->addItem(m_demoProfileName, DemoProfileKey);
    for (const ClusterProfile &profile : m_profiles->profiles())
        m_profileCombo->addItem(profile.name, profile.name);
    if (m_profileCombo->count() == 0)
        m_profileCombo->addItem(tr("No cluster yet: add one"), QString());
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(current)));
    updateActions();
}

void MainWindow::startDemoCluster(const DemoClusterOptions &options)
{
    m_demoCluster = new DemoCluster(options, this);
    if (const Status error = m_demoCluster->listen(); error.isError()) {
        showMessage(tr("The demo cluster could not start: %1").arg(error.message()), true);
        delete m_demoCluster;
        m_demoCluster = nullptr;
        return;
    }
    m_demoProfileName = tr("Demo cluster");
    m_vault->keepInMemory(m_demoProfileName, DemoCluster::demoToken());
    reloadProfiles(DemoProfileKey);
    m_dateRange->setPreset(RangePreset::Last7Days);
    showMessage(tr("The demo cluster runs at %1. Press Download to fetch its last 7 days.")
                    .arg(m_demoCluster->url().toString()),
                false);
}

void MainWindow::openClustersDialog()
{
    auto *dialog = new ClustersDialog(m_profiles.get(), m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { reloadProfiles(); });
    dialog->open();
}

void MainWindow::openSettingsDialog()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_appSettings);
    dialog->setDefaultDataFolder(defaultDataFolder());
    dialog->setDataFolderOverride(m_dataFolderOverride);
    AppSettings withoutFile = m_appSettings;
    withoutFile.dataFolder = m_dataFolder;
    withoutFile.historyFile.clear();
    dialog->setDefaultHistoryFile(historyLocation(withoutFile).storePath);
    dialog->setVault(m_vault);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    // A new password for the shared history that is open (or failed to open): it is opened again with it.
    connect(dialog, &SettingsDialog::databasePasswordChanged, this, [this](const QString &uri) {
        if (currentHistoryLocation().storePath == uri)
            openHistory();
    });
    dialog->open();
}

void MainWindow::openAboutDialog()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const AppSettings previous = m_appSettings;
    const HistoryLocation previousHistory = currentHistoryLocation();
    m_appSettings = sanitized(settings);
    if (m_dataFolderOverride.isEmpty())
        m_dataFolder = m_appSettings.dataFolder.isEmpty() ? defaultDataFolder() : m_appSettings.dataFolder;
    if (m_appSettings.defaultRange != previous.defaultRange)
        m_dateRange->setPreset(m_appSettings.defaultRange);
    m_dateRange->setLicenseYearStartMonth(m_appSettings.licenseYearStartMonth);
    updateAnswersScope();
    // A history that could not be opened (a server that was down) is tried again.
    if (currentHistoryLocation() != previousHistory || m_historyFailed) {
        openHistory();
        return;
    }

    // A view of the history is computed again from the store with the new rules, without reading any export.
    if (m_appSettings.rules != previous.rules && m_document->historyView() && !m_importer->isRunning()) {
        showMessage(tr("Computing the range again with the new rules…"), false);
        showHistoryView();
        return;
    }
    // An import still running was started with the old rules: it is superseded too. Else the open export is read
    // again, the one whose numbers are shown.
    const bool running = m_importer->isRunning();
    if (m_appSettings.rules != previous.rules && (running || m_document->snapshot())) {
        const QString path = running ? m_importPath : m_document->exportPath();
        importAlone(path, running ? m_importExpected : m_document->expectedRange());
        showMessage(tr("Reading %1 again with the new rules…").arg(QFileInfo(path).fileName()), false);
    } else if (m_appSettings.language != previous.language) {
        showMessage(tr("The new language is used after License Usage Explorer is restarted."), false);
    }
}

std::optional<std::pair<ClusterProfile, QString>> MainWindow::chosenProfile()
{
    const QString key = m_profileCombo->currentData().toString();
    if (key == DemoProfileKey && m_demoCluster) {
        ClusterProfile demo;
        demo.name = m_demoProfileName;
        demo.baseUrl = m_demoCluster->url();
        return std::make_pair(demo, m_demoProfileName);
    }
    if (!key.isEmpty()) {
        if (const std::optional<ClusterProfile> profile = m_profiles->profile(key))
            return std::make_pair(*profile, key);
    }
    showMessage(tr("Add a cluster first (Cluster › Clusters & Tokens)."), true);
    openClustersDialog();
    return std::nullopt;
}

void MainWindow::startDownload()
{
    m_dateRange->refresh();
    const std::optional<HourRange> range = m_dateRange->range();
    if (!range) {
        showMessage(m_dateRange->explanation(), true);
        return;
    }
    const auto profile = chosenProfile();
    if (!profile)
        return;
    m_downloadAction->setEnabled(false);
    showMessage(tr("Reading the token of %1…").arg(profile->first.name), false);
    const ClusterProfile chosen = profile->first;
    const HourRange chosenRange = *range;
    m_vault->readToken(profile->second, this, [this, chosen, chosenRange](const TokenResult &result) {
        if (!result.ok()) {
            showMessage(result.errorText, true);
            updateActions();
            return;
        }
        const QString folder = QDir(m_dataFolder).filePath(QStringLiteral("exports"));
        QDir().mkpath(folder);
        m_downloadPanel->setVisible(true);
        m_downloadPanel->start(chosen, result.token, chosenRange, folder);
        showMessage(tr("Downloading from %1…").arg(chosen.name), false);
        updateActions();
    });
}

bool MainWindow::isSyncing() const
{
    return m_sync != nullptr;
}

void MainWindow::startOrCancelSync()
{
    if (m_sync) {
        // The chunk in flight is abandoned; chunks already ingested stay, so the next sync starts after them.
        m_sync->cancel();
        return;
    }
    if (!m_historyUsable) {
        showMessage(tr("A sync needs the history, which cannot be used now."), true);
        return;
    }
    const auto profile = chosenProfile();
    if (!profile)
        return;
    const ClusterProfile chosen = profile->first;
    m_syncProfileName = chosen.name;
    m_syncCluster.clear();
    m_syncFetched.reset();
    showMessage(tr("Reading the token of %1…").arg(chosen.name), false);
    // Until the token is read, the sync counts as running: a second press does nothing.
    m_syncAction->setEnabled(false);
    m_vault->readToken(profile->second, this, [this, chosen](const TokenResult &result) {
        m_syncAction->setEnabled(true);
        if (!result.ok()) {
            showMessage(result.errorText, true);
            updateActions();
            return;
        }
        m_syncClient = new ClusterClient(chosen, result.token, this);
        m_syncClient->setEnvironmentNameCacheFile(EnvironmentNameCache::defaultFilePath());
        m_sync = new HistorySync(m_syncClient, m_history->location().exportFolder, m_history->ingestHook(), this);
        // Names and tags (cost centres) go into the history with the hours, as a sync on the command line does.
        m_sync->setEnvironmentsHook(
            [history = QPointer<HistoryService>(m_history)](const QString &uuid, const QList<StoredEnvironment> &list) {
                if (history)
                    history->storeEnvironments(uuid, list);
            });
        connect(m_sync, &HistorySync::identified, this, &MainWindow::onSyncIdentified);
        connect(m_sync, &HistorySync::chunkStarted, this, [this](int index, int count, const HourRange &range) {
            m_progress->setRange(0, count);
            m_progress->setValue(index);
            m_progress->setVisible(true);
            //: %1 is a profile name, %2 and %3 count the chunks, %4 and %5 are days.
            showMessage(tr("Syncing %1: chunk %2 of %3, %4 to %5")
                            .arg(m_syncProfileName)
                            .arg(index + 1)
                            .arg(count)
                            .arg(Time::isoUtc(range.fromMs).left(10), Time::isoUtc(range.lastHourMs()).left(10)),
                        false);
        });
        connect(m_sync, &HistorySync::progress, this, [this](int index, int count, const TransferProgress &progress) {
            showMessage(tr("Syncing %1: chunk %2 of %3, %4 received")
                            .arg(m_syncProfileName)
                            .arg(index + 1)
                            .arg(count)
                            .arg(formatByteSize(progress.bytesReceived)),
                        false);
        });
        connect(m_sync, &HistorySync::retrying, this,
                [this](int, const QString &message) { showMessage(message, false); });
        connect(m_sync, &HistorySync::chunkFinished, this, &MainWindow::onSyncChunkFinished);
        connect(m_sync, &HistorySync::finished, this, &MainWindow::onSyncFinished);
        showMessage(tr("Syncing %1: asking the cluster which it is…").arg(m_syncProfileName), false);
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        updateActions();
        m_sync->identify(QDateTime::currentDateTimeUtc());
    });
}

void MainWindow::onSyncIdentified(const QString &clusterUuid)
{
    m_syncCluster = clusterUuid;
    rememberClusterName(clusterUuid, m_syncProfileName);
    m_history->requestCoverage(clusterUuid);
}

void MainWindow::onSyncCoverage(const QString &clusterUuid, const std::optional<HourRange> &extent,
                                const QList<HourRange> &gaps)
{
    if (!m_sync || m_sync->isRunning() || clusterUuid != m_syncCluster)
        return;
    SyncPlanInput input;
    input.extent = extent;
    input.gaps = gaps;
    input.now = QDateTime::currentDateTimeUtc();
    input.newClusterDays = m_appSettings.syncStartDays;
    // An empty plan finishes at once, and the finish says there was nothing to do.
    m_sync->start(planSync(input));
}

void MainWindow::onSyncChunkFinished(const SyncChunkReport &report)
{
    if (report.noData || (report.ingest.hoursAdded == 0 && report.ingest.hoursReplaced == 0))
        return;
    m_syncFetched = m_syncFetched ? HourRange{std::min(m_syncFetched->fromMs, report.range.fromMs),
                                              std::max(m_syncFetched->toMs, report.range.toMs)}
                                  : report.range;
}

void MainWindow::onSyncFinished(const SyncResult &result)
{
    m_sync->deleteLater();
    m_sync = nullptr;
    m_syncClient->deleteLater();
    m_syncClient = nullptr;
    if (m_ingestsRunning == 0)
        m_progress->setVisible(false);
    switch (result.status) {
    case SyncResult::Status::Cancelled:
        showMessage(tr("Sync cancelled; %n chunk(s) were added to the history before.", nullptr, result.chunksIngested),
                    false);
        break;
    case SyncResult::Status::DownloadFailed:
    case SyncResult::Status::IngestFailed:
        showMessage(tr("The sync of %1 stopped: %2").arg(m_syncProfileName, result.errorText()), true);
        break;
    case SyncResult::Status::Completed:
        if (result.chunks == 0) {
            showMessage(tr("Nothing to sync: the history holds every exportable hour of %1.").arg(m_syncProfileName),
                        false);
        } else {
            QString text = tr("Synced %1: %n new hour(s).", nullptr, result.hoursAdded).arg(m_syncProfileName);
            if (result.hoursReplaced > 0)
                text += QLatin1Char(' ') + tr("%n hour(s) replaced by newer data.", nullptr, result.hoursReplaced);
            showMessage(text, false);
        }
        if (result.environmentsStored < 0 && !result.environmentsOutcome.ok()) {
            //: %1 says why the environments could not be read.
            showMessage(tr("The hours are synced, but the names and tags of the environments could not be read: %1")
                            .arg(result.environmentsOutcome.errorText),
                        true);
        }
        break;
    }
    // The new hours are shown: the cluster and the span fetched, once the clusters are read again.
    if (m_syncFetched && !m_syncCluster.isEmpty()) {
        m_pendingView = std::make_pair(m_syncCluster, *m_syncFetched);
        m_history->requestClusters();
    }
    updateActions();
}

void MainWindow::rememberClusterName(const QString &clusterUuid, const QString &profileName)
{
    if (clusterUuid.isEmpty() || profileName.isEmpty() || m_clusterNames.value(clusterUuid) == profileName)
        return;
    m_clusterNames.insert(clusterUuid, profileName);
    QVariantHash names;
    for (auto it = m_clusterNames.cbegin(); it != m_clusterNames.cend(); ++it)
        names.insert(it.key(), it.value());
    QSettings().setValue(ClusterNamesKey, names);
    m_dateRange->setClusterNames(m_clusterNames);
    showCoverage();
}

void MainWindow::onDownloaded(const QString &path, const HourRange &range, const ClusterProfile &profile)
{
    showMessage(tr("Downloaded %1 from %2.").arg(QFileInfo(path).fileName(), profile.name), false);
    addRecentExport(path);
    openExport(path, range);
    // The profile names the cluster the export turns out to be of, in the cluster selector.
    if (auto pending = m_showAfterIngest.find(path); pending != m_showAfterIngest.end())
        pending->profileName = profile.name;
    updateActions();
}

void MainWindow::askForFile(QFileDialog::AcceptMode mode, const QString &title, const QString &suggestion,
                            const QString &filters, std::function<void(const QString &)> chosen)
{
    // Window-modal and asynchronous: the window keeps painting and importing while the dialog is open.
    auto *dialog = new QFileDialog(this, title, suggestion, filters);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, std::move(chosen));
    dialog->open();
}

void MainWindow::chooseExport()
{
    askForFile(QFileDialog::AcceptOpen, tr("Open License Export"), QDir::homePath(),
               tr("License exports (*.zip *.json);;All files (*)"), [this](const QString &path) { openExport(path); });
}

void MainWindow::openExport(const QString &path, std::optional<HourRange> expected)
{
    if (m_historyAwaitsPassword) {
        m_exportsAwaitingHistory.append({path, expected});
        return;
    }
    if (m_historyFailed) {
        importAlone(path, expected);
        return;
    }
    m_showAfterIngest.insert(path, ShowAfterIngest{expected, {}});
    ++m_ingestsRunning;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    showMessage(tr("Adding %1 to the history…").arg(QFileInfo(path).fileName()), false);
    m_history->ingest(path);
}

void MainWindow::importAlone(const QString &path, std::optional<HourRange> expected)
{
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    ImportOptions options;
    options.limits = m_appSettings.limits;
    options.rules = m_appSettings.rules;
    options.expectedRange = expected;
    m_importPath = path;
    m_importExpected = expected;
    m_importer->start(path, options);
}

void MainWindow::openDemoExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo-export.zip"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    showMessage(tr("Generating the demo export…"), false);
    GeneratorOptions options;
    options.seed = 7;
    const ExportGenerator names(options);
    EnvironmentNames demoNames;
    for (const GeneratedEnvironment &environment : names.environments())
        demoNames.insert(environment.id, environment.name);
    auto *watcher = new QFutureWatcher<Error>(this);
    connect(watcher, &QFutureWatcher<Error>::finished, this, [this, watcher, path, demoNames] {
        const Error error = watcher->result();
        watcher->deleteLater();
        if (error.isError()) {
            showError(error);
            return;
        }
        m_document->addEnvironmentNames(demoNames);
        // Generated numbers have no place in the license history: the demo export is read on its own.
        importAlone(path, std::nullopt);
    });
    watcher->setFuture(QtConcurrent::run([path, options] { return ExportGenerator(options).writeZipFile(path); }));
}

void MainWindow::showProgress(const ImportProgress &progress)
{
    if (progress.entriesTotal > 0) {
        m_progress->setRange(0, progress.entriesTotal);
        m_progress->setValue(progress.entriesDone);
    }
    showMessage(tr("Reading hourly files: %1 of %2").arg(progress.entriesDone).arg(progress.entriesTotal), false);
}

void MainWindow::showImported(const UsageSnapshotPtr &snapshot)
{
    m_progress->setVisible(false);
    m_document->open(snapshot, m_importPath, m_importExpected);
    showMessage(tr("%n hourly file(s) read.", nullptr, snapshot->hourFiles()), false);
    addRecentExport(m_document->exportPath());
}

void MainWindow::showError(const Error &error)
{
    m_progress->setVisible(false);
    showMessage(error.message(), true);
    updateActions();
    Q_EMIT importFailed(error.message());
}

bool MainWindow::saveCsv(const QString &path, Granularity granularity, bool onlyFiltered, QString *error)
{
    const UsageSnapshotPtr snapshot = m_document->snapshot();
    if (!snapshot)
        return false;
    CsvOptions options;
    options.granularity = granularity;
    if (onlyFiltered)
        options.environments = m_hourlyPage->environmentFilter();
    const Error result = CsvWriter::save(path, *snapshot, m_document->environmentNames(), options);
    if (result.isError() && error)
        *error = result.message();
    return !result.isError();
}

bool MainWindow::saveZipCopy(const QString &path, QString *error)
{
    if (m_document->exportPath().isEmpty())
        return false;
    const Error result = saveExportCopy(m_document->exportPath(), path);
    if (result.isError() && error)
        *error = result.message();
    return !result.isError();
}

bool MainWindow::saveChart(const QString &path, QString *error)
{
    return m_chart->saveImage(path, error);
}

void MainWindow::chooseCsvFile()
{
    const bool filtered = !m_hourlyPage->environmentFilter().isEmpty();
    auto *options = new ExportCsvDialog(filtered ? int(m_hourlyPage->environmentFilter().size()) : 0, this);
    options->setAttribute(Qt::WA_DeleteOnClose);
    connect(options, &QDialog::accepted, this, [this, options] {
        const Granularity granularity = options->granularity();
        const bool onlyFiltered = options->onlyFiltered();
        askForFile(QFileDialog::AcceptSave, tr("Export CSV"),
                   QDir::home().filePath(QStringLiteral("license-usage.csv")), tr("CSV files (*.csv)"),
                   [this, granularity, onlyFiltered](const QString &path) {
                       QString error;
                       if (saveCsv(path, granularity, onlyFiltered, &error))
                           showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), false);
                       else
                           showMessage(tr("The CSV was not saved: %1").arg(error), true);
                   });
    });
    options->open();
}

void MainWindow::chooseZipCopy()
{
    askForFile(QFileDialog::AcceptSave, tr("Save ZIP Copy"),
               QDir::home().filePath(QFileInfo(m_document->exportPath()).fileName()), tr("ZIP files (*.zip)"),
               [this](const QString &path) {
                   QString error;
                   if (saveZipCopy(path, &error))
                       showMessage(tr("Saved a copy as %1.").arg(QFileInfo(path).fileName()), false);
                   else
                       showMessage(tr("The copy was not saved: %1").arg(error), true);
               });
}

void MainWindow::chooseChartFile()
{
    askForFile(QFileDialog::AcceptSave, tr("Save Chart Image"),
               QDir::home().filePath(QStringLiteral("license-usage.png")),
               tr("PNG images (*.png);;SVG drawings (*.svg)"), [this](const QString &path) {
                   QString error;
                   if (saveChart(path, &error))
                       showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), false);
                   else
                       showMessage(tr("The chart was not saved: %1").arg(error), true);
               });
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

HistoryLocation MainWindow::currentHistoryLocation() const
{
    // The data folder of this run (the command line's, else the setting's) holds the history unless the settings
    // name another file.
    AppSettings settings = m_appSettings;
    settings.dataFolder = m_dataFolder;
    return historyLocation(settings);
}

void MainWindow::openHistory()
{
    m_historyUsable = false;
    m_historyFailed = false;
    m_historyRequest.reset();
    m_historyProblem->clear();
    m_dateRange->setHistoryClusters({});
    const HistoryLocation location = currentHistoryLocation();
    const QString database =
        isPostgresHistory(location.storePath) ? postgresPasswordKey(location.storePath) : QString();
    if (database.isEmpty()) {
        ++m_historyOpening; // a keychain answer still on its way is for another history
        m_historyAwaitsPassword = false;
        m_history->open(location);
        for (const auto &[path, expected] : std::exchange(m_exportsAwaitingHistory, {}))
            openExport(path, expected);
        return;
    }
    // A shared history's password comes from the keychain, asked without waiting for it; none stored (or no
    // keychain): libpq's own sources (~/.pgpass, PGPASSFILE, PGSERVICE) apply. The password goes to the store's
    // thread with the request and is kept nowhere else.
    const quint64 attempt = ++m_historyOpening;
    m_historyAwaitsPassword = true;
    m_vault->readDatabasePassword(database, this, [this, location, attempt](const TokenResult &result) {
        if (attempt != m_historyOpening)
            return; // another history was asked for meanwhile
        m_historyAwaitsPassword = false;
        m_history->open(location, result.ok() ? result.token : QString());
        for (const auto &[path, expected] : std::exchange(m_exportsAwaitingHistory, {}))
            openExport(path, expected);
    });
}

QString MainWindow::postgresProblemText(PostgresProblem problem, const QString &database)
{
    switch (problem) {
    case PostgresProblem::PasswordMissing:
        return tr("The PostgreSQL server of %1 asks for a password, and none is stored. Enter it as the database "
                  "password under Edit › Settings › History, or put it in ~/.pgpass.")
            .arg(database);
    case PostgresProblem::PasswordRefused:
        return tr("The PostgreSQL server of %1 refused the password. Enter the right one as the database password "
                  "under Edit › Settings › History, or correct it in ~/.pgpass.")
            .arg(database);
    case PostgresProblem::Unreachable:
        return tr("The PostgreSQL server of %1 cannot be reached. Check that it runs and that the host and port "
                  "under Edit › Settings › History are right, then apply the settings again.")
            .arg(database);
    case PostgresProblem::Tls:
        return tr("The secure connection to the PostgreSQL server of %1 failed: its certificate was not accepted or "
                  "it does not offer TLS. Check sslmode and sslrootcert in the address under Edit › Settings › "
                  "History.")
            .arg(database);
    case PostgresProblem::NoDatabase:
        return tr("The PostgreSQL server has no database %1. Create it, or correct the address under Edit › "
                  "Settings › History.")
            .arg(database);
    case PostgresProblem::None:
    case PostgresProblem::Other:
        break;
    }
    return {};
}

void MainWindow::onHistoryOpened(const Status &status)
{
    if (status.isError()) {
        setHistoryUnusable(status);
        return;
    }
    m_historyUsable = true;
    m_historyProblem->clear();
    updateActions();
    if (!QSettings().value(EarlierExportsImportedKey).toBool())
        importEarlierExports();
    m_history->requestClusters();
    refreshHistoryPage();
}

void MainWindow::importEarlierExports()
{
    // The first start with a history: what was downloaded or opened before goes into it, once.
    QStringList paths;
    const QDir downloads(QDir(m_dataFolder).filePath(QStringLiteral("exports")));
    for (const QFileInfo &file : downloads.entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name))
        paths.append(file.absoluteFilePath());
    const QStringList recent = QSettings().value(QStringLiteral("recentExports")).toStringList();
    for (const QString &path : recent) {
        const QFileInfo file(path);
        if (file.isFile() && isExportFile(path) && !paths.contains(file.absoluteFilePath()))
            paths.append(file.absoluteFilePath());
    }
    if (paths.isEmpty()) {
        QSettings().setValue(EarlierExportsImportedKey, true);
        return;
    }
    m_earlierExportsFailed = 0;
    for (const QString &path : std::as_const(paths)) {
        m_earlierExports.insert(path);
        ++m_ingestsRunning;
        m_history->ingest(path);
    }
    m_progress->setRange(0, int(paths.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showMessage(tr("Adding %n earlier export(s) to the history…", nullptr, int(paths.size())), false);
}

void MainWindow::onIngestProgress(int done, int total, const QString &path)
{
    m_progress->setVisible(true);
    if (total > 1) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        showMessage(
            tr("Adding exports to the history: %1 of %2 (%3)").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()),
            false);
    } else {
        m_progress->setRange(0, 0);
        showMessage(tr("Adding %1 to the history…").arg(QFileInfo(path).fileName()), false);
    }
}

bool MainWindow::isHistoryError(const Error &error) const
{
    // The store's own failures name the store file; an export's name the export.
    return error.code == ErrorCode::StoreUnusable ||
           (!error.where.isEmpty() && error.where == m_history->location().storePath);
}

void MainWindow::onIngested(const HistoryIngest &ingest)
{
    m_ingestsRunning = std::max(0, m_ingestsRunning - 1);
    if (m_ingestsRunning == 0)
        m_progress->setVisible(false);
    const QString name = QFileInfo(ingest.path).fileName();
    const std::optional<ShowAfterIngest> show =
        m_showAfterIngest.contains(ingest.path) ? std::optional(m_showAfterIngest.take(ingest.path)) : std::nullopt;

    if (ingest.error.isError() && isHistoryError(ingest.error)) {
        setHistoryUnusable(ingest.error);
        if (show)
            importAlone(ingest.path, show->expected);
    } else if (show && ingest.error.isError()) {
        showError(ingest.error);
    } else if (show) {
        rememberClusterName(ingest.span.clusterUuid, show->profileName);
        const IngestResult &result = ingest.result;
        if (result.alreadyKnown) {
            showMessage(tr("%1 is in the history already; its range is shown.").arg(name), false);
        } else {
            QStringList parts;
            parts << tr("%n new hour(s)", nullptr, result.hoursAdded);
            if (result.hoursReplaced > 0)
                parts << tr("%n hour(s) replaced by this newer export", nullptr, result.hoursReplaced);
            if (result.hoursKeptNewer > 0)
                parts << tr("%n hour(s) kept from a newer export", nullptr, result.hoursKeptNewer);
            showMessage(tr("%1 added to the history: %2.").arg(name, QLocale().createSeparatedList(parts)), false);
        }
        addRecentExport(ingest.path);
        // The hours asked of the cluster when it was downloaded, so the hours it lacks show as gaps.
        m_pendingView = std::make_pair(ingest.span.clusterUuid, show->expected.value_or(ingest.span.hours));
        m_history->requestClusters();
    }

    if (m_earlierExports.remove(ingest.path)) {
        if (ingest.error.isError())
            ++m_earlierExportsFailed;
        if (m_earlierExports.isEmpty()) {
            QSettings().setValue(EarlierExportsImportedKey, true);
            showMessage(m_earlierExportsFailed == 0
                            ? tr("The earlier exports are in the history now.")
                            : tr("The earlier exports are in the history now; %n could not be read.", nullptr,
                                 m_earlierExportsFailed),
                        m_earlierExportsFailed > 0);
            m_history->requestClusters();
        }
    }
}

void MainWindow::onHistoryClusters(const QList<StoredCluster> &clusters)
{
    m_dateRange->setHistoryClusters(clusters);
    if (const auto pending = std::exchange(m_pendingView, std::nullopt)) {
        m_dateRange->setCluster(pending->first);
        m_dateRange->setCustomRange(QDateTime::fromMSecsSinceEpoch(pending->second.fromMs, QTimeZone::utc()),
                                    QDateTime::fromMSecsSinceEpoch(pending->second.toMs, QTimeZone::utc()));
    }
    showHistoryView(std::exchange(m_historyChanged, false));
}

void MainWindow::showHistoryView(bool again)
{
    m_historyViewAgain = m_historyViewAgain || again;
    m_historyViewTimer->start();
}

void MainWindow::requestHistoryView()
{
    const bool again = std::exchange(m_historyViewAgain, false);
    const std::optional<HourRange> range = m_dateRange->range();
    // Nothing to show before the history has opened, nor from an empty one: the window stays as it is.
    if (!m_historyUsable || !range || !m_dateRange->historySpan())
        return;
    const HistoryRequest request{m_dateRange->cluster(), *range, m_appSettings.rules};
    if (!again && request == m_historyRequest)
        return;
    m_historyRequest = request;
    m_history->requestSnapshot(request.clusterUuid, request.range, request.rules);
}

void MainWindow::onHistorySnapshot(const HistorySnapshot &view)
{
    m_document->openHistory(view);
    updateActions();
}

void MainWindow::onHistoryFailed(const Error &error)
{
    if (isHistoryError(error))
        setHistoryUnusable(error);
    else
        showMessage(error.message(), true);
}

void MainWindow::setHistoryUnusable(const Error &error)
{
    // The first failure says why; the requests that were waiting behind it only fail the same way.
    if (m_historyFailed)
        return;
    m_historyUsable = false;
    m_historyFailed = true;
    m_historyRequest.reset();
    const QString store = m_history->location().storePath;
    if (isPostgresHistory(store)) {
        const QString database = postgresPasswordKey(store);
        const QString sentence =
            postgresProblemText(m_history->isOpen() ? PostgresProblem::None : m_history->openProblem(), database);
        QString cause = sentence.isEmpty() ? error.detail.trimmed() : sentence;
        if (!cause.endsWith(QLatin1Char('.')))
            cause += QLatin1Char('.');
        m_historyProblem->setMessage(
            MessageWidget::Severity::Error,
            tr("The shared history cannot be used: %1 Exports still open, one at a time.").arg(cause));
        return;
    }
    const QString file = QDir::toNativeSeparators(store);
    // The cause is a sentence of its own, ahead of the next step.
    QString cause = error.detail.trimmed().isEmpty() ? errorTitle(error.code) : error.detail.trimmed();
    if (!cause.endsWith(QLatin1Char('.')))
        cause += QLatin1Char('.');
    m_historyProblem->setMessage(
        MessageWidget::Severity::Error,
        tr("The history %1 cannot be used: %2 Exports still open, one at a time. Next step: free disk space or "
           "close the other program that holds the file and restart, or choose another history file under Edit › "
           "Settings › General.")
            .arg(file, cause));
}

void MainWindow::addRecentExport(const QString &path)
{
    if (path.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentExports")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentExports)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentExports"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentExports")).toStringList();
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openExport(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::updateActions()
{
    const bool haveStore = m_document->snapshot() != nullptr;
    m_saveZipAction->setEnabled(haveStore && !m_document->exportPath().isEmpty());
    m_exportCsvAction->setEnabled(haveStore);
    m_saveChartAction->setEnabled(haveStore);
    const bool haveProfile = !m_profileCombo->currentData().toString().isEmpty();
    m_downloadAction->setEnabled(haveProfile && m_dateRange->range().has_value() && !m_downloadPanel->isRunning());
    m_downloadAction->setToolTip(m_dateRange->range() ? tr("Download the license export of the chosen range")
                                                      : m_dateRange->explanation());
    m_syncAction->setEnabled(m_sync || (haveProfile && m_historyUsable));
    m_syncAction->setText(m_sync ? tr("Cancel S&ync") : tr("S&ync"));
    m_syncAction->setToolTip(m_sync ? tr("Stop the sync; the chunks already added stay in the history")
                                    : tr("Fetch the hours the history lacks of the chosen cluster, up to now"));
}

void MainWindow::updateTitle()
{
    QString title = tr("License Usage Explorer");
    const UsageSnapshotPtr snapshot = m_document->snapshot();
    if (snapshot && snapshot->range()) {
        // What the range is of: the cluster (by the profile it came with, if known), else the one export it comes
        // from, else all clusters of the history.
        QString subject = snapshot->clusterUuid().isEmpty()
                              ? QFileInfo(m_document->exportPath()).fileName()
                              : m_clusterNames.value(snapshot->clusterUuid(), snapshot->clusterUuid());
        if (const auto &view = m_document->historyView()) {
            if (view->clusterUuid.isEmpty() && view->sources.size() == 1 && snapshot->clusterUuid().isEmpty())
                subject = view->sources.first().stored.originalName;
            else if (view->clusterUuid.isEmpty() && view->sources.size() != 1)
                subject = tr("all clusters");
        }
        title += QStringLiteral(" — %1, %2 to %3")
                     .arg(subject, Time::isoUtc(snapshot->range()->fromMs).left(10),
                          Time::isoUtc(snapshot->range()->lastHourMs()).left(10));
    }
    setWindowTitle(title);
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QFont font = m_message->font();
    font.setBold(error);
    m_message->setFont(font);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_hourlyPage->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/hourlyHeader")).toByteArray());
    m_hostsPage->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/hostsHeader")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
    const QString profile = settings.value(QStringLiteral("lastProfile")).toString();
    if (!profile.isEmpty())
        m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(profile)));
    const QVariantHash names = settings.value(ClusterNamesKey).toHash();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_clusterNames.insert(it.key(), it.value().toString());
    m_dateRange->setClusterNames(m_clusterNames);
    m_dateRange->setLicenseYearStartMonth(m_appSettings.licenseYearStartMonth);
    m_dateRange->setCluster(settings.value(QStringLiteral("range/cluster")).toString());
    if (const auto preset = presetFromKey(settings.value(QStringLiteral("range/preset")).toString())) {
        if (*preset == RangePreset::Custom) {
            m_dateRange->setCustomRange(settings.value(QStringLiteral("range/from")).toDateTime(),
                                        settings.value(QStringLiteral("range/to")).toDateTime());
        } else {
            m_dateRange->setPreset(*preset);
        }
    } else {
        m_dateRange->setPreset(m_appSettings.defaultRange);
    }
    rebuildRecentMenu();
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1200, 760);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/hourlyHeader"), m_hourlyPage->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/hostsHeader"), m_hostsPage->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/page"), m_tabs->currentIndex());
    const QString profile = m_profileCombo->currentData().toString();
    if (profile != DemoProfileKey)
        settings.setValue(QStringLiteral("lastProfile"), profile);
    settings.setValue(QStringLiteral("range/preset"), presetKey(m_dateRange->preset()));
    settings.setValue(QStringLiteral("range/cluster"), m_dateRange->cluster());
    if (const auto range = m_dateRange->range()) {
        settings.setValue(QStringLiteral("range/from"), QDateTime::fromMSecsSinceEpoch(range->fromMs).toUTC());
        settings.setValue(QStringLiteral("range/to"), QDateTime::fromMSecsSinceEpoch(range->toMs).toUTC());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_importer->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isExportFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openExport(urls.first().toLocalFile());
    }
}

} // namespace LicenseUi
