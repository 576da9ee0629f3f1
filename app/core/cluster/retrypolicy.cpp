// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/retrypolicy.h>

#include <QDeadlineTimer>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace LicenseCore {

qint64 RetryPolicy::delayFor(int attempt, std::optional<qint64> retryAfterMs) const
{
    const qint64 floor = std::max<qint64>(0, minDelayMs);
    if (retryAfterMs)
        return std::max(floor, std::min(*retryAfterMs, MaxRetryAfterMs));
    const qint64 ceiling = std::max(floor, maxDelayMs);
    qint64 delay = std::clamp(initialDelayMs, floor, ceiling);
    for (int i = 1; i < attempt && delay < ceiling; ++i)
        delay = std::max<qint64>(1, delay) * 2; // stops at the ceiling long before it could overflow
    return std::clamp(delay, floor, ceiling);
}

qint64 RetryPolicy::realDelay(qint64 nominalMs) const
{
    const double real = static_cast<double>(nominalMs) * timeScale;
    if (!(real > 0)) // also NaN
        return 0;
    return real >= double(MaxRetryAfterMs) ? MaxRetryAfterMs : std::llround(real);
}

qint64 RetryPolicy::monotonicNowMs() const
{
    if (elapsedClock)
        return elapsedClock();
    return QDeadlineTimer::current().deadline();
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // Capped before the multiplication, which would overflow for "9223372036854775807".
        return std::min(seconds, MaxRetryAfterMs / 1000) * 1000;
    }
    // Only digits, yet no qint64: more seconds than any cap.
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return MaxRetryAfterMs;

    // RFC 9110 §5.6.7: recipients accept the IMF-fixdate and the two obsolete forms. The weekday is
    // dropped rather than checked: a wrong one should not cost the whole header.
    QString text = QString::fromLatin1(trimmed).simplified();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0)
        return std::nullopt;
    text = text.mid(space + 1); // "01 Oct 2026 12:01:30 GMT", "01-Oct-26 12:02:00 GMT" or "Oct 1 12:00:10 2026"
    const QLocale c = QLocale::c();
    QDateTime date = c.toDateTime(text, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid()) {
        date = c.toDateTime(text, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        // Two-digit years: QLocale reads them as 19xx; HTTP means the one within 50 years of now.
        if (date.isValid()) {
            while (date.date().year() < now.date().year() - 50)
                date = date.addYears(100);
        }
    }
    if (!date.isValid())
        date = c.toDateTime(text, QStringLiteral("MMM d HH:mm:ss yyyy"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(now.msecsTo(date), 0, MaxRetryAfterMs);
}

} // namespace LicenseCore
