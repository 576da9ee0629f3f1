// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastpage.h"

#include "models/displayformat.h"
#include "periodpicker.h"
#include "quotafield.h"

#include <common/timeutil.h>
#include <history/historystore.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr qint64 DayMs = 24 * Time::HourMs;

QString day(qint64 epochMs)
{
    return DisplayFormat::period(epochMs, Granularity::Day);
}

} // namespace

ForecastPage::ForecastPage(QWidget *parent)
    : AnswerPage(parent)
{
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("License pool"));
    m_metric->addItem(tr("DEM units"), int(ForecastMetric::DemUnits));
    m_metric->addItem(tr("DDUs"), int(ForecastMetric::Ddus));
    m_metric->addItem(tr("Host-unit hours"), int(ForecastMetric::HostUnitHours));
    m_metric->addItem(tr("Host units (peak)"), int(ForecastMetric::PeakHostUnits));
    m_period = new PeriodPicker(PeriodPicker::Choice::ThisLicenseYear, this);
    m_quota = new QuotaField(unitText(), this);
    frame()->addInput(tr("P&ool:"), m_metric);
    frame()->addInput(tr("License &period:"), m_period);
    frame()->addInput(tr("&Quota:"), m_quota);

    m_figures = new QWidget(this);
    auto *form = new QFormLayout(m_figures);
    form->setLabelAlignment(Qt::AlignRight);
    // Each figure says in a tooltip how it is computed; the method below says it in full.
    const auto figure = [this, form](const QString &name, const QString &label, const QString &method) {
        auto *value = new QLabel(m_figures);
        value->setObjectName(name);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(method);
        auto *labelWidget = new QLabel(label, m_figures);
        labelWidget->setToolTip(method);
        labelWidget->setBuddy(value);
        form->addRow(labelWidget, value);
        return value;
    };
    m_consumed = figure(QStringLiteral("consumed"), tr("Consumed so far:"),
                        tr("Estimated: the sum of every hour of the license period up to the end of the last complete "
                           "day of data; for host units, the peak so far."));
    m_rate = figure(QStringLiteral("rate"), tr("Daily rate:"),
                    tr("The mean of the daily values of the last complete days of data, with their standard "
                       "deviation after ±."));
    m_projected = figure(QStringLiteral("projected"), tr("Projected at the period's end:"),
                         tr("Estimated: consumed so far plus the daily rate for every day left in the period; for "
                            "host units, the greater of the peak so far and the mean daily peak."));
    m_band = figure(QStringLiteral("band"), tr("Band:"),
                    tr("The projection with the daily rate one standard deviation lower and higher."));
    m_percent =
        figure(QStringLiteral("percent"), tr("Share of the quota:"), tr("The projection in percent of the quota."));
    m_reached = figure(QStringLiteral("reached"), tr("Quota reached:"),
                       tr("The day consumed so far plus the daily rate reaches the quota."));
    m_data =
        figure(QStringLiteral("data"), tr("Data:"), tr("A day is complete when the history holds all its 24 hours."));
    frame()->addContent(m_figures, 0);
    frame()->addContent(new QWidget(this), 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_quota->setUnit(unitText());
        requestUpdate();
    });
    connect(m_period, &PeriodPicker::rangeChanged, this, &AnswerPage::requestUpdate);
    connect(m_quota, &QuotaField::quotaChanged, this, &AnswerPage::requestUpdate);
    connect(m_quota, &QuotaField::fromClusterRequested, this, [this] {
        m_licenseAsked = true;
        m_quota->setReading(true);
        Q_EMIT clusterLicenseRequested();
    });
}

ForecastPage::~ForecastPage() = default;

