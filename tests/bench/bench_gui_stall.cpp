// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GUI responsiveness benchmark: downloads an export of about 500 MB of JSON from the built-in demo cluster
// through the real main window and imports it, while a 10 ms timer on the GUI thread records how late it
// fires. Reports the longest stall of the event loop. Runs offscreen.
// Usage: bench_gui_stall [--environments N] [--hosts N] [--days N]

#include "daterangewidget.h"
#include "downloadpanel.h"
#include "mainwindow.h"
#include "opendocument.h"

#include <common/rangepreset.h>
#include <usage/usagesnapshot.h>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorerBench"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption environmentsOption(QStringLiteral("environments"), QStringLiteral("Environments."),
                                                QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Hosts in all."), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days to download (7 or 30)."),
                                        QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({environmentsOption, hostsOption, daysOption});
    parser.process(app);

    QTemporaryDir dir;
    LicenseUi::MainWindow::Options options;
    options.demo = true;
    options.keychain = false;
    options.profileFile = dir.filePath(QStringLiteral("profiles.ini"));
    options.dataFolder = dir.path();
    options.demoOptions.generator.seed = 42;
    options.demoOptions.generator.environments = parser.value(environmentsOption).toInt();
    options.demoOptions.generator.hosts = parser.value(hostsOption).toInt();
    LicenseUi::MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    // Driven like a user: the range, then Cluster › Download; the pages show what the open document holds.
    auto *dateRange = window.findChild<LicenseUi::DateRangeWidget *>();
    auto *downloadPanel = window.findChild<LicenseUi::DownloadPanel *>();
    auto *download = window.findChild<QAction *>(QStringLiteral("downloadAction"));
    const auto *document = window.findChild<LicenseUi::OpenDocument *>();
    if (!dateRange || !downloadPanel || !download || !document) {
        QTextStream(stderr) << "bench: the window has no range, download panel, download action or document\n";
        return 1;
    }
    dateRange->setPreset(parser.value(daysOption).toInt() >= 30 ? LicenseCore::RangePreset::Last30Days
                                                                : LicenseCore::RangePreset::Last7Days);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worstStall = 0;
    qint64 worstStallAt = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.elapsed();
        const qint64 late = now - last - 10;
        if (late > worstStall) {
            worstStall = late;
            worstStallAt = now;
        }
        last = now;
    });

    QTextStream out(stdout);
    int exitCode = 0;
    bool reported = false;
    QObject::connect(document, &LicenseUi::OpenDocument::changed, &window, [&] {
        // Names and the license may arrive before the import has finished.
        const LicenseCore::UsageSnapshotPtr store = document->snapshot();
        if (!store || reported)
            return;
        reported = true;
        const qint64 elapsed = clock.elapsed();
        out << "downloaded and imported: " << store->hourFiles() << " hourly files, "
            << QString::number(double(store->archive().declaredJsonBytes) / 1e6, 'f', 0) << " MB of JSON, "
            << store->environmentIds().size() << " environments, " << store->hosts().size() << " hosts in "
            << QString::number(double(elapsed) / 1000.0, 'f', 1) << " s\n";
        out << "longest event-loop stall: " << worstStall << " ms (at "
            << QString::number(worstStallAt / 1000.0, 'f', 1) << " s)\n";
        out.flush();
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    QObject::connect(&window, &LicenseUi::MainWindow::importFailed, &window, [&](const QString &message) {
        QTextStream(stderr) << "bench: " << message << '\n';
        exitCode = 1;
        QApplication::quit();
    });
    QObject::connect(downloadPanel, &LicenseUi::DownloadPanel::failed, &window, [&](const QString &message) {
        QTextStream(stderr) << "bench: " << message << '\n';
        exitCode = 1;
        QApplication::quit();
    });
    QTimer::singleShot(0, &window, [&] {
        last = clock.elapsed();
        ticker.start();
        if (!download->isEnabled()) {
            QTextStream(stderr) << "bench: Download is not available for the demo cluster\n";
            exitCode = 1;
            QApplication::quit();
            return;
        }
        download->trigger();
    });
    QTimer::singleShot(15 * 60 * 1000, &app, [&] {
        QTextStream(stderr) << "bench: no result after 15 minutes\n";
        exitCode = 1;
        QApplication::quit();
    });
    const int result = QApplication::exec();
    return exitCode != 0 ? exitCode : result;
}
