// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace LicenseCore {

// Machine-readable decimal: '.' separator, no grouping, no exponent, at most six decimals,
// trailing zeros removed ("0.3", "12", "0.000125"). Used by the CSV and the CLI.
QString formatDecimal(double value);

// Host units are kept as integer thousandths (every rule value is a multiple of 0.005), so sums stay exact.
QString formatMilli(qint64 milli);

} // namespace LicenseCore
