// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerpage.h"

#include <cluster/clusterlicensejob.h>
#include <report/reconciliation.h>

#include <QDateTime>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace LicenseUi {

class ReconciliationModel;

// Reconciliation: the estimate from the history for the current license period next to the usage the cluster
// bills for it, per unit with the difference, and the likely reasons for a difference with their evidence. The
// billed usage is read from the license of the cluster chosen in the tool bar, once when the page is first shown
// and again on request; when it cannot be read, the page says so and shows the estimate alone.
class ReconcilePage final : public AnswerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcilePage)

public:
    using Clock = std::function<QDateTime()>;

    explicit ReconcilePage(QWidget *parent = nullptr);
    ~ReconcilePage() override;

    void setClusterLicense(const LicenseCore::ClusterLicense &license, const QString &source) override;
    void setClusterLicenseProblem(const QString &problem) override;
    // The billed usage read before belongs to another cluster (the tool bar chose another profile): read it again.
    void forgetClusterLicense();
    void setClock(Clock clock); // for tests; the system clock by default

    [[nodiscard]] QPushButton *readButton() const { return m_read; }
    [[nodiscard]] ReconciliationModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QListWidget *reasons() const { return m_reasons; }
    [[nodiscard]] const std::optional<LicenseCore::Reconciliation> &reconciliation() const { return m_result; }
    // The license period for the clock and the license year in the scope: the license year up to the current hour.
    [[nodiscard]] LicenseCore::HourRange period() const;

protected:
    void compute() override;

private:
    struct Answer;

    void requestLicense();
    // The billed usage to reconcile against; `alone` says why the estimate stands alone, if it does.
    [[nodiscard]] LicenseCore::BilledUsage billedUsage(QString *alone, bool *warning) const;
    void showAnswer(const Answer &answer, const LicenseCore::BilledUsage &billed, const QString &alone, bool warning);
    void showReasons(const LicenseCore::Reconciliation &reconciliation);
    [[nodiscard]] QString method(const QString &clusterUuid) const;

    QPushButton *m_read = nullptr;
    ReconciliationModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_reasonsTitle = nullptr;
    QListWidget *m_reasons = nullptr;
    Clock m_clock;
    std::optional<LicenseCore::ClusterLicense> m_license;
    std::optional<LicenseCore::Reconciliation> m_result;
    QString m_source;
    QString m_problem;
    bool m_reading = false;
    bool m_asked = false;
};

} // namespace LicenseUi
