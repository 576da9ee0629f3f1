// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>
#include <usage/hourrecord.h>
#include <usage/licenserules.h>
#include <usage/timeseries.h>
#include <usage/usagesnapshot.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace LicenseUi {

// How the views write times, figures and metric names, in one place: periods in UTC like the export, numbers
// with the user's locale, and the rules behind every estimated figure.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(LicenseUi::DisplayFormat)

public:
    DisplayFormat() = delete;

    // "2026-10-01 13:00" for an hour, "2026-10-01" for a day, "October 2026" for a month; always UTC.
    static QString period(qint64 startMs, LicenseCore::Granularity granularity, const QLocale &locale = QLocale());
    // The period in UTC and what it is in local time, for tooltips.
    static QString periodDetail(qint64 startMs, LicenseCore::Granularity granularity,
                                const QLocale &locale = QLocale());
    // A moment to the minute, "2026-10-01 13:47"; always UTC.
    static QString moment(qint64 epochMs);
    // The moment to the second in UTC and what it is in local time, for tooltips.
    static QString momentDetail(qint64 epochMs, const QLocale &locale = QLocale());
    // "2026-10-01 00:00 to 2026-10-08 00:00 UTC (168 hours)": whole hours, the end being the first hour after.
    static QString hourRange(const LicenseCore::HourRange &range);

    // Host units from thousandths: as many decimals as needed, at most three ("1,234.5", "0.075").
    static QString hostUnits(qint64 milli, const QLocale &locale = QLocale());
    static QString decimal(double value, const QLocale &locale = QLocale());
    static QString count(qint64 value, const QLocale &locale = QLocale());
    static QString bytes(double bytes, const QLocale &locale = QLocale());
    static QString exactBytes(qint64 bytes, const QLocale &locale = QLocale());
    static QString gibibytes(qint64 bytes, const QLocale &locale = QLocale());
    static QString hostMode(LicenseCore::HostMode mode);

    // "Host units", "DDUs: Log"; `poolName` for Metric::DduPool.
    static QString metricName(LicenseCore::Metric metric, const QString &poolName = {});
    // What one value of the metric is at a resolution: "Host-unit hours per day (estimated)".
    static QString metricAxisTitle(LicenseCore::Metric metric, LicenseCore::Granularity granularity,
                                   const QString &poolName = {});
    static QString metricValue(LicenseCore::Metric metric, double value, const QLocale &locale = QLocale());
    static bool isEstimated(LicenseCore::Metric metric);
    // How an estimated metric is computed (DOMAIN.md §4); empty for figures taken from the export as they are.
    static QString metricRule(LicenseCore::Metric metric, const LicenseCore::RuleSettings &rules = {});

    // The rules with the settings the store was built with.
    static QString hostUnitRule(const LicenseCore::RuleSettings &rules = {});
    static QString demUnitRule(const LicenseCore::RuleSettings &rules = {});
};

} // namespace LicenseUi
