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

void HostsInHourModel::setRules(const RuleSettings &rules)
{
    m_rules = rules;
    if (!m_hosts.empty())
        Q_EMIT dataChanged(index(0, HostUnitsColumn), index(rowCount() - 1, HostUnitsColumn), {Qt::ToolTipRole});
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
        switch (Column(index.column())) {
        case HostColumn:
            return tr("OS instance id %1").arg(host.osiId);
        case EnvironmentColumn:
            return host.environmentId;
        case HostUnitsColumn:
            return QString(tr("Estimated: the host's host units in this hour, from its memory and monitoring mode.") +
                           QLatin1Char('\n') + DisplayFormat::hostUnitRule(m_rules));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() >= MemoryColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant HostsInHourModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case HostColumn:
            return tr("The host's entity id, made from its OS instance id.");
        case EnvironmentColumn:
            return tr("The environment that counted the host in this hour.");
        case ModeColumn:
            return tr("The host's monitoring mode in this hour.");
        case MemoryColumn:
            return tr("The host's memory in this hour, as the export reports it.");
        case HostUnitsColumn:
            return tr("Estimated: from the host's memory and monitoring mode with the estimation rules in Settings.");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
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
