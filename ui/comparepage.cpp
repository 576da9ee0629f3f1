// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepage.h"

#include "answertableview.h"
#include "charts/divergingbarchart.h"
#include "models/comparisonmodel.h"
#include "models/displayformat.h"

#include <common/timeutil.h>
#include <history/historystore.h>

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

// Whole days as the pickers show them, "2026-10-01 to 2026-10-05" (both included); other ranges to the hour.
QString periodText(const HourRange &range)
{
    constexpr qint64 DayMs = 24 * Time::HourMs;
    if (range.fromMs % DayMs != 0 || range.toMs % DayMs != 0)
        return DisplayFormat::hourRange(range);
    const QString first = DisplayFormat::period(range.fromMs, Granularity::Day);
    const QString last = DisplayFormat::period(range.toMs - DayMs, Granularity::Day);
    //: A period of whole days, both included.
    return first == last ? first : ComparePage::tr("%1 to %2").arg(first, last);
}

} // namespace

ComparePage::ComparePage(QWidget *parent)
    : TwoPeriodPage(parent)
{
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Metric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metric->addItem(ComparisonModel::metricText(QStringLiteral("host_unit_hours")),
                      QStringLiteral("host_unit_hours"));
    frame()->addInput(tr("&Metric:"), m_metric);

    m_model = new ComparisonModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComparisonModel::SortRole);
    m_proxy->setFilterRole(ComparisonModel::MetricRole);
    m_view = new AnswerTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Period comparison"));
    // One metric at a time: the box above says which.
    m_view->setColumnHidden(ComparisonModel::MetricColumn, true);

    m_chart = new DivergingBarChart(this);
    m_chart->setAccessibleName(tr("Change per environment"));
    m_chart->setEmptyText(tr("No change to show."));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    frame()->addContent(splitter);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &ComparePage::showMetric);
    showMetric();
}

ComparePage::~ComparePage() = default;

void ComparePage::setMetric(const QString &metric)
{
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(metric)));
}

void ComparePage::scopeChanged()
{
    TwoPeriodPage::scopeChanged();
    m_model->setEnvironmentNames(scope().environmentNames);
    showMetric();
}

void ComparePage::clearResult()
{
    m_model->clear();
    m_chart->setBars({});
}

void ComparePage::compute()
{
    HourRange before;
    HourRange after;
    if (!periods(&before, &after))
        return;
    const QString cluster = scope().clusterUuid;
    const RuleSettings rules = scope().rules;
    read<Result<ComparisonResult>>(
        [cluster, before, after, rules](const HistoryStore &store) -> Result<ComparisonResult> {
            const Result<UsageSnapshotPtr> first = store.snapshot(cluster, before, rules);
            if (!first)
                return first.error();
            const Result<UsageSnapshotPtr> second = store.snapshot(cluster, after, rules);
            if (!second)
                return second.error();
            return PeriodComparison::compute(*first.value(), *second.value());
        },
        [this](const Result<ComparisonResult> &result) { showResult(result); });
}

void ComparePage::showResult(const Result<ComparisonResult> &answer)
{
    if (!answer) {
        showError(answer.error());
        return;
    }
    const ComparisonResult &result = answer.value();
    m_view->showModelOrder();
    m_model->setRules(scope().rules);
    m_model->setResult(result);

    // The metrics the result holds, keeping the one shown.
    const QString shown = m_metric->currentData().toString();
    {
        const QSignalBlocker block(m_metric);
        m_metric->clear();
        for (const QString &metric : result.metrics)
            m_metric->addItem(ComparisonModel::metricText(metric), metric);
        m_metric->setCurrentIndex(std::max(0, m_metric->findData(shown)));
    }
    showMetric();

    if (result.hoursBefore == 0 && result.hoursAfter == 0) {
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Warning,
                            tr("The history holds no hour of either period: sync or open an export of them."),
                            result.method);
        return;
    }
    //: %1 and %3 are periods, %2 and %4 say how many hours of data the history holds of each.
    QString headline = tr("%1 (%2) compared with %3 (%4).")
                           .arg(periodText(result.after), tr("%n hour(s) of data", nullptr, result.hoursAfter),
                                periodText(result.before), tr("%n hour(s) of data", nullptr, result.hoursBefore));
    if (result.hoursBefore != result.hoursAfter)
        headline += QLatin1Char(' ') + tr("The periods hold different numbers of hours: compare totals with care.");
    frame()->setAnswer(headline, result.estimate, result.method);
    const EnvironmentNames names = scope().environmentNames;
    frame()->setCsv(QStringLiteral("period-comparison.csv"),
                    [result, names](const QString &path) { return PeriodComparison::save(path, result, names); });
}

void ComparePage::showMetric()
{
    const QString metric = m_metric->currentData().toString();
    m_proxy->setFilterRegularExpression(
        QRegularExpression(QString(QLatin1Char('^') + QRegularExpression::escape(metric) + QLatin1Char('$'))));

    // The total first, then the environments by their change, the biggest increase on top.
    QList<const ComparisonRow *> rows;
    const ComparisonRow *total = nullptr;
    for (const ComparisonRow &row : m_model->result().rows) {
        if (row.metric != metric)
            continue;
        if (row.environmentId == PeriodComparison::TotalId)
            total = &row;
        else
            rows.append(&row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ComparisonRow *a, const ComparisonRow *b) { return a->change() > b->change(); });
    if (total)
        rows.prepend(total);
    QList<DivergingBar> bars;
    for (const ComparisonRow *row : std::as_const(rows)) {
        const QString change = (row->change() > 0 ? QLocale().positiveSign() : QString()) +
                               ComparisonModel::valueText(metric, row->change());
        const QString percent = ComparisonModel::percentText(row->changePercent(), row->change());
        DivergingBar bar;
        bar.label = m_model->environmentLabel(row->environmentId);
        bar.value = row->change();
        bar.valueText = percent.isEmpty() ? change : QStringLiteral("%1 (%2)").arg(change, percent);
        //: %1 is a metric, %2 and %3 its values before and after.
        bar.toolTip = tr("%1: %2 before, %3 after")
                          .arg(ComparisonModel::metricText(metric), ComparisonModel::valueText(metric, row->before),
                               ComparisonModel::valueText(metric, row->after));
        bars.append(bar);
    }
    m_chart->setBars(bars);
}

} // namespace LicenseUi
