// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackedareaitem.h"

#include <QPainter>
#include <cmath>

namespace LicenseUi {

namespace {

// Outline length, in pixels, of one piece: short enough for the rasterizer's working memory.
constexpr double MaxOutline = 120.0;

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

void appendPiece(QList<QPolygonF> &polygons, const QList<QPointF> &upper, const QList<QPointF> &lower, qsizetype from,
                 qsizetype to)
{
    QPolygonF polygon;
    polygon.reserve(2 * (to - from + 1));
    for (qsizetype i = from; i <= to; ++i)
        polygon.append(upper.at(i));
    for (qsizetype i = to; i >= from; --i)
        polygon.append(lower.at(i));
    polygons.append(std::move(polygon));
}

} // namespace

StackedAreaItem::StackedAreaItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemHasNoContents, false);
    setAcceptedMouseButtons(Qt::NoButton);
}

StackedAreaItem::~StackedAreaItem() = default;

void StackedAreaItem::setBands(const std::vector<Band> &bands, const QRectF &clip)
{
    prepareGeometryChange();
    m_clip = clip;
    m_pieces.clear();
    m_pieces.reserve(bands.size());
    for (const Band &band : bands) {
        Pieces pieces;
        pieces.color = band.color;
        for (qsizetype s = 0; s < band.uppers.size() && s < band.lowers.size(); ++s) {
            const QList<QPointF> &upper = band.uppers.at(s);
            const QList<QPointF> &lower = band.lowers.at(s);
            const qsizetype count = std::min(upper.size(), lower.size());
            if (count < 2)
                continue;
            qsizetype start = 0;
            double outline = 0.0;
            for (qsizetype i = 1; i < count; ++i) {
                outline += distance(upper.at(i - 1), upper.at(i)) + distance(lower.at(i - 1), lower.at(i));
                if (outline > MaxOutline && i + 1 < count) {
                    // The piece goes on at least a pixel past the cut, where the next one starts, so that they
                    // overlap: pieces that only touched would leave a faint seam where their edges blend.
                    qsizetype end = i + 1;
                    while (end + 1 < count && upper.at(end).x() - upper.at(i).x() < 1.0)
                        ++end;
                    appendPiece(pieces.polygons, upper, lower, start, end);
                    start = i;
                    outline = 0.0;
                }
            }
            appendPiece(pieces.polygons, upper, lower, start, count - 1);
        }
        m_pieces.push_back(std::move(pieces));
    }
    update();
}

void StackedAreaItem::clear()
{
    if (m_pieces.empty())
        return;
    prepareGeometryChange();
    m_pieces.clear();
    update();
}

qsizetype StackedAreaItem::pieceCount() const
{
    qsizetype count = 0;
    for (const Pieces &pieces : m_pieces)
        count += pieces.polygons.size();
    return count;
}

QRectF StackedAreaItem::boundingRect() const
{
    return m_pieces.empty() ? QRectF() : m_clip;
}

void StackedAreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    painter->save();
    painter->setClipRect(m_clip, Qt::IntersectClip);
    painter->setPen(Qt::NoPen);
    for (const Pieces &pieces : m_pieces) {
        painter->setBrush(pieces.color);
        for (const QPolygonF &polygon : pieces.polygons)
            painter->drawPolygon(polygon);
    }
    painter->restore();
}

} // namespace LicenseUi
