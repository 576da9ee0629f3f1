// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sortedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>

using namespace LicenseUi;

namespace {

constexpr qint64 TwoPow53 = qint64(1) << 53;

// Rows of a whole number, a real number and a text; Qt::UserRole gives a row's own index.
class KeyedModel final : public SortedTableModel
{
public:
    enum Column
    {
        IntegerColumn,
        RealColumn,
        TextColumn,
        ColumnCount
    };

    void setRows(const QList<qint64> &integers, const QList<double> &reals, const QStringList &texts)
    {
        beginResetModel();
        m_integers = integers;
        m_reals = reals;
        m_texts = texts;
        resetOrder(int(std::max({integers.size(), reals.size(), texts.size()})));
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(std::max({m_integers.size(), m_reals.size(), m_texts.size()}));
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const int row = sourceRow(index.row());
        if (role == Qt::UserRole)
            return row;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case IntegerColumn:
            return m_integers.value(row);
        case RealColumn:
            return m_reals.value(row);
        default:
            return m_texts.value(row);
        }
    }

    QList<int> order() const
    {
        QList<int> rows;
        for (int row = 0; row < rowCount(); ++row)
            rows.append(index(row, 0).data(Qt::UserRole).toInt());
        return rows;
    }

protected:
    SortKeys sortKeys(int column) const override
    {
        SortKeys keys;
        switch (column) {
        case IntegerColumn:
            keys.integers.assign(m_integers.cbegin(), m_integers.cend());
            break;
        case RealColumn:
            keys.reals.assign(m_reals.cbegin(), m_reals.cend());
            break;
        default:
            keys.integers = collationRanks(m_texts);
            break;
        }
        return keys;
    }

private:
    QList<qint64> m_integers;
    QList<double> m_reals;
    QStringList m_texts;
};

} // namespace

class TestSortedTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Natural ("numeric") collation needs a real locale; the C locale compares digit by digit.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sortsByColumn_data()
    {
        QTest::addColumn<QList<qint64>>("integers");
        QTest::addColumn<QList<double>>("reals");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<int>>("expected"); // the rows' own indexes, top to bottom

        const QList<qint64> withTies{3, 1, 3, 2, 1};
        QTest::newRow("whole numbers, ascending, ties as they were")
            << withTies << QList<double>() << QStringList() << int(KeyedModel::IntegerColumn) << Qt::AscendingOrder
            << QList<int>{1, 4, 3, 0, 2};
        QTest::newRow("whole numbers, descending, ties as they were")
            << withTies << QList<double>() << QStringList() << int(KeyedModel::IntegerColumn) << Qt::DescendingOrder
            << QList<int>{0, 2, 3, 1, 4};
        // As doubles 2^53 + 1 rounds to 2^53 and the two would tie.
        const QList<qint64> huge{TwoPow53 + 1, TwoPow53, TwoPow53 + 2, -TwoPow53 - 1};
        QTest::newRow("beyond 2^53, ascending")
            << huge << QList<double>() << QStringList() << int(KeyedModel::IntegerColumn) << Qt::AscendingOrder
            << QList<int>{3, 1, 0, 2};
        QTest::newRow("beyond 2^53, descending")
            << QList<qint64>{TwoPow53, TwoPow53 + 1} << QList<double>() << QStringList()
            << int(KeyedModel::IntegerColumn) << Qt::DescendingOrder << QList<int>{1, 0};
        const QList<double> reals{0.5, -1.25, 0.5, 2.0};
        QTest::newRow("real numbers, ascending")
            << QList<qint64>() << reals << QStringList() << int(KeyedModel::RealColumn) << Qt::AscendingOrder
            << QList<int>{1, 0, 2, 3};
        QTest::newRow("real numbers, descending")
            << QList<qint64>() << reals << QStringList() << int(KeyedModel::RealColumn) << Qt::DescendingOrder
            << QList<int>{3, 0, 2, 1};
        const QStringList texts{QStringLiteral("env-10"), QStringLiteral("Env-3"), QStringLiteral("env-2"),
                                QStringLiteral("alpha"), QStringLiteral("env-2")};
        QTest::newRow("text, naturally, ascending")
            << QList<qint64>() << QList<double>() << texts << int(KeyedModel::TextColumn) << Qt::AscendingOrder
            << QList<int>{3, 2, 4, 1, 0};
        QTest::newRow("text, naturally, descending")
            << QList<qint64>() << QList<double>() << texts << int(KeyedModel::TextColumn) << Qt::DescendingOrder
            << QList<int>{0, 1, 2, 4, 3};
        QTest::newRow("no column: the rows' own order")
            << withTies << QList<double>() << QStringList() << -1 << Qt::DescendingOrder << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("a column out of range: the rows' own order")
            << withTies << QList<double>() << QStringList() << int(KeyedModel::ColumnCount) << Qt::AscendingOrder
            << QList<int>{0, 1, 2, 3, 4};
    }
    void sortsByColumn()
    {
        QFETCH(QList<qint64>, integers);
        QFETCH(QList<double>, reals);
        QFETCH(QStringList, texts);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<int>, expected);

        KeyedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows(integers, reals, texts);
        model.sort(column, order);
        QCOMPARE(model.order(), expected);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.sortOrder(), order);

        // New rows are sorted the same way from their own order.
        model.setRows({}, {}, {});
        QCOMPARE(model.rowCount(), 0);
        model.setRows(integers, reals, texts);
        QCOMPARE(model.order(), expected);
    }

    void tiesKeepThePreviousSort()
    {
        KeyedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows({1, 2, 1, 2}, {0.0, 1.0, 2.0, 3.0}, {});
        model.sort(KeyedModel::RealColumn, Qt::DescendingOrder);
        QCOMPARE(model.order(), (QList<int>{3, 2, 1, 0}));
        // Sorting by another column orders the ties of the new column as the previous sort left them.
        model.sort(KeyedModel::IntegerColumn, Qt::AscendingOrder);
        QCOMPARE(model.order(), (QList<int>{2, 0, 3, 1}));
    }

    void persistentIndexesFollowTheirRows()
    {
        KeyedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows({30, 10, 20}, {}, {});
        const QPersistentModelIndex first(model.index(0, KeyedModel::IntegerColumn));
        const QPersistentModelIndex last(model.index(2, KeyedModel::TextColumn));
        model.sort(KeyedModel::IntegerColumn, Qt::AscendingOrder);
        QCOMPARE(model.order(), (QList<int>{1, 2, 0}));
        QCOMPARE(first.row(), 2);
        QCOMPARE(first.column(), int(KeyedModel::IntegerColumn));
        QCOMPARE(first.data().toLongLong(), 30);
        QCOMPARE(last.row(), 1);
        QCOMPARE(last.column(), int(KeyedModel::TextColumn));
        QCOMPARE(last.data(Qt::UserRole).toInt(), 2);
    }

    void ranksTextByCollation()
    {
        const QStringList texts{QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("item-10"),
                                QStringLiteral("item-9"), QStringLiteral("b")};
        QCOMPARE(SortedTableModel::collationRanks(texts), (std::vector<qint64>{1, 0, 3, 2, 1}));
        QVERIFY(SortedTableModel::collationRanks({}).empty());
    }
};

QTEST_MAIN(TestSortedTableModel)
#include "tst_sortedtablemodel.moc"