void ForecastPage::setMetric(ForecastMetric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

ForecastMetric ForecastPage::metric() const
{
    return ForecastMetric(m_metric->currentData().toInt());
}

QLabel *ForecastPage::figure(const QString &name) const
{
    return m_figures->findChild<QLabel *>(name);
}

void ForecastPage::setClusterLicense(const ClusterLicense &license, const QString &source)
{
    if (!std::exchange(m_licenseAsked, false))
        return;
    const LicenseUnitUsage *units = nullptr;
    switch (metric()) {
    case ForecastMetric::DemUnits:
        units = &license.demUnits;
        break;
    case ForecastMetric::Ddus:
        units = &license.davisDataUnits;
        break;
    case ForecastMetric::PeakHostUnits:
        units = &license.hostUnits;
        break;
    case ForecastMetric::HostUnitHours:
        // The cluster's license counts host units as a peak: it names no quota of host-unit hours.
        break;
    }
    m_quota->setClusterQuota(units && units->present && units->quota > 0 ? std::optional(units->quota) : std::nullopt,
                             source);
}

void ForecastPage::setClusterLicenseProblem(const QString &problem)
{
    if (std::exchange(m_licenseAsked, false))
        m_quota->setClusterProblem(problem);
}

void ForecastPage::scopeChanged()
{
    m_period->setWindowRange(scope().range);
    m_period->setLicenseYearStartMonth(scope().licenseYearStartMonth);
}

QString ForecastPage::unitText() const
{
    switch (metric()) {
    case ForecastMetric::DemUnits:
        return tr("DEM units");
    case ForecastMetric::Ddus:
        return tr("DDUs");
    case ForecastMetric::HostUnitHours:
        return tr("host-unit hours");
    case ForecastMetric::PeakHostUnits:
        return tr("host units");
    }
    return {};
}

QString ForecastPage::valueText(double value) const
{
    //: %1 is a number, %2 its unit ("DEM units").
    return tr("%1 %2").arg(DisplayFormat::decimal(value), unitText());
}

void ForecastPage::clearFigures()
{
    for (QLabel *label : {m_consumed, m_rate, m_projected, m_band, m_percent, m_reached, m_data})
        label->clear();
    m_figures->setVisible(false);
}

void ForecastPage::showFigures()
{
    // A figure without a value (a refusal, no quota) takes no row.
    auto *form = static_cast<QFormLayout *>(m_figures->layout());
    for (QLabel *label : {m_consumed, m_rate, m_projected, m_band, m_percent, m_reached, m_data})
        form->setRowVisible(label, !label->text().isEmpty());
    m_figures->setVisible(!m_consumed->text().isEmpty());
}

void ForecastPage::compute()
{
    m_result.reset();
    clearFigures();
    const std::optional<HourRange> period = m_period->range();
    if (!period) {
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Information, tr("Choose the license period."));
        finish();
        return;
    }
    ForecastOptions options;
    options.metric = metric();
    options.period = *period;
    options.quota = m_quota->quota();
    const QString cluster = scope().clusterUuid;
    const RuleSettings rules = scope().rules;
    read<Result<ForecastResult>>(
        [cluster, options, rules](const HistoryStore &store) -> Result<ForecastResult> {
            const Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, options.period, rules);
            if (!snapshot)
                return snapshot.error();
            return UsageForecast::compute(*snapshot.value(), options);
        },
        [this](const Result<ForecastResult> &result) { showResult(result); });
}

void ForecastPage::showResult(const Result<ForecastResult> &answer)
{
    if (!answer) {
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Error, answer.error().message());
        return;
    }
    const ForecastResult &result = answer.value();
    m_result = result;
    const bool peak = result.options.metric == ForecastMetric::PeakHostUnits;
    const QLocale locale;

    if (result.completeDays > 0) {
        //: %1 is an amount, %2 a day.
        m_consumed->setText((peak ? tr("%1, the peak up to %2") : tr("%1 up to %2"))
                                .arg(valueText(result.consumed), day(result.dataUntilMs - DayMs)));
        m_data->setText(tr("%n complete day(s) of data in the period", nullptr, result.completeDays));
    }
    if (result.refusal != ForecastRefusal::None) {
        showFigures();
        frame()->setProblem(MessageWidget::Severity::Warning, result.refusalText, result.method);
        // What is consumed so far is still shown, and it is an estimate.
        frame()->estimateLabel()->setVisible(result.estimate && !m_consumed->text().isEmpty());
        frame()->methodText()->setVisible(true);
        frame()->clearCsv();
        return;
    }
    //: %1 is the mean of the daily values, %2 their standard deviation, %n the days.
    m_rate->setText(
        (peak ? tr("daily peaks of %1 on average (± %2) over the last %n day(s)", nullptr, result.windowDaysUsed)
              : tr("%1 a day on average (± %2) over the last %n day(s)", nullptr, result.windowDaysUsed))
            .arg(valueText(result.dailyMean), DisplayFormat::decimal(result.dailyDeviation)));
    //: %1 is the projected amount, %2 the last day of the period.
    m_projected->setText(tr("%1 on %2").arg(valueText(result.projected), day(result.options.period.toMs - DayMs)));
    //: %1 and %2 are the low and the high end of the projection.
    m_band->setText(
        tr("%1 to %2").arg(DisplayFormat::decimal(result.projectedLow), DisplayFormat::decimal(result.projectedHigh)));
    if (result.projectedPercent)
        m_percent->setText(
            tr("%1 % of %2")
                .arg(locale.toString(*result.projectedPercent, 'f', 1), valueText(result.options.quota.value_or(0))));
    else
        m_percent->setText(tr("Type the quota to see the share."));
    if (!result.options.quota)
        m_reached->setText(QString());
    else if (result.quotaAlreadyReached && result.quotaReachedMs)
        m_reached->setText(tr("already, on %1").arg(day(*result.quotaReachedMs)));
    else if (result.quotaReachedMs)
        m_reached->setText(tr("on %1, at the current rate").arg(day(*result.quotaReachedMs)));
    else
        m_reached->setText(tr("not within the period, at the current rate"));
    showFigures();

    //: %1 is the projected amount, %2 the end of the license period.
    QString headline = tr("Projected %1 by the end of the license period on %2.")
                           .arg(valueText(result.projected), day(result.options.period.toMs - DayMs));
    if (result.projectedPercent)
        headline +=
            QLatin1Char(' ') + tr("That is %1 % of the quota.").arg(locale.toString(*result.projectedPercent, 'f', 1));
    frame()->setAnswer(headline, result.estimate, result.method);
    // The method is part of the answer here, not a detail behind a link.
    frame()->methodText()->setVisible(true);
    frame()->setCsv(QStringLiteral("forecast-%1.csv").arg(UsageForecast::metricName(result.options.metric)),
                    [result](const QString &path) { return UsageForecast::save(path, result); });
}

} // namespace LicenseUi
