// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the real main window: opening exports, the pages, saving, and downloads from the demo cluster.
// With LUE_SCREENSHOT_DIR set, it also saves a PNG of each main view there (that is how the README's
// screenshots are made).

#include "aboutdialog.h"
#include "charts/chartcontrols.h"
#include "charts/usagechartview.h"
#include "daterangewidget.h"
#include "downloadpanel.h"
#include "environmenttotalsmodel.h"
#include "exportdetailspage.h"
#include "mainwindow.h"
#include "models/hourlyusagemodel.h"
#include "overviewpage.h"
#include "settingsdialog.h"
#include "tablepage.h"

#include <common/translations.h>
#include <demo/democluster.h>
#include <demo/exportgenerator.h>
#include <report/csvwriter.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_export;
    EnvironmentNames m_generatedNames;

    MainWindowOptions options(bool demo = false) const
    {
        MainWindowOptions o;
        o.demo = demo;
        o.keychain = false;
        o.profileFile = m_dir.filePath(QStringLiteral("profiles.ini"));
        o.dataFolder = m_dir.filePath(QStringLiteral("data"));
        o.demoOptions.generator.environments = 4;
        o.demoOptions.generator.hosts = 40;
        return o;
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QByteArray folder = qgetenv("LUE_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QVERIFY(widget->grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LicenseCore::installTranslations(*QCoreApplication::instance());
        QCoreApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorerTest"));
        QSettings().clear();
        m_export = m_dir.filePath(QStringLiteral("export.zip"));
        GeneratorOptions generator;
        generator.environments = 6;
        generator.hosts = 90;
        generator.hours = 72;
        const ExportGenerator exportGenerator(generator);
        QVERIFY(!exportGenerator.writeZipFile(m_export).isError());
        for (const GeneratedEnvironment &environment : exportGenerator.environments())
            m_generatedNames.insert(environment.id, environment.name);
    }

    void showsTheStoreNumbers()
    {
        MainWindow window(options());
        window.resize(1280, 800);
        window.show();
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.openExport(m_export);
        QVERIFY(changed.wait(30000));
        const UsageSnapshotPtr store = window.store();
        QVERIFY(store);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("License Usage Explorer — ")));

        QAbstractItemModel *overview = window.overviewPage()->view()->model();
        QAbstractItemModelTester overviewTester(overview, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(overview->rowCount(), int(store->environmentIds().size()));
        qint64 milli = 0;
        for (int row = 0; row < overview->rowCount(); ++row)
            milli += overview->index(row, EnvironmentTotalsModel::HostUnitHoursColumn)
                         .data(EnvironmentTotalsModel::SortRole)
                         .toLongLong();
        QCOMPARE(milli, store->clusterTotal().hostUnitHoursMilli);
        QVERIFY(milli > 0);

        // The hourly table has one row per (hour, environment), and its filter narrows it to one environment.
        TablePage *hourly = window.hourlyPage();
        QAbstractItemModelTester hourlyTester(hourly->view()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(hourly->view()->model()->rowCount(), int(store->hourly().size()));
        hourly->environmentCombo()->setCurrentIndex(1);
        const QString environment = hourly->environmentCombo()->currentData().toString();
        const auto rowsOf = std::count_if(store->hourly().cbegin(), store->hourly().cend(), [&](const UsageRow &row) {
            return store->environmentIds().at(row.environment) == environment;
        });
        QCOMPARE(hourly->view()->model()->rowCount(), int(rowsOf));
        hourly->environmentCombo()->setCurrentIndex(0);

        // Hosts page: all hosts of the store.
        QCOMPARE(window.hostsPage()->view()->model()->rowCount(), int(store->hosts().size()));

        // Export details: the log and the signature of the nested layout are shown.
        QVERIFY(!window.detailsPage()->logView()->toPlainText().isEmpty());
        QVERIFY(window.detailsPage()->gapList()->count() >= 1);
    }

    void switchesMetricAndResolution()
    {
        MainWindow window(options());
        window.show();
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.openExport(m_export);
        QVERIFY(changed.wait(30000));
        window.showPage(MainWindow::Page::Charts);
        ChartControls *controls = window.chartControls();
        UsageChartView *chart = window.chartView();
        QVERIFY(controls->metricBox()->count() >= 7);
        const int dem = controls->metricBox()->findText(QStringLiteral("DEM"), Qt::MatchContains);
        QVERIFY(dem >= 0);
        controls->metricBox()->setCurrentIndex(dem);
        QCOMPARE(chart->metric(), Metric::DemUnits);
        const int daily = controls->resolutionBox()->findText(QStringLiteral("Dai"), Qt::MatchContains);
        QVERIFY(daily >= 0);
        controls->resolutionBox()->setCurrentIndex(daily);
        QCOMPARE(chart->granularity(), Granularity::Day);

        // The hourly table switches to days: 72 hours from midnight are three days per environment at most.
        QComboBox *resolution = window.hourlyPage()->findChild<QComboBox *>();
        QVERIFY(resolution);
        const int rowsBefore = window.hourlyModel()->rowCount();
        window.hourlyModel()->setGranularity(Granularity::Day);
        QVERIFY(window.hourlyModel()->rowCount() < rowsBefore);
    }

    void savesCsvZipAndChart()
    {
        MainWindow window(options());
        window.show();
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.openExport(m_export);
        QVERIFY(changed.wait(30000));

        // The CSV the window saves is the core's CSV.
        const QString csvPath = m_dir.filePath(QStringLiteral("window.csv"));
        QString error;
        QVERIFY2(window.saveCsv(csvPath, Granularity::Hour, false, &error), qPrintable(error));
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(!CsvWriter::write(expected, *window.store(), window.environmentNames()).isError());
        QFile saved(csvPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), expected.data());

        // Only the filtered environment.
        window.hourlyPage()->environmentCombo()->setCurrentIndex(2);
        const QString filteredPath = m_dir.filePath(QStringLiteral("filtered.csv"));
        QVERIFY(window.saveCsv(filteredPath, Granularity::Day, true, &error));
        QFile filtered(filteredPath);
        QVERIFY(filtered.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = filtered.readAll().split('\n');
        const QByteArray id = window.hourlyPage()->environmentCombo()->currentData().toString().toUtf8();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty())
                QVERIFY(lines.at(i).split(',').at(1) == id);
        }

        // The ZIP copy is byte-identical.
        const QString copyPath = m_dir.filePath(QStringLiteral("copy.zip"));
        QVERIFY(window.saveZipCopy(copyPath, &error));
        QFile original(m_export);
        QFile copy(copyPath);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        // The chart as PNG and SVG.
        for (const QString &name : {QStringLiteral("chart.png"), QStringLiteral("chart.svg")}) {
            const QString path = m_dir.filePath(name);
            QVERIFY2(window.saveChart(path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }

    void reportsABrokenExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("login.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html>Please log in</html>");
        file.close();
        MainWindow window(options());
        QSignalSpy failed(&window, &MainWindow::importFailed);
        window.openExport(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("login.zip")));
        QVERIFY(!window.store());
    }

    void downloadsFromTheDemoCluster()
    {
        MainWindow window(options(true));
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.demoCluster());
        QCOMPARE(window.dateRange()->preset(), RangePreset::Last7Days);
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.startDownload();
        QVERIFY(changed.wait(60000));
        const UsageSnapshotPtr store = window.store();
        QCOMPARE(store->range()->hours(), 7 * 24);
        QVERIFY(store->gaps().isEmpty());
        QVERIFY(window.exportPath().startsWith(window.dataFolder()));
        QVERIFY(QFileInfo::exists(window.exportPath()));
        // Names from the cluster replace ids.
        QTRY_VERIFY(!window.environmentNames().isEmpty());
        const QString firstId = store->environmentIds().first();
        QVERIFY(!window.environmentNames().value(firstId).isEmpty());

        const QList<QPair<MainWindow::Page, QString>> pages = {
            {MainWindow::Page::Overview, QStringLiteral("overview.png")},
            {MainWindow::Page::Charts, QStringLiteral("charts.png")},
            {MainWindow::Page::Hourly, QStringLiteral("hourly.png")},
            {MainWindow::Page::Hosts, QStringLiteral("hosts.png")},
            {MainWindow::Page::Details, QStringLiteral("details.png")}};
        for (const auto &[page, file] : pages) {
            window.showPage(page);
            QTest::qWait(50);
            screenshot(&window, file);
        }
    }

    void cancelsADownload()
    {
        MainWindow window(options(true));
        window.show();
        window.demoCluster()->queueFault(DemoFault::stall(10).forPath(QStringLiteral("/license/consumption")));
        const QDir exports(QDir(window.dataFolder()).filePath(QStringLiteral("exports")));
        const QStringList before = exports.entryList(QDir::Files);
        QSignalSpy cancelled(window.downloadPanel(), &DownloadPanel::cancelled);
        window.startDownload();
        QTRY_VERIFY(window.downloadPanel()->isRunning());
        window.downloadPanel()->cancel();
        QVERIFY(cancelled.wait(10000));
        QVERIFY(!window.store());
        QCOMPARE(exports.entryList(QDir::Files), before); // nothing half-written is left
    }

    void countsDownWhileTheClusterIsBusy()
    {
        MainWindow window(options(true));
        window.show();
        window.demoCluster()->queueFault(DemoFault::httpStatus(429, "1", QStringLiteral("An export is already running"))
                                             .forPath(QStringLiteral("/license/consumption")));
        QSignalSpy countdown(window.downloadPanel(), &DownloadPanel::retryCountdown);
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.startDownload();
        QVERIFY(countdown.wait(10000));
        QVERIFY(countdown.first().first().toInt() >= 1);
        screenshot(&window, QStringLiteral("busy.png"));
        QVERIFY(changed.wait(60000));
    }

    // The application settings are written by the test below; the other tests run with the defaults.
    void cleanup() { QSettings().remove(QStringLiteral("settings")); }

    void settingsAndAboutInTheMenus()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(window.settingsAction());
        QCOMPARE(window.settingsAction()->shortcuts(), QKeySequence::keyBindings(QKeySequence::Preferences));
        QVERIFY(window.aboutAction());
        QVERIFY(window.aboutQtAction());
        QStringList menuTexts;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menu : menus) {
            if (menu->menu() && menu->menu()->actions().contains(window.settingsAction()))
                menuTexts << menu->text();
            if (menu->menu() && menu->menu()->actions().contains(window.aboutQtAction()))
                QVERIFY(menu->menu()->actions().contains(window.aboutAction()));
        }
        QCOMPARE(menuTexts, QStringList{QStringLiteral("&Edit")});

        window.aboutAction()->trigger();
        QTRY_VERIFY(window.findChild<AboutDialog *>() && window.findChild<AboutDialog *>()->isVisible());
        window.findChild<AboutDialog *>()->close();
    }

    void changedRulesRecomputeTheOpenExport()
    {
        MainWindow window(options());
        window.show();
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.openExport(m_export);
        QVERIFY(changed.wait(30000));
        QVERIFY(window.store()->rules().capInfrastructureAtOne);
        const qint64 capped = window.store()->clusterTotal().infrastructureHostUnitHoursMilli;
        const qint64 fullStack = window.store()->clusterTotal().fullStackHostUnitHoursMilli;

        window.settingsAction()->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCheckBox *cap = nullptr;
        const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes) {
            if (box->accessibleName() == QLatin1String("Cap Infrastructure-only hosts at 1 host unit"))
                cap = box;
        }
        QVERIFY(cap);
        cap->setChecked(false);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(changed.wait(30000));

        QCOMPARE(window.appSettings().rules.capInfrastructureAtOne, false);
        QCOMPARE(loadAppSettings(QSettings()).rules.capInfrastructureAtOne, false);
        QCOMPARE(window.store()->rules().capInfrastructureAtOne, false);
        // Large Infrastructure-only hosts now count more than 1 host unit; Full-Stack hosts are unchanged.
        QVERIFY2(window.store()->clusterTotal().infrastructureHostUnitHoursMilli > capped,
                 qPrintable(QString::number(capped)));
        QCOMPARE(window.store()->clusterTotal().fullStackHostUnitHoursMilli, fullStack);
    }

    void defaultRangeWhenNoneWasSaved()
    {
        QSettings settings;
        settings.remove(QStringLiteral("range"));
        AppSettings value;
        value.defaultRange = RangePreset::ThisMonth;
        saveAppSettings(settings, value);
        settings.sync();
        MainWindow window(options());
        QCOMPARE(window.dateRange()->preset(), RangePreset::ThisMonth);
    }

    void remembersRangeAndLayout()
    {
        {
            MainWindow window(options());
            window.dateRange()->setPreset(RangePreset::LastMonth);
            window.showPage(MainWindow::Page::Hosts);
            window.close();
        }
        MainWindow again(options());
        QCOMPARE(again.dateRange()->preset(), RangePreset::LastMonth);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
