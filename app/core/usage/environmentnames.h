// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace LicenseCore {

// Environment id → display name, as the cluster reports them (an id without a name shows as the id alone).
using EnvironmentNames = QHash<QString, QString>;

} // namespace LicenseCore
