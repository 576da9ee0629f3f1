// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace LicenseCore {

// The prices from one month on, each per unit in the rate card's currency. Prices are taken to nine decimals
// (nano units), so that every amount is computed in integers.
struct RateVersion
{
    int fromYear = 0;
    int fromMonth = 0; // 1-12
    double hostUnitHour = 0;
    double demUnit = 0;
    double ddu = 0;                 // every pool that dduPools does not name
    QMap<QString, double> dduPools; // pool name as in the export (e.g. "Log") → its own price
    double logUploadGiB = 0;        // per GiB (1024³ bytes) of log upload
    double environmentMonthly = 0;  // per environment and month

    // "2025-01": how the rate card and the statements name a version.
    [[nodiscard]] QString from() const;
    // Months since year 0, for ordering and lookup.
    [[nodiscard]] int monthIndex() const { return fromYear * 12 + fromMonth - 1; }
    // A price in nano units (price × 10⁹, rounded).
    [[nodiscard]] static qint64 nano(double price);

    bool operator==(const RateVersion &) const = default;
};

// The prices of a chargeback, versioned by the month they apply from, so that a statement of a past month keeps
// the prices of that month when new ones are added. Saved as the JSON file docs/rules.md ("Chargeback") describes;
// keys the format does not know are an error, so that a misspelt price is not silently zero.
struct RateCard
{
    QString currency = QStringLiteral("EUR");
    QList<RateVersion> versions; // ordered by month, no two for the same month

    // The card in a JSON file; an error names the line (invalid JSON) or the key ("rates[1].ddu") at fault.
    [[nodiscard]] static Result<RateCard> parse(const QByteArray &json);
    [[nodiscard]] static Result<RateCard> load(const QString &path);
    [[nodiscard]] QByteArray toJson() const;
    // Writes atomically: on any failure the file at `path` is left as it was.
    [[nodiscard]] Status save(const QString &path) const;
    // What parse() checks of the values (a currency of the table, prices not negative, versions by month, no
    // month twice): for a card edited in the window.
    [[nodiscard]] Status validate() const;

    // The index of the version that applies to the month, -1 when the month is before the first version.
    [[nodiscard]] int versionFor(int year, int month) const;

    bool operator==(const RateCard &) const = default;
};

} // namespace LicenseCore
