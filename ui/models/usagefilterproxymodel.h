// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hourrecord.h>

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>
#include <vector>

namespace LicenseUi {

// Sorting and filtering for the usage models, through the shared roles of itemroles.h: sorts by the raw value
// (ItemRole::Sort), keeps rows of chosen environments (ItemRole::EnvironmentId), rows whose search text contains
// every word typed (ItemRole::SearchText, case-insensitive; the first column's text when a model has no search
// text), and, for hosts, one monitoring mode (ItemRole::HostMode).
//
// A model that sorts its own rows (SortedTableModel: the hourly usage and the hosts) is sorted there: sort() is
// handed on to it, and the proxy keeps its order and only filters. Sorting a year of hours here took tens of
// milliseconds even from cached keys, on the GUI thread, each time the table was first shown.
//
// Other models are sorted here. Comparing their rows through data() is slow on long tables, so the sort
// column's values are read once into plain numbers (text by its collation rank) and compared from there,
// until the source model changes.
class UsageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageFilterProxyModel)

public:
    explicit UsageFilterProxyModel(QObject *parent = nullptr);
    ~UsageFilterProxyModel() override;

    // Only rows of these environment ids; an empty set shows no rows. clearEnvironmentFilter() shows all.
    void setEnvironmentFilter(const QSet<QString> &environmentIds);
    void clearEnvironmentFilter();
    [[nodiscard]] std::optional<QSet<QString>> environmentFilter() const { return m_environments; }

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }

    // Rows whose model has no host mode pass any mode filter.
    void setHostModeFilter(std::optional<LicenseCore::HostMode> mode);
    [[nodiscard]] std::optional<LicenseCore::HostMode> hostModeFilter() const { return m_hostMode; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void dropSortKeys();
    void buildSortKeys(int column) const;

    std::optional<QSet<QString>> m_environments;
    QString m_searchText;
    QStringList m_searchWords;
    std::optional<LicenseCore::HostMode> m_hostMode;
    QList<QMetaObject::Connection> m_sourceConnections;
    // The sort column's value per source row; built on the first comparison after a change.
    mutable std::vector<double> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
};

} // namespace LicenseUi
