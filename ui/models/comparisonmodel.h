// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <report/periodcomparison.h>
#include <usage/environmentnames.h>
#include <usage/licenserules.h>

#include <QAbstractTableModel>

namespace LicenseUi {

// Two periods side by side: per environment and in total, each metric before and after, its change and relative
// change, in the result's order.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Column
    {
        EnvironmentColumn,
        MetricColumn,
        BeforeColumn,
        AfterColumn,
        ChangeColumn,
        ChangePercentColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        EnvironmentIdRole = ItemRole::EnvironmentId,
        MetricRole = ItemRole::ColumnName + 1, // the metric's CSV name, on every column
    };

    explicit ComparisonModel(QObject *parent = nullptr);
    ~ComparisonModel() override;

    void setResult(const LicenseCore::ComparisonResult &result);
    void clear();
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    [[nodiscard]] const LicenseCore::ComparisonResult &result() const { return m_result; }

    // "Host-unit hours", "DDUs: Log", … for a metric's CSV name; an unknown name as it is.
    [[nodiscard]] static QString metricText(const QString &metric);
    // Host-unit hours, peak host units and DEM units are estimated; the rest is the exports' own figures.
    [[nodiscard]] static bool isEstimate(const QString &metric);
    // How `metric` is computed: the rule and the inputs it counts, for the tooltips.
    [[nodiscard]] QString metricRule(const QString &metric) const;
    // The estimation rules the result was computed with: the tooltips name them.
    void setRules(const LicenseCore::RuleSettings &rules);
    // A value of the metric as a user reads it (bytes for volumes, counts, host units).
    [[nodiscard]] static QString valueText(const QString &metric, double value);
    // "+12.5 %"; "new" when there was nothing before.
    [[nodiscard]] static QString percentText(std::optional<double> percent, double change);
    [[nodiscard]] QString environmentLabel(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LicenseCore::ComparisonResult m_result;
    LicenseCore::RuleSettings m_rules;
    LicenseCore::EnvironmentNames m_names;
};

} // namespace LicenseUi
