// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <report/currency.h>

#include <QHash>

namespace LicenseCore {

namespace {

// ISO 4217 (list one, 2024): the currencies a cluster's owner is likely to be charged in, and every code whose
// minor unit is not two digits among those still in use, so that no zero- or three-digit currency is mistaken for
// a two-digit one.
const QHash<QString, int> &minorDigitTable()
{
    static const QHash<QString, int> table = {
        {QStringLiteral("AED"), 2}, {QStringLiteral("ARS"), 2}, {QStringLiteral("AUD"), 2}, {QStringLiteral("BGN"), 2},
        {QStringLiteral("BHD"), 3}, {QStringLiteral("BIF"), 0}, {QStringLiteral("BRL"), 2}, {QStringLiteral("CAD"), 2},
        {QStringLiteral("CHF"), 2}, {QStringLiteral("CLP"), 0}, {QStringLiteral("CNY"), 2}, {QStringLiteral("COP"), 2},
        {QStringLiteral("CZK"), 2}, {QStringLiteral("DJF"), 0}, {QStringLiteral("DKK"), 2}, {QStringLiteral("EGP"), 2},
        {QStringLiteral("EUR"), 2}, {QStringLiteral("GBP"), 2}, {QStringLiteral("GNF"), 0}, {QStringLiteral("HKD"), 2},
        {QStringLiteral("HUF"), 2}, {QStringLiteral("IDR"), 2}, {QStringLiteral("ILS"), 2}, {QStringLiteral("INR"), 2},
        {QStringLiteral("IQD"), 3}, {QStringLiteral("ISK"), 0}, {QStringLiteral("JOD"), 3}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KMF"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("KWD"), 3}, {QStringLiteral("LYD"), 3},
        {QStringLiteral("MXN"), 2}, {QStringLiteral("MYR"), 2}, {QStringLiteral("NOK"), 2}, {QStringLiteral("NZD"), 2},
        {QStringLiteral("OMR"), 3}, {QStringLiteral("PHP"), 2}, {QStringLiteral("PLN"), 2}, {QStringLiteral("PYG"), 0},
        {QStringLiteral("RON"), 2}, {QStringLiteral("RWF"), 0}, {QStringLiteral("SAR"), 2}, {QStringLiteral("SEK"), 2},
        {QStringLiteral("SGD"), 2}, {QStringLiteral("THB"), 2}, {QStringLiteral("TND"), 3}, {QStringLiteral("TRY"), 2},
        {QStringLiteral("TWD"), 2}, {QStringLiteral("UGX"), 0}, {QStringLiteral("USD"), 2}, {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("XAF"), 0}, {QStringLiteral("XOF"), 0},
        {QStringLiteral("XPF"), 0}, {QStringLiteral("ZAR"), 2},
    };
    return table;
}

} // namespace

std::optional<int> Currency::minorDigits(const QString &code)
{
    const auto it = minorDigitTable().constFind(code);
    if (it == minorDigitTable().cend())
        return std::nullopt;
    return *it;
}

QString Currency::formatMinor(qint64 amountMinor, int digits)
{
    const bool negative = amountMinor < 0;
    // Unsigned, so that the smallest qint64 has a magnitude too.
    const quint64 magnitude = negative ? 0 - quint64(amountMinor) : quint64(amountMinor);
    QString text = QString::number(magnitude);
    if (digits > 0) {
        if (text.size() <= digits)
            text.prepend(QString(digits + 1 - text.size(), QLatin1Char('0')));
        text.insert(text.size() - digits, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace LicenseCore
