// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerspage.h"

#include "churnpage.h"
#include "comparepage.h"
#include "forecastpage.h"
#include "overagepage.h"
#include "reconcilepage.h"

#include <application/historyservice.h>

#include <QTabWidget>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

AnswersPage::AnswersPage(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("answersTabs"));
    m_overage = new OveragePage(m_tabs);
    m_churn = new ChurnPage(m_tabs);
    m_compare = new ComparePage(m_tabs);
    m_forecast = new ForecastPage(m_tabs);
    m_reconcile = new ReconcilePage(m_tabs);
    m_tabs->addTab(m_overage, tr("Overage"));
    m_tabs->setTabToolTip(0, tr("The hours over a host-unit quota, by how much, and who ran then"));
    m_tabs->addTab(m_churn, tr("Host Churn"));
    m_tabs->setTabToolTip(1, tr("Which hosts came, went, changed mode or size between two periods"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->setTabToolTip(2, tr("Two periods side by side, per environment and in total"));
    m_tabs->addTab(m_forecast, tr("Forecast"));
    m_tabs->setTabToolTip(3, tr("Where a license pool will stand at the end of its license period"));
    m_tabs->addTab(m_reconcile, tr("Reconcile"));
    m_tabs->setTabToolTip(4, tr("The estimate from the history next to the cluster's billed usage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (AnswerPage *page : pages())
        connect(page, &AnswerPage::clusterLicenseRequested, this, &AnswersPage::clusterLicenseRequested);
}

AnswersPage::~AnswersPage() = default;

QList<AnswerPage *> AnswersPage::pages() const
{
    return {m_overage, m_churn, m_compare, m_forecast, m_reconcile};
}

AnswerPage *AnswersPage::page(Answer answer) const
{
    return pages().at(int(answer));
}

void AnswersPage::setHistory(HistoryService *history)
{
    for (AnswerPage *page : pages())
        page->setHistory(history);
    const auto again = [this] {
        for (AnswerPage *page : pages())
            page->requestUpdate();
    };
    connect(history, &HistoryService::opened, this, again);
    connect(history, &HistoryService::changed, this, again);
}

void AnswersPage::setScope(const AnswerScope &scope)
{
    m_scope = scope;
    for (AnswerPage *page : pages())
        page->setScope(scope);
}

void AnswersPage::setClusterLicense(const ClusterLicense &license, const QString &source)
{
    for (AnswerPage *page : pages())
        page->setClusterLicense(license, source);
}

void AnswersPage::setClusterLicenseProblem(const QString &problem)
{
    for (AnswerPage *page : pages())
        page->setClusterLicenseProblem(problem);
}

void AnswersPage::setEnvironmentQuotas(const QHash<QString, double> &quotas)
{
    m_overage->setEnvironmentQuotas(quotas);
}

void AnswersPage::showAnswer(Answer answer)
{
    m_tabs->setCurrentIndex(int(answer));
}

} // namespace LicenseUi
