// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace LicenseCore::Time {

namespace {
qint64 floorTo(qint64 value, qint64 unit)
{
    qint64 q = value / unit;
    if (value % unit != 0 && value < 0)
        --q;
    return q * unit;
}
} // namespace

qint64 floorHour(qint64 epochMs)
{
    return floorTo(epochMs, HourMs);
}

qint64 floorDay(qint64 epochMs)
{
    return floorTo(epochMs, 24 * HourMs);
}

qint64 floorMonth(qint64 epochMs)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).date();
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString isoUtc(qint64 epochMs)
{
    // A QDateTime in the QTimeZone::utc() zone prints "+00:00"; one with the UTC spec prints "Z".
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
}

std::optional<qint64> parseIsoUtc(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    // Without a zone the text is UTC; reading it as local time first would shift or lose
    // times that do not exist locally (daylight-saving gaps).
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}(:?\\d{2})?)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!zone.match(trimmed).hasMatch())
        trimmed += QLatin1Char('Z');
    const QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> parseTimestampText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 ms = trimmed.toLongLong(&ok);
    if (ok)
        return ms;
    // Integral values written with a fraction ("1700000000000.0").
    // The range check comes first: converting a double outside qint64's range is undefined behaviour.
    // 2^63 is exactly representable; every double below it and at or above -2^63 converts.
    const double asDouble = trimmed.toDouble(&ok);
    constexpr double TwoPow63 = 9223372036854775808.0;
    if (ok && asDouble >= -TwoPow63 && asDouble < TwoPow63 &&
        asDouble == static_cast<double>(static_cast<qint64>(asDouble)))
        return static_cast<qint64>(asDouble);
    return parseIsoUtc(trimmed.toString());
}

} // namespace LicenseCore::Time
