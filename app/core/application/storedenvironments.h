// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/environmentsjob.h>
#include <history/historystore.h>

#include <QList>

namespace LicenseCore {

// The cluster's /environments answer as the history keeps it: names for its views, tags for cost centres, trial
// flags. One conversion for every sync (the command line's and the window's), so both store the same.
[[nodiscard]] QList<StoredEnvironment> storedEnvironments(const QList<ClusterEnvironment> &environments);

} // namespace LicenseCore
