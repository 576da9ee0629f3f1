// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <history/historystore.h>

#include <QAbstractTableModel>
#include <QList>

namespace LicenseUi {

// The corrections log: one row per ingest that added or replaced hours, in the order given (the store lists the
// newest first); sort through a proxy on SortRole.
class IngestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestLogModel)

public:
    enum Column
    {
        WhenColumn,
        ExportColumn,
        ClusterColumn,
        AddedColumn,
        ReplacedColumn,
        ValuesChangedColumn,
        KeptNewerColumn,
        ReplacedRangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        ExportIdRole = ItemRole::ColumnName + 1, // qint64, on every column
    };

    explicit IngestLogModel(QObject *parent = nullptr);
    ~IngestLogModel() override;

    void setEvents(const QList<LicenseCore::IngestEvent> &events);
    [[nodiscard]] const QList<LicenseCore::IngestEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static QVariant display(const LicenseCore::IngestEvent &event, Column column);
    [[nodiscard]] static QVariant raw(const LicenseCore::IngestEvent &event, Column column);
    [[nodiscard]] static QVariant toolTip(const LicenseCore::IngestEvent &event, Column column);

    QList<LicenseCore::IngestEvent> m_events;
};

} // namespace LicenseUi
