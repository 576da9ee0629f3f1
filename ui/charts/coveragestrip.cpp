// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragestrip.h"

#include "axisticks.h"
#include "chartpalette.h"
#include "models/displayformat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr int Margin = 6;
constexpr int Spacing = 8;
constexpr int TickLength = 4;
// A long description is read out in full by screen readers: name the first gaps only.
constexpr int DescribedGaps = 20;

QColor hatchColour(const QColor &fill)
{
    return fill.lightnessF() > 0.5f ? fill.darker(160) : fill.lighter(160);
}

} // namespace

CoverageStrip::CoverageStrip(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("History coverage"));
    updateDescription();
}

CoverageStrip::~CoverageStrip() = default;

void CoverageStrip::setCoverage(const QList<ClusterCoverage> &clusters)
{
    const std::optional<std::pair<int, int>> current = currentGap();
    const QString currentCluster = current ? m_clusters.at(current->first).clusterUuid : QString();
    const HourRange currentRange = current ? m_clusters.at(current->first).gaps.at(current->second) : HourRange();

    m_clusters = clusters;
    m_axis = {};
    for (const ClusterCoverage &cluster : std::as_const(m_clusters)) {
        if (cluster.extent.isEmpty())
            continue;
        m_axis = m_axis.isEmpty() ? cluster.extent
                                  : HourRange{std::min(m_axis.fromMs, cluster.extent.fromMs),
                                              std::max(m_axis.toMs, cluster.extent.toMs)};
    }
    // The same gap stays chosen when the history is read again, as long as it is still missing.
    m_currentCluster = -1;
    m_currentGap = -1;
    for (int c = 0; current && c < m_clusters.size(); ++c) {
        const int g = int(m_clusters.at(c).gaps.indexOf(currentRange));
        if (m_clusters.at(c).clusterUuid == currentCluster && g >= 0) {
            m_currentCluster = c;
            m_currentGap = g;
        }
    }
    m_metrics.reset();
    updateGeometry();
    updateDescription();
    update();
}

QList<ClusterCoverage> CoverageStrip::coverageOf(const QList<StoredExport> &exports,
                                                 const QHash<QString, QList<HourRange>> &gapsByCluster)
{
    QMap<QString, HourRange> extents;
    for (const StoredExport &stored : exports) {
        if (stored.range.isEmpty())
            continue;
        auto it = extents.find(stored.clusterUuid);
        if (it == extents.end())
            extents.insert(stored.clusterUuid, stored.range);
        else
            *it = {std::min(it->fromMs, stored.range.fromMs), std::max(it->toMs, stored.range.toMs)};
    }
    QList<ClusterCoverage> clusters;
    for (auto it = extents.cbegin(); it != extents.cend(); ++it)
        clusters.append({it.key(), QString(), it.value(), gapsByCluster.value(it.key())});
    return clusters;
}

std::pair<int, int> CoverageStrip::pixelSpan(HourRange axis, HourRange span, int width, int minimumWidth)
{
    if (axis.isEmpty() || width <= 0)
        return {0, 0};
    const double scale = double(width) / double(axis.toMs - axis.fromMs);
    int left = int(std::floor(double(span.fromMs - axis.fromMs) * scale));
    int right = int(std::ceil(double(span.toMs - axis.fromMs) * scale));
    left = std::clamp(left, 0, width);
    right = std::clamp(right, left, width);
    const int wanted = std::min(minimumWidth, width);
    if (right - left < wanted) {
        left -= (wanted - (right - left)) / 2;
        left = std::clamp(left, 0, width - wanted);
        right = left + wanted;
    }
    return {left, right};
}

