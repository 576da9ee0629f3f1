// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <history/historystore.h>

#include <QAbstractTableModel>
#include <QList>

namespace LicenseUi {

// One row per export the history holds, in the order given (the store lists them by id); sort through a proxy
// on SortRole.
class StoredExportsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredExportsModel)

public:
    enum Column
    {
        FileColumn,
        ClusterColumn,
        FromColumn, // the first hour the export holds
        ToColumn,   // the end of its last hour
        MadeColumn,
        IngestedColumn,
        HoursColumn,
        StandingColumn, // the hours it stands for (docs/rules.md)
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = ItemRole::Sort,
        ExportIdRole = ItemRole::ColumnName + 1, // qint64, on every column
        Sha256Role,                              // on every column
    };

    explicit StoredExportsModel(QObject *parent = nullptr);
    ~StoredExportsModel() override;

    void setExports(const QList<LicenseCore::StoredExport> &exports);
    [[nodiscard]] const QList<LicenseCore::StoredExport> &exports() const { return m_exports; }
    [[nodiscard]] const LicenseCore::StoredExport *exportAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static QVariant display(const LicenseCore::StoredExport &stored, Column column);
    [[nodiscard]] static QVariant raw(const LicenseCore::StoredExport &stored, Column column);
    [[nodiscard]] static QVariant toolTip(const LicenseCore::StoredExport &stored, Column column);

    QList<LicenseCore::StoredExport> m_exports;
};

} // namespace LicenseUi
