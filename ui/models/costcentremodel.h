// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <report/costcentremapping.h>

#include <QAbstractTableModel>
#include <QList>

namespace LicenseUi {

// Environment → cost centre, with where each came from (the environment's tag or a manual entry). Editing the cost
// centre makes a manual entry; clearing it falls back to the tag.
class CostCentreModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EnvironmentColumn,
        NameColumn,
        CostCentreColumn,
        SourceColumn,
        ColumnCount
    };

    struct Environment
    {
        QString id;
        QString name;
        QStringList tags;
    };

    explicit CostCentreModel(QObject *parent = nullptr);
    ~CostCentreModel() override;
    Q_DISABLE_COPY_MOVE(CostCentreModel)

    // Keeps the manual entries of environments still listed, and those of environments not listed (they may be
    // listed again with another period).
    void setEnvironments(const QList<Environment> &environments);
    void setTagKey(const QString &tagKey);
    void setManual(const QList<LicenseCore::ManualCostCentre> &manual);
    [[nodiscard]] const QList<LicenseCore::ManualCostCentre> &manual() const { return m_manual; }
    [[nodiscard]] LicenseCore::CostCentreMapping mapping() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void mappingChanged();

private:
    void changeAll();

    QList<Environment> m_environments;
    QString m_tagKey = QString::fromLatin1(LicenseCore::CostCentreMapping::DefaultTagKey);
    QList<LicenseCore::ManualCostCentre> m_manual;
};

} // namespace LicenseUi
