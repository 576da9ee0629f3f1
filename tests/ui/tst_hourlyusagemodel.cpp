// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hourlyusagemodel.h"
#include "snapshotfixture.h"

#include <report/csvwriter.h>
#include <usage/usagesnapshotbuilder.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

Q_DECLARE_METATYPE(LicenseCore::Granularity)

namespace {

// The shared hand-computed hours, with a larger upload volume (3 MiB) and visit count (1,234,567 in env-a at 14:00;
// DEM 0.25 × 1,234,567 = 308,641.75) so that the display formats show size units and digit grouping.
UsageSnapshotPtr buildStore()
{
    const QByteArray hourOne = QByteArray(TestFixture::HandHourOne)
                                   .replace(R"("logUploadVolumeBytes": 200)", R"("logUploadVolumeBytes": 3145728)");
    const QByteArray hourTwo = QByteArray(TestFixture::HandHourTwo)
                                   .replace(R"({"environmentUuid": "env-a", "trial": true,)",
                                            R"({"environmentUuid": "env-a", "trial": true, "visits": 1234567,)");
    if (!hourOne.contains("3145728") || !hourTwo.contains("1234567"))
        qFatal("the shared hand-computed hours changed: update this variant");
    return TestFixture::snapshotOf({hourOne, hourTwo});
}

// env-a stores 1 MiB at 2026-10-01 13:00 and 3 MiB at 14:00, and uploads 1 byte in each hour.
UsageSnapshotPtr logStore()
{
    constexpr qint64 Oct1st1300 = 1790859600000;
    UsageSnapshotBuilder builder;
    const qint64 stored[] = {1048576, 3145728};
    for (int i = 0; i < 2; ++i) {
        HourSummary hour;
        hour.clusterUuid = QStringLiteral("cluster-1");
        hour.hourStartMs = Oct1st1300 + i * 3600 * 1000;
        EnvironmentHourSummary environment;
        environment.environmentId = QStringLiteral("env-a");
        environment.usage.periodStartMs = hour.hourStartMs;
        environment.usage.hoursWithData = 1;
        environment.usage.setLogStorageLevel(stored[i]);
        environment.usage.logUploadBytes = 1;
        hour.environments.push_back(environment);
        builder.add(std::move(hour), QString::number(i));
    }
    return builder.build();
}

QString cell(const HourlyUsageModel &model, int row, HourlyUsageModel::Column column, int pool = -1)
{
    return model.index(row, model.sectionOf(column, pool)).data().toString();
}

QVariant raw(const HourlyUsageModel &model, int row, HourlyUsageModel::Column column, int pool = -1)
{
    return model.index(row, model.sectionOf(column, pool)).data(HourlyUsageModel::SortRole);
}

} // namespace

class TestHourlyUsageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTester()
    {
        HourlyUsageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(buildStore());
        model.setEnvironmentNames({{QStringLiteral("env-a"), QStringLiteral("Staging")}});
        model.setGranularity(Granularity::Day);
        model.setGranularity(Granularity::Month);
        model.setGranularity(Granularity::Hour);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByNameAndFollowsRenames()
    {
        HourlyUsageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(buildStore());
        // Rows: env-a 13:00, env-b 13:00, env-a 14:00. Without names, environments sort by id.
        model.sort(model.sectionOf(HourlyUsageModel::EnvironmentNameColumn), Qt::AscendingOrder);
        const auto environments = [&model] {
            QStringList ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.append(cell(model, row, HourlyUsageModel::EnvironmentIdColumn) + QLatin1Char(' ') +
                           cell(model, row, HourlyUsageModel::PeriodColumn).right(5));
            return ids;
        };
        QCOMPARE(environments(), (QStringList{QStringLiteral("env-a 13:00"), QStringLiteral("env-a 14:00"),
                                              QStringLiteral("env-b 13:00")}));
        const QPersistentModelIndex envB = model.index(2, 0);
        // A new name moves env-a after env-b; the rows of env-a keep their order.
        model.setEnvironmentNames({{QStringLiteral("env-a"), QStringLiteral("Zulu")}});
        QCOMPARE(environments(), (QStringList{QStringLiteral("env-b 13:00"), QStringLiteral("env-a 13:00"),
                                              QStringLiteral("env-a 14:00")}));
        QCOMPARE(envB.row(), 0);
        QCOMPARE(model.rowAt(0)->environment, int(model.store()->environmentIds().indexOf(QStringLiteral("env-b"))));
        // A new snapshot is sorted the same way.
        model.setStore(buildStore());
        QCOMPARE(environments().constFirst(), QStringLiteral("env-b 13:00"));
    }

    void columnsFollowTheCsv_data()
    {
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<int>("rows");
        QTest::newRow("hour") << Granularity::Hour << 3;
        QTest::newRow("day") << Granularity::Day << 2;
        QTest::newRow("month") << Granularity::Month << 2;
    }
    void columnsFollowTheCsv()
    {
        QFETCH(Granularity, granularity);
        QFETCH(int, rows);
        HourlyUsageModel model;
        const UsageSnapshotPtr store = buildStore();
        model.setStore(store);
        model.setGranularity(granularity);
        const QStringList csv = CsvWriter::header(*store, granularity);
        QCOMPARE(model.columnCount(), csv.size());
        QCOMPARE(model.rowCount(), rows);
        for (int section = 0; section < model.columnCount(); ++section) {
            QCOMPARE(model.headerData(section, Qt::Horizontal, HourlyUsageModel::ColumnNameRole).toString(),
                     csv.at(section));
            QVERIFY(!model.headerData(section, Qt::Horizontal).toString().isEmpty());
        }
        QCOMPARE(model.headerData(model.sectionOf(HourlyUsageModel::DduPoolColumn, 1), Qt::Horizontal).toString(),
                 QStringLiteral("DDUs: Metrics"));
        QCOMPARE(model.poolAt(model.sectionOf(HourlyUsageModel::DduPoolColumn, 0)), 0);
        QCOMPARE(model.poolAt(0), -1);
        QCOMPARE(model.sectionOf(HourlyUsageModel::PeakHostUnitsColumn) >= 0, granularity != Granularity::Hour);
    }

    void hourlyRows()
    {
        HourlyUsageModel model;
        model.setStore(buildStore());
        // Ordered by hour, then environment id: env-a 13:00, env-b 13:00, env-a 14:00.
        QCOMPARE(cell(model, 0, HourlyUsageModel::EnvironmentIdColumn), QStringLiteral("env-a"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::PeriodColumn), QStringLiteral("2026-10-01 13:00"));
        QCOMPARE(raw(model, 1, HourlyUsageModel::PeriodColumn).toLongLong(), qint64(1790859600000));
        QCOMPARE(cell(model, 1, HourlyUsageModel::HostsColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::HostUnitsColumn), QStringLiteral("1.1"));
        QCOMPARE(raw(model, 1, HourlyUsageModel::HostUnitsColumn).toLongLong(), qint64(1100));
        QCOMPARE(cell(model, 1, HourlyUsageModel::FullStackHostUnitsColumn), QStringLiteral("0.5"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::InfrastructureHostUnitsColumn), QStringLiteral("0.6"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::SyntheticBrowserExecutionsColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::DemUnitsColumn), QStringLiteral("7.75"));
        QCOMPARE(raw(model, 1, HourlyUsageModel::DemUnitsColumn).toDouble(), 7.75);
        QCOMPARE(cell(model, 1, HourlyUsageModel::DduTotalColumn), QStringLiteral("1.75"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::DduPoolColumn, 0), QStringLiteral("0.25")); // Log
        QCOMPARE(cell(model, 1, HourlyUsageModel::DduPoolColumn, 1), QStringLiteral("1.50")); // Metrics
        QCOMPARE(raw(model, 1, HourlyUsageModel::DduPoolColumn, 1).toDouble(), 1.5);
        QCOMPARE(cell(model, 1, HourlyUsageModel::CustomMetricsColumn), QStringLiteral("7"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::LogUploadBytesColumn), QStringLiteral("3.00 MiB"));
        QCOMPARE(raw(model, 1, HourlyUsageModel::LogUploadBytesColumn).toLongLong(), qint64(3145728));
        QCOMPARE(model.index(1, model.sectionOf(HourlyUsageModel::LogUploadBytesColumn)).data(Qt::ToolTipRole),
                 QVariant(QStringLiteral("3,145,728 bytes")));
        QCOMPARE(cell(model, 1, HourlyUsageModel::TrialColumn), QStringLiteral("No"));
        QCOMPARE(cell(model, 0, HourlyUsageModel::TrialColumn), QStringLiteral("Yes"));
        QCOMPARE(cell(model, 0, HourlyUsageModel::PaasHostUnitsColumn), QStringLiteral("0.25"));
        // Numbers are grouped by the locale for display and raw for sorting.
        QCOMPARE(cell(model, 2, HourlyUsageModel::VisitsColumn), QStringLiteral("1,234,567"));
        QCOMPARE(raw(model, 2, HourlyUsageModel::VisitsColumn).toLongLong(), qint64(1234567));
        QCOMPARE(cell(model, 2, HourlyUsageModel::HostsColumn), QStringLiteral("0"));
        // Every cell names its environment, for the filter proxy.
        QCOMPARE(model.index(2, 5).data(HourlyUsageModel::EnvironmentIdRole).toString(), QStringLiteral("env-a"));
        QCOMPARE(model.index(2, 5).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }

    // Log storage is a level: a day shows its peak and its average, never the sum of its hours.
    void logStorageIsALevel_data()
    {
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<qint64>("storage"); // the first row's log storage column
        QTest::addColumn<qint64>("average"); // -1: no average column
        QTest::addColumn<qint64>("upload");
        QTest::addColumn<QString>("header");
        QTest::newRow("hour") << Granularity::Hour << qint64(1048576) << qint64(-1) << qint64(1)
                              << QStringLiteral("Log storage");
        // (1 MiB + 3 MiB) / 2 = 2 MiB; 3 MiB at the peak, never 4 MiB.
        QTest::newRow("day") << Granularity::Day << qint64(3145728) << qint64(2097152) << qint64(2)
                             << QStringLiteral("Log storage (peak)");
        QTest::newRow("month") << Granularity::Month << qint64(3145728) << qint64(2097152) << qint64(2)
                               << QStringLiteral("Log storage (peak)");
    }

    void logStorageIsALevel()
    {
        QFETCH(Granularity, granularity);
        QFETCH(qint64, storage);
        QFETCH(qint64, average);
        QFETCH(qint64, upload);
        QFETCH(QString, header);
        HourlyUsageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(logStore());
        model.setGranularity(granularity);
        QCOMPARE(raw(model, 0, HourlyUsageModel::LogStorageBytesColumn).toLongLong(), storage);
        QCOMPARE(raw(model, 0, HourlyUsageModel::LogUploadBytesColumn).toLongLong(), upload);
        QCOMPARE(model.headerData(model.sectionOf(HourlyUsageModel::LogStorageBytesColumn), Qt::Horizontal).toString(),
                 header);
        if (average < 0) {
            QCOMPARE(model.sectionOf(HourlyUsageModel::LogStorageAverageColumn), -1);
        } else {
            QCOMPARE(raw(model, 0, HourlyUsageModel::LogStorageAverageColumn).toLongLong(), average);
            QCOMPARE(cell(model, 0, HourlyUsageModel::LogStorageAverageColumn), QStringLiteral("2.00 MiB"));
        }
    }

    void dailyRows()
    {
        HourlyUsageModel model;
        model.setStore(buildStore());
        model.setGranularity(Granularity::Day);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, HourlyUsageModel::PeriodColumn), QStringLiteral("2026-10-01"));
        QCOMPARE(cell(model, 0, HourlyUsageModel::HoursWithDataColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, HourlyUsageModel::HostsColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, HourlyUsageModel::HostUnitsColumn), QStringLiteral("0.25"));
        QCOMPARE(cell(model, 0, HourlyUsageModel::PeakHostUnitsColumn), QStringLiteral("0.25"));
        QCOMPARE(cell(model, 1, HourlyUsageModel::HostUnitsColumn), QStringLiteral("1.1"));
        QCOMPARE(model.headerData(model.sectionOf(HourlyUsageModel::HostUnitsColumn), Qt::Horizontal).toString(),
                 QStringLiteral("Host-unit hours (est.)"));

        model.setGranularity(Granularity::Month);
        QCOMPARE(cell(model, 0, HourlyUsageModel::PeriodColumn), QStringLiteral("October 2026"));
    }

    void environmentNames()
    {
        HourlyUsageModel model;
        model.setStore(buildStore());
        QCOMPARE(cell(model, 1, HourlyUsageModel::EnvironmentNameColumn), QString());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEnvironmentNames({{QStringLiteral("env-b"), QStringLiteral("Production")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 1, HourlyUsageModel::EnvironmentNameColumn), QStringLiteral("Production"));
        QCOMPARE(model.index(1, 0).data(HourlyUsageModel::SearchTextRole).toString(),
                 QStringLiteral("env-b Production"));
        // Unknown names sort by id, like the id column.
        QCOMPARE(raw(model, 0, HourlyUsageModel::EnvironmentNameColumn).toString(), QStringLiteral("env-a"));
    }

    void estimatedColumnsExplainTheirRule()
    {
        HourlyUsageModel model;
        model.setStore(buildStore());
        const QString hostUnits =
            model.headerData(model.sectionOf(HourlyUsageModel::HostUnitsColumn), Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY2(hostUnits.contains(QStringLiteral("Estimated")), qPrintable(hostUnits));
        QVERIFY(hostUnits.contains(QStringLiteral("16 GiB")));
        QVERIFY(hostUnits.contains(QStringLiteral("CSV column: host_units")));
        const QString dem =
            model.headerData(model.sectionOf(HourlyUsageModel::DemUnitsColumn), Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY2(dem.contains(QStringLiteral("Estimated: 0.25 per user session")), qPrintable(dem));
        QVERIFY(model.headerData(model.sectionOf(HourlyUsageModel::DemUnitsColumn), Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("est.")));
        const QString period = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(period.contains(QStringLiteral("13:00 to 14:00 UTC")), qPrintable(period));
        QVERIFY(period.contains(QStringLiteral("local time")));
    }
};

QTEST_MAIN(TestHourlyUsageModel)
#include "tst_hourlyusagemodel.moc"
