// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerpage.h"

#include <QTimer>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

AnswerPage::AnswerPage(QWidget *parent)
    : QWidget(parent)
{
    m_frame = new AnswerFrame(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);
    // Several changes in a row (the window's range and cluster, a quota typed digit by digit) ask once.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AnswerPage::run);
}

AnswerPage::~AnswerPage() = default;

void AnswerPage::setHistory(HistoryService *history)
{
    m_history = history;
    requestUpdate();
}

void AnswerPage::setScope(const AnswerScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    scopeChanged();
    requestUpdate();
}

void AnswerPage::setClusterLicense(const ClusterLicense &, const QString &) {}

void AnswerPage::setClusterLicenseProblem(const QString &) {}

void AnswerPage::requestUpdate()
{
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

bool AnswerPage::isUpdatePending() const
{
    return m_timer->isActive();
}

void AnswerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer->start();
}

void AnswerPage::finish()
{
    ++m_generation;
    m_computing = false;
    Q_EMIT answered();
}

void AnswerPage::run()
{
    if (!isVisible())
        return;
    m_dirty = false;
    const HistoryService *history = m_history.data();
    if (!history || !history->isOpen()) {
        m_frame->clearCsv();
        m_frame->setProblem(MessageWidget::Severity::Information,
                            tr("The answers are computed from the history, which is not open."));
        finish();
        return;
    }
    compute();
}

} // namespace LicenseUi
