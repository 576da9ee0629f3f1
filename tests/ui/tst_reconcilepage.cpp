// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reconcile page over a real history in a temporary folder, filled from a small export written here: two days
// of one cluster (2026-10-01 and 02) without the hours 10:00 to 12:00 of the first, with a production environment
// and a trial one. The clock stands at 2026-10-03 00:30 and the license year starts in October, so the license
// period is the two days. Every figure checked is computed by hand in the comments. Set LUE_SCREENSHOT_DIR to keep
// a picture of the page there.

#include "answerframe.h"
#include "flatexport.h"
#include "models/reconciliationmodel.h"
#include "reconcilepage.h"

#include <application/historyservice.h>
#include <cluster/clusterlicensejob.h>
#include <common/timeutil.h>
#include <common/translations.h>
#include <history/historystore.h>
#include <report/reconciliation.h>

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

constexpr qint64 H0 = 1790812800000; // 2026-10-01T00:00:00Z
constexpr qint64 H = Time::HourMs;
constexpr qint64 GiB = 1024LL * 1024 * 1024;
constexpr int Hours = 48;

struct TestEnvironment
{
    QString id;
    qint64 memoryBytes = 0;
    int visits = 0;
    double ddus = 0.0;
    bool trial = false;
};

QByteArray hourJson(const QString &cluster, qint64 hourMs, const QList<TestEnvironment> &environments)
{
    QStringList entries;
    for (const TestEnvironment &environment : environments) {
        entries.append(QStringLiteral(R"({"environmentUuid": "%1", "visits": %2, "trial": %3,)"
                                      R"( "hostUsages": [{"osiId": %4, "hostMemoryBytes": %5}],)"
                                      R"( "davisDataUnits": [{"pool": "Metrics", "total": %6}]})")
                           .arg(environment.id)
                           .arg(environment.visits)
                           .arg(environment.trial ? QStringLiteral("true") : QStringLiteral("false"))
                           .arg(entries.size() + 1)
                           .arg(environment.memoryBytes)
                           .arg(environment.ddus));
    }
    return QStringLiteral(R"({"clusterUuid": "%1", "timeFrameStart": %2, "timeFrameEnd": %3,)"
                          R"( "environmentBillingEntries": [%4]})")
        .arg(cluster)
        .arg(hourMs)
        .arg(hourMs + H)
        .arg(entries.join(QLatin1Char(',')))
        .toUtf8();
}

// Every hour: e1 "Production" has one 16 GiB full-stack host (1 host unit), 4 visits (1 DEM unit at 0.25 a
// visit) and 1 DDU; e2, a trial, one 8 GiB host (0.5 host units) and 0.5 DDUs.
QList<TestEnvironment> environments()
{
    return {{QStringLiteral("e1"), 16 * GiB, 4, 1.0, false}, {QStringLiteral("e2"), 8 * GiB, 0, 0.5, true}};
}