CoverageStrip::Metrics CoverageStrip::metrics() const
{
    // Every rectangle depends on them, and the tooltips and the painting ask for many rectangles.
    if (m_metrics && m_metrics->width == width())
        return *m_metrics;
    const QFontMetrics fm = fontMetrics();
    Metrics m;
    m.width = width();
    m.legendHeight = fm.height() + Spacing;
    m.rowHeight = fm.height() + 12;
    m.barHeight = std::max(12, fm.height() + 2);
    int widest = 0;
    for (int i = 0; i < m_clusters.size(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(clusterLabel(i)));
    // Room for the widest axis labels ("12 Sep 2026"); the label column holds at least half of one, for the
    // label of the first hour.
    m.axisLabelWidth = fm.horizontalAdvance(QStringLiteral("00 MMM 0000"));
    m.labelWidth = std::max(std::min(widest, width() / 3), m.axisLabelWidth / 2);
    m.trackLeft = Margin + m.labelWidth + Spacing;
    m.trackWidth = std::max(0, width() - m.trackLeft - Margin);
    m.axisTop = Margin + m.legendHeight + int(m_clusters.size()) * m.rowHeight;
    m.axisHeight = TickLength + fm.height() + 2;
    m_metrics = m;
    return m;
}

QRect CoverageStrip::trackRect(int index) const
{
    if (index < 0 || index >= m_clusters.size())
        return {};
    const Metrics m = metrics();
    const int top = Margin + m.legendHeight + index * m.rowHeight + (m.rowHeight - m.barHeight) / 2;
    return {m.trackLeft, top, m.trackWidth, m.barHeight};
}

QRect CoverageStrip::gapRect(int clusterIndex, int gapIndex) const
{
    if (clusterIndex < 0 || clusterIndex >= m_clusters.size() || gapIndex < 0 ||
        gapIndex >= m_clusters.at(clusterIndex).gaps.size())
        return {};
    const QRect track = trackRect(clusterIndex);
    const auto [left, right] =
        pixelSpan(m_axis, m_clusters.at(clusterIndex).gaps.at(gapIndex), track.width(), MinimumGapPixels);
    return {track.left() + left, track.top(), right - left, track.height()};
}

std::optional<std::pair<int, int>> CoverageStrip::gapAt(QPoint pos) const
{
    for (int c = 0; c < m_clusters.size(); ++c) {
        if (!trackRect(c).contains(pos))
            continue;
        // The nearest gap within a pixel: the narrowest gaps are hard to hit exactly.
        std::optional<std::pair<int, int>> best;
        int bestDistance = 2;
        for (int g = 0; g < m_clusters.at(c).gaps.size(); ++g) {
            const QRect rect = gapRect(c, g);
            const int distance = pos.x() < rect.left()    ? rect.left() - pos.x()
                                 : pos.x() > rect.right() ? pos.x() - rect.right()
                                                          : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = std::pair{c, g};
            }
        }
        return best;
    }
    return std::nullopt;
}

QString CoverageStrip::clusterLabel(int index) const
{
    const ClusterCoverage &cluster = m_clusters.at(index);
    return cluster.label.isEmpty() ? cluster.clusterUuid : cluster.label;
}

QString CoverageStrip::gapText(int clusterIndex, int gapIndex) const
{
    return tr("Missing in %1: %2")
        .arg(clusterLabel(clusterIndex), DisplayFormat::hourRange(m_clusters.at(clusterIndex).gaps.at(gapIndex)));
}

QString CoverageStrip::clusterSummary(int index) const
{
    const ClusterCoverage &cluster = m_clusters.at(index);
    if (cluster.extent.isEmpty())
        return tr("%1: no hours stored").arg(clusterLabel(index));
    int missing = 0;
    for (const HourRange &gap : cluster.gaps)
        missing += gap.hours();
    const QString held = tr("%1: %2").arg(clusterLabel(index), DisplayFormat::hourRange(cluster.extent));
    if (cluster.gaps.isEmpty())
        return tr("%1, no gaps").arg(held);
    return tr("%1, %2 missing in %n gap(s)", nullptr, int(cluster.gaps.size()))
        .arg(held, tr("%Ln hour(s)", nullptr, missing));
}

QString CoverageStrip::toolTipAt(QPoint pos) const
{
    if (const auto gap = gapAt(pos))
        return gapText(gap->first, gap->second);
    const Metrics m = metrics();
    for (int c = 0; c < m_clusters.size(); ++c) {
        const QRect track = trackRect(c);
        const QRect row(Margin, track.top(), m.trackLeft + track.width() - Margin, track.height());
        if (row.contains(pos)) {
            QString text = clusterSummary(c);
            if (!m_clusters.at(c).label.isEmpty())
                text += QLatin1Char('\n') + m_clusters.at(c).clusterUuid;
            return text;
        }
    }
    return {};
}

std::optional<std::pair<int, int>> CoverageStrip::currentGap() const
{
    if (m_currentCluster < 0)
        return std::nullopt;
    return std::pair{m_currentCluster, m_currentGap};
}

