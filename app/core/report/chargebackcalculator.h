// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>
#include <report/chargebackstatement.h>
#include <report/costcentremapping.h>
#include <report/ratecard.h>
#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QSet>

namespace LicenseCore {

// Computes the chargeback statements of a period from a snapshot of it (docs/rules.md, "Chargeback"): each month
// of the period priced with the rate-card version of that month, every line rounded once to minor units, and the
// rounding remainders of each metric and version distributed by the largest-remainder rule, so that the lines add
// up to the cluster's total of that metric to the minor unit.
class ChargebackCalculator final
{
public:
    struct Input
    {
        UsageSnapshotPtr snapshot; // the standing hours of the period, with the rules applied
        HourRange period;
        RateCard rates;
        CostCentreMapping mapping;
        EnvironmentNames names;
        // Every environment the cluster is known to have (the history's list and the snapshot's): a manual mapping
        // naming another one is an error, since it is most likely a typo.
        QSet<QString> knownEnvironments;
    };

    [[nodiscard]] static Result<ChargebackStatement> compute(const Input &input);
    // What compute() checks of the manual mapping first: every environment it names is known. The error names the
    // mapping's line.
    [[nodiscard]] static Status checkMapping(const Input &input);
};

} // namespace LicenseCore
