// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace LicenseUi {

// Item data roles shared by the usage models, so that one filter proxy serves them all. The first two match
// EnvironmentTotalsModel's.
namespace ItemRole {
enum : int
{
    Sort = Qt::UserRole + 1, // the raw value behind a formatted cell: a number, a time in epoch ms, or text
    EnvironmentId,           // the environment id of the row, on every column
    SearchText,              // the words free-text filtering looks in, on every column
    HostMode,                // int(LicenseCore::HostMode) of a host row; absent in models without hosts
    PeriodStart,             // epoch ms of the row's hour, day or month
    ColumnName,              // header: the machine-readable column name (the CSV column for usage rows)
};
} // namespace ItemRole

} // namespace LicenseUi
