// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagechartview.h"

#include "axisticks.h"
#include "chartpalette.h"
#include "models/displayformat.h"
#include "stackedareaitem.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr double DayMs = 24.0 * 3600.0 * 1000.0;
// Pixels per time label and per value label: room for "30 Sep 2026" and a comfortable grid.
constexpr int TimeLabelSpacing = 100;
constexpr int ValueLabelSpacing = 48;
// Rows a tooltip lists before it summarises the rest.
constexpr int ToolTipRows = 15;

QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points)
{
    QList<QList<QPointF>> segments;
    QList<QPointF> current;
    for (const QPointF &point : points) {
        if (std::isnan(point.y())) {
            if (!current.isEmpty())
                segments.append(std::move(current));
            current = {};
        } else {
            current.append(point);
        }
    }
    if (!current.isEmpty())
        segments.append(std::move(current));
    return segments;
}

// Labels sit on the end of each category; the first category starts at the axis' minimum, so that no grid
// line is drawn twice.
void replaceCategories(QCategoryAxis *axis, const QList<AxisTick> &ticks)
{
    const QStringList old = axis->categoriesLabels();
    const double start = ticks.isEmpty() ? axis->min() : std::min(axis->min(), ticks.constFirst().value);
    bool same = old.size() == ticks.size() && axis->startValue() == start;
    for (qsizetype i = 0; same && i < ticks.size(); ++i)
        same = old.at(i) == ticks.at(i).label && axis->endValue(old.at(i)) == ticks.at(i).value;
    if (same)
        return;
    // From the end, so that no remaining category's range is recomputed.
    for (auto it = old.crbegin(); it != old.crend(); ++it)
        axis->remove(*it);
    axis->setStartValue(start);
    for (const AxisTick &tick : ticks)
        axis->append(tick.label, tick.value);
}

QString colourSwatch(const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>").arg(colour.name());
}

} // namespace

UsageChartView::UsageChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QCategoryAxis)
    , m_refreshTimer(new QTimer(this))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setMinimumSize(320, 200);
    setAccessibleName(tr("Usage chart"));

    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignRight);
    c->legend()->setShowToolTips(true);

    for (QCategoryAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setMinorGridLineVisible(false);
        axis->setShadesVisible(false);
        axis->setRange(0.0, 1.0);
    }
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    // Above the grid and the axes (z 2 and 3 in Qt Charts), below the series (4).
    m_fill = new StackedAreaItem(c);
    m_fill->setZValue(3.5);
    QFont titleFont = font();
    if (titleFont.pointSizeF() > 0.0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_xAxis->setTitleFont(titleFont);
    m_xAxis->setTitleText(tr("Time (UTC)"));

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &UsageChartView::refresh);
    connect(m_xAxis, &QValueAxis::rangeChanged, this, &UsageChartView::handleRangeChanged);
    connect(c, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        updateFill();
        if (int(area.width()) != m_lastPixelWidth)
            schedule(DirtySeries);
    });

    applyPalette();
    updateTitles();
    schedule(DirtyData);
}

UsageChartView::~UsageChartView() = default;

QString UsageChartView::otherKey()
{
    return ChartSeriesPlan::otherKey();
}

void UsageChartView::setStore(UsageSnapshotPtr store)
{
    m_store = std::move(store);
    m_fullMin = 0.0;
    m_fullMax = 0.0; // marks the range as new: the next rebuild shows all of it
    schedule(DirtyData);
}

void UsageChartView::setEnvironmentNames(const EnvironmentNames &names)
{
    m_names = names;
    schedule(DirtyData);
}

void UsageChartView::setMetric(Metric metric, int pool)
{
    if (metric != Metric::DduPool)
        pool = -1;
    if (metric == m_metric && pool == m_pool)
        return;
    m_metric = metric;
    m_pool = pool;
    updateTitles();
    schedule(DirtyData);
    Q_EMIT metricChanged(metric, pool);
}

void UsageChartView::setGranularity(Granularity granularity)
{
    if (granularity == m_granularity)
        return;
    m_granularity = granularity;
    updateTitles();
    schedule(DirtyData);
    Q_EMIT granularityChanged(granularity);
}

void UsageChartView::setStyle(Style style)
{
    if (style == m_style)
        return;
    m_style = style;
    removeAllGroupSeries();
    m_bands.clear();
    m_fill->clear();
    // Lines leave the smaller environments out rather than adding them up: the groups differ.
    schedule(DirtyData);
}

