// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historyservice.h>
#include <common/timeutil.h>
#include <history/historystore.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
Q_DECLARE_METATYPE(LicenseCore::PostgresProblem)

class TestHistoryService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home; // HOME of the PostgreSQL run: no ~/.pgpass in it
    // With LUE_HISTORY_TEST_BACKEND=postgresql (ctest's tst_historyservice_postgresql) the cases that say so run
    // against the server tests/postgres/pgserver.py started, each in a schema of its own.
    bool m_postgres = false;
    QJsonObject m_server;
    QString m_password;
    QString m_schema;
    int m_schemas = 0;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    HistoryLocation location() const { return historyLocationOf(path(QStringLiteral("history.sqlite"))); }
    // The location of the backend the run is for: this case's schema on the server, or a SQLite file.
    HistoryLocation backendLocation(const QString &query = QStringLiteral("sslmode=disable")) const
    {
        if (!m_postgres)
            return location();
        return {QStringLiteral("postgresql://lue@127.0.0.1:%1/lue?%2")
                        .arg(m_server.value(QStringLiteral("port")).toInt())
                        .arg(query) +
                    QStringLiteral("&options=-csearch_path%3D") + m_schema,
                path(QStringLiteral("kept"))};
    }

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
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("LUE_HISTORY_TEST_BACKEND") == QLatin1String("postgresql");
        if (!m_postgres)
            return;
        // No server is a failure, never a skip.
        QFile state(qEnvironmentVariable("LUE_TEST_POSTGRES_STATE"));
        QVERIFY2(state.open(QIODevice::ReadOnly),
                 "The PostgreSQL test server is not running (tests/postgres/pgserver.py start failed?)");
        m_server = QJsonDocument::fromJson(state.readAll()).object();
        QFile passfile(m_server.value(QStringLiteral("passfile")).toString());
        QVERIFY(passfile.open(QIODevice::ReadOnly));
        for (const QByteArray &line : passfile.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(':');
            if (fields.size() == 5 && fields.at(3) == "lue")
                m_password = QString::fromUtf8(fields.at(4));
        }
        QVERIFY(!m_password.isEmpty());
        // The window's password comes from the keychain, not from libpq's files: none is found there. PGPASSFILE
        // names a file that does not exist, and HOME a folder without .pgpass.
        QVERIFY(m_home.isValid());
        qputenv("PGPASSFILE", m_home.filePath(QStringLiteral("no-pgpass")).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qunsetenv("PGSERVICE");
        qunsetenv("PGPASSWORD");
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_server.value(QStringLiteral("port")).toInt());
        admin.setDatabaseName(QStringLiteral("lue"));
        admin.setUserName(QStringLiteral("lue"));
        admin.setPassword(m_password);
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (m_postgres) {
            m_schema = QStringLiteral("service_%1").arg(++m_schemas);
            QSqlQuery query(QSqlDatabase::database(QStringLiteral("test-admin")));
            QVERIFY2(query.exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema)),
                     qPrintable(query.lastError().text()));
        }
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

    // The window's password (from the keychain) reaches the store on its thread; with none, nor any in libpq's
    // files, the server's refusal is told apart from a wrong password.
    void opensWithTheWindowsPassword()
    {
        if (!m_postgres) {
            qInfo("Needs the PostgreSQL test server: tst_historyservice_postgresql runs it.");
            return;
        }
        HistoryService service;
        QSignalSpy opened(&service, &HistoryService::opened);
        service.open(backendLocation());
        QVERIFY(opened.wait(20000));
        QVERIFY(opened.first().first().value<Status>().isError());
        QCOMPARE(service.openProblem(), PostgresProblem::PasswordMissing);
        QVERIFY(!service.isOpen());

        opened.clear();
        service.open(backendLocation(), QStringLiteral("not-the-password"));
        QVERIFY(opened.wait(20000));
        QVERIFY(opened.first().first().value<Status>().isError());
        QCOMPARE(service.openProblem(), PostgresProblem::PasswordRefused);

        opened.clear();
        service.open(backendLocation(), m_password);
        QVERIFY(opened.wait(20000));
        const auto status = opened.first().first().value<Status>();
        QVERIFY2(!status.isError(), qPrintable(status.message()));
        QCOMPARE(service.openProblem(), PostgresProblem::None);
        QVERIFY(service.isOpen());
        QCOMPARE(ingestOk(service, exportA()).result.hoursAdded, 3);
        QSignalSpy ready(&service, &HistoryService::snapshotReady);
        service.requestSnapshot(QStringLiteral("c1"), HourRange{H0, H0 + 3 * H}, RuleSettings{});
        QVERIFY(ready.wait(20000));
        QCOMPARE(totalVisits(*ready.first().first().value<HistorySnapshot>().snapshot), 30);

        // The password is not lent to the next store opened without one.
        opened.clear();
        service.open(backendLocation(QStringLiteral("sslmode=prefer")));
        QVERIFY(opened.wait(20000));
        QCOMPARE(service.openProblem(), PostgresProblem::PasswordMissing);
    }

    void serverProblemsAreToldApart_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("portOffset");
        QTest::addColumn<QString>("password");
        QTest::addColumn<PostgresProblem>("expected");
        QTest::newRow("refused password")
            << QStringLiteral("sslmode=disable") << 0 << QStringLiteral("wrong") << PostgresProblem::PasswordRefused;
        QTest::newRow("unreachable server") << QStringLiteral("sslmode=disable&connect_timeout=3") << 1
                                            << QStringLiteral("right") << PostgresProblem::Unreachable;
        QTest::newRow("untrusted certificate") << QStringLiteral("sslmode=verify-full&sslrootcert=%1/tls/other.pem")
                                               << 0 << QStringLiteral("right") << PostgresProblem::Tls;
    }

    void serverProblemsAreToldApart()
    {
        if (!m_postgres) {
            qInfo("Needs the PostgreSQL test server: tst_historyservice_postgresql runs it.");
            return;
        }
        QFETCH(QString, query);
        QFETCH(int, portOffset);
        QFETCH(QString, password);
        QFETCH(PostgresProblem, expected);
        const HistoryLocation where{
            QStringLiteral("postgresql://lue@127.0.0.1:%1/lue?%2")
                .arg(m_server.value(QStringLiteral("port")).toInt() + portOffset)
                .arg(QString(query).replace(QStringLiteral("%1"), m_server.value(QStringLiteral("dir")).toString())),
            path(QStringLiteral("kept"))};
        HistoryService service;
        QSignalSpy opened(&service, &HistoryService::opened);
        service.open(where, password == QLatin1String("right") ? m_password : password);
        QVERIFY(opened.wait(20000));
        const auto status = opened.first().first().value<Status>();
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QCOMPARE(service.openProblem(), expected);
        QVERIFY(!service.isOpen());
    }

    // What another program commits while a read runs is not part of it: the read sees one committed state, from
    // its first query to its last (PostgreSQL: REPEATABLE READ; SQLite: one read transaction).
    void aReadSeesOneCommittedState()
    {
        HistoryService service;
        const HistoryLocation where = backendLocation();
        QSignalSpy opened(&service, &HistoryService::opened);
        service.open(where, m_password);
        QVERIFY(opened.wait(20000));
        QVERIFY2(!opened.first().first().value<Status>().isError(),
                 qPrintable(opened.first().first().value<Status>().message()));
        QCOMPARE(ingestOk(service, exportA()).result.hoursAdded, 3);
        const QString b = exportB();

        struct Seen
        {
            int clustersBefore = -1;
            int hoursBefore = -1;
            int hoursAfter = -1;
            QString otherError;
        };
        std::optional<Seen> seen;
        service.read<Seen>(
            this,
            [where, b, password = m_password](const HistoryStore &store) {
                Seen answer;
                const auto before = store.clusters();
                answer.clustersBefore = before ? int(before.value().size()) : -1;
                answer.hoursBefore = before && !before.value().isEmpty() ? before.value().first().hours : -1;
                // Another writer, on a connection of its own, commits hour 3 meanwhile.
                HistoryStore other;
                other.setPassword(password);
                const Status status = other.open(where.storePath, where.exportFolder);
                if (status.isError()) {
                    answer.otherError = status.message();
                    return answer;
                }
                const auto ingest = other.ingest(b);
                if (!ingest || ingest.value().hoursAdded != 1)
                    answer.otherError =
                        ingest ? QStringLiteral("added %1").arg(ingest.value().hoursAdded) : ingest.error().message();
                const auto after = store.clusters();
                answer.hoursAfter = after && !after.value().isEmpty() ? after.value().first().hours : -1;
                return answer;
            },
            [&seen](Seen answer) { seen = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), 20000);
        QVERIFY2(seen->otherError.isEmpty(), qPrintable(seen->otherError));
        QCOMPARE(seen->clustersBefore, 1);
        QCOMPARE(seen->hoursBefore, 3);
        QCOMPARE(seen->hoursAfter, 3);

        // The next read sees the other writer's hour.
        QSignalSpy clusters(&service, &HistoryService::clustersReady);
        service.requestClusters();
        QVERIFY(clusters.wait(20000));
        QCOMPARE(clusters.first().first().value<QList<StoredCluster>>().first().hours, 4);
    }
};

QTEST_GUILESS_MAIN(TestHistoryService)
#include "tst_historyservice.moc"
