// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hourlyusagemodel.h"

#include "displayformat.h"

#include <report/csvwriter.h>

#include <QLocale>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

const std::vector<UsageRow> NoRows;

const UsageSnapshot &emptyStore()
{
    static const UsageSnapshot store;
    return store;
}

bool isText(HourlyUsageModel::Column column)
{
    return column == HourlyUsageModel::PeriodColumn || column == HourlyUsageModel::EnvironmentIdColumn ||
           column == HourlyUsageModel::EnvironmentNameColumn || column == HourlyUsageModel::TrialColumn;
}

bool isHostUnits(HourlyUsageModel::Column column)
{
    switch (column) {
    case HourlyUsageModel::HostUnitsColumn:
    case HourlyUsageModel::PeakHostUnitsColumn:
    case HourlyUsageModel::FullStackHostUnitsColumn:
    case HourlyUsageModel::InfrastructureHostUnitsColumn:
    case HourlyUsageModel::PaasHostUnitsColumn:
        return true;
    default:
        return false;
    }
}

// The value sorted by, for the columns of whole numbers (periods in epoch ms, trial as 0 or 1).
qint64 integerValue(const UsageRow &row, HourlyUsageModel::Column column)
{
    switch (column) {
    case HourlyUsageModel::PeriodColumn:
        return row.periodStartMs;
    case HourlyUsageModel::HoursWithDataColumn:
        return row.hoursWithData;
    case HourlyUsageModel::HostsColumn:
        return row.peakHosts;
    case HourlyUsageModel::HostUnitsColumn:
        return row.hostUnitHoursMilli;
    case HourlyUsageModel::PeakHostUnitsColumn:
        return row.peakHostUnitsMilli;
    case HourlyUsageModel::FullStackHostUnitsColumn:
        return row.fullStackHostUnitHoursMilli;
    case HourlyUsageModel::InfrastructureHostUnitsColumn:
        return row.infrastructureHostUnitHoursMilli;
    case HourlyUsageModel::PaasHostUnitsColumn:
        return row.paasHostUnitHoursMilli;
    case HourlyUsageModel::VisitsColumn:
        return row.visits;
    case HourlyUsageModel::MobileSessionsColumn:
        return row.mobileSessions;
    case HourlyUsageModel::SessionReplaysColumn:
        return row.sessionReplays;
    case HourlyUsageModel::MobileSessionReplaysColumn:
        return row.mobileSessionReplays;
    case HourlyUsageModel::RumUserPropertiesColumn:
        return row.rumUserProperties;
    case HourlyUsageModel::SyntheticBrowserExecutionsColumn:
        return row.syntheticBrowserExecutions;
    case HourlyUsageModel::SyntheticHttpExecutionsColumn:
        return row.syntheticHttpExecutions;
    case HourlyUsageModel::CustomMetricsColumn:
        return row.customMetrics;
    case HourlyUsageModel::LogStorageBytesColumn:
        return row.peakLogStorageBytes;
    case HourlyUsageModel::LogStorageAverageColumn:
        return row.averageLogStorageBytes();
    case HourlyUsageModel::LogUploadBytesColumn:
        return row.logUploadBytes;
    case HourlyUsageModel::TrialColumn:
        return row.trial ? 1 : 0;
    case HourlyUsageModel::EnvironmentIdColumn:
    case HourlyUsageModel::EnvironmentNameColumn:
    case HourlyUsageModel::DemUnitsColumn:
    case HourlyUsageModel::DduTotalColumn:
    case HourlyUsageModel::DduPoolColumn:
        break;
    }
    return 0;
}

} // namespace

HourlyUsageModel::HourlyUsageModel(QObject *parent)
    : SortedTableModel(parent)
{
    rebuildColumns();
}

HourlyUsageModel::~HourlyUsageModel() = default;

