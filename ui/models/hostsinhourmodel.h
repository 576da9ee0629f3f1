// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <history/hostfigures.h>
#include <usage/environmentnames.h>
#include <usage/licenserules.h>

#include <QAbstractTableModel>
#include <vector>

namespace LicenseUi {

// The hosts counted in one hour, in the order given (the most host units first): who ran when the quota was
// exceeded.
class HostsInHourModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostsInHourModel)

public:
    enum Column
    {
        HostColumn,
        EnvironmentColumn,
        ModeColumn,
        MemoryColumn,
        HostUnitsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        EnvironmentIdRole = ItemRole::EnvironmentId,
    };

    explicit HostsInHourModel(QObject *parent = nullptr);
    ~HostsInHourModel() override;

    void setHosts(qint64 hourMs, std::vector<LicenseCore::HostInHour> hosts);
    void clear();
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    // The estimation rules the host units were computed with: the tooltips name them.
    void setRules(const LicenseCore::RuleSettings &rules);
    // The hour shown; -1 while none is.
    [[nodiscard]] qint64 hourMs() const { return m_hourMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString environmentLabel(const QString &id) const;

    qint64 m_hourMs = -1;
    std::vector<LicenseCore::HostInHour> m_hosts;
    LicenseCore::EnvironmentNames m_names;
    LicenseCore::RuleSettings m_rules;
};

} // namespace LicenseUi
