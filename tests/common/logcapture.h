// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace TestSupport {

// Keeps every Qt message of this process from install() on, so that a test can prove what never reached a log.
// Each message still goes on to the handler that was installed before; debug messages only when asked, so
// that a test turning on every logging category does not flood its own output.
class LogCapture final
{
public:
    LogCapture() = delete;

    static void install(bool forwardDebug = false);
    static void uninstall();
    // Everything captured so far (thread-safe).
    static QStringList lines();
};

} // namespace TestSupport
