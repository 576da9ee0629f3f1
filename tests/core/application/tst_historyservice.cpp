// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historyservice.h>
#include <common/timeutil.h>
#include <history/historystore.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace LicenseCore;

namespace {

constexpr qint64 H0 = 1790812800000; // 2026-10-01T00:00:00Z
constexpr qint64 H = Time::HourMs;

// One hour of `cluster` with one environment "e1" that had `visits` visits and no hosts.
QByteArray hourJson(const QString &cluster, qint64 hourMs, qint64 visits)
{
    return QStringLiteral(R"({"clusterUuid": "%1", "timeFrameStart": %2, "timeFrameEnd": %3,)"
                          R"( "environmentBillingEntries": [{"environmentUuid": "e1", "visits": %4}]})")
        .arg(cluster)
        .arg(hourMs)
        .arg(hourMs + H)
        .arg(visits)
        .toUtf8();
}

// A flat export of `cluster`, made at `madeMs`, with hours first … first + count - 1 of `visits` visits each.
void writeExport(const QString &path, const QString &cluster, qint64 madeMs, qint64 firstHourMs, int count,
                 qint64 visits)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (int i = 0; i < count; ++i) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(QStringLiteral("hour-%1.json").arg(i));
        info.dateTime = QDateTime::fromMSecsSinceEpoch(madeMs, QTimeZone::utc());
        QVERIFY(file.open(QIODevice::WriteOnly, info));
        file.write(hourJson(cluster, firstHourMs + i * H, visits));
        file.close();
    }
    zip.close();
    QCOMPARE(zip.getZipError(), 0);
}

qint64 totalVisits(const UsageSnapshot &snapshot)
{
    return snapshot.clusterTotal().visits;
}

} // namespace

Q_DECLARE_METATYPE(LicenseCore::HistoryIngest)
Q_DECLARE_METATYPE(LicenseCore::HistorySnapshot)

