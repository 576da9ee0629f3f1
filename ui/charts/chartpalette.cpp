// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <algorithm>
#include <array>

namespace LicenseUi {

namespace {

// Tableau's ten colours without its red (kept for the quota) and grey (kept for "other"), and two lighter tones.
constexpr std::array<QRgb, 10> SeriesColours{
    0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2, 0xedc948, 0xff9da7, 0x9c755f, 0xa0cbe8, 0x8cd17d,
};

} // namespace

QColor ChartPalette::series(int index)
{
    const int count = size();
    const int round = index / count;
    const QColor base = QColor::fromRgb(SeriesColours[size_t(index % count)]);
    if (round == 0)
        return base;
    // Further rounds alternate darker and lighter tones of the same hues, never so light or dark that they
    // vanish into a white or a black background.
    float hue = 0.0f, saturation = 0.0f, lightness = 0.0f;
    base.getHslF(&hue, &saturation, &lightness);
    const int tier = (round + 1) / 2;
    const float step = 0.14f * float(tier);
    lightness = round % 2 == 1 ? lightness - step : lightness + step;
    return QColor::fromHslF(hue, saturation, std::clamp(lightness, 0.22f, 0.78f));
}

int ChartPalette::size()
{
    return int(SeriesColours.size());
}

QColor ChartPalette::other()
{
    return QColor::fromRgb(0xbab0ac);
}

QColor ChartPalette::quota()
{
    return QColor::fromRgb(0xe15759);
}

QColor ChartPalette::held()
{
    return series(0);
}

QColor ChartPalette::missing()
{
    // The quota's red: a gap, like an overrun, asks for attention.
    return quota();
}

} // namespace LicenseUi
