// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace LicenseCore {

// Currencies by their ISO 4217 code and the digits of their minor unit (EUR 2: cents; JPY 0; KWD 3). Statements
// count money in minor units, so the number of digits is what a currency needs here.
class Currency final
{
public:
    // nullopt for a code the table does not hold: a statement in an unknown currency is refused, not guessed.
    static std::optional<int> minorDigits(const QString &code);
    // An amount in minor units as a plain decimal with exactly `digits` decimals: "-12.30", "1500" (digits 0).
    static QString formatMinor(qint64 amountMinor, int digits);
};

} // namespace LicenseCore