void HourlyUsageModel::setStore(UsageSnapshotPtr store)
{
    beginResetModel();
    m_store = std::move(store);
    m_periodRows =
        m_store && m_granularity != Granularity::Hour ? m_store->rollUp(m_granularity) : std::vector<UsageRow>();
    rebuildColumns();
    resetOrder(int(rows().size()));
    endResetModel();
}

void HourlyUsageModel::setEnvironmentNames(const EnvironmentNames &names)
{
    m_names = names;
    const int count = rowCount();
    if (count > 0) {
        Q_EMIT dataChanged(index(0, 0), index(count - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole, SearchTextRole});
        columnValuesChanged(sectionOf(EnvironmentNameColumn));
    }
}

void HourlyUsageModel::setGranularity(Granularity granularity)
{
    if (granularity == m_granularity)
        return;
    beginResetModel();
    m_granularity = granularity;
    m_periodRows =
        m_store && m_granularity != Granularity::Hour ? m_store->rollUp(m_granularity) : std::vector<UsageRow>();
    rebuildColumns();
    resetOrder(int(rows().size()));
    endResetModel();
}

void HourlyUsageModel::rebuildColumns()
{
    const bool hourly = m_granularity == Granularity::Hour;
    m_columns = {PeriodColumn, EnvironmentIdColumn, EnvironmentNameColumn};
    if (!hourly)
        m_columns.append(HoursWithDataColumn);
    m_columns.append({HostsColumn, HostUnitsColumn});
    if (!hourly)
        m_columns.append(PeakHostUnitsColumn);
    m_columns.append({FullStackHostUnitsColumn, InfrastructureHostUnitsColumn, PaasHostUnitsColumn, VisitsColumn,
                      MobileSessionsColumn, SessionReplaysColumn, MobileSessionReplaysColumn, RumUserPropertiesColumn,
                      SyntheticBrowserExecutionsColumn, SyntheticHttpExecutionsColumn, DemUnitsColumn, DduTotalColumn,
                      CustomMetricsColumn, LogStorageBytesColumn});
    if (!hourly)
        m_columns.append(LogStorageAverageColumn);
    m_columns.append({LogUploadBytesColumn, TrialColumn});
    const qsizetype pools = m_store ? m_store->dduPools().size() : 0;
    for (qsizetype i = 0; i < pools; ++i)
        m_columns.append(DduPoolColumn);
    // The CSV writer owns the names, including how pool names are folded and kept unique.
    m_columnNames = CsvWriter::header(m_store ? *m_store : emptyStore(), m_granularity);
    Q_ASSERT(m_columnNames.size() == m_columns.size());
}

const std::vector<UsageRow> &HourlyUsageModel::rows() const
{
    if (!m_store)
        return NoRows;
    return m_granularity == Granularity::Hour ? m_store->hourly() : m_periodRows;
}

HourlyUsageModel::Column HourlyUsageModel::columnAt(int section) const
{
    return m_columns.value(section, PeriodColumn);
}

int HourlyUsageModel::sectionOf(Column column, int pool) const
{
    if (column == DduPoolColumn) {
        const int first = int(m_columns.indexOf(DduPoolColumn));
        return first < 0 || pool < 0 || first + pool >= m_columns.size() ? -1 : first + pool;
    }
    return int(m_columns.indexOf(column));
}

int HourlyUsageModel::poolAt(int section) const
{
    if (section < 0 || section >= m_columns.size() || m_columns.at(section) != DduPoolColumn)
        return -1;
    return section - int(m_columns.indexOf(DduPoolColumn));
}

const UsageRow *HourlyUsageModel::rowAt(int row) const
{
    const std::vector<UsageRow> &all = rows();
    return row >= 0 && size_t(row) < all.size() ? &all[size_t(sourceRow(row))] : nullptr;
}

int HourlyUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int HourlyUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant HourlyUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const UsageRow &row = rows()[size_t(sourceRow(index.row()))];
    const Column column = m_columns.at(index.column());
    const int pool = column == DduPoolColumn ? poolAt(index.column()) : -1;
    const QString &id = m_store->environmentIds().at(row.environment);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column, pool);
    case SortRole:
        return raw(row, column, pool);
    case EnvironmentIdRole:
        return id;
    case SearchTextRole:
        return QString(id + QLatin1Char(' ') + m_names.value(id));
    case PeriodStartRole:
        return row.periodStartMs;
    case Qt::TextAlignmentRole:
        return isText(column) ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case PeriodColumn:
            return DisplayFormat::periodDetail(row.periodStartMs, m_granularity);
        case EnvironmentIdColumn:
        case EnvironmentNameColumn:
            return m_names.value(id).isEmpty() ? id : tr("%1\n%2").arg(m_names.value(id), id);
        case LogStorageBytesColumn:
            return DisplayFormat::exactBytes(row.peakLogStorageBytes);
        case LogStorageAverageColumn:
            return DisplayFormat::exactBytes(row.averageLogStorageBytes());
        case LogUploadBytesColumn:
            return DisplayFormat::exactBytes(row.logUploadBytes);
        case HostUnitsColumn:
        case PeakHostUnitsColumn:
        case FullStackHostUnitsColumn:
        case InfrastructureHostUnitsColumn:
        case PaasHostUnitsColumn:
            return DisplayFormat::hostUnitRule(m_store->rules());
        case DemUnitsColumn:
            return DisplayFormat::demUnitRule(m_store->rules());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HourlyUsageModel::display(const UsageRow &row, Column column, int pool) const
{
    const QLocale locale;
    if (isHostUnits(column))
        return DisplayFormat::hostUnits(raw(row, column, pool).toLongLong(), locale);
    switch (column) {
    case PeriodColumn:
        return DisplayFormat::period(row.periodStartMs, m_granularity, locale);
    case EnvironmentIdColumn:
        return m_store->environmentIds().at(row.environment);
    case EnvironmentNameColumn:
        return m_names.value(m_store->environmentIds().at(row.environment));
    case DemUnitsColumn:
    case DduTotalColumn:
    case DduPoolColumn:
        return DisplayFormat::decimal(raw(row, column, pool).toDouble(), locale);
    case LogStorageBytesColumn:
        return DisplayFormat::bytes(double(row.peakLogStorageBytes), locale);
    case LogStorageAverageColumn:
        return DisplayFormat::bytes(double(row.averageLogStorageBytes()), locale);
    case LogUploadBytesColumn:
        return DisplayFormat::bytes(double(row.logUploadBytes), locale);
    case TrialColumn:
        return row.trial ? tr("Yes") : tr("No");
    default:
        return DisplayFormat::count(raw(row, column, pool).toLongLong(), locale);
    }
}

QVariant HourlyUsageModel::raw(const UsageRow &row, Column column, int pool) const
{
    switch (column) {
    case PeriodColumn:
        return row.periodStartMs;
    case EnvironmentIdColumn:
        return m_store->environmentIds().at(row.environment);
    case EnvironmentNameColumn: {
        const QString &id = m_store->environmentIds().at(row.environment);
        const QString name = m_names.value(id);
        return name.isEmpty() ? id : name;
    }
    case HoursWithDataColumn:
        return row.hoursWithData;
    case HostsColumn:
        return row.peakHosts;
    case HostUnitsColumn:
        return row.hostUnitHoursMilli;
    case PeakHostUnitsColumn:
        return row.peakHostUnitsMilli;
    case FullStackHostUnitsColumn:
        return row.fullStackHostUnitHoursMilli;
    case InfrastructureHostUnitsColumn:
        return row.infrastructureHostUnitHoursMilli;
    case PaasHostUnitsColumn:
        return row.paasHostUnitHoursMilli;
    case VisitsColumn:
        return row.visits;
    case MobileSessionsColumn:
        return row.mobileSessions;
    case SessionReplaysColumn:
        return row.sessionReplays;
    case MobileSessionReplaysColumn:
        return row.mobileSessionReplays;
    case RumUserPropertiesColumn:
        return row.rumUserProperties;
    case SyntheticBrowserExecutionsColumn:
        return row.syntheticBrowserExecutions;
    case SyntheticHttpExecutionsColumn:
        return row.syntheticHttpExecutions;
    case DemUnitsColumn:
        return row.demUnits;
    case DduTotalColumn:
        return row.dduTotal;
    case CustomMetricsColumn:
        return row.customMetrics;
    case LogStorageBytesColumn:
        return row.peakLogStorageBytes;
    case LogStorageAverageColumn:
        return row.averageLogStorageBytes();
    case LogUploadBytesColumn:
        return row.logUploadBytes;
    case TrialColumn:
        return row.trial;
    case DduPoolColumn:
        return row.dduByPool.value(pool);
    }
    return {};
}

