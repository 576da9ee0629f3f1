// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LicenseCli {

// Subcommands that talk to a cluster or serve the demo cluster.
int runFetch(const QStringList &arguments);
int runSync(const QStringList &arguments);
int runEnvironments(const QStringList &arguments);
int runProfile(const QStringList &arguments);
int runToken(const QStringList &arguments);
int runDemoCluster(const QStringList &arguments);

} // namespace LicenseCli
