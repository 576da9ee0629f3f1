// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <vault/coredumpguard.h>

#include <QtGlobal>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace LicenseCore {

namespace {
std::once_flag engageOnce;
std::atomic<bool> engaged{false};

void disableCoreDumps()
{
#ifdef Q_OS_UNIX
    const rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        qWarning("Core dumps could not be switched off (setrlimit: %s)", std::strerror(errno));
#endif
#ifdef Q_OS_LINUX
    // A core_pattern pipe (systemd-coredump, apport) ignores RLIMIT_CORE; a process that is not dumpable is skipped.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qWarning("The process could not be marked as not dumpable (prctl: %s)", std::strerror(errno));
#endif
}
} // namespace

void CoreDumpGuard::engage()
{
    if (engaged.load(std::memory_order_acquire))
        return;
    std::call_once(engageOnce, [] {
        disableCoreDumps();
        engaged.store(true, std::memory_order_release);
    });
}

bool CoreDumpGuard::isEngaged()
{
    return engaged.load(std::memory_order_acquire);
}

} // namespace LicenseCore
