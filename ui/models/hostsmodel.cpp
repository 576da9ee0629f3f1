// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsmodel.h"

#include "displayformat.h"

#include <usage/licenserules.h>

#include <QLocale>

namespace LicenseUi {

using namespace LicenseCore;

HostsModel::HostsModel(QObject *parent)
    : SortedTableModel(parent)
{}

HostsModel::~HostsModel() = default;

void HostsModel::setStore(UsageSnapshotPtr store)
{
    beginResetModel();
    m_store = std::move(store);
    resetOrder(rowCount());
    endResetModel();
}

void HostsModel::setEnvironmentNames(const EnvironmentNames &names)
{
    m_names = names;
    const int count = rowCount();
    if (count > 0) {
        Q_EMIT dataChanged(index(0, EnvironmentColumn), index(count - 1, EnvironmentColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        Q_EMIT dataChanged(index(0, 0), index(count - 1, ColumnCount - 1), {SearchTextRole});
        columnValuesChanged(EnvironmentColumn);
    }
}

const HostSummary *HostsModel::hostAt(int row) const
{
    if (!m_store || row < 0 || size_t(row) >= m_store->hosts().size())
        return nullptr;
    return &m_store->hosts()[size_t(sourceRow(row))];
}

int HostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : int(m_store->hosts().size());
}

int HostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostsModel::environmentLabel(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

qint64 HostsModel::hostUnitsMilli(const HostSummary &host) const
{
    return Rules::hostUnitsMilli(host.mode, host.memoryBytes, m_store->rules());
}

QVariant HostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const HostSummary &host = m_store->hosts()[size_t(sourceRow(index.row()))];
    const Column column = Column(index.column());
    const QString &environmentId = m_store->environmentIds().at(host.environment);
    switch (role) {
    case Qt::DisplayRole:
        return display(host, column);
    case SortRole:
        return raw(host, column);
    case EnvironmentIdRole:
        return environmentId;
    case HostModeRole:
        return int(host.mode);
    case OsiIdRole:
        return host.osiId;
    case SearchTextRole:
        return QString(host.entityId() + QLatin1Char(' ') + environmentId + QLatin1Char(' ') +
                       m_names.value(environmentId) + QLatin1Char(' ') + DisplayFormat::hostMode(host.mode));
    case Qt::TextAlignmentRole:
        switch (column) {
        case EntityIdColumn:
        case EnvironmentColumn:
        case ModeColumn:
        case FirstSeenColumn:
        case LastSeenColumn:
            return {};
        default:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case EntityIdColumn:
            return tr("OS instance id %1").arg(host.osiId);
        case EnvironmentColumn:
            return environmentId;
        case MemoryColumn:
            return DisplayFormat::exactBytes(host.memoryBytes);
        case ModeColumn:
            return tr("As in the last hour the host was seen.");
        case HostUnitsColumn:
            return DisplayFormat::hostUnitRule(m_store->rules());
        case HoursCountedColumn:
            return tr("Counted in %1 of the %2 hours the host was seen.")
                .arg(QLocale().toString(host.hoursCounted), QLocale().toString(host.hoursSeen));
        case HostUnitHoursColumn:
            return tr("Estimated: the sum of the host's host units over the hours it was counted.");
        case FirstSeenColumn:
            return DisplayFormat::periodDetail(host.firstSeenMs, Granularity::Hour);
        case LastSeenColumn:
            return DisplayFormat::periodDetail(host.lastSeenMs, Granularity::Hour);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant HostsModel::display(const HostSummary &host, Column column) const
{
    const QLocale locale;
    switch (column) {
    case EntityIdColumn:
        return host.entityId();
    case EnvironmentColumn:
        return environmentLabel(m_store->environmentIds().at(host.environment));
    case ModeColumn:
        return DisplayFormat::hostMode(host.mode);
    case MemoryColumn:
        return DisplayFormat::gibibytes(host.memoryBytes, locale);
    case HostUnitsColumn:
        return DisplayFormat::hostUnits(hostUnitsMilli(host), locale);
    case HoursCountedColumn:
        return DisplayFormat::count(host.hoursCounted, locale);
    case HostUnitHoursColumn:
        return DisplayFormat::hostUnits(host.hostUnitHoursMilli, locale);
    case FirstSeenColumn:
        return DisplayFormat::period(host.firstSeenMs, Granularity::Hour, locale);
    case LastSeenColumn:
        return DisplayFormat::period(host.lastSeenMs, Granularity::Hour, locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HostsModel::raw(const HostSummary &host, Column column) const
{
    switch (column) {
    case EntityIdColumn:
        return host.entityId();
    case EnvironmentColumn:
        return environmentLabel(m_store->environmentIds().at(host.environment));
    case ModeColumn:
        return int(host.mode);
    case MemoryColumn:
        return host.memoryBytes;
    case HostUnitsColumn:
        return hostUnitsMilli(host);
    case HoursCountedColumn:
        return host.hoursCounted;
    case HostUnitHoursColumn:
        return host.hostUnitHoursMilli;
    case FirstSeenColumn:
        return host.firstSeenMs;
    case LastSeenColumn:
        return host.lastSeenMs;
    case ColumnCount:
        break;
    }
    return {};
}

SortedTableModel::SortKeys HostsModel::sortKeys(int column) const
{
    SortKeys keys;
    if (!m_store || m_store->hosts().empty())
        return keys;
    const std::vector<HostSummary> &hosts = m_store->hosts();
    if (column == EntityIdColumn) {
        QStringList ids;
        ids.reserve(qsizetype(hosts.size()));
        for (const HostSummary &host : hosts)
            ids.append(host.entityId());
        keys.integers = collationRanks(ids);
        return keys;
    }
    std::vector<qint64> environmentRanks;
    if (column == EnvironmentColumn) {
        // Ranked per environment, not per host: many hosts share one.
        QStringList labels;
        for (const QString &id : m_store->environmentIds())
            labels.append(environmentLabel(id));
        environmentRanks = collationRanks(labels);
    }
    keys.integers.reserve(hosts.size());
    for (const HostSummary &host : hosts) {
        switch (Column(column)) {
        case EnvironmentColumn:
            keys.integers.push_back(environmentRanks[size_t(host.environment)]);
            break;
        case ModeColumn:
            keys.integers.push_back(int(host.mode));
            break;
        case MemoryColumn:
            keys.integers.push_back(host.memoryBytes);
            break;
        case HostUnitsColumn:
            keys.integers.push_back(hostUnitsMilli(host));
            break;
        case HoursCountedColumn:
            keys.integers.push_back(host.hoursCounted);
            break;
        case HostUnitHoursColumn:
            keys.integers.push_back(host.hostUnitHoursMilli);
            break;
        case FirstSeenColumn:
            keys.integers.push_back(host.firstSeenMs);
            break;
        case LastSeenColumn:
            keys.integers.push_back(host.lastSeenMs);
            break;
        case EntityIdColumn:
        case ColumnCount:
            keys.integers.push_back(0);
            break;
        }
    }
    return keys;
}

QVariant HostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const Column column = Column(section);
    if (role == ColumnNameRole) {
        switch (column) {
        case EntityIdColumn:
            return QStringLiteral("host_entity_id");
        case EnvironmentColumn:
            return QStringLiteral("environment");
        case ModeColumn:
            return QStringLiteral("mode");
        case MemoryColumn:
            return QStringLiteral("memory_gib");
        case HostUnitsColumn:
            return QStringLiteral("host_units");
        case HoursCountedColumn:
            return QStringLiteral("hours_counted");
        case HostUnitHoursColumn:
            return QStringLiteral("host_unit_hours");
        case FirstSeenColumn:
            return QStringLiteral("first_seen_utc");
        case LastSeenColumn:
            return QStringLiteral("last_seen_utc");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        const RuleSettings rules = m_store ? m_store->rules() : RuleSettings();
        switch (column) {
        case EntityIdColumn:
            return tr("The host's entity id in Dynatrace: HOST- and the OS instance id in hexadecimal.");
        case ModeColumn:
            return tr("Monitoring mode in the last hour the host was seen.");
        case MemoryColumn:
            return tr("Memory in GiB in the last hour the host was seen; for PaaS hosts the memory limit when set.");
        case HostUnitsColumn:
            return QString(tr("Host units of one counted hour at the host's latest memory and mode.") +
                           QLatin1Char('\n') + DisplayFormat::hostUnitRule(rules));
        case HoursCountedColumn:
            return tr("Hours in which the host counted towards host units.");
        case HostUnitHoursColumn:
            return QString(tr("Estimated: the sum of the host's hourly host units.") + QLatin1Char('\n') +
                           DisplayFormat::hostUnitRule(rules));
        case FirstSeenColumn:
        case LastSeenColumn:
            return tr("Start of the hour, in UTC.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case EntityIdColumn:
        return tr("Host");
    case EnvironmentColumn:
        return tr("Environment");
    case ModeColumn:
        return tr("Mode");
    case MemoryColumn:
        return tr("Memory (GiB)");
    case HostUnitsColumn:
        return tr("Host units (est.)");
    case HoursCountedColumn:
        return tr("Hours counted");
    case HostUnitHoursColumn:
        return tr("Host-unit hours (est.)");
    case FirstSeenColumn:
        return tr("First seen (UTC)");
    case LastSeenColumn:
        return tr("Last seen (UTC)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
