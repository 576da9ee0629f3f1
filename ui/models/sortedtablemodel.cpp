// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortedtablemodel.h"

#include <QCollator>
#include <QHash>
#include <algorithm>
#include <numeric>
#include <utility>

namespace LicenseUi {

namespace {

// Reorders `order` by `keys` (indexed by the rows' own index), keeping the current order of ties. The keys are
// copied next to the rows so the sort reads memory in sequence.
template<typename Key> void stableSort(std::vector<int> &order, const std::vector<Key> &keys, Qt::SortOrder sortOrder)
{
    std::vector<std::pair<Key, int>> keyed;
    keyed.reserve(order.size());
    for (const int row : order)
        keyed.emplace_back(keys[size_t(row)], row);
    if (sortOrder == Qt::AscendingOrder)
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    else
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return b.first < a.first; });
    for (size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].second;
}

} // namespace

SortedTableModel::SortedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SortedTableModel::~SortedTableModel() = default;

std::vector<qint64> SortedTableModel::collationRanks(const QStringList &values)
{
    // Tables repeat a few names many times over: collate each distinct text once.
    QStringList distinct;
    QHash<QString, qint64> rankOf;
    for (const QString &value : values) {
        if (!rankOf.contains(value)) {
            rankOf.insert(value, 0);
            distinct.append(value);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(distinct.begin(), distinct.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    for (qsizetype rank = 0; rank < distinct.size(); ++rank)
        rankOf[distinct.at(rank)] = rank;
    std::vector<qint64> ranks;
    ranks.reserve(size_t(values.size()));
    for (const QString &value : values)
        ranks.push_back(rankOf.value(value));
    return ranks;
}

void SortedTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> rowsBefore;
    rowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        rowsBefore.push_back(sourceRow(index.row()));
    applySort();
    if (!before.isEmpty()) {
        std::vector<int> shownRow(m_order.size());
        for (size_t row = 0; row < m_order.size(); ++row)
            shownRow[size_t(m_order[row])] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(shownRow[size_t(rowsBefore[size_t(i)])], before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SortedTableModel::resetOrder(int rows)
{
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    applySort();
}

void SortedTableModel::columnValuesChanged(int column)
{
    if (column == m_sortColumn && !m_order.empty())
        sort(m_sortColumn, m_sortOrder);
}

void SortedTableModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= columnCount()) {
        std::sort(m_order.begin(), m_order.end());
        return;
    }
    const SortKeys keys = sortKeys(m_sortColumn);
    if (!keys.integers.empty())
        stableSort(m_order, keys.integers, m_sortOrder);
    else if (!keys.reals.empty())
        stableSort(m_order, keys.reals, m_sortOrder);
}

} // namespace LicenseUi
