// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The answer pages over a real history in a temporary folder, filled from a small export written here: ten days of
// one cluster with two environments, a quota crossed in three hours, and between the first and the last five days
// a host switched to infrastructure-only, one resized, one added and one removed. Every figure checked is computed
// by hand in the comments. Set LUE_SCREENSHOT_DIR to keep a picture of each page there.

#include "answerframe.h"
#include "answerspage.h"
#include "charts/divergingbarchart.h"
#include "churnpage.h"
#include "comparepage.h"
#include "flatexport.h"
#include "forecastpage.h"
#include "models/churnmodel.h"
#include "models/comparisonmodel.h"
#include "models/displayformat.h"
#include "models/hostsinhourmodel.h"
#include "models/overagemodel.h"
#include "overagepage.h"
#include "periodpicker.h"
#include "quotafield.h"

#include <application/historyservice.h>
#include <common/timeutil.h>
#include <common/translations.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

constexpr qint64 H0 = 1790812800000; // 2026-10-01T00:00:00Z
constexpr qint64 H = Time::HourMs;
constexpr qint64 GiB = 1024LL * 1024 * 1024;
constexpr int Days = 10;

struct TestHost
{
    qint64 osiId = 0;
    qint64 memoryBytes = 4 * GiB;
    bool infrastructureOnly = false;
};

struct TestEnvironment
{
    QString id;
    QList<TestHost> hosts;
    double dduMetrics = 0.0;
};

QByteArray hourJson(const QString &cluster, qint64 hourMs, const QList<TestEnvironment> &environments)
{
    QStringList entries;
    for (const TestEnvironment &environment : environments) {
        QStringList hosts;
        for (const TestHost &host : environment.hosts) {
            hosts.append(QStringLiteral(R"({"osiId": %1, "hostMemoryBytes": %2, "infrastructureOnly": %3})")
                             .arg(host.osiId)
                             .arg(host.memoryBytes)
                             .arg(host.infrastructureOnly ? QStringLiteral("true") : QStringLiteral("false")));
        }
        entries.append(QStringLiteral(R"({"environmentUuid": "%1", "visits": 0, "hostUsages": [%2],)"
                                      R"( "davisDataUnits": [{"pool": "Metrics", "total": %3}]})")
                           .arg(environment.id)
                           .arg(hosts.join(QLatin1Char(',')))
                           .arg(environment.dduMetrics));
    }
    return QStringLiteral(R"({"clusterUuid": "%1", "timeFrameStart": %2, "timeFrameEnd": %3,)"
                          R"( "environmentBillingEntries": [%4]})")
        .arg(cluster)
        .arg(hourMs)
        .arg(hourMs + H)
        .arg(entries.join(QLatin1Char(',')))
        .toUtf8();
}

// Hour `hour` (0 = 2026-10-01 00:00) of the test cluster. Host units: 16 GiB full-stack 1, 8 GiB 0.5, 32 GiB 2,
// 1 GiB 0.1, 16 GiB infrastructure-only 0.3.
//  e1 "Production": host 1 (16 GiB) always; host 2 (16 GiB) full-stack the first five days, infrastructure-only
//                   after; host 5 (1 GiB) only the last five days; DDUs 1 an hour.
//  e2 "Staging":    host 3 (8 GiB, 16 GiB the last five days); host 4 (32 GiB) only at 05:00, 06:00 and 07:00 of
//                   the first day; DDUs 0.5 an hour.
QList<TestEnvironment> environmentsAt(int hour)
{
    const bool later = hour >= 5 * 24;
    TestEnvironment e1{QStringLiteral("e1"), {{1, 16 * GiB}, {2, 16 * GiB, later}}, 1.0};
    if (later)
        e1.hosts.append({5, 1 * GiB});
    TestEnvironment e2{QStringLiteral("e2"), {{3, later ? 16 * GiB : 8 * GiB}}, 0.5};
    if (hour >= 5 && hour <= 7)
        e2.hosts.append({4, 32 * GiB});
    return {e1, e2};
}

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

