// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <report/reconciliation.h>
#include <usage/licenserules.h>

#include <QAbstractTableModel>

namespace LicenseUi {

// The reconciliation's figures, one row per unit (host units, host-unit hours, DEM units, DDUs): the history's
// estimate, the billed usage, their difference and that difference in percent of the billed usage. Every cell's
// tooltip says how its figure was computed.
class ReconciliationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationModel)

public:
    enum Column
    {
        UnitColumn,
        EstimateColumn,
        BilledColumn,
        DifferenceColumn,
        PercentColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        ColumnNameRole = ItemRole::ColumnName,
    };

    explicit ReconciliationModel(QObject *parent = nullptr);
    ~ReconciliationModel() override;

    // `rules` are those the estimate was computed with; `billedSource` names where the billed usage was read
    // (empty when it was not).
    void setReconciliation(const LicenseCore::Reconciliation &reconciliation, const LicenseCore::RuleSettings &rules,
                           const QString &billedSource);
    void clear();
    [[nodiscard]] const LicenseCore::Reconciliation &reconciliation() const { return m_reconciliation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The unit of a reconciliation line's metric as the page names it ("DEM units").
    [[nodiscard]] static QString unitName(const QString &metric);

private:
    [[nodiscard]] QString estimateMethod(const LicenseCore::ReconciliationLine &line) const;
    [[nodiscard]] QString billedMethod(const LicenseCore::ReconciliationLine &line) const;

    LicenseCore::Reconciliation m_reconciliation;
    LicenseCore::RuleSettings m_rules;
    QString m_billedSource;
};

} // namespace LicenseUi
