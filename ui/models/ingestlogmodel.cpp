// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestlogmodel.h"

#include "displayformat.h"

#include <QLocale>
#include <limits>

namespace LicenseUi {

using namespace LicenseCore;

IngestLogModel::IngestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

IngestLogModel::~IngestLogModel() = default;

void IngestLogModel::setEvents(const QList<IngestEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int IngestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int IngestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IngestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IngestEvent &event = m_events.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(event, column);
    case SortRole:
        return raw(event, column);
    case Qt::ToolTipRole:
        return toolTip(event, column);
    case ExportIdRole:
        return event.exportId;
    case Qt::TextAlignmentRole:
        switch (column) {
        case AddedColumn:
        case ReplacedColumn:
        case ValuesChangedColumn:
        case KeptNewerColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant IngestLogModel::display(const IngestEvent &event, Column column)
{
    const QLocale locale;
    switch (column) {
    case WhenColumn:
        return DisplayFormat::moment(event.ingestedMs);
    case ExportColumn:
        return event.originalName;
    case ClusterColumn:
        return event.clusterUuid;
    case AddedColumn:
        return DisplayFormat::count(event.hoursAdded, locale);
    case ReplacedColumn:
        return DisplayFormat::count(event.hoursReplaced, locale);
    case ValuesChangedColumn:
        return DisplayFormat::count(event.valuesChanged, locale);
    case KeptNewerColumn:
        return DisplayFormat::count(event.hoursKeptNewer, locale);
    case ReplacedRangeColumn:
        if (event.replacedRange.isEmpty())
            return QString();
        return tr("%1 to %2")
            .arg(DisplayFormat::period(event.replacedRange.fromMs, Granularity::Hour),
                 DisplayFormat::period(event.replacedRange.toMs, Granularity::Hour));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IngestLogModel::raw(const IngestEvent &event, Column column)
{
    switch (column) {
    case WhenColumn:
        return event.ingestedMs;
    case ExportColumn:
        return event.originalName;
    case ClusterColumn:
        return event.clusterUuid;
    case AddedColumn:
        return event.hoursAdded;
    case ReplacedColumn:
        return event.hoursReplaced;
    case ValuesChangedColumn:
        return event.valuesChanged;
    case KeptNewerColumn:
        return event.hoursKeptNewer;
    case ReplacedRangeColumn:
        // Ingests that replaced nothing sort before every replaced range.
        return event.replacedRange.isEmpty() ? std::numeric_limits<qint64>::min() : event.replacedRange.fromMs;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IngestLogModel::toolTip(const IngestEvent &event, Column column)
{
    switch (column) {
    case WhenColumn:
        return DisplayFormat::momentDetail(event.ingestedMs);
    case ExportColumn:
    case ClusterColumn:
        return tr("%1\nCluster %2").arg(event.originalName, event.clusterUuid);
    case AddedColumn:
        return tr("%Ln hour(s) the history did not hold before.", nullptr, event.hoursAdded);
    case ReplacedColumn:
        return tr("%Ln hour(s) for which this export, made later, replaced the one that stood before.", nullptr,
                  event.hoursReplaced);
    case ValuesChangedColumn:
        return tr("%Ln environment-hour value(s) in the replaced hours that differ from the older export's.", nullptr,
                  event.valuesChanged);
    case KeptNewerColumn:
        return tr("%Ln hour(s) left as they were because an export made later already holds them.", nullptr,
                  event.hoursKeptNewer);
    case ReplacedRangeColumn:
        if (event.replacedRange.isEmpty())
            return tr("No hour was replaced.");
        return tr("The replaced hours lie in %1.").arg(DisplayFormat::hourRange(event.replacedRange));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IngestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const Column column = Column(section);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case WhenColumn:
            return tr("When the export was ingested, in UTC.");
        case AddedColumn:
            return tr("Hours the history did not hold before.");
        case ReplacedColumn:
            return tr("Hours an older export stood for until this one, made later, arrived.");
        case ValuesChangedColumn:
            return tr("In the replaced hours, the environment-hour values that differ from the older export's.");
        case KeptNewerColumn:
            return tr("Hours left alone because an export made later already holds them.");
        case ReplacedRangeColumn:
            return tr("From the first to the end of the last replaced hour, in UTC.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case WhenColumn:
        return tr("When (UTC)");
    case ExportColumn:
        return tr("Export");
    case ClusterColumn:
        return tr("Cluster");
    case AddedColumn:
        return tr("Hours added");
    case ReplacedColumn:
        return tr("Hours replaced");
    case ValuesChangedColumn:
        return tr("Values changed");
    case KeptNewerColumn:
        return tr("Hours kept");
    case ReplacedRangeColumn:
        return tr("Replaced hours (UTC)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
