// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <report/ratecard.h>

#include <QAbstractTableModel>

namespace LicenseUi {

// The versions of a rate card, one row each, every price editable. The currency is the page's; a row's DDU pools
// are edited as text "Log=0.002; Events=0.003".
class RateCardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FromColumn,
        HostUnitHourColumn,
        DemUnitColumn,
        DduColumn,
        DduPoolsColumn,
        LogUploadColumn,
        EnvironmentMonthlyColumn,
        ColumnCount
    };

    explicit RateCardModel(QObject *parent = nullptr);
    ~RateCardModel() override;
    Q_DISABLE_COPY_MOVE(RateCardModel)

    void setCard(const LicenseCore::RateCard &card);
    [[nodiscard]] const LicenseCore::RateCard &card() const { return m_card; }
    void setCurrency(const QString &currency);
    // A version for the month after the last one, with its prices: a price change starts as a copy.
    void addVersion();
    void removeVersion(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // "Log=0.002; Events=0.003" and back; nullopt for text that is not such a list.
    static QString poolsText(const QMap<QString, double> &pools);
    static std::optional<QMap<QString, double>> parsePools(const QString &text);

Q_SIGNALS:
    void cardChanged();

private:
    LicenseCore::RateCard m_card;
};

} // namespace LicenseUi
