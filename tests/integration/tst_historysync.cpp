// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historyservice.h>
#include <application/historysync.h>
#include <cluster/clusterclient.h>
#include <common/rangepreset.h>
#include <common/timeutil.h>
#include <demo/democluster.h>
#include <history/historystore.h>
#include <history/syncplan.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>

using namespace LicenseCore;

namespace {

constexpr qint64 DayMs = 24 * Time::HourMs;

DemoClusterOptions smallCluster()
{
    DemoClusterOptions options;
    options.generator.seed = 23;
    options.generator.environments = 3;
    options.generator.hosts = 8;
    options.busyRetryAfterSeconds = 1;
    return options;
}

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.initialDelayMs = 1000;
    policy.maxDelayMs = 10 * 1000;
    policy.maxTotalWaitMs = 60 * 1000;
    policy.timeScale = 0.01; // a nominal second is 10 ms
    return policy;
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

// The sync runner against the demo cluster over loopback, ingesting into a real store.
class TestHistorySync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void identifiesTheCluster();
    void identifyFailsWithTheClustersAnswer();
    void firstSyncFillsTheChunksThenNothingIsLeft();
    void forgottenExportIsFetchedAgain();
    void cancelMidChunkKeepsTheStoreConsistent();
    void busyClusterIsWaitedOut();
    void failedDownloadKeepsTheChunksBefore();
    void ingestOnAnotherThread();
    void chunkWithoutHoursIsPassedOver();
    void failedIngestStops();
    void oneSyncPerHistory();
    void windowSyncStoresTheEnvironments();
    void environmentsThatCannotBeReadDoNotFailTheSync();

private:
    std::unique_ptr<DemoCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClusterClient> m_client;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistorySync> m_sync;
    QDateTime m_now; // one moment for every plan of a test, so an hour passing cannot add a chunk

    [[nodiscard]] QString storePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    [[nodiscard]] QString exportFolder() const { return m_dir->filePath(QStringLiteral("history-exports")); }
    [[nodiscard]] qint64 end() const { return latestExportableEnd(m_now); }

    QList<HourRange> plan(std::optional<qint64> sinceMs, int chunkDays)
    {
        SyncPlanInput input;
        input.extent = m_store->extent(m_cluster->clusterUuid()).value();
        input.gaps = m_store->gaps(m_cluster->clusterUuid()).value();
        input.now = m_now;
        input.sinceMs = sinceMs;
        input.chunkDays = chunkDays;
        return planSync(input);
    }

    SyncResult run(HistorySync &sync, const QList<HourRange> &chunks)
    {
        QSignalSpy finished(&sync, &HistorySync::finished);
        sync.start(chunks);
        if (!finished.wait(60000)) {
            SyncResult timedOut;
            timedOut.status = SyncResult::Status::DownloadFailed;
            timedOut.outcome = {RequestStatus::LocalError, QStringLiteral("The sync did not finish in time.")};
            return timedOut;
        }
        return finished.at(0).at(0).value<SyncResult>();
    }

    // The store passes SQLite's own check, and every export it lists stands for each of its hours (no export is
    // half in), with its kept copy present.
    void verifyConsistent()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        const QList<StoredExport> exports = m_store->exports().value();
        for (const StoredExport &stored : exports) {
            QVERIFY(stored.hours > 0);
            QCOMPARE(stored.hoursStanding, stored.hours);
            QVERIFY(QFile::exists(m_store->keptCopyPath(stored.sha256)));
        }
        QCOMPARE(filesIn(HistorySync::incomingFolder(exportFolder())), QStringList());
    }
};

void TestHistorySync::init()
{
    m_cluster = std::make_unique<DemoCluster>(smallCluster());
    QVERIFY(!m_cluster->listen().isError());
    m_dir = std::make_unique<QTemporaryDir>();
    ClusterProfile profile;
    profile.name = QStringLiteral("demo");
    profile.baseUrl = m_cluster->url();
    profile.proxyMode = ProxyMode::None;
    profile.stallTimeoutSeconds = 10;
    m_client = std::make_unique<ClusterClient>(profile, DemoCluster::demoToken());
    m_client->setRetryPolicy(fastRetries());
    m_store = std::make_unique<HistoryStore>();
    const Status opened = m_store->open(storePath(), exportFolder());
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    m_sync = std::make_unique<HistorySync>(
        m_client.get(), exportFolder(),
        [this](const QString &path, const HistorySync::IngestDone &done) { done(m_store->ingest(path)); });
    m_now = QDateTime::currentDateTimeUtc();
}

