// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answertableview.h"
#include "twoperiodpage.h"

#include <common/result.h>
#include <report/hostchurn.h>

#include <optional>

class QComboBox;
class QSortFilterProxyModel;

namespace LicenseUi {

class ChurnModel;

// Host churn: every host counted in either of two periods, added, removed, changed in mode or size, or unchanged,
// the biggest change of host-unit hours first; filtered by the kind of change. Answers "why did the numbers move".
class ChurnPage final : public TwoPeriodPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnPage)

public:
    explicit ChurnPage(QWidget *parent = nullptr);
    ~ChurnPage() override;

    [[nodiscard]] QComboBox *changeFilter() const { return m_change; }
    [[nodiscard]] ChurnModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] AnswerTableView *view() const { return m_view; }
    // Shows only hosts with that change; nullopt: every change but "unchanged". -1 in the box shows all hosts.
    void setChangeFilter(std::optional<LicenseCore::HostChange> change);

protected:
    void compute() override;
    void scopeChanged() override;
    void clearResult() override;

private:
    void showResult(const LicenseCore::Result<LicenseCore::ChurnResult> &result);
    void applyFilter();
    [[nodiscard]] bool csvIncludesUnchanged() const;

    QComboBox *m_change = nullptr;
    ChurnModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AnswerTableView *m_view = nullptr;
};

} // namespace LicenseUi
