// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/chartseriesplan.h>
#include <usage/environmentnames.h>
#include <usage/timeseries.h>

#include <QChartView>
#include <QColor>
#include <QSet>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QCategoryAxis;
class QLineSeries;
class QTimer;
QT_END_NAMESPACE

namespace LicenseUi {

class StackedAreaItem;

// One metric of a usage store per environment over time, stacked or as lines, per hour, day or month.
//
// Which environments are drawn, in what order, which are taken together as "Other" and how they stack is decided by
// LicenseCore::ChartSeriesPlan; the view turns that plan into Qt Charts series, axes, legend and tooltips.
//
// Every period is drawn as a step over its whole length, so what the tooltip says for an instant is what is
// drawn there. Periods without files are breaks, never zeros. Data reaches the series through replace(), reduced
// to the plot's pixel width (lines keep each pixel's first, lowest, highest and last value; stacked bands follow
// each pixel's highest value, so spikes survive either way), and is reduced again only when the visible time
// range or the plot's size changes. The time axis is in UTC, like the export.
//
// Interaction: drag to zoom into a time range, the wheel zooms around the cursor, a right click zooms out, + and -
// zoom, the arrow keys pan, 0 or Home shows everything. Clicking a legend entry hides or shows that series
// (hidden series leave the stack). Hovering shows the exact values of the period under the cursor.
class UsageChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChartView)

public:
    enum class Style
    {
        Stacked,
        Lines
    };
    Q_ENUM(Style)

    explicit UsageChartView(QWidget *parent = nullptr);
    ~UsageChartView() override;

    // A new store shows its whole range.
    void setStore(LicenseCore::UsageSnapshotPtr store);
    [[nodiscard]] LicenseCore::UsageSnapshotPtr store() const { return m_store; }
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);

    // `pool` indexes UsageSnapshot::dduPools() for Metric::DduPool. The visible time range is kept.
    void setMetric(LicenseCore::Metric metric, int pool = -1);
    [[nodiscard]] LicenseCore::Metric metric() const { return m_metric; }
    [[nodiscard]] int pool() const { return m_pool; }
    void setGranularity(LicenseCore::Granularity granularity);
    [[nodiscard]] LicenseCore::Granularity granularity() const { return m_granularity; }
    void setStyle(Style style);
    [[nodiscard]] Style style() const { return m_style; }

    // A dashed line at `quota`, in the units of the current metric and resolution.
    void setQuota(double quota);
    void clearQuota();
    [[nodiscard]] std::optional<double> quota() const { return m_quota; }

    // Only these environment ids; clearEnvironmentFilter() shows all.
    void setEnvironmentFilter(const QSet<QString> &environmentIds);
    void clearEnvironmentFilter();
    // At most `count` series: the largest environments for the metric and, when stacked, one more for all the
    // others together (as lines, the others are left out and the title says so). 0 draws every environment on
    // its own. The default is 12.
    void setMaximumSeries(int count);
    [[nodiscard]] int maximumSeries() const { return m_maximumSeries; }

    // Series keys: an environment id, or otherKey() for the environments taken together.
    static QString otherKey();
    // Bottom of the stack first.
    [[nodiscard]] QStringList seriesKeys() const;
    [[nodiscard]] QString seriesLabel(const QString &key) const;
    [[nodiscard]] QColor seriesColor(const QString &key) const;
    // A series is drawn as one QLineSeries per stretch without gaps; all share the key's colour and legend entry.
    // When stacked, they hold the top edge of the series' band (drawn as a thin separator) and the bands are
    // filled underneath by one item for the whole stack.
    [[nodiscard]] QList<QAbstractSeries *> chartSeries(const QString &key) const;
    [[nodiscard]] bool isSeriesVisible(const QString &key) const;
    void setSeriesVisible(const QString &key, bool visible);

    // Filled pieces of the stacked bands (for tests and diagnostics).
    [[nodiscard]] qsizetype fillPieceCount() const;

    // The whole range of the data and the visible part of it, in epoch ms.
    [[nodiscard]] std::pair<double, double> fullRange() const { return {m_fullMin, m_fullMax}; }
    [[nodiscard]] std::pair<double, double> visibleRange() const;
    void setVisibleRange(double from, double to);
    [[nodiscard]] bool isZoomed() const;
    void resetZoom();
    // factor > 1 zooms in around the middle of the visible range.
    void zoom(double factor);

    // What hovering at a position of the view shows; empty outside the plot or the data.
    [[nodiscard]] QString toolTipAt(const QPoint &position) const;

    // Writes the chart as SVG when the name ends in .svg, else as PNG. Atomic: the file is replaced only once
    // the image is complete; on failure it is left as it was and `errorMessage` says why.
    bool saveImage(const QString &path, QString *errorMessage = nullptr);

