// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommands.h"

#include "clicommon.h"

namespace LicenseCli {

int runCsv(const QStringList &) { return ExitFailure; }
int runSummary(const QStringList &) { return ExitFailure; }
int runGenerate(const QStringList &) { return ExitFailure; }

} // namespace LicenseCli
