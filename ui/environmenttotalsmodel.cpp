// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmenttotalsmodel.h"

#include "models/displayformat.h"

#include <QLocale>

namespace LicenseUi {

using namespace LicenseCore;

EnvironmentTotalsModel::EnvironmentTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

EnvironmentTotalsModel::~EnvironmentTotalsModel() = default;

void EnvironmentTotalsModel::setStore(UsageSnapshotPtr store, const EnvironmentNames &names)
{
    beginResetModel();
    m_store = std::move(store);
    m_names = names;
    m_distinctHosts.clear();
    if (m_store) {
        m_distinctHosts.fill(0, m_store->environmentIds().size());
        for (const HostSummary &host : m_store->hosts()) {
            if (host.hoursCounted > 0)
                ++m_distinctHosts[host.environment];
        }
    }
    endResetModel();
}

int EnvironmentTotalsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return int(m_store->environmentTotals().size());
}

int EnvironmentTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const UsageRow &row = m_store->environmentTotals().at(size_t(index.row()));
    const QString &id = m_store->environmentIds().at(row.environment);
    if (role == EnvironmentIdRole)
        return id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == EnvironmentColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == EnvironmentColumn)
        return id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case EnvironmentColumn: {
        const QString name = m_names.value(id);
        return name.isEmpty() ? id : name;
    }
    case HostsColumn:
        return m_distinctHosts.value(row.environment);
    case HostUnitHoursColumn:
        return display ? locale.toString(double(row.hostUnitHoursMilli) / 1000.0, 'f', 2)
                       : QVariant(row.hostUnitHoursMilli);
    case PeakHostUnitsColumn:
        return display ? locale.toString(double(row.peakHostUnitsMilli) / 1000.0, 'f', 2)
                       : QVariant(row.peakHostUnitsMilli);
    case DemUnitsColumn:
        return display ? locale.toString(row.demUnits, 'f', 2) : QVariant(row.demUnits);
    case DduColumn:
        return display ? locale.toString(row.dduTotal, 'f', 2) : QVariant(row.dduTotal);
    case SessionsColumn:
        return display ? locale.toString(row.userSessions()) : QVariant(row.userSessions());
    case LogStoragePeakColumn:
        return display ? locale.formattedDataSize(row.peakLogStorageBytes) : QVariant(row.peakLogStorageBytes);
    case LogStorageAverageColumn:
        return display ? locale.formattedDataSize(row.averageLogStorageBytes())
                       : QVariant(row.averageLogStorageBytes());
    case LogUploadColumn:
        return display ? locale.formattedDataSize(row.logUploadBytes) : QVariant(row.logUploadBytes);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EnvironmentTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case HostUnitHoursColumn:
        case PeakHostUnitsColumn:
            return DisplayFormat::hostUnitRule(m_store ? m_store->rules() : RuleSettings());
        case DemUnitsColumn:
            return DisplayFormat::demUnitRule(m_store ? m_store->rules() : RuleSettings());
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case EnvironmentColumn:
        return tr("Environment");
    case HostsColumn:
        return tr("Hosts");
    case HostUnitHoursColumn:
        return tr("Host-unit hours (est.)");
    case PeakHostUnitsColumn:
        return tr("Peak host units (est.)");
    case DemUnitsColumn:
        return tr("DEM units (est.)");
    case DduColumn:
        return tr("DDUs");
    case SessionsColumn:
        return tr("User sessions");
    case LogStoragePeakColumn:
        return tr("Log storage (peak)");
    case LogStorageAverageColumn:
        return tr("Log storage (average)");
    case LogUploadColumn:
        return tr("Log upload");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
