// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hostsmodel.h"
#include "models/usagefilterproxymodel.h"
#include "snapshotfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

// Four hosts: osiId 1, 8 GiB full-stack (0.5 an hour); osiId -2, 32 GiB infrastructure (0.6); osiId 3, PaaS with
// a 2 GiB limit on 64 GiB (0.25); osiId 4, 1 GiB, active for 3 minutes only (not counted). Host -2 is seen in both
// hours, so it has 1.2 host-unit hours.
const char HourOne[] = R"({
  "clusterUuid": "cluster-1",
  "timeFrameStart": "2026-10-01T13:00:00Z",
  "environmentBillingEntries": [
    {"environmentUuid": "env-b",
     "hostUsages": [
       {"osiId": 1, "infrastructureOnly": false, "paas": false, "hostMemoryBytes": 8589934592, "agentUsages": []},
       {"osiId": -2, "infrastructureOnly": true, "paas": false, "hostMemoryBytes": 34359738368}
     ]},
    {"environmentUuid": "env-a",
     "hostUsages": [{"osiId": 3, "paas": true, "infrastructureOnly": false, "hostMemoryBytes": 68719476736,
                     "passMemoryLimit": 2147483648}]}
  ]
})";

const char HourTwo[] = R"({
  "clusterUuid": "cluster-1",
  "timeFrameStart": "2026-10-01T14:00:00Z",
  "environmentBillingEntries": [
    {"environmentUuid": "env-a",
     "hostUsages": [{"osiId": 4, "hostMemoryBytes": 1073741824, "agentUsages": [{"agentUsageRecords": [
        {"startTime": 1790863200000, "endTime": 1790863380000}]}]}]},
    {"environmentUuid": "env-b",
     "hostUsages": [{"osiId": -2, "infrastructureOnly": true, "hostMemoryBytes": 34359738368}]}
  ]
})";

UsageSnapshotPtr buildStore()
{
    return TestFixture::snapshotOf({QByteArray(HourOne), QByteArray(HourTwo)});
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestHostsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTester()
    {
        HostsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(buildStore());
        model.sort(HostsModel::MemoryColumn, Qt::DescendingOrder);
        // Sorted by environment, a new name sorts again.
        model.sort(HostsModel::EnvironmentColumn, Qt::DescendingOrder);
        model.setEnvironmentNames({{QStringLiteral("env-a"), QStringLiteral("Staging")}});
        model.sort(HostsModel::EntityIdColumn, Qt::AscendingOrder);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void biggestConsumersFirst()
    {
        HostsModel model;
        model.setStore(buildStore());
        model.setEnvironmentNames({{QStringLiteral("env-b"), QStringLiteral("Production")}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(HostsModel::ColumnCount));

        // -2 as unsigned 64 bits.
        QCOMPARE(cell(model, 0, HostsModel::EntityIdColumn), QStringLiteral("HOST-FFFFFFFFFFFFFFFE"));
        QCOMPARE(model.index(0, 0).data(HostsModel::OsiIdRole).toLongLong(), qint64(-2));
        QCOMPARE(cell(model, 0, HostsModel::EnvironmentColumn), QStringLiteral("Production"));
        QCOMPARE(model.index(0, HostsModel::EnvironmentColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("env-b"));
        QCOMPARE(cell(model, 0, HostsModel::ModeColumn), QStringLiteral("Infrastructure"));
        QCOMPARE(cell(model, 0, HostsModel::MemoryColumn), QStringLiteral("32.0"));
        QCOMPARE(model.index(0, HostsModel::MemoryColumn).data(HostsModel::SortRole).toLongLong(), qint64(34359738368));
        QCOMPARE(cell(model, 0, HostsModel::HostUnitsColumn), QStringLiteral("0.6"));
        QCOMPARE(cell(model, 0, HostsModel::HoursCountedColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, HostsModel::HostUnitHoursColumn), QStringLiteral("1.2"));
        QCOMPARE(model.index(0, HostsModel::HostUnitHoursColumn).data(HostsModel::SortRole).toLongLong(), qint64(1200));
        QCOMPARE(cell(model, 0, HostsModel::FirstSeenColumn), QStringLiteral("2026-10-01 13:00"));
        QCOMPARE(cell(model, 0, HostsModel::LastSeenColumn), QStringLiteral("2026-10-01 14:00"));

        QCOMPARE(cell(model, 1, HostsModel::EntityIdColumn), QStringLiteral("HOST-0000000000000001"));
        QCOMPARE(cell(model, 1, HostsModel::HostUnitHoursColumn), QStringLiteral("0.5"));
        QCOMPARE(cell(model, 1, HostsModel::ModeColumn), QStringLiteral("Full-Stack"));

        // PaaS: the memory limit, not the host's memory.
        QCOMPARE(cell(model, 2, HostsModel::ModeColumn), QStringLiteral("PaaS"));
        QCOMPARE(cell(model, 2, HostsModel::MemoryColumn), QStringLiteral("2.0"));
        QCOMPARE(cell(model, 2, HostsModel::EnvironmentColumn), QStringLiteral("env-a"));
        QCOMPARE(model.index(2, 0).data(HostsModel::HostModeRole).toInt(), int(HostMode::PaaS));

        // Seen but never counted: no host-unit hours, though it would weigh 0.1 when counted.
        QCOMPARE(cell(model, 3, HostsModel::HoursCountedColumn), QStringLiteral("0"));
        QCOMPARE(cell(model, 3, HostsModel::HostUnitHoursColumn), QStringLiteral("0"));
        QCOMPARE(cell(model, 3, HostsModel::HostUnitsColumn), QStringLiteral("0.1"));
        QCOMPARE(model.index(3, HostsModel::HoursCountedColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Counted in 0 of the 1 hours the host was seen."));
    }

    void headersExplainEstimates()
    {
        HostsModel model;
        model.setStore(buildStore());
        const QString tip =
            model.headerData(HostsModel::HostUnitHoursColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Estimated")), qPrintable(tip));
        QCOMPARE(model.headerData(HostsModel::HostUnitHoursColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Host-unit hours (est.)"));
        QCOMPARE(model.headerData(HostsModel::MemoryColumn, Qt::Horizontal, HostsModel::ColumnNameRole).toString(),
                 QStringLiteral("memory_gib"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void sortsByRawNumbers()
    {
        HostsModel model;
        model.setStore(buildStore());
        UsageFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(HostsModel::MemoryColumn, Qt::AscendingOrder);
        // 1 GiB, 2 GiB (PaaS limit), 8 GiB, 32 GiB: numerically, not as text.
        QStringList memory;
        for (int row = 0; row < proxy.rowCount(); ++row)
            memory.append(proxy.index(row, HostsModel::MemoryColumn).data().toString());
        QCOMPARE(memory, (QStringList{QStringLiteral("1.0"), QStringLiteral("2.0"), QStringLiteral("8.0"),
                                      QStringLiteral("32.0")}));
    }
};

QTEST_MAIN(TestHostsModel)
#include "tst_hostsmodel.moc"