QStringList row(const QAbstractItemModel *model, int row)
{
    QStringList values;
    for (int column = 0; column < model->columnCount(); ++column)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

Q_DECLARE_METATYPE(LicenseCore::HistoryIngest)

class TestAnswersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryService> m_service;

    AnswerScope scope() const
    {
        AnswerScope scope;
        scope.clusterUuid = QStringLiteral("c1");
        scope.range = HourRange{H0, H0 + Days * 24 * H};
        scope.environmentNames = {{QStringLiteral("e1"), QStringLiteral("Production")},
                                  {QStringLiteral("e2"), QStringLiteral("Staging")}};
        return scope;
    }

    // The Answers area over the test history, showing `answer`.
    std::unique_ptr<AnswersPage> answersPage(AnswersPage::Answer answer)
    {
        auto page = std::make_unique<AnswersPage>();
        page->setHistory(m_service.get());
        page->setScope(scope());
        page->showAnswer(answer);
        page->resize(1200, 720);
        return page;
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
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The English plural forms of the %n texts.
        LicenseCore::installTranslations(*QCoreApplication::instance());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QList<QByteArray> hours;
        for (int hour = 0; hour < Days * 24; ++hour)
            hours.append(hourJson(QStringLiteral("c1"), H0 + hour * H, environmentsAt(hour)));
        const QString file = m_dir->filePath(QStringLiteral("export.zip"));
        QVERIFY(TestFixture::writeFlatExport(file, H0 + (Days * 24 + 3) * H, hours));

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
        QCOMPARE(ingest.result.hoursAdded, Days * 24);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_dir.reset();
    }

    void overage()
    {
        auto answers = answersPage(AnswersPage::Answer::Overage);
        OveragePage *page = answers->overagePage();
        QAbstractItemModelTester hoursTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester hostsTester(page->hostsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(page, &AnswerPage::answered);
        answers->show();
        // Without a quota there is nothing to compute, and the page says what it needs.
        QVERIFY(answered.wait(10000));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->frame()->message()->text().contains(QLatin1String("quota")));
        QVERIFY(!page->frame()->saveButton()->isEnabled());

        QSignalSpy hostsShown(page, &OveragePage::hostsShown);
        page->quota()->edit()->setText(QStringLiteral("3"));
        QVERIFY(answered.wait(10000));
        // The cluster has 2 + 0.5 = 2.5 host units an hour in the first five days, 4.5 at 05:00 to 07:00 of the
        // first day (host 4 adds 2), 1 + 0.3 + 0.1 + 1 = 2.4 in the last five: three hours over 3, by 1.5 each.
        // Shares of 1.5 in proportion to 2 (e1) and 2.5 (e2) of 4.5: 0.667 and 0.833; Staging's is the bigger.
        QCOMPARE(page->model()->rowCount(), 3);
        const QAbstractItemModel *table = page->hoursView()->model();
        QCOMPARE(column(table, OverageModel::HourColumn),
                 QStringList({QStringLiteral("2026-10-01 05:00"), QStringLiteral("2026-10-01 06:00"),
                              QStringLiteral("2026-10-01 07:00")}));
        QCOMPARE(row(table, 0),
                 QStringList({QStringLiteral("2026-10-01 05:00"), QStringLiteral("4.5"), QStringLiteral("3"),
                              QStringLiteral("1.5"), QStringLiteral("Whole cluster"), QStringLiteral("0.833"),
                              QStringLiteral("0.667")}));
        QCOMPARE(table->headerData(OverageModel::FirstShareColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Staging share"));
        QCOMPARE(page->frame()->headline()->text(),
                 QStringLiteral("3 of 240 hours over the quota of 3 host units: 4.5 excess host-unit hours in all; "
                                "the peak was 4.5 host units."));
        QVERIFY(page->frame()->estimateLabel()->isVisibleTo(page));
        QVERIFY(page->frame()->methodLink()->isVisibleTo(page));
        QVERIFY(!page->frame()->methodText()->isVisibleTo(page));
        QVERIFY(!page->frame()->methodText()->text().isEmpty());
        // The link unfolds the method the result carries.
        Q_EMIT page->frame()->methodLink()->linkActivated(QStringLiteral("#method"));
        QVERIFY(page->frame()->methodText()->isVisibleTo(page));

        // The first hour is chosen: the hosts that ran then, the most host units first (ties by environment, host).
        QVERIFY(hostsShown.count() > 0 || hostsShown.wait(10000));
        QCOMPARE(column(page->hostsModel(), HostsInHourModel::HostColumn),
                 QStringList({QStringLiteral("HOST-0000000000000004"), QStringLiteral("HOST-0000000000000001"),
                              QStringLiteral("HOST-0000000000000002"), QStringLiteral("HOST-0000000000000003")}));
        QCOMPARE(column(page->hostsModel(), HostsInHourModel::HostUnitsColumn),
                 QStringList({QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0.5")}));
        QCOMPARE(page->hostsModel()->index(0, HostsInHourModel::EnvironmentColumn).data().toString(),
                 QStringLiteral("Staging"));
        screenshot(answers.get(), QStringLiteral("answers-overage.png"));

        // Save CSV writes what the table shows, in the command line's columns.
        const QString csv = m_dir->filePath(QStringLiteral("overage.csv"));
        QVERIFY(page->frame()->saveButton()->isEnabled());
        QVERIFY(page->frame()->saveCsv(csv));
        const QStringList lines = fileLines(csv);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("hour_start_utc,host_units,quota,excess_host_units,")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("2026-10-01T05:00:00Z,4.5,3,1.5,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("2026-10-01T07:00:00Z,4.5,3,1.5,")), qPrintable(lines.at(3)));
    }

    void newerRequestSupersedesOlder()
    {
        auto answers = answersPage(AnswersPage::Answer::Overage);
        OveragePage *page = answers->overagePage();
        QSignalSpy answered(page, &AnswerPage::answered);
        answers->show();
        QVERIFY(answered.wait(10000));
        answered.clear();

        // The store's thread waits at a gate, so both requests are out before either is answered.
        QSemaphore gate;
        m_service->read<int>(
            this,
            [&gate](const HistoryStore &) {
                gate.acquire();
                return 0;
            },
            [](int) {});
        page->quota()->edit()->setText(QStringLiteral("3"));
        QTRY_VERIFY(page->isComputing());
        QTRY_VERIFY(!page->isUpdatePending());
        page->quota()->edit()->setText(QStringLiteral("4"));
        QTRY_VERIFY(!page->isUpdatePending());
        gate.release();
        QVERIFY(answered.wait(10000));
        // Answers come in the order asked: the first (quota 3) came before and was dropped.
        QCOMPARE(answered.count(), 1);
        QCOMPARE(page->model()->index(0, OverageModel::ExcessColumn).data().toString(), QStringLiteral("0.5"));
        QCOMPARE(page->model()->index(0, OverageModel::QuotaColumn).data().toString(), QStringLiteral("4"));
    }

    void churn()
    {
        auto answers = answersPage(AnswersPage::Answer::Churn);
        ChurnPage *page = answers->churnPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->before()->setDays(QDate(2026, 10, 1), QDate(2026, 10, 5));
        page->after()->setDays(QDate(2026, 10, 6), QDate(2026, 10, 10));
        QSignalSpy answered(page, &AnswerPage::answered);
        answers->show();
        QVERIFY(answered.wait(10000));

        // Host-unit hours of 120 hours before and after:
        //  host 2: 1 × 120 = 120 → 0.3 × 120 = 36 (mode changed, -84)
        //  host 3: 0.5 × 120 = 60 → 1 × 120 = 120 (resized, +60)
        //  host 5: 0 → 0.1 × 120 = 12 (added, +12)
        //  host 4: 2 × 3 = 6 → 0 (removed, -6)
        //  host 1: 120 → 120 (unchanged)
        // In all 306 → 288. Biggest change first; unchanged hosts only when asked for.
        const QAbstractItemModel *table = page->view()->model();
        QCOMPARE(column(table, ChurnModel::HostColumn),
                 QStringList({QStringLiteral("HOST-0000000000000002"), QStringLiteral("HOST-0000000000000003"),
                              QStringLiteral("HOST-0000000000000005"), QStringLiteral("HOST-0000000000000004")}));
        QCOMPARE(row(table, 0),
                 QStringList({QStringLiteral("HOST-0000000000000002"), QStringLiteral("Production"),
                              QStringLiteral("Mode changed"), QStringLiteral("Full-Stack"),
                              QStringLiteral("Infrastructure"), QStringLiteral("1"), QStringLiteral("0.3"),
                              QStringLiteral("120"), QStringLiteral("36"), QStringLiteral("-84")}));
        QCOMPARE(row(table, 2), QStringList({QStringLiteral("HOST-0000000000000005"), QStringLiteral("Production"),
                                             QStringLiteral("Added"), QString(), QStringLiteral("Full-Stack"),
                                             QString(), QStringLiteral("0.1"), QStringLiteral("0"),
                                             QStringLiteral("12"), QStringLiteral("+12")}));
        QCOMPARE(column(table, ChurnModel::ChangeColumn),
                 QStringList({QStringLiteral("Mode changed"), QStringLiteral("Resized"), QStringLiteral("Added"),
                              QStringLiteral("Removed")}));
        QCOMPARE(page->frame()->headline()->text(),
                 QStringLiteral("Host-unit hours 306 → 288 (-18): 1 added, 1 removed, 1 changed mode, 1 resized, 1 "
                                "unchanged."));
        screenshot(answers.get(), QStringLiteral("answers-churn.png"));

        const QString changed = m_dir->filePath(QStringLiteral("churn.csv"));
        QVERIFY(page->frame()->saveCsv(changed));
        QStringList lines = fileLines(changed);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("host_id,environment_id,change,mode_before,mode_after,"
                                                      "host_units_before,host_units_after,host_unit_hours_before,"
                                                      "host_unit_hours_after")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(
                     QLatin1String("HOST-0000000000000002,e1,mode_changed,full_stack,infrastructure,1,0.3,120,36")),
                 qPrintable(lines.at(1)));

        // Filtered by change; all hosts include the unchanged one, in the table and in the CSV.
        page->setChangeFilter(HostChange::Added);
        QCOMPARE(column(table, ChurnModel::HostColumn), QStringList({QStringLiteral("HOST-0000000000000005")}));
        page->setChangeFilter(HostChange::Unchanged);
        QCOMPARE(column(table, ChurnModel::HostColumn), QStringList({QStringLiteral("HOST-0000000000000001")}));
        page->changeFilter()->setCurrentIndex(page->changeFilter()->findData(-1));
        QCOMPARE(table->rowCount(), 5);
        const QString all = m_dir->filePath(QStringLiteral("churn-all.csv"));
        QVERIFY(page->frame()->saveCsv(all));
        lines = fileLines(all);
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.at(5).startsWith(QLatin1String("HOST-0000000000000001,e1,unchanged,")), qPrintable(lines.at(5)));
    }

    void compare()
    {
        auto answers = answersPage(AnswersPage::Answer::Compare);
        ComparePage *page = answers->comparePage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->before()->setDays(QDate(2026, 10, 1), QDate(2026, 10, 5));
        page->after()->setDays(QDate(2026, 10, 6), QDate(2026, 10, 10));
        QSignalSpy answered(page, &AnswerPage::answered);
        answers->show();
        QVERIFY(answered.wait(10000));

        // Host-unit hours (see churn): e1 240 → 168 (-72, -30 %), e2 66 → 120 (+54, +81.8 %), all 306 → 288
        // (-18, -5.9 %).
        const QAbstractItemModel *table = page->view()->model();
        QCOMPARE(page->metricBox()->currentData().toString(), QStringLiteral("host_unit_hours"));
        QCOMPARE(table->rowCount(), 3);
        QStringList rows;
        for (int i = 0; i < table->rowCount(); ++i)
            rows.append(row(table, i).join(QLatin1Char('|')));
        rows.sort();
        QCOMPARE(rows,
                 QStringList({QStringLiteral("All environments|Host-unit hours (est.)|306.00|288.00|-18.00|-5.9 %"),
                              QStringLiteral("Production|Host-unit hours (est.)|240.00|168.00|-72.00|-30.0 %"),
                              QStringLiteral("Staging|Host-unit hours (est.)|66.00|120.00|+54.00|+81.8 %")}));
        // The chart: the total first, then the biggest increase.
        const QList<DivergingBar> &bars = page->chart()->bars();
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars.at(0).label, QStringLiteral("All environments"));
        QCOMPARE(bars.at(0).value, -18.0);
        QCOMPARE(bars.at(1).label, QStringLiteral("Staging"));
        QCOMPARE(bars.at(1).valueText, QStringLiteral("+54.00 (+81.8 %)"));
        QCOMPARE(bars.at(2).value, -72.0);

        // Peak host units: 4.5 before (05:00 of the first day), 2.4 after, for all; DDUs unchanged (e1 120).
        page->setMetric(QStringLiteral("peak_host_units"));
        QCOMPARE(page->chart()->bars().at(0).value, 2.4 - 4.5);
        page->setMetric(QStringLiteral("ddu_total"));
        QCOMPARE(page->chart()->bars().at(0).valueText, QStringLiteral("0.00 (0.0 %)"));
        page->setMetric(QStringLiteral("host_unit_hours"));
        screenshot(answers.get(), QStringLiteral("answers-compare.png"));

        const QString csv = m_dir->filePath(QStringLiteral("compare.csv"));
        QVERIFY(page->frame()->saveCsv(csv));
        const QStringList lines = fileLines(csv);
        QCOMPARE(lines.at(0),
                 QStringLiteral("environment_id,environment_name,metric,before,after,change,change_percent"));
        QVERIFY2(lines.contains(QStringLiteral("e1,Production,host_unit_hours,240,168,-72,-30")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    // Every header says what its column holds, and every estimated figure says so and names its rule with the
    // rules it was computed with (other than the defaults, so a model that ignores them fails).
    void toolTipsNameTheirRules_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("metric"); // the comparison's row
        QTest::addColumn<QString>("rule");   // in the cell's tooltip; empty: not an estimate

        RuleSettings rules;
        rules.minimumActiveMs = 7 * Time::MinuteMs;
        rules.demVisitWeight = 0.5;
        const QString hostUnits = DisplayFormat::hostUnitRule(rules);
        const QString demUnits = DisplayFormat::demUnitRule(rules);
        for (int column = 0; column < ChurnModel::ColumnCount; ++column) {
            const bool estimated = column >= ChurnModel::HostUnitsBeforeColumn;
            QTest::addRow("churn %d", column)
                << QStringLiteral("churn") << column << QString() << (estimated ? hostUnits : QString());
        }
        for (int column = 0; column < HostsInHourModel::ColumnCount; ++column) {
            const bool estimated = column == HostsInHourModel::HostUnitsColumn;
            QTest::addRow("hosts %d", column)
                << QStringLiteral("hosts") << column << QString() << (estimated ? hostUnits : QString());
        }
        const QList<std::pair<QString, QString>> metrics = {
            {QStringLiteral("host_unit_hours"), hostUnits},
            {QStringLiteral("peak_host_units"), hostUnits},
            {QStringLiteral("dem_units"), demUnits},
            {QStringLiteral("ddu_total"), QString()},
            {QStringLiteral("ddu_metrics"), QString()},
            {QStringLiteral("sessions"), QString()},
            {QStringLiteral("log_upload_bytes"), QString()},
            {QStringLiteral("log_storage_peak_bytes"), QString()},
            {QStringLiteral("log_storage_average_bytes"), QString()},
        };
        for (const auto &[metric, rule] : metrics) {
            for (int column = 0; column < ComparisonModel::ColumnCount; ++column)
                QTest::addRow("compare %s %d", qPrintable(metric), column)
                    << QStringLiteral("compare") << column << metric << rule;
        }
    }

    void toolTipsNameTheirRules()
    {
        QFETCH(QString, model);
        QFETCH(int, column);
        QFETCH(QString, metric);
        QFETCH(QString, rule);
        RuleSettings rules;
        rules.minimumActiveMs = 7 * Time::MinuteMs;
        rules.demVisitWeight = 0.5;

        std::unique_ptr<QAbstractItemModel> table;
        QString estimateMark; // where the table says "est."
        if (model == QLatin1String("churn")) {
            auto churn = std::make_unique<ChurnModel>();
            ChurnResult result;
            result.rows.push_back({QStringLiteral("e1"), 5, HostChange::Resized, HostMode::FullStack,
                                   HostMode::FullStack, 1000, 2000, 24000, 48000});
            churn->setRules(rules);
            churn->setResult(result);
            estimateMark = churn->headerData(column, Qt::Horizontal).toString();
            table = std::move(churn);
        } else if (model == QLatin1String("hosts")) {
            auto hosts = std::make_unique<HostsInHourModel>();
            hosts->setHosts(0, {{QStringLiteral("e1"), 5, HostMode::FullStack, 16LL << 30, 1000}});
            hosts->setRules(rules);
            estimateMark = hosts->headerData(column, Qt::Horizontal).toString();
            table = std::move(hosts);
        } else {
            auto comparison = std::make_unique<ComparisonModel>();
            ComparisonResult result;
            result.rows.push_back({QStringLiteral("e1"), metric, 2, 3});
            comparison->setResult(result);
            comparison->setRules(rules);
            estimateMark = ComparisonModel::metricText(metric);
            table = std::move(comparison);
        }
        QAbstractItemModelTester tester(table.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QString headerTip = table->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(!headerTip.isEmpty(), "every header says what its column holds");
        if (model == QLatin1String("compare") && column == ComparisonModel::EnvironmentColumn)
            return; // its cells name the environment
        const QString cellTip = table->index(0, column).data(Qt::ToolTipRole).toString();
        if (rule.isEmpty()) {
            QVERIFY2(!estimateMark.contains(QLatin1String("(est.)")), qPrintable(estimateMark));
            QVERIFY2(!cellTip.startsWith(QLatin1String("Estimated")), qPrintable(cellTip));
            if (model == QLatin1String("compare"))
                QVERIFY2(cellTip.startsWith(QLatin1String("As the exports report")), qPrintable(cellTip));
            return;
        }
        QVERIFY2(estimateMark.contains(QLatin1String("(est.)")), qPrintable(estimateMark));
        if (model != QLatin1String("compare"))
            QVERIFY2(headerTip.startsWith(QLatin1String("Estimated")), qPrintable(headerTip));
        QVERIFY2(cellTip.startsWith(QLatin1String("Estimated")), qPrintable(cellTip));
        QVERIFY2(cellTip.contains(rule), qPrintable(cellTip));
    }

    void forecast()
    {
        auto answers = answersPage(AnswersPage::Answer::Forecast);
        ForecastPage *page = answers->forecastPage();
        page->setMetric(ForecastMetric::Ddus);
        page->period()->setDays(QDate(2026, 10, 1), QDate(2026, 10, 31));
        page->quota()->edit()->setText(QStringLiteral("1000"));
        QSignalSpy answered(page, &AnswerPage::answered);
        answers->show();
        QVERIFY(answered.wait(10000));

        // 1.5 DDUs an hour, 36 a day, for ten complete days: 360 consumed, 21 days left of October, so
        // 360 + 21 × 36 = 1,116 at its end, 111.6 % of 1,000; reached after 640 / 36 = 17.8 more days, on the 28th.
        // The daily values do not vary: the band is the projection itself.
        QVERIFY2(page->frame()->message()->text().isEmpty(), qPrintable(page->frame()->message()->text()));
        QCOMPARE(page->figure(QStringLiteral("consumed"))->text(), QStringLiteral("360.00 DDUs up to 2026-10-10"));
        QCOMPARE(page->figure(QStringLiteral("rate"))->text(),
                 QStringLiteral("36.00 DDUs a day on average (± 0.00) over the last 10 days"));
        QCOMPARE(page->figure(QStringLiteral("projected"))->text(), QStringLiteral("1,116.00 DDUs on 2026-10-31"));
        QCOMPARE(page->figure(QStringLiteral("band"))->text(), QStringLiteral("1,116.00 to 1,116.00"));
        QCOMPARE(page->figure(QStringLiteral("percent"))->text(), QStringLiteral("111.6 % of 1,000.00 DDUs"));
        QCOMPARE(page->figure(QStringLiteral("reached"))->text(), QStringLiteral("on 2026-10-28, at the current rate"));
        // Every figure says how it is computed.
        for (const char *name : {"consumed", "rate", "projected", "band", "percent", "reached", "data"})
            QVERIFY2(!page->figure(QLatin1String(name))->toolTip().isEmpty(), name);
        // The method is shown on the page, not only behind the link.
        QVERIFY(page->frame()->methodText()->isVisibleTo(page));
        QCOMPARE(page->frame()->methodText()->text(), page->result()->method);
        QVERIFY(page->frame()->estimateLabel()->isVisibleTo(page));
        screenshot(answers.get(), QStringLiteral("answers-forecast.png"));

        const QString csv = m_dir->filePath(QStringLiteral("forecast.csv"));
        QVERIFY(page->frame()->saveCsv(csv));
        const QStringList lines = fileLines(csv);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith(QLatin1String("ddu,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,"
                                                      "2026-10-11T00:00:00Z,10,10,360,36,0,21,1116,1116,1116,1000,")),
                 qPrintable(lines.at(1)));
    }

    void forecastRefusesFewDays()
    {
        auto answers = answersPage(AnswersPage::Answer::Forecast);
        ForecastPage *page = answers->forecastPage();
        page->setMetric(ForecastMetric::Ddus);
        // A license period from 6 October: five complete days of data.
        page->period()->setDays(QDate(2026, 10, 6), QDate(2026, 11, 5));
        QSignalSpy answered(page, &AnswerPage::answered);
        answers->show();
        QVERIFY(answered.wait(10000));

        QVERIFY(page->result().has_value());
        QCOMPARE(page->result()->refusal, ForecastRefusal::TooFewDays);
        QCOMPARE(page->frame()->message()->severity(), MessageWidget::Severity::Warning);
        QCOMPARE(page->frame()->message()->text(), page->result()->refusalText);
        QVERIFY(page->frame()->message()->text().contains(QLatin1String("needs at least 7")));
        QVERIFY(page->figure(QStringLiteral("projected"))->text().isEmpty());
        QCOMPARE(page->figure(QStringLiteral("consumed"))->text(), QStringLiteral("180.00 DDUs up to 2026-10-10"));
        QVERIFY(page->frame()->methodText()->isVisibleTo(page));
        // What is consumed so far is an estimate, refusal or not.
        QVERIFY(page->frame()->estimateLabel()->isVisibleTo(page));
        QVERIFY(!page->frame()->saveButton()->isEnabled());
        screenshot(answers.get(), QStringLiteral("answers-forecast-refused.png"));
    }

    void quotaFromTheCluster()
    {
        auto answers = answersPage(AnswersPage::Answer::Overage);
        OveragePage *page = answers->overagePage();
        answers->show();
        QSignalSpy asked(answers.get(), &AnswersPage::clusterLicenseRequested);
        page->quota()->fromClusterButton()->click();
        QCOMPARE(asked.count(), 1);
        QVERIFY(!page->quota()->fromClusterButton()->isEnabled());

        ClusterLicense license;
        license.hostUnits.present = true;
        license.hostUnits.quota = 3;
        license.demUnits.present = true;
        license.demUnits.quota = 5000;
        answers->setClusterLicense(license, QStringLiteral("Production cluster"));
        QCOMPARE(page->quota()->quota(), std::optional(3.0));
        QCOMPARE(page->quota()->noteLabel()->text(), QStringLiteral("From the license of Production cluster."));
        QVERIFY(page->quota()->fromClusterButton()->isEnabled());
        // Only the page that asked takes the quota.
        QCOMPARE(answers->forecastPage()->quota()->quota(), std::nullopt);

        page->quota()->fromClusterButton()->click();
        answers->setClusterLicenseProblem(QStringLiteral("The cluster cannot be reached."));
        QCOMPARE(page->quota()->noteLabel()->text(), QStringLiteral("The cluster cannot be reached."));
        QCOMPARE(page->quota()->quota(), std::optional(3.0));

        // A license without a host-unit quota leaves the number typed.
        page->quota()->fromClusterButton()->click();
        answers->setClusterLicense(ClusterLicense(), QStringLiteral("Production cluster"));
        QCOMPARE(page->quota()->quota(), std::optional(3.0));
        QVERIFY(page->quota()->noteLabel()->text().contains(QLatin1String("no quota")));
    }

    void environmentQuotasFromTheCluster()
    {
        auto answers = answersPage(AnswersPage::Answer::Overage);
        OveragePage *page = answers->overagePage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(page, &AnswerPage::answered);
        answers->show();
        QVERIFY(answered.wait(10000));

        // Quotas that come without being asked for are not taken.
        answers->setEnvironmentQuotas({{QStringLiteral("e2"), 2}});
        QVERIFY(page->environmentQuotas().isEmpty());

        page->quota()->fromClusterButton()->click();
        ClusterLicense license;
        license.hostUnits.present = true;
        license.hostUnits.quota = 5;
        answers->setClusterLicense(license, QStringLiteral("Production cluster"));
        QVERIFY(answered.wait(10000));
        // The cluster peaks at 4.5 host units, under its 5: no hour over it.
        QCOMPARE(page->model()->rowCount(), 0);

        // Staging (e2) has a quota of 2 and 2.5 host units at 05:00, 06:00 and 07:00 of the first day (0.5 or 1
        // otherwise): three hours over it by 0.5, 1.5 excess host-unit hours. Production (e1) has no quota of its
        // own and never appears.
        answers->setEnvironmentQuotas({{QStringLiteral("e2"), 2}});
        QVERIFY(answered.wait(10000));
        QCOMPARE(page->model()->rowCount(), 3);
        const QAbstractItemModel *table = page->hoursView()->model();
        QCOMPARE(column(table, OverageModel::ScopeColumn),
                 QStringList({QStringLiteral("Staging"), QStringLiteral("Staging"), QStringLiteral("Staging")}));
        QCOMPARE(row(table, 0),
                 QStringList({QStringLiteral("2026-10-01 05:00"), QStringLiteral("2.5"), QStringLiteral("2"),
                              QStringLiteral("0.5"), QStringLiteral("Staging"), QStringLiteral("0.500")}));
        QCOMPARE(page->frame()->headline()->text(),
                 QStringLiteral("None of the 240 hours checked exceeds the quota of 5 host units; the peak was 4.5. "
                                "Environments over a quota of their own: 1 of 1, with 1.5 excess host-unit hours."));
        const QString csv = m_dir->filePath(QStringLiteral("overage-environments.csv"));
        QVERIFY(page->frame()->saveCsv(csv));
        QCOMPARE(fileLines(csv),
                 QStringList({QStringLiteral("hour_start_utc,host_units,quota,excess_host_units,scope,environment_id,"
                                             "excess_e1,excess_e2"),
                              QStringLiteral("2026-10-01T05:00:00Z,2.5,2,0.5,environment,e2,0,0.5"),
                              QStringLiteral("2026-10-01T06:00:00Z,2.5,2,0.5,environment,e2,0,0.5"),
                              QStringLiteral("2026-10-01T07:00:00Z,2.5,2,0.5,environment,e2,0,0.5")}));

        // A quota typed in is the cluster's alone, as with --quota.
        page->quota()->edit()->setText(QStringLiteral("4"));
        QVERIFY(answered.wait(10000));
        QCOMPARE(column(table, OverageModel::ScopeColumn),
                 QStringList({QStringLiteral("Whole cluster"), QStringLiteral("Whole cluster"),
                              QStringLiteral("Whole cluster")}));
    }
};

QTEST_MAIN(TestAnswersPage)
#include "tst_answerspage.moc"
