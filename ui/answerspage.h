// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerscope.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QTabWidget;

namespace LicenseCore {
class HistoryService;
struct ClusterLicense;
} // namespace LicenseCore

namespace LicenseUi {

class AnswerPage;
class ChurnPage;
class ComparePage;
class ForecastPage;
class OveragePage;
class ReconcilePage;

// The answers a license admin brings to the numbers, one tab each: overage, host churn, period comparison,
// forecast and reconciliation with the cluster's billing. Each computes from the history for the window's cluster,
// with periods defaulting from its range and the license year; the cluster's license (quotas, billed usage) is
// asked of the window, which reads it for the chosen profile.
class AnswersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswersPage)

public:
    enum class Answer
    {
        Overage,
        Churn,
        Compare,
        Forecast,
        Reconcile
    };
    Q_ENUM(Answer)

    explicit AnswersPage(QWidget *parent = nullptr);
    ~AnswersPage() override;

    // Follows the history: the answers are computed again when it opens or its content changes.
    void setHistory(LicenseCore::HistoryService *history);
    void setScope(const AnswerScope &scope);
    [[nodiscard]] const AnswerScope &scope() const { return m_scope; }
    // The license read for the chosen profile (`source` names it), or why it could not be read.
    void setClusterLicense(const LicenseCore::ClusterLicense &license, const QString &source);
    void setClusterLicenseProblem(const QString &problem);
    // The host-unit quotas of the chosen cluster's environments that have one (by environment id), read with its
    // license; only the overage answer uses them.
    void setEnvironmentQuotas(const QHash<QString, double> &quotas);

    void showAnswer(Answer answer);
    [[nodiscard]] AnswerPage *page(Answer answer) const;
    [[nodiscard]] OveragePage *overagePage() const { return m_overage; }
    [[nodiscard]] ChurnPage *churnPage() const { return m_churn; }
    [[nodiscard]] ComparePage *comparePage() const { return m_compare; }
    [[nodiscard]] ForecastPage *forecastPage() const { return m_forecast; }
    [[nodiscard]] ReconcilePage *reconcilePage() const { return m_reconcile; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void clusterLicenseRequested();

private:
    [[nodiscard]] QList<AnswerPage *> pages() const;

    AnswerScope m_scope;
    QTabWidget *m_tabs = nullptr;
    OveragePage *m_overage = nullptr;
    ChurnPage *m_churn = nullptr;
    ComparePage *m_compare = nullptr;
    ForecastPage *m_forecast = nullptr;
    ReconcilePage *m_reconcile = nullptr;
};

} // namespace LicenseUi
