// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace LicenseUi {

class EnvironmentTotalsModel;
class OpenDocument;

// The first page: the range's headline figures and a sortable table of per-environment totals, with quota
// percentages when the cluster reported its license.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Shows the document and follows its changes.
    void setDocument(const OpenDocument *document);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] EnvironmentTotalsModel *model() const { return m_model; }

private:
    void showDocument();
    void updateFigures();
    QLabel *addFigure(int column, const QString &caption, const QString &toolTip);
    void setFigureToolTip(QLabel *value, const QString &toolTip);

    QPointer<const OpenDocument> m_document;
    LicenseCore::UsageSnapshotPtr m_store; // what the page shows
    LicenseCore::EnvironmentNames m_names;
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
    QLabel *m_logUpload = nullptr;
    QLabel *m_notes = nullptr;
    QHash<QLabel *, QLabel *> m_captions; // figure value -> its caption
};

} // namespace LicenseUi
