// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hourrecord.h>

namespace LicenseCore {

// Readable values in QCOMPARE failure messages (found by argument-dependent lookup).
char *toString(HostMode mode);

} // namespace LicenseCore
