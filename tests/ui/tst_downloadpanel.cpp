// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadpanel.h"

#include <common/timeutil.h>
#include <demo/democluster.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

// The last full day that is safely exportable (ends three hours before now).
HourRange recentDay()
{
    HourRange range;
    range.toMs = Time::floorHour(QDateTime::currentMSecsSinceEpoch()) - 3 * Time::HourMs;
    range.fromMs = range.toMs - 24 * Time::HourMs;
    return range;
}

HourRange fixedRange()
{
    HourRange range;
    range.fromMs = QDateTime::fromString(QStringLiteral("2026-03-01T00:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    range.toMs = QDateTime::fromString(QStringLiteral("2026-03-08T13:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    return range;
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

RetryPolicy retries(double timeScale)
{
    RetryPolicy policy;
    policy.initialDelayMs = 1000;
    policy.maxDelayMs = 10 * 1000;
    policy.maxTotalWaitMs = 60 * 1000;
    policy.timeScale = timeScale;
    return policy;
}

} // namespace

class TestDownloadPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fileName_data();
    void fileName();
    void downloadsAndReadsClusterDetails();
    void determinateProgressWithContentLength();
    void neverReplacesAnExistingFile();
    void refusesASecondStart();
    void shrinksToOneLineWhenDone();
    void cancel();
    void countdownWhileClusterBusy();
    void countdownWhileUpgrading();
    void serverErrorFails();
    void badTokenFails();
    void unwritableFolderFails();
    void rendersToPng();

private:
    ClusterProfile profile(const QString &name = QStringLiteral("Demo cluster")) const
    {
        ClusterProfile result;
        result.name = name;
        result.baseUrl = m_cluster->url();
        result.proxyMode = ProxyMode::None;
        result.stallTimeoutSeconds = 5;
        return result;
    }
    template<typename T> T *child(const char *name) const { return m_panel->findChild<T *>(QLatin1String(name)); }
    void grab(const QString &name);

    std::unique_ptr<DemoCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<QTemporaryDir> m_target;
    std::unique_ptr<DownloadPanel> m_panel;
    QString m_pictures;
};

void TestDownloadPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pictures = qEnvironmentVariable("LUE_SCREENSHOT_DIR");
}

void TestDownloadPanel::init()
{
    DemoClusterOptions options;
    options.generator.seed = 5;
    options.generator.environments = 4;
    options.generator.hosts = 10;
    options.busyRetryAfterSeconds = 1;
    m_cluster = std::make_unique<DemoCluster>(options);
    QVERIFY(!m_cluster->listen().isError());
    m_cache = std::make_unique<QTemporaryDir>();
    m_target = std::make_unique<QTemporaryDir>();
    m_panel = std::make_unique<DownloadPanel>();
    m_panel->setCacheDirectory(m_cache->path());
    m_panel->setRetryPolicy(retries(0.01));
    m_panel->resize(640, m_panel->sizeHint().height());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestDownloadPanel::cleanup()
{
    m_panel.reset();
    m_cluster.reset();
}

void TestDownloadPanel::grab(const QString &name)
{
    QTemporaryDir fallback;
    const QString folder = m_pictures.isEmpty() ? fallback.path() : m_pictures;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    // Layouts settle from the event loop; a picture taken right after a change would show the old geometry.
    for (int pass = 0; pass < 3; ++pass) // a nested layout's request posts its parent's
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // A top-level panel keeps its size; the main window's layout would give it the height it asks for.
    m_panel->resize(640, qMax(m_panel->sizeHint().height(), m_panel->heightForWidth(640)));
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_panel->grab().save(path));
}

void TestDownloadPanel::fileName_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Demo") << QStringLiteral("Demo_20260301T0000Z_20260308T1300Z.zip");
    QTest::newRow("spaces and separators")
        << QStringLiteral("Prod / EU: main*") << QStringLiteral("Prod_EU_main_20260301T0000Z_20260308T1300Z.zip");
    QTest::newRow("hidden and dots") << QStringLiteral("..\\..\\etc.")
                                     << QStringLiteral("etc_20260301T0000Z_20260308T1300Z.zip");
    QTest::newRow("letters beyond ASCII")
        << QStringLiteral("Köln Produktion") << QStringLiteral("Köln_Produktion_20260301T0000Z_20260308T1300Z.zip");
    QTest::newRow("empty") << QString() << QStringLiteral("cluster_20260301T0000Z_20260308T1300Z.zip");
    QTest::newRow("only symbols") << QStringLiteral("<>|?")
                                  << QStringLiteral("cluster_20260301T0000Z_20260308T1300Z.zip");
    QTest::newRow("long") << QString(200, QLatin1Char('a'))
                          << QString(64, QLatin1Char('a')) + QStringLiteral("_20260301T0000Z_20260308T1300Z.zip");
}

