// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/usagesnapshot.h>

#include <QDialog>

class QRadioButton;

namespace LicenseUi {

// Asks what to put in a CSV file: the resolution, and all environments or only the filtered ones.
class ExportCsvDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCsvDialog)

public:
    // `filteredCount` environments are selected by the current filter; 0 when no filter is active.
    ExportCsvDialog(int filteredCount, QWidget *parent = nullptr);
    ~ExportCsvDialog() override;

    [[nodiscard]] LicenseCore::Granularity granularity() const;
    [[nodiscard]] bool onlyFiltered() const;

private:
    QRadioButton *m_hour = nullptr;
    QRadioButton *m_day = nullptr;
    QRadioButton *m_month = nullptr;
    QRadioButton *m_filtered = nullptr;
};

} // namespace LicenseUi
