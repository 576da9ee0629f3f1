// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcilepage.h"

#include <QPushButton>

namespace LicenseUi {

using namespace LicenseCore;

ReconcilePage::ReconcilePage(QWidget *parent)
    : AnswerPage(parent)
{
    m_read = new QPushButton(tr("Read the Billed Usage"), this);
    m_read->setToolTip(tr("Read the billed usage from the license of the cluster chosen in the tool bar"));
    frame()->addInput(tr("Cluster:"), m_read);
    frame()->addContent(new QWidget(this), 1);
    connect(m_read, &QPushButton::clicked, this, [this] {
        m_read->setEnabled(false);
        Q_EMIT clusterLicenseRequested();
    });
}

ReconcilePage::~ReconcilePage() = default;

void ReconcilePage::setClusterLicense(const ClusterLicense &license, const QString &source)
{
    m_read->setEnabled(true);
    m_license = license;
    m_source = source;
    m_problem.clear();
    requestUpdate();
}

void ReconcilePage::setClusterLicenseProblem(const QString &problem)
{
    m_read->setEnabled(true);
    m_problem = problem;
    requestUpdate();
}

void ReconcilePage::compute()
{
    frame()->clearCsv();
    if (!m_problem.isEmpty()) {
        frame()->setProblem(MessageWidget::Severity::Warning,
                            tr("The cluster's billed usage could not be read: %1").arg(m_problem));
    } else if (!m_license) {
        frame()->setProblem(MessageWidget::Severity::Information,
                            tr("Read the billed usage from the cluster to set it next to the estimate."));
    } else {
        frame()->setProblem(MessageWidget::Severity::Information,
                            tr("The billed usage of %1 has been read.").arg(m_source));
    }
    finish();
}

} // namespace LicenseUi