void TestHistorySync::cleanup()
{
    m_sync.reset();
    m_client.reset();
    m_store.reset();
    m_cluster.reset();
    m_dir.reset();
}

void TestHistorySync::identifiesTheCluster()
{
    QSignalSpy identified(m_sync.get(), &HistorySync::identified);
    QSignalSpy finished(m_sync.get(), &HistorySync::finished);
    m_sync->identify(m_now);
    QVERIFY(identified.wait(20000));
    QCOMPARE(identified.at(0).at(0).toString(), m_cluster->clusterUuid());
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_sync->isRunning());
    // The newest hour the cluster exports, and nothing else.
    const QList<DemoRequestRecord> requests = m_cluster->requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.at(0).path.endsWith(QLatin1String("/license/consumption/hour")));
    QCOMPARE(requests.at(0).query.queryItemValue(QStringLiteral("startTs")), QString::number(end() - Time::HourMs));
}

void TestHistorySync::identifyFailsWithTheClustersAnswer()
{
    ClusterClient client(m_client->profile(), DemoCluster::tokenWithoutScope());
    HistorySync sync(&client, exportFolder(), [](const QString &, const HistorySync::IngestDone &) {});
    QSignalSpy identified(&sync, &HistorySync::identified);
    QSignalSpy finished(&sync, &HistorySync::finished);
    sync.identify(m_now);
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<SyncResult>();
    QCOMPARE(result.status, SyncResult::Status::DownloadFailed);
    QCOMPARE(result.outcome.httpStatus, 403);
    QVERIFY(!result.errorText().isEmpty());
    QCOMPARE(identified.size(), 0);
    QVERIFY(!sync.isRunning());
}

void TestHistorySync::firstSyncFillsTheChunksThenNothingIsLeft()
{
    const qint64 since = end() - 10 * DayMs;
    const QList<HourRange> chunks = plan(since, 3);
    QCOMPARE(chunks.size(), 4); // 3 + 3 + 3 + 1 days
    // What a killed sync left behind goes when the next one starts.
    const QString incoming = HistorySync::incomingFolder(exportFolder());
    QVERIFY(QDir().mkpath(incoming));
    for (const QString &name : {QStringLiteral("export-Ab12Cd.part"), QStringLiteral("license-export_x_y_z.zip")}) {
        QFile leftover(QDir(incoming).filePath(name));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
    }

    QSignalSpy started(m_sync.get(), &HistorySync::chunkStarted);
    QSignalSpy chunkFinished(m_sync.get(), &HistorySync::chunkFinished);
    QSignalSpy progress(m_sync.get(), &HistorySync::progress);
    const SyncResult result = run(*m_sync, chunks);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.chunks, 4);
    QCOMPARE(result.chunksIngested, 4);
    QCOMPARE(result.hoursAdded, 240);
    QCOMPARE(result.hoursReplaced, 0);
    QVERIFY(result.bytes > 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(started.size(), 4);
    QCOMPARE(chunkFinished.size(), 4);
    const QList<int> hours{72, 72, 72, 24};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(started.at(i).at(0).toInt(), i);
        QCOMPARE(started.at(i).at(1).toInt(), 4);
        QCOMPARE(started.at(i).at(2).value<HourRange>(), chunks.at(i));
        const auto report = chunkFinished.at(i).at(0).value<SyncChunkReport>();
        QCOMPARE(report.index, i);
        QCOMPARE(report.range, chunks.at(i));
        QCOMPARE(report.ingest.hoursAdded, hours.at(i));
        QVERIFY(report.bytes > 0);
    }
    QCOMPARE(m_store->extent(m_cluster->clusterUuid()).value(), std::optional(HourRange{since, end()}));
    QVERIFY(m_store->gaps(m_cluster->clusterUuid()).value().isEmpty());
    QCOMPARE(m_store->exports().value().size(), 4);
    verifyConsistent();

    // The second sync has nothing to do, with --since or without, and asks the cluster nothing.
    QVERIFY(plan(since, 3).isEmpty());
    QVERIFY(plan(std::nullopt, 3).isEmpty());
    m_cluster->clearRequests();
    const SyncResult again = run(*m_sync, {});
    QVERIFY(again.ok());
    QCOMPARE(again.chunks, 0);
    QCOMPARE(again.chunksIngested, 0);
    QVERIFY(m_cluster->requests().isEmpty());
}

