// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace LicenseCore {

// The newest modification time among the entries of the ZIP at `path` (its outer archive only), in epoch
// milliseconds. ZIP times carry no time zone: they are read as UTC, as the cluster and the demo generator write
// them. nullopt when the file is no ZIP, cannot be read or lists no entry with a valid time.
std::optional<qint64> newestEntryTimeMs(const QString &path);

} // namespace LicenseCore
