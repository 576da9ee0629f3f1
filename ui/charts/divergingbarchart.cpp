// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "divergingbarchart.h"

#include "chartpalette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace LicenseUi {

namespace {

constexpr int Margin = 8;
constexpr double LabelShare = 0.3; // of the width, at most, for the row labels

} // namespace

DivergingBarChart::DivergingBarChart(QWidget *parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

DivergingBarChart::~DivergingBarChart() = default;

void DivergingBarChart::setBars(const QList<DivergingBar> &bars)
{
    if (bars == m_bars)
        return;
    m_bars = bars;
    updateGeometry();
    update();
}

void DivergingBarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

int DivergingBarChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int DivergingBarChart::top() const
{
    return Margin;
}

QSize DivergingBarChart::sizeHint() const
{
    return {480, top() + Margin + rowHeight() * std::max<int>(3, int(m_bars.size()))};
}

QSize DivergingBarChart::minimumSizeHint() const
{
    return {240, top() + Margin + rowHeight() * 3};
}

DivergingBarChart::Geometry DivergingBarChart::layoutGeometry() const
{
    Geometry geometry;
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    int valueWidth = 0;
    double largest = 0;
    for (const DivergingBar &bar : m_bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(bar.valueText));
        largest = std::max(largest, std::abs(bar.value));
    }
    const double width = double(this->width()) - 2 * Margin;
    const double labels = std::min(double(labelWidth) + 2 * Margin, width * LabelShare);
    geometry.labels = QRectF(Margin, top(), labels, double(rowHeight()) * double(m_bars.size()));
    // The value texts sit beside the bars' ends, on either side: room for one on each.
    const double textRoom = double(valueWidth) + 6;
    geometry.plot = QRectF(Margin + labels + textRoom, top(), std::max(0.0, width - labels - 2 * textRoom),
                           geometry.labels.height());
    geometry.zeroX = geometry.plot.center().x();
    geometry.scale = largest > 0 ? geometry.plot.width() / 2 / largest : 0;
    return geometry;
}

QRectF DivergingBarChart::barRect(int row) const
{
    if (row < 0 || row >= m_bars.size())
        return {};
    const Geometry geometry = layoutGeometry();
    const double length = m_bars.at(row).value * geometry.scale;
    if (length == 0)
        return {};
    const double y = top() + double(row) * rowHeight() + 3;
    const double height = rowHeight() - 6;
    return length > 0 ? QRectF(geometry.zeroX, y, length, height) : QRectF(geometry.zeroX + length, y, -length, height);
}

int DivergingBarChart::rowAt(QPoint point) const
{
    if (point.y() < top())
        return -1;
    const int row = (point.y() - top()) / rowHeight();
    return row < m_bars.size() ? row : -1;
}

void DivergingBarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = this->palette();
    if (m_bars.isEmpty()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const Geometry geometry = layoutGeometry();
    const QFontMetrics metrics = fontMetrics();
    const QColor more = ChartPalette::series(1);
    const QColor less = ChartPalette::series(0);
    for (int row = 0; row < m_bars.size(); ++row) {
        const DivergingBar &bar = m_bars.at(row);
        const QRectF line(0, top() + double(row) * rowHeight(), width(), rowHeight());
        if (row % 2 == 1)
            painter.fillRect(line, palette.color(QPalette::AlternateBase));
        painter.setPen(palette.color(QPalette::Text));
        const QRectF label(geometry.labels.left(), line.top(), geometry.labels.width() - Margin, line.height());
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignRight,
                         metrics.elidedText(bar.label, Qt::ElideMiddle, int(label.width())));
        const QRectF shape = barRect(row);
        if (!shape.isEmpty())
            painter.fillRect(shape, bar.value > 0 ? more : less);
        // The value beside the bar's end, outside it, on the side the bar grows to.
        const double end = bar.value >= 0 ? (shape.isEmpty() ? geometry.zeroX : shape.right()) + 4 : shape.left() - 4;
        const QRectF text = bar.value >= 0 ? QRectF(end, line.top(), width() - end, line.height())
                                           : QRectF(0, line.top(), end, line.height());
        painter.drawText(text, Qt::AlignVCenter | (bar.value >= 0 ? Qt::AlignLeft : Qt::AlignRight), bar.valueText);
    }
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(geometry.zeroX, geometry.plot.top()), QPointF(geometry.zeroX, geometry.plot.bottom()));
}

bool DivergingBarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && !m_bars.at(row).toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_bars.at(row).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace LicenseUi