void CoverageStrip::setCurrentGap(int clusterIndex, int gapIndex)
{
    const bool valid = clusterIndex >= 0 && clusterIndex < m_clusters.size() && gapIndex >= 0 &&
                       gapIndex < m_clusters.at(clusterIndex).gaps.size();
    m_currentCluster = valid ? clusterIndex : -1;
    m_currentGap = valid ? gapIndex : -1;
    updateDescription();
    update();
}

QList<std::pair<int, int>> CoverageStrip::allGaps() const
{
    QList<std::pair<int, int>> gaps;
    for (int c = 0; c < m_clusters.size(); ++c) {
        for (int g = 0; g < m_clusters.at(c).gaps.size(); ++g)
            gaps.append({c, g});
    }
    return gaps;
}

void CoverageStrip::stepCurrentGap(int step)
{
    const QList<std::pair<int, int>> gaps = allGaps();
    if (gaps.isEmpty())
        return;
    const int at = int(gaps.indexOf(std::pair{m_currentCluster, m_currentGap}));
    const int next = at < 0 ? (step > 0 ? 0 : int(gaps.size()) - 1) : std::clamp(at + step, 0, int(gaps.size()) - 1);
    setCurrentGap(gaps.at(next).first, gaps.at(next).second);
    showCurrentGap();
}

void CoverageStrip::showCurrentGap()
{
    if (const auto gap = currentGap()) {
        const QRect rect = gapRect(gap->first, gap->second);
        QToolTip::showText(mapToGlobal(QPoint(rect.center().x(), rect.bottom())), gapText(gap->first, gap->second),
                           this, rect);
    }
}

void CoverageStrip::updateDescription()
{
    if (const auto gap = currentGap()) {
        setAccessibleDescription(gapText(gap->first, gap->second));
        return;
    }
    if (m_clusters.isEmpty()) {
        setAccessibleDescription(tr("The history holds no hours yet."));
        return;
    }
    QStringList lines;
    int described = 0;
    for (int c = 0; c < m_clusters.size(); ++c) {
        lines << clusterSummary(c);
        for (int g = 0; g < m_clusters.at(c).gaps.size() && described < DescribedGaps; ++g, ++described)
            lines << gapText(c, g);
    }
    if (!allGaps().isEmpty())
        lines << tr("Use the arrow keys to step from gap to gap.");
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

QSize CoverageStrip::sizeHint() const
{
    const Metrics m = metrics();
    return {640, m.axisTop + m.axisHeight + Margin};
}

QSize CoverageStrip::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

bool CoverageStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void CoverageStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_metrics.reset();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void CoverageStrip::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        stepCurrentGap(1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        stepCurrentGap(-1);
        break;
    case Qt::Key_Home:
        stepCurrentGap(-int(allGaps().size()));
        break;
    case Qt::Key_End:
        stepCurrentGap(int(allGaps().size()));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const auto gap = currentGap())
            Q_EMIT gapActivated(m_clusters.at(gap->first).clusterUuid, m_clusters.at(gap->first).gaps.at(gap->second));
        else
            QWidget::keyPressEvent(event);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void CoverageStrip::mousePressEvent(QMouseEvent *event)
{
    if (const auto gap = gapAt(event->position().toPoint()))
        setCurrentGap(gap->first, gap->second);
    QWidget::mousePressEvent(event);
}

void CoverageStrip::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto gap = gapAt(event->position().toPoint())) {
        setCurrentGap(gap->first, gap->second);
        Q_EMIT gapActivated(m_clusters.at(gap->first).clusterUuid, m_clusters.at(gap->first).gaps.at(gap->second));
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void CoverageStrip::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    const Metrics m = metrics();
    const QPalette &pal = palette();
    const QColor held = ChartPalette::held();
    const QColor missing = ChartPalette::missing();

    const QList<std::pair<int, QString>> ticks = axisTicks(m);
    paintLegend(painter, m);
    // Behind the strips: the lines show through where nothing is held, and do not cut the strips into pieces.
    paintGrid(painter, m, ticks);
    for (int c = 0; c < m_clusters.size(); ++c) {
        const ClusterCoverage &cluster = m_clusters.at(c);
        const QRect track = trackRect(c);
        const QRect labelRect(Margin, track.top(), m.labelWidth, track.height());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(clusterLabel(c), Qt::ElideMiddle, m.labelWidth));

        // Outside the cluster's first and last hour the history knows nothing: a faint line, no colour.
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(track.left(), track.center().y(), track.right(), track.center().y());
        if (cluster.extent.isEmpty())
            continue;
        const auto [left, right] = pixelSpan(m_axis, cluster.extent, track.width());
        painter.fillRect(QRect(track.left() + left, track.top(), right - left, track.height()), held);
        for (int g = 0; g < cluster.gaps.size(); ++g) {
            const QRect rect = gapRect(c, g);
            painter.fillRect(rect, missing);
            painter.fillRect(rect, QBrush(hatchColour(missing), Qt::BDiagPattern));
        }
    }
    paintAxis(painter, m, ticks);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = pal.color(QPalette::Window);
        if (const auto gap = currentGap())
            option.rect = gapRect(gap->first, gap->second).adjusted(-2, -2, 2, 2);
        else
            option.rect = rect().adjusted(1, 1, -1, -1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
    }
    if (const auto gap = currentGap()) {
        // The chosen gap stays marked without focus too, so a click shows what was chosen.
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(gapRect(gap->first, gap->second).adjusted(-1, -1, 0, 0));
    }
}