SortedTableModel::SortKeys HourlyUsageModel::sortKeys(int section) const
{
    const std::vector<UsageRow> &all = rows();
    const Column column = columnAt(section);
    SortKeys keys;
    if (all.empty())
        return keys;
    if (column == DemUnitsColumn || column == DduTotalColumn || column == DduPoolColumn) {
        const int pool = poolAt(section);
        keys.reals.reserve(all.size());
        for (const UsageRow &row : all) {
            keys.reals.push_back(column == DemUnitsColumn   ? row.demUnits
                                 : column == DduTotalColumn ? row.dduTotal
                                                            : row.dduByPool.value(pool));
        }
        return keys;
    }
    std::vector<qint64> environmentRanks;
    if (column == EnvironmentIdColumn || column == EnvironmentNameColumn) {
        // Ranked per environment, not per row: a year of hours repeats a few environments many times over.
        QStringList labels = m_store->environmentIds();
        if (column == EnvironmentNameColumn) {
            for (QString &label : labels) {
                const QString name = m_names.value(label);
                if (!name.isEmpty())
                    label = name;
            }
        }
        environmentRanks = collationRanks(labels);
    }
    keys.integers.reserve(all.size());
    for (const UsageRow &row : all)
        keys.integers.push_back(environmentRanks.empty() ? integerValue(row, column)
                                                         : environmentRanks[size_t(row.environment)]);
    return keys;
}

QVariant HourlyUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const Column column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return headerTitle(column, poolAt(section));
    case Qt::ToolTipRole:
        return headerToolTip(column, section);
    case ColumnNameRole:
        return m_columnNames.value(section);
    default:
        return {};
    }
}

