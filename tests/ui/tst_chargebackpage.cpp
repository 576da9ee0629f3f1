// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargebackpage.h"
#include "models/costcentremodel.h"
#include "models/ratecardmodel.h"

#include <application/historyservice.h>
#include <common/timeutil.h>
#include <history/historystore.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

// One hour of env-a with one full-stack host of 8 GiB: 0.5 host units.
QByteArray hourFile(const QString &hour)
{
    const qint64 start = *Time::parseIsoUtc(hour);
    return QStringLiteral(R"({"clusterUuid": "cluster-1", "timeFrameStart": %1, "timeFrameEnd": %2,
        "environmentBillingEntries": [{"environmentUuid": "env-a", "trial": false, "hostUsages": [
        {"osiId": 7, "infrastructureOnly": false, "paas": false, "hostMemoryBytes": 8589934592}]}]})")
        .arg(start)
        .arg(start + Time::HourMs)
        .toUtf8();
}

// January 0.05 per host-unit hour, February 0.10.
RateCard twoMonths()
{
    return RateCard::parse(R"({"currency": "EUR", "rates": [{"from": "2025-01", "hostUnitHour": 0.05},
                                                             {"from": "2025-02", "hostUnitHour": 0.10}]})")
        .value();
}

} // namespace

class TestChargebackPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateCardModelEdits_data();
    void rateCardModelEdits();
    void costCentreModelTagAndManual();
    void statementsFromTheHistory();
};

void TestChargebackPage::rateCardModelEdits_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown");

    QTest::newRow("month") << int(RateCardModel::FromColumn) << QStringLiteral("2025-07") << true
                           << QStringLiteral("2025-07");
    QTest::newRow("not a month") << int(RateCardModel::FromColumn) << QStringLiteral("2025-13") << false
                                 << QStringLiteral("2025-01");
    QTest::newRow("price") << int(RateCardModel::DduColumn) << QStringLiteral("0.0015") << true
                           << QStringLiteral("0.0015");
    QTest::newRow("negative price") << int(RateCardModel::DduColumn) << QStringLiteral("-1") << false
                                    << QStringLiteral("0");
    QTest::newRow("pools") << int(RateCardModel::DduPoolsColumn) << QStringLiteral("Log=0.002; Events = 0.5") << true
                           << QStringLiteral("Events=0.5; Log=0.002");
    QTest::newRow("pools without price") << int(RateCardModel::DduPoolsColumn) << QStringLiteral("Log") << false
                                         << QString();
}

void TestChargebackPage::rateCardModelEdits()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);

    RateCardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCard(twoMonths());
    QSignalSpy changed(&model, &RateCardModel::cardChanged);
    QCOMPARE(model.setData(model.index(0, column), value), accepted);
    QCOMPARE(changed.size(), accepted ? 1 : 0);
    QCOMPARE(model.index(0, column).data().toString(), shown);
    model.addVersion();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, RateCardModel::FromColumn).data().toString(), QStringLiteral("2025-03"));
    model.removeVersion(2);
    QCOMPARE(model.rowCount(), 2);
}

void TestChargebackPage::costCentreModelTagAndManual()
{
    CostCentreModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironments({{QStringLiteral("env-a"), QStringLiteral("Shop"), {QStringLiteral("costcenter:web")}},
                           {QStringLiteral("env-b"), QString(), {}}});
    auto shown = [&model](int row) -> QString {
        return model.index(row, CostCentreModel::CostCentreColumn).data().toString() + QLatin1Char('/') +
               model.index(row, CostCentreModel::SourceColumn).data().toString();
    };
    QCOMPARE(shown(0), QStringLiteral("web/Tag"));
    QCOMPARE(shown(1), QStringLiteral("Unallocated/None"));

    QSignalSpy changed(&model, &CostCentreModel::mappingChanged);
    QVERIFY(model.setData(model.index(0, CostCentreModel::CostCentreColumn), QStringLiteral("ops")));
    QCOMPARE(shown(0), QStringLiteral("ops/Manual"));
    QCOMPARE(model.manual().size(), 1);
    QVERIFY(!(model.flags(model.index(0, CostCentreModel::NameColumn)) & Qt::ItemIsEditable));
    // Cleared: back to the tag.
    QVERIFY(model.setData(model.index(0, CostCentreModel::CostCentreColumn), QString()));
    QCOMPARE(shown(0), QStringLiteral("web/Tag"));
    model.setTagKey(QStringLiteral("team"));
    QCOMPARE(shown(0), QStringLiteral("Unallocated/None"));
    QCOMPARE(changed.size(), 3);
}

