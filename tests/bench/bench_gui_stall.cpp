// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GUI responsiveness benchmark, offscreen, through the real main window, while a 10 ms timer on the GUI thread
// records how late it fires: the longest stall of the event loop.
//
//   --scenario download (default): downloads an export of about 500 MB of JSON from the built-in demo cluster and
//     shows it (it goes into the history first).
//   --scenario history: with N months in the history (--months, 12 by default: a year), chooses "All history"
//     and measures how long the store takes to answer (off the GUI thread) and how long Overview and Charts then
//     take to be drawn.
//
// Exits 1 when the longest stall reaches --stall-limit-ms (50) or, for the history, drawing takes longer than
// --draw-limit-ms (200) after the store's answer.
// Usage: bench_gui_stall [--scenario download|history] [--environments N] [--hosts N] [--days N] [--months N]
//                        [--data-folder DIR] [--stall-limit-ms N] [--draw-limit-ms N]
// --data-folder keeps the history of the history scenario there and reuses it on the next run.

#include "charts/usagechartview.h"
#include "daterangewidget.h"
#include "downloadpanel.h"
#include "mainwindow.h"
#include "opendocument.h"
#include "overviewpage.h"
#include "tablepage.h"

#include <application/historylocation.h>
#include <common/rangepreset.h>
#include <common/timeutil.h>
#include <demo/exportgenerator.h>
#include <history/historystore.h>
#include <usage/usagesnapshot.h>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

// Watches the GUI thread's event loop from start() on.
class StallMeter final : public QObject
{
public:
    explicit StallMeter(QObject *parent)
        : QObject(parent)
    {
        m_clock.start();
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(10);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 late = now - m_lastTick - 10;
            if (late > m_worstLate) {
                m_worstLate = late;
                m_worstLateAt = now;
            }
            m_lastTick = now;
        });
    }

    void start()
    {
        m_lastTick = m_clock.elapsed();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }
    // The longest the 10 ms timer fired late: how long the event loop could not react.
    [[nodiscard]] qint64 worstLateMs() const { return m_worstLate; }

    void report(QTextStream &out) const
    {
        out << "longest event-loop stall: " << m_worstLate << " ms (at "
            << QString::number(double(m_worstLateAt) / 1000.0, 'f', 1) << " s)\n";
    }

private:
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_lastTick = 0;
    qint64 m_worstLate = 0;
    qint64 m_worstLateAt = 0;
};

// The month `back` months before the current UTC month begins.
QDate monthsBack(int back)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDate(today.year(), today.month(), 1).addMonths(-back);
}

