// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "churnmodel.h"

#include "displayformat.h"

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QString signedHostUnits(qint64 milli)
{
    const QString text = DisplayFormat::hostUnits(milli);
    return milli > 0 ? QString(QLocale().positiveSign() + text) : text;
}

} // namespace

ChurnModel::ChurnModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ChurnModel::~ChurnModel() = default;

void ChurnModel::setResult(const ChurnResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ChurnModel::setRules(const RuleSettings &rules)
{
    m_rules = rules;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

void ChurnModel::clear()
{
    setResult({});
}

void ChurnModel::setEnvironmentNames(const EnvironmentNames &names)
{
    m_names = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EnvironmentColumn), index(rowCount() - 1, EnvironmentColumn));
}

QString ChurnModel::changeRule(HostChange change)
{
    // docs/rules.md, "Host churn": each host's state is that of its last counted hour in each period.
    switch (change) {
    case HostChange::Added:
        return tr("Counted in the second period, not in the first.");
    case HostChange::Removed:
        return tr("Counted in the first period, not in the second.");
    case HostChange::ModeChanged:
        return tr("Counted in both periods, in another monitoring mode in its last counted hour of the second.");
    case HostChange::Resized:
        return tr("Counted in both periods in the same mode, with other host units in its last counted hour of the "
                  "second.");
    case HostChange::Unchanged:
        return tr("Counted in both periods with the same mode and host units in its last counted hours.");
    }
    return {};
}

QString ChurnModel::changeText(HostChange change)
{
    switch (change) {
    case HostChange::Added:
        return tr("Added");
    case HostChange::Removed:
        return tr("Removed");
    case HostChange::ModeChanged:
        return tr("Mode changed");
    case HostChange::Resized:
        return tr("Resized");
    case HostChange::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

int ChurnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int ChurnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChurnModel::environmentLabel(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

QVariant ChurnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChurnRow &row = m_result.rows[size_t(index.row())];
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return raw(row, column);
    case EnvironmentIdRole:
        return row.environmentId;
    case ChangeRole:
        return HostChurn::changeName(row.change);
    case Qt::TextAlignmentRole:
        return column >= HostUnitsBeforeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        const QString text = toolTip(row, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    default:
        return {};
    }
}

QString ChurnModel::toolTip(const ChurnRow &row, Column column) const
{
    const QString rule = DisplayFormat::hostUnitRule(m_rules);
    switch (column) {
    case HostColumn:
        return tr("OS instance id %1").arg(row.osiId);
    case EnvironmentColumn:
        return row.environmentId;
    case ChangeColumn:
        return changeRule(row.change);
    case ModeBeforeColumn:
    case ModeAfterColumn:
        return {};
    case HostUnitsBeforeColumn:
        if (!row.modeBefore)
            return {};
        return tr("Estimated: the host's host units in its last counted hour of the first period.") +
               QLatin1Char('\n') + rule;
    case HostUnitsAfterColumn:
        if (!row.modeAfter)
            return {};
        return tr("Estimated: the host's host units in its last counted hour of the second period.") +
               QLatin1Char('\n') + rule;
    case HostUnitHoursBeforeColumn:
        return tr("Estimated: the sum of the host's host units over the counted hours of the first period.") +
               QLatin1Char('\n') + rule;
    case HostUnitHoursAfterColumn:
        return tr("Estimated: the sum of the host's host units over the counted hours of the second period.") +
               QLatin1Char('\n') + rule;
    case DifferenceColumn:
        return tr("Estimated: the host-unit hours of the second period less those of the first.") + QLatin1Char('\n') +
               rule;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChurnModel::display(const ChurnRow &row, Column column) const
{
    const bool before = row.modeBefore.has_value();
    const bool after = row.modeAfter.has_value();
    switch (column) {
    case HostColumn:
        return row.hostId();
    case EnvironmentColumn:
        return environmentLabel(row.environmentId);
    case ChangeColumn:
        return changeText(row.change);
    case ModeBeforeColumn:
        return before ? DisplayFormat::hostMode(*row.modeBefore) : QString();
    case ModeAfterColumn:
        return after ? DisplayFormat::hostMode(*row.modeAfter) : QString();
    case HostUnitsBeforeColumn:
        return before ? DisplayFormat::hostUnits(row.hostUnitsBeforeMilli) : QString();
    case HostUnitsAfterColumn:
        return after ? DisplayFormat::hostUnits(row.hostUnitsAfterMilli) : QString();
    case HostUnitHoursBeforeColumn:
        return DisplayFormat::hostUnits(row.hostUnitHoursBeforeMilli);
    case HostUnitHoursAfterColumn:
        return DisplayFormat::hostUnits(row.hostUnitHoursAfterMilli);
    case DifferenceColumn:
        return signedHostUnits(row.differenceMilli());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChurnModel::raw(const ChurnRow &row, Column column) const
{
    switch (column) {
    case HostColumn:
        return row.hostId();
    case EnvironmentColumn:
        return environmentLabel(row.environmentId);
    case ChangeColumn:
        return int(row.change);
    case ModeBeforeColumn:
        return row.modeBefore ? int(*row.modeBefore) : -1;
    case ModeAfterColumn:
        return row.modeAfter ? int(*row.modeAfter) : -1;
    case HostUnitsBeforeColumn:
        return row.hostUnitsBeforeMilli;
    case HostUnitsAfterColumn:
        return row.hostUnitsAfterMilli;
    case HostUnitHoursBeforeColumn:
        return row.hostUnitHoursBeforeMilli;
    case HostUnitHoursAfterColumn:
        return row.hostUnitHoursAfterMilli;
    case DifferenceColumn:
        return row.differenceMilli();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChurnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case HostColumn:
            return tr("The host's entity id, made from its OS instance id.");
        case EnvironmentColumn:
            return tr("The environment that counted the host.");
        case ChangeColumn:
            return tr("Added, removed, mode changed, resized or unchanged: the host's last counted hour of each "
                      "period compared.");
        case ModeBeforeColumn:
            return tr("In the host's last counted hour of the first period.");
        case ModeAfterColumn:
            return tr("In the host's last counted hour of the second period.");
        case HostUnitsBeforeColumn:
            return tr("Estimated: in the host's last counted hour of the first period, from its memory and "
                      "monitoring mode with the estimation rules in Settings.");
        case HostUnitsAfterColumn:
            return tr("Estimated: in the host's last counted hour of the second period, from its memory and "
                      "monitoring mode with the estimation rules in Settings.");
        case HostUnitHoursBeforeColumn:
            return tr("Estimated: the host's host units summed over the counted hours of the first period.");
        case HostUnitHoursAfterColumn:
            return tr("Estimated: the host's host units summed over the counted hours of the second period.");
        case DifferenceColumn:
            return tr("Estimated: host-unit hours of the second period less those of the first.");
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
    case ChangeColumn:
        return tr("Change");
    case ModeBeforeColumn:
        return tr("Mode\nbefore");
    case ModeAfterColumn:
        return tr("Mode\nafter");
    case HostUnitsBeforeColumn:
        return tr("Host units\nbefore (est.)");
    case HostUnitsAfterColumn:
        return tr("Host units\nafter (est.)");
    case HostUnitHoursBeforeColumn:
        return tr("Host-unit hours\nbefore (est.)");
    case HostUnitHoursAfterColumn:
        return tr("Host-unit hours\nafter (est.)");
    case DifferenceColumn:
        return tr("Difference (est.)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
