// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerpage.h"

#include <common/result.h>
#include <report/overagereport.h>

#include <QHash>
#include <optional>
#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace LicenseUi {

// The cluster's hours over its quota and, where the cluster reports environment quotas, each environment's over its
// own.
struct OverageAnswer
{
    LicenseCore::OverageResult cluster;
    std::vector<LicenseCore::OverageResult> environments;
};

class HostsInHourModel;
class OverageModel;
class PeriodPicker;
class QuotaField;

// Overage: the hours of a period whose host units exceed a host-unit quota (typed in or read from the cluster),
// the excess in each and in all, each environment's share, and for a chosen hour the hosts that ran then.
class OveragePage final : public AnswerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OveragePage)

public:
    explicit OveragePage(QWidget *parent = nullptr);
    ~OveragePage() override;

    void setClusterLicense(const LicenseCore::ClusterLicense &license, const QString &source) override;
    void setClusterLicenseProblem(const QString &problem) override;
    // The environments' host-unit quotas read with the license asked for last: they apply while the quota is the
    // one read from the cluster (a typed-in quota is the cluster's alone, as with --quota on the command line).
    void setEnvironmentQuotas(const QHash<QString, double> &quotas);
    [[nodiscard]] const QHash<QString, double> &environmentQuotas() const { return m_environmentQuotas; }

    [[nodiscard]] PeriodPicker *period() const { return m_period; }
    [[nodiscard]] QuotaField *quota() const { return m_quota; }
    [[nodiscard]] OverageModel *model() const { return m_model; }
    [[nodiscard]] HostsInHourModel *hostsModel() const { return m_hostsModel; }
    [[nodiscard]] QTableView *hoursView() const { return m_hoursView; }
    [[nodiscard]] QTableView *hostsView() const { return m_hostsView; }
    // Shows the hosts of an hour of the table.
    void showHour(qint64 hourMs);

Q_SIGNALS:
    // The hosts of the hour asked for last are shown.
    void hostsShown();

protected:
    void compute() override;
    void scopeChanged() override;

private:
    void showResult(const LicenseCore::Result<OverageAnswer> &answer);
    void currentHourChanged();

    PeriodPicker *m_period = nullptr;
    QuotaField *m_quota = nullptr;
    OverageModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    HostsInHourModel *m_hostsModel = nullptr;
    QTableView *m_hoursView = nullptr;
    QTableView *m_hostsView = nullptr;
    QLabel *m_hostsTitle = nullptr;
    bool m_licenseAsked = false;
    bool m_environmentQuotasAwaited = false;
    std::optional<double> m_clusterQuota; // the quota the environment quotas came with
    QHash<QString, double> m_environmentQuotas;
    quint64 m_hostsGeneration = 0;
};

} // namespace LicenseUi
