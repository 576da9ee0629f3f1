// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/clusterlicensejob.h>
#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QHash>
#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace LicenseUi {

class EnvironmentTotalsModel;

// The first page: the range's headline figures and a sortable table of per-environment totals.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setStore(const LicenseCore::UsageSnapshotPtr &store, const LicenseCore::EnvironmentNames &names);
    void setEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    // Quotas from the cluster's license, when it reported them.
    void setLicense(const std::optional<LicenseCore::ClusterLicense> &license);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] EnvironmentTotalsModel *model() const { return m_model; }

private:
    void updateFigures();
    QLabel *addFigure(int column, const QString &caption, const QString &toolTip);
    void setFigureToolTip(QLabel *value, const QString &toolTip);

    LicenseCore::UsageSnapshotPtr m_store;
    std::optional<LicenseCore::ClusterLicense> m_license;
    EnvironmentTotalsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QGridLayout *m_figures = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_hostUnitHours = nullptr;
    QLabel *m_peakHostUnits = nullptr;
    QLabel *m_demUnits = nullptr;
    QLabel *m_ddus = nullptr;
    QLabel *m_sessions = nullptr;
    QLabel *m_logs = nullptr;
    QLabel *m_notes = nullptr;
    QHash<QLabel *, QLabel *> m_captions; // figure value -> its caption
};

} // namespace LicenseUi
