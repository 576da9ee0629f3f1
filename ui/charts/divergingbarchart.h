// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace LicenseUi {

// One row of a diverging bar chart: a change drawn left (less) or right (more) of a zero line.
struct DivergingBar
{
    QString label;
    double value = 0;  // the bar's length, in any unit shared by all bars (a percentage, a count)
    QString valueText; // what is written at the bar's end
    QString toolTip;

    bool operator==(const DivergingBar &) const = default;
};

// Changes side by side: one labelled row per item, a bar from a zero line in the middle to its value, less to the
// left in one colour and more to the right in another, scaled to the largest change. Painted, so it grabs and
// prints the same offscreen as on screen.
class DivergingBarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DivergingBarChart)

public:
    explicit DivergingBarChart(QWidget *parent = nullptr);
    ~DivergingBarChart() override;

    void setBars(const QList<DivergingBar> &bars);
    [[nodiscard]] const QList<DivergingBar> &bars() const { return m_bars; }
    // Said in the middle while there are no bars.
    void setEmptyText(const QString &text);
    // The row at a point of the widget, or -1.
    [[nodiscard]] int rowAt(QPoint point) const;
    // Where a row's bar is drawn; empty for a bar of zero length.
    [[nodiscard]] QRectF barRect(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF labels;
        QRectF plot;
        double zeroX = 0;
        double scale = 0; // pixels per unit
    };
    [[nodiscard]] Geometry layoutGeometry() const;
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int top() const;

    QList<DivergingBar> m_bars;
    QString m_emptyText;
};

} // namespace LicenseUi
