// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace LicenseCore {

// When to retry a request the cluster answered with 429 (an export is already running) or 556 (upgrade in
// progress). Delays are nominal: what the user is told ("retrying in 30 s") and what counts against
// maxTotalWaitMs. timeScale shrinks the real wait so tests do not sleep.
//
// A retry never comes sooner than minDelayMs, nor sooner than the cluster's Retry-After: when the cluster asks
// for more than the rest of maxTotalWaitMs, the request fails with a sentence saying so instead of asking early.
// What counts against maxTotalWaitMs is the larger of the nominal waits so far and the real time since the
// first attempt, so slow answers do not stretch the limit; maxAttempts bounds the number of retries on its own.
struct RetryPolicy
{
    qint64 initialDelayMs = 10 * 1000;      // first wait when the cluster sends no Retry-After
    qint64 minDelayMs = 1000;               // shortest wait, also for "Retry-After: 0" or a date in the past
    qint64 maxDelayMs = 2 * 60 * 1000;      // cap of the program's own backoff (not of the cluster's Retry-After)
    qint64 maxTotalWaitMs = 30 * 60 * 1000; // give up when the waits would add up to more
    int maxAttempts = 50;                   // give up after this many retries
    double timeScale = 1.0;                 // real wait = nominal wait * timeScale
    // A monotonic clock in milliseconds (tests inject one); empty: the system's monotonic clock.
    std::function<qint64()> elapsedClock;

    // Nominal delay before retry number `attempt` (1-based): the server's Retry-After when known (at least
    // minDelayMs, never shortened), else an exponential backoff between minDelayMs and maxDelayMs.
    [[nodiscard]] qint64 delayFor(int attempt, std::optional<qint64> retryAfterMs) const;
    // The real wait for a nominal delay.
    [[nodiscard]] qint64 realDelay(qint64 nominalMs) const;
    // The current reading of elapsedClock (or of the system's monotonic clock).
    [[nodiscard]] qint64 monotonicNowMs() const;

    // The largest Retry-After taken literally (a year); anything longer counts as that much.
    static constexpr qint64 MaxRetryAfterMs = 366LL * 24 * 3600 * 1000;

    // Retry-After as delay-seconds ("120") or an HTTP-date (IMF-fixdate, RFC 850 or asctime), relative to
    // `now`; a date in the past gives 0; at most MaxRetryAfterMs. nullopt when absent or malformed.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace LicenseCore