void CoverageStrip::paintLegend(QPainter &painter, const Metrics &m)
{
    if (m_clusters.isEmpty())
        return;
    const QFontMetrics fm = fontMetrics();
    const int swatch = fm.height() - 4;
    const int top = Margin;
    int x = m.trackLeft;
    const auto entry = [&](const QString &text, const QColor &colour, bool hatched) {
        const QRect box(x, top + (fm.height() - swatch) / 2, swatch, swatch);
        painter.fillRect(box, colour);
        if (hatched)
            painter.fillRect(box, QBrush(hatchColour(colour), Qt::BDiagPattern));
        x += swatch + 4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, top, fm.horizontalAdvance(text) + 1, fm.height()), Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text) + 3 * Spacing;
    };
    entry(tr("Held"), ChartPalette::held(), false);
    entry(tr("Missing"), ChartPalette::missing(), true);
}

QList<std::pair<int, QString>> CoverageStrip::axisTicks(const Metrics &m) const
{
    QList<std::pair<int, QString>> positions;
    if (m_axis.isEmpty() || m.trackWidth <= 0)
        return positions;
    const double msPerPixel = double(m_axis.toMs - m_axis.fromMs) / double(m.trackWidth);
    const double edgeMs = msPerPixel * m.axisLabelWidth / 2.0;
    const int maxCount = std::max(1, m.trackWidth / (m.axisLabelWidth + 2 * Spacing));
    // Labels stay clear of the right edge; on the left the label column leaves room for half a label, so the
    // first hour can carry one.
    const QList<AxisTick> ticks =
        AxisTicks::time(double(m_axis.fromMs) - edgeMs, double(m_axis.toMs), maxCount, edgeMs, QLocale());
    for (const AxisTick &tick : ticks) {
        const int x = m.trackLeft + int(std::lround((tick.value - double(m_axis.fromMs)) / msPerPixel));
        positions.append({x, tick.label.trimmed().remove(QChar(0x200B))});
    }
    return positions;
}

void CoverageStrip::paintGrid(QPainter &painter, const Metrics &m, const QList<std::pair<int, QString>> &ticks)
{
    if (m_clusters.isEmpty())
        return;
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlphaF(0.2f);
    painter.setPen(grid);
    const int top = trackRect(0).top();
    for (const auto &[x, label] : ticks)
        painter.drawLine(x, top, x, m.axisTop);
}

void CoverageStrip::paintAxis(QPainter &painter, const Metrics &m, const QList<std::pair<int, QString>> &ticks)
{
    if (m_axis.isEmpty() || m.trackWidth <= 0)
        return;
    const QFontMetrics fm = fontMetrics();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(m.trackLeft, m.axisTop, m.trackLeft + m.trackWidth - 1, m.axisTop);
    painter.setPen(palette().color(QPalette::WindowText));
    for (const auto &[x, label] : ticks) {
        painter.drawLine(x, m.axisTop, x, m.axisTop + TickLength);
        const int width = fm.horizontalAdvance(label);
        painter.drawText(QRect(x - width / 2, m.axisTop + TickLength, width + 1, fm.height()), Qt::AlignCenter, label);
    }
}

} // namespace LicenseUi
