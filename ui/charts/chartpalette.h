// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace LicenseUi {

// The only colours the charts choose themselves: one per series, readable on light and dark backgrounds.
// Everything else (background, text, grid) comes from the widget palette.
class ChartPalette final
{
public:
    ChartPalette() = delete;

    // Distinct colours for the first size() series; later ones repeat them lighter or darker.
    static QColor series(int index);
    static int size();
    // "Other environments" taken together.
    static QColor other();
    static QColor quota();
    // The history's coverage: hours held, and the gaps between them.
    static QColor held();
    static QColor missing();
};

} // namespace LicenseUi
