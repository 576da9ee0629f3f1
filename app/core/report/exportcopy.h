// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>

namespace LicenseCore {

// Copies an export byte for byte (it is what offline clusters send for billing), atomically: the target
// appears complete or not at all, and an existing target is replaced only after the copy is complete.
Error saveExportCopy(const QString &sourcePath, const QString &targetPath);

} // namespace LicenseCore