bool isMissing(int hour)
{
    return hour >= 10 && hour <= 12;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList row(const QAbstractItemModel *model, int row)
{
    QStringList values;
    for (int column = 0; column < model->columnCount(); ++column)
        values.append(model->index(row, column).data().toString());
    return values;
}

// The cluster's license: 2 host units, 50 DEM units and 60 DDUs used, billed up to 2026-10-02 22:00.
ClusterLicense license(const QString &clusterId = QStringLiteral("c1"))
{
    ClusterLicense license;
    license.clusterId = clusterId;
    license.lastBillingTime = QStringLiteral("2026-10-02T22:00:00Z");
    license.hostUnits = {true, 10, 2, 20, 8, 0, QStringLiteral("OK")};
    license.demUnits = {true, 1000, 50, 5, 950, 0, QStringLiteral("OK")};
    license.davisDataUnits = {true, 1000, 60, 6, 940, 0, QStringLiteral("OK")};
    return license;
}

// Hand-computed from the export: 45 of the 48 hours are held. Host units 1.5 in every hour, so a peak of 1.5 and
// 45 × 1.5 = 67.5 host-unit hours; 45 DEM units; 45 × 1.5 = 67.5 DDUs. Against the license: 1.5 − 2 = −0.5
// (−25 %), 45 − 50 = −5 (−10 %), 67.5 − 60 = +7.5 (+12.5 %). Billed up to 22:00 of the second day: its hours
// 22:00 and 23:00 are late. The settings count a host after 10 active minutes instead of 5.
const QByteArray ExpectedFigures = "metric,estimate,billed,difference,difference_percent\n"
                                   "host_units_peak,1.5,2,-0.5,-25\n"
                                   "host_unit_hours,67.5,,,\n"
                                   "dem_units,45,50,-5,-10\n"
                                   "ddu,67.5,60,7.5,12.5\n"
                                   "\n"
                                   "reason,evidence\n"
                                   "period,2026-10-01T00:00:00Z/2026-10-03T00:00:00Z\n";
const QByteArray MissingHours = "missing_hours,3 hours missing: 2026-10-01 10:00 – 2026-10-01 12:00\n";
const QByteArray LateRecords = "late_records,2 hours of the history newer than the last billing time 2026-10-02 "
                               "22:00: 2026-10-02 22:00 – 2026-10-02 23:00\n";
const QByteArray TrialAndRules = "trial_environments,1 trial environment in the estimate: e2\n"
                                 "estimation_rules,minimum active minutes 10 instead of 5\n";

} // namespace

Q_DECLARE_METATYPE(LicenseCore::HistoryIngest)

class TestReconcilePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryService> m_service;

    static AnswerScope scope()
    {
        AnswerScope scope;
        scope.clusterUuid = QStringLiteral("c1");
        scope.range = HourRange{H0, H0 + Hours * H};
        scope.licenseYearStartMonth = 10;
        scope.rules.minimumActiveMs = 10 * Time::MinuteMs;
        return scope;
    }

    // The page over the test history at 2026-10-03 00:30, shown; `asked` is connected before it is.
    std::unique_ptr<ReconcilePage> shownPage(const AnswerScope &answerScope, QSignalSpy **asked = nullptr)
    {
        auto page = std::make_unique<ReconcilePage>();
        page->setClock(
            [] { return QDateTime::fromMSecsSinceEpoch(H0 + Hours * H + 30 * Time::MinuteMs, QTimeZone::utc()); });
        page->setHistory(m_service.get());
        page->setScope(answerScope);
        page->resize(1000, 640);
        if (asked)
            *asked = new QSignalSpy(page.get(), &AnswerPage::clusterLicenseRequested);
        QSignalSpy answered(page.get(), &AnswerPage::answered);
        page->show();
        [&] { QVERIFY(answered.wait(10000)); }();
        return page;
    }

    // The reconciliation as the command line makes it of the same history and inputs
    // (app/cli/reportreconcilecommand.cpp), in CSV.
    QByteArray commandLineCsv(const BilledUsage &billed)
    {
        const HourRange period{H0, H0 + Hours * H};
        const RuleSettings rules = scope().rules;
        QByteArray csv;
        QSignalSpy done(this, &TestReconcilePage::commandLineDone);
        m_service->read<QByteArray>(
            this,
            [period, rules, billed](const HistoryStore &store) {
                const Result<UsageSnapshotPtr> snapshot = store.snapshot(QStringLiteral("c1"), period, rules);
                if (!snapshot)
                    return QByteArray();
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                if (Reconciler::write(buffer, Reconciler::compute(*snapshot.value(), period, billed)).isError())
                    return QByteArray();
                return buffer.data();
            },
            [this, &csv](QByteArray bytes) {
                csv = bytes;
                Q_EMIT commandLineDone();
            });
        [&] { QVERIFY(done.wait(10000)); }();
        return csv;
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QByteArray folder = qgetenv("LUE_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QVERIFY(widget->grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name));
    }

Q_SIGNALS:
    void commandLineDone();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        LicenseCore::installTranslations(*QCoreApplication::instance());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QList<QByteArray> hours;
        for (int hour = 0; hour < Hours; ++hour) {
            if (!isMissing(hour))
                hours.append(hourJson(QStringLiteral("c1"), H0 + hour * H, environments()));
        }
        const QString file = m_dir->filePath(QStringLiteral("export.zip"));
        QVERIFY(TestFixture::writeFlatExport(file, H0 + (Hours + 3) * H, hours));

        m_service = std::make_unique<HistoryService>();
        QSignalSpy opened(m_service.get(), &HistoryService::opened);
        m_service->open(historyLocationOf(m_dir->filePath(QStringLiteral("history.sqlite"))));
        QVERIFY(opened.wait(10000));
        QVERIFY(!opened.first().first().value<Status>().isError());
        QSignalSpy ingested(m_service.get(), &HistoryService::ingested);
        m_service->ingest(file);
        QVERIFY(ingested.wait(20000));
        const auto ingest = ingested.first().first().value<HistoryIngest>();
        QVERIFY2(!ingest.error.isError(), qPrintable(ingest.error.message()));
        QCOMPARE(ingest.result.hoursAdded, Hours - 3);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_dir.reset();
    }

    void billedNextToEstimate_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("host units") << 0
                                    << QStringList{QStringLiteral("Host units (peak)"), QStringLiteral("1.5"),
                                                   QStringLiteral("2"), QStringLiteral("-0.5"),
                                                   QStringLiteral("-25.00 %")};
        // The cluster bills host units as a level: the hours have no billed value.
        QTest::newRow("host-unit hours") << 1
                                         << QStringList{QStringLiteral("Host-unit hours"), QStringLiteral("67.5"),
                                                        QString(), QString(), QString()};
        QTest::newRow("DEM units") << 2
                                   << QStringList{QStringLiteral("DEM units"), QStringLiteral("45"),
                                                  QStringLiteral("50"), QStringLiteral("-5"),
                                                  QStringLiteral("-10.00 %")};
        QTest::newRow("DDUs") << 3
                              << QStringList{QStringLiteral("DDUs"), QStringLiteral("67.5"), QStringLiteral("60"),
                                             QStringLiteral("+7.5"), QStringLiteral("+12.50 %")};
    }

    void billedNextToEstimate()
    {
        QFETCH(int, row);
        QFETCH(QStringList, cells);
        QSignalSpy *askedSpy = nullptr;
        auto page = shownPage(scope(), &askedSpy);
        std::unique_ptr<QSignalSpy> asked(askedSpy);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Shown for the first time, the page reads the billed usage; meanwhile it shows the estimate.
        QCOMPARE(asked->count(), 1);
        QVERIFY(!page->readButton()->isEnabled());
        QVERIFY(page->frame()->message()->text().contains(QLatin1String("being read")));

        QSignalSpy answered(page.get(), &AnswerPage::answered);
        page->setClusterLicense(license(), QStringLiteral("Production cluster"));
        QVERIFY(answered.wait(10000));
        QVERIFY(page->readButton()->isEnabled());
        QCOMPARE(page->model()->rowCount(), 4);
        QCOMPARE(::row(page->view()->model(), row), cells);
        for (int column = 0; column < ReconciliationModel::ColumnCount; ++column) {
            QVERIFY(!page->view()->isColumnHidden(column));
            // Every figure says how it was computed.
            QVERIFY2(!page->model()->index(row, column).data(Qt::ToolTipRole).toString().isEmpty(),
                     qPrintable(QString::number(column)));
        }
        QVERIFY2(page->frame()->message()->text().isEmpty(), qPrintable(page->frame()->message()->text()));
        QCOMPARE(page->frame()->headline()->text(),
                 QStringLiteral("The estimate for the license period 2026-10-01 00:00 to 2026-10-03 00:00 UTC (48 "
                                "hours) next to the usage Production cluster bills for it."));
        QVERIFY(page->frame()->estimateLabel()->isVisibleTo(page.get()));
        QVERIFY(page->frame()->methodLink()->isVisibleTo(page.get()));
        QVERIFY(page->frame()->methodText()->text().contains(QLatin1String("cluster c1")));
    }

    void reasonsAndCsv()
    {
        auto page = shownPage(scope());
        QSignalSpy answered(page.get(), &AnswerPage::answered);
        page->setClusterLicense(license(), QStringLiteral("Production cluster"));
        QVERIFY(answered.wait(10000));

        // The likely reasons, in the order the reconciliation names them, with their evidence and why they count.
        QStringList kinds;
        for (int i = 0; i < page->reasons()->count(); ++i) {
            kinds.append(page->reasons()->item(i)->data(Qt::UserRole).toString());
            QVERIFY(!page->reasons()->item(i)->toolTip().isEmpty());
        }
        QCOMPARE(kinds, QStringList({QStringLiteral("missing_hours"), QStringLiteral("late_records"),
                                     QStringLiteral("trial_environments"), QStringLiteral("estimation_rules")}));
        QCOMPARE(page->reasons()->item(0)->text(),
                 QStringLiteral("Hours missing from the history: 3 hours missing: 2026-10-01 10:00 – 2026-10-01 "
                                "12:00"));
        QCOMPARE(page->reasons()->item(3)->text(),
                 QStringLiteral("Estimation rules in Settings: minimum active minutes 10 instead of 5"));
        screenshot(page.get(), QStringLiteral("answers-reconcile.png"));

        // Save CSV writes the command line's CSV of the same inputs, byte for byte.
        const QString csv = m_dir->filePath(QStringLiteral("reconcile.csv"));
        QVERIFY(page->frame()->saveButton()->isEnabled());
        QVERIFY(page->frame()->saveCsv(csv));
        const QByteArray expected = ExpectedFigures + MissingHours + LateRecords + TrialAndRules;
        QCOMPARE(fileBytes(csv), expected);
        BilledUsage billed;
        billed.reachable = true;
        billed.hostUnits = 2;
        billed.demUnits = 50;
        billed.ddus = 60;
        billed.lastBillingMs = H0 + 46 * H;
        QCOMPARE(commandLineCsv(billed), expected);
    }

    void unreachable()
    {
        auto page = shownPage(scope());
        QSignalSpy answered(page.get(), &AnswerPage::answered);
        const QString problem = QStringLiteral("The license of Production cluster could not be read: Connection "
                                               "refused.");
        page->setClusterLicenseProblem(problem);
        QVERIFY(answered.wait(10000));

        // One plain sentence says so, and the estimate stands alone.
        QCOMPARE(page->frame()->message()->severity(), MessageWidget::Severity::Warning);
        QCOMPARE(page->frame()->message()->text(), problem + QStringLiteral(" The estimate is shown alone."));
        QCOMPARE(page->frame()->headline()->text(),
                 QStringLiteral("The estimate for the license period 2026-10-01 00:00 to 2026-10-03 00:00 UTC (48 "
                                "hours)."));
        QVERIFY(page->frame()->estimateLabel()->isVisibleTo(page.get()));
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY(!page->view()->isColumnHidden(ReconciliationModel::EstimateColumn));
        for (const int column : {ReconciliationModel::BilledColumn, ReconciliationModel::DifferenceColumn,
                                 ReconciliationModel::PercentColumn})
            QVERIFY(page->view()->isColumnHidden(column));
        QCOMPARE(page->model()->index(3, ReconciliationModel::EstimateColumn).data().toString(),
                 QStringLiteral("67.5"));
        QVERIFY(page->model()->index(3, ReconciliationModel::BilledColumn).data().toString().isEmpty());
        // Without a bill no record is late; the other reasons stand.
        QCOMPARE(page->reasons()->count(), 3);
        screenshot(page.get(), QStringLiteral("answers-reconcile-unreachable.png"));

        const QString csv = m_dir->filePath(QStringLiteral("reconcile-alone.csv"));
        QVERIFY(page->frame()->saveCsv(csv));
        const QByteArray expected = "metric,estimate,billed,difference,difference_percent\n"
                                    "host_units_peak,1.5,,,\n"
                                    "host_unit_hours,67.5,,,\n"
                                    "dem_units,45,,,\n"
                                    "ddu,67.5,,,\n"
                                    "\n"
                                    "reason,evidence\n"
                                    "period,2026-10-01T00:00:00Z/2026-10-03T00:00:00Z\n"
                                    "cluster_unreachable,The license of Production cluster could not be read: "
                                    "Connection refused.\n" +
                                    MissingHours + TrialAndRules;
        QCOMPARE(fileBytes(csv), expected);
        BilledUsage billed;
        billed.unreachableReason = problem;
        QCOMPARE(commandLineCsv(billed), expected);

        // Read again, the billed usage comes next to the estimate.
        QSignalSpy asked(page.get(), &AnswerPage::clusterLicenseRequested);
        page->readButton()->click();
        QCOMPARE(asked.count(), 1);
        page->setClusterLicense(license(), QStringLiteral("Production cluster"));
        QTRY_VERIFY(!page->view()->isColumnHidden(ReconciliationModel::BilledColumn));
        QTRY_COMPARE(page->model()->index(3, ReconciliationModel::BilledColumn).data().toString(),
                     QStringLiteral("60"));
    }

    void licenseOfAnotherCluster()
    {
        auto page = shownPage(scope());
        QSignalSpy answered(page.get(), &AnswerPage::answered);
        page->setClusterLicense(license(QStringLiteral("c2")), QStringLiteral("Other cluster"));
        QVERIFY(answered.wait(10000));
        QCOMPARE(page->frame()->message()->severity(), MessageWidget::Severity::Warning);
        QVERIFY(page->frame()->message()->text().contains(QLatin1String("another cluster")));
        QVERIFY(page->view()->isColumnHidden(ReconciliationModel::BilledColumn));
        QCOMPARE(page->model()->index(0, ReconciliationModel::EstimateColumn).data().toString(), QStringLiteral("1.5"));
    }

    void clusterFromTheHistory()
    {
        // Without a cluster chosen, the history's only cluster is reconciled.
        AnswerScope every = scope();
        every.clusterUuid.clear();
        auto page = shownPage(every);
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY(page->frame()->methodText()->text().contains(QLatin1String("cluster c1")));
    }

    void noHoursInThePeriod()
    {
        // On 2027-03-01 12:00 with the license year starting in January, the period is 2027 up to then (59 days
        // and 12 hours): the history holds none of it.
        AnswerScope later = scope();
        later.licenseYearStartMonth = 1;
        auto page = std::make_unique<ReconcilePage>();
        page->setClock([] { return QDateTime(QDate(2027, 3, 1), QTime(12, 0), QTimeZone::utc()); });
        page->setHistory(m_service.get());
        page->setScope(later);
        QSignalSpy answered(page.get(), &AnswerPage::answered);
        page->show();
        QVERIFY(answered.wait(10000));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!page->reasons()->isVisibleTo(page.get()));
        QVERIFY(!page->frame()->saveButton()->isEnabled());
        QCOMPARE(page->frame()->message()->text(),
                 QStringLiteral("The history holds no hours of cluster c1 in the license period 2027-01-01 00:00 to "
                                "2027-03-01 12:00 UTC (1,428 hours)."));
    }
};

QTEST_MAIN(TestReconcilePage)
#include "tst_reconcilepage.moc"
