// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerpage.h"

#include <common/error.h>
#include <common/hourrange.h>

namespace LicenseUi {

class PeriodPicker;

// An answer that sets two periods side by side: after (the window's range unless the user chooses another) and
// before (by default as long, just before it). The two pickers are the page's first inputs; a change of either
// asks for the answer again.
class TwoPeriodPage : public AnswerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoPeriodPage)

public:
    explicit TwoPeriodPage(QWidget *parent = nullptr);
    ~TwoPeriodPage() override;

    [[nodiscard]] PeriodPicker *before() const { return m_before; }
    [[nodiscard]] PeriodPicker *after() const { return m_after; }

protected:
    // The pickers follow the window's range and license year; a page that overrides this calls it first.
    void scopeChanged() override;
    // Both periods, for compute(). When either has no range, clears the answer, asks for both periods, finishes and
    // returns false.
    [[nodiscard]] bool periods(LicenseCore::HourRange *beforeRange, LicenseCore::HourRange *afterRange);
    // Clears the answer and shows why there is none.
    void showError(const LicenseCore::Error &error);
    // Empties what the page shows of its last answer (the frame's CSV is cleared beside it).
    virtual void clearResult() = 0;

private:
    PeriodPicker *m_before = nullptr;
    PeriodPicker *m_after = nullptr;
};

} // namespace LicenseUi
