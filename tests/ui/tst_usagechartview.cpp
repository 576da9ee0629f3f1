// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartcontrols.h"
#include "charts/chartpalette.h"
#include "charts/usagechartview.h"

#include <usage/chartseriesplan.h>
#include <usage/usagesnapshotbuilder.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

constexpr qint64 Hour = qint64(3600) * 1000;
constexpr qint64 Jan1st = 1767225600000; // 2026-01-01T00:00:00Z
constexpr int YearHours = 8760;

QString environmentId(int index)
{
    return QStringLiteral("env-%1").arg(index, 2, 10, QLatin1Char('0'));
}

// `environments` environments over `hours` hours from 2026-01-01, built from summaries directly (no JSON), with
// the hours in `missing` left without files. Environment e uses (e + 1) host units plus a daily wave; DDUs in two
// pools. At hour `spikeHour` environment 0 has a spike of 500 host units.
UsageSnapshotPtr syntheticStore(int environments, int hours, const QList<std::pair<int, int>> &missing = {},
                                int spikeHour = -1)
{
    UsageSnapshotBuilder builder;
    builder.setExpectedRange(HourRange{Jan1st, Jan1st + hours * Hour});
    for (int hour = 0; hour < hours; ++hour) {
        const bool skipped = std::any_of(missing.cbegin(), missing.cend(), [hour](const std::pair<int, int> &run) {
            return hour >= run.first && hour <= run.second;
        });
        if (skipped)
            continue;
        HourSummary summary;
        summary.clusterUuid = QStringLiteral("cluster-1");
        summary.hourStartMs = Jan1st + hour * Hour;
        summary.environments.reserve(size_t(environments));
        const double wave = 1.0 + 0.5 * std::sin(hour * 2.0 * M_PI / 24.0);
        for (int env = 0; env < environments; ++env) {
            EnvironmentHourSummary environment;
            environment.environmentId = environmentId(env);
            UsageRow &usage = environment.usage;
            usage.hoursWithData = 1;
            usage.hostUnitHoursMilli = qint64((env + 1) * 1000 * wave) / 5 * 5;
            if (env == 0 && hour == spikeHour)
                usage.hostUnitHoursMilli = 500'000;
            usage.peakHostUnitsMilli = usage.hostUnitHoursMilli;
            usage.peakHosts = env + 1;
            usage.visits = 100 + env;
            usage.dduTotal = 3.0;
            environment.ddu = {{QStringLiteral("Log"), 1.0}, {QStringLiteral("Metrics"), 2.0}};
            usage.setLogStorageLevel(qint64(1) << 30);
            summary.environments.push_back(std::move(environment));
        }
        builder.add(std::move(summary), QStringLiteral("synthetic"));
    }
    return builder.build();
}

qsizetype pointCount(const QAbstractSeries *series)
{
    const auto *line = qobject_cast<const QLineSeries *>(series);
    return line ? line->count() : 0;
}

// A line's points; when stacked, the top edge of its band.
QList<QPointF> pointsOf(const QAbstractSeries *series)
{
    const auto *line = qobject_cast<const QLineSeries *>(series);
    return line ? line->points() : QList<QPointF>();
}

// Screenshots for a human to look at, when LUE_SCREENSHOT_DIR names a folder.
void keepScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("LUE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

bool waitForRefresh(UsageChartView &view)
{
    QSignalSpy refreshed(&view, &UsageChartView::refreshed);
    return refreshed.wait(10000);
}

// What the view should draw: the plan for its store and settings.
ChartSeriesPlan planOf(const UsageChartView &view, const QSet<QString> &filter = {}, const QSet<QString> &hidden = {})
{
    ChartSeriesPlan::Request request;
    request.metric = view.metric();
    request.pool = view.pool();
    request.granularity = view.granularity();
    request.layout = view.style() == UsageChartView::Style::Lines ? ChartSeriesPlan::Layout::Lines
                                                                  : ChartSeriesPlan::Layout::Stacked;
    if (!filter.isEmpty())
        request.environmentFilter = filter;
    request.maximumSeries = view.maximumSeries();
    request.hiddenSeries = hidden;
    return ChartSeriesPlan(*view.store(), request);
}

QStringList keysOf(const ChartSeriesPlan &plan)
{
    QStringList keys;
    for (const ChartSeriesPlan::Series &series : plan.series())
        keys.append(series.key);
    return keys;
}

// A position inside the plot at a fraction of its width and height (0, 0 is bottom left).
QPoint plotPoint(const UsageChartView &view, double fx, double fy)
{
    const QRectF plot = view.chart()->plotArea();
    const QPointF inChart(plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height());
    return view.mapFromScene(view.chart()->mapToScene(inChart));
}

} // namespace

class TestUsageChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QElapsedTimer timer;
        timer.start();
        m_year = syntheticStore(50, YearHours, {{2000, 2047}}, 4321);
        qInfo("synthetic store of 50 environments x %d hours built in %lld ms", YearHours, timer.elapsed());
        QCOMPARE(m_year->hourly().size(), size_t(50 * (YearHours - 48)));
        QCOMPARE(m_year->gaps().size(), 1);
    }

    void yearOfFiftyEnvironments_data()
    {
        QTest::addColumn<UsageChartView::Style>("style");
        QTest::addColumn<int>("maximumSeries");
        QTest::newRow("stacked, 12 series") << UsageChartView::Style::Stacked << 12;
        QTest::newRow("stacked, 50 series") << UsageChartView::Style::Stacked << 0;
        QTest::newRow("lines, 12 series") << UsageChartView::Style::Lines << 12;
        QTest::newRow("lines, 50 series") << UsageChartView::Style::Lines << 0;
    }
    void yearOfFiftyEnvironments()
    {
        QFETCH(UsageChartView::Style, style);
        QFETCH(int, maximumSeries);
        UsageChartView view;
        view.resize(1200, 640);
        view.setStyle(style);
        view.setMaximumSeries(maximumSeries);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer timer;
        timer.start();
        view.setStore(m_year);
        QVERIFY(waitForRefresh(view));
        const qint64 buildMs = timer.elapsed();
        timer.restart();
        const QPixmap first = view.grab();
        const qint64 paintMs = timer.elapsed();

        // Zooming in re-reduces the data without extracting it again.
        timer.restart();
        const auto [from, to] = view.fullRange();
        view.setVisibleRange(from + (to - from) * 0.25, from + (to - from) * 0.5);
        QVERIFY(waitForRefresh(view));
        const qint64 zoomMs = timer.elapsed();
        timer.restart();
        view.grab();
        const qint64 zoomPaintMs = timer.elapsed();
        qInfo("50 x %d hours: series built in %lld ms, painted in %lld ms; zoomed to a quarter in %lld ms, painted "
              "in %lld ms",
              YearHours, buildMs, paintMs, zoomMs, zoomPaintMs);
        // Generous limits, for busy shared machines; the figures above are what to watch.
#ifdef LUE_SANITIZED
        constexpr qint64 Slowdown = 4; // AddressSanitizer and UBSan in a Debug build
#else
        constexpr qint64 Slowdown = 1;
#endif
        QVERIFY2(buildMs < 1500 * Slowdown, "building the chart's series must stay interactive");
        QVERIFY2(zoomMs < 1000 * Slowdown, "zooming must stay interactive");

        const int expectedSeries = maximumSeries == 0 ? 50 : maximumSeries;
        QCOMPARE(view.seriesKeys().size(), expectedSeries);
        // Stacked, the smaller environments are added up into "Other"; as lines they are left out, and the title
        // says so.
        const bool stacked = style == UsageChartView::Style::Stacked;
        QCOMPARE(view.seriesKeys().contains(UsageChartView::otherKey()), stacked && maximumSeries != 0);
        QCOMPARE(view.chart()->title().contains(QStringLiteral("the 12 largest of 50 environments")),
                 !stacked && maximumSeries != 0);
        const int pixels = int(std::ceil(view.chart()->plotArea().width()));
        QVERIFY(pixels > 500);
        for (const QString &key : view.seriesKeys()) {
            qsizetype points = 0;
            for (const QAbstractSeries *segment : view.chartSeries(key))
                points += pointCount(segment);
            QVERIFY2(points <= 4 * pixels + 16,
                     qPrintable(QStringLiteral("%1: %2 points for %3 pixels").arg(key).arg(points).arg(pixels)));
            QVERIFY(points > 0);
        }
        // Painting at other zoom levels: a month and a week of hours.
        QStringList paints;
        for (const double days : {91.0, 30.0, 7.0}) {
            view.setVisibleRange(from + 100.0 * 24 * Hour, from + (100.0 + days) * 24 * Hour);
            QVERIFY(waitForRefresh(view));
            timer.restart();
            view.grab();
            paints.append(QStringLiteral("%1 days %2 ms").arg(days).arg(timer.elapsed()));
        }
        qInfo("painted %s", qPrintable(paints.join(QStringLiteral(", "))));
        view.resetZoom();
        QVERIFY(waitForRefresh(view));
        keepScreenshot(view, QStringLiteral("year-%1-%2")
                                 .arg(style == UsageChartView::Style::Stacked ? QStringLiteral("stacked")
                                                                              : QStringLiteral("lines"))
                                 .arg(expectedSeries));
        QVERIFY(!first.isNull());
    }

    void spikeSurvivesDownsampling()
    {
        UsageChartView view;
        view.resize(1000, 600);
        view.setStyle(UsageChartView::Style::Lines);
        view.setMaximumSeries(0);
        view.show();
        view.setStore(m_year);
        QVERIFY(waitForRefresh(view));
        double highest = 0.0;
        for (const QAbstractSeries *segment : view.chartSeries(environmentId(0))) {
            for (const QPointF &point : pointsOf(segment))
                highest = std::max(highest, point.y());
        }
        QCOMPARE(highest, 500.0);
    }

    void gapIsABreak_data()
    {
        QTest::addColumn<UsageChartView::Style>("style");
        QTest::newRow("stacked") << UsageChartView::Style::Stacked;
        QTest::newRow("lines") << UsageChartView::Style::Lines;
    }
    void gapIsABreak()
    {
        QFETCH(UsageChartView::Style, style);
        // Two days, hours 10 to 12 without files.
        UsageChartView view;
        view.resize(900, 500);
        view.setStyle(style);
        view.setStore(syntheticStore(3, 48, {{10, 12}}));
        view.show();
        QVERIFY(waitForRefresh(view));
        QCOMPARE(view.seriesKeys().size(), 3);
        for (const QString &key : view.seriesKeys()) {
            const QList<QAbstractSeries *> segments = view.chartSeries(key);
            QCOMPARE(segments.size(), 2);
            // The first stretch ends where hour 10 starts, the second starts where hour 13 starts.
            QCOMPARE(pointsOf(segments.at(0)).constLast().x(), double(Jan1st + 10 * Hour));
            QCOMPARE(pointsOf(segments.at(1)).constFirst().x(), double(Jan1st + 13 * Hour));
            for (const QAbstractSeries *segment : segments) {
                for (const QPointF &point : pointsOf(segment)) {
                    QVERIFY(!std::isnan(point.y()));
                    QVERIFY(point.x() <= double(Jan1st + 10 * Hour) || point.x() >= double(Jan1st + 13 * Hour));
                }
            }
            // One legend entry per series, however many stretches it has.
            QCOMPARE(view.chart()->legend()->markers(segments.at(0)).constFirst()->isVisible(), true);
            QCOMPARE(view.chart()->legend()->markers(segments.at(1)).constFirst()->isVisible(), false);
        }
        // Hovering the gap says so instead of showing zeros.
        const double gapFraction = 11.5 / 48.0;
        const QString gap = view.toolTipAt(plotPoint(view, gapFraction, 0.1));
        QVERIFY2(gap.contains(QStringLiteral("No data")), qPrintable(gap));
        keepScreenshot(view,
                       QStringLiteral("gap-%1").arg(style == UsageChartView::Style::Stacked ? QStringLiteral("stacked")
                                                                                            : QStringLiteral("lines")));
    }

    void tooltipShowsExactValues()
    {
        UsageChartView view;
        view.resize(900, 500);
        view.setStore(syntheticStore(3, 48));
        view.setEnvironmentNames({{environmentId(2), QStringLiteral("Production <EU>")}});
        view.show();
        QVERIFY(waitForRefresh(view));
        // Hour 6: the wave is at 1.5, so env-02 has 3 x 1.5 = 4.5 host units, env-01 3 and env-00 1.5; 9 in all.
        const double fraction = 6.5 / 48.0;
        const QString text = view.toolTipAt(plotPoint(view, fraction, 0.01));
        QVERIFY2(text.contains(QStringLiteral("2026-01-01 06:00 UTC")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Production &lt;EU&gt;")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("4.5")));
        QVERIFY(text.contains(QStringLiteral("Total")));
        QVERIFY(text.contains(QStringLiteral(">9<")));
        QVERIFY(text.contains(QStringLiteral("Estimated")));
        // The bottom band is env-02, the largest: bold.
        QVERIFY2(text.contains(QStringLiteral("<b>Production &lt;EU&gt;</b>")), qPrintable(text));
        QVERIFY(view.toolTipAt(QPoint(2, 2)).isEmpty());

        // Legend labels are rich text in Qt Charts: the name is escaped there.
        QCOMPARE(view.seriesLabel(environmentId(2)), QStringLiteral("Production <EU>"));
        QCOMPARE(view.chartSeries(environmentId(2)).constFirst()->name(), QStringLiteral("Production &lt;EU&gt;"));

        // Moving the mouse there shows the same text and highlights the hour.
        QTest::mouseMove(view.viewport(), plotPoint(view, fraction, 0.3));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), view.toolTipAt(plotPoint(view, fraction, 0.3)));
        keepScreenshot(view, QStringLiteral("hover"));
    }

    void legendClickHidesASeries()
    {
        UsageChartView view;
        view.resize(900, 500);
        view.setStore(syntheticStore(3, 48));
        view.show();
        QVERIFY(waitForRefresh(view));
        const QString key = view.seriesKeys().constFirst(); // the bottom of the stack
        const QString above = view.seriesKeys().at(1);
        const double topBefore = pointsOf(view.chartSeries(above).constFirst()).constFirst().y();

        QSignalSpy visibility(&view, &UsageChartView::seriesVisibilityChanged);
        QLegendMarker *marker = view.chart()->legend()->markers(view.chartSeries(key).constFirst()).constFirst();
        Q_EMIT marker->clicked();
        QCOMPARE(visibility.count(), 1);
        QVERIFY(waitForRefresh(view));
        QVERIFY(!view.isSeriesVisible(key));
        for (const QAbstractSeries *segment : view.chartSeries(key))
            QVERIFY(!segment->isVisible());
        // The marker stays, so that a second click brings the series back; the series above moved down.
        QVERIFY(marker->isVisible());
        const double topAfter = pointsOf(view.chartSeries(above).constFirst()).constFirst().y();
        QVERIFY2(topAfter < topBefore, qPrintable(QStringLiteral("%1 -> %2").arg(topBefore).arg(topAfter)));
        keepScreenshot(view, QStringLiteral("legend-hidden"));

        Q_EMIT marker->clicked();
        QVERIFY(waitForRefresh(view));
        QVERIFY(view.isSeriesVisible(key));
        QVERIFY(view.chartSeries(key).constFirst()->isVisible());
    }

    void metricAndResolutionSwitch()
    {
        UsageChartView view;
        view.resize(1000, 560);
        ChartControls controls(&view);
        const UsageSnapshotPtr store = syntheticStore(4, 24 * 62); // January and February
        view.setStore(store);
        controls.setStore(store);
        view.show();
        QVERIFY(waitForRefresh(view));
        QCOMPARE(view.chart()->title(), QStringLiteral("Host units per hour (estimated)"));

        QSignalSpy granularityChanged(&view, &UsageChartView::granularityChanged);
        QSignalSpy metricChanged(&view, &UsageChartView::metricChanged);
        controls.resolutionBox()->setCurrentIndex(controls.resolutionBox()->findData(int(Granularity::Day)));
        QVERIFY(waitForRefresh(view));
        QCOMPARE(view.granularity(), Granularity::Day);
        QCOMPARE(granularityChanged.count(), 1);
        QCOMPARE(view.chart()->title(), QStringLiteral("Host-unit hours per day (estimated)"));
        // 62 days, two points each, all inside the plot's pixel budget.
        QCOMPARE(pointCount(view.chartSeries(view.seriesKeys().constFirst()).constFirst()), 124);

        const int pool = controls.metricBox()->findText(QStringLiteral("DDUs: Metrics"));
        QVERIFY(pool >= 0);
        controls.metricBox()->setCurrentIndex(pool);
        QVERIFY(waitForRefresh(view));
        QCOMPARE(view.metric(), Metric::DduPool);
        QCOMPARE(view.pool(), 1);
        QCOMPARE(metricChanged.count(), 1);
        QCOMPARE(metricChanged.constFirst().at(1).toInt(), 1);
        QCOMPARE(view.chart()->title(), QStringLiteral("DDUs: Metrics per day"));
        // The top of the stack is the plan's for that pool and resolution (the sums are checked in the core).
        const QList<QPointF> top = pointsOf(view.chartSeries(view.seriesKeys().constLast()).constFirst());
        QCOMPARE(top.constFirst().y(), planOf(view).layers().back().constFirst());
        QVERIFY(top.constFirst().y() > 0.0);

        controls.resolutionBox()->setCurrentIndex(controls.resolutionBox()->findData(int(Granularity::Month)));
        controls.styleBox()->setCurrentIndex(controls.styleBox()->findData(int(UsageChartView::Style::Lines)));
        QVERIFY(waitForRefresh(view));
        QCOMPARE(view.style(), UsageChartView::Style::Lines);
        QVERIFY(qobject_cast<QLineSeries *>(view.chartSeries(view.seriesKeys().constFirst()).constFirst()));
        // January, as the plan has it.
        QCOMPARE(pointsOf(view.chartSeries(view.seriesKeys().constFirst()).constFirst()).constFirst().y(),
                 planOf(view).series().front().values.constFirst());

        // A new store keeps the pool chosen by name.
        controls.setStore(store);
        QCOMPARE(controls.metricBox()->currentText(), QStringLiteral("DDUs: Metrics"));
        QCOMPARE(controls.metricBox()->accessibleName(), QStringLiteral("Chart metric"));
        keepScreenshot(controls, QStringLiteral("controls"));
    }

    void quotaLine()
    {
        UsageChartView view;
        view.resize(900, 500);
        view.setStore(syntheticStore(3, 48));
        view.show();
        QVERIFY(waitForRefresh(view));
        view.setQuota(20.0);
        QVERIFY(waitForRefresh(view));
        QLineSeries *quota = nullptr;
        for (QAbstractSeries *series : view.chart()->series()) {
            if (series->name().startsWith(QStringLiteral("Quota")))
                quota = qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(quota);
        QCOMPARE(quota->name(), QStringLiteral("Quota: 20"));
        QCOMPARE(quota->pen().style(), Qt::DashLine);
        QCOMPARE(quota->count(), 2);
        QCOMPARE(quota->at(0).y(), 20.0);
        const auto *yAxis = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(yAxis->max() >= 20.0);
        keepScreenshot(view, QStringLiteral("quota"));
        view.clearQuota();
        QVERIFY(waitForRefresh(view));
        for (QAbstractSeries *series : view.chart()->series())
            QVERIFY(!series->name().startsWith(QStringLiteral("Quota")));
    }

    void zoomAndReset()
    {
        UsageChartView view;
        view.resize(1000, 560);
        ChartControls controls(&view);
        view.setStore(syntheticStore(3, 24 * 14));
        view.show();
        QVERIFY(waitForRefresh(view));
        const auto [from, to] = view.fullRange();
        QCOMPARE(view.visibleRange(), view.fullRange());
        QVERIFY(!controls.resetZoomButton()->isEnabled());

        QSignalSpy zoomed(&view, &UsageChartView::zoomChanged);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.isZoomed());
        QCOMPARE(zoomed.count(), 1);
        QVERIFY(controls.resetZoomButton()->isEnabled());
        QVERIFY(waitForRefresh(view));
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.visibleRange().first > from);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.visibleRange(), view.fullRange());
        QCOMPARE(zoomed.count(), 2);

        // The wheel zooms around the cursor: the hour under it stays put.
        const QPoint at = plotPoint(view, 0.25, 0.5);
        QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        const auto [zoomFrom, zoomTo] = view.visibleRange();
        QVERIFY(zoomTo - zoomFrom < (to - from) * 0.7);
        const double anchor = from + (to - from) * 0.25;
        QVERIFY(std::abs((anchor - zoomFrom) / (zoomTo - zoomFrom) - 0.25) < 0.01);

        // Zooming never leaves the data nor goes below four hours.
        view.setVisibleRange(from - 1000.0, from + 1000.0);
        QCOMPARE(view.visibleRange().first, from);
        QCOMPARE(view.visibleRange().second, from + 4.0 * Hour);

        // A rubber band over the middle fifth.
        view.resetZoom();
        QVERIFY(waitForRefresh(view));
        const QPoint start = plotPoint(view, 0.4, 0.5);
        const QPoint end = plotPoint(view, 0.6, 0.5);
        QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
        QMouseEvent move(QEvent::MouseMove, end, view.viewport()->mapToGlobal(end), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, end);
        const auto [bandFrom, bandTo] = view.visibleRange();
        QVERIFY2(std::abs((bandTo - bandFrom) / (to - from) - 0.2) < 0.02,
                 qPrintable(QStringLiteral("%1").arg((bandTo - bandFrom) / (to - from))));
        QVERIFY(waitForRefresh(view));
        keepScreenshot(view, QStringLiteral("zoomed"));

        controls.resetZoomButton()->click();
        QCOMPARE(view.visibleRange(), view.fullRange());
    }

    void savesPngAndSvgAtomically()
    {
        UsageChartView view;
        view.resize(900, 500);
        view.setStore(syntheticStore(5, 24 * 7, {{30, 40}}));
        view.setQuota(20.0);
        view.show();
        QVERIFY(waitForRefresh(view));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QFile existing(png);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        QString error;
        QVERIFY2(view.saveImage(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 900);

        const QString svg = dir.filePath(QStringLiteral("chart.SVG"));
        QVERIFY2(view.saveImage(svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray content = svgFile.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("</svg>"));
        QVERIFY(content.size() > 10000);

        // A folder that does not exist: an error and no file; no temporary files left behind anywhere.
        const QString missing = dir.filePath(QStringLiteral("no/such/chart.png"));
        QVERIFY(!view.saveImage(missing, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(QSet<QString>(files.cbegin(), files.cend()),
                 (QSet<QString>{QStringLiteral("chart.SVG"), QStringLiteral("chart.png")}));
        if (!qEnvironmentVariableIsEmpty("LUE_SCREENSHOT_DIR")) {
            const QDir folder(qEnvironmentVariable("LUE_SCREENSHOT_DIR"));
            QFile::remove(folder.filePath(QStringLiteral("saved.png")));
            QFile::copy(png, folder.filePath(QStringLiteral("saved.png")));
            QFile::remove(folder.filePath(QStringLiteral("saved.svg")));
            QFile::copy(svg, folder.filePath(QStringLiteral("saved.svg")));
        }
    }

    void followsADarkPalette()
    {
        UsageChartView view;
        view.resize(900, 500);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        view.setPalette(dark);
        view.setStore(syntheticStore(4, 24 * 3, {{20, 23}}));
        view.show();
        QVERIFY(waitForRefresh(view));
        QCOMPARE(view.chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        QCOMPARE(view.chart()->titleBrush().color(), QColor(0xe0, 0xe0, 0xe0));
        const QImage image = view.grab().toImage();
        // The background is dark where nothing is drawn.
        QVERIFY(qGray(image.pixel(3, image.height() - 3)) < 64);
        keepScreenshot(view, QStringLiteral("dark"));
    }

    void drawsThePlan_data()
    {
        QTest::addColumn<UsageChartView::Style>("style");
        QTest::addColumn<int>("maximumSeries");
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<QString>("title");

        const QString hostUnits = QStringLiteral("Host units per hour (estimated)");
        QTest::newRow("stacked, Other") << UsageChartView::Style::Stacked << 3 << QStringList() << QStringList()
                                        << hostUnits;
        QTest::newRow("stacked, filtered, Other hidden")
            << UsageChartView::Style::Stacked << 2 << QStringList{environmentId(1), environmentId(3), environmentId(4)}
            << QStringList{UsageChartView::otherKey()} << hostUnits;
        QTest::newRow("lines, filtered, one hidden")
            << UsageChartView::Style::Lines << 2 << QStringList{environmentId(0), environmentId(2), environmentId(4)}
            << QStringList{environmentId(4)} << hostUnits + QStringLiteral(", the 2 largest of 3 environments");
    }
    void drawsThePlan()
    {
        QFETCH(UsageChartView::Style, style);
        QFETCH(int, maximumSeries);
        QFETCH(QStringList, filter);
        QFETCH(QStringList, hidden);
        QFETCH(QString, title);
        const QSet<QString> filterSet(filter.cbegin(), filter.cend());
        const QSet<QString> hiddenSet(hidden.cbegin(), hidden.cend());

        UsageChartView view;
        view.resize(900, 500);
        view.setStyle(style);
        view.setMaximumSeries(maximumSeries);
        if (!filter.isEmpty())
            view.setEnvironmentFilter(filterSet);
        for (const QString &key : hidden)
            view.setSeriesVisible(key, false);
        // Two days; hours 10 to 12 without files.
        view.setStore(syntheticStore(5, 48, {{10, 12}}));
        view.show();
        QVERIFY(waitForRefresh(view));

        const ChartSeriesPlan plan = planOf(view, filterSet, hiddenSet);
        QCOMPARE(view.seriesKeys(), keysOf(plan));
        QCOMPARE(view.chart()->title(), title);
        for (const ChartSeriesPlan::Series &series : plan.series()) {
            QCOMPARE(view.seriesLabel(series.key), series.label);
            QCOMPARE(view.seriesColor(series.key),
                     series.sizeRank >= 0 ? ChartPalette::series(series.sizeRank) : ChartPalette::other());
            const bool shown = !hiddenSet.contains(series.key);
            QCOMPARE(view.isSeriesVisible(series.key), shown);
            const QList<QAbstractSeries *> segments = view.chartSeries(series.key);
            QVERIFY(!segments.isEmpty());
            QCOMPARE(segments.constFirst()->isVisible(), shown);
            if (!shown)
                continue;
            // Stacked, a series' line is the top of its band; as lines, its values. The gap splits it in two.
            const QList<double> &drawn =
                style == UsageChartView::Style::Stacked ? plan.layers()[size_t(series.layer)] : series.values;
            QCOMPARE(segments.size(), 2);
            const QList<QPointF> before = pointsOf(segments.at(0));
            const QList<QPointF> after = pointsOf(segments.at(1));
            QCOMPARE(before.constFirst(), QPointF(double(Jan1st), drawn.at(0)));
            QCOMPARE(before.constLast(), QPointF(double(Jan1st + 10 * Hour), drawn.at(9)));
            QCOMPARE(after.constFirst(), QPointF(double(Jan1st + 13 * Hour), drawn.at(13)));
        }
    }

    void emptyStore()
    {
        UsageChartView view;
        view.resize(600, 400);
        view.show();
        view.setStore(std::make_shared<UsageSnapshot>());
        QVERIFY(waitForRefresh(view));
        QVERIFY(view.seriesKeys().isEmpty());
        QVERIFY(view.toolTipAt(plotPoint(view, 0.5, 0.5)).isEmpty());
        QVERIFY(!view.isZoomed());
        view.setStore(nullptr);
        QVERIFY(waitForRefresh(view));
    }

private:
    UsageSnapshotPtr m_year;
};

QTEST_MAIN(TestUsageChartView)
#include "tst_usagechartview.moc"
