// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LicenseCli {

// license-usage check: a monitoring plugin (Nagios plugin conventions) for the license quotas of a cluster.
int runCheck(const QStringList &arguments);

} // namespace LicenseCli
