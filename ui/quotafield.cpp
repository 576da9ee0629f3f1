// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotafield.h"

#include <QDoubleValidator>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace LicenseUi {

QuotaField::QuotaField(const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_unit(unit)
{
    m_edit = new QLineEdit(this);
    auto *validator = new QDoubleValidator(0.0, 1e12, 3, m_edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_edit->setValidator(validator);
    m_edit->setClearButtonEnabled(true);
    setUnit(unit);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
    m_fromCluster = new QPushButton(tr("From the Cluster"), this);
    m_fromCluster->setToolTip(tr("Read the quota from the license of the cluster chosen in the tool bar"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_fromCluster, 0, 1);
    layout->addWidget(m_note, 1, 0, 1, 2);

    connect(m_edit, &QLineEdit::textChanged, this, &QuotaField::edited);
    connect(m_fromCluster, &QPushButton::clicked, this, &QuotaField::fromClusterRequested);
}

QuotaField::~QuotaField() = default;

void QuotaField::setUnit(const QString &unit)
{
    m_unit = unit;
    //: %1 names the unit of the quota, e.g. "host units".
    m_edit->setPlaceholderText(tr("Quota in %1").arg(unit));
    m_edit->setAccessibleName(m_edit->placeholderText());
}

std::optional<double> QuotaField::quota() const
{
    return m_quota;
}

void QuotaField::setQuota(double quota)
{
    m_edit->setText(QLocale().toString(quota, 'f', QLocale::FloatingPointShortest));
}

void QuotaField::setClusterQuota(std::optional<double> quota, const QString &source)
{
    setReading(false);
    if (!quota || *quota <= 0) {
        //: %1 is the cluster profile, %2 the unit of the quota.
        m_note->setText(tr("%1 reports no quota for %2: type one in.").arg(source, m_unit));
        m_note->setVisible(true);
        return;
    }
    m_settingFromCluster = true;
    setQuota(*quota);
    m_settingFromCluster = false;
    //: %1 is the cluster profile.
    m_note->setText(tr("From the license of %1.").arg(source));
    m_note->setVisible(true);
}

void QuotaField::setClusterProblem(const QString &problem)
{
    setReading(false);
    m_note->setText(problem);
    m_note->setVisible(!problem.isEmpty());
}

void QuotaField::setReading(bool reading)
{
    m_fromCluster->setEnabled(!reading);
    if (reading) {
        m_note->setText(tr("Reading the cluster's license…"));
        m_note->setVisible(true);
    }
}

void QuotaField::edited()
{
    if (!m_settingFromCluster)
        m_note->setVisible(false);
    bool ok = false;
    const double value = QLocale().toDouble(m_edit->text(), &ok);
    const std::optional<double> quota = ok && value > 0 ? std::optional(value) : std::nullopt;
    if (quota == m_quota)
        return;
    m_quota = quota;
    Q_EMIT quotaChanged();
}

} // namespace LicenseUi