void TestHistorySync::forgottenExportIsFetchedAgain()
{
    const QList<HourRange> chunks = plan(end() - 6 * DayMs, 2);
    QCOMPARE(chunks.size(), 3);
    QVERIFY(run(*m_sync, chunks).ok());
    const QList<StoredExport> exports = m_store->exports().value();
    QCOMPARE(exports.size(), 3);

    // Forgetting the middle export leaves its hours as a gap, and the next plan is that gap.
    QVERIFY(!m_store->forget(exports.at(1).id).isError());
    QCOMPARE(m_store->gaps(m_cluster->clusterUuid()).value(), QList<HourRange>{chunks.at(1)});
    const QList<HourRange> refill = plan(std::nullopt, 2);
    QCOMPARE(refill, QList<HourRange>{chunks.at(1)});
    m_cluster->clearRequests();
    const SyncResult result = run(*m_sync, refill);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.hoursAdded, 48);
    QVERIFY(m_store->gaps(m_cluster->clusterUuid()).value().isEmpty());
    QCOMPARE(m_cluster->requests().size(), 1);
    QCOMPARE(m_cluster->requests().at(0).query.queryItemValue(QStringLiteral("startTs")),
             QString::number(chunks.at(1).fromMs));
    QCOMPARE(m_cluster->requests().at(0).query.queryItemValue(QStringLiteral("endTs")),
             QString::number(chunks.at(1).toMs));
    verifyConsistent();
}

void TestHistorySync::cancelMidChunkKeepsTheStoreConsistent()
{
    const qint64 since = end() - 3 * DayMs;
    const QList<HourRange> chunks = plan(since, 1);
    QCOMPARE(chunks.size(), 3);
    // The first chunk comes at full speed, the second a trickle: it is cancelled half-way.
    const QString exportPath = QStringLiteral("/license/consumption");
    m_cluster->queueFault(DemoFault().forPath(exportPath));
    m_cluster->queueFault(DemoFault::trickle(256, 20).forPath(exportPath));
    bool cancelAsked = false;
    connect(m_sync.get(), &HistorySync::progress, this,
            [this, &cancelAsked](int index, int, const TransferProgress &transfer) {
                if (index != 1 || transfer.bytesReceived == 0 || cancelAsked)
                    return;
                cancelAsked = true;
                // From the event loop, as a Cancel button would: not from inside the download's own signal.
                QTimer::singleShot(0, m_sync.get(), &HistorySync::cancel);
            });
    QSignalSpy chunkFinished(m_sync.get(), &HistorySync::chunkFinished);
    const SyncResult cancelled = run(*m_sync, chunks);
    QCOMPARE(cancelled.status, SyncResult::Status::Cancelled);
    QCOMPARE(cancelled.chunksIngested, 1);
    QCOMPARE(chunkFinished.size(), 1);
    disconnect(m_sync.get(), &HistorySync::progress, this, nullptr);
    QCOMPARE(m_store->exports().value().size(), 1);
    QCOMPARE(m_store->extent(m_cluster->clusterUuid()).value(), std::optional(chunks.at(0)));
    verifyConsistent();

    // The next sync starts where this one stopped and completes the range.
    m_cluster->clearFaults();
    const QList<HourRange> rest = plan(since, 1);
    QCOMPARE(rest, chunks.mid(1));
    const SyncResult completed = run(*m_sync, rest);
    QVERIFY2(completed.ok(), qPrintable(completed.errorText()));
    QCOMPARE(completed.hoursAdded, 48);
    QCOMPARE(m_store->extent(m_cluster->clusterUuid()).value(), std::optional(HourRange{since, end()}));
    QVERIFY(m_store->gaps(m_cluster->clusterUuid()).value().isEmpty());
    verifyConsistent();
}

void TestHistorySync::busyClusterIsWaitedOut()
{
    m_cluster->queueFault(DemoFault::httpStatus(429, "1").forPath(QStringLiteral("/license/consumption")));
    QSignalSpy retrying(m_sync.get(), &HistorySync::retrying);
    const SyncResult result = run(*m_sync, plan(end() - DayMs, 7));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.hoursAdded, 24);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 1); // the cluster's Retry-After
    verifyConsistent();
}

