// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"

#include "models/ingestlogmodel.h"
#include "models/itemroles.h"
#include "models/storedexportsmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QWidget *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QPushButton *openButton(QWidget *parent)
{
    auto *button = new QPushButton(HistoryPage::tr("&Open Export…"), parent);
    button->setToolTip(HistoryPage::tr("Add an export saved earlier to the history"));
    return button;
}

} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_exportsModel(new StoredExportsModel(this))
    , m_logModel(new IngestLogModel(this))
    , m_exportsProxy(new QSortFilterProxyModel(this))
    , m_logProxy(new QSortFilterProxyModel(this))
{
    m_exportsProxy->setSourceModel(m_exportsModel);
    m_logProxy->setSourceModel(m_logModel);

    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setAccessibleName(tr("History busy"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_busyBar);

    m_stack = new QStackedWidget(this);
    m_emptyState = createEmptyState();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(createContent());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(busyRow);
    layout->addWidget(m_stack, 1);
    setBusy(false);
    updateSummary();
}

HistoryPage::~HistoryPage() = default;

QWidget *HistoryPage::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("<h2>The history is empty</h2>"), page);
    auto *text = new QLabel(tr("<p>Every export you open, download or sync is kept here, and the views read their "
                               "hours from it: any range, across exports and clusters.</p>"
                               "<p>To fill the history:</p><ul>"
                               "<li><b>Open an export</b> saved from the Cluster Management Console, or drop its ZIP "
                               "file on this window.</li>"
                               "<li><b>Download</b> a range from a cluster: choose the cluster and the dates, then "
                               "press Download.</li>"
                               "<li><b>Sync</b> a cluster to fetch every hour the history lacks, up to two hours "
                               "ago.</li></ul>"),
                            page);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    QPushButton *open = openButton(page);
    open->setObjectName(QStringLiteral("emptyStateOpenButton"));
    connect(open, &QPushButton::clicked, this, &HistoryPage::openExportRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addWidget(open, 0, Qt::AlignLeft);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column, 3);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);
    return page;
}

QWidget *HistoryPage::createContent()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *open = openButton(page);
    open->setObjectName(QStringLiteral("openButton"));
    connect(open, &QPushButton::clicked, this, &HistoryPage::openExportRequested);
    m_rebuildButton = new QPushButton(tr("&Rebuild"), page);
    m_rebuildButton->setToolTip(tr("Build the history anew from the exports kept in the data folder. Nothing is "
                                   "lost; with a year of exports it takes a while."));
    connect(m_rebuildButton, &QPushButton::clicked, this, &HistoryPage::rebuildRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(open);
    buttons->addWidget(m_rebuildButton);

    m_coverage = new CoverageStrip(page);
    connect(m_coverage, &CoverageStrip::gapActivated, this, &HistoryPage::gapActivated);

    m_exportsView = createTable(m_exportsProxy, tr("Exports in the history"));
    m_exportsView->sortByColumn(StoredExportsModel::MadeColumn, Qt::DescendingOrder);
    m_exportsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_exportsView, &QWidget::customContextMenuRequested, this, &HistoryPage::showExportsMenu);
    m_forgetAction = new QAction(tr("&Forget Export…"), m_exportsView);
    m_forgetAction->setShortcut(QKeySequence::Delete);
    m_forgetAction->setShortcutContext(Qt::WidgetShortcut);
    m_forgetAction->setToolTip(tr("Remove the export and its kept copy from the history"));
    connect(m_forgetAction, &QAction::triggered, this, &HistoryPage::confirmForget);
    m_exportsView->addAction(m_forgetAction);
    m_copyShaAction = new QAction(tr("&Copy SHA-256"), m_exportsView);
    connect(m_copyShaAction, &QAction::triggered, this, &HistoryPage::copySha256);
    connect(m_exportsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HistoryPage::updateActions);

    m_logView = createTable(m_logProxy, tr("Corrections log"));
    m_logView->sortByColumn(IngestLogModel::WhenColumn, Qt::DescendingOrder);

    auto *tables = new QSplitter(Qt::Vertical, page);
    tables->addWidget(group(tr("Exports"), m_exportsView, tables));
    tables->addWidget(group(tr("Corrections"), m_logView, tables));
    tables->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(group(tr("Coverage"), m_coverage, page));
    layout->addWidget(tables, 1);
    return page;
}

