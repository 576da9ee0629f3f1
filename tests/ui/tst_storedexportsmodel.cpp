// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemroles.h"
#include "models/storedexportsmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// January and February 2026 (59 days, 1,416 hours), all held; 16 of them now come from a later export.
StoredExport january()
{
    StoredExport stored;
    stored.id = 7;
    stored.sha256 = QString(64, QLatin1Char('a'));
    stored.originalName = QStringLiteral("jan-feb.zip");
    stored.madeMs = utc("2026-03-01T00:12:34Z");
    stored.ingestedMs = utc("2026-03-02T08:00:59Z");
    stored.clusterUuid = QStringLiteral("cluster-1");
    stored.range = {utc("2026-01-01T00:00:00Z"), utc("2026-03-01T00:00:00Z")};
    stored.hours = 1416;
    stored.hoursStanding = 1400;
    return stored;
}

// The first week of April (168 hours), 8 of them missing from the file; a later export holds every other one.
StoredExport april()
{
    StoredExport stored;
    stored.id = 9;
    stored.sha256 = QString(64, QLatin1Char('b'));
    stored.originalName = QStringLiteral("april.zip");
    stored.madeMs = utc("2026-04-08T02:05:00Z");
    stored.ingestedMs = utc("2026-04-08T09:30:00Z");
    stored.clusterUuid = QStringLiteral("cluster-2");
    stored.range = {utc("2026-04-01T00:00:00Z"), utc("2026-04-08T00:00:00Z")};
    stored.hours = 160;
    stored.hoursStanding = 0;
    return stored;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestStoredExportsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTester()
    {
        StoredExportsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(ItemRole::Sort);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setExports({january(), april()});
        proxy.sort(StoredExportsModel::MadeColumn, Qt::DescendingOrder);
        model.setExports({april()});
        model.setExports({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.exportAt(0));
    }

    void cellsInUtc()
    {
        StoredExportsModel model;
        model.setExports({january(), april()});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(StoredExportsModel::ColumnCount));
        QCOMPARE(cell(model, 0, StoredExportsModel::FileColumn), QStringLiteral("jan-feb.zip"));
        QCOMPARE(cell(model, 0, StoredExportsModel::ClusterColumn), QStringLiteral("cluster-1"));
        QCOMPARE(cell(model, 0, StoredExportsModel::FromColumn), QStringLiteral("2026-01-01 00:00"));
        QCOMPARE(cell(model, 0, StoredExportsModel::ToColumn), QStringLiteral("2026-03-01 00:00"));
        QCOMPARE(cell(model, 0, StoredExportsModel::MadeColumn), QStringLiteral("2026-03-01 00:12"));
        QCOMPARE(cell(model, 0, StoredExportsModel::IngestedColumn), QStringLiteral("2026-03-02 08:00"));
        QCOMPARE(cell(model, 0, StoredExportsModel::HoursColumn), QStringLiteral("1,416"));
        QCOMPARE(cell(model, 0, StoredExportsModel::StandingColumn), QStringLiteral("1,400"));
        QCOMPARE(cell(model, 1, StoredExportsModel::FromColumn), QStringLiteral("2026-04-01 00:00"));
        QCOMPARE(cell(model, 1, StoredExportsModel::ToColumn), QStringLiteral("2026-04-08 00:00"));
        QCOMPARE(cell(model, 1, StoredExportsModel::StandingColumn), QStringLiteral("0"));

        QCOMPARE(model.index(1, StoredExportsModel::FileColumn).data(StoredExportsModel::ExportIdRole).toLongLong(), 9);
        QCOMPARE(cell(model, 1, StoredExportsModel::HoursColumn, StoredExportsModel::Sha256Role),
                 QString(64, QLatin1Char('b')));
        QCOMPARE(model.index(0, StoredExportsModel::MadeColumn).data(ItemRole::Sort).toLongLong(),
                 utc("2026-03-01T00:12:34Z"));
        QCOMPARE(model.index(0, StoredExportsModel::HoursColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.headerData(StoredExportsModel::StandingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Hours standing"));
        QCOMPARE(model.headerData(StoredExportsModel::MadeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Made (UTC)"));
    }

    void toolTips()
    {
        StoredExportsModel model;
        model.setExports({january(), april()});
        const QString sha(64, QLatin1Char('a'));
        QCOMPARE(cell(model, 0, StoredExportsModel::FileColumn, Qt::ToolTipRole),
                 QString(QStringLiteral("jan-feb.zip\nSHA-256: ") + sha + QStringLiteral("\nKept byte for byte as ") +
                         sha + QStringLiteral(".zip")));
        QCOMPARE(cell(model, 0, StoredExportsModel::FromColumn, Qt::ToolTipRole),
                 QStringLiteral("2026-01-01 00:00 to 2026-03-01 00:00 UTC (1,416 hour(s))"));
        QCOMPARE(cell(model, 1, StoredExportsModel::ToColumn, Qt::ToolTipRole),
                 QStringLiteral("2026-04-01 00:00 to 2026-04-08 00:00 UTC (168 hour(s))\n"
                                "8 hour(s) of that span are not in the export."));
        QVERIFY(cell(model, 0, StoredExportsModel::MadeColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("\n2026-03-01 00:12:34 UTC\n")));
        QCOMPARE(cell(model, 0, StoredExportsModel::StandingColumn, Qt::ToolTipRole),
                 QStringLiteral("Exports made later hold 16 of its hours; it stands for the others."));
        QCOMPARE(cell(model, 1, StoredExportsModel::StandingColumn, Qt::ToolTipRole),
                 QStringLiteral("Exports made later hold every hour of this one: it stands for none."));
    }

    void exportStandingForNothingIsItalic()
    {
        StoredExportsModel model;
        model.setExports({january(), april()});
        QVERIFY(!model.index(0, StoredExportsModel::FileColumn).data(Qt::FontRole).isValid());
        QVERIFY(model.index(1, StoredExportsModel::FileColumn).data(Qt::FontRole).value<QFont>().italic());
    }

    void exportWithoutHours()
    {
        StoredExport empty = april();
        empty.range = {};
        empty.hours = 0;
        StoredExportsModel model;
        model.setExports({empty});
        QCOMPARE(cell(model, 0, StoredExportsModel::FromColumn), QString());
        QCOMPARE(cell(model, 0, StoredExportsModel::ToColumn), QString());
        QCOMPARE(cell(model, 0, StoredExportsModel::FromColumn, Qt::ToolTipRole),
                 QStringLiteral("The export holds no hourly file."));
        QVERIFY(!model.index(0, StoredExportsModel::FileColumn).data(Qt::FontRole).isValid());
    }

    void sortsThroughAProxy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("files");
        const QStringList janFirst{QStringLiteral("jan-feb.zip"), QStringLiteral("april.zip")};
        const QStringList aprilFirst{QStringLiteral("april.zip"), QStringLiteral("jan-feb.zip")};
        QTest::newRow("made, newest first") << int(StoredExportsModel::MadeColumn) << Qt::DescendingOrder << aprilFirst;
        QTest::newRow("from") << int(StoredExportsModel::FromColumn) << Qt::AscendingOrder << janFirst;
        // By number, not by text: "160" sorts after "1,416" as text.
        QTest::newRow("hours") << int(StoredExportsModel::HoursColumn) << Qt::AscendingOrder << aprilFirst;
        QTest::newRow("standing, most first")
            << int(StoredExportsModel::StandingColumn) << Qt::DescendingOrder << janFirst;
        QTest::newRow("file") << int(StoredExportsModel::FileColumn) << Qt::AscendingOrder << aprilFirst;
    }

    void sortsThroughAProxy()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, files);
        StoredExportsModel model;
        model.setExports({january(), april()});
        QSortFilterProxyModel proxy;
        proxy.setSortRole(ItemRole::Sort);
        proxy.setSourceModel(&model);
        proxy.sort(column, order);
        QStringList sorted;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sorted << cell(proxy, row, StoredExportsModel::FileColumn);
        QCOMPARE(sorted, files);
    }
};

QTEST_MAIN(TestStoredExportsModel)
#include "tst_storedexportsmodel.moc"
