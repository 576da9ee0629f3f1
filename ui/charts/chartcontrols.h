// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/licenserules.h>
#include <usage/usagesnapshot.h>

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QPushButton;
QT_END_NAMESPACE

namespace LicenseUi {

class UsageChartView;

// A row of controls driving a UsageChartView: the metric (with one entry per DDU pool of the store), the
// resolution, stacked or lines, and a button to show the whole range again.
class ChartControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartControls)

public:
    explicit ChartControls(UsageChartView *view, QWidget *parent = nullptr);
    ~ChartControls() override;

    // Refills the metric list with the store's pools; keeps the chosen metric when the store still has it.
    void setStore(const LicenseCore::UsageSnapshotPtr &store);

    [[nodiscard]] QComboBox *metricBox() const { return m_metric; }
    [[nodiscard]] QComboBox *resolutionBox() const { return m_resolution; }
    [[nodiscard]] QComboBox *styleBox() const { return m_style; }
    [[nodiscard]] QPushButton *resetZoomButton() const { return m_resetZoom; }

private:
    void fillMetrics(const QStringList &pools);
    void applyMetric();
    void applyResolution();
    void applyStyle();

    QPointer<UsageChartView> m_view;
    QComboBox *m_metric = nullptr;
    QComboBox *m_resolution = nullptr;
    QComboBox *m_style = nullptr;
    QPushButton *m_resetZoom = nullptr;
    LicenseCore::RuleSettings m_rules;
};

} // namespace LicenseUi
