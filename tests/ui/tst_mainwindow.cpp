// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the real main window the way a user does: through its actions, its dialogs, combo boxes and buttons,
// and reads what its pages show. A small export written here is checked against totals worked out by hand, a
// generated one against the core's own import. With LUE_SCREENSHOT_DIR set, it also saves a PNG of each main
// view there (that is how the README's screenshots are made).

#include "aboutdialog.h"
#include "answerspage.h"
#include "charts/chartcontrols.h"
#include "charts/usagechartview.h"
#include "daterangewidget.h"
#include "downloadpanel.h"
#include "environmenttotalsmodel.h"
#include "exportcsvdialog.h"
#include "exportdetailspage.h"
#include "historypage.h"
#include "mainwindow.h"
#include "models/hostsmodel.h"
#include "models/hourlyusagemodel.h"
#include "models/ingestlogmodel.h"
#include "models/storedexportsmodel.h"
#include "models/usagefilterproxymodel.h"
#include "opendocument.h"
#include "overagepage.h"
#include "overviewpage.h"
#include "periodpicker.h"
#include "quotafield.h"
#include "settingsdialog.h"
#include "tablepage.h"

#include <application/historysync.h>
#include <common/translations.h>
#include <demo/democluster.h>
#include <demo/exportgenerator.h>
#include <report/csvwriter.h>
#include <usage/importpipeline.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QTreeWidget>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 GiB = qint64(1) << 30;
// 2026-10-01T22:00:00Z: the small export's three hours span two days of one month.
constexpr qint64 FirstHourMs = 1790892000000;

const QString EnvironmentA = QStringLiteral("environment-a");
const QString EnvironmentB = QStringLiteral("environment-b");

struct Host
{
    qint64 osiId = 0;
    qint64 memoryBytes = 0;
    bool infrastructureOnly = false;
    bool paas = false;
    qint64 paasMemoryLimitBytes = 0;
};

// The small export's hosts, with the host units of DOMAIN.md §4 (app/core/usage/licenserules.cpp) worked out
// by hand: Full-Stack by memory (up to 1.6 GiB 0.1, up to 4 GiB 0.25, up to 8 GiB 0.5, up to 16 GiB 1, then 1
// per started 16 GiB), Infrastructure-only 0.3 of that, capped at 1 by default; PaaS like Full-Stack at its
// memory limit.
const Host Host101{101, 4 * GiB};                        // Full-Stack, 4 GiB: 0.25
const Host Host102{102, 32 * GiB};                       // Full-Stack, 32 GiB = 2 × 16 GiB: 2
const Host Host103{103, 64 * GiB, true};                 // Infrastructure, 64 GiB: 4 × 0.3 = 1.2, capped: 1
const Host Host201{201, 8 * GiB};                        // Full-Stack, 8 GiB: 0.5
const Host Host202{202, 64 * GiB, false, true, 2 * GiB}; // PaaS limited to 2 GiB: 0.25
const Host Host203{203, 16 * GiB, true};                 // Infrastructure, 16 GiB: 1 × 0.3 = 0.3 (below the cap)

QJsonObject environmentJson(const QString &id, int visits, int mobileSessions, const QList<Host> &hosts)
{
    QJsonArray hostUsages;
    for (const Host &host : hosts) {
        hostUsages.append(QJsonObject{{QStringLiteral("osiId"), host.osiId},
                                      {QStringLiteral("hostMemoryBytes"), host.memoryBytes},
                                      {QStringLiteral("infrastructureOnly"), host.infrastructureOnly},
                                      {QStringLiteral("paas"), host.paas},
                                      {QStringLiteral("paasMemoryLimit"), host.paasMemoryLimitBytes}});
    }
    return QJsonObject{{QStringLiteral("environmentUuid"), id},
                       {QStringLiteral("visits"), visits},
                       {QStringLiteral("mobileSessions"), mobileSessions},
                       {QStringLiteral("hostUsages"), hostUsages}};
}

QByteArray hourJson(qint64 startMs, const QList<Host> &hostsOfA, const QList<Host> &hostsOfB)
{
    // No activity records: every host listed counts for the whole hour. A has 40 visits an hour, B 8 mobile
    // sessions.
    const QJsonObject hour{
        {QStringLiteral("timeFrameStart"), startMs},
        {QStringLiteral("timeFrameEnd"), startMs + HourMs},
        {QStringLiteral("environmentBillingEntries"),
         QJsonArray{environmentJson(EnvironmentA, 40, 0, hostsOfA), environmentJson(EnvironmentB, 0, 8, hostsOfB)}}};
    return QJsonDocument(hour).toJson(QJsonDocument::Compact);
}

