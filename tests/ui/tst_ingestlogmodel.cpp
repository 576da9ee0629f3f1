// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ingestlogmodel.h"
#include "models/itemroles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A correction: April's first week again, made later; 60 of its hours replaced those of an earlier download
// (from 1 April 00:00 to 3 April 12:00), 100 were new, 8 were left to an export made later still.
IngestEvent correction()
{
    IngestEvent event;
    event.exportId = 9;
    event.originalName = QStringLiteral("april.zip");
    event.clusterUuid = QStringLiteral("cluster-2");
    event.ingestedMs = utc("2026-04-08T09:30:00Z");
    event.hoursAdded = 100;
    event.hoursReplaced = 60;
    event.hoursKeptNewer = 8;
    event.valuesChanged = 1234;
    event.replacedRange = {utc("2026-04-01T00:00:00Z"), utc("2026-04-03T12:00:00Z")};
    return event;
}

// The first export: every hour new.
IngestEvent firstImport()
{
    IngestEvent event;
    event.exportId = 7;
    event.originalName = QStringLiteral("jan-feb.zip");
    event.clusterUuid = QStringLiteral("cluster-1");
    event.ingestedMs = utc("2026-03-02T08:00:59Z");
    event.hoursAdded = 1416;
    return event;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestIngestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTester()
    {
        IngestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(ItemRole::Sort);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEvents({correction(), firstImport()});
        proxy.sort(IngestLogModel::ReplacedRangeColumn);
        model.setEvents({firstImport()});
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
    }

    void cellsInUtc()
    {
        IngestLogModel model;
        model.setEvents({correction(), firstImport()});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(IngestLogModel::ColumnCount));
        QCOMPARE(cell(model, 0, IngestLogModel::WhenColumn), QStringLiteral("2026-04-08 09:30"));
        QCOMPARE(cell(model, 0, IngestLogModel::ExportColumn), QStringLiteral("april.zip"));
        QCOMPARE(cell(model, 0, IngestLogModel::ClusterColumn), QStringLiteral("cluster-2"));
        QCOMPARE(cell(model, 0, IngestLogModel::AddedColumn), QStringLiteral("100"));
        QCOMPARE(cell(model, 0, IngestLogModel::ReplacedColumn), QStringLiteral("60"));
        QCOMPARE(cell(model, 0, IngestLogModel::ValuesChangedColumn), QStringLiteral("1,234"));
        QCOMPARE(cell(model, 0, IngestLogModel::KeptNewerColumn), QStringLiteral("8"));
        QCOMPARE(cell(model, 0, IngestLogModel::ReplacedRangeColumn),
                 QStringLiteral("2026-04-01 00:00 to 2026-04-03 12:00"));
        QCOMPARE(cell(model, 1, IngestLogModel::WhenColumn), QStringLiteral("2026-03-02 08:00"));
        QCOMPARE(cell(model, 1, IngestLogModel::AddedColumn), QStringLiteral("1,416"));
        QCOMPARE(cell(model, 1, IngestLogModel::ReplacedRangeColumn), QString());
        QCOMPARE(model.index(1, IngestLogModel::WhenColumn).data(IngestLogModel::ExportIdRole).toLongLong(), 7);
        QCOMPARE(model.headerData(IngestLogModel::ValuesChangedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Values changed"));
    }

    void toolTips()
    {
        IngestLogModel model;
        model.setEvents({correction(), firstImport()});
        QCOMPARE(cell(model, 0, IngestLogModel::ReplacedRangeColumn, Qt::ToolTipRole),
                 QStringLiteral("The replaced hours lie in 2026-04-01 00:00 to 2026-04-03 12:00 UTC (60 hour(s))."));
        QCOMPARE(cell(model, 1, IngestLogModel::ReplacedRangeColumn, Qt::ToolTipRole),
                 QStringLiteral("No hour was replaced."));
        QCOMPARE(cell(model, 0, IngestLogModel::ReplacedColumn, Qt::ToolTipRole),
                 QStringLiteral("60 hour(s) for which this export, made later, replaced the one that stood before."));
        QCOMPARE(cell(model, 0, IngestLogModel::ExportColumn, Qt::ToolTipRole),
                 QStringLiteral("april.zip\nCluster cluster-2"));
        QVERIFY(cell(model, 1, IngestLogModel::WhenColumn, Qt::ToolTipRole)
                    .startsWith(QLatin1String("2026-03-02 08:00:59 UTC\n")));
    }

    void sortsThroughAProxy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("files");
        const QStringList correctionFirst{QStringLiteral("april.zip"), QStringLiteral("jan-feb.zip")};
        const QStringList firstImportFirst{QStringLiteral("jan-feb.zip"), QStringLiteral("april.zip")};
        QTest::newRow("when, newest first")
            << int(IngestLogModel::WhenColumn) << Qt::DescendingOrder << correctionFirst;
        QTest::newRow("when") << int(IngestLogModel::WhenColumn) << Qt::AscendingOrder << firstImportFirst;
        // By number: as text, "1,416" sorts before "100".
        QTest::newRow("added") << int(IngestLogModel::AddedColumn) << Qt::AscendingOrder << correctionFirst;
        QTest::newRow("values changed, most first")
            << int(IngestLogModel::ValuesChangedColumn) << Qt::DescendingOrder << correctionFirst;
        QTest::newRow("replaced range, none first")
            << int(IngestLogModel::ReplacedRangeColumn) << Qt::AscendingOrder << firstImportFirst;
    }

    void sortsThroughAProxy()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, files);
        IngestLogModel model;
        model.setEvents({correction(), firstImport()});
        QSortFilterProxyModel proxy;
        proxy.setSortRole(ItemRole::Sort);
        proxy.setSourceModel(&model);
        proxy.sort(column, order);
        QStringList sorted;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sorted << cell(proxy, row, IngestLogModel::ExportColumn);
        QCOMPARE(sorted, files);
    }
};

QTEST_MAIN(TestIngestLogModel)
#include "tst_ingestlogmodel.moc"
