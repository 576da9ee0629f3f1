// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "twoperiodpage.h"

#include "periodpicker.h"

namespace LicenseUi {

using namespace LicenseCore;

TwoPeriodPage::TwoPeriodPage(QWidget *parent)
    : AnswerPage(parent)
{
    m_before = new PeriodPicker(PeriodPicker::Choice::BeforeWindowRange, this);
    m_after = new PeriodPicker(PeriodPicker::Choice::WindowRange, this);
    frame()->addInput(tr("&Before:"), m_before);
    frame()->addInput(tr("&After:"), m_after);
    connect(m_before, &PeriodPicker::rangeChanged, this, &AnswerPage::requestUpdate);
    connect(m_after, &PeriodPicker::rangeChanged, this, &AnswerPage::requestUpdate);
}

TwoPeriodPage::~TwoPeriodPage() = default;

void TwoPeriodPage::scopeChanged()
{
    for (PeriodPicker *picker : {m_before, m_after}) {
        picker->setWindowRange(scope().range);
        picker->setLicenseYearStartMonth(scope().licenseYearStartMonth);
    }
}

bool TwoPeriodPage::periods(HourRange *beforeRange, HourRange *afterRange)
{
    const std::optional<HourRange> before = m_before->range();
    const std::optional<HourRange> after = m_after->range();
    if (!before || !after) {
        clearResult();
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Information, tr("Choose both periods."));
        finish();
        return false;
    }
    *beforeRange = *before;
    *afterRange = *after;
    return true;
}

void TwoPeriodPage::showError(const Error &error)
{
    clearResult();
    frame()->clearCsv();
    frame()->setProblem(MessageWidget::Severity::Error, error.message());
}

} // namespace LicenseUi
