// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/timeseries.h>

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace LicenseUi {

struct AxisTick
{
    double value = 0.0;
    QString label;
};

// Round tick positions and their labels for the chart axes. Time ticks fall on whole UTC hours, days, Mondays,
// months or years, like the data; value ticks on 1, 2, 2.5 and 5 times a power of ten (of 1024 for bytes).
// Labels are unique, as QCategoryAxis needs them to be.
class AxisTicks final
{
    Q_DECLARE_TR_FUNCTIONS(LicenseUi::AxisTicks)

public:
    AxisTicks() = delete;

    // At most `maxCount` ticks inside [minMs + edgeMs, maxMs - edgeMs]: a label centred on the very edge of the
    // plot would be cut off, and with it the year that the first label carries.
    static QList<AxisTick> time(double minMs, double maxMs, int maxCount, double edgeMs = 0.0,
                                const QLocale &locale = QLocale());
    // Ticks from 0 to the first round value at or above `maxValue`, at most about `maxCount` + 1 of them.
    static QList<AxisTick> values(double maxValue, int maxCount, LicenseCore::Metric metric,
                                  const QLocale &locale = QLocale());
};

} // namespace LicenseUi
