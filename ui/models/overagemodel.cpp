// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overagemodel.h"

#include "displayformat.h"

#include <QHash>
#include <algorithm>

namespace LicenseUi {

using namespace LicenseCore;

OverageModel::OverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OverageModel::~OverageModel() = default;

void OverageModel::setResult(const OverageResult &result, const std::vector<OverageResult> &environments)
{
    beginResetModel();
    m_result = result;
    m_environments = environments;
    m_rows.clear();
    for (const OverageHour &hour : m_result.hours)
        m_rows.push_back({&m_result, &hour});
    for (const OverageResult &environment : m_environments) {
        for (const OverageHour &hour : environment.hours)
            m_rows.push_back({&environment, &hour});
    }
    QHash<QString, double> totals;
    for (const Row &row : m_rows) {
        for (const OverageShare &share : row.hour->shares) {
            if (share.excessHostUnits > 0)
                totals[share.environmentId] += share.excessHostUnits;
        }
    }
    m_shareEnvironments = totals.keys();
    std::sort(m_shareEnvironments.begin(), m_shareEnvironments.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    endResetModel();
}

void OverageModel::clear()
{
    setResult({});
}

void OverageModel::setEnvironmentNames(const EnvironmentNames &names)
{
    m_names = names;
    if (!m_shareEnvironments.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, FirstShareColumn, columnCount() - 1);
    if (!m_environments.empty() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, ScopeColumn), index(rowCount() - 1, ScopeColumn));
}

int OverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstShareColumn + int(m_shareEnvironments.size());
}

QString OverageModel::environmentLabel(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

QString OverageModel::scopeLabel(const OverageResult &scope) const
{
    return scope.environmentId.isEmpty() ? tr("Whole cluster") : environmentLabel(scope.environmentId);
}

double OverageModel::share(const OverageHour &hour, int column) const
{
    const QString &environment = m_shareEnvironments.at(column - FirstShareColumn);
    for (const OverageShare &share : hour.shares) {
        if (share.environmentId == environment)
            return share.excessHostUnits;
    }
    return 0;
}

QVariant OverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &at = m_rows[size_t(index.row())];
    const OverageHour &hour = *at.hour;
    const OverageResult &scope = *at.scope;
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HourColumn:
            return DisplayFormat::period(hour.hourMs, Granularity::Hour, locale);
        case HostUnitsColumn:
            return DisplayFormat::hostUnits(hour.hostUnitsMilli, locale);
        case QuotaColumn:
            return DisplayFormat::hostUnits(scope.quotaMilli, locale);
        case ExcessColumn:
            return DisplayFormat::hostUnits(hour.excessMilli, locale);
        case ScopeColumn:
            return scopeLabel(scope);
        default: {
            const double value = share(hour, column);
            return value > 0 ? locale.toString(value, 'f', 3) : QString();
        }
        }
    case SortRole:
        switch (column) {
        case HourColumn:
            return hour.hourMs;
        case HostUnitsColumn:
            return hour.hostUnitsMilli;
        case QuotaColumn:
            return scope.quotaMilli;
        case ExcessColumn:
            return hour.excessMilli;
        case ScopeColumn:
            // The whole cluster before any environment.
            return scope.environmentId.isEmpty() ? QString() : scopeLabel(scope);
        default:
            return share(hour, column);
        }
    case HourRole:
        return hour.hourMs;
    case Qt::TextAlignmentRole:
        return column == HourColumn || column == ScopeColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == HourColumn)
            return DisplayFormat::periodDetail(hour.hourMs, Granularity::Hour);
        if (column >= FirstShareColumn && hour.excessMilli > 0) {
            const double value = share(hour, column);
            //: %1 is an environment, %2 its share of the hour's excess host units, %3 that share in percent.
            return tr("%1: %2 of the hour's excess host units (%3 %)")
                .arg(environmentLabel(m_shareEnvironments.at(column - FirstShareColumn)),
                     QLocale().toString(value, 'f', 3),
                     QLocale().toString(100.0 * value * 1000.0 / double(hour.excessMilli), 'f', 1));
        }
        return {};
    default:
        return {};
    }
}

QVariant OverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == ColumnNameRole) {
        switch (section) {
        case HourColumn:
            return QStringLiteral("hour_start_utc");
        case HostUnitsColumn:
            return QStringLiteral("host_units");
        case QuotaColumn:
            return QStringLiteral("quota");
        case ExcessColumn:
            return QStringLiteral("excess_host_units");
        case ScopeColumn:
            return QStringLiteral("scope");
        default:
            return QString(QStringLiteral("excess_") + m_shareEnvironments.at(section - FirstShareColumn));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HourColumn:
            return tr("Start of the hour, in UTC.");
        case HostUnitsColumn:
            return tr("Estimated host units of all environments in the hour.");
        case ExcessColumn:
            return tr("Host units above the quota in the hour.");
        case ScopeColumn:
            return tr("The whole cluster against its quota, or an environment against its own quota.");
        case QuotaColumn:
            return {};
        default:
            //: %1 is an environment.
            return tr("%1's share of each hour's excess, in proportion to its host units in that hour.")
                .arg(environmentLabel(m_shareEnvironments.at(section - FirstShareColumn)));
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HourColumn:
        return tr("Hour (UTC)");
    case HostUnitsColumn:
        return tr("Host units (est.)");
    case QuotaColumn:
        return tr("Quota");
    case ExcessColumn:
        return tr("Excess");
    case ScopeColumn:
        return tr("Over the quota of");
    default:
        //: A column of an environment's shares of the hours' excess host units; %1 is the environment.
        return tr("%1 share").arg(environmentLabel(m_shareEnvironments.at(section - FirstShareColumn)));
    }
}

} // namespace LicenseUi
