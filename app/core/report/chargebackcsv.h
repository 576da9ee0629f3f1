// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <report/chargebackstatement.h>

#include <QStringList>

class QIODevice;

namespace LicenseCore {

// The statement CSV: one row per cost centre, environment, metric and rate-card version, under the header
// "cost_centre,environment_id,metric,quantity,unit_price,amount,currency" followed by environment_name,
// cost_centre_source (tag, manual or none) and rate_version. Amounts are plain decimals with the currency's minor
// digits; the rows of a cost centre add up to its statement's total, and all rows to the cluster's.
class ChargebackCsv final
{
public:
    static QStringList header();
    static QString sourceName(CostCentreSource source);
    static Error write(QIODevice &device, const ChargebackStatement &statement);
    // Writes atomically: on any failure the file at `path` is left as it was.
    static Error save(const QString &path, const ChargebackStatement &statement);
};

} // namespace LicenseCore
