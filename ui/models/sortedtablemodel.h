// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace LicenseUi {

// A table model that sorts its own rows, for tables too long for QSortFilterProxyModel: the proxy compares rows
// through data() and sorts a list of its own, which took tens of milliseconds on a year of hours. Here a
// subclass hands over the sort column's values as plain numbers and the rows are ordered by an index
// permutation. Sorting behaves like the proxy's: ties keep the order they had before (so sorting by one column
// and then another orders by both), a column out of range restores the rows' own order, and the order is kept
// when the rows are replaced.
class SortedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SortedTableModel)

public:
    // The values of one column for every row in the rows' own order; integers stay exact beyond 2^53.
    struct SortKeys
    {
        std::vector<qint64> integers;
        std::vector<double> reals; // used when `integers` is empty
    };

    ~SortedTableModel() override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Each value's rank among the distinct values in natural, case-insensitive collation ("env-2" before
    // "env-10"); equal texts share a rank.
    [[nodiscard]] static std::vector<qint64> collationRanks(const QStringList &values);

protected:
    explicit SortedTableModel(QObject *parent = nullptr);

    // The rows' own index of a shown row.
    [[nodiscard]] int sourceRow(int row) const { return m_order[size_t(row)]; }
    // Between beginResetModel() and endResetModel(): `rows` rows in their own order, then sorted as before.
    void resetOrder(int rows);
    // The values of `column` changed: sorts again if the rows are sorted by it.
    void columnValuesChanged(int column);
    [[nodiscard]] virtual SortKeys sortKeys(int column) const = 0;

private:
    void applySort();

    std::vector<int> m_order; // shown row -> the rows' own index
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace LicenseUi