void TestDownloadPanel::fileName()
{
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    QCOMPARE(DownloadPanel::exportFileName(profile, fixedRange()), expected);
}

void TestDownloadPanel::downloadsAndReadsClusterDetails()
{
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QSignalSpy names(m_panel.get(), &DownloadPanel::environmentNamesReady);
    QSignalSpy license(m_panel.get(), &DownloadPanel::licenseReady);
    QSignalSpy details(m_panel.get(), &DownloadPanel::clusterDetailsFinished);
    QSignalSpy running(m_panel.get(), &DownloadPanel::runningChanged);
    QSignalSpy failed(m_panel.get(), &DownloadPanel::failed);
    const HourRange range = recentDay();
    const QString folder = m_target->filePath(QStringLiteral("exports")); // created by the panel
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), range, folder));
    QVERIFY(m_panel->isRunning());
    QVERIFY(child<QPushButton>("cancelDownloadButton")->isEnabled());

    QVERIFY(downloaded.wait(15000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    const QString path = downloaded.at(0).at(0).toString();
    QCOMPARE(QFileInfo(path).dir().absolutePath(), QDir(folder).absolutePath());
    QCOMPARE(QFileInfo(path).fileName(), DownloadPanel::exportFileName(QStringLiteral("Demo cluster"), range));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04", 4));
    const auto gotRange = downloaded.at(0).at(1).value<HourRange>();
    QCOMPARE(gotRange.fromMs, range.fromMs);
    QCOMPARE(gotRange.toMs, range.toMs);
    QCOMPARE(downloaded.at(0).at(2).value<ClusterProfile>().name, QStringLiteral("Demo cluster"));
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(running.size(), 2);
    QVERIFY(!child<QPushButton>("cancelDownloadButton")->isEnabled());
    QVERIFY(child<QLabel>("downloadMessage")->text().contains(QStringLiteral("Downloaded ")));
    QVERIFY(filesIn(m_cache->path()).isEmpty());

    QVERIFY(details.wait(10000));
    QCOMPARE(names.size(), 1);
    const auto idToName = names.at(0).at(0).value<QHash<QString, QString>>();
    const QList<GeneratedEnvironment> environments = m_cluster->environments();
    QCOMPARE(idToName.size(), environments.size());
    for (const GeneratedEnvironment &environment : environments)
        QCOMPARE(idToName.value(environment.id), environment.name);
    QCOMPARE(license.size(), 1);
    QVERIFY(license.at(0).at(0).value<ClusterLicense>().hostUnits.present);
    grab(QStringLiteral("downloadpanel-done"));
}

void TestDownloadPanel::determinateProgressWithContentLength()
{
    m_cluster->queueFault(DemoFault::contentLength().forPath(QStringLiteral("/license/consumption")));
    auto *bar = child<QProgressBar>("downloadProgress");
    bool determinateWhileRunning = false;
    connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
        if (m_panel->isRunning() && bar->maximum() > 0 && value > 0)
            determinateWhileRunning = true;
    });
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(downloaded.wait(15000));
    QVERIFY(determinateWhileRunning);
    QCOMPARE(bar->value(), bar->maximum());
    const QString details = child<QLabel>("downloadDetails")->text();
    QVERIFY2(details.contains(QStringLiteral(" in ")), qPrintable(details));
}

void TestDownloadPanel::neverReplacesAnExistingFile()
{
    const HourRange range = recentDay();
    const QString existing = m_target->filePath(DownloadPanel::exportFileName(QStringLiteral("Demo cluster"), range));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier export");
    }
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), range, m_target->path()));
    QVERIFY(downloaded.wait(15000));
    const QString path = downloaded.at(0).at(0).toString();
    QVERIFY(path.endsWith(QStringLiteral("_2.zip")));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("an earlier export"));
}

