// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace LicenseCore {

// Machine-readable decimal: '.' separator, no grouping, no exponent, at most six decimals,
// trailing zeros removed ("0.3", "12", "0.000125"). Used by the CSV and the CLI.
QString formatDecimal(double value);

// A size for people, in binary units, translated: "%n byte(s)" below 10 KiB, then KiB, MiB or GiB with one
// decimal that is dropped when it is zero ("1.5 MiB", "512 MiB"). The one byte-size format of the program.
QString formatByteSize(qint64 bytes);

// Host units are kept as integer thousandths (every rule value is a multiple of 0.005), so sums stay exact.
QString formatMilli(qint64 milli);

// The text of formatDecimal() and formatMilli(), appended to `out` as ASCII without a QString in between: for
// writers of many numbers (the CSV).
void appendDecimal(QByteArray &out, double value);
void appendMilli(QByteArray &out, qint64 milli);

} // namespace LicenseCore
