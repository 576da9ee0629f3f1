// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace LicenseCore {

// Keeps API tokens out of core dumps and away from other processes of the same user. The first time a token
// enters this process's memory (read from or written to the vault, kept in memory, handed to a ClusterClient,
// read by the command line), core dumps are switched off for the rest of the process's life: RLIMIT_CORE
// becomes 0 (soft and hard, so it cannot be raised again), and on Linux the process is marked not dumpable
// (PR_SET_DUMPABLE 0: no core dump even through a core_pattern pipe, /proc/<pid> owned by root, no ptrace
// attach by the same user). Nothing is reverted: a token may linger in freed memory.
//
// The marks stay with this process only: a program it starts with exec is dumpable again, and inherits only the
// core size limit.
class CoreDumpGuard final
{
public:
    CoreDumpGuard() = delete;

    // Idempotent and thread safe: the first call does the work, later ones return at once.
    static void engage();
    // Whether engage() has run in this process (not whether each step succeeded; failures are logged).
    [[nodiscard]] static bool isEngaged();
};

} // namespace LicenseCore
