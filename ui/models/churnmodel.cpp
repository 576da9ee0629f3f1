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
    case Qt::ToolTipRole:
        if (column == EnvironmentColumn)
            return row.environmentId;
        if (column == HostColumn)
            return tr("OS instance id %1").arg(row.osiId);
        return {};
    default:
        return {};
    }
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
        case ModeBeforeColumn:
        case HostUnitsBeforeColumn:
            return tr("In the host's last counted hour of the first period.");
        case ModeAfterColumn:
        case HostUnitsAfterColumn:
            return tr("In the host's last counted hour of the second period.");
        case DifferenceColumn:
            return tr("Host-unit hours of the second period less those of the first.");
        default:
            return {};
        }
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
        return tr("Host units\nbefore");
    case HostUnitsAfterColumn:
        return tr("Host units\nafter");
    case HostUnitHoursBeforeColumn:
        return tr("Host-unit hours\nbefore");
    case HostUnitHoursAfterColumn:
        return tr("Host-unit hours\nafter");
    case DifferenceColumn:
        return tr("Difference");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