void UsageChartView::setQuota(double quota)
{
    if (m_quota == quota)
        return;
    m_quota = quota;
    updateQuotaSeries();
    schedule(DirtySeries);
}

void UsageChartView::clearQuota()
{
    if (!m_quota)
        return;
    m_quota.reset();
    updateQuotaSeries();
    schedule(DirtySeries);
}

void UsageChartView::setEnvironmentFilter(const QSet<QString> &environmentIds)
{
    if (m_environmentFilter == environmentIds)
        return;
    m_environmentFilter = environmentIds;
    schedule(DirtyData);
}

void UsageChartView::clearEnvironmentFilter()
{
    if (!m_environmentFilter)
        return;
    m_environmentFilter.reset();
    schedule(DirtyData);
}

void UsageChartView::setMaximumSeries(int count)
{
    count = std::max(count, 0);
    if (count == m_maximumSeries)
        return;
    m_maximumSeries = count;
    schedule(DirtyData);
}

QStringList UsageChartView::seriesKeys() const
{
    QStringList keys;
    for (const ChartSeriesPlan::Series &series : m_plan.series())
        keys.append(series.key);
    return keys;
}

int UsageChartView::indexOf(const QString &key) const
{
    return m_plan.indexOf(key);
}

QString UsageChartView::seriesLabel(const QString &key) const
{
    const int index = indexOf(key);
    return index >= 0 ? m_plan.series()[size_t(index)].label : QString();
}

QColor UsageChartView::seriesColor(const QString &key) const
{
    const int index = indexOf(key);
    return index >= 0 ? m_groups[size_t(index)].color : QColor();
}

QList<QAbstractSeries *> UsageChartView::chartSeries(const QString &key) const
{
    const int index = indexOf(key);
    return index >= 0 ? m_groups[size_t(index)].segments : QList<QAbstractSeries *>();
}

bool UsageChartView::isSeriesVisible(const QString &key) const
{
    return !m_hidden.contains(key);
}

void UsageChartView::setSeriesVisible(const QString &key, bool visible)
{
    if (visible == isSeriesVisible(key))
        return;
    if (visible)
        m_hidden.remove(key);
    else
        m_hidden.insert(key);
    // A hidden series leaves the stack, so the ones above it move down.
    schedule(DirtyStack);
    Q_EMIT seriesVisibilityChanged(key, visible);
}

std::pair<double, double> UsageChartView::visibleRange() const
{
    return {m_xAxis->min(), m_xAxis->max()};
}

double UsageChartView::minimumSpan() const
{
    double span = 4.0 * 3600.0 * 1000.0;
    if (m_granularity == Granularity::Day)
        span = 4.0 * DayMs;
    else if (m_granularity == Granularity::Month)
        span = 92.0 * DayMs;
    return std::min(span, m_fullMax - m_fullMin);
}

void UsageChartView::setVisibleRange(double from, double to)
{
    if (!(m_fullMax > m_fullMin))
        return;
    if (to < from)
        std::swap(from, to);
    const double full = m_fullMax - m_fullMin;
    const double minimum = minimumSpan();
    if (to - from < minimum) {
        const double middle = (from + to) / 2.0;
        from = middle - minimum / 2.0;
        to = middle + minimum / 2.0;
    }
    if (to - from > full) {
        from = m_fullMin;
        to = m_fullMax;
    }
    if (from < m_fullMin) {
        to += m_fullMin - from;
        from = m_fullMin;
    }
    if (to > m_fullMax) {
        from -= to - m_fullMax;
        to = m_fullMax;
    }
    from = std::max(from, m_fullMin);

    m_adjustingRange = true;
    m_xAxis->setRange(from, to);
    m_adjustingRange = false;
    updateTimeAxis();
    schedule(DirtySeries);
    const bool zoomed = isZoomed();
    if (zoomed != m_wasZoomed) {
        m_wasZoomed = zoomed;
        Q_EMIT zoomChanged(zoomed);
    }
}

bool UsageChartView::isZoomed() const
{
    const std::pair<double, double> bounds = visibleRange();
    const double from = bounds.first;
    const double to = bounds.second;
    return m_fullMax > m_fullMin && (from > m_fullMin + 1.0 || to < m_fullMax - 1.0);
}

void UsageChartView::resetZoom()
{
    setVisibleRange(m_fullMin, m_fullMax);
}