QTableView *HistoryPage::createTable(QSortFilterProxyModel *proxy, const QString &accessibleName)
{
    proxy->setSortRole(ItemRole::Sort);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->horizontalHeader()->setHighlightSections(false);
    view->setAccessibleName(accessibleName);
    return view;
}

void HistoryPage::setExports(const QList<StoredExport> &exports)
{
    m_exportsModel->setExports(exports);
    m_stack->setCurrentIndex(exports.isEmpty() ? 0 : 1);
    // Sized once, so that new exports do not undo the user's widths.
    if (!m_exportColumnsSized && !exports.isEmpty()) {
        m_exportsView->resizeColumnsToContents();
        m_exportColumnsSized = true;
    }
    updateSummary();
    updateActions();
}

void HistoryPage::setCoverage(const QList<ClusterCoverage> &coverage)
{
    m_coverage->setCoverage(coverage);
    updateSummary();
}

void HistoryPage::setIngestLog(const QList<IngestEvent> &events)
{
    m_logModel->setEvents(events);
    if (!m_logColumnsSized && !events.isEmpty()) {
        m_logView->resizeColumnsToContents();
        m_logColumnsSized = true;
    }
}

void HistoryPage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_rebuildButton->setEnabled(!busy);
    updateActions();
}

bool HistoryPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

const StoredExport *HistoryPage::currentExport() const
{
    const QModelIndex index = m_exportsProxy->mapToSource(m_exportsView->currentIndex());
    return index.isValid() ? m_exportsModel->exportAt(index.row()) : nullptr;
}

void HistoryPage::updateActions()
{
    const bool haveExport = currentExport() != nullptr;
    m_forgetAction->setEnabled(haveExport && !m_busy);
    m_copyShaAction->setEnabled(haveExport);
}

void HistoryPage::updateSummary()
{
    const QList<StoredExport> &exports = m_exportsModel->exports();
    // Each stored cluster-hour has exactly one standing export, so the standing hours add up to the hours held.
    int held = 0;
    QSet<QString> clusters;
    for (const StoredExport &stored : exports) {
        held += stored.hoursStanding;
        clusters.insert(stored.clusterUuid);
    }
    int gaps = 0;
    int missing = 0;
    for (const ClusterCoverage &cluster : m_coverage->coverage()) {
        gaps += int(cluster.gaps.size());
        for (const HourRange &gap : cluster.gaps)
            missing += gap.hours();
    }
    const QString holdings =
        tr("%1 of %2 hold %3")
            .arg(tr("%n export(s)", nullptr, int(exports.size())), tr("%n cluster(s)", nullptr, int(clusters.size())),
                 tr("%Ln hour(s)", nullptr, held));
    const QString gapText = gaps == 0
                                ? tr("no gaps")
                                : tr("%n gap(s) of %1 in all", nullptr, gaps).arg(tr("%Ln hour(s)", nullptr, missing));
    m_summary->setText(tr("%1; %2.").arg(holdings, gapText));
}

void HistoryPage::showExportsMenu(QPoint pos)
{
    const QModelIndex index = m_exportsView->indexAt(pos);
    if (!index.isValid())
        return;
    m_exportsView->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyShaAction);
    menu->addSeparator();
    menu->addAction(m_forgetAction);
    menu->popup(m_exportsView->viewport()->mapToGlobal(pos));
}

void HistoryPage::copySha256()
{
    if (const StoredExport *stored = currentExport())
        QGuiApplication::clipboard()->setText(stored->sha256);
}

void HistoryPage::confirmForget()
{
    const StoredExport *stored = currentExport();
    if (!stored || m_busy || m_forgetConfirmation)
        return;
    const qint64 id = stored->id;
    const QString detail =
        stored->hoursStanding == 0
            ? tr("Exports made later hold all its hours, so the history shows the same data without it.")
            : tr("It stands for %Ln hour(s) now. Other exports that hold them take its place; hours no other export "
                 "holds become gaps.",
                 nullptr, stored->hoursStanding);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget Export"),
                                tr("Forget \u201c%1\u201d and delete its kept copy?").arg(stored->originalName),
                                QMessageBox::Cancel, this);
    box->setInformativeText(detail);
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *forget = box->addButton(tr("Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("confirmForgetButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            Q_EMIT forgetRequested(id);
    });
    m_forgetConfirmation = box;
    box->open();
}

} // namespace LicenseUi
