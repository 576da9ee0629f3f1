// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratecardmodel.h"

#include <common/numberformat.h>

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

double *priceOf(RateVersion &version, int column)
{
    switch (column) {
    case RateCardModel::HostUnitHourColumn:
        return &version.hostUnitHour;
    case RateCardModel::DemUnitColumn:
        return &version.demUnit;
    case RateCardModel::DduColumn:
        return &version.ddu;
    case RateCardModel::LogUploadColumn:
        return &version.logUploadGiB;
    case RateCardModel::EnvironmentMonthlyColumn:
        return &version.environmentMonthly;
    default:
        return nullptr;
    }
}

} // namespace

RateCardModel::RateCardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RateCardModel::~RateCardModel() = default;

void RateCardModel::setCard(const RateCard &card)
{
    beginResetModel();
    m_card = card;
    endResetModel();
    Q_EMIT cardChanged();
}

void RateCardModel::setCurrency(const QString &currency)
{
    if (m_card.currency == currency)
        return;
    m_card.currency = currency;
    Q_EMIT cardChanged();
}

void RateCardModel::addVersion()
{
    RateVersion version;
    if (!m_card.versions.isEmpty()) {
        version = m_card.versions.constLast();
        version.fromYear += version.fromMonth / 12;
        version.fromMonth = version.fromMonth % 12 + 1;
    } else {
        const QDate today = QDate::currentDate();
        version.fromYear = today.year();
        version.fromMonth = today.month();
    }
    const int row = int(m_card.versions.size());
    beginInsertRows({}, row, row);
    m_card.versions.append(version);
    endInsertRows();
    Q_EMIT cardChanged();
}

void RateCardModel::removeVersion(int row)
{
    if (row < 0 || row >= m_card.versions.size())
        return;
    beginRemoveRows({}, row, row);
    m_card.versions.removeAt(row);
    endRemoveRows();
    Q_EMIT cardChanged();
}

int RateCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_card.versions.size());
}

int RateCardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole)
        return {};
    const RateVersion &version = m_card.versions.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == FromColumn || index.column() == DduPoolsColumn)
            return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (index.column() == FromColumn)
        return version.from();
    if (index.column() == DduPoolsColumn)
        return poolsText(version.dduPools);
    double *price = priceOf(const_cast<RateVersion &>(version), index.column());
    if (!price)
        return {};
    if (role == Qt::EditRole)
        return *price;
    return formatDecimal(*price);
}

QVariant RateCardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn:
        return tr("From month");
    case HostUnitHourColumn:
        return tr("Host-unit hour");
    case DemUnitColumn:
        return tr("DEM unit");
    case DduColumn:
        return tr("DDU");
    case DduPoolsColumn:
        return tr("DDU pools");
    case LogUploadColumn:
        return tr("Log upload GiB");
    case EnvironmentMonthlyColumn:
        return tr("Environment month");
    default:
        return {};
    }
}

Qt::ItemFlags RateCardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool RateCardModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RateVersion &version = m_card.versions[index.row()];
    if (index.column() == FromColumn) {
        static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const QRegularExpressionMatch match = month.match(value.toString().trimmed());
        const int monthNumber = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (monthNumber < 1 || monthNumber > 12)
            return false;
        version.fromYear = match.captured(1).toInt();
        version.fromMonth = monthNumber;
    } else if (index.column() == DduPoolsColumn) {
        const std::optional<QMap<QString, double>> pools = parsePools(value.toString());
        if (!pools)
            return false;
        version.dduPools = *pools;
    } else {
        bool ok = false;
        const double price = value.toString().trimmed().toDouble(&ok);
        double *target = priceOf(version, index.column());
        if (!ok || price < 0 || !target)
            return false;
        *target = price;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT cardChanged();
    return true;
}

QString RateCardModel::poolsText(const QMap<QString, double> &pools)
{
    QStringList parts;
    for (auto it = pools.constBegin(); it != pools.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + formatDecimal(it.value()));
    return parts.join(QStringLiteral("; "));
}

std::optional<QMap<QString, double>> RateCardModel::parsePools(const QString &text)
{
    QMap<QString, double> pools;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        bool ok = false;
        const double price = part.mid(equals + 1).trimmed().toDouble(&ok);
        const QString pool = part.left(equals).trimmed();
        if (!ok || price < 0 || pool.isEmpty())
            return std::nullopt;
        pools.insert(pool, price);
    }
    return pools;
}

} // namespace LicenseUi