// Fills the history at `location` with `months` whole months before the current one, one export each, unless it
// holds them already. Setup, not measured: it runs before the window exists.
bool fillHistory(const HistoryLocation &location, int months, int environments, int hosts, QTextStream &out)
{
    HistoryStore store;
    if (const Status status = store.open(location.storePath, location.exportFolder); status.isError()) {
        QTextStream(stderr) << "bench: " << status.message() << '\n';
        return false;
    }
    const Result<QList<StoredExport>> held = store.exports();
    if (held && held.value().size() >= months) {
        out << "history: reusing " << held.value().size() << " exports in " << location.storePath << '\n';
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    const QString scratch = QFileInfo(location.storePath).absolutePath();
    for (int back = months; back >= 1; --back) {
        const QDate first = monthsBack(back);
        GeneratorOptions options;
        options.seed = 42;
        options.environments = environments;
        options.hosts = hosts;
        options.startMs = QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        options.hours = first.daysInMonth() * 24;
        const QString path = QDir(scratch).filePath(QStringLiteral("month-%1.zip").arg(first.toString(u"yyyy-MM")));
        if (const Error error = ExportGenerator(options).writeZipFile(path); error.isError()) {
            QTextStream(stderr) << "bench: " << error.message() << '\n';
            return false;
        }
        const Result<IngestResult> ingested = store.ingest(path);
        QFile::remove(path); // the store keeps its own copy
        if (!ingested) {
            QTextStream(stderr) << "bench: " << ingested.error().message() << '\n';
            return false;
        }
    }
    out << "history: " << months << " months of " << environments << " environments and " << hosts
        << " hosts ingested in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
    return true;
}

int runDownload(MainWindow &window, StallMeter &meter, int days, int stallLimitMs)
{
    auto *dateRange = window.findChild<DateRangeWidget *>();
    auto *downloadPanel = window.findChild<DownloadPanel *>();
    auto *download = window.findChild<QAction *>(QStringLiteral("downloadAction"));
    const auto *document = window.findChild<OpenDocument *>();
    if (!dateRange || !downloadPanel || !download || !document) {
        QTextStream(stderr) << "bench: the window has no range, download panel, download action or document\n";
        return 1;
    }
    // Driven like a user: the range, then Cluster › Download; the pages show what the open document holds.
    dateRange->setPreset(days >= 30 ? RangePreset::Last30Days : RangePreset::Last7Days);

    QTextStream out(stdout);
    int exitCode = 0;
    bool reported = false;
    QObject::connect(document, &OpenDocument::changed, &window, [&] {
        // Names and the license may arrive before the export is shown; so may a view of the (empty) history.
        const UsageSnapshotPtr store = document->snapshot();
        if (!store || reported || !document->historyView() || document->historyView()->sources.isEmpty())
            return;
        reported = true;
        const qint64 elapsed = meter.elapsedMs();
        // The pages draw what they were handed; the stall meter keeps watching until they have.
        QTimer::singleShot(500, &window, [&, store, elapsed] {
            meter.stop();
            out << "downloaded, added to the history and shown: " << store->hourFiles() << " hours, "
                << store->environmentIds().size() << " environments, " << store->hosts().size() << " hosts in "
                << QString::number(double(elapsed) / 1000.0, 'f', 1) << " s\n";
            meter.report(out);
            out.flush();
            if (meter.worstLateMs() >= stallLimitMs) {
                QTextStream(stderr) << "bench: the GUI thread stalled " << meter.worstLateMs() << " ms (limit "
                                    << stallLimitMs << " ms)\n";
                exitCode = 1;
            }
            QApplication::quit();
        });
    });
    QObject::connect(&window, &MainWindow::importFailed, &window, [&](const QString &message) {
        QTextStream(stderr) << "bench: " << message << '\n';
        exitCode = 1;
        QApplication::quit();
    });
    QObject::connect(downloadPanel, &DownloadPanel::failed, &window, [&](const QString &message) {
        QTextStream(stderr) << "bench: " << message << '\n';
        exitCode = 1;
        QApplication::quit();
    });
    // The window's first painting is over before the user can act, and before the watch starts.
    QTimer::singleShot(200, &window, [&] {
        meter.start();
        if (!download->isEnabled()) {
            QTextStream(stderr) << "bench: Download is not available for the demo cluster\n";
            exitCode = 1;
            QApplication::quit();
            return;
        }
        download->trigger();
    });
    const int result = QApplication::exec();
    return exitCode != 0 ? exitCode : result;
}

int runHistory(MainWindow &window, StallMeter &meter, int stallLimitMs, int drawLimitMs)
{
    auto *dateRange = window.findChild<DateRangeWidget *>();
    const auto *document = window.findChild<OpenDocument *>();
    auto *chart = window.findChild<UsageChartView *>();
    auto *overview = window.findChild<OverviewPage *>();
    auto *tabs = window.findChild<QTabWidget *>();
    HistoryService *history = window.history();
    if (!dateRange || !document || !chart || !overview || !tabs) {
        QTextStream(stderr) << "bench: the window lacks a range, document, chart, overview or tabs\n";
        return 1;
    }
    QTextStream out(stdout);
    int exitCode = 0;

    // The answer reaches the GUI thread as a queued call to the service: that is when the store has answered.
    struct Watch final : QObject
    {
        StallMeter *meter = nullptr;
        qint64 lastCallMs = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::MetaCall)
                lastCallMs = meter->elapsedMs();
            return false;
        }
    };
    auto *watch = new Watch;
    watch->setParent(&window);
    watch->meter = &meter;
    history->installEventFilter(watch);

    enum class Step
    {
        WaitingForStart,
        WaitingForAnswer,
        WaitingForChart,
        Done
    };
    auto step = std::make_shared<Step>(Step::WaitingForStart);
    auto askedAt = std::make_shared<qint64>(0);
    auto answeredAt = std::make_shared<qint64>(0);

    const auto report = [&, askedAt, answeredAt](qint64 drawnAt) {
        meter.stop();
        const UsageSnapshotPtr store = document->snapshot();
        out << "all history: " << store->hourFiles() << " hours, " << store->environmentIds().size()
            << " environments, " << store->hosts().size() << " hosts, " << store->hourly().size()
            << " hourly rows from " << document->historyView()->sources.size() << " exports\n";
        out << "store answered (off the GUI thread) in " << (*answeredAt - *askedAt) << " ms; Overview and "
            << "Charts drawn " << (drawnAt - *answeredAt) << " ms after the answer (limit " << drawLimitMs << " ms)\n";
        meter.report(out);
        out.flush();
        if (drawnAt - *answeredAt > drawLimitMs) {
            QTextStream(stderr) << "bench: drawing took " << (drawnAt - *answeredAt) << " ms (limit " << drawLimitMs
                                << " ms)\n";
            exitCode = 1;
        }
        if (meter.worstLateMs() >= stallLimitMs) {
            QTextStream(stderr) << "bench: the GUI thread stalled " << meter.worstLateMs() << " ms (limit "
                                << stallLimitMs << " ms)\n";
            exitCode = 1;
        }
        // The tables catch up with the range when they are first looked at, not before: showing one is a stall of
        // the GUI thread like any other and held to the same limit.
        for (int page = 0; page < tabs->count(); ++page) {
            if (!qobject_cast<TablePage *>(tabs->widget(page)))
                continue;
            QElapsedTimer shown;
            shown.start();
            tabs->setCurrentIndex(page);
            tabs->widget(page)->grab();
            const qint64 elapsed = shown.elapsed();
            out << "then showing " << tabs->tabText(page) << ": " << elapsed << " ms (limit " << stallLimitMs
                << " ms)\n";
            if (elapsed >= stallLimitMs) {
                QTextStream(stderr) << "bench: showing " << tabs->tabText(page) << " stalled the GUI thread " << elapsed
                                    << " ms (limit " << stallLimitMs << " ms)\n";
                exitCode = 1;
            }
        }
        out.flush();
        QApplication::quit();
    };
    // Both pages drawn as the user would see them, each in a turn of the event loop of its own as the window paints
    // them, not from inside the chart's refresh.
    const auto drawAndReport = [&, step, report] {
        *step = Step::Done;
        QTimer::singleShot(0, &window, [&, report] {
            tabs->setCurrentWidget(overview);
            overview->grab();
            QTimer::singleShot(0, &window, [&, report] {
                tabs->setCurrentWidget(chart->parentWidget());
                chart->parentWidget()->grab();
                const qint64 drawnAt = meter.elapsedMs();
                // The stall meter keeps watching what the pages do after their first painting.
                QTimer::singleShot(500, &window, [report, drawnAt] { report(drawnAt); });
            });
        });
    };
    QObject::connect(chart, &UsageChartView::refreshed, &window, [&, step, drawAndReport] {
        if (*step == Step::WaitingForChart && chart->store() == document->snapshot())
            drawAndReport();
    });
    QObject::connect(history, &HistoryService::snapshotReady, &window,
                     [&, step, answeredAt](const HistorySnapshot &view) {
                         if (*step == Step::WaitingForAnswer && view.range == dateRange->historySpan()) {
                             *answeredAt = watch->lastCallMs;
                             *step = Step::WaitingForChart;
                         }
                     });
    QObject::connect(history, &HistoryService::failed, &window, [&](const Error &error) {
        QTextStream(stderr) << "bench: " << error.message() << '\n';
        exitCode = 1;
        QApplication::quit();
    });
    // Once the window has come up with its last view, the user chooses "All history".
    QObject::connect(history, &HistoryService::idle, &window, [&, step, askedAt] {
        if (*step != Step::WaitingForStart || !document->historyView())
            return;
        *step = Step::WaitingForAnswer;
        QTimer::singleShot(200, &window, [&, askedAt] {
            meter.start();
            *askedAt = meter.elapsedMs();
            dateRange->setPreset(RangePreset::AllHistory);
        });
    });
    const int result = QApplication::exec();
    return exitCode != 0 ? exitCode : result;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorerBench"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("download or history."),
                                            QStringLiteral("name"), QStringLiteral("download"));
    const QCommandLineOption environmentsOption(QStringLiteral("environments"), QStringLiteral("Environments."),
                                                QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Hosts in all."), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days to download (7 or 30)."),
                                        QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption monthsOption(QStringLiteral("months"), QStringLiteral("Months in the history."),
                                          QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption dataOption(QStringLiteral("data-folder"),
                                        QStringLiteral("Keep the history here and reuse it (history scenario)."),
                                        QStringLiteral("folder"));
    const QCommandLineOption stallOption(QStringLiteral("stall-limit-ms"),
                                         QStringLiteral("Fail when the GUI thread stalls this long."),
                                         QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption drawOption(QStringLiteral("draw-limit-ms"),
                                        QStringLiteral("Fail when drawing after the store's answer takes longer."),
                                        QStringLiteral("ms"), QStringLiteral("200"));
    parser.addOptions({scenarioOption, environmentsOption, hostsOption, daysOption, monthsOption, dataOption,
                       stallOption, drawOption});
    parser.process(app);
    const QString scenario = parser.value(scenarioOption);
    if (scenario != QLatin1String("download") && scenario != QLatin1String("history")) {
        QTextStream(stderr) << "bench: --scenario is download or history\n";
        return 2;
    }
    const int environments = parser.value(environmentsOption).toInt();
    const int hosts = parser.value(hostsOption).toInt();
    const int stallLimitMs = parser.value(stallOption).toInt();
    const int drawLimitMs = parser.value(drawOption).toInt();

    QTemporaryDir dir;
    QSettings().clear();
    // Nothing from before the history to add: the bench measures what it asks for only.
    QSettings().setValue(QStringLiteral("history/earlierExportsImported"), true);
    MainWindow::Options options;
    options.keychain = false;
    options.profileFile = dir.filePath(QStringLiteral("profiles.ini"));
    options.dataFolder = parser.isSet(dataOption) ? QDir(parser.value(dataOption)).absolutePath() : dir.path();
    QTextStream out(stdout);
    if (scenario == QLatin1String("history")) {
        AppSettings settings;
        settings.dataFolder = options.dataFolder;
        QDir().mkpath(options.dataFolder);
        if (!fillHistory(historyLocation(settings), parser.value(monthsOption).toInt(), environments, hosts, out))
            return 1;
        out.flush();
    } else {
        options.demo = true;
        options.demoOptions.generator.seed = 42;
        options.demoOptions.generator.environments = environments;
        options.demoOptions.generator.hosts = hosts;
    }

    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    StallMeter meter(&window);
    QTimer::singleShot(30 * 60 * 1000, &app, [] {
        QTextStream(stderr) << "bench: no result after 30 minutes\n";
        QCoreApplication::exit(1);
    });
    return scenario == QLatin1String("history")
               ? runHistory(window, meter, stallLimitMs, drawLimitMs)
               : runDownload(window, meter, parser.value(daysOption).toInt(), stallLimitMs);
}
