// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"
#include "sortedtablemodel.h"

#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QStringList>
#include <vector>

namespace LicenseUi {

// Usage per environment and period with every column of the canonical CSV (DOMAIN.md §5), in the CSV's order:
// per hour the hourly columns, per day or month the roll-up columns (hours with data, peaks, host-unit hours),
// then one column per DDU pool. Rows are ordered by period, then environment id, until sorted by a column.
class HourlyUsageModel final : public SortedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HourlyUsageModel)

public:
    // What a section shows. Which of these are present depends on the granularity: HoursWithDataColumn and
    // PeakHostUnitsColumn only for days and months; DduPoolColumn once per pool.
    enum Column
    {
        PeriodColumn,
        EnvironmentIdColumn,
        EnvironmentNameColumn,
        HoursWithDataColumn,
        HostsColumn,
        HostUnitsColumn,
        PeakHostUnitsColumn,
        FullStackHostUnitsColumn,
        InfrastructureHostUnitsColumn,
        PaasHostUnitsColumn,
        VisitsColumn,
        MobileSessionsColumn,
        SessionReplaysColumn,
        MobileSessionReplaysColumn,
        RumUserPropertiesColumn,
        SyntheticBrowserExecutionsColumn,
        SyntheticHttpExecutionsColumn,
        DemUnitsColumn,
        DduTotalColumn,
        CustomMetricsColumn,
        LogStorageBytesColumn,   // the hour's level; the highest hourly level of a day or month
        LogStorageAverageColumn, // days and months: the average hourly level
        LogUploadBytesColumn,
        TrialColumn,
        DduPoolColumn,
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        EnvironmentIdRole = ItemRole::EnvironmentId,
        SearchTextRole = ItemRole::SearchText,
        PeriodStartRole = ItemRole::PeriodStart,
        ColumnNameRole = ItemRole::ColumnName, // header only: the CSV column name
    };

    explicit HourlyUsageModel(QObject *parent = nullptr);
    ~HourlyUsageModel() override;

    void setStore(LicenseCore::UsageSnapshotPtr store);
    [[nodiscard]] LicenseCore::UsageSnapshotPtr store() const { return m_store; }
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    void setGranularity(LicenseCore::Granularity granularity);
    [[nodiscard]] LicenseCore::Granularity granularity() const { return m_granularity; }

    [[nodiscard]] Column columnAt(int section) const;
    // The section showing `column`, or -1 when the granularity has no such column; for DduPoolColumn, `pool` is
    // the index into UsageSnapshot::dduPools().
    [[nodiscard]] int sectionOf(Column column, int pool = -1) const;
    // The pool shown in a DduPoolColumn section, or -1.
    [[nodiscard]] int poolAt(int section) const;
    // The row shown at `row`, in the current sort order.
    [[nodiscard]] const LicenseCore::UsageRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] SortKeys sortKeys(int section) const override;

private:
    void rebuildColumns();
    [[nodiscard]] const std::vector<LicenseCore::UsageRow> &rows() const;
    [[nodiscard]] QVariant display(const LicenseCore::UsageRow &row, Column column, int pool) const;
    [[nodiscard]] QVariant raw(const LicenseCore::UsageRow &row, Column column, int pool) const;
    [[nodiscard]] QString headerTitle(Column column, int pool) const;
    [[nodiscard]] QString headerToolTip(Column column, int section) const;

    LicenseCore::UsageSnapshotPtr m_store;
    LicenseCore::EnvironmentNames m_names;
    LicenseCore::Granularity m_granularity = LicenseCore::Granularity::Hour;
    std::vector<LicenseCore::UsageRow> m_periodRows; // day or month roll-ups; hours are read from the store
    QList<Column> m_columns;
    QStringList m_columnNames; // CSV names, aligned with m_columns
};

} // namespace LicenseUi
