// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <report/hostchurn.h>
#include <usage/environmentnames.h>
#include <usage/licenserules.h>

#include <QAbstractTableModel>

namespace LicenseUi {

// Host churn between two periods, one row per host in the result's order (the biggest change of host-unit hours
// first): how it changed, its mode and host units in its last counted hour of each period, and its host-unit hours.
class ChurnModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnModel)

public:
    enum Column
    {
        HostColumn,
        EnvironmentColumn,
        ChangeColumn,
        ModeBeforeColumn,
        ModeAfterColumn,
        HostUnitsBeforeColumn,
        HostUnitsAfterColumn,
        HostUnitHoursBeforeColumn,
        HostUnitHoursAfterColumn,
        DifferenceColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        EnvironmentIdRole = ItemRole::EnvironmentId,
        ChangeRole = ItemRole::ColumnName + 1, // the change's CSV word ("added"), on every column
    };

    explicit ChurnModel(QObject *parent = nullptr);
    ~ChurnModel() override;

    void setResult(const LicenseCore::ChurnResult &result);
    void clear();
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    [[nodiscard]] const LicenseCore::ChurnResult &result() const { return m_result; }
    // The estimation rules the result was computed with: the tooltips name them.
    void setRules(const LicenseCore::RuleSettings &rules);

    // "Added", "Mode changed", …: the change as a user reads it.
    [[nodiscard]] static QString changeText(LicenseCore::HostChange change);
    // How the change was decided, for its tooltip.
    [[nodiscard]] static QString changeRule(LicenseCore::HostChange change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString environmentLabel(const QString &id) const;
    [[nodiscard]] QVariant display(const LicenseCore::ChurnRow &row, Column column) const;
    [[nodiscard]] QVariant raw(const LicenseCore::ChurnRow &row, Column column) const;
    [[nodiscard]] QString toolTip(const LicenseCore::ChurnRow &row, Column column) const;

    LicenseCore::ChurnResult m_result;
    LicenseCore::RuleSettings m_rules;
    LicenseCore::EnvironmentNames m_names;
};

} // namespace LicenseUi
