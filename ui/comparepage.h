// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answertableview.h"
#include "twoperiodpage.h"

#include <common/result.h>
#include <report/periodcomparison.h>

class QComboBox;
class QSortFilterProxyModel;

namespace LicenseUi {

class ComparisonModel;
class DivergingBarChart;

// Period comparison: two periods side by side per environment and in total (host-unit hours, peak host units, DEM
// units, DDUs in total and per pool, sessions, log volumes), with the change of one metric per environment drawn
// as diverging bars.
class ComparePage final : public TwoPeriodPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    explicit ComparePage(QWidget *parent = nullptr);
    ~ComparePage() override;

    [[nodiscard]] QComboBox *metricBox() const { return m_metric; }
    [[nodiscard]] ComparisonModel *model() const { return m_model; }
    [[nodiscard]] AnswerTableView *view() const { return m_view; }
    [[nodiscard]] DivergingBarChart *chart() const { return m_chart; }
    // Shows one metric (its CSV name) in the table and the chart.
    void setMetric(const QString &metric);

protected:
    void compute() override;
    void scopeChanged() override;
    void clearResult() override;

private:
    void showResult(const LicenseCore::Result<LicenseCore::ComparisonResult> &result);
    void showMetric();

    QComboBox *m_metric = nullptr;
    ComparisonModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AnswerTableView *m_view = nullptr;
    DivergingBarChart *m_chart = nullptr;
};

} // namespace LicenseUi
