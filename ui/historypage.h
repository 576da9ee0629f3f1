// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/coveragestrip.h"

#include <history/historystore.h>

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace LicenseUi {

class IngestLogModel;
class StoredExportsModel;

// What the history holds: the exports, a coverage strip per cluster with its gaps, and the corrections log, with
// Rebuild and Forget. It shows what it is given and asks for changes by signal; the window reads the store and
// carries the requests out. While the history is empty it tells how to fill it.
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setExports(const QList<LicenseCore::StoredExport> &exports);
    void setCoverage(const QList<ClusterCoverage> &coverage);
    void setIngestLog(const QList<LicenseCore::IngestEvent> &events);
    // While the store is busy (an ingest, a rebuild), `text` says with what; Rebuild and Forget wait.
    void setBusy(bool busy, const QString &text = {});
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Whether the page tells how to fill an empty history instead of showing it.
    [[nodiscard]] bool isShowingEmptyState() const;

    [[nodiscard]] StoredExportsModel *exportsModel() const { return m_exportsModel; }
    [[nodiscard]] IngestLogModel *ingestLogModel() const { return m_logModel; }
    [[nodiscard]] QTableView *exportsView() const { return m_exportsView; }
    [[nodiscard]] QTableView *ingestLogView() const { return m_logView; }
    [[nodiscard]] CoverageStrip *coverageStrip() const { return m_coverage; }
    [[nodiscard]] QPushButton *rebuildButton() const { return m_rebuildButton; }
    [[nodiscard]] QAction *forgetAction() const { return m_forgetAction; }

Q_SIGNALS:
    void openExportRequested();
    void rebuildRequested();
    // Confirmed by the user.
    void forgetRequested(qint64 exportId);
    void gapActivated(const QString &clusterUuid, LicenseCore::HourRange gap);

private:
    [[nodiscard]] QWidget *createEmptyState();
    [[nodiscard]] QWidget *createContent();
    [[nodiscard]] QTableView *createTable(QSortFilterProxyModel *proxy, const QString &accessibleName);
    [[nodiscard]] const LicenseCore::StoredExport *currentExport() const;
    void showExportsMenu(QPoint pos);
    void confirmForget();
    void copySha256();
    void updateSummary();
    void updateActions();

    StoredExportsModel *m_exportsModel = nullptr;
    IngestLogModel *m_logModel = nullptr;
    QSortFilterProxyModel *m_exportsProxy = nullptr;
    QSortFilterProxyModel *m_logProxy = nullptr;
    bool m_busy = false;
    bool m_exportColumnsSized = false;
    bool m_logColumnsSized = false;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_summary = nullptr;
    CoverageStrip *m_coverage = nullptr;
    QTableView *m_exportsView = nullptr;
    QTableView *m_logView = nullptr;
    QPushButton *m_rebuildButton = nullptr;
    QAction *m_forgetAction = nullptr;
    QAction *m_copyShaAction = nullptr;
    QPointer<QMessageBox> m_forgetConfirmation;
};

} // namespace LicenseUi
