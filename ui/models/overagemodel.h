// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <report/overagereport.h>
#include <usage/environmentnames.h>

#include <QAbstractTableModel>

namespace LicenseUi {

// The hours over a host-unit quota, in time order: the host units counted, the quota, the excess, and after them
// one column per environment with a share of any hour's excess (its share of that hour's excess host units).
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

    void setResult(const LicenseCore::OverageResult &result);
    void clear();
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    [[nodiscard]] const LicenseCore::OverageResult &result() const { return m_result; }
    // The environments with a share of some hour's excess, the biggest total share first.
    [[nodiscard]] const QStringList &shareEnvironments() const { return m_shareEnvironments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString environmentLabel(const QString &id) const;
    [[nodiscard]] double share(const LicenseCore::OverageHour &hour, int column) const;

    LicenseCore::OverageResult m_result;
    LicenseCore::EnvironmentNames m_names;
    QStringList m_shareEnvironments;
};

} // namespace LicenseUi
