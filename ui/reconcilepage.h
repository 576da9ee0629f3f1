// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerpage.h"

#include <cluster/clusterlicensejob.h>

#include <optional>

class QPushButton;

namespace LicenseUi {

// Reconciliation: the estimate from the history next to the usage the cluster bills for the same license period,
// with the difference and its likely reasons. The billed usage is read from the cluster on request; when it cannot
// be read, the page says so.
class ReconcilePage final : public AnswerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcilePage)

public:
    explicit ReconcilePage(QWidget *parent = nullptr);
    ~ReconcilePage() override;

    void setClusterLicense(const LicenseCore::ClusterLicense &license, const QString &source) override;
    void setClusterLicenseProblem(const QString &problem) override;

    [[nodiscard]] QPushButton *readButton() const { return m_read; }

protected:
    void compute() override;

private:
    QPushButton *m_read = nullptr;
    std::optional<LicenseCore::ClusterLicense> m_license;
    QString m_source;
    QString m_problem;
};

} // namespace LicenseUi