Q_SIGNALS:
    // The series show the current data and visible range.
    void refreshed();
    // What is shown changed; a quota set for one metric and resolution rarely fits another.
    void metricChanged(LicenseCore::Metric metric, int pool);
    void granularityChanged(LicenseCore::Granularity granularity);
    void zoomChanged(bool zoomed);
    void seriesVisibilityChanged(const QString &key, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    // What the chart draws for one series of the plan, at the same position as in m_plan.series().
    struct Group
    {
        QColor color;
        QList<QPointF> steps; // two points per period, for lines
        QList<QAbstractSeries *> segments;
    };
    enum Dirty : int
    {
        DirtyData = 1,
        DirtyStack = 2,
        DirtySeries = 4
    };

    void schedule(int dirty);
    void refresh();
    void rebuildGroups();
    void rebuildStack();
    void updateSeries();
    void applySegments(size_t index, const QList<QList<QPointF>> &segments);
    QAbstractSeries *createSegment(size_t index);
    void updateFill();
    [[nodiscard]] QPen segmentPen(const QColor &color) const;
    void removeAllGroupSeries();
    void updateLegend();
    void updateTimeAxis();
    void updateValueAxis(double maximum);
    void updateQuotaSeries();
    void updateTitles();
    void applyPalette();
    void handleRangeChanged(qreal min, qreal max);
    void updateHover(const QPoint &position);
    // The hovered period's highlight, in scene and in viewport coordinates.
    [[nodiscard]] QRectF periodBand(qsizetype period) const;
    [[nodiscard]] QRect periodRect(qsizetype period) const;
    // The position of `key` in m_groups and m_plan.series(), or -1.
    [[nodiscard]] int indexOf(const QString &key) const;
    [[nodiscard]] std::optional<QPointF> valueAt(const QPoint &position) const;
    [[nodiscard]] double minimumSpan() const;
    [[nodiscard]] QString poolName() const;

    LicenseCore::UsageSnapshotPtr m_store;
    LicenseCore::EnvironmentNames m_names;
    LicenseCore::Metric m_metric = LicenseCore::Metric::HostUnits;
    int m_pool = -1;
    LicenseCore::Granularity m_granularity = LicenseCore::Granularity::Hour;
    Style m_style = Style::Stacked;
    std::optional<double> m_quota;
    std::optional<QSet<QString>> m_environmentFilter;
    int m_maximumSeries = 12;
    QSet<QString> m_hidden;

    LicenseCore::ChartSeriesPlan m_plan;
    std::vector<Group> m_groups;
    QList<double> m_stepX;               // two per period: start and end
    std::vector<QList<double>> m_layers; // stacked: the plan's layers, two points per period
    struct Band
    {
        QColor color;
        QList<QList<QPointF>> uppers; // in values; the lower edges have the same x positions
        QList<QList<QPointF>> lowers;
    };
    std::vector<Band> m_bands; // stacked: the visible groups' bands, bottom first
    double m_fullMin = 0.0;
    double m_fullMax = 1.0;
    double m_valueMax = 1.0;
    int m_lastPixelWidth = 0;

    QCategoryAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    QLineSeries *m_quotaSeries = nullptr;
    StackedAreaItem *m_fill = nullptr; // owned by the chart item
    QTimer *m_refreshTimer = nullptr;
    int m_dirty = 0;
    bool m_adjustingRange = false;
    bool m_wasZoomed = false;
    qsizetype m_hoverPeriod = -1;
};

} // namespace LicenseUi
