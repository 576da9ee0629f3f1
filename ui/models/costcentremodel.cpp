// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costcentremodel.h"

#include <QHash>

namespace LicenseUi {

using namespace LicenseCore;

CostCentreModel::CostCentreModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CostCentreModel::~CostCentreModel() = default;

void CostCentreModel::setEnvironments(const QList<Environment> &environments)
{
    beginResetModel();
    m_environments = environments;
    endResetModel();
}

void CostCentreModel::setTagKey(const QString &tagKey)
{
    if (m_tagKey == tagKey)
        return;
    m_tagKey = tagKey;
    changeAll();
}

void CostCentreModel::setManual(const QList<ManualCostCentre> &manual)
{
    m_manual = manual;
    changeAll();
}

CostCentreMapping CostCentreModel::mapping() const
{
    QHash<QString, QStringList> tags;
    for (const Environment &environment : m_environments)
        tags.insert(environment.id, environment.tags);
    return CostCentreMapping(m_tagKey, tags, m_manual);
}

void CostCentreModel::changeAll()
{
    if (!m_environments.isEmpty())
        Q_EMIT dataChanged(index(0, CostCentreColumn), index(rowCount() - 1, SourceColumn));
    Q_EMIT mappingChanged();
}

int CostCentreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size());
}

int CostCentreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostCentreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Environment &environment = m_environments.at(index.row());
    switch (index.column()) {
    case EnvironmentColumn:
        return environment.id;
    case NameColumn:
        return environment.name;
    case CostCentreColumn: {
        const CostCentreAssignment assignment = mapping().assign(environment.id);
        if (role == Qt::EditRole)
            return assignment.costCentre;
        return assignment.costCentre.isEmpty() ? CostCentreMapping::unallocated() : assignment.costCentre;
    }
    case SourceColumn:
        switch (mapping().assign(environment.id).source) {
        case CostCentreSource::Tag:
            //: Where an environment's cost centre came from: its tag.
            return tr("Tag");
        case CostCentreSource::Manual:
            //: Where an environment's cost centre came from: entered by hand.
            return tr("Manual");
        case CostCentreSource::None:
            return tr("None");
        }
        return {};
    default:
        return {};
    }
}

QVariant CostCentreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnvironmentColumn:
        return tr("Environment");
    case NameColumn:
        return tr("Name");
    case CostCentreColumn:
        return tr("Cost centre");
    case SourceColumn:
        return tr("From");
    default:
        return {};
    }
}

Qt::ItemFlags CostCentreModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == CostCentreColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CostCentreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != CostCentreColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString id = m_environments.at(index.row()).id;
    const QString costCentre = value.toString().trimmed();
    m_manual.removeIf([&id](const ManualCostCentre &entry) { return entry.environmentId == id; });
    if (!costCentre.isEmpty())
        m_manual.append({id, costCentre, 0});
    Q_EMIT dataChanged(this->index(index.row(), CostCentreColumn), this->index(index.row(), SourceColumn));
    Q_EMIT mappingChanged();
    return true;
}

} // namespace LicenseUi
