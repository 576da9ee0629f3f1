// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcsvdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace LicenseUi {

ExportCsvDialog::ExportCsvDialog(int filteredCount, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export CSV"));
    auto *resolution = new QGroupBox(tr("One row per environment and"), this);
    auto *resolutionLayout = new QVBoxLayout(resolution);
    m_hour = new QRadioButton(tr("&Hour (the canonical hourly file)"), resolution);
    m_day = new QRadioButton(tr("&Day (UTC)"), resolution);
    m_month = new QRadioButton(tr("&Month (UTC)"), resolution);
    m_hour->setChecked(true);
    for (QRadioButton *button : {m_hour, m_day, m_month})
        resolutionLayout->addWidget(button);

    auto *scope = new QGroupBox(tr("Environments"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    auto *all = new QRadioButton(tr("&All environments"), scope);
    m_filtered = new QRadioButton(tr("Only the %n &filtered environment(s)", nullptr, filteredCount), scope);
    all->setChecked(true);
    m_filtered->setEnabled(filteredCount > 0);
    scopeLayout->addWidget(all);
    scopeLayout->addWidget(m_filtered);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(resolution);
    layout->addWidget(scope);
    layout->addWidget(buttons);
}

ExportCsvDialog::~ExportCsvDialog() = default;

LicenseCore::Granularity ExportCsvDialog::granularity() const
{
    if (m_day->isChecked())
        return LicenseCore::Granularity::Day;
    if (m_month->isChecked())
        return LicenseCore::Granularity::Month;
    return LicenseCore::Granularity::Hour;
}

bool ExportCsvDialog::onlyFiltered() const
{
    return m_filtered->isChecked();
}

} // namespace LicenseUi