// An export of `cluster` (made now): `hours` hours from `firstHourMs`, environment "environment-<cluster>" with host
// 301 (Full-Stack, 4 GiB: 0.25 host units an hour).
void writeClusterExport(const QString &path, const QString &cluster, qint64 firstHourMs, int hours)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (int i = 0; i < hours; ++i) {
        QJsonObject hour{
            {QStringLiteral("clusterUuid"), cluster},
            {QStringLiteral("timeFrameStart"), firstHourMs + i * HourMs},
            {QStringLiteral("timeFrameEnd"), firstHourMs + (i + 1) * HourMs},
            {QStringLiteral("environmentBillingEntries"),
             QJsonArray{environmentJson(QStringLiteral("environment-") + cluster, 0, 0, {Host{301, 4 * GiB}})}}};
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("hour-%1.json").arg(i))));
        file.write(QJsonDocument(hour).toJson(QJsonDocument::Compact));
        file.close();
    }
    zip.close();
    QCOMPARE(zip.getZipError(), 0);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T> T *visibleChild(const QWidget &parent)
{
    const QList<T *> children = parent.findChildren<T *>();
    for (T *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

QComboBox *comboNamed(const QWidget &parent, const QString &accessibleName)
{
    const QList<QComboBox *> combos = parent.findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (combo->accessibleName() == accessibleName)
            return combo;
    }
    return nullptr;
}

// The table page over a model of type Model.
template<typename Model> TablePage *tablePage(const MainWindow &window)
{
    const QList<TablePage *> pages = window.findChildren<TablePage *>();
    for (TablePage *page : pages) {
        if (qobject_cast<Model *>(page->proxy()->sourceModel()))
            return page;
    }
    return nullptr;
}

// Moves a combo box to `index` with the arrow keys, as a user does.
void chooseWithKeys(QComboBox *combo, int index)
{
    for (int step = 0; step < combo->count() && combo->currentIndex() != index; ++step)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
}

// The sum of a column's raw values over the rows a view shows.
double columnSum(const QAbstractItemModel *model, int column, int role)
{
    double sum = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        sum += model->index(row, column).data(role).toDouble();
    return sum;
}

// Data rows of a CSV, each split into fields by column name (none of the small export's fields are quoted).
QList<QHash<QString, QString>> csvRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return {};
    const QStringList header = QString::fromUtf8(lines.takeFirst()).split(QLatin1Char(','));
    QList<QHash<QString, QString>> rows;
    for (const QByteArray &line : std::as_const(lines)) {
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size() && i < fields.size(); ++i)
            row.insert(header.at(i), fields.at(i));
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_export; // generated: 6 environments, 90 hosts, 72 hours
    QString m_small;  // written here, with totals worked out by hand

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

    static OpenDocument *documentOf(const MainWindow &window) { return window.findChild<OpenDocument *>(); }

    // The options of a window whose history and downloads live in a data folder of its own.
    MainWindowOptions withOwnHistory(const QString &folder) const
    {
        MainWindowOptions o = options();
        o.dataFolder = m_dir.filePath(folder);
        return o;
    }

    // Waits until the window shows a view of the history that `matches`.
    static bool waitForHistoryView(const MainWindow &window,
                                   const std::function<bool(const HistorySnapshot &)> &matches = {})
    {
        const OpenDocument *document = documentOf(window);
        return document && QTest::qWaitFor(
                               [&] {
                                   const std::optional<HistorySnapshot> &view = document->historyView();
                                   return view && (!matches || matches(*view));
                               },
                               60000);
    }

    static bool comesFrom(const HistorySnapshot &view, const QStringList &names)
    {
        QStringList sources;
        for (const RangeSource &source : view.sources)
            sources.append(source.stored.originalName);
        return sources == names;
    }

    // Waits until the window shows a snapshot other than `previous`.
    static bool waitForSnapshot(const MainWindow &window, const UsageSnapshotPtr &previous = {})
    {
        const OpenDocument *document = documentOf(window);
        return document &&
               QTest::qWaitFor([&] { return document->snapshot() && document->snapshot() != previous; }, 60000);
    }

    static void trigger(const MainWindow &window, const QString &actionName)
    {
        auto *action = window.findChild<QAction *>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        QVERIFY2(action->isEnabled(), qPrintable(actionName));
        action->trigger();
    }

    // Picks `path` in the file dialog the window has just opened.
    static void chooseFile(const MainWindow &window, const QString &path)
    {
        QFileDialog *dialog = visibleChild<QFileDialog>(window);
        QVERIFY(dialog);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QVERIFY(!dialog->isVisible());
    }

    // File › Open Export…, then the file chosen in the dialog.
    static void openThroughDialog(MainWindow &window, const QString &path)
    {
        trigger(window, QStringLiteral("openExportAction"));
        if (!QTest::currentTestFailed())
            chooseFile(window, path);
    }

    // File › Export CSV…: the resolution's radio button (its text starts with `resolution`), the filtered
    // environments when asked, then the file.
    static void exportCsv(MainWindow &window, const QString &path, const QString &resolution, bool onlyFiltered)
    {
        trigger(window, QStringLiteral("exportCsvAction"));
        if (QTest::currentTestFailed())
            return;
        auto *dialog = visibleChild<ExportCsvDialog>(window);
        QVERIFY(dialog);
        const QList<QRadioButton *> buttons = dialog->findChildren<QRadioButton *>();
        bool resolutionFound = false;
        bool filteredFound = false;
        for (QRadioButton *button : buttons) {
            if (button->text().startsWith(resolution)) {
                button->click();
                resolutionFound = true;
            } else if (onlyFiltered && button->text().contains(QLatin1String("&filtered"))) {
                QVERIFY(button->isEnabled());
                button->click();
                filteredFound = true;
            }
        }
        QVERIFY(resolutionFound);
        QCOMPARE(filteredFound, onlyFiltered);
        QCOMPARE(dialog->onlyFiltered(), onlyFiltered);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        chooseFile(window, path);
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
        // The same dialogs on every desktop: the widgets, whatever the platform theme offers.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QSettings().clear();

        m_export = m_dir.filePath(QStringLiteral("export.zip"));
        GeneratorOptions generator;
        generator.environments = 6;
        generator.hosts = 90;
        generator.hours = 72;
        QVERIFY(!ExportGenerator(generator).writeZipFile(m_export).isError());

        // 22:00 and 23:00: A has 101, 102 and 103, B 201 and 202; 00:00: 102 is gone from A, 203 joins B.
        m_small = m_dir.filePath(QStringLiteral("small.zip"));
        const QList<QPair<QString, QByteArray>> hours = {
            {QStringLiteral("usage-1.json"), hourJson(FirstHourMs, {Host101, Host102, Host103}, {Host201, Host202})},
            {QStringLiteral("usage-2.json"),
             hourJson(FirstHourMs + HourMs, {Host101, Host102, Host103}, {Host201, Host202})},
            {QStringLiteral("usage-3.json"),
             hourJson(FirstHourMs + 2 * HourMs, {Host101, Host103}, {Host201, Host202, Host203})}};
        QuaZip zip(m_small);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const auto &[name, data] : hours) {
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            QCOMPARE(file.write(data), data.size());
            file.close();
        }
        zip.close();
        QCOMPARE(zip.getZipError(), 0);
    }

    // The application settings are written by some tests; the others run with the defaults.
    void cleanup() { QSettings().remove(QStringLiteral("settings")); }

    void showsTotalsWorkedOutByHand()
    {
        MainWindow window(options());
        window.resize(1280, 800);
        window.show();
        openThroughDialog(window, m_small);
        QVERIFY(waitForSnapshot(window));
        QCOMPARE(window.windowTitle(), QStringLiteral("License Usage Explorer — small.zip, 2026-10-01 to 2026-10-02"));

        // Per environment, in milli host units:
        //   A: 22:00 and 23:00: 250 + 2000 + 1000 = 3250 each; 00:00: 250 + 1000 = 1250
        //      host-unit hours 3250 + 3250 + 1250 = 7750, peak 3250
        //   B: 22:00 and 23:00: 500 + 250 = 750 each; 00:00: 500 + 250 + 300 = 1050
        //      host-unit hours 750 + 750 + 1050 = 2550, peak 1050
        //   DEM units: A 3 × 40 visits × 0.25 = 30; B 3 × 8 mobile sessions × 0.25 = 6
        auto *overview = window.findChild<OverviewPage *>();
        QVERIFY(overview);
        QAbstractItemModel *totals = overview->view()->model();
        QAbstractItemModelTester totalsTester(totals, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(totals->rowCount(), 2);
        QHash<QString, int> rowOf;
        for (int row = 0; row < totals->rowCount(); ++row)
            rowOf.insert(totals->index(row, 0).data(EnvironmentTotalsModel::EnvironmentIdRole).toString(), row);
        QCOMPARE(rowOf.keys().size(), 2);
        const auto total = [&](const QString &environment, int column) {
            return totals->index(rowOf.value(environment, -1), column).data(EnvironmentTotalsModel::SortRole);
        };
        QCOMPARE(total(EnvironmentA, EnvironmentTotalsModel::HostsColumn).toInt(), 3);
        QCOMPARE(total(EnvironmentB, EnvironmentTotalsModel::HostsColumn).toInt(), 3);
        QCOMPARE(total(EnvironmentA, EnvironmentTotalsModel::HostUnitHoursColumn).toLongLong(), 7750);
        QCOMPARE(total(EnvironmentB, EnvironmentTotalsModel::HostUnitHoursColumn).toLongLong(), 2550);
        QCOMPARE(total(EnvironmentA, EnvironmentTotalsModel::PeakHostUnitsColumn).toLongLong(), 3250);
        QCOMPARE(total(EnvironmentB, EnvironmentTotalsModel::PeakHostUnitsColumn).toLongLong(), 1050);
        QCOMPARE(total(EnvironmentA, EnvironmentTotalsModel::DemUnitsColumn).toDouble(), 30.0);
        QCOMPARE(total(EnvironmentB, EnvironmentTotalsModel::DemUnitsColumn).toDouble(), 6.0);
        QCOMPARE(total(EnvironmentA, EnvironmentTotalsModel::SessionsColumn).toLongLong(), 120);
        QCOMPARE(total(EnvironmentB, EnvironmentTotalsModel::SessionsColumn).toLongLong(), 24);

        // The headline figures. Cluster: 7750 + 2550 = 10300 host-unit hours; the busiest hours are 22:00 and
        // 23:00 with 3250 + 750 = 4000 host units; 30 + 6 = 36 DEM units; 120 + 24 = 144 sessions.
        const auto figure = [&](const QString &caption) {
            const QList<QLabel *> labels = overview->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                if (label->accessibleName() == caption)
                    return label->text();
            }
            return QString();
        };
        const QLocale locale;
        QCOMPARE(figure(QStringLiteral("Host-unit hours (estimated)")), locale.toString(10.3, 'f', 1));
        QCOMPARE(figure(QStringLiteral("Peak host units (estimated)")), locale.toString(4.0, 'f', 2));
        QCOMPARE(figure(QStringLiteral("DEM units (estimated)")), locale.toString(36.0, 'f', 1));
        QCOMPARE(figure(QStringLiteral("User sessions")), locale.toString(144));

        // The hourly table: 3 hours × 2 environments, and per monitoring mode over all rows:
        //   Full-Stack: 101 3 × 250 + 102 2 × 2000 + 201 3 × 500 = 750 + 4000 + 1500 = 6250
        //   Infrastructure: 103 3 × 1000 + 203 1 × 300 = 3300;  PaaS: 202 3 × 250 = 750
        trigger(window, QStringLiteral("showHourlyTableAction")); // a table page catches up when shown
        TablePage *hourly = tablePage<HourlyUsageModel>(window);
        QVERIFY(hourly);
        auto *hourlyModel = qobject_cast<HourlyUsageModel *>(hourly->proxy()->sourceModel());
        QAbstractItemModel *rows = hourly->view()->model();
        QAbstractItemModelTester hourlyTester(rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(rows->rowCount(), 6);
        const auto hourlySum = [&](HourlyUsageModel::Column column) {
            return columnSum(rows, hourlyModel->sectionOf(column), HourlyUsageModel::SortRole);
        };
        QCOMPARE(hourlySum(HourlyUsageModel::HostUnitsColumn), 10300.0);
        QCOMPARE(hourlySum(HourlyUsageModel::FullStackHostUnitsColumn), 6250.0);
        QCOMPARE(hourlySum(HourlyUsageModel::InfrastructureHostUnitsColumn), 3300.0);
        QCOMPARE(hourlySum(HourlyUsageModel::PaasHostUnitsColumn), 750.0);

        // The hosts table: host-unit hours per host, as above.
        trigger(window, QStringLiteral("showHostsAction"));
        TablePage *hosts = tablePage<HostsModel>(window);
        QVERIFY(hosts);
        QAbstractItemModel *hostRows = hosts->view()->model();
        QAbstractItemModelTester hostsTester(hostRows, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QHash<qint64, qint64> hostUnitHours;
        for (int row = 0; row < hostRows->rowCount(); ++row) {
            hostUnitHours.insert(
                hostRows->index(row, 0).data(HostsModel::OsiIdRole).toLongLong(),
                hostRows->index(row, HostsModel::HostUnitHoursColumn).data(HostsModel::SortRole).toLongLong());
        }
        const QHash<qint64, qint64> expectedHosts = {{101, 3 * 250}, {102, 2 * 2000}, {103, 3 * 1000},
                                                     {201, 3 * 500}, {202, 3 * 250},  {203, 1 * 300}};
        QCOMPARE(hostUnitHours, expectedHosts);
        // Biggest consumers first.
        QCOMPARE(hostRows->index(0, 0).data(HostsModel::OsiIdRole).toLongLong(), 102);

        // And the window agrees with the core reading the same file.
        const Result<UsageSnapshotPtr> core = importExport(m_small, ImportOptions{});
        QVERIFY(core.ok());
        QCOMPARE(core.value()->clusterTotal().hostUnitHoursMilli, 10300);
        QCOMPARE(core.value()->clusterTotal().peakHostUnitsMilli, 4000);
        QCOMPARE(rows->rowCount(), int(core.value()->hourly().size()));
        QCOMPARE(hostRows->rowCount(), int(core.value()->hosts().size()));
    }

    void showsTheCoresNumbers()
    {
        MainWindow window(options());
        window.resize(1280, 800);
        window.show();
        openThroughDialog(window, m_export);
        QVERIFY(waitForSnapshot(window));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("License Usage Explorer — ")));
        const Result<UsageSnapshotPtr> imported = importExport(m_export, ImportOptions{});
        QVERIFY(imported.ok());
        const UsageSnapshotPtr core = imported.value();

        // Per environment, as the core totals them.
        QAbstractItemModel *overview = window.findChild<OverviewPage *>()->view()->model();
        QAbstractItemModelTester overviewTester(overview, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(overview->rowCount(), int(core->environmentIds().size()));
        qint64 milli = 0;
        for (int row = 0; row < overview->rowCount(); ++row) {
            const QString id = overview->index(row, 0).data(EnvironmentTotalsModel::EnvironmentIdRole).toString();
            const qint64 shown = overview->index(row, EnvironmentTotalsModel::HostUnitHoursColumn)
                                     .data(EnvironmentTotalsModel::SortRole)
                                     .toLongLong();
            QCOMPARE(shown, core->environmentTotals().at(size_t(core->environmentIndex(id))).hostUnitHoursMilli);
            milli += shown;
        }
        QCOMPARE(milli, core->clusterTotal().hostUnitHoursMilli);
        QVERIFY(milli > 0);

        // The hourly table has one row per (hour, environment); its filter narrows it to one environment.
        trigger(window, QStringLiteral("showHourlyTableAction")); // a table page catches up when shown
        TablePage *hourly = tablePage<HourlyUsageModel>(window);
        QAbstractItemModelTester hourlyTester(hourly->view()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(hourly->view()->model()->rowCount(), int(core->hourly().size()));
        chooseWithKeys(hourly->environmentCombo(), 1);
        QCOMPARE(hourly->environmentCombo()->currentIndex(), 1);
        const QString environment = hourly->environmentCombo()->currentData().toString();
        const auto rowsOf = std::count_if(core->hourly().cbegin(), core->hourly().cend(), [&](const UsageRow &row) {
            return core->environmentIds().at(row.environment) == environment;
        });
        QVERIFY(rowsOf > 0);
        QCOMPARE(hourly->view()->model()->rowCount(), int(rowsOf));
        chooseWithKeys(hourly->environmentCombo(), 0);
        QCOMPARE(hourly->view()->model()->rowCount(), int(core->hourly().size()));

        // Hosts page: all hosts of the import.
        trigger(window, QStringLiteral("showHostsAction"));
        QCOMPARE(tablePage<HostsModel>(window)->view()->model()->rowCount(), int(core->hosts().size()));

        // Export details: the log of the nested layout, and its gaps.
        auto *details = window.findChild<ExportDetailsPage *>();
        QCOMPARE(details->logView()->toPlainText(), core->archive().logText);
        QVERIFY(!core->archive().logText.isEmpty());
        QCOMPARE(details->gapList()->count(), std::max<int>(1, int(core->gaps().size())));

        // Opening another export replaces what every page shows.
        const UsageSnapshotPtr generated = documentOf(window)->snapshot();
        openThroughDialog(window, m_small);
        QVERIFY(waitForSnapshot(window, generated));
        QCOMPARE(overview->rowCount(), 2);
        trigger(window, QStringLiteral("showHourlyTableAction"));
        QCOMPARE(hourly->view()->model()->rowCount(), 6);
        QCOMPARE(hourly->environmentCombo()->count(), 3); // all, A and B
        trigger(window, QStringLiteral("showHostsAction"));
        QCOMPARE(tablePage<HostsModel>(window)->view()->model()->rowCount(), 6);
        QCOMPARE(details->logView()->toPlainText(), QStringLiteral("This export has no log file."));
        QVERIFY(window.windowTitle().contains(QLatin1String("small.zip")));
    }

    void switchesMetricAndResolution()
    {
        MainWindow window(options());
        window.show();
        openThroughDialog(window, m_small);
        QVERIFY(waitForSnapshot(window));

        trigger(window, QStringLiteral("showChartsAction"));
        auto *controls = window.findChild<ChartControls *>();
        auto *chart = window.findChild<UsageChartView *>();
        QVERIFY(controls && chart);
        QVERIFY(controls->isVisible());
        QVERIFY(controls->metricBox()->count() >= 7);
        const int dem = controls->metricBox()->findText(QStringLiteral("DEM"), Qt::MatchContains);
        QVERIFY(dem >= 0);
        chooseWithKeys(controls->metricBox(), dem);
        QCOMPARE(chart->metric(), Metric::DemUnits);
        const int daily = controls->resolutionBox()->findText(QStringLiteral("Dai"), Qt::MatchContains);
        QVERIFY(daily >= 0);
        chooseWithKeys(controls->resolutionBox(), daily);
        QCOMPARE(chart->granularity(), Granularity::Day);

        // The hourly table through its resolution box. 22:00 and 23:00 of October 1st and 00:00 of the 2nd: per
        // environment 3 hours, 2 days, 1 month.
        trigger(window, QStringLiteral("showHourlyTableAction"));
        TablePage *hourly = tablePage<HourlyUsageModel>(window);
        QComboBox *resolution = comboNamed(*hourly, QStringLiteral("Table resolution"));
        QVERIFY(resolution);
        QVERIFY(resolution->isVisible());
        QAbstractItemModel *rows = hourly->view()->model();
        QCOMPARE(rows->rowCount(), 3 * 2);
        auto *model = qobject_cast<HourlyUsageModel *>(hourly->proxy()->sourceModel());
        const auto hostUnitHours = [&] {
            return columnSum(rows, model->sectionOf(HourlyUsageModel::HostUnitsColumn), HourlyUsageModel::SortRole);
        };
        QTest::keyClick(resolution, Qt::Key_Down);
        QCOMPARE(resolution->currentText(), QStringLiteral("Daily"));
        QCOMPARE(rows->rowCount(), 2 * 2);
        QCOMPARE(hostUnitHours(), 10300.0);
        QTest::keyClick(resolution, Qt::Key_Down);
        QCOMPARE(resolution->currentText(), QStringLiteral("Monthly"));
        QCOMPARE(rows->rowCount(), 1 * 2);
        QCOMPARE(hostUnitHours(), 10300.0);
        QTest::keyClick(resolution, Qt::Key_Home);
        QCOMPARE(rows->rowCount(), 3 * 2);
    }

    void savesCsvZipAndChart()
    {
        MainWindow window(options());
        window.show();
        openThroughDialog(window, m_small);
        QVERIFY(waitForSnapshot(window));
        const OpenDocument *document = documentOf(window);
        const Result<UsageSnapshotPtr> core = importExport(m_small, ImportOptions{});
        QVERIFY(core.ok());

        // The hourly CSV the window saves is the core's CSV of the same file.
        const QString csvPath = m_dir.filePath(QStringLiteral("window.csv"));
        exportCsv(window, csvPath, QStringLiteral("&Hour"), false);
        QVERIFY(!QTest::currentTestFailed());
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(!CsvWriter::write(expected, *core.value(), document->environmentNames()).isError());
        QFile saved(csvPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), expected.data());
        QCOMPARE(csvRows(csvPath).size(), 3 * 2);

        // Only the environment the hourly table is filtered to, per day. B on October 1st: 22:00 and 23:00 with
        // 500 + 250 = 750 each, 1500; on the 2nd: 00:00 with 500 + 250 + 300 = 1050.
        trigger(window, QStringLiteral("showHourlyTableAction"));
        QComboBox *environments = tablePage<HourlyUsageModel>(window)->environmentCombo();
        chooseWithKeys(environments, environments->findData(EnvironmentB));
        QCOMPARE(environments->currentData().toString(), EnvironmentB);
        const QString filteredPath = m_dir.filePath(QStringLiteral("filtered.csv"));
        exportCsv(window, filteredPath, QStringLiteral("&Day"), true);
        QVERIFY(!QTest::currentTestFailed());
        const QList<QHash<QString, QString>> filtered = csvRows(filteredPath);
        QCOMPARE(filtered.size(), 2);
        for (const QHash<QString, QString> &row : filtered)
            QCOMPARE(row.value(QStringLiteral("environment_id")), EnvironmentB);
        QCOMPARE(filtered.at(0).value(QStringLiteral("period_start_utc")), QStringLiteral("2026-10-01T00:00:00Z"));
        QCOMPARE(filtered.at(0).value(QStringLiteral("host_unit_hours")), QStringLiteral("1.5"));
        QCOMPARE(filtered.at(1).value(QStringLiteral("period_start_utc")), QStringLiteral("2026-10-02T00:00:00Z"));
        QCOMPARE(filtered.at(1).value(QStringLiteral("host_unit_hours")), QStringLiteral("1.05"));

        // The ZIP copy is byte-identical.
        const QString copyPath = m_dir.filePath(QStringLiteral("copy.zip"));
        trigger(window, QStringLiteral("saveZipCopyAction"));
        chooseFile(window, copyPath);
        QFile original(m_small);
        QFile copy(copyPath);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        // The chart as PNG and SVG.
        for (const QString &name : {QStringLiteral("chart.png"), QStringLiteral("chart.svg")}) {
            const QString path = m_dir.filePath(name);
            trigger(window, QStringLiteral("saveChartAction"));
            chooseFile(window, path);
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(name));
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
        window.show();
        QSignalSpy failed(&window, &MainWindow::importFailed);
        openThroughDialog(window, path);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("login.zip")));
        QVERIFY(!documentOf(window)->snapshot());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("exportCsvAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveZipCopyAction"))->isEnabled());
    }

    void downloadsFromTheDemoCluster()
    {
        const MainWindowOptions demo = options(true);
        MainWindow window(demo);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.findChild<DemoCluster *>());
        QCOMPARE(window.findChild<DateRangeWidget *>()->preset(), RangePreset::Last7Days);
        trigger(window, QStringLiteral("downloadAction"));
        // The download goes into the history, and the range asked of the cluster is shown from there.
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) { return !view.sources.isEmpty(); }));
        const OpenDocument *document = documentOf(window);
        const UsageSnapshotPtr store = document->snapshot();
        QCOMPARE(store->range()->hours(), 7 * 24);
        QVERIFY(store->gaps().isEmpty());
        QCOMPARE(document->expectedRange(), store->range());
        QVERIFY(document->exportPath().startsWith(demo.dataFolder));
        QVERIFY(QFileInfo::exists(document->exportPath()));
        QVERIFY(window.findChild<DownloadPanel *>()->isCompact());

        // Names from the cluster replace ids, on the pages too.
        const QString firstId = store->environmentIds().first();
        QTRY_VERIFY(!document->environmentNames().value(firstId).isEmpty());
        trigger(window, QStringLiteral("showHourlyTableAction"));
        QComboBox *environments = tablePage<HourlyUsageModel>(window)->environmentCombo();
        QCOMPARE(environments->itemText(environments->findData(firstId)), document->environmentNames().value(firstId));

        const QList<QPair<QString, QString>> pages = {
            {QStringLiteral("showOverviewAction"), QStringLiteral("overview.png")},
            {QStringLiteral("showChartsAction"), QStringLiteral("charts.png")},
            {QStringLiteral("showHourlyTableAction"), QStringLiteral("hourly.png")},
            {QStringLiteral("showHostsAction"), QStringLiteral("hosts.png")},
            {QStringLiteral("showExportDetailsAction"), QStringLiteral("details.png")}};
        auto *tabs = window.findChild<QTabWidget *>();
        for (int i = 0; i < pages.size(); ++i) {
            trigger(window, pages.at(i).first);
            QCOMPARE(tabs->currentIndex(), i);
            QTest::qWait(50);
            screenshot(&window, pages.at(i).second);
        }
    }

    void cancelsADownload()
    {
        const MainWindowOptions demo = options(true);
        MainWindow window(demo);
        window.show();
        window.findChild<DemoCluster *>()->queueFault(
            DemoFault::stall(10).forPath(QStringLiteral("/license/consumption")));
        const QDir exports(QDir(demo.dataFolder).filePath(QStringLiteral("exports")));
        const QStringList before = exports.entryList(QDir::Files);
        auto *panel = window.findChild<DownloadPanel *>();
        QSignalSpy cancelled(panel, &DownloadPanel::cancelled);
        trigger(window, QStringLiteral("downloadAction"));
        QTRY_VERIFY(panel->isRunning());
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelDownloadButton"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
        cancel->click();
        QVERIFY(cancelled.wait(10000));
        QVERIFY(!documentOf(window)->snapshot());
        QCOMPARE(exports.entryList(QDir::Files), before); // nothing half-written is left
    }

    void countsDownWhileTheClusterIsBusy()
    {
        MainWindow window(options(true));
        window.show();
        window.findChild<DemoCluster *>()->queueFault(
            DemoFault::httpStatus(429, "1", QStringLiteral("An export is already running"))
                .forPath(QStringLiteral("/license/consumption")));
        QSignalSpy countdown(window.findChild<DownloadPanel *>(), &DownloadPanel::retryCountdown);
        trigger(window, QStringLiteral("downloadAction"));
        QVERIFY(countdown.wait(10000));
        QVERIFY(countdown.first().first().toInt() >= 1);
        screenshot(&window, QStringLiteral("busy.png"));
        QVERIFY(waitForSnapshot(window));
    }

    void settingsAndAboutInTheMenus()
    {
        MainWindow window(options());
        window.show();
        auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        auto *aboutQt = window.findChild<QAction *>(QStringLiteral("aboutQtAction"));
        QVERIFY(settings && about && aboutQt);
        QCOMPARE(settings->shortcuts(), QKeySequence::keyBindings(QKeySequence::Preferences));
        QStringList menuTexts;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menu : menus) {
            if (menu->menu() && menu->menu()->actions().contains(settings))
                menuTexts << menu->text();
            if (menu->menu() && menu->menu()->actions().contains(aboutQt))
                QVERIFY(menu->menu()->actions().contains(about));
        }
        QCOMPARE(menuTexts, QStringList{QStringLiteral("&Edit")});

        about->trigger();
        QTRY_VERIFY(window.findChild<AboutDialog *>() && window.findChild<AboutDialog *>()->isVisible());
        window.findChild<AboutDialog *>()->close();
    }

    void changedRulesRecomputeTheOpenExport()
    {
        MainWindow window(options());
        window.show();
        openThroughDialog(window, m_small);
        QVERIFY(waitForSnapshot(window));
        const OpenDocument *document = documentOf(window);
        QVERIFY(document->snapshot()->rules().capInfrastructureAtOne);
        trigger(window, QStringLiteral("showHourlyTableAction")); // a table page catches up when shown
        TablePage *hourly = tablePage<HourlyUsageModel>(window);
        auto *model = qobject_cast<HourlyUsageModel *>(hourly->proxy()->sourceModel());
        const auto sum = [&](HourlyUsageModel::Column column) {
            return columnSum(hourly->view()->model(), model->sectionOf(column), HourlyUsageModel::SortRole);
        };
        QCOMPARE(sum(HourlyUsageModel::InfrastructureHostUnitsColumn), 3300.0); // 3 × 1000 + 300, capped
        QCOMPARE(sum(HourlyUsageModel::FullStackHostUnitsColumn), 6250.0);

        trigger(window, QStringLiteral("settingsAction"));
        auto *dialog = visibleChild<SettingsDialog>(window);
        QVERIFY(dialog);
        QCheckBox *cap = nullptr;
        const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes) {
            if (box->accessibleName() == QLatin1String("Cap Infrastructure-only hosts at 1 host unit"))
                cap = box;
        }
        QVERIFY(cap);
        cap->setChecked(false);
        const UsageSnapshotPtr capped = document->snapshot();
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(waitForSnapshot(window, capped));

        QCOMPARE(loadAppSettings(QSettings()).rules.capInfrastructureAtOne, false);
        QCOMPARE(document->snapshot()->rules().capInfrastructureAtOne, false);
        // Computed again from the history, not by reading the export again.
        QVERIFY(document->historyView());
        // Host 103 now counts 64 GiB: 4 × 0.3 = 1.2 host units: 3 × 1200 + 300 = 3900. Full-Stack is unchanged.
        QCOMPARE(sum(HourlyUsageModel::InfrastructureHostUnitsColumn), 3900.0);
        QCOMPARE(sum(HourlyUsageModel::FullStackHostUnitsColumn), 6250.0);
        QCOMPARE(sum(HourlyUsageModel::HostUnitsColumn), 10900.0); // 6250 + 3900 + 750
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
        QCOMPARE(window.findChild<DateRangeWidget *>()->preset(), RangePreset::ThisMonth);
    }

    void remembersRangeAndLayout()
    {
        {
            MainWindow window(options());
            window.show();
            window.findChild<DateRangeWidget *>()->setPreset(RangePreset::LastMonth);
            trigger(window, QStringLiteral("showHostsAction"));
            window.close();
        }
        MainWindow again(options());
        QCOMPARE(again.findChild<DateRangeWidget *>()->preset(), RangePreset::LastMonth);
        QCOMPARE(again.findChild<QTabWidget *>()->currentWidget(),
                 static_cast<QWidget *>(tablePage<HostsModel>(again)));
    }

    void openedExportIsShownFromTheHistory()
    {
        const MainWindowOptions own = withOwnHistory(QStringLiteral("history-open"));
        MainWindow window(own);
        window.resize(1280, 800);
        window.show();
        openThroughDialog(window, m_small);
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) { return !view.sources.isEmpty(); }));
        const OpenDocument *document = documentOf(window);
        const HistorySnapshot view = *document->historyView();

        // The export's three hours, 2026-10-01 22:00 to 2026-10-02 01:00, are what the range selects now.
        const HourRange hours{FirstHourMs, FirstHourMs + 3 * HourMs};
        QCOMPARE(view.range, hours);
        auto *dateRange = window.findChild<DateRangeWidget *>();
        QCOMPARE(dateRange->preset(), RangePreset::Custom);
        QCOMPARE(dateRange->range(), std::optional(hours));
        QVERIFY(comesFrom(view, {QStringLiteral("small.zip")}));
        QCOMPARE(view.sources.first().hoursInRange, 3);
        // The numbers are those worked out by hand for the file (see showsTotalsWorkedOutByHand).
        QCOMPARE(document->snapshot()->clusterTotal().hostUnitHoursMilli, 10300);
        QCOMPARE(document->snapshot()->clusterTotal().peakHostUnitsMilli, 4000);
        QVERIFY(document->snapshot()->gaps().isEmpty());

        // The history file is in the data folder, the export kept byte for byte beside it.
        QVERIFY(QFileInfo::exists(QDir(own.dataFolder).filePath(QStringLiteral("history.sqlite"))));
        QVERIFY(document->exportPath().startsWith(QDir(own.dataFolder).filePath(QStringLiteral("history-exports"))));
        QCOMPARE(fileBytes(document->exportPath()), fileBytes(m_small));

        // Export Details lists the export the range comes from.
        auto *details = window.findChild<ExportDetailsPage *>();
        QCOMPARE(details->sourceList()->topLevelItemCount(), 1);
        QCOMPARE(details->sourceList()->topLevelItem(0)->text(0), QStringLiteral("small.zip"));
        QCOMPARE(details->sourceList()->topLevelItem(0)->text(2), QLocale().toString(3));
        QCOMPARE(details->sourceList()->topLevelItem(0)->text(3), QStringLiteral("2026-10-01T22:00:00Z"));

        // A dropped export goes the same way.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_export)});
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        // Straight to the window: QApplication delivers a drop only during a drag it runs itself.
        static_cast<QObject &>(window).event(&drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(waitForHistoryView(
            window, [](const HistorySnapshot &shown) { return comesFrom(shown, {QStringLiteral("export.zip")}); }));
        QCOMPARE(documentOf(window)->historyView()->range.hours(), 72);

        // All history: both exports, one range across them, with the hours between them as a gap.
        dateRange->setCluster(QString());
        dateRange->setPreset(RangePreset::AllHistory);
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &shown) { return shown.sources.size() == 2; }));
        const HistorySnapshot all = *documentOf(window)->historyView();
        QVERIFY(comesFrom(all, {QStringLiteral("export.zip"), QStringLiteral("small.zip")}));
        // export.zip ends at 2026-10-01 00:00; small.zip begins at 22:00 that day.
        QCOMPARE(all.range, (HourRange{FirstHourMs - 22 * HourMs - 72 * HourMs, FirstHourMs + 3 * HourMs}));
        QCOMPARE(all.snapshot->gaps(), (QList<HourRange>{{FirstHourMs - 22 * HourMs, FirstHourMs}}));
        QVERIFY(window.windowTitle().contains(QStringLiteral("all clusters")));
        QCOMPARE(details->sourceList()->topLevelItemCount(), 2);
        QVERIFY(!details->logView()->isVisibleTo(details)); // two exports, two logs: none is shown
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveZipCopyAction"))->isEnabled());
    }

    void tablePagesCatchUpWhenShown()
    {
        MainWindow window(withOwnHistory(QStringLiteral("history-tables")));
        window.show();
        trigger(window, QStringLiteral("showOverviewAction"));
        openThroughDialog(window, m_small);
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) { return !view.sources.isEmpty(); }));
        // Sorting a year of rows is work for when the table is looked at, not while another page is.
        TablePage *hourly = tablePage<HourlyUsageModel>(window);
        TablePage *hosts = tablePage<HostsModel>(window);
        QCOMPARE(hourly->view()->model()->rowCount(), 0);
        QCOMPARE(hosts->view()->model()->rowCount(), 0);
        trigger(window, QStringLiteral("showHourlyTableAction"));
        QCOMPARE(hourly->view()->model()->rowCount(), 6);
        QCOMPARE(hosts->view()->model()->rowCount(), 0);
        trigger(window, QStringLiteral("showHostsAction"));
        QCOMPARE(hosts->view()->model()->rowCount(), 6);
        // Shown, a page follows every change at once.
        const UsageSnapshotPtr before = documentOf(window)->snapshot();
        window.findChild<DateRangeWidget *>()->setCustomRange(
            QDateTime::fromMSecsSinceEpoch(FirstHourMs, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(FirstHourMs + HourMs, QTimeZone::utc()));
        QVERIFY(waitForSnapshot(window, before));
        QCOMPARE(hosts->view()->model()->rowCount(), 5); // 22:00: 101, 102, 103, 201, 202
        QSettings().remove(QStringLiteral("range"));
    }

    void clusterSelectorChoosesWhatIsShown()
    {
        const MainWindowOptions own = withOwnHistory(QStringLiteral("history-clusters"));
        const QString one = m_dir.filePath(QStringLiteral("cluster-one.zip"));
        const QString two = m_dir.filePath(QStringLiteral("cluster-two.zip"));
        // c1: 2026-10-01 00:00 to 04:00; c2: 02:00 to 08:00.
        const qint64 midnight = FirstHourMs - 22 * HourMs;
        writeClusterExport(one, QStringLiteral("c1-cluster"), midnight, 4);
        writeClusterExport(two, QStringLiteral("c2-cluster"), midnight + 2 * HourMs, 6);
        MainWindow window(own);
        window.show();
        openThroughDialog(window, one);
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) { return !view.sources.isEmpty(); }));
        openThroughDialog(window, two);
        QVERIFY(waitForHistoryView(
            window, [](const HistorySnapshot &view) { return view.clusterUuid == QLatin1String("c2-cluster"); }));

        auto *dateRange = window.findChild<DateRangeWidget *>();
        QComboBox *selector = comboNamed(*dateRange, QStringLiteral("Cluster"));
        QVERIFY(selector);
        QTRY_VERIFY(selector->isVisible());
        QCOMPARE(selector->count(), 3);
        QCOMPARE(selector->currentData().toString(), QStringLiteral("c2-cluster"));

        dateRange->setPreset(RangePreset::AllHistory);
        QVERIFY(waitForHistoryView(window, [&](const HistorySnapshot &view) {
            return view.range == HourRange{midnight + 2 * HourMs, midnight + 8 * HourMs};
        }));
        // All clusters: 00:00 to 08:00, both exports; 0.25 host units in each of 4 + 6 hours.
        chooseWithKeys(selector, selector->findData(QString()));
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) { return view.clusterUuid.isEmpty(); }));
        HistorySnapshot view = *documentOf(window)->historyView();
        QCOMPARE(view.range, (HourRange{midnight, midnight + 8 * HourMs}));
        QCOMPARE(view.sources.size(), 2);
        QCOMPARE(view.snapshot->clusterTotal().hostUnitHoursMilli, 10 * 250);
        // c1 alone: its 4 hours.
        chooseWithKeys(selector, selector->findData(QStringLiteral("c1-cluster")));
        QVERIFY(waitForHistoryView(
            window, [](const HistorySnapshot &shown) { return shown.clusterUuid == QLatin1String("c1-cluster"); }));
        view = *documentOf(window)->historyView();
        QCOMPARE(view.range, (HourRange{midnight, midnight + 4 * HourMs}));
        QVERIFY(comesFrom(view, {QStringLiteral("cluster-one.zip")}));
        QCOMPARE(view.snapshot->clusterUuid(), QStringLiteral("c1-cluster"));
        QCOMPARE(view.snapshot->clusterTotal().hostUnitHoursMilli, 4 * 250);
        QSettings().remove(QStringLiteral("range"));
    }

    void restartShowsTheLastViewFromTheHistory()
    {
        const MainWindowOptions own = withOwnHistory(QStringLiteral("history-restart"));
        {
            MainWindow window(own);
            window.show();
            openThroughDialog(window, m_small);
            QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) { return !view.sources.isEmpty(); }));
            window.close();
        }
        // Started again: the same view, from the history alone. Nothing is downloaded or opened.
        MainWindow again(own);
        again.show();
        QVERIFY(waitForHistoryView(again));
        const HistorySnapshot view = *documentOf(again)->historyView();
        QCOMPARE(view.range, (HourRange{FirstHourMs, FirstHourMs + 3 * HourMs}));
        QVERIFY(comesFrom(view, {QStringLiteral("small.zip")}));
        QCOMPARE(view.snapshot->clusterTotal().hostUnitHoursMilli, 10300);
        auto *panel = again.findChild<DownloadPanel *>();
        QVERIFY(!panel->isRunning());
        QVERIFY(panel->isHidden());
        QVERIFY(!QDir(QDir(own.dataFolder).filePath(QStringLiteral("exports"))).exists());
        QCOMPARE(again.windowTitle(), QStringLiteral("License Usage Explorer — small.zip, 2026-10-01 to 2026-10-02"));
        QSettings().remove(QStringLiteral("range"));
    }

    void firstStartAddsTheEarlierExports()
    {
        // Before the history: two downloads in the data folder and one export opened from elsewhere.
        const MainWindowOptions own = withOwnHistory(QStringLiteral("history-first"));
        const QDir downloads(QDir(own.dataFolder).filePath(QStringLiteral("exports")));
        QVERIFY(downloads.mkpath(QStringLiteral(".")));
        QVERIFY(QFile::copy(m_small, downloads.filePath(QStringLiteral("small.zip"))));
        QVERIFY(QFile::copy(m_export, downloads.filePath(QStringLiteral("export.zip"))));
        const QString elsewhere = m_dir.filePath(QStringLiteral("opened-before.zip"));
        writeClusterExport(elsewhere, QStringLiteral("c3-cluster"), FirstHourMs + 48 * HourMs, 2);
        QSettings settings;
        const QVariant recent = settings.value(QStringLiteral("recentExports"));
        settings.setValue(QStringLiteral("recentExports"),
                          QStringList{elsewhere, downloads.filePath(QStringLiteral("small.zip"))});
        settings.remove(QStringLiteral("history/earlierExportsImported"));

        MainWindow window(own);
        window.show();
        QSignalSpy progress(window.history(), &HistoryService::ingestProgress);
        QTRY_VERIFY_WITH_TIMEOUT(QSettings().value(QStringLiteral("history/earlierExportsImported")).toBool(), 60000);
        // Each file once, with progress over the three.
        QCOMPARE(progress.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i);
            QCOMPARE(progress.at(i).at(1).toInt(), 3);
        }
        QSignalSpy exports(window.history(), &HistoryService::exportsReady);
        window.history()->requestExports();
        QVERIFY(exports.wait(10000));
        QStringList names;
        for (const StoredExport &stored : exports.first().first().value<QList<StoredExport>>())
            names.append(stored.originalName);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("export.zip"), QStringLiteral("opened-before.zip"),
                                     QStringLiteral("small.zip")}));

        // Only the first start does it.
        MainWindow second(own);
        QSignalSpy none(second.history(), &HistoryService::ingestProgress);
        QSignalSpy clusters(second.history(), &HistoryService::clustersReady);
        QVERIFY(clusters.wait(10000));
        QVERIFY(none.isEmpty());
        settings.setValue(QStringLiteral("recentExports"), recent);
    }

    void unusableHistoryIsExplainedAndExportsStillOpen()
    {
        const MainWindowOptions own = withOwnHistory(QStringLiteral("history-damaged"));
        QVERIFY(QDir().mkpath(own.dataFolder));
        const QString store = QDir(own.dataFolder).filePath(QStringLiteral("history.sqlite"));
        const QByteArray damaged(8192, 'x');
        {
            QFile file(store);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }
        MainWindow window(own);
        window.resize(1280, 800);
        window.show();
        auto *problem = window.findChild<QLabel *>(QStringLiteral("historyProblem"));
        QVERIFY(problem);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
        // One message: the file, and what to do next.
        QVERIFY2(problem->text().contains(QDir::toNativeSeparators(store)), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QStringLiteral("Settings")), qPrintable(problem->text()));
        screenshot(&window, QStringLiteral("history-unusable.png"));

        openThroughDialog(window, m_small);
        QVERIFY(waitForSnapshot(window));
        const OpenDocument *document = documentOf(window);
        QVERIFY(!document->historyView());
        QCOMPARE(document->exportPath(), m_small);
        QCOMPARE(document->snapshot()->clusterTotal().hostUnitHoursMilli, 10300);
        QCOMPARE(fileBytes(store), damaged); // left as it was
    }

    // A shared history that cannot be opened: a refused password, an unreachable server and a failed TLS
    // connection are each a sentence of their own, translated, naming the database and the next step.
    void postgresProblemsAreSentencesOfTheirOwn()
    {
        const QString database = QStringLiteral("team@db.example.com:5432/licenses");
        const QList<PostgresProblem> problems = {PostgresProblem::PasswordMissing, PostgresProblem::PasswordRefused,
                                                 PostgresProblem::Unreachable, PostgresProblem::Tls};
        QStringList english;
        for (const PostgresProblem problem : problems) {
            const QString text = MainWindow::postgresProblemText(problem, database);
            QVERIFY2(text.contains(database), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Settings")), qPrintable(text));
            english.append(text);
        }
        QCOMPARE(QSet<QString>(english.cbegin(), english.cend()).size(), problems.size());
        QVERIFY(english.at(1).contains(QStringLiteral("refused the password")));
        QVERIFY(english.at(2).contains(QStringLiteral("cannot be reached")));
        QVERIFY(english.at(3).contains(QStringLiteral("secure connection")));
        QCOMPARE(MainWindow::postgresProblemText(PostgresProblem::Other, database), QString());

        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/license-usage-explorer_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            QStringList translated;
            for (const PostgresProblem problem : problems)
                translated.append(MainWindow::postgresProblemText(problem, database));
            QCoreApplication::removeTranslator(&translator);
            for (int i = 0; i < problems.size(); ++i) {
                QVERIFY2(translated.at(i) != english.at(i), qPrintable(language + QLatin1Char(' ') + english.at(i)));
                QVERIFY2(translated.at(i).contains(database), qPrintable(translated.at(i)));
            }
        }
    }

    // The window's sentence for a shared history whose server does not answer (nothing listens on port 1).
    void unreachableSharedHistoryIsASentence()
    {
        const QString uri = QStringLiteral("postgresql://lue@127.0.0.1:1/lue?sslmode=disable&connect_timeout=3");
        QDir(QStringLiteral("postgresql:")).removeRecursively(); // left by a version that took the URI for a path
        {
            QSettings settings;
            AppSettings value;
            value.historyFile = uri;
            saveAppSettings(settings, value);
            settings.sync();
        }
        MainWindow window(withOwnHistory(QStringLiteral("history-unreachable")));
        window.resize(1280, 800);
        window.show();
        auto *problem = window.findChild<QLabel *>(QStringLiteral("historyProblem"));
        QVERIFY(problem);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
        QCOMPARE(window.history()->openProblem(), PostgresProblem::Unreachable);
        const QString sentence =
            MainWindow::postgresProblemText(PostgresProblem::Unreachable, QStringLiteral("lue@127.0.0.1:1/lue"));
        QVERIFY2(problem->text().contains(sentence), qPrintable(problem->text()));
        // No folder named after the URI appears anywhere.
        QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:")));
    }

    void historyPageShowsTheExportsAndForgetsOne()
    {
        const MainWindowOptions own = withOwnHistory(QStringLiteral("history-page"));
        // c3: 2026-10-01 00:00 to 04:00, then 06:00 to 08:00; 04:00 to 06:00 is a gap.
        const qint64 midnight = FirstHourMs - 22 * HourMs;
        const QString early = m_dir.filePath(QStringLiteral("c3-early.zip"));
        const QString late = m_dir.filePath(QStringLiteral("c3-late.zip"));
        writeClusterExport(early, QStringLiteral("c3-cluster"), midnight, 4);
        writeClusterExport(late, QStringLiteral("c3-cluster"), midnight + 6 * HourMs, 2);
        MainWindow window(own);
        window.show();
        HistoryPage *page = window.historyPage();
        QVERIFY(page);
        QTRY_VERIFY(page->isShowingEmptyState());
        openThroughDialog(window, early);
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) { return !view.sources.isEmpty(); }));
        openThroughDialog(window, late);
        trigger(window, QStringLiteral("showHistoryAction"));
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), page);

        QAbstractItemModel *exports = page->exportsModel();
        QTRY_COMPARE_WITH_TIMEOUT(exports->rowCount(), 2, 30000);
        QVERIFY(!page->isShowingEmptyState());
        const auto coverageIs = [page](const HourRange &extent, const QList<HourRange> &gaps) {
            const QList<ClusterCoverage> &coverage = page->coverageStrip()->coverage();
            return coverage.size() == 1 && coverage.first().clusterUuid == QLatin1String("c3-cluster") &&
                   coverage.first().extent == extent && coverage.first().gaps == gaps;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            coverageIs({midnight, midnight + 8 * HourMs}, {{midnight + 4 * HourMs, midnight + 6 * HourMs}}), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page->ingestLogModel()->rowCount(), 2, 30000);

        // Forget the later export: confirmed, carried out by the history, and the page follows.
        QTableView *view = page->exportsView();
        const QModelIndexList found =
            view->model()->match(view->model()->index(0, StoredExportsModel::FileColumn), Qt::DisplayRole,
                                 QStringLiteral("c3-late.zip"), 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        view->setCurrentIndex(found.first());
        QVERIFY(page->forgetAction()->isEnabled());
        page->forgetAction()->trigger();
        auto *confirm = page->findChild<QPushButton *>(QStringLiteral("confirmForgetButton"));
        QVERIFY(confirm);
        confirm->click();
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(exports->rowCount(), 1, 30000);
        QCOMPARE(exports->index(0, StoredExportsModel::FileColumn).data().toString(), QStringLiteral("c3-early.zip"));
        QTRY_VERIFY_WITH_TIMEOUT(coverageIs({midnight, midnight + 4 * HourMs}, {}), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page->ingestLogModel()->rowCount(), 1, 30000);

        // Rebuild: busy meanwhile, and the same export afterwards.
        page->rebuildButton()->click();
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(exports->rowCount(), 1, 30000);
        QSettings().remove(QStringLiteral("range"));
    }

    void answersFollowTheWindowAndReadTheQuotaFromTheCluster()
    {
        MainWindowOptions demo = options(true);
        demo.dataFolder = m_dir.filePath(QStringLiteral("answers"));
        MainWindow window(demo);
        window.show();
        auto *answers = window.findChild<AnswersPage *>(QStringLiteral("answersPage"));
        QVERIFY(answers);
        trigger(window, QStringLiteral("showAnswersAction"));
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), answers);
        // The answers take the window's range and where the license year begins.
        auto *range = window.findChild<DateRangeWidget *>();
        QTRY_VERIFY(range->range().has_value());
        QCOMPARE(answers->scope().range, range->range());
        QCOMPARE(answers->overagePage()->period()->range(), range->range());

        // "From the Cluster" reads the chosen profile's license: the demo cluster's 250 host units.
        QuotaField *quota = answers->overagePage()->quota();
        quota->fromClusterButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(quota->quota(), std::optional(250.0), 30000);
        QVERIFY(quota->noteLabel()->text().contains(QStringLiteral("Demo cluster")));
    }

    void syncsFromTheDemoCluster()
    {
        // A cluster new to the history: the sync reaches one day back.
        QSettings().setValue(QStringLiteral("settings/history/syncStartDays"), 1);
        MainWindowOptions demo = options(true);
        demo.dataFolder = m_dir.filePath(QStringLiteral("history-sync"));
        MainWindow window(demo);
        window.show();
        auto *sync = window.findChild<QAction *>(QStringLiteral("syncAction"));
        QVERIFY(sync);
        QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 30000);
        sync->trigger();
        QTRY_VERIFY(window.isSyncing());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSyncing(), 60000);

        // One chunk of the last 24 exportable hours, ingested and shown.
        HistoryPage *page = window.historyPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->exportsModel()->rowCount(), 1, 30000);
        QCOMPARE(page->exportsModel()->index(0, StoredExportsModel::HoursColumn).data(ItemRole::Sort).toInt(), 24);
        QVERIFY(waitForHistoryView(window, [](const HistorySnapshot &view) {
            return !view.clusterUuid.isEmpty() && view.range.hours() == 24 && view.sources.size() == 1;
        }));
        const QString cluster = documentOf(window)->historyView()->clusterUuid;
        // The cluster is named by the profile it was synced with.
        QTRY_VERIFY_WITH_TIMEOUT(page->coverageStrip()->coverage().size() == 1 &&
                                     page->coverageStrip()->coverage().first().clusterUuid == cluster &&
                                     page->coverageStrip()->coverage().first().label == QLatin1String("Demo cluster"),
                                 30000);
        QTRY_VERIFY(sync->isEnabled());

        // Again: nothing is lacking (unless an hour became exportable meanwhile), nothing is downloaded twice.
        sync->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSyncing(), 60000);
        QTest::qWait(100);
        QVERIFY(page->exportsModel()->rowCount() <= 2);
        const QList<HourRange> gaps = page->coverageStrip()->coverage().first().gaps;
        QVERIFY(gaps.isEmpty());
        QSettings().remove(QStringLiteral("range"));
    }

    void cancelsASync()
    {
        QSettings().setValue(QStringLiteral("settings/history/syncStartDays"), 1);
        MainWindowOptions demo = options(true);
        demo.dataFolder = m_dir.filePath(QStringLiteral("history-sync-cancel"));
        MainWindow window(demo);
        window.show();
        window.findChild<DemoCluster *>()->queueFault(
            DemoFault::stall(10).forPath(QStringLiteral("/license/consumption")));
        auto *sync = window.findChild<QAction *>(QStringLiteral("syncAction"));
        QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 30000);
        const QString idle = sync->text();
        sync->trigger();
        // The action cancels while the chunk is downloading.
        QTRY_VERIFY_WITH_TIMEOUT(window.isSyncing() && sync->text() != idle, 30000);
        QTest::qWait(200);
        sync->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSyncing(), 30000);
        QCOMPARE(sync->text(), idle);
        QTest::qWait(100);
        QCOMPARE(window.historyPage()->exportsModel()->rowCount(), 0);
        const QDir incoming(HistorySync::incomingFolder(window.history()->location().exportFolder));
        QCOMPARE(incoming.entryList({QStringLiteral("*.zip")}, QDir::Files), QStringList());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
