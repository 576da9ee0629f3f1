// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>
#include <report/costcentremapping.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace LicenseCore {

// One metric of one environment under one rate-card version: quantity × unit price, rounded once to minor units.
// The quantity is exact: quantityNumerator / quantityDenominator (host units in thousandths, log upload in bytes
// over 1024³, DEM units, DDUs and environment months in millionths).
struct ChargebackLine
{
    QString costCentre; // CostCentreMapping::unallocated() when the environment has none
    QString environmentId;
    QString environmentName;
    QString metric; // host_unit_hours, dem_units, ddu, ddu_<pool>, log_upload_gib, environment_months
    qint64 quantityNumerator = 0;
    qint64 quantityDenominator = 1;
    qint64 unitPriceNano = 0;
    qint64 amountMinor = 0;
    QString rateVersion;                              // "2025-01"
    CostCentreSource source = CostCentreSource::None; // where the environment's cost centre came from

    [[nodiscard]] QString quantityText() const;
    [[nodiscard]] QString unitPriceText() const;
};

struct CostCentreStatement
{
    QString name;
    QList<ChargebackLine> lines; // by environment id, then metric
    qint64 totalMinor = 0;
};

// The cluster's total of one metric under one rate-card version: the sum of its lines, exactly.
struct ChargebackTotal
{
    QString metric;
    QString rateVersion;
    qint64 quantityNumerator = 0;
    qint64 quantityDenominator = 1;
    qint64 unitPriceNano = 0;
    qint64 amountMinor = 0;

    [[nodiscard]] QString quantityText() const;
};

// The statements of a period: one per cost centre (by name, Unallocated last) and the cluster's totals, which
// the cost centres add up to to the minor unit (docs/rules.md, "Chargeback").
struct ChargebackStatement
{
    QString clusterUuid;
    HourRange period;
    QString currency;
    int minorDigits = 2;
    QList<CostCentreStatement> costCentres;
    QList<ChargebackTotal> clusterTotals; // by metric, then rate version
    qint64 totalMinor = 0;
    QStringList rateVersions;      // the versions the period used, oldest first
    QList<HourRange> missingHours; // hours of the period the history does not hold
    int missingHourCount = 0;

    [[nodiscard]] QString amountText(qint64 amountMinor) const;
    // What a reader must know: what was estimated, which hours were missing, the rate-card versions.
    [[nodiscard]] QStringList notes() const;
};

} // namespace LicenseCore
