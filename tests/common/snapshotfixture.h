// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hoursummary.h>
#include <usage/licenserules.h>
#include <usage/usagesnapshot.h>

#include <QByteArray>
#include <QList>

namespace TestFixture {

// Two hours of cluster-1 with figures small enough to compute by hand, shared by the tests that check what is shown
// or written from a snapshot. With the default rules:
// - 2026-10-01T13:00Z, env-b: an 8 GiB full-stack host (0.5) and a 32 GiB infrastructure-only host (0.3 × 2 = 0.6):
//   2 hosts, 1.1 host units; DEM 0.25 × (10 visits + 2 mobile sessions) + 0.75 × 1 replay + 1.0 × 3 browser
//   executions + 0.1 × 10 HTTP executions = 3 + 0.75 + 3 + 1 = 7.75; DDUs Metrics 1.5 + Log 0.25 = 1.75; 7 custom
//   metrics; log storage 100 bytes, upload 200 bytes; 5 RUM user properties; not a trial.
// - 2026-10-01T13:00Z, env-a (trial): a PaaS host of 64 GiB limited to 2 GiB: 1 host, 0.25 host units; customMetrics
//   null.
// - 2026-10-01T14:00Z (written as the epoch-millisecond text "1790863200000"), env-a: one host whose agents were
//   active for 3 minutes only: not counted (0 hosts, 0 host units).
extern const char HandHourOne[];
extern const char HandHourTwo[];

// A snapshot of `hourlyFiles`, summarised with `rules` and added in order (a later file of the same hour replaces an
// earlier one). A file that does not parse ends the test program with its error.
LicenseCore::UsageSnapshotPtr snapshotOf(const QList<QByteArray> &hourlyFiles,
                                         const LicenseCore::RuleSettings &rules = {});

// An hour of cluster-1 made of summaries written by the test (no JSON, no rules).
LicenseCore::HourSummary hourOf(qint64 hourStartMs, std::vector<LicenseCore::EnvironmentHourSummary> environments);

// snapshotOf() the two hand-computed hours.
LicenseCore::UsageSnapshotPtr handSnapshot();

} // namespace TestFixture
