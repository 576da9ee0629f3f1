// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustercommands.h"

#include "clicommon.h"

namespace LicenseCli {

namespace {
int notYet(const QStringList &arguments)
{
    printError(QStringLiteral("'%1' is not available in this build yet").arg(arguments.value(0)));
    return ExitFailure;
}
} // namespace

int runFetch(const QStringList &arguments) { return notYet(arguments); }
int runEnvironments(const QStringList &arguments) { return notYet(arguments); }
int runProfile(const QStringList &arguments) { return notYet(arguments); }
int runToken(const QStringList &arguments) { return notYet(arguments); }
int runDemoCluster(const QStringList &arguments) { return notYet(arguments); }

} // namespace LicenseCli