class TestHistoryService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    HistoryLocation location() const { return historyLocationOf(path(QStringLiteral("history.sqlite"))); }

    static void openService(HistoryService &service, const HistoryLocation &where)
    {
        QSignalSpy opened(&service, &HistoryService::opened);
        service.open(where);
        QVERIFY(opened.wait(10000));
        const auto status = opened.first().first().value<Status>();
        QVERIFY2(!status.isError(), qPrintable(status.message()));
        QVERIFY(service.isOpen());
    }

    static HistoryIngest ingestOk(HistoryService &service, const QString &file)
    {
        QSignalSpy ingested(&service, &HistoryService::ingested);
        service.ingest(file);
        if (!ingested.wait(10000))
            return {};
        return ingested.first().first().value<HistoryIngest>();
    }

    // Export A: cluster c1, hours 0 to 2, 10 visits each. Export B: c1, hours 1 to 3, made later, 100 visits each.
    QString exportA()
    {
        const QString file = path(QStringLiteral("a.zip"));
        writeExport(file, QStringLiteral("c1"), H0 + 5 * H, H0, 3, 10);
        return file;
    }
    QString exportB()
    {
        const QString file = path(QStringLiteral("b.zip"));
        writeExport(file, QStringLiteral("c1"), H0 + 6 * H, H0 + H, 3, 100);
        return file;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void ingestThenSnapshotFromTheStore()
    {
        HistoryService service;
        openService(service, location());
        const QString a = exportA();
        QSignalSpy progress(&service, &HistoryService::ingestProgress);
        QSignalSpy changed(&service, &HistoryService::changed);
        QSignalSpy ingested(&service, &HistoryService::ingested);
        service.ingest(a);
        // The call only queues the work: nothing has been answered yet.
        QCOMPARE(ingested.size(), 0);
        QCOMPARE(service.pendingRequests(), 1);
        QVERIFY(ingested.wait(10000));
        QCOMPARE(service.pendingRequests(), 0);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.first().at(1).toInt(), 1);
        QCOMPARE(progress.first().at(2).toString(), a);
        const auto ingest = ingested.first().first().value<HistoryIngest>();
        QVERIFY2(!ingest.error.isError(), qPrintable(ingest.error.message()));
        QCOMPARE(ingest.path, a);
        QCOMPARE(ingest.result.hoursAdded, 3);
        QCOMPARE(ingest.span.clusterUuid, QStringLiteral("c1"));
        QCOMPARE(ingest.span.hours, (HourRange{H0, H0 + 3 * H}));
        QCOMPARE(changed.size(), 1);

        // The same file again changes nothing, and says so.
        const HistoryIngest again = ingestOk(service, a);
        QVERIFY(again.result.alreadyKnown);
        QCOMPARE(again.span.hours, (HourRange{H0, H0 + 3 * H}));
        QCOMPARE(changed.size(), 1);

        QSignalSpy ready(&service, &HistoryService::snapshotReady);
        service.requestSnapshot(QStringLiteral("c1"), HourRange{H0, H0 + 4 * H}, RuleSettings{});
        QVERIFY(ready.wait(10000));
        const auto answer = ready.first().first().value<HistorySnapshot>();
        QCOMPARE(answer.clusterUuid, QStringLiteral("c1"));
        QCOMPARE(answer.range, (HourRange{H0, H0 + 4 * H}));
        QVERIFY(answer.snapshot);
        QCOMPARE(totalVisits(*answer.snapshot), qint64(30));
        QCOMPARE(answer.snapshot->gaps(), (QList<HourRange>{{H0 + 3 * H, H0 + 4 * H}}));
        QCOMPARE(answer.sources.size(), 1);
        QCOMPARE(answer.sources.first().stored.originalName, QStringLiteral("a.zip"));
        QCOMPARE(answer.sources.first().hoursInRange, 3);
        // The one export behind the range is kept byte for byte.
        QFile original(a);
        QFile kept(answer.singleSourceCopy);
        QVERIFY(original.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original.readAll());
        // And what its archive holds besides the hours, under its own name.
        QVERIFY(answer.singleSourceArchive.has_value());
        QCOMPARE(answer.singleSourceArchive->path, QStringLiteral("a.zip"));
        QCOMPARE(answer.singleSourceArchive->layout, ArchiveInfo::Layout::Flat);
        QCOMPARE(answer.singleSourceArchive->jsonEntryCount, 3);
    }

    void opensInAFolderNotMadeYet()
    {
        HistoryService service;
        openService(service, historyLocationOf(path(QStringLiteral("new/data/history.sqlite"))));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("new/data/history.sqlite"))));
        QVERIFY(QFileInfo(path(QStringLiteral("new/data/history-exports"))).isDir());
    }

    void progressCountsABatch()
    {
        HistoryService service;
        openService(service, location());
        const QStringList files = {exportA(), exportB(), path(QStringLiteral("missing.zip"))};
        QSignalSpy progress(&service, &HistoryService::ingestProgress);
        QSignalSpy ingested(&service, &HistoryService::ingested);
        QSignalSpy idle(&service, &HistoryService::idle);
        for (const QString &file : files)
            service.ingest(file);
        QVERIFY(idle.wait(10000));
        QCOMPARE(ingested.size(), 3);
        QCOMPARE(progress.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i);
            QCOMPARE(progress.at(i).at(1).toInt(), 3);
            QCOMPARE(progress.at(i).at(2).toString(), files.at(i));
        }
        // B is newer: it replaces hours 1 and 2 of A and adds hour 3. The missing file fails on its own.
        const auto b = ingested.at(1).first().value<HistoryIngest>();
        QCOMPARE(b.result.hoursAdded, 1);
        QCOMPARE(b.result.hoursReplaced, 2);
        const auto missing = ingested.at(2).first().value<HistoryIngest>();
        QCOMPARE(missing.error.code, ErrorCode::FileNotFound);

        // A new batch counts from zero.
        progress.clear();
        service.ingest(files.first());
        QVERIFY(idle.wait(10000));
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.first().at(1).toInt(), 1);
    }

    void latestSnapshotWins()
    {
        HistoryService service;
        openService(service, location());
        QVERIFY(!ingestOk(service, exportA()).error.isError());
        QVERIFY(!ingestOk(service, exportB()).error.isError());

        QSignalSpy ready(&service, &HistoryService::snapshotReady);
        QSignalSpy idle(&service, &HistoryService::idle);
        // Hour 0 alone (10 visits), hours 0 to 3 (10 + 3 × 100), hours 1 to 2 (2 × 100): only the last is answered.
        service.requestSnapshot(QStringLiteral("c1"), HourRange{H0, H0 + H}, RuleSettings{});
        service.requestSnapshot(QStringLiteral("c1"), HourRange{H0, H0 + 4 * H}, RuleSettings{});
        service.requestSnapshot(QStringLiteral("c1"), HourRange{H0 + H, H0 + 3 * H}, RuleSettings{});
        QVERIFY(idle.wait(10000));
        QCOMPARE(ready.size(), 1);
        const auto answer = ready.first().first().value<HistorySnapshot>();
        QCOMPARE(answer.range, (HourRange{H0 + H, H0 + 3 * H}));
        QCOMPARE(totalVisits(*answer.snapshot), qint64(200));
        QCOMPARE(answer.sources.size(), 1);
        QCOMPARE(answer.sources.first().stored.originalName, QStringLiteral("b.zip"));
        QCOMPARE(service.pendingRequests(), 0);

        // Two exports behind a range: no single copy to offer.
        service.requestSnapshot(QStringLiteral("c1"), HourRange{H0, H0 + 4 * H}, RuleSettings{});
        QVERIFY(ready.wait(10000));
        const auto both = ready.last().first().value<HistorySnapshot>();
        QCOMPARE(totalVisits(*both.snapshot), qint64(310)); // 10 + 3 × 100
        QCOMPARE(both.sources.size(), 2);
        QVERIFY(both.singleSourceCopy.isEmpty());
        QVERIFY(!both.singleSourceArchive.has_value());
    }

    void clustersGapsExportsForgetRebuild()
    {
        HistoryService service;
        openService(service, location());
        QVERIFY(!ingestOk(service, exportA()).error.isError());
        const QString other = path(QStringLiteral("other.zip"));
        writeExport(other, QStringLiteral("c2"), H0 + 9 * H, H0 + 10 * H, 1, 5);
        const QString later = path(QStringLiteral("later.zip"));
        writeExport(later, QStringLiteral("c2"), H0 + 9 * H, H0 + 13 * H, 1, 5);
        QVERIFY(!ingestOk(service, other).error.isError());
        QVERIFY(!ingestOk(service, later).error.isError());

        QSignalSpy clusters(&service, &HistoryService::clustersReady);
        service.requestClusters();
        QVERIFY(clusters.wait(10000));
        const auto list = clusters.first().first().value<QList<StoredCluster>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).uuid, QStringLiteral("c1"));
        QCOMPARE(list.at(0).extent, (HourRange{H0, H0 + 3 * H}));
        QCOMPARE(list.at(1).uuid, QStringLiteral("c2"));
        QCOMPARE(list.at(1).extent, (HourRange{H0 + 10 * H, H0 + 14 * H}));

        QSignalSpy gaps(&service, &HistoryService::gapsReady);
        service.requestGaps(QStringLiteral("c2"));
        QVERIFY(gaps.wait(10000));
        QCOMPARE(gaps.first().at(0).toString(), QStringLiteral("c2"));
        QCOMPARE(gaps.first().at(1).value<QList<HourRange>>(), (QList<HourRange>{{H0 + 11 * H, H0 + 13 * H}}));

        QSignalSpy exports(&service, &HistoryService::exportsReady);
        service.requestExports();
        QVERIFY(exports.wait(10000));
        const auto held = exports.first().first().value<QList<StoredExport>>();
        QCOMPARE(held.size(), 3);

        QSignalSpy forgotten(&service, &HistoryService::forgotten);
        QSignalSpy changed(&service, &HistoryService::changed);
        service.forget(held.last().id);
        QVERIFY(forgotten.wait(10000));
        QCOMPARE(forgotten.first().at(0).toLongLong(), held.last().id);
        QVERIFY(!forgotten.first().at(1).value<Status>().isError());
        QCOMPARE(changed.size(), 1);

        QSignalSpy rebuilt(&service, &HistoryService::rebuilt);
        service.rebuild();
        QVERIFY(rebuilt.wait(10000));
        QVERIFY(!rebuilt.first().first().value<Status>().isError());
        QCOMPARE(changed.size(), 2);
        service.requestClusters();
        QVERIFY(clusters.wait(10000));
        QCOMPARE(clusters.last().first().value<QList<StoredCluster>>().at(1).extent,
                 (HourRange{H0 + 10 * H, H0 + 11 * H}));
    }

    void ingestLogAndCoverage()
    {
        HistoryService service;
        openService(service, location());
        QVERIFY(!ingestOk(service, exportA()).error.isError());
        QVERIFY(!ingestOk(service, exportB()).error.isError());
        const QString later = path(QStringLiteral("later.zip"));
        writeExport(later, QStringLiteral("c1"), H0 + 9 * H, H0 + 6 * H, 2, 5);
        QVERIFY(!ingestOk(service, later).error.isError());

        QSignalSpy log(&service, &HistoryService::ingestLogReady);
        service.requestIngestLog();
        QVERIFY(log.wait(10000));
        const auto events = log.first().first().value<QList<IngestEvent>>();
        // Newest first: later.zip added hours 6 and 7; b.zip replaced hours 1 and 2 and added hour 3; a.zip added 3.
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).originalName, QStringLiteral("later.zip"));
        QCOMPARE(events.at(0).hoursAdded, 2);
        QCOMPARE(events.at(1).originalName, QStringLiteral("b.zip"));
        QCOMPARE(events.at(1).hoursAdded, 1);
        QCOMPARE(events.at(1).hoursReplaced, 2);
        QCOMPARE(events.at(1).replacedRange, (HourRange{H0 + H, H0 + 3 * H}));
        QCOMPARE(events.at(2).originalName, QStringLiteral("a.zip"));
        QCOMPARE(events.at(2).hoursAdded, 3);

        QSignalSpy coverage(&service, &HistoryService::coverageReady);
        service.requestCoverage(QStringLiteral("c1"));
        service.requestCoverage(QStringLiteral("unknown"));
        QTRY_COMPARE_WITH_TIMEOUT(coverage.size(), 2, 10000);
        QCOMPARE(coverage.at(0).at(0).toString(), QStringLiteral("c1"));
        QCOMPARE(coverage.at(0).at(1).value<std::optional<HourRange>>(), std::optional(HourRange{H0, H0 + 8 * H}));
        QCOMPARE(coverage.at(0).at(2).value<QList<HourRange>>(), (QList<HourRange>{{H0 + 4 * H, H0 + 6 * H}}));
        QCOMPARE(coverage.at(1).at(0).toString(), QStringLiteral("unknown"));
        QVERIFY(!coverage.at(1).at(1).value<std::optional<HourRange>>().has_value());
        QVERIFY(coverage.at(1).at(2).value<QList<HourRange>>().isEmpty());
    }

    void ingestHookCallsBack()
    {
        auto service = std::make_unique<HistoryService>();
        openService(*service, location());
        const HistoryService::IngestHook hook = service->ingestHook();
        std::optional<Result<IngestResult>> got;
        hook(exportA(), [&](const Result<IngestResult> &result) { got = result; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(got->ok());
        QCOMPARE(got->value().hoursAdded, 3);

        // Once the service is gone, the hook says so at once instead of never calling back.
        service.reset();
        std::optional<Result<IngestResult>> late;
        hook(exportB(), [&](const Result<IngestResult> &result) { late = result; });
        QVERIFY(late.has_value());
        QCOMPARE(late->error().code, ErrorCode::Cancelled);
    }

    void callbackOfAContextThatIsGoneIsNotCalled()
    {
        HistoryService service;
        openService(service, location());
        auto context = std::make_unique<QObject>();
        bool called = false;
        QSignalSpy ingested(&service, &HistoryService::ingested);
        service.ingest(exportA(), context.get(), [&](const Result<IngestResult> &) { called = true; });
        context.reset();
        QVERIFY(ingested.wait(10000));
        QVERIFY(!called);
    }

    void readRunsAfterEarlierIngestsOffTheCallingThread()
    {
        HistoryService service;
        openService(service, location());
        service.ingest(exportA());
        service.ingest(exportB());
        // Asked for right after the ingests, without waiting: the read sees both (hours 0 to 3).
        const QThread *caller = QThread::currentThread();
        std::optional<std::pair<int, bool>> got;
        service.read<std::pair<int, bool>>(
            this,
            [caller](const HistoryStore &store) {
                const auto extent = store.extent(QStringLiteral("c1"));
                const int hours = extent && extent.value() ? extent.value()->hours() : -1;
                return std::pair{hours, QThread::currentThread() != caller};
            },
            [&](std::pair<int, bool> answer) { got = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QCOMPARE(got->first, 4);
        QVERIFY(got->second);

        // A context gone before the answer arrives is not called.
        auto context = std::make_unique<QObject>();
        bool called = false;
        service.read<int>(
            context.get(), [](const HistoryStore &) { return 1; }, [&](int) { called = true; });
        context.reset();
        QSignalSpy idle(&service, &HistoryService::idle);
        QVERIFY(idle.wait(10000));
        QVERIFY(!called);
    }

    void theStoreIsUsedOffTheCallingThread()
    {
        HistoryService service;
        const QStringList before = QSqlDatabase::connectionNames();
        openService(service, location());
        QVERIFY(!ingestOk(service, exportA()).error.isError());
        QStringList added = QSqlDatabase::connectionNames();
        for (const QString &name : before)
            added.removeAll(name);
        QCOMPARE(added.size(), 1);
        // Qt refuses a connection to any thread but the one that made it: the store's belongs to the worker.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not belong to the calling thread")));
        QVERIFY(!QSqlDatabase::database(added.first(), false).isValid());
    }

    void unusableStoreIsReported()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        {
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(QByteArray(4096, 'x'));
        }
        HistoryService service;
        QSignalSpy opened(&service, &HistoryService::opened);
        service.open(historyLocationOf(file));
        QVERIFY(opened.wait(10000));
        const auto status = opened.first().first().value<Status>();
        QVERIFY(status.isError());
        QVERIFY2(status.message().contains(QStringLiteral("damaged.sqlite")), qPrintable(status.message()));
        QVERIFY(!service.isOpen());

        // Requests still get an answer, as a failure.
        QSignalSpy failed(&service, &HistoryService::failed);
        service.requestSnapshot({}, HourRange{H0, H0 + H}, RuleSettings{});
        QVERIFY(failed.wait(10000));
        const HistoryIngest ingest = ingestOk(service, exportA());
        QVERIFY(ingest.error.isError());

        // Another location opens fine afterwards.
        openService(service, location());
    }

    void deletedWhileBusyDropsTheRest()
    {
        auto service = std::make_unique<HistoryService>();
        service->open(location());
        for (int i = 0; i < 20; ++i)
            service->requestClusters();
        QSignalSpy clusters(service.get(), &HistoryService::clustersReady);
        service.reset(); // waits for the running request only
        QVERIFY(clusters.isEmpty());
    }

    // A sync run from cron writes through a connection of its own: the window's service notices the commit and
    // says the store changed, while its own writes are announced once, by the request that made them.
    void anotherWriterIsNoticed()
    {
        HistoryService service;
        openService(service, location());
        QSignalSpy changed(&service, &HistoryService::changed);
        service.watchOtherWriters(20);
        QTest::qWait(200); // the first look only learns the version
        QCOMPARE(changed.count(), 0);

        HistoryStore other;
        QVERIFY(!other.open(location().storePath, location().exportFolder).isError());
        QVERIFY(other.ingest(exportA()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(changed.count(), 1);

        // Its own ingest: one changed() from the ingest, none from the watch.
        changed.clear();
        QVERIFY(ingestOk(service, exportB()).result.hoursAdded == 1);
        QTest::qWait(200);
        QCOMPARE(changed.count(), 1);

        service.watchOtherWriters(0);
        QVERIFY(other.ingest(path(QStringLiteral("a.zip"))).ok()); // known already: no commit
        changed.clear();
        QVERIFY(!other.forget(other.exports().value().constFirst().id).isError());
        QTest::qWait(200);
        QCOMPARE(changed.count(), 0);
    }

    // The window's sync hands the cluster's environments to the service: written in turn with the ingests, on the
    // store's file, and changed() only when what the views show of them differs.
    void environmentsAreStoredInTurn()
    {
        HistoryService service;
        openService(service, location());
        const QString cluster = QStringLiteral("c1");
        QList<StoredEnvironment> listed{
            {QStringLiteral("e1"), QStringLiteral("Shop"), {QStringLiteral("costcenter:web")}, false, 0},
            {QStringLiteral("e2"), QStringLiteral("Trial"), {}, true, 0}};
        QSignalSpy stored(&service, &HistoryService::environmentsStored);
        QSignalSpy changed(&service, &HistoryService::changed);
        const auto read = [&service, &cluster] {
            QList<StoredEnvironment> result;
            bool done = false;
            service.read<QList<StoredEnvironment>>(
                &service, [cluster](const HistoryStore &store) { return store.environments(cluster).value(); },
                [&](QList<StoredEnvironment> environments) {
                    result = std::move(environments);
                    done = true;
                });
            if (!QTest::qWaitFor([&done] { return done; }, 10000))
                return QList<StoredEnvironment>{{QStringLiteral("timed out"), {}, {}, false, 0}};
            for (StoredEnvironment &environment : result)
                environment.updatedMs = 0;
            return result;
        };

        service.storeEnvironments(cluster, listed);
        // Asked for after the write, read after it.
        QCOMPARE(read(), listed);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(0).toString(), cluster);
        QVERIFY(!stored.at(0).at(1).value<Status>().isError());
        QCOMPARE(changed.size(), 1);

        // The same again: written, nothing to show anew.
        service.storeEnvironments(cluster, listed);
        QVERIFY(stored.wait(10000));
        QCOMPARE(changed.size(), 1);

        // A tag changed on the cluster: the views ask again.
        listed[1].tags = {QStringLiteral("costcenter:ops")};
        service.storeEnvironments(cluster, listed);
        QVERIFY(stored.wait(10000));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(read(), listed);

        // On the file, for the next program that opens it (the command line, the next start).
        HistoryStore store;
        QVERIFY(!store.open(location().storePath, location().exportFolder).isError());
        QList<StoredEnvironment> onFile = store.environments(cluster).value();
        for (StoredEnvironment &environment : onFile) {
            QVERIFY(environment.updatedMs > 0);
            environment.updatedMs = 0;
        }
        QCOMPARE(onFile, listed);
    }
};

QTEST_GUILESS_MAIN(TestHistoryService)
#include "tst_historyservice.moc"
