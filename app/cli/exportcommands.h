// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LicenseCli {

// Subcommands that read or write export files.
int runCsv(const QStringList &arguments);
int runSummary(const QStringList &arguments);
int runGenerate(const QStringList &arguments);

} // namespace LicenseCli
