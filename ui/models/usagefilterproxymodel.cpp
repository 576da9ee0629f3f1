// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagefilterproxymodel.h"

#include "itemroles.h"
#include "sortedtablemodel.h"

#include <QCollator>
#include <QHash>
#include <algorithm>
#include <limits>

namespace LicenseUi {

UsageFilterProxyModel::UsageFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRole::Sort);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Another sort role makes other keys.
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &UsageFilterProxyModel::dropSortKeys);
    connect(this, &QSortFilterProxyModel::sortCaseSensitivityChanged, this, &UsageFilterProxyModel::dropSortKeys);
}

UsageFilterProxyModel::~UsageFilterProxyModel() = default;

void UsageFilterProxyModel::setEnvironmentFilter(const QSet<QString> &environmentIds)
{
    if (m_environments == environmentIds)
        return;
    m_environments = environmentIds;
    refilter();
}

void UsageFilterProxyModel::clearEnvironmentFilter()
{
    if (!m_environments)
        return;
    m_environments.reset();
    refilter();
}

void UsageFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void UsageFilterProxyModel::setHostModeFilter(std::optional<LicenseCore::HostMode> mode)
{
    if (mode == m_hostMode)
        return;
    m_hostMode = mode;
    refilter();
}

void UsageFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    dropSortKeys();
    // Connected before the base class connects its own handlers, so the keys are gone before it re-sorts.
    if (model) {
        const auto drop = [this] { dropSortKeys(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, drop),
            connect(model, &QAbstractItemModel::dataChanged, this, drop),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, drop),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, drop),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, drop),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, drop),
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, drop),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, drop),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void UsageFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (auto *model = qobject_cast<SortedTableModel *>(sourceModel())) {
        // The proxy's own sort stays off, so it keeps the model's order.
        model->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

void UsageFilterProxyModel::dropSortKeys()
{
    m_sortKeys.clear();
    m_sortKeysColumn = -1;
}

void UsageFilterProxyModel::buildSortKeys(int column) const
{
    const QAbstractItemModel *model = sourceModel();
    const int rows = model->rowCount();
    m_sortKeys.assign(size_t(rows), -std::numeric_limits<double>::infinity());
    m_sortKeysColumn = column;
    QList<QVariant> values;
    values.reserve(rows);
    bool text = false;
    for (int row = 0; row < rows; ++row) {
        values.append(model->index(row, column).data(sortRole()));
        text = text || values.constLast().typeId() == QMetaType::QString;
    }
    if (!text) {
        for (int row = 0; row < rows; ++row) {
            const QVariant &value = values.at(row);
            if (value.isValid())
                m_sortKeys[size_t(row)] = value.toDouble();
        }
        return;
    }
    // Text: each distinct value's rank in the collation order. Tables repeat a few names many times over.
    QStringList distinct;
    QHash<QString, qsizetype> seen;
    for (const QVariant &value : std::as_const(values)) {
        const QString string = value.toString();
        if (!seen.contains(string)) {
            seen.insert(string, 0);
            distinct.append(string);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(sortCaseSensitivity());
    collator.setNumericMode(true);
    std::sort(distinct.begin(), distinct.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    for (qsizetype rank = 0; rank < distinct.size(); ++rank)
        seen[distinct.at(rank)] = rank;
    for (int row = 0; row < rows; ++row)
        m_sortKeys[size_t(row)] = double(seen.value(values.at(row).toString()));
}

bool UsageFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Only flat tables are cached; anything else compares the usual way.
    if (left.parent().isValid() || right.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_sortKeysColumn != left.column() || m_sortKeys.size() != size_t(sourceModel()->rowCount()))
        buildSortKeys(left.column());
    return m_sortKeys[size_t(left.row())] < m_sortKeys[size_t(right.row())];
}

void UsageFilterProxyModel::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool UsageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return true;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_environments && !m_environments->contains(index.data(ItemRole::EnvironmentId).toString()))
        return false;
    if (m_hostMode) {
        const QVariant mode = index.data(ItemRole::HostMode);
        if (mode.isValid() && mode.toInt() != int(*m_hostMode))
            return false;
    }
    if (!m_searchWords.isEmpty()) {
        QVariant text = index.data(ItemRole::SearchText);
        if (!text.isValid())
            text = index.data(Qt::DisplayRole);
        const QString haystack = text.toString();
        for (const QString &word : m_searchWords) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace LicenseUi
