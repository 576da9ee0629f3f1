// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/storedenvironments.h>

namespace LicenseCore {

QList<StoredEnvironment> storedEnvironments(const QList<ClusterEnvironment> &environments)
{
    QList<StoredEnvironment> stored;
    stored.reserve(environments.size());
    // The state is not kept: old hours name disabled environments too, and they are charged all the same.
    for (const ClusterEnvironment &environment : environments)
        stored.append({environment.id, environment.name, environment.tags, environment.trial, 0});
    return stored;
}

} // namespace LicenseCore
