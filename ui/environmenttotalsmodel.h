// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QAbstractTableModel>

namespace LicenseUi {

// Per-environment totals over the whole import: one row per environment.
class EnvironmentTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTotalsModel)

public:
    enum Column
    {
        EnvironmentColumn,
        HostsColumn,
        HostUnitHoursColumn,
        PeakHostUnitsColumn,
        DemUnitsColumn,
        DduColumn,
        SessionsColumn,
        LogStoragePeakColumn,    // a level: the highest hour, never a sum
        LogStorageAverageColumn, // over the environment's hours with data
        LogUploadColumn,         // a flow: summed
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw number behind a formatted cell
        EnvironmentIdRole,
    };

    explicit EnvironmentTotalsModel(QObject *parent = nullptr);
    ~EnvironmentTotalsModel() override;

    void setStore(LicenseCore::UsageSnapshotPtr store, const LicenseCore::EnvironmentNames &names = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LicenseCore::UsageSnapshotPtr m_store;
    LicenseCore::EnvironmentNames m_names;
    QList<int> m_distinctHosts;
};

} // namespace LicenseUi