QString HourlyUsageModel::headerTitle(Column column, int pool) const
{
    const bool hourly = m_granularity == Granularity::Hour;
    switch (column) {
    case PeriodColumn:
        switch (m_granularity) {
        case Granularity::Hour:
            return tr("Hour (UTC)");
        case Granularity::Day:
            return tr("Day (UTC)");
        case Granularity::Month:
            return tr("Month (UTC)");
        }
        break;
    case EnvironmentIdColumn:
        return tr("Environment ID");
    case EnvironmentNameColumn:
        return tr("Environment");
    case HoursWithDataColumn:
        return tr("Hours with data");
    case HostsColumn:
        return hourly ? tr("Hosts") : tr("Peak hosts");
    case HostUnitsColumn:
        return hourly ? tr("Host units (est.)") : tr("Host-unit hours (est.)");
    case PeakHostUnitsColumn:
        return tr("Peak host units (est.)");
    case FullStackHostUnitsColumn:
        return hourly ? tr("Full-Stack host units (est.)") : tr("Full-Stack host-unit hours (est.)");
    case InfrastructureHostUnitsColumn:
        return hourly ? tr("Infrastructure host units (est.)") : tr("Infrastructure host-unit hours (est.)");
    case PaasHostUnitsColumn:
        return hourly ? tr("PaaS host units (est.)") : tr("PaaS host-unit hours (est.)");
    case VisitsColumn:
        return tr("Visits");
    case MobileSessionsColumn:
        return tr("Mobile sessions");
    case SessionReplaysColumn:
        return tr("Session replays");
    case MobileSessionReplaysColumn:
        return tr("Mobile session replays");
    case RumUserPropertiesColumn:
        return tr("User properties");
    case SyntheticBrowserExecutionsColumn:
        return tr("Browser monitor executions");
    case SyntheticHttpExecutionsColumn:
        return tr("HTTP monitor executions");
    case DemUnitsColumn:
        return tr("DEM units (est.)");
    case DduTotalColumn:
        return tr("DDUs");
    case CustomMetricsColumn:
        return tr("Custom metrics");
    case LogStorageBytesColumn:
        return m_granularity == Granularity::Hour ? tr("Log storage") : tr("Log storage (peak)");
    case LogStorageAverageColumn:
        return tr("Log storage (average)");
    case LogUploadBytesColumn:
        return tr("Log upload");
    case TrialColumn:
        return tr("Trial");
    case DduPoolColumn:
        return tr("DDUs: %1").arg(m_store ? m_store->dduPools().value(pool) : QString());
    }
    return {};
}

QString HourlyUsageModel::headerToolTip(Column column, int section) const
{
    const RuleSettings rules = m_store ? m_store->rules() : RuleSettings();
    const bool hourly = m_granularity == Granularity::Hour;
    QString text;
    switch (column) {
    case PeriodColumn:
        text = hourly ? tr("Start of the hour, in UTC like the export.") : tr("Start of the period, in UTC.");
        break;
    case EnvironmentNameColumn:
        text = tr("The environment's name as the cluster reported it; empty when unknown.");
        break;
    case HoursWithDataColumn:
        text = tr("Hours of the period with a file for this environment.");
        break;
    case HostsColumn:
        text = hourly ? tr("Hosts counted in the hour.") : tr("Hosts counted in the busiest hour of the period.");
        break;
    case HostUnitsColumn:
    case FullStackHostUnitsColumn:
    case InfrastructureHostUnitsColumn:
    case PaasHostUnitsColumn:
        text = DisplayFormat::hostUnitRule(rules);
        if (!hourly)
            text += QLatin1Char('\n') + tr("Host-unit hours: the sum of the hourly host units of the period.");
        break;
    case PeakHostUnitsColumn:
        text = DisplayFormat::hostUnitRule(rules) + QLatin1Char('\n') +
               tr("Peak: the host units of the busiest hour of the period.");
        break;
    case DemUnitsColumn:
        text = DisplayFormat::demUnitRule(rules);
        break;
    case DduTotalColumn:
        text = tr("Davis data units of all pools, as the export reports them.");
        break;
    case LogStorageBytesColumn:
        // A level, not a flow: never summed over hours (docs/rules.md, "Log volume").
        text = hourly ? tr("Bytes stored at the hour, as the export reports them.")
                      : tr("The highest hourly log storage level of the period, in bytes.");
        break;
    case LogStorageAverageColumn:
        text = tr("The average hourly log storage level of the period's hours with data, in bytes.");
        break;
    case LogUploadBytesColumn:
        text = hourly ? tr("Bytes, as the export reports them.") : tr("Bytes uploaded, summed over the period.");
        break;
    case TrialColumn:
        text = tr("Whether the environment was a trial in any hour of the row.");
        break;
    case DduPoolColumn:
        text = tr("Davis data units of this pool, as the export reports them.");
        break;
    default:
        break;
    }
    const QString csv = tr("CSV column: %1").arg(m_columnNames.value(section));
    return text.isEmpty() ? csv : text + QLatin1Char('\n') + csv;
}

} // namespace LicenseUi