void UsageChartView::zoom(double factor)
{
    if (!(factor > 0.0))
        return;
    const std::pair<double, double> bounds = visibleRange();
    const double from = bounds.first;
    const double to = bounds.second;
    const double middle = (from + to) / 2.0;
    const double half = (to - from) / 2.0 / factor;
    setVisibleRange(middle - half, middle + half);
}

void UsageChartView::handleRangeChanged(qreal min, qreal max)
{
    // Rubber band and right-click zooms of QChartView arrive here; keep them inside the data.
    if (m_adjustingRange)
        return;
    setVisibleRange(min, max);
}

void UsageChartView::schedule(int dirty)
{
    m_dirty |= dirty;
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void UsageChartView::refresh()
{
    const int dirty = std::exchange(m_dirty, 0);
    if (dirty & DirtyData)
        rebuildGroups();
    if (dirty & (DirtyData | DirtyStack))
        rebuildStack();
    // Measure the plot as it is now, not as the last layout left it; new value labels may change its width, in
    // which case the data is reduced once more for the final width.
    chart()->layout()->activate();
    updateSeries();
    chart()->layout()->activate();
    if (int(chart()->plotArea().width()) != m_lastPixelWidth)
        updateSeries();
    // New series hide the legend until its layout runs; run it now, so that a picture taken right away has it.
    if (QGraphicsLayout *legendLayout = chart()->legend()->layout())
        legendLayout->activate();
    m_dirty &= ~DirtySeries;
    if (m_dirty == 0)
        m_refreshTimer->stop();
    Q_EMIT refreshed();
}

void UsageChartView::rebuildGroups()
{
    ChartSeriesPlan::Request request;
    request.metric = m_metric;
    request.pool = m_pool;
    request.granularity = m_granularity;
    request.layout = m_style == Style::Lines ? ChartSeriesPlan::Layout::Lines : ChartSeriesPlan::Layout::Stacked;
    request.environmentFilter = m_environmentFilter;
    request.maximumSeries = m_maximumSeries;
    request.hiddenSeries = m_hidden;
    request.names = m_names;
    const QStringList oldKeys = seriesKeys();
    m_plan = m_store ? ChartSeriesPlan(*m_store, request) : ChartSeriesPlan();

    std::vector<Group> groups;
    groups.reserve(m_plan.series().size());
    for (const ChartSeriesPlan::Series &series : m_plan.series()) {
        // Colours follow the environments' size by host-unit hours, so the largest get the most distinct colours
        // and keep them whatever the metric.
        Group group;
        group.color = series.sizeRank >= 0 ? ChartPalette::series(series.sizeRank) : ChartPalette::other();
        groups.push_back(std::move(group));
    }

    // Keep the chart series when the same groups come back in the same order (a new metric, say).
    if (seriesKeys() == oldKeys && groups.size() == m_groups.size()) {
        for (size_t i = 0; i < groups.size(); ++i) {
            groups[i].segments = std::move(m_groups[i].segments);
            for (QAbstractSeries *segment : std::as_const(groups[i].segments))
                segment->setName(m_plan.series()[i].label.toHtmlEscaped());
        }
    } else {
        removeAllGroupSeries();
    }
    m_groups = std::move(groups);

    const bool newRange = !(m_fullMax > m_fullMin);
    const std::pair<double, double> bounds = visibleRange();
    const double oldFrom = bounds.first;
    const double oldTo = bounds.second;
    const TimeSeries &periods = m_plan.timeSeries();
    if (periods.isEmpty()) {
        m_fullMin = 0.0;
        m_fullMax = 0.0;
    } else {
        m_fullMin = double(periods.periodStartsMs().constFirst());
        m_fullMax = double(periods.endMs());
    }
    if (m_fullMax > m_fullMin) {
        if (newRange)
            setVisibleRange(m_fullMin, m_fullMax);
        else
            setVisibleRange(oldFrom, oldTo);
    } else {
        m_adjustingRange = true;
        m_xAxis->setRange(0.0, 1.0);
        m_adjustingRange = false;
        updateTimeAxis();
    }
    updateQuotaSeries();
    updateTitles();
}

void UsageChartView::rebuildStack()
{
    m_plan.setHiddenSeries(m_hidden);
    const TimeSeries &periods = m_plan.timeSeries();
    const qsizetype count = periods.periodCount();
    m_stepX.resize(2 * count);
    for (qsizetype p = 0; p < count; ++p) {
        m_stepX[2 * p] = double(periods.periodStartsMs().at(p));
        m_stepX[2 * p + 1] = double(periods.periodEndMs(p));
    }
    auto steps = [count](const QList<double> &values) {
        QList<double> result(2 * count);
        for (qsizetype p = 0; p < count; ++p)
            result[2 * p] = result[2 * p + 1] = values.at(p);
        return result;
    };
    m_layers.clear();
    for (const QList<double> &layer : m_plan.layers())
        m_layers.push_back(steps(layer));
    for (size_t i = 0; i < m_groups.size(); ++i) {
        Group &group = m_groups[i];
        group.steps.clear();
        if (m_style != Style::Lines)
            continue;
        const QList<double> &values = m_plan.series()[i].values;
        group.steps.resize(2 * count);
        for (qsizetype p = 0; p < count; ++p) {
            group.steps[2 * p] = QPointF(m_stepX.at(2 * p), values.at(p));
            group.steps[2 * p + 1] = QPointF(m_stepX.at(2 * p + 1), values.at(p));
        }
    }
}

void UsageChartView::updateSeries()
{
    updateTimeAxis();
    const QRectF plot = chart()->plotArea();
    m_lastPixelWidth = int(plot.width());
    // Before the first layout the plot has no size yet; the widget's width is a fair guess.
    const int pixels = plot.width() >= 16.0 ? int(std::ceil(plot.width())) : std::max(16, width() - 120);
    const std::pair<double, double> bounds = visibleRange();
    const double xMin = bounds.first;
    const double xMax = bounds.second;

    double maximum = 0.0;
    auto track = [&](const QList<QPointF> &points) {
        for (const QPointF &point : points) {
            if (point.x() >= xMin && point.x() <= xMax && !std::isnan(point.y()))
                maximum = std::max(maximum, point.y());
        }
    };
    auto hide = [](Group &group) {
        for (QAbstractSeries *segment : std::as_const(group.segments))
            segment->setVisible(false);
    };

    m_bands.clear();
    const std::vector<ChartSeriesPlan::Series> &planned = m_plan.series();
    if (m_style == Style::Lines) {
        for (size_t i = 0; i < m_groups.size(); ++i) {
            Group &group = m_groups[i];
            const bool hidden = m_hidden.contains(planned[i].key);
            if (hidden && !group.segments.isEmpty()) {
                hide(group);
                continue;
            }
            const QList<QPointF> reduced = TimeSeries::downsample(group.steps, xMin, xMax, pixels);
            if (!hidden)
                track(reduced);
            applySegments(i, splitAtGaps(reduced));
            if (hidden)
                hide(group);
        }
    } else {
        const std::vector<QList<QPointF>> reduced =
            TimeSeries::downsampleAligned(m_stepX, m_layers, xMin, xMax, pixels);
        std::vector<QList<QList<QPointF>>> segments;
        segments.reserve(reduced.size());
        for (const QList<QPointF> &layer : reduced)
            segments.push_back(splitAtGaps(layer));
        if (reduced.size() > 1)
            track(reduced.back());
        for (size_t i = 0; i < m_groups.size(); ++i) {
            const int layer = planned[i].layer;
            if (layer > 0)
                m_bands.push_back({m_groups[i].color, segments[size_t(layer)], segments[size_t(layer - 1)]});
        }
        // The top of the stack first, so that the legend reads like the picture.
        for (size_t i = m_groups.size(); i-- > 0;) {
            const int layer = planned[i].layer;
            if (layer < 0) {
                if (m_groups[i].segments.isEmpty())
                    applySegments(i, {});
                hide(m_groups[i]);
                continue;
            }
            applySegments(i, segments[size_t(layer)]);
        }
    }
    if (m_quota)
        maximum = std::max(maximum, *m_quota);
    // Series added since the last refresh may have widened the axes to their data; the range is ours.
    m_adjustingRange = true;
    m_xAxis->setRange(xMin, xMax);
    m_adjustingRange = false;
    updateValueAxis(maximum);
    updateFill();
    updateLegend();
}

void UsageChartView::updateFill()
{
    if (m_style != Style::Stacked || m_bands.empty()) {
        m_fill->clear();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const std::pair<double, double> bounds = visibleRange();
    const double xMin = bounds.first;
    const double xMax = bounds.second;
    if (plot.isEmpty() || !(xMax > xMin) || !(m_valueMax > 0.0)) {
        m_fill->clear();
        return;
    }
    const double xScale = plot.width() / (xMax - xMin);
    const double yScale = plot.height() / m_valueMax;
    auto toPixels = [&](const QList<QList<QPointF>> &segments) {
        QList<QList<QPointF>> mapped;
        mapped.reserve(segments.size());
        for (const QList<QPointF> &segment : segments) {
            QList<QPointF> points;
            points.reserve(segment.size());
            for (const QPointF &point : segment)
                points.append(QPointF(plot.left() + (point.x() - xMin) * xScale, plot.bottom() - point.y() * yScale));
            mapped.append(std::move(points));
        }
        return mapped;
    };
    std::vector<StackedAreaItem::Band> bands;
    bands.reserve(m_bands.size());
    for (const Band &band : m_bands)
        bands.push_back({band.color, toPixels(band.uppers), toPixels(band.lowers)});
    m_fill->setBands(bands, plot);
}

qsizetype UsageChartView::fillPieceCount() const
{
    return m_fill->pieceCount();
}

QPen UsageChartView::segmentPen(const QColor &color) const
{
    if (m_style == Style::Lines) {
        QPen pen(color);
        pen.setWidthF(1.6);
        return pen;
    }
    // Stacked: the top edge of a band, a hairline in the background colour that keeps neighbours apart.
    QPen pen(palette().color(QPalette::Base));
    pen.setWidthF(1.0);
    return pen;
}

void UsageChartView::applySegments(size_t index, const QList<QList<QPointF>> &segments)
{
    Group &group = m_groups[index];
    const qsizetype count = std::max<qsizetype>(1, segments.size());
    while (group.segments.size() < count)
        group.segments.append(createSegment(index));
    while (group.segments.size() > count) {
        QAbstractSeries *segment = group.segments.takeLast();
        chart()->removeSeries(segment);
        delete segment;
    }
    for (qsizetype i = 0; i < count; ++i) {
        static_cast<QLineSeries *>(group.segments.at(i))->replace(segments.value(i));
        group.segments.at(i)->setVisible(true);
    }
}

QAbstractSeries *UsageChartView::createSegment(size_t index)
{
    const Group &group = m_groups[index];
    const ChartSeriesPlan::Series &planned = m_plan.series()[index];
    auto *series = new QLineSeries;
    // Legend labels are rich text: a name like "Prod <EU>" must not read as a tag.
    series->setName(planned.label.toHtmlEscaped());
    chart()->addSeries(series);
    // After addSeries, which applies the theme's colours.
    series->setPen(segmentPen(group.color));
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    const QString key = planned.key;
    const bool first = group.segments.isEmpty();
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(first);
        connect(marker, &QLegendMarker::clicked, this, [this, key] { setSeriesVisible(key, !isSeriesVisible(key)); });
    }
    return series;
}

void UsageChartView::removeAllGroupSeries()
{
    for (Group &group : m_groups) {
        for (QAbstractSeries *segment : std::as_const(group.segments)) {
            chart()->removeSeries(segment);
            delete segment;
        }
        group.segments.clear();
    }
}

void UsageChartView::updateLegend()
{
    const QColor text = palette().color(QPalette::Text);
    QColor dimmedText = text;
    dimmedText.setAlphaF(0.45);
    for (size_t index = 0; index < m_groups.size(); ++index) {
        const Group &group = m_groups[index];
        const bool visible = !m_hidden.contains(m_plan.series()[index].key);
        QColor colour = group.color;
        if (!visible)
            colour.setAlphaF(0.25);
        for (qsizetype i = 0; i < group.segments.size(); ++i) {
            const QList<QLegendMarker *> markers = chart()->legend()->markers(group.segments.at(i));
            for (QLegendMarker *marker : markers) {
                // A hidden series hides its marker; the first segment's stays, dimmed, to bring it back.
                marker->setVisible(i == 0);
                if (i != 0)
                    continue;
                marker->setBrush(colour);
                marker->setPen(QPen(colour));
                marker->setLabelBrush(visible ? text : dimmedText);
            }
        }
    }
    if (m_quotaSeries) {
        const QList<QLegendMarker *> markers = chart()->legend()->markers(m_quotaSeries);
        for (QLegendMarker *marker : markers)
            marker->setLabelBrush(text);
    }
}

void UsageChartView::updateTimeAxis()
{
    const std::pair<double, double> bounds = visibleRange();
    const double xMin = bounds.first;
    const double xMax = bounds.second;
    const double plotWidth = chart()->plotArea().width() >= 16.0 ? chart()->plotArea().width() : width() - 120.0;
    // Half a label's width at either end stays free of ticks.
    const double edge = plotWidth > 0.0 ? (xMax - xMin) * (TimeLabelSpacing / 3.0) / plotWidth : 0.0;
    // The year is not in every label; the axis title carries it.
    if (m_fullMax > m_fullMin) {
        const int firstYear = QDateTime::fromMSecsSinceEpoch(qint64(xMin), QTimeZone::utc()).date().year();
        const int lastYear = QDateTime::fromMSecsSinceEpoch(qint64(xMax) - 1, QTimeZone::utc()).date().year();
        m_xAxis->setTitleText(firstYear == lastYear ? tr("%1, UTC").arg(firstYear)
                                                    : tr("%1 to %2, UTC").arg(firstYear).arg(lastYear));
    } else {
        m_xAxis->setTitleText(tr("Time (UTC)"));
    }
    replaceCategories(m_xAxis, m_fullMax > m_fullMin
                                   ? AxisTicks::time(xMin, xMax, std::max(2, int(plotWidth) / TimeLabelSpacing), edge)
                                   : QList<AxisTick>());
}

void UsageChartView::updateValueAxis(double maximum)
{
    const double plotHeight = chart()->plotArea().height() >= 16.0 ? chart()->plotArea().height() : height() - 80.0;
    const int count = std::clamp(int(plotHeight) / ValueLabelSpacing, 2, 10);
    // A little headroom, so that the highest step does not touch the top of the plot.
    const QList<AxisTick> ticks = AxisTicks::values(maximum * 1.04, count, m_metric);
    m_valueMax = ticks.isEmpty() ? 1.0 : ticks.constLast().value;
    m_yAxis->setRange(0.0, m_valueMax);
    replaceCategories(m_yAxis, ticks);
}

void UsageChartView::updateQuotaSeries()
{
    if (!m_quota || !(m_fullMax > m_fullMin)) {
        if (m_quotaSeries) {
            chart()->removeSeries(m_quotaSeries);
            delete m_quotaSeries;
            m_quotaSeries = nullptr;
        }
        return;
    }
    if (!m_quotaSeries) {
        m_quotaSeries = new QLineSeries;
        chart()->addSeries(m_quotaSeries);
        m_quotaSeries->attachAxis(m_xAxis);
        m_quotaSeries->attachAxis(m_yAxis);
        QPen pen(ChartPalette::quota());
        pen.setWidthF(1.8);
        pen.setStyle(Qt::DashLine);
        m_quotaSeries->setPen(pen);
    }
    m_quotaSeries->setName(tr("Quota: %1").arg(DisplayFormat::metricValue(m_metric, *m_quota)).toHtmlEscaped());
    m_quotaSeries->replace({QPointF(m_fullMin, *m_quota), QPointF(m_fullMax, *m_quota)});
}

QString UsageChartView::poolName() const
{
    return m_store && m_pool >= 0 ? m_store->dduPools().value(m_pool) : QString();
}

void UsageChartView::updateTitles()
{
    QString title = DisplayFormat::metricAxisTitle(m_metric, m_granularity, poolName());
    if (m_plan.omittedEnvironments() > 0) {
        title = tr("%1, the %2 largest of %3 environments")
                    .arg(title)
                    .arg(m_plan.environmentCount() - m_plan.omittedEnvironments())
                    .arg(m_plan.environmentCount());
    }
    chart()->setTitle(title.toHtmlEscaped());
    setAccessibleDescription(
        tr("%1. Drag or use + and - to zoom, the arrow keys to pan, 0 to show everything.").arg(title));
}

void UsageChartView::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12);
    QColor axisLine = text;
    axisLine.setAlphaF(0.45);

    setBackgroundBrush(pal.brush(QPalette::Base));
    QChart *c = chart();
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QCategoryAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLinePen(QPen(grid, 1.0));
        axis->setLinePen(QPen(axisLine, 1.0));
    }
    for (const Group &group : m_groups) {
        for (QAbstractSeries *segment : group.segments)
            static_cast<QLineSeries *>(segment)->setPen(segmentPen(group.color));
    }
    updateLegend();
}

