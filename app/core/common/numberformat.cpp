// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>

#include <QCoreApplication>
#include <cmath>

namespace LicenseCore {

namespace {
struct ByteSizeText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ByteSize)
};
} // namespace

QString formatByteSize(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = 1024 * KiB;
    constexpr qint64 GiB = 1024 * MiB;
    if (bytes < 10 * KiB)
        return ByteSizeText::tr("%n byte(s)", nullptr, int(bytes));
    const auto scaled = [bytes](qint64 unit) { return std::round(double(bytes) / double(unit) * 10.0) / 10.0; };
    const auto decimals = [](double value) { return value == std::trunc(value) ? 0 : 1; };
    if (bytes < MiB) {
        const double value = scaled(KiB);
        return ByteSizeText::tr("%L1 KiB").arg(value, 0, 'f', decimals(value));
    }
    if (bytes < GiB) {
        const double value = scaled(MiB);
        return ByteSizeText::tr("%L1 MiB").arg(value, 0, 'f', decimals(value));
    }
    const double value = scaled(GiB);
    return ByteSizeText::tr("%L1 GiB").arg(value, 0, 'f', decimals(value));
}

QString formatDecimal(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("0");
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString formatMilli(qint64 milli)
{
    const bool negative = milli < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(milli) : static_cast<quint64>(milli);
    QString text = QString::number(magnitude / 1000);
    quint64 fraction = magnitude % 1000;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace LicenseCore
