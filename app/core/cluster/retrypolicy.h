// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QtGlobal>
#include <optional>

namespace LicenseCore {

// When to retry a request the cluster answered with 429 (an export is already running) or 556 (upgrade in
// progress). Delays are nominal: what the user is told ("retrying in 30 s") and what counts against
// maxTotalWaitMs. timeScale shrinks the real wait so tests do not sleep.
struct RetryPolicy
{
    qint64 initialDelayMs = 10 * 1000;      // first wait when the cluster sends no Retry-After
    qint64 maxDelayMs = 2 * 60 * 1000;      // cap of one wait (also caps a huge Retry-After)
    qint64 maxTotalWaitMs = 30 * 60 * 1000; // give up when the waits would add up to more
    double timeScale = 1.0;                 // real wait = nominal wait * timeScale

    // Nominal delay before retry number `attempt` (1-based), honouring the server's Retry-After when known.
    [[nodiscard]] qint64 delayFor(int attempt, std::optional<qint64> retryAfterMs) const;
    // The real wait for a nominal delay.
    [[nodiscard]] qint64 realDelay(qint64 nominalMs) const;

    // Retry-After as delay-seconds ("120") or an HTTP-date (IMF-fixdate, RFC 850 or asctime), relative to
    // `now`; a date in the past gives 0. nullopt when absent or malformed.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace LicenseCore
