// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/usagestore.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace LicenseCore {
class ExportImporter;
struct Error;
struct ImportProgress;
} // namespace LicenseCore

namespace LicenseUi {

class EnvironmentTotalsModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports an export file in the background; the window stays responsive.
    void openExport(const QString &path);
    // Generates the built-in demo export in the background, then opens it.
    void openDemoExport();

    [[nodiscard]] LicenseCore::UsageStorePtr store() const { return m_store; }
    [[nodiscard]] QTableView *environmentView() const { return m_view; }

Q_SIGNALS:
    void storeChanged();
    void importFailed(const QString &message);

private:
    void chooseExport();
    void showProgress(const LicenseCore::ImportProgress &progress);
    void showStore(const LicenseCore::UsageStorePtr &store);
    void showError(const LicenseCore::Error &error);
    void updateTitle();

    LicenseCore::ExportImporter *m_importer = nullptr;
    EnvironmentTotalsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_headline = nullptr;
    QProgressBar *m_progress = nullptr;
    LicenseCore::UsageStorePtr m_store;
};

} // namespace LicenseUi
