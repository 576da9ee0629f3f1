// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsinhourmodel.h"

#include "displayformat.h"

#include <usage/licenserules.h>

namespace LicenseUi {

using namespace LicenseCore;

HostsInHourModel::HostsInHourModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HostsInHourModel::~HostsInHourModel() = default;

void HostsInHourModel::setHosts(qint64 hourMs, std::vector<HostInHour> hosts)
{
    beginResetModel();
    m_hourMs = hourMs;
    m_hosts = std::move(hosts);
    endResetModel();
}

void HostsInHourModel::clear()
{
    setHosts(-1, {});
}

void HostsInHourModel::setEnvironmentNames(const EnvironmentNames &names)
{
    m_names = names;
    if (!m_hosts.empty())
        Q_EMIT dataChanged(index(0, EnvironmentColumn), index(rowCount() - 1, EnvironmentColumn));
}

int HostsInHourModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int HostsInHourModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostsInHourModel::environmentLabel(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

QVariant HostsInHourModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostInHour &host = m_hosts[size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case HostColumn:
            return Rules::hostEntityId(host.osiId);
        case EnvironmentColumn:
            return environmentLabel(host.environmentId);
        case ModeColumn:
            return DisplayFormat::hostMode(host.mode);
        case MemoryColumn:
            return DisplayFormat::gibibytes(host.memoryBytes, locale);
        case HostUnitsColumn:
            return DisplayFormat::hostUnits(host.hostUnitsMilli, locale);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case HostColumn:
            return Rules::hostEntityId(host.osiId);
        case EnvironmentColumn:
            return environmentLabel(host.environmentId);
        case ModeColumn:
            return int(host.mode);
        case MemoryColumn:
            return host.memoryBytes;
        case HostUnitsColumn:
            return host.hostUnitsMilli;
        case ColumnCount:
            break;
        }
        return {};
    case EnvironmentIdRole:
        return host.environmentId;
    case Qt::ToolTipRole:
        return index.column() == EnvironmentColumn ? QVariant(host.environmentId) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= MemoryColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant HostsInHourModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case HostColumn:
        return tr("Host");
    case EnvironmentColumn:
        return tr("Environment");
    case ModeColumn:
        return tr("Mode");
    case MemoryColumn:
        return tr("Memory (GiB)");
    case HostUnitsColumn:
        return tr("Host units (est.)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
