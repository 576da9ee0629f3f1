// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
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

namespace {

// Drops trailing zeros of the fraction, and the point when nothing is left after it.
char *trimFraction(char *begin, char *end)
{
    if (std::find(begin, end, '.') == end)
        return end;
    while (end[-1] == '0')
        --end;
    if (end[-1] == '.')
        --end;
    return end;
}

} // namespace

void appendDecimal(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += '0';
        return;
    }
    // std::to_chars rounds to six decimals exactly as QString::number() does, except on an exact tie, which it
    // rounds to even where Qt rounds away from zero. A double ends in a 5 at the seventh decimal exactly when it
    // is an odd multiple of 1/128; those, and very large numbers, take Qt's way.
    const double scaled = value * 128.0;
    const bool tie = scaled == std::trunc(scaled) && std::fmod(scaled, 2.0) != 0.0;
    char buffer[400]; // the largest double has 309 digits before the point
    char *end = buffer;
    if (!tie && std::fabs(value) < 1e15) {
        end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 6).ptr;
    } else {
        const QByteArray text = QByteArray::number(value, 'f', 6);
        end = std::copy(text.cbegin(), text.cbegin() + std::min(text.size(), qsizetype(sizeof buffer)), buffer);
    }
    end = trimFraction(buffer, end);
    if (end - buffer == 2 && buffer[0] == '-' && buffer[1] == '0')
        out += '0';
    else
        out.append(buffer, end - buffer);
}

void appendMilli(QByteArray &out, qint64 milli)
{
    const bool negative = milli < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(milli) : static_cast<quint64>(milli);
    char buffer[32];
    char *end = buffer;
    if (negative)
        *end++ = '-';
    end = std::to_chars(end, buffer + sizeof buffer, magnitude / 1000).ptr;
    const quint64 fraction = magnitude % 1000;
    if (fraction != 0) {
        *end++ = '.';
        *end++ = char('0' + fraction / 100);
        *end++ = char('0' + fraction / 10 % 10);
        *end++ = char('0' + fraction % 10);
        end = trimFraction(buffer, end);
    }
    out.append(buffer, end - buffer);
}

QString formatDecimal(double value)
{
    QByteArray text;
    appendDecimal(text, value);
    return QString::fromLatin1(text);
}

QString formatMilli(qint64 milli)
{
    QByteArray text;
    appendMilli(text, milli);
    return QString::fromLatin1(text);
}

} // namespace LicenseCore
