// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerpage.h"

#include <cluster/clusterlicensejob.h>
#include <common/result.h>
#include <report/usageforecast.h>

#include <optional>

class QComboBox;
class QLabel;

namespace LicenseUi {

class PeriodPicker;
class QuotaField;

// Forecast: for a pool licensed as a total over a license period, what is consumed so far, what the recent daily
// rate projects at the period's end with a band from the spread of the daily values, the share of the quota and
// the day it would be reached; for host units licensed as a peak, the projected peak. The method is shown on the
// page; with fewer than seven days of data the page says why it does not project.
class ForecastPage final : public AnswerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastPage)

public:
    explicit ForecastPage(QWidget *parent = nullptr);
    ~ForecastPage() override;

    void setClusterLicense(const LicenseCore::ClusterLicense &license, const QString &source) override;
    void setClusterLicenseProblem(const QString &problem) override;

    [[nodiscard]] QComboBox *metricBox() const { return m_metric; }
    [[nodiscard]] PeriodPicker *period() const { return m_period; }
    [[nodiscard]] QuotaField *quota() const { return m_quota; }
    void setMetric(LicenseCore::ForecastMetric metric);
    [[nodiscard]] LicenseCore::ForecastMetric metric() const;
    // The figures as shown, by name: consumed, rate, projected, band, percent, reached, data.
    [[nodiscard]] QLabel *figure(const QString &name) const;
    [[nodiscard]] const std::optional<LicenseCore::ForecastResult> &result() const { return m_result; }

protected:
    void compute() override;
    void scopeChanged() override;

private:
    void showResult(const LicenseCore::Result<LicenseCore::ForecastResult> &result);
    void clearFigures();
    void showFigures();
    [[nodiscard]] QString valueText(double value) const;
    [[nodiscard]] QString unitText() const;

    QComboBox *m_metric = nullptr;
    PeriodPicker *m_period = nullptr;
    QuotaField *m_quota = nullptr;
    QWidget *m_figures = nullptr;
    QLabel *m_consumed = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_projected = nullptr;
    QLabel *m_band = nullptr;
    QLabel *m_percent = nullptr;
    QLabel *m_reached = nullptr;
    QLabel *m_data = nullptr;
    std::optional<LicenseCore::ForecastResult> m_result;
    bool m_licenseAsked = false;
};

} // namespace LicenseUi
