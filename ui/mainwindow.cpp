// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/timeutil.h"
#include "demo/exportgenerator.h"
#include "environmenttotalsmodel.h"
#include "usage/exportimporter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace LicenseUi {

using namespace LicenseCore;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_importer(new ExportImporter(this))
    , m_model(new EnvironmentTotalsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EnvironmentTotalsModel::SortRole);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_headline = new QLabel(tr("Open a license export to see its usage."), central);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);
    m_view = new QTableView(central);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EnvironmentTotalsModel::HostUnitHoursColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Usage per environment"));
    layout->addWidget(m_view);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    statusBar()->addPermanentWidget(m_progress);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open Export…"), this, &MainWindow::chooseExport);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Demo Export"), this, &MainWindow::openDemoExport);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    connect(m_importer, &ExportImporter::progressChanged, this, &MainWindow::showProgress);
    connect(m_importer, &ExportImporter::finished, this, &MainWindow::showStore);
    connect(m_importer, &ExportImporter::failed, this, &MainWindow::showError);

    resize(1000, 560);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseExport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open License Export"), QDir::homePath(),
                                                      tr("License exports (*.zip *.json);;All files (*)"));
    if (!path.isEmpty())
        openExport(path);
}

void MainWindow::openExport(const QString &path)
{
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_importer->start(path);
}

void MainWindow::openDemoExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo-export.zip"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    statusBar()->showMessage(tr("Generating the demo export…"));
    auto *watcher = new QFutureWatcher<Error>(this);
    connect(watcher, &QFutureWatcher<Error>::finished, this, [this, watcher, path] {
        const Error error = watcher->result();
        watcher->deleteLater();
        if (error.isError())
            showError(error);
        else
            openExport(path);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        GeneratorOptions options;
        options.seed = 7;
        return ExportGenerator(options).writeZipFile(path);
    }));
}

void MainWindow::showProgress(const ImportProgress &progress)
{
    if (progress.entriesTotal > 0) {
        m_progress->setRange(0, progress.entriesTotal);
        m_progress->setValue(progress.entriesDone);
    }
    statusBar()->showMessage(tr("Reading hourly files: %1 of %2").arg(progress.entriesDone).arg(progress.entriesTotal));
}

void MainWindow::showStore(const UsageStorePtr &store)
{
    m_store = store;
    m_progress->setVisible(false);
    m_model->setStore(store);
    const QLocale locale;
    QString headline;
    if (const auto range = store->range()) {
        headline = tr("%1 to %2 (UTC), %n hour(s)", nullptr, range->hours())
                       .arg(Time::isoUtc(range->firstHourMs), Time::isoUtc(range->lastHourMs + Time::HourMs));
    }
    const UsageRow &total = store->clusterTotal();
    headline += QLatin1String("<br>")
        + tr("<b>%1</b> host-unit hours, peak <b>%2</b> host units, <b>%3</b> DEM units, <b>%4</b> DDUs "
             "(estimated from the export's inputs)")
              .arg(locale.toString(double(total.hostUnitHoursMilli) / 1000.0, 'f', 1),
                   locale.toString(double(total.peakHostUnitsMilli) / 1000.0, 'f', 2),
                   locale.toString(total.demUnits, 'f', 1), locale.toString(total.dduTotal, 'f', 1));
    if (store->missingHours() > 0)
        headline += QLatin1String("<br>") + tr("%n hour(s) missing from the export.", nullptr, store->missingHours());
    m_headline->setText(headline);
    statusBar()->showMessage(tr("%n hourly file(s) read", nullptr, store->hourFiles()), 5000);
    updateTitle();
    Q_EMIT storeChanged();
}

void MainWindow::showError(const Error &error)
{
    m_progress->setVisible(false);
    statusBar()->showMessage(error.message());
    m_headline->setText(error.message().toHtmlEscaped());
    Q_EMIT importFailed(error.message());
}

void MainWindow::updateTitle()
{
    QString title = tr("License Usage Explorer");
    if (m_store && m_store->range()) {
        title += QStringLiteral(" — %1, %2 to %3")
                     .arg(m_store->clusterUuid(), Time::isoUtc(m_store->range()->firstHourMs).left(10),
                          Time::isoUtc(m_store->range()->lastHourMs).left(10));
    }
    setWindowTitle(title);
}

} // namespace LicenseUi