void TestDownloadPanel::refusesASecondStart()
{
    m_cluster->queueFault(DemoFault::delay(500));
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(!m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(downloaded.wait(15000));
    QCOMPARE(filesIn(m_target->path()).size(), 1);
}

void TestDownloadPanel::cancel()
{
    // A slow body, so the download is surely under way when Cancel is pressed.
    m_cluster->queueFault(DemoFault::trickle(512, 20).forPath(QStringLiteral("/license/consumption")));
    QSignalSpy progress(child<QProgressBar>("downloadProgress"), &QProgressBar::valueChanged);
    QSignalSpy cancelled(m_panel.get(), &DownloadPanel::cancelled);
    QSignalSpy failed(m_panel.get(), &DownloadPanel::failed);
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    auto *details = child<QLabel>("downloadDetails");
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QStringLiteral("received")), 10000);
    QVERIFY2(details->text().contains(QStringLiteral("elapsed")), qPrintable(details->text()));
    QCOMPARE(child<QProgressBar>("downloadProgress")->maximum(), 0); // chunked: size unknown, busy indicator
    grab(QStringLiteral("downloadpanel-running"));

    QTest::mouseClick(child<QPushButton>("cancelDownloadButton"), Qt::LeftButton);
    QTRY_COMPARE(cancelled.size(), 1); // may already have happened inside the click
    QVERIFY(failed.isEmpty());
    QVERIFY(downloaded.isEmpty());
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(filesIn(m_target->path()), QStringList());
    QCOMPARE(filesIn(m_cache->path()), QStringList());
    QVERIFY(child<QLabel>("downloadMessage")->text().contains(QStringLiteral("cancelled")));
}

void TestDownloadPanel::countdownWhileClusterBusy()
{
    // The test steps the countdown itself, so what it shows does not depend on the speed of the machine: between
    // a countdown's start and the test's steps the event loop does not run, and only from there could the retry (a
    // nominal 2 s, 200 ms here) or its answer change the countdown. The cluster is busy twice in a row.
    m_panel->setRetryPolicy(retries(0.1));
    m_panel->setCountdownTicks(DownloadPanel::CountdownTicks::Manual);
    for (int busy = 0; busy < 2; ++busy)
        m_cluster->queueFault(DemoFault::httpStatus(429, "2").forPath(QStringLiteral("/license/consumption")));
    auto *countdown = child<QLabel>("retryCountdown");
    QSignalSpy seconds(m_panel.get(), &DownloadPanel::retryCountdown);
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(seconds.wait(15000));
    QCOMPARE(seconds.size(), 1);
    QCOMPARE(seconds.at(0).at(0).toInt(), 2);
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->text(), QStringLiteral("Cluster busy exporting \u2014 retrying in 2 s"));
    QVERIFY(child<QLabel>("downloadMessage")->text().contains(QStringLiteral("Another license export")));
    grab(QStringLiteral("downloadpanel-busy"));
    m_panel->advanceCountdown();
    QCOMPARE(seconds.size(), 2);
    QCOMPARE(seconds.at(1).at(0).toInt(), 1);
    QCOMPARE(countdown->text(), QStringLiteral("Cluster busy exporting \u2014 retrying in 1 s"));

    // Nothing else steps it: the next signal is the second busy answer's countdown.
    QVERIFY(seconds.wait(15000));
    QCOMPARE(seconds.size(), 3);
    QCOMPARE(seconds.at(2).at(0).toInt(), 2);
    QCOMPARE(countdown->text(), QStringLiteral("Cluster busy exporting \u2014 retrying in 2 s"));
    m_panel->advanceCountdown();
    m_panel->advanceCountdown();
    QCOMPARE(seconds.size(), 5);
    QCOMPARE(seconds.at(4).at(0).toInt(), 0);
    QCOMPARE(countdown->text(), QStringLiteral("Cluster busy exporting \u2014 retrying now\u2026"));
    m_panel->advanceCountdown(); // at zero it stays there
    QCOMPARE(seconds.size(), 5);
    QVERIFY(countdown->isVisible());

    QVERIFY(downloaded.wait(15000));
    QVERIFY(countdown->isHidden());
    QVERIFY(child<QLabel>("downloadMessage")->text().contains(QStringLiteral("Downloaded ")));
    QCOMPARE(seconds.size(), 5);
    m_panel->advanceCountdown(); // no countdown is shown
    QCOMPARE(seconds.size(), 5);
    QCOMPARE(m_cluster->requests().at(0).status, 429);
    QCOMPARE(m_cluster->requests().at(1).status, 429);
}

void TestDownloadPanel::countdownWhileUpgrading()
{
    // Scaled time: a nominal second lasts 100 ms, for the retry and the countdown alike.
    m_panel->setRetryPolicy(retries(0.1));
    m_cluster->queueFault(DemoFault::httpStatus(556, "3").forPath(QStringLiteral("/license/consumption")));
    auto *countdown = child<QLabel>("retryCountdown");
    QStringList shown;
    connect(m_panel.get(), &DownloadPanel::retryCountdown, this,
            [&](int) { shown.append(countdown->isVisible() ? countdown->text() : QString()); });
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(downloaded.wait(15000));
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.at(0), QStringLiteral("Cluster upgrade in progress \u2014 retrying in 3 s"));
    QVERIFY(countdown->isHidden());
}

