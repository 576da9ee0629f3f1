// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPolygonF>
#include <vector>

namespace LicenseUi {

// Fills the bands of a stacked area chart, in the chart's coordinates and clipped to its plot area.
//
// Qt's rasterizer fills a polygon whose outline runs a long way (a stack that swings every few pixels) very
// slowly: it splits the work into ever thinner bands, each going over the whole outline. QAreaSeries draws
// each series as one such polygon, which took seconds for a stack of fifty environments; this item cuts every
// band into pieces with a short outline instead, which fill in a few milliseconds each. Neighbouring pieces
// overlap by a pixel, so no seams show.
class StackedAreaItem final : public QGraphicsItem
{
public:
    struct Band
    {
        QColor color;
        // Stretches without gaps; each lower boundary has the same x positions as its upper one.
        QList<QList<QPointF>> uppers;
        QList<QList<QPointF>> lowers;
    };

    explicit StackedAreaItem(QGraphicsItem *parent = nullptr);
    ~StackedAreaItem() override;
    Q_DISABLE_COPY_MOVE(StackedAreaItem)

    void setBands(const std::vector<Band> &bands, const QRectF &clip);
    void clear();
    [[nodiscard]] qsizetype pieceCount() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Pieces
    {
        QColor color;
        QList<QPolygonF> polygons;
    };

    std::vector<Pieces> m_pieces;
    QRectF m_clip;
};

} // namespace LicenseUi
