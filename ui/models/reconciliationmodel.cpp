// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciliationmodel.h"

#include "displayformat.h"

#include <QLocale>
#include <cmath>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

const QString HostUnitsPeak = QStringLiteral("host_units_peak");
const QString HostUnitHours = QStringLiteral("host_unit_hours");
const QString DemUnits = QStringLiteral("dem_units");
const QString Ddus = QStringLiteral("ddu");

// Sums over thousands of hours carry the floating-point noise of their additions ("567,000.2500000005"): three
// decimals keep every host unit (a multiple of 0.005) and every DEM unit or DDU the exports give.
QString number(double value, const QLocale &locale)
{
    return locale.toString(std::round(value * 1000.0) / 1000.0, 'f', QLocale::FloatingPointShortest);
}

} // namespace

ReconciliationModel::ReconciliationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ReconciliationModel::~ReconciliationModel() = default;

void ReconciliationModel::setReconciliation(const Reconciliation &reconciliation, const RuleSettings &rules,
                                            const QString &billedSource)
{
    beginResetModel();
    m_reconciliation = reconciliation;
    m_rules = rules;
    m_billedSource = billedSource;
    endResetModel();
}

void ReconciliationModel::clear()
{
    setReconciliation({}, {}, {});
}

int ReconciliationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reconciliation.lines.size());
}

int ReconciliationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconciliationModel::unitName(const QString &metric)
{
    if (metric == HostUnitsPeak)
        return tr("Host units (peak)");
    if (metric == HostUnitHours)
        return tr("Host-unit hours");
    if (metric == DemUnits)
        return tr("DEM units");
    if (metric == Ddus)
        return tr("DDUs");
    return metric;
}

QString ReconciliationModel::estimateMethod(const ReconciliationLine &line) const
{
    if (line.metric == HostUnitsPeak)
        return tr("Estimated: the host units of the busiest hour of the license period, all environments together.") +
               QLatin1Char('\n') + DisplayFormat::hostUnitRule(m_rules);
    if (line.metric == HostUnitHours)
        return tr("Estimated: the sum of the hourly host units over the license period, all environments together.") +
               QLatin1Char('\n') + DisplayFormat::hostUnitRule(m_rules);
    if (line.metric == DemUnits)
        return tr("Estimated: the sum of the DEM units of every hour of the license period.") + QLatin1Char('\n') +
               DisplayFormat::demUnitRule(m_rules);
    if (line.metric == Ddus)
        return tr("The sum of the DDUs of every pool over the license period, as the exports report them.");
    return {};
}

QString ReconciliationModel::billedMethod(const ReconciliationLine &line) const
{
    if (line.metric == HostUnitHours)
        return tr("The cluster bills host units as a level, not as hours: there is no billed value to compare.");
    if (m_billedSource.isEmpty())
        return tr("The billed usage was not read: the estimate stands alone.");
    if (!line.billed)
        //: %1 names the cluster.
        return tr("%1 reports no usage of this unit in its license.").arg(m_billedSource);
    //: %1 names the cluster.
    return tr("The usage of the license period as %1 reports it in its license (/clusterLicense).").arg(m_billedSource);
}

QVariant ReconciliationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReconciliationLine &line = m_reconciliation.lines.at(index.row());
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case UnitColumn:
            return unitName(line.metric);
        case EstimateColumn:
            return number(line.estimate, locale);
        case BilledColumn:
            return line.billed ? number(*line.billed, locale) : QString();
        case DifferenceColumn: {
            const std::optional<double> difference = line.difference();
            if (!difference)
                return QString();
            // An explicit sign: which side is bigger is the point of the column.
            return *difference > 0 ? locale.positiveSign() + number(*difference, locale) : number(*difference, locale);
        }
        case PercentColumn: {
            const std::optional<double> percent = line.differencePercent();
            if (!percent)
                return QString();
            const QString value = locale.toString(*percent, 'f', 2);
            //: A difference in percent; %1 is the number with its sign.
            return tr("%1 %").arg(*percent > 0 ? locale.positiveSign() + value : value);
        }
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case UnitColumn:
            return line.metric;
        case EstimateColumn:
            return line.estimate;
        case BilledColumn:
            return line.billed ? QVariant(*line.billed) : QVariant();
        case DifferenceColumn:
            return line.difference() ? QVariant(*line.difference()) : QVariant();
        case PercentColumn:
            return line.differencePercent() ? QVariant(*line.differencePercent()) : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == UnitColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case UnitColumn:
        case EstimateColumn:
            return estimateMethod(line);
        case BilledColumn:
            return billedMethod(line);
        case DifferenceColumn:
            return line.difference() ? tr("The estimate minus the billed usage: above zero, the estimate is higher.")
                                     : billedMethod(line);
        case PercentColumn:
            return line.differencePercent()
                       ? tr("The difference in percent of the billed usage, rounded to two decimals.")
                       : (line.billed ? tr("No percentage of a billed usage of zero.") : billedMethod(line));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReconciliationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    switch (role) {
    case ColumnNameRole: {
        // The columns of the command line's CSV.
        static const char *const names[] = {"metric", "estimate", "billed", "difference", "difference_percent"};
        return QString::fromLatin1(names[section]);
    }
    case Qt::ToolTipRole:
        switch (section) {
        case EstimateColumn:
            return tr("Estimated from the history with the estimation rules in Settings.");
        case BilledColumn:
            return tr("What the cluster's license reports as used in the license period.");
        case DifferenceColumn:
            return tr("The estimate minus the billed usage.");
        case PercentColumn:
            return tr("The difference in percent of the billed usage.");
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (section) {
        case UnitColumn:
            return tr("Unit");
        case EstimateColumn:
            return tr("Estimate");
        case BilledColumn:
            return tr("Billed");
        case DifferenceColumn:
            return tr("Difference");
        case PercentColumn:
            return tr("Relative difference");
        default:
            return {};
        }
    default:
        return {};
    }
}

} // namespace LicenseUi