void TestChargebackPage::statementsFromTheHistory()
{
    QTemporaryDir dir;
    const HistoryLocation location{dir.filePath(QStringLiteral("history.sqlite")),
                                   dir.filePath(QStringLiteral("kept"))};
    {
        HistoryStore store;
        QVERIFY(!store.open(location.storePath, location.exportFolder).isError());
        for (const QString &hour : {QStringLiteral("2025-01-31T23:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z")}) {
            const QString path = dir.filePath(hour.left(13) + QStringLiteral(".json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(hourFile(hour));
            file.close();
            QVERIFY(store.ingest(path).ok());
        }
        QVERIFY(
            !store
                 .storeEnvironments(
                     QStringLiteral("cluster-1"),
                     {{QStringLiteral("env-a"), QStringLiteral("Shop"), {QStringLiteral("costcenter:web")}, false, 0}})
                 .isError());
    }

    HistoryService service;
    ChargebackPage page(&service);
    QSignalSpy opened(&service, &HistoryService::opened);
    service.open(location);
    QVERIFY(opened.wait());
    QTRY_COMPARE(page.clusterBox()->currentText(), QStringLiteral("cluster-1"));
    page.setPeriod(QDate(2025, 1, 31), QDate(2025, 2, 2));
    page.rateCardModel()->setCard(twoMonths());

    // 0.5 host-unit hours at 0.05 (2.5 cents, 3 rounded) in January and at 0.10 (5 cents) in February.
    QTRY_VERIFY(page.statement() && page.statement()->totalMinor == 8);
    QCOMPARE(page.statement()->costCentres.size(), 1);
    QCOMPARE(page.statement()->costCentres.first().name, QStringLiteral("web"));
    QCOMPARE(page.statusLabel()->text(), QStringLiteral("Total for the period: 0.08 EUR"));
    QCOMPARE(page.costCentreModel()->rowCount(), 1);
    QCOMPARE(page.costCentreModel()->index(0, CostCentreModel::NameColumn).data().toString(), QStringLiteral("Shop"));

    // Moved to another cost centre by hand: the statements follow.
    QVERIFY(page.costCentreModel()->setData(page.costCentreModel()->index(0, CostCentreModel::CostCentreColumn),
                                            QStringLiteral("ops")));
    QTRY_VERIFY(page.statement() && page.statement()->costCentres.first().name == QStringLiteral("ops"));

    const QString csv = dir.filePath(QStringLiteral("statements.csv"));
    QVERIFY(!page.saveCsv(csv).isError());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(1), QByteArray("ops,env-a,host_unit_hours,0.5,0.05,0.03,EUR,Shop,manual,2025-01"));
    QCOMPARE(lines.at(2), QByteArray("ops,env-a,host_unit_hours,0.5,0.1,0.05,EUR,Shop,manual,2025-02"));

    // A rate card that starts after the period: no statements, and the page says why.
    RateCard late = twoMonths();
    late.versions.removeFirst();
    page.rateCardModel()->setCard(late);
    QTRY_VERIFY(!page.statement());
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("no prices for 2025-01")));
    QVERIFY(page.saveCsv(csv).isError());
}

QTEST_MAIN(TestChargebackPage)
#include "tst_chargebackpage.moc"
