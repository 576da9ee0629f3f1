// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace LicenseUi {

// A quota for an answer: typed in, or read from the cluster's license (the window reads it for the chosen
// cluster profile and hands it over). A line under the field says where the number came from, or why the cluster
// gave none.
class QuotaField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaField)

public:
    // `unit` names what the quota counts ("host units"), for the field's accessible name and tooltip.
    explicit QuotaField(const QString &unit, QWidget *parent = nullptr);
    ~QuotaField() override;

    // What the quota counts, when it changes with the answer's other inputs.
    void setUnit(const QString &unit);
    // The quota typed or read; nullopt while the field holds no positive number.
    [[nodiscard]] std::optional<double> quota() const;
    void setQuota(double quota);
    // The cluster's quota, shown in the field with `source` ("Demo cluster") as its origin; nullopt: the cluster
    // has none for this unit (unlimited or not reported), said with the number left as it was.
    void setClusterQuota(std::optional<double> quota, const QString &source);
    // The cluster's license could not be read: why.
    void setClusterProblem(const QString &problem);
    // While the license is read, the button waits.
    void setReading(bool reading);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QPushButton *fromClusterButton() const { return m_fromCluster; }
    [[nodiscard]] QLabel *noteLabel() const { return m_note; }

Q_SIGNALS:
    void quotaChanged();
    void fromClusterRequested();

private:
    void edited();

    QString m_unit;
    std::optional<double> m_quota;
    bool m_settingFromCluster = false;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_fromCluster = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace LicenseUi