std::optional<QPointF> UsageChartView::valueAt(const QPoint &position) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF inChart = chart()->mapFromScene(mapToScene(position));
    if (!plot.contains(inChart) || plot.width() <= 0.0 || plot.height() <= 0.0)
        return std::nullopt;
    const std::pair<double, double> bounds = visibleRange();
    const double xMin = bounds.first;
    const double xMax = bounds.second;
    const double x = xMin + (inChart.x() - plot.left()) / plot.width() * (xMax - xMin);
    const double y = m_valueMax * (plot.bottom() - inChart.y()) / plot.height();
    return QPointF(x, y);
}

QString UsageChartView::toolTipAt(const QPoint &position) const
{
    const std::optional<QPointF> value = valueAt(position);
    const TimeSeries &periods = m_plan.timeSeries();
    if (!value || periods.isEmpty() || m_groups.empty())
        return {};
    const qsizetype period = periods.periodAt(qint64(std::floor(value->x())));
    if (period < 0)
        return {};
    const QLocale locale;
    const qint64 start = periods.periodStartsMs().at(period);
    QString html = QStringLiteral("<b>%1</b>")
                       .arg(tr("%1 UTC").arg(DisplayFormat::period(start, m_granularity, locale)).toHtmlEscaped());

    // Positions in m_plan.series() and m_groups.
    const std::vector<ChartSeriesPlan::Series> &planned = m_plan.series();
    auto valueOf = [&planned, period](int index) { return planned[size_t(index)].values.at(period); };
    QList<int> shown;
    for (size_t i = 0; i < planned.size(); ++i) {
        if (!m_hidden.contains(planned[i].key))
            shown.append(int(i));
    }
    if (shown.isEmpty())
        return html + QStringLiteral("<br/>") + tr("All series are hidden.").toHtmlEscaped();
    if (std::isnan(valueOf(shown.constFirst()))) {
        const QString text = m_granularity == Granularity::Hour
                                 ? tr("No data: the export has no file for this hour.")
                                 : tr("No data: the export has no file for any hour of this period.");
        return html + QStringLiteral("<br/>") + text.toHtmlEscaped();
    }

    // The series under the cursor: the band containing it when stacked, the nearest line within a few pixels.
    int hovered = -1;
    if (m_style == Style::Stacked) {
        hovered = m_plan.seriesAt(period, value->y());
    } else {
        const double tolerance = 8.0 * m_valueMax / std::max(1.0, chart()->plotArea().height());
        double best = tolerance;
        for (const int index : std::as_const(shown)) {
            const double distance = std::abs(valueOf(index) - value->y());
            if (distance <= best) {
                best = distance;
                hovered = index;
            }
        }
    }

    QList<int> rows = shown;
    if (m_style == Style::Stacked)
        std::reverse(rows.begin(), rows.end()); // top of the stack first, like the picture
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return valueOf(a) > valueOf(b); });
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    double total = 0.0;
    for (const int index : std::as_const(rows))
        total += valueOf(index);
    qsizetype listed = 0;
    for (const int index : std::as_const(rows)) {
        if (listed == ToolTipRows && index != hovered)
            continue;
        ++listed;
        QString label = planned[size_t(index)].label.toHtmlEscaped();
        QString amount = DisplayFormat::metricValue(m_metric, valueOf(index), locale).toHtmlEscaped();
        if (index == hovered) {
            label = QStringLiteral("<b>%1</b>").arg(label);
            amount = QStringLiteral("<b>%1</b>").arg(amount);
        }
        html += QStringLiteral("<tr><td>%1&nbsp;</td><td>%2&nbsp;&nbsp;</td><td align=\"right\">%3</td></tr>")
                    .arg(colourSwatch(m_groups[size_t(index)].color), label, amount);
    }
    if (listed < rows.size()) {
        html += QStringLiteral("<tr><td></td><td colspan=\"2\"><i>%1</i></td></tr>")
                    .arg(tr("and %n more", nullptr, int(rows.size() - listed)).toHtmlEscaped());
    }
    if (rows.size() > 1) {
        html +=
            QStringLiteral("<tr><td></td><td><i>%1</i>&nbsp;&nbsp;</td><td align=\"right\"><i>%2</i></td></tr>")
                .arg(tr("Total").toHtmlEscaped(), DisplayFormat::metricValue(m_metric, total, locale).toHtmlEscaped());
    }
    if (m_quota) {
        html += QStringLiteral("<tr><td></td><td>%1&nbsp;&nbsp;</td><td align=\"right\">%2</td></tr>")
                    .arg(tr("Quota").toHtmlEscaped(),
                         DisplayFormat::metricValue(m_metric, *m_quota, locale).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (DisplayFormat::isEstimated(m_metric))
        html += QStringLiteral("<i>%1</i>").arg(tr("Estimated values.").toHtmlEscaped());
    return html;
}

void UsageChartView::updateHover(const QPoint &position)
{
    const std::optional<QPointF> value = valueAt(position);
    const qsizetype period = value ? m_plan.timeSeries().periodAt(qint64(std::floor(value->x()))) : -1;
    if (period != m_hoverPeriod) {
        // Only the two highlights are repainted, not the whole chart.
        viewport()->update(periodRect(m_hoverPeriod));
        m_hoverPeriod = period;
        viewport()->update(periodRect(m_hoverPeriod));
    }
    const QString text = toolTipAt(position);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(mapToGlobal(position), text, this);
}

bool UsageChartView::saveImage(const QString &path, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    // Pending data first, so that the file shows what the user asked for.
    if (m_refreshTimer->isActive()) {
        m_refreshTimer->stop();
        refresh();
    }
    const QRectF source = chart()->sceneBoundingRect();
    if (source.isEmpty())
        return fail(tr("The chart has no size yet."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QRectF target(QPointF(0.0, 0.0), source.size());
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(source.size().toSize());
        generator.setViewBox(target);
        generator.setTitle(DisplayFormat::metricAxisTitle(m_metric, m_granularity, poolName()));
        generator.setDescription(
            tr("License usage chart: %1").arg(DisplayFormat::metricAxisTitle(m_metric, m_granularity, poolName())));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return fail(tr("Could not start the SVG image."));
        }
        scene()->render(&painter, target, source);
        painter.end();
    } else {
        // At least twice the screen's resolution, so the picture stays sharp in documents.
        const qreal scale = std::max<qreal>(2.0, devicePixelRatioF());
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene()->render(&painter, target, source);
        painter.end();
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            return fail(tr("Could not encode the PNG image."));
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void UsageChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTimeAxis();
    schedule(DirtySeries);
}

void UsageChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || !(m_fullMax > m_fullMin)) {
        QChartView::wheelEvent(event);
        return;
    }
    const std::pair<double, double> bounds = visibleRange();
    const double from = bounds.first;
    const double to = bounds.second;
    const std::optional<QPointF> value = valueAt(event->position().toPoint());
    const double anchor = value ? value->x() : (from + to) / 2.0;
    const double factor = std::pow(1.25, -steps);
    setVisibleRange(anchor - (anchor - from) * factor, anchor + (to - anchor) * factor);
    event->accept();
}

void UsageChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        updateHover(event->position().toPoint());
}

void UsageChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    if (m_hoverPeriod >= 0) {
        viewport()->update(periodRect(m_hoverPeriod));
        m_hoverPeriod = -1;
    }
}

void UsageChartView::keyPressEvent(QKeyEvent *event)
{
    const std::pair<double, double> bounds = visibleRange();
    const double from = bounds.first;
    const double to = bounds.second;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5);
        break;
    case Qt::Key_Minus:
        zoom(1.0 / 1.5);
        break;
    case Qt::Key_Left:
        setVisibleRange(from - (to - from) * 0.2, to - (to - from) * 0.2);
        break;
    case Qt::Key_Right:
        setVisibleRange(from + (to - from) * 0.2, to + (to - from) * 0.2);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void UsageChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

QRectF UsageChartView::periodBand(qsizetype period) const
{
    const TimeSeries &periods = m_plan.timeSeries();
    if (period < 0 || period >= periods.periodCount())
        return {};
    const QRectF plot = chart()->plotArea();
    const std::pair<double, double> bounds = visibleRange();
    const double xMin = bounds.first;
    const double xMax = bounds.second;
    if (!(xMax > xMin))
        return {};
    auto toX = [&](double x) {
        return std::clamp(plot.left() + (x - xMin) / (xMax - xMin) * plot.width(), plot.left(), plot.right());
    };
    const double left = toX(double(periods.periodStartsMs().at(period)));
    const double right = toX(double(periods.periodEndMs(period)));
    return chart()->mapRectToScene(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())));
}

QRect UsageChartView::periodRect(qsizetype period) const
{
    const QRectF band = periodBand(period);
    if (band.isNull())
        return {};
    return mapFromScene(band).boundingRect().adjusted(-2, -2, 2, 2);
}

void UsageChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF band = periodBand(m_hoverPeriod);
    if (band.isNull())
        return;
    QColor colour = palette().color(QPalette::Text);
    painter->save();
    if (band.width() >= 3.0) {
        colour.setAlphaF(0.10);
        painter->fillRect(band, colour);
    } else {
        colour.setAlphaF(0.45);
        painter->setPen(QPen(colour, 1.0));
        painter->drawLine(QPointF(band.center().x(), band.top()), QPointF(band.center().x(), band.bottom()));
    }
    painter->restore();
}

} // namespace LicenseUi
