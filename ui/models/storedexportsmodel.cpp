// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedexportsmodel.h"

#include "displayformat.h"

#include <QFont>
#include <QLocale>

namespace LicenseUi {

using namespace LicenseCore;

StoredExportsModel::StoredExportsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StoredExportsModel::~StoredExportsModel() = default;

void StoredExportsModel::setExports(const QList<StoredExport> &exports)
{
    beginResetModel();
    m_exports = exports;
    endResetModel();
}

const StoredExport *StoredExportsModel::exportAt(int row) const
{
    return row >= 0 && row < m_exports.size() ? &m_exports.at(row) : nullptr;
}

int StoredExportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exports.size());
}

int StoredExportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoredExportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredExport &stored = m_exports.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(stored, column);
    case SortRole:
        return raw(stored, column);
    case Qt::ToolTipRole:
        return toolTip(stored, column);
    case ExportIdRole:
        return stored.id;
    case Sha256Role:
        return stored.sha256;
    case Qt::FontRole:
        // An export that stands for no hour any more shows no data; set apart, it is easy to find and forget.
        if (stored.hoursStanding == 0 && stored.hours > 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == HoursColumn || column == StandingColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant();
    default:
        return {};
    }
}

QVariant StoredExportsModel::display(const StoredExport &stored, Column column)
{
    const QLocale locale;
    switch (column) {
    case FileColumn:
        return stored.originalName;
    case ClusterColumn:
        return stored.clusterUuid;
    case FromColumn:
        return stored.range.isEmpty() ? QString() : DisplayFormat::period(stored.range.fromMs, Granularity::Hour);
    case ToColumn:
        return stored.range.isEmpty() ? QString() : DisplayFormat::period(stored.range.toMs, Granularity::Hour);
    case MadeColumn:
        return DisplayFormat::moment(stored.madeMs);
    case IngestedColumn:
        return DisplayFormat::moment(stored.ingestedMs);
    case HoursColumn:
        return DisplayFormat::count(stored.hours, locale);
    case StandingColumn:
        return DisplayFormat::count(stored.hoursStanding, locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StoredExportsModel::raw(const StoredExport &stored, Column column)
{
    switch (column) {
    case FileColumn:
        return stored.originalName;
    case ClusterColumn:
        return stored.clusterUuid;
    case FromColumn:
        return stored.range.fromMs;
    case ToColumn:
        return stored.range.toMs;
    case MadeColumn:
        return stored.madeMs;
    case IngestedColumn:
        return stored.ingestedMs;
    case HoursColumn:
        return stored.hours;
    case StandingColumn:
        return stored.hoursStanding;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StoredExportsModel::toolTip(const StoredExport &stored, Column column)
{
    switch (column) {
    case FileColumn:
        return tr("%1\nSHA-256: %2\nKept byte for byte as %2.zip").arg(stored.originalName, stored.sha256);
    case ClusterColumn:
        return stored.clusterUuid;
    case FromColumn:
    case ToColumn: {
        if (stored.range.isEmpty())
            return tr("The export holds no hourly file.");
        const int missing = stored.range.hours() - stored.hours;
        QString text = DisplayFormat::hourRange(stored.range);
        if (missing > 0)
            text += QLatin1Char('\n') + tr("%Ln hour(s) of that span are not in the export.", nullptr, missing);
        return text;
    }
    case MadeColumn:
        return QString(tr("When the cluster wrote the export: the newest time stamp among the archive's entries.") +
                       QLatin1Char('\n') + DisplayFormat::momentDetail(stored.madeMs));
    case IngestedColumn:
        return QString(tr("When the export first entered the history.") + QLatin1Char('\n') +
                       DisplayFormat::momentDetail(stored.ingestedMs));
    case HoursColumn:
        return tr("%Ln hourly file(s) in the export.", nullptr, stored.hours);
    case StandingColumn:
        if (stored.hoursStanding == stored.hours)
            return tr("The export stands for every one of its hours.");
        if (stored.hoursStanding == 0)
            return tr("Exports made later hold every hour of this one: it stands for none.");
        return tr("Exports made later hold %Ln of its hours; it stands for the others.", nullptr,
                  stored.hours - stored.hoursStanding);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StoredExportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const Column column = Column(section);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case FromColumn:
            return tr("Start of the first hour the export holds, in UTC.");
        case ToColumn:
            return tr("End of the last hour the export holds, in UTC.");
        case MadeColumn:
            return tr("When the cluster wrote the export, in UTC. Where two exports hold the same hour, the one "
                      "made later stands for it.");
        case IngestedColumn:
            return tr("When the export first entered the history, in UTC.");
        case StandingColumn:
            return tr("The hours this export stands for: the history takes them from it, as no export made later "
                      "holds them.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case FileColumn:
        return tr("File");
    case ClusterColumn:
        return tr("Cluster");
    case FromColumn:
        return tr("From (UTC)");
    case ToColumn:
        return tr("To (UTC)");
    case MadeColumn:
        return tr("Made (UTC)");
    case IngestedColumn:
        return tr("Ingested (UTC)");
    case HoursColumn:
        return tr("Hours");
    case StandingColumn:
        return tr("Hours standing");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LicenseUi
