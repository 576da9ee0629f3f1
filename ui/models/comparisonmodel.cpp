// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

#include "displayformat.h"

#include <QFont>
#include <cmath>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

bool isBytes(const QString &metric)
{
    return metric.startsWith(QLatin1String("log_"));
}

QString withSign(double value, const QString &text)
{
    return value > 0 ? QString(QLocale().positiveSign() + text) : text;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ComparisonModel::~ComparisonModel() = default;

void ComparisonModel::setResult(const ComparisonResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ComparisonModel::setRules(const RuleSettings &rules)
{
    m_rules = rules;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

void ComparisonModel::clear()
{
    setResult({});
}

void ComparisonModel::setEnvironmentNames(const EnvironmentNames &names)
{
    m_names = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EnvironmentColumn), index(rowCount() - 1, EnvironmentColumn));
}

QString ComparisonModel::metricText(const QString &metric)
{
    if (metric == QLatin1String("host_unit_hours"))
        return tr("Host-unit hours (est.)");
    if (metric == QLatin1String("peak_host_units"))
        return tr("Peak host units (est.)");
    if (metric == QLatin1String("dem_units"))
        return tr("DEM units (est.)");
    if (metric == QLatin1String("ddu_total"))
        return tr("DDUs");
    if (metric == QLatin1String("sessions"))
        return tr("Sessions");
    if (metric == QLatin1String("log_upload_bytes"))
        return tr("Log upload volume");
    if (metric == QLatin1String("log_storage_peak_bytes"))
        return tr("Log storage, peak");
    if (metric == QLatin1String("log_storage_average_bytes"))
        return tr("Log storage, average");
    if (metric.startsWith(QLatin1String("ddu_")))
        //: %1 is a DDU pool, e.g. "metrics".
        return tr("DDUs: %1").arg(metric.mid(4));
    return metric;
}

bool ComparisonModel::isEstimate(const QString &metric)
{
    return metric == QLatin1String("host_unit_hours") || metric == QLatin1String("peak_host_units") ||
           metric == QLatin1String("dem_units");
}

QString ComparisonModel::metricRule(const QString &metric) const
{
    // docs/rules.md, "Period comparison": sums over the hours of each period the history holds, except the levels.
    if (metric == QLatin1String("host_unit_hours"))
        return tr("Estimated: the sum of the hourly host units over the hours of the period the history holds.") +
               QLatin1Char('\n') + DisplayFormat::hostUnitRule(m_rules);
    if (metric == QLatin1String("peak_host_units"))
        return tr("Estimated: the host units of the busiest hour of the period.") + QLatin1Char('\n') +
               DisplayFormat::hostUnitRule(m_rules);
    if (metric == QLatin1String("dem_units"))
        return tr("Estimated: the sum of the hourly DEM units over the hours of the period the history holds.") +
               QLatin1Char('\n') + DisplayFormat::demUnitRule(m_rules);
    if (metric == QLatin1String("ddu_total"))
        return tr("As the exports report them: the DDUs of every pool, summed over the hours of the period.");
    if (metric == QLatin1String("sessions"))
        return tr("As the exports report them: visits and mobile sessions, summed over the hours of the period.");
    if (metric == QLatin1String("log_upload_bytes"))
        return tr("As the exports report it: the log upload volume, summed over the hours of the period.");
    if (metric == QLatin1String("log_storage_peak_bytes"))
        return tr("As the exports report it: log storage is a level, not a flow; its highest hour of the period.");
    if (metric == QLatin1String("log_storage_average_bytes"))
        return tr("As the exports report it: log storage is a level, not a flow; its average over the hours of "
                  "the period with data.");
    if (metric.startsWith(QLatin1String("ddu_")))
        //: %1 is a DDU pool, e.g. "metrics".
        return tr("As the exports report them: the DDUs of pool %1, summed over the hours of the period.")
            .arg(metric.mid(4));
    return {};
}

QString ComparisonModel::valueText(const QString &metric, double value)
{
    if (isBytes(metric))
        return value < 0 ? QString(QLocale().negativeSign() + DisplayFormat::bytes(-value))
                         : DisplayFormat::bytes(value);
    if (metric == QLatin1String("sessions"))
        return QLocale().toString(qint64(std::llround(value)));
    return DisplayFormat::decimal(value);
}

QString ComparisonModel::percentText(std::optional<double> percent, double change)
{
    if (!percent)
        return change > 0 ? tr("new") : QString();
    return withSign(*percent, QLocale().toString(*percent, 'f', 1)) + QStringLiteral(" %");
}

QString ComparisonModel::environmentLabel(const QString &id) const
{
    if (id == PeriodComparison::TotalId)
        return tr("All environments");
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_result.rows[size_t(index.row())];
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EnvironmentColumn:
            return environmentLabel(row.environmentId);
        case MetricColumn:
            return metricText(row.metric);
        case BeforeColumn:
            return valueText(row.metric, row.before);
        case AfterColumn:
            return valueText(row.metric, row.after);
        case ChangeColumn:
            return withSign(row.change(), valueText(row.metric, row.change()));
        case ChangePercentColumn:
            return percentText(row.changePercent(), row.change());
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case EnvironmentColumn:
            return environmentLabel(row.environmentId);
        case MetricColumn:
            return metricText(row.metric);
        case BeforeColumn:
            return row.before;
        case AfterColumn:
            return row.after;
        case ChangeColumn:
            return row.change();
        case ChangePercentColumn:
            return row.changePercent().value_or(0.0);
        case ColumnCount:
            break;
        }
        return {};
    case EnvironmentIdRole:
        return row.environmentId;
    case MetricRole:
        return row.metric;
    case Qt::FontRole:
        if (row.environmentId == PeriodComparison::TotalId) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column >= BeforeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == EnvironmentColumn)
            return row.environmentId;
        if (column == ChangePercentColumn && !row.changePercent())
            return tr("The first period's value is zero: no relative change.");
        return metricRule(row.metric);
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case EnvironmentColumn:
            return tr("Each environment, then all environments together.");
        case MetricColumn:
            return tr("Host-unit hours, peak host units and DEM units are estimated with the estimation rules in "
                      "Settings (marked \"est.\"); DDUs, sessions and log volumes are the exports' own figures.");
        case BeforeColumn:
            return tr("Over the hours of the first period that the history holds.");
        case AfterColumn:
            return tr("Over the hours of the second period that the history holds.");
        case ChangeColumn:
            return tr("After minus before.");
        case ChangePercentColumn:
            return tr("The change divided by before; empty when before is zero.");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case EnvironmentColumn:
        return tr("Environment");
    case MetricColumn:
        return tr("Metric");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ChangeColumn:
        return tr("Change");
    case ChangePercentColumn:
        return tr("Change %");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