void TestHistorySync::failedDownloadKeepsTheChunksBefore()
{
    const QString exportPath = QStringLiteral("/license/consumption");
    m_cluster->queueFault(DemoFault().forPath(exportPath));
    m_cluster->queueFault(DemoFault::drop(500).forPath(exportPath));
    const QList<HourRange> chunks = plan(end() - 2 * DayMs, 1);
    const SyncResult result = run(*m_sync, chunks);
    QCOMPARE(result.status, SyncResult::Status::DownloadFailed);
    QCOMPARE(result.outcome.status, RequestStatus::NetworkError);
    QVERIFY(!result.errorText().isEmpty());
    QCOMPARE(result.chunksIngested, 1);
    QCOMPARE(m_store->extent(m_cluster->clusterUuid()).value(), std::optional(chunks.at(0)));
    verifyConsistent();
}

void TestHistorySync::ingestOnAnotherThread()
{
    // As the window will do it: the store lives on a worker thread, and `done` is called there.
    QList<QThread *> workers;
    QList<QThread *> deliveredOn;
    HistorySync sync(
        m_client.get(), exportFolder(),
        [&, store = storePath(), folder = exportFolder()](const QString &path, const HistorySync::IngestDone &done) {
            QThread *worker = QThread::create([=] {
                HistoryStore threadStore;
                const Status opened = threadStore.open(store, folder);
                if (opened.isError()) {
                    done(opened);
                    return;
                }
                QThread::msleep(50); // the file must stay until `done`
                done(threadStore.ingest(path));
            });
            workers.append(worker);
            worker->start();
        });
    connect(&sync, &HistorySync::chunkFinished, this,
            [&deliveredOn](const SyncChunkReport &) { deliveredOn.append(QThread::currentThread()); });
    const SyncResult result = run(sync, plan(end() - 2 * DayMs, 1));
    for (QThread *worker : std::as_const(workers)) {
        QVERIFY(worker->wait(10000));
        delete worker;
    }
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.hoursAdded, 48);
    QCOMPARE(workers.size(), 2);
    QCOMPARE(deliveredOn, (QList<QThread *>{QThread::currentThread(), QThread::currentThread()}));
    verifyConsistent();
}

void TestHistorySync::chunkWithoutHoursIsPassedOver()
{
    // A cluster that was down for a chunk's range exports no hourly file for it: nothing to keep, and no reason
    // to stop. (The demo cluster has every hour, so the store's answer is played here.)
    int calls = 0;
    HistorySync sync(m_client.get(), exportFolder(), [&](const QString &path, const HistorySync::IngestDone &done) {
        if (calls++ == 0)
            done(Error{ErrorCode::NoUsageData, QStringLiteral("The export contains no hourly usage files."), path});
        else
            done(m_store->ingest(path));
    });
    QSignalSpy chunkFinished(&sync, &HistorySync::chunkFinished);
    const QList<HourRange> chunks = plan(end() - 2 * DayMs, 1);
    const SyncResult result = run(sync, chunks);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.chunksIngested, 2);
    QCOMPARE(result.hoursAdded, 24);
    QCOMPARE(chunkFinished.size(), 2);
    QVERIFY(chunkFinished.at(0).at(0).value<SyncChunkReport>().noData);
    QVERIFY(!chunkFinished.at(1).at(0).value<SyncChunkReport>().noData);
    QCOMPARE(m_store->extent(m_cluster->clusterUuid()).value(), std::optional(chunks.at(1)));
    verifyConsistent();
}

void TestHistorySync::failedIngestStops()
{
    HistorySync sync(m_client.get(), exportFolder(), [](const QString &path, const HistorySync::IngestDone &done) {
        done(Error{ErrorCode::InvalidSchema, QStringLiteral("Not an hourly file."), path});
    });
    QSignalSpy started(&sync, &HistorySync::chunkStarted);
    const SyncResult result = run(sync, plan(end() - 2 * DayMs, 1));
    QCOMPARE(result.status, SyncResult::Status::IngestFailed);
    QCOMPARE(result.error.code, ErrorCode::InvalidSchema);
    QVERIFY(result.errorText().contains(QStringLiteral("Not an hourly file.")));
    QCOMPARE(result.chunksIngested, 0);
    QCOMPARE(started.size(), 1); // the second chunk is not asked for
    QVERIFY(m_store->exports().value().isEmpty());
    verifyConsistent();
}

