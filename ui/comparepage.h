// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerpage.h"

#include <common/result.h>
#include <report/periodcomparison.h>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace LicenseUi {

class ComparisonModel;
class DivergingBarChart;
class PeriodPicker;

// Period comparison: two periods side by side per environment and in total (host-unit hours, peak host units, DEM
// units, DDUs in total and per pool, sessions, log volumes), with the change of one metric per environment drawn
// as diverging bars.
class ComparePage final : public AnswerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    explicit ComparePage(QWidget *parent = nullptr);
    ~ComparePage() override;

    [[nodiscard]] PeriodPicker *before() const { return m_before; }
    [[nodiscard]] PeriodPicker *after() const { return m_after; }
    [[nodiscard]] QComboBox *metricBox() const { return m_metric; }
    [[nodiscard]] ComparisonModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] DivergingBarChart *chart() const { return m_chart; }
    // Shows one metric (its CSV name) in the table and the chart.
    void setMetric(const QString &metric);

protected:
    void compute() override;
    void scopeChanged() override;

private:
    void showResult(const LicenseCore::Result<LicenseCore::ComparisonResult> &result);
    void showMetric();

    PeriodPicker *m_before = nullptr;
    PeriodPicker *m_after = nullptr;
    QComboBox *m_metric = nullptr;
    ComparisonModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    DivergingBarChart *m_chart = nullptr;
};

} // namespace LicenseUi
