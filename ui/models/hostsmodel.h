// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"
#include "sortedtablemodel.h"

#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

namespace LicenseUi {

// One row per host over the whole import, in the store's order (the biggest consumers first) until sorted by a
// column.
class HostsModel final : public SortedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostsModel)

public:
    enum Column
    {
        EntityIdColumn,
        EnvironmentColumn,
        ModeColumn,
        MemoryColumn,
        HostUnitsColumn, // per counted hour at the host's latest memory and mode
        HoursCountedColumn,
        HostUnitHoursColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        EnvironmentIdRole = ItemRole::EnvironmentId,
        SearchTextRole = ItemRole::SearchText,
        HostModeRole = ItemRole::HostMode,
        ColumnNameRole = ItemRole::ColumnName,
        OsiIdRole = ItemRole::ColumnName + 1, // the exact signed 64-bit id as qint64
    };

    explicit HostsModel(QObject *parent = nullptr);
    ~HostsModel() override;

    void setStore(LicenseCore::UsageSnapshotPtr store);
    [[nodiscard]] LicenseCore::UsageSnapshotPtr store() const { return m_store; }
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    // The host shown at `row`, in the current sort order.
    [[nodiscard]] const LicenseCore::HostSummary *hostAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] SortKeys sortKeys(int column) const override;

private:
    [[nodiscard]] QString environmentLabel(const QString &id) const;
    [[nodiscard]] qint64 hostUnitsMilli(const LicenseCore::HostSummary &host) const;
    [[nodiscard]] QVariant display(const LicenseCore::HostSummary &host, Column column) const;
    [[nodiscard]] QVariant raw(const LicenseCore::HostSummary &host, Column column) const;

    LicenseCore::UsageSnapshotPtr m_store;
    LicenseCore::EnvironmentNames m_names;
};

} // namespace LicenseUi