void TestHistorySync::oneSyncPerHistory()
{
    // A second runner on the same history (another window, cron) is told, and the first one is not disturbed.
    m_cluster->queueFault(DemoFault::trickle(256, 10).forPath(QStringLiteral("/license/consumption")));
    QSignalSpy firstProgress(m_sync.get(), &HistorySync::progress);
    QSignalSpy firstFinished(m_sync.get(), &HistorySync::finished);
    const QList<HourRange> chunks = plan(end() - DayMs, 1);
    m_sync->start(chunks);
    QVERIFY(firstProgress.wait(20000));

    ClusterClient otherClient(m_client->profile(), DemoCluster::demoToken());
    HistorySync other(&otherClient, exportFolder(),
                      [](const QString &, const HistorySync::IngestDone &done) { done(IngestResult{}); });
    const SyncResult refused = run(other, chunks);
    QCOMPARE(refused.status, SyncResult::Status::DownloadFailed);
    QCOMPARE(refused.outcome.status, RequestStatus::Busy);
    QVERIFY(refused.errorText().contains(QStringLiteral("Another sync")));

    QVERIFY(firstFinished.wait(60000));
    const auto result = firstFinished.at(0).at(0).value<SyncResult>();
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    verifyConsistent();
}

void TestHistorySync::windowSyncStoresTheEnvironments()
{
    // As the window runs it: ingests and environments go through the history service, on its thread.
    m_store.reset();
    HistoryService service;
    QSignalSpy opened(&service, &HistoryService::opened);
    service.open({storePath(), exportFolder()});
    QVERIFY(opened.wait(10000));
    QVERIFY(service.isOpen());
    HistorySync sync(m_client.get(), exportFolder(), service.ingestHook());
    sync.setEnvironmentsHook([&service](const QString &uuid, const QList<StoredEnvironment> &list) {
        service.storeEnvironments(uuid, list);
    });
    QSignalSpy identified(&sync, &HistorySync::identified);
    QSignalSpy stored(&service, &HistoryService::environmentsStored);
    sync.identify(m_now);
    QVERIFY(identified.wait(20000));
    QCOMPARE(identified.at(0).at(0).toString(), m_cluster->clusterUuid());
    m_cluster->clearRequests();
    const SyncResult result = run(sync, {HourRange{end() - 2 * Time::HourMs, end()}});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.hoursAdded, 2);
    QCOMPARE(result.environmentsStored, 3);
    // After the hours, the cluster's /environments.
    const QList<DemoRequestRecord> requests = m_cluster->requests();
    QVERIFY(!requests.isEmpty());
    QVERIFY(requests.last().path.endsWith(QLatin1String("/environments")));
    QTRY_COMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).at(0).toString(), m_cluster->clusterUuid());

    HistoryStore store;
    QVERIFY(!store.open(storePath(), exportFolder()).isError());
    const QList<StoredEnvironment> kept = store.environments(m_cluster->clusterUuid()).value();
    const QList<GeneratedEnvironment> listed = m_cluster->environments();
    QCOMPARE(kept.size(), listed.size());
    for (const GeneratedEnvironment &environment : listed) {
        const auto found = std::find_if(kept.cbegin(), kept.cend(),
                                        [&](const StoredEnvironment &one) { return one.id == environment.id; });
        QVERIFY(found != kept.cend());
        QCOMPARE(found->name, environment.name);
        QCOMPARE(found->trial, environment.trial);
        QCOMPARE(found->tags, QStringList{QStringLiteral("demo")});
    }
}

void TestHistorySync::environmentsThatCannotBeReadDoNotFailTheSync()
{
    int calls = 0;
    m_sync->setEnvironmentsHook([&calls](const QString &, const QList<StoredEnvironment> &) { ++calls; });
    QSignalSpy identified(m_sync.get(), &HistorySync::identified);
    m_sync->identify(m_now);
    QVERIFY(identified.wait(20000));
    m_cluster->queueFault(DemoFault::httpStatus(403).forPath(QStringLiteral("/environments")));
    const SyncResult result = run(*m_sync, {HourRange{end() - Time::HourMs, end()}});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.hoursAdded, 1);
    QCOMPARE(result.environmentsStored, -1);
    QVERIFY(!result.environmentsOutcome.ok());
    QVERIFY(!result.environmentsOutcome.errorText.isEmpty());
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestHistorySync)
#include "tst_historysync.moc"
