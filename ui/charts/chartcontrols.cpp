// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcontrols.h"

#include "models/displayformat.h"
#include "usagechartview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr int MetricRole = Qt::UserRole;
constexpr int PoolRole = Qt::UserRole + 1;
constexpr int PoolNameRole = Qt::UserRole + 2;

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ChartControls::ChartControls(UsageChartView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_metric(new QComboBox(this))
    , m_resolution(new QComboBox(this))
    , m_style(new QComboBox(this))
    , m_resetZoom(new QPushButton(tr("Show &All"), this))
{
    m_metric->setAccessibleName(tr("Chart metric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMetrics({});

    m_resolution->setAccessibleName(tr("Chart resolution"));
    m_resolution->addItem(tr("Hourly"), int(Granularity::Hour));
    m_resolution->addItem(tr("Daily"), int(Granularity::Day));
    m_resolution->addItem(tr("Monthly"), int(Granularity::Month));

    m_style->setAccessibleName(tr("Chart style"));
    m_style->addItem(tr("Stacked"), int(UsageChartView::Style::Stacked));
    m_style->addItem(tr("Lines"), int(UsageChartView::Style::Lines));

    m_resetZoom->setAccessibleName(tr("Reset chart zoom"));
    m_resetZoom->setToolTip(tr("Show the whole time range again (0)"));
    m_resetZoom->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Metric:"), m_metric, this));
    layout->addWidget(m_metric);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("&Resolution:"), m_resolution, this));
    layout->addWidget(m_resolution);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("S&tyle:"), m_style, this));
    layout->addWidget(m_style);
    layout->addStretch(1);
    layout->addWidget(m_resetZoom);
    setTabOrder(m_metric, m_resolution);
    setTabOrder(m_resolution, m_style);
    setTabOrder(m_style, m_resetZoom);

    if (m_view) {
        m_resolution->setCurrentIndex(m_resolution->findData(int(m_view->granularity())));
        m_style->setCurrentIndex(m_style->findData(int(m_view->style())));
        connect(m_view, &UsageChartView::zoomChanged, m_resetZoom, &QWidget::setEnabled);
        connect(m_resetZoom, &QPushButton::clicked, m_view, &UsageChartView::resetZoom);
    }
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChartControls::applyMetric);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &ChartControls::applyResolution);
    connect(m_style, &QComboBox::currentIndexChanged, this, &ChartControls::applyStyle);
}

ChartControls::~ChartControls() = default;

void ChartControls::setStore(const UsageSnapshotPtr &store)
{
    m_rules = store ? store->rules() : RuleSettings();
    fillMetrics(store ? store->dduPools() : QStringList());
}

void ChartControls::fillMetrics(const QStringList &pools)
{
    // The same metric stays chosen, a pool by its name: its index may differ in another store.
    const bool hadChoice = m_metric->currentIndex() >= 0;
    const Metric previous = hadChoice ? Metric(m_metric->currentData(MetricRole).toInt()) : Metric::HostUnits;
    const QString previousPool = hadChoice ? m_metric->currentData(PoolNameRole).toString() : QString();

    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    auto add = [this](Metric metric, int pool = -1, const QString &poolName = {}) {
        m_metric->addItem(DisplayFormat::metricName(metric, poolName), int(metric));
        m_metric->setItemData(m_metric->count() - 1, pool, PoolRole);
        m_metric->setItemData(m_metric->count() - 1, poolName, PoolNameRole);
        const QString rule = DisplayFormat::metricRule(metric, m_rules);
        if (!rule.isEmpty())
            m_metric->setItemData(m_metric->count() - 1, rule, Qt::ToolTipRole);
    };
    add(Metric::HostUnits);
    add(Metric::PeakHostUnits);
    add(Metric::Hosts);
    add(Metric::DemUnits);
    add(Metric::DduTotal);
    for (qsizetype i = 0; i < pools.size(); ++i)
        add(Metric::DduPool, int(i), pools.at(i));
    add(Metric::Sessions);
    add(Metric::SyntheticExecutions);
    add(Metric::CustomMetrics);
    add(Metric::LogStorageBytes);
    add(Metric::LogUploadBytes);

    int index = 0;
    for (int i = 0; i < m_metric->count(); ++i) {
        if (Metric(m_metric->itemData(i, MetricRole).toInt()) != previous)
            continue;
        if (previous != Metric::DduPool || m_metric->itemData(i, PoolNameRole).toString() == previousPool) {
            index = i;
            break;
        }
    }
    m_metric->setCurrentIndex(index);
    applyMetric();
}

void ChartControls::applyMetric()
{
    if (!m_view || m_metric->currentIndex() < 0)
        return;
    m_view->setMetric(Metric(m_metric->currentData(MetricRole).toInt()), m_metric->currentData(PoolRole).toInt());
}

void ChartControls::applyResolution()
{
    if (m_view)
        m_view->setGranularity(Granularity(m_resolution->currentData().toInt()));
}

void ChartControls::applyStyle()
{
    if (m_view)
        m_view->setStyle(UsageChartView::Style(m_style->currentData().toInt()));
}

} // namespace LicenseUi
