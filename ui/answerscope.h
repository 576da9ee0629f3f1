// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>
#include <usage/environmentnames.h>
#include <usage/licenserules.h>

#include <QString>
#include <optional>

namespace LicenseUi {

// What the answers take from the window: the cluster and range chosen there, the estimation rules, where the
// license year begins and the environments' names. The answers' own periods default from it.
struct AnswerScope
{
    QString clusterUuid;                         // empty: every cluster of the history
    std::optional<LicenseCore::HourRange> range; // the window's range; nullopt while it has none
    LicenseCore::RuleSettings rules;
    int licenseYearStartMonth = 1;
    LicenseCore::EnvironmentNames environmentNames;

    bool operator==(const AnswerScope &) const = default;
};

} // namespace LicenseUi
