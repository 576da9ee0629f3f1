// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hostsmodel.h"
#include "models/hourlyusagemodel.h"
#include "models/usagefilterproxymodel.h"
#include "snapshotfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

// Three environments over two hours. Visits: prod-eu 9 and 10, prod-us 100, test 5.
// Hosts: prod-eu a 4 GiB full-stack host (1) and a 16 GiB infrastructure host (2), prod-us a PaaS host (3).
const char HourOne[] = R"({
  "timeFrameStart": "2026-10-01T13:00:00Z",
  "environmentBillingEntries": [
    {"environmentUuid": "prod-eu", "visits": 9,
     "hostUsages": [{"osiId": 1, "hostMemoryBytes": 4294967296},
                    {"osiId": 2, "infrastructureOnly": true, "hostMemoryBytes": 17179869184}]},
    {"environmentUuid": "prod-us", "visits": 100,
     "hostUsages": [{"osiId": 3, "paas": true, "hostMemoryBytes": 8589934592}]},
    {"environmentUuid": "test", "visits": 5}
  ]
})";

const char HourTwo[] = R"({
  "timeFrameStart": "2026-10-01T14:00:00Z",
  "environmentBillingEntries": [{"environmentUuid": "prod-eu", "visits": 10}]
})";

UsageSnapshotPtr buildStore()
{
    return TestFixture::snapshotOf({QByteArray(HourOne), QByteArray(HourTwo)});
}

const EnvironmentNames Names{{QStringLiteral("prod-eu"), QStringLiteral("Production Europe")},
                             {QStringLiteral("prod-us"), QStringLiteral("Production America")},
                             {QStringLiteral("test"), QStringLiteral("Test lab")}};

QStringList column(const QAbstractItemModel &model, int section, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, section).data(role).toString());
    return values;
}

} // namespace

class TestUsageFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void filtersHourlyRows()
    {
        HourlyUsageModel model;
        model.setStore(buildStore());
        model.setEnvironmentNames(Names);
        UsageFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        const int idColumn = model.sectionOf(HourlyUsageModel::EnvironmentIdColumn);
        QCOMPARE(proxy.rowCount(), 4);

        QSignalSpy changed(&proxy, &UsageFilterProxyModel::filterChanged);
        proxy.setEnvironmentFilter({QStringLiteral("prod-eu"), QStringLiteral("test")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(proxy, idColumn),
                 (QStringList{QStringLiteral("prod-eu"), QStringLiteral("test"), QStringLiteral("prod-eu")}));

        // Every word must appear, in any case, in the id or the name.
        proxy.setSearchText(QStringLiteral("  PRODUCTION   europe "));
        QCOMPARE(column(proxy, idColumn), (QStringList{QStringLiteral("prod-eu"), QStringLiteral("prod-eu")}));
        proxy.setSearchText(QStringLiteral("production lab"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());

        proxy.setEnvironmentFilter({});
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.environmentFilter().has_value());
        proxy.clearEnvironmentFilter();
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(!proxy.environmentFilter().has_value());

        // A host-mode filter does not apply to rows without hosts.
        proxy.setHostModeFilter(HostMode::PaaS);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortsNumbersAsNumbers()
    {
        HourlyUsageModel model;
        model.setStore(buildStore());
        UsageFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(model.sectionOf(HourlyUsageModel::VisitsColumn), Qt::DescendingOrder);
        QCOMPARE(column(proxy, model.sectionOf(HourlyUsageModel::VisitsColumn)),
                 (QStringList{QStringLiteral("100"), QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("5")}));
        // The model sorted its own rows: the proxy only filters, in the model's order.
        QCOMPARE(model.sortColumn(), model.sectionOf(HourlyUsageModel::VisitsColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(proxy.sortColumn(), -1);
        // Filtering keeps the order.
        proxy.setSearchText(QStringLiteral("prod"));
        QCOMPARE(column(proxy, model.sectionOf(HourlyUsageModel::VisitsColumn)),
                 (QStringList{QStringLiteral("100"), QStringLiteral("10"), QStringLiteral("9")}));
    }

    void sortsTextNaturally()
    {
        QStandardItemModel model;
        for (const char *name : {"env-10", "Env-3", "env-2", "alpha"}) {
            auto *item = new QStandardItem(QString::fromLatin1(name));
            item->setData(QString::fromLatin1(name), ItemRole::Sort);
            model.appendRow(item);
        }
        UsageFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(0);
        QCOMPARE(column(proxy, 0), (QStringList{QStringLiteral("alpha"), QStringLiteral("env-2"),
                                                QStringLiteral("Env-3"), QStringLiteral("env-10")}));
        // A changed value re-sorts with fresh keys.
        model.item(0)->setData(QStringLiteral("zulu"), ItemRole::Sort);
        model.item(0)->setText(QStringLiteral("zulu"));
        QCOMPARE(column(proxy, 0), (QStringList{QStringLiteral("alpha"), QStringLiteral("env-2"),
                                                QStringLiteral("Env-3"), QStringLiteral("zulu")}));
    }

    void followsGranularityChanges()
    {
        HourlyUsageModel model;
        model.setStore(buildStore());
        UsageFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setEnvironmentFilter({QStringLiteral("prod-eu")});
        QCOMPARE(proxy.rowCount(), 2);
        model.setGranularity(Granularity::Day);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, model.sectionOf(HourlyUsageModel::VisitsColumn)).data().toString(),
                 QStringLiteral("19"));
    }

    void filtersHosts()
    {
        HostsModel model;
        model.setStore(buildStore());
        model.setEnvironmentNames(Names);
        UsageFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setHostModeFilter(HostMode::Infrastructure);
        QCOMPARE(column(proxy, HostsModel::EntityIdColumn), QStringList{QStringLiteral("HOST-0000000000000002")});
        proxy.setHostModeFilter(std::nullopt);

        proxy.setEnvironmentFilter({QStringLiteral("prod-eu")});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("full-stack"));
        QCOMPARE(column(proxy, HostsModel::EntityIdColumn), QStringList{QStringLiteral("HOST-0000000000000001")});
        proxy.clearEnvironmentFilter();
        proxy.setSearchText(QStringLiteral("america"));
        QCOMPARE(column(proxy, HostsModel::EntityIdColumn), QStringList{QStringLiteral("HOST-0000000000000003")});
        proxy.setSearchText(QStringLiteral("host-000000000000000"));
        QCOMPARE(proxy.rowCount(), 3);
    }

    void modelsWithoutSearchTextMatchTheFirstColumn()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("alpha")));
        model.appendRow(new QStandardItem(QStringLiteral("beta")));
        UsageFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("ALP"));
        QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("alpha")});
    }
};

QTEST_MAIN(TestUsageFilterProxyModel)
#include "tst_usagefilterproxymodel.moc"
