// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <report/overagereport.h>
#include <usage/environmentnames.h>

#include <QAbstractTableModel>
#include <vector>

namespace LicenseUi {

// The hours over a host-unit quota, in time order: the host units counted, the quota, the excess, the scope (the
// whole cluster, or an environment over its own quota), and after them one column per environment with a share of
// any hour's excess (its share of that hour's excess host units). The cluster's hours come first, then each
// environment's hours over its own quota, as in the CSV.
class OverageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverageModel)

public:
    enum Column
    {
        HourColumn,
        HostUnitsColumn,
        QuotaColumn,
        ExcessColumn,
        ScopeColumn,
        FirstShareColumn // then one per environment in shareEnvironments()
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        HourRole = ItemRole::PeriodStart,
        ColumnNameRole = ItemRole::ColumnName,
    };

    explicit OverageModel(QObject *parent = nullptr);
    ~OverageModel() override;

    // The cluster's hours over its quota, and each environment's over its own (OverageReport::computePerEnvironment).
    void setResult(const LicenseCore::OverageResult &result,
                   const std::vector<LicenseCore::OverageResult> &environments = {});
    void clear();
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    [[nodiscard]] const LicenseCore::OverageResult &result() const { return m_result; }
    [[nodiscard]] const std::vector<LicenseCore::OverageResult> &environmentResults() const { return m_environments; }
    // The environments with a share of some hour's excess, the biggest total share first.
    [[nodiscard]] const QStringList &shareEnvironments() const { return m_shareEnvironments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A row: the scope's result and the hour in it.
    struct Row
    {
        const LicenseCore::OverageResult *scope = nullptr;
        const LicenseCore::OverageHour *hour = nullptr;
    };

    [[nodiscard]] QString environmentLabel(const QString &id) const;
    [[nodiscard]] QString scopeLabel(const LicenseCore::OverageResult &scope) const;
    [[nodiscard]] double share(const LicenseCore::OverageHour &hour, int column) const;

    LicenseCore::OverageResult m_result;
    std::vector<LicenseCore::OverageResult> m_environments;
    std::vector<Row> m_rows;
    LicenseCore::EnvironmentNames m_names;
    QStringList m_shareEnvironments;
};

} // namespace LicenseUi
