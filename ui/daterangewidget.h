// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/exportwindow.h>
#include <common/rangepreset.h>
#include <history/historystore.h>

#include <QHash>
#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace LicenseUi {

// Picks the hours to show and to export: a preset or a custom range edited in local time, with the UTC hours it
// maps to shown underneath, and, when the history holds more than one cluster, which of them (or all). The range
// is corrected to what the cluster accepts (whole hours, ending at least two hours before the current hour) before
// any request is made, and an empty range is explained. "All history" is the span the history holds for the
// chosen cluster (or all of them); "This license year" begins in the month the settings say.
class DateRangeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeWidget)

public:
    using Clock = std::function<QDateTime()>;

    explicit DateRangeWidget(QWidget *parent = nullptr);
    ~DateRangeWidget() override;

    void setClock(Clock clock); // for tests; the system clock by default
    void setPreset(LicenseCore::RangePreset preset);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    [[nodiscard]] LicenseCore::RangePreset preset() const;
    void setLicenseYearStartMonth(int month);

    // The clusters the history holds and their spans; a cluster chosen before stays chosen while it is listed (or
    // while none is known). Clusters without an id (single hourly files) count for "All clusters" only.
    void setHistoryClusters(const QList<LicenseCore::StoredCluster> &clusters);
    // Names for cluster ids (the profile they were downloaded with), shown in the cluster selector.
    void setClusterNames(const QHash<QString, QString> &names);
    // Empty: all clusters.
    void setCluster(const QString &clusterUuid);
    [[nodiscard]] QString cluster() const;
    // The span the history holds for the chosen cluster (all: from the first to the last hour of any).
    [[nodiscard]] std::optional<LicenseCore::HourRange> historySpan() const;

    // The range to request, or nullopt (with explanation()) when it is empty.
    [[nodiscard]] std::optional<LicenseCore::HourRange> range() const;
    [[nodiscard]] QString explanation() const;

    // Re-evaluates presets against the clock, e.g. right before a download.
    void refresh();

Q_SIGNALS:
    // The range or the cluster changed.
    void rangeChanged();

private:
    void presetChosen();
    void customEdited();
    void update();
    void fillClusterBox();

    Clock m_clock;
    int m_licenseYearStartMonth = 1;
    QList<LicenseCore::StoredCluster> m_clusters;
    QHash<QString, QString> m_clusterNames;
    QString m_cluster;
    QComboBox *m_clusterBox = nullptr;
    QComboBox *m_presets = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    std::optional<LicenseCore::HourRange> m_range;
    QString m_explanation;
    bool m_updating = false;
};

} // namespace LicenseUi
