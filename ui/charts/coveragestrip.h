// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>
#include <history/historystore.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>
#include <utility>

namespace LicenseUi {

// What the history holds of one cluster: the span from its first to its last stored hour, and the hours in
// between that no export holds (docs/rules.md, "Gaps").
struct ClusterCoverage
{
    QString clusterUuid;
    QString label; // what to call the cluster (a profile name); the UUID when empty
    LicenseCore::HourRange extent;
    QList<LicenseCore::HourRange> gaps;

    bool operator==(const ClusterCoverage &) const = default;
};

// One horizontal strip per cluster over a shared time axis, from the first stored hour of any cluster to the end
// of the last: held hours in one colour, gaps hatched in another and never narrower than a few pixels, so that a
// single missing hour in a year still shows. Hovering a gap names its range; with the keyboard, the arrow keys
// step from gap to gap and Enter activates one.
class CoverageStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageStrip)

public:
    // Narrowest a gap is drawn, in pixels.
    static constexpr int MinimumGapPixels = 3;

    explicit CoverageStrip(QWidget *parent = nullptr);
    ~CoverageStrip() override;

    void setCoverage(const QList<ClusterCoverage> &clusters);
    [[nodiscard]] const QList<ClusterCoverage> &coverage() const { return m_clusters; }

    // The clusters of `exports`, ordered by UUID, each spanning the hours its exports hold, with the gaps given.
    // Every hour an export holds has an export standing for it, so the union of the exports' ranges is the span
    // of the stored hours.
    [[nodiscard]] static QList<ClusterCoverage>
    coverageOf(const QList<LicenseCore::StoredExport> &exports,
               const QHash<QString, QList<LicenseCore::HourRange>> &gapsByCluster);

    // The pixel columns [first, second) that `span` takes on a track `width` pixels wide that shows `axis`:
    // rounded outwards, at least `minimumWidth` wide (grown about its middle), and kept inside the track.
    [[nodiscard]] static std::pair<int, int> pixelSpan(LicenseCore::HourRange axis, LicenseCore::HourRange span,
                                                       int width, int minimumWidth = 1);

    // The time the strips show: from the earliest first hour of any cluster to the latest end.
    [[nodiscard]] LicenseCore::HourRange timeAxis() const { return m_axis; }
    // Where the strip of cluster `index` is drawn, the whole time axis wide.
    [[nodiscard]] QRect trackRect(int index) const;
    // The rectangle a gap is drawn in.
    [[nodiscard]] QRect gapRect(int clusterIndex, int gapIndex) const;
    // The gap under a point, as cluster and gap index.
    [[nodiscard]] std::optional<std::pair<int, int>> gapAt(QPoint pos) const;
    [[nodiscard]] QString toolTipAt(QPoint pos) const;

    // The gap chosen with the keyboard or a click, as cluster and gap index.
    [[nodiscard]] std::optional<std::pair<int, int>> currentGap() const;
    void setCurrentGap(int clusterIndex, int gapIndex);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Enter or a double click on a gap: the window may offer to fetch its hours.
    void gapActivated(const QString &clusterUuid, LicenseCore::HourRange gap);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Metrics
    {
        int width = 0; // of the widget they were computed for
        int legendHeight = 0;
        int rowHeight = 0;
        int barHeight = 0;
        int labelWidth = 0;
        int axisLabelWidth = 0;
        int trackLeft = 0;
        int trackWidth = 0;
        int axisTop = 0;
        int axisHeight = 0;
    };

    [[nodiscard]] Metrics metrics() const;
    [[nodiscard]] QString clusterLabel(int index) const;
    [[nodiscard]] QString gapText(int clusterIndex, int gapIndex) const;
    [[nodiscard]] QString clusterSummary(int index) const;
    // Every gap in drawing order, for stepping through them.
    [[nodiscard]] QList<std::pair<int, int>> allGaps() const;
    void stepCurrentGap(int step);
    void showCurrentGap();
    void updateDescription();
    // x and label of each time axis tick.
    [[nodiscard]] QList<std::pair<int, QString>> axisTicks(const Metrics &metrics) const;
    void paintGrid(QPainter &painter, const Metrics &metrics, const QList<std::pair<int, QString>> &ticks);
    void paintAxis(QPainter &painter, const Metrics &metrics, const QList<std::pair<int, QString>> &ticks);
    void paintLegend(QPainter &painter, const Metrics &metrics);

    QList<ClusterCoverage> m_clusters;
    LicenseCore::HourRange m_axis;
    int m_currentCluster = -1;
    int m_currentGap = -1;
    mutable std::optional<Metrics> m_metrics; // until the width, the font or the clusters change
};

} // namespace LicenseUi
