// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hourrecord.h>

#include <QString>
#include <QtGlobal>

namespace LicenseCore {

// One host in one environment over a range of the history, with the rules applied: what the answers about hosts
// (churn) need and a snapshot's HostSummary does not give, its state in its last counted hour.
struct HostPeriod
{
    QString environmentId;
    qint64 osiId = 0;
    int hoursCounted = 0;
    qint64 hostUnitHoursMilli = 0;
    // Its last counted hour in the range and its mode, memory and host units then; lastCountedMs is -1 when the
    // host is listed but never counted (then mode, memory and units are those of its last hour listed).
    qint64 lastCountedMs = -1;
    HostMode mode = HostMode::FullStack;
    qint64 memoryBytes = 0;
    qint64 hostUnitsMilli = 0;
};

// One counted host of one cluster-hour, with the rules applied.
struct HostInHour
{
    QString environmentId;
    qint64 osiId = 0;
    HostMode mode = HostMode::FullStack;
    qint64 memoryBytes = 0;
    qint64 hostUnitsMilli = 0;
};

} // namespace LicenseCore