void TestDownloadPanel::shrinksToOneLineWhenDone()
{
    // While it runs: what is downloaded, the progress, Cancel and the details.
    m_cluster->queueFault(DemoFault::delay(300));
    QSignalSpy downloaded(m_panel.get(), &DownloadPanel::downloaded);
    QSignalSpy details(m_panel.get(), &DownloadPanel::clusterDetailsFinished);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(!m_panel->isCompact());
    const QList<const char *> runningOnly = {"downloadTitle", "downloadProgress", "cancelDownloadButton",
                                             "downloadDetails"};
    for (const char *name : runningOnly)
        QVERIFY2(m_panel->findChild<QWidget *>(QLatin1String(name))->isVisible(), name);
    const int runningHeight = m_panel->heightForWidth(640);

    // Done: one line says how it went, with the size and time; the rest folds away.
    QVERIFY(downloaded.wait(15000));
    QVERIFY(details.wait(10000));
    QVERIFY(m_panel->isCompact());
    for (const char *name : runningOnly)
        QVERIFY2(m_panel->findChild<QWidget *>(QLatin1String(name))->isHidden(), name);
    auto *message = child<QLabel>("downloadMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Downloaded ")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral(" in ")), qPrintable(message->text()));
    grab(QStringLiteral("downloadpanel-compact"));
    // The panel at the width of the picture: one line of text and the layout's margins.
    const int height = m_panel->heightForWidth(640);
    QVERIFY2(height < runningHeight, qPrintable(QStringLiteral("%1 %2").arg(height).arg(runningHeight)));
    QVERIFY2(height < 2 * message->fontMetrics().height() + 2 * m_panel->layout()->contentsMargins().top(),
             qPrintable(QString::number(height)));

    // The next download unfolds it again.
    m_cluster->queueFault(DemoFault::delay(300));
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(!m_panel->isCompact());
    QVERIFY(child<QPushButton>("cancelDownloadButton")->isVisible());
    QVERIFY(downloaded.wait(15000));
    QVERIFY(m_panel->isCompact());
}

void TestDownloadPanel::serverErrorFails()
{
    m_cluster->queueFault(DemoFault::httpStatus(500).forPath(QStringLiteral("/license/consumption")));
    QSignalSpy failed(m_panel.get(), &DownloadPanel::failed);
    QSignalSpy details(m_panel.get(), &DownloadPanel::clusterDetailsFinished);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), m_target->path()));
    QVERIFY(failed.wait(15000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("failed to produce")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Try again later")), qPrintable(message));
    QCOMPARE(child<QLabel>("downloadMessage")->text(), message);
    QVERIFY(child<QLabel>("downloadMessage")->isVisible());
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(filesIn(m_target->path()), QStringList());
    QVERIFY(details.isEmpty()); // no follow-up reads after a failure
    grab(QStringLiteral("downloadpanel-failed"));
}

void TestDownloadPanel::badTokenFails()
{
    const QString wrong = QStringLiteral("dt0c01.WRONGTOKEN.SECRETPART");
    QSignalSpy failed(m_panel.get(), &DownloadPanel::failed);
    QVERIFY(m_panel->start(profile(), wrong, recentDay(), m_target->path()));
    QVERIFY(failed.wait(15000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("did not accept the API token")), qPrintable(message));
    QVERIFY(!message.contains(wrong));
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(wrong));
}

void TestDownloadPanel::unwritableFolderFails()
{
    // A folder cannot be created below a plain file.
    const QString file = m_target->filePath(QStringLiteral("plain-file"));
    {
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    QSignalSpy failed(m_panel.get(), &DownloadPanel::failed);
    QVERIFY(m_panel->start(profile(), DemoCluster::demoToken(), recentDay(), file + QStringLiteral("/exports")));
    QVERIFY(failed.isEmpty()); // reported from the event loop, not from inside start()
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("cannot be created")));
    QVERIFY(m_cluster->requests().isEmpty());
}

void TestDownloadPanel::rendersToPng()
{
    grab(QStringLiteral("downloadpanel-idle"));
}

QTEST_MAIN(TestDownloadPanel)
#include "tst_downloadpanel.moc"
