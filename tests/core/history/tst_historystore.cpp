// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <demo/exportgenerator.h>
#include <history/historystore.h>
#include <history/storedvalues.h>
#include <usage/importpipeline.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <csignal>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace LicenseCore;

// The suite runs twice, once per backend (ctest tst_historystore and tst_historystore_postgresql), so every test
// runs where it applies. A test of one backend's own behaviour (a SQLite file's damage, the PostgreSQL server's TLS)
// returns at once in the other backend's run, saying so: not a skip, since the run where it applies executes it,
// and a skip fails the suite in CI.
#define NOT_FOR_THIS_BACKEND(why)                                                                                      \
    do {                                                                                                               \
        qInfo("Not for this backend: %s", why);                                                                        \
        return;                                                                                                        \
    } while (false)

namespace {

constexpr qint64 H0 = 1790812800000; // 2026-10-01T00:00:00Z
constexpr qint64 H = Time::HourMs;
constexpr qint64 GiB = 1024LL * 1024 * 1024;

struct TestHost
{
    qint64 osiId = 0;
    qint64 memoryBytes = 4 * GiB;
    qint64 activeMinutes = -1; // -1: no activity records
    bool infrastructureOnly = false;
};

struct TestEnvironment
{
    QString id;
    qint64 visits = 0;
    QList<TestHost> hosts;
    double dduMetrics = 0.0;
};

QByteArray hourJson(const QString &cluster, qint64 hourMs, const QList<TestEnvironment> &environments)
{
    QStringList entries;
    for (const TestEnvironment &environment : environments) {
        QStringList hosts;
        for (const TestHost &host : environment.hosts) {
            const QString activity =
                host.activeMinutes < 0
                    ? QString()
                    : QStringLiteral(R"(, "agentUsages": [{"agentId": 1, "agentTypeId": 1, "agentUsageRecords": )"
                                     R"([{"startTime": %1, "endTime": %2}]}])")
                          .arg(hourMs)
                          .arg(hourMs + host.activeMinutes * Time::MinuteMs);
            hosts.append(QStringLiteral(R"({"osiId": %1, "hostMemoryBytes": %2, "infrastructureOnly": %3%4})")
                             .arg(host.osiId)
                             .arg(host.memoryBytes)
                             .arg(host.infrastructureOnly ? QStringLiteral("true") : QStringLiteral("false"))
                             .arg(activity));
        }
        entries.append(QStringLiteral(R"({"environmentUuid": "%1", "visits": %2, "hostUsages": [%3],)"
                                      R"( "davisDataUnits": [{"pool": "Metrics", "total": %4}]})")
                           .arg(environment.id)
                           .arg(environment.visits)
                           .arg(hosts.join(QLatin1Char(',')))
                           .arg(environment.dduMetrics));
    }
    return QStringLiteral(R"({"clusterUuid": "%1", "timeFrameStart": %2, "timeFrameEnd": %3,)"
                          R"( "environmentBillingEntries": [%4]})")
        .arg(cluster)
        .arg(hourMs)
        .arg(hourMs + H)
        .arg(entries.join(QLatin1Char(',')))
        .toUtf8();
}

// A flat export whose entries all carry the modification time `madeMs`, as UTC fields (like the cluster writes).
void writeExport(const QString &path, qint64 madeMs, const QList<QByteArray> &hours)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    int index = 0;
    for (const QByteArray &data : hours) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(QStringLiteral("hour-%1.json").arg(index++));
        info.dateTime = QDateTime::fromMSecsSinceEpoch(madeMs, QTimeZone::utc());
        QVERIFY(file.open(QIODevice::WriteOnly, info));
        file.write(data);
        file.close();
    }
    zip.close();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// (hour, environment id) → visits, for the checks of which export stands for an hour.
QList<std::tuple<qint64, QString, qint64>> visitsByHour(const UsageSnapshot &snapshot)
{
    QList<std::tuple<qint64, QString, qint64>> rows;
    for (const UsageRow &row : snapshot.hourly())
        rows.append({row.periodStartMs, snapshot.environmentIds().at(row.environment), row.visits});
    return rows;
}

void compareRows(const UsageRow &a, const UsageRow &b)
{
    QCOMPARE(a.periodStartMs, b.periodStartMs);
    QCOMPARE(a.environment, b.environment);
    QCOMPARE(a.hoursWithData, b.hoursWithData);
    QCOMPARE(a.peakHosts, b.peakHosts);
    QCOMPARE(a.hostUnitHoursMilli, b.hostUnitHoursMilli);
    QCOMPARE(a.peakHostUnitsMilli, b.peakHostUnitsMilli);
    QCOMPARE(a.fullStackHostUnitHoursMilli, b.fullStackHostUnitHoursMilli);
    QCOMPARE(a.infrastructureHostUnitHoursMilli, b.infrastructureHostUnitHoursMilli);
    QCOMPARE(a.paasHostUnitHoursMilli, b.paasHostUnitHoursMilli);
    QCOMPARE(a.visits, b.visits);
    QCOMPARE(a.mobileSessions, b.mobileSessions);
    QCOMPARE(a.sessionReplays, b.sessionReplays);
    QCOMPARE(a.mobileSessionReplays, b.mobileSessionReplays);
    QCOMPARE(a.rumUserProperties, b.rumUserProperties);
    QCOMPARE(a.syntheticBrowserExecutions, b.syntheticBrowserExecutions);
    QCOMPARE(a.syntheticHttpExecutions, b.syntheticHttpExecutions);
    QVERIFY(a.demUnits == b.demUnits); // exactly, not fuzzily
    QVERIFY(a.dduTotal == b.dduTotal);
    QVERIFY(a.dduByPool == b.dduByPool);
    QCOMPARE(a.customMetrics, b.customMetrics);
    QCOMPARE(a.peakLogStorageBytes, b.peakLogStorageBytes);
    QCOMPARE(a.logStorageByteHours, b.logStorageByteHours);
    QCOMPARE(a.logUploadBytes, b.logUploadBytes);
    QCOMPARE(a.trial, b.trial);
}

void compareSnapshots(const UsageSnapshot &a, const UsageSnapshot &b)
{
    QCOMPARE(a.clusterUuid(), b.clusterUuid());
    QCOMPARE(a.environmentIds(), b.environmentIds());
    QCOMPARE(a.dduPools(), b.dduPools());
    QCOMPARE(a.hourly().size(), b.hourly().size());
    for (size_t i = 0; i < a.hourly().size(); ++i) {
        compareRows(a.hourly()[i], b.hourly()[i]);
        if (QTest::currentTestFailed())
            return;
    }
    compareRows(a.clusterTotal(), b.clusterTotal());
    QCOMPARE(a.hosts().size(), b.hosts().size());
    for (size_t i = 0; i < a.hosts().size(); ++i) {
        const HostSummary &x = a.hosts()[i];
        const HostSummary &y = b.hosts()[i];
        QCOMPARE(x.osiId, y.osiId);
        QCOMPARE(x.environment, y.environment);
        QCOMPARE(x.mode, y.mode);
        QCOMPARE(x.memoryBytes, y.memoryBytes);
        QCOMPARE(x.hoursSeen, y.hoursSeen);
        QCOMPARE(x.hoursCounted, y.hoursCounted);
        QCOMPARE(x.hostUnitHoursMilli, y.hostUnitHoursMilli);
        QCOMPARE(x.firstSeenMs, y.firstSeenMs);
        QCOMPARE(x.lastSeenMs, y.lastSeenMs);
    }
    QCOMPARE(a.gaps(), b.gaps());
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 0;
    // The suite runs against SQLite, and once more against PostgreSQL when LUE_HISTORY_TEST_BACKEND=postgresql
    // (ctest's tst_historystore_postgresql): then every test gets a schema of its own on the server that
    // tests/postgres/pgserver.py started, and the store's URI points at it.
    bool m_postgres = false;
    QJsonObject m_server;
    QString m_schema;
    int m_schemas = 0;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString storePath() const
    {
        if (m_postgres)
            return m_server.value(QStringLiteral("uri")).toString() + QStringLiteral("&options=-csearch_path%3D") +
                   m_schema;
        return path(QStringLiteral("history.sqlite"));
    }
    // A connection of the test's own to the store, to change it behind the store's back.
    QSqlDatabase rawStore(const QString &connection) const
    {
        if (!m_postgres) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(storePath());
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_server.value(QStringLiteral("port")).toInt());
        db.setDatabaseName(QStringLiteral("lue"));
        db.setUserName(QStringLiteral("lue"));
        db.setConnectOptions(QStringLiteral("options=-csearch_path=%1").arg(m_schema));
        return db;
    }
    QString postgresUri(const QString &query) const
    {
        return QStringLiteral("postgresql://lue@127.0.0.1:%1/lue?%2")
            .arg(m_server.value(QStringLiteral("port")).toInt())
            .arg(query);
    }
    QString keptFolder() const { return path(QStringLiteral("kept")); }

    void openStore(HistoryStore &store)
    {
        const Status status = store.open(storePath(), keptFolder());
        QVERIFY2(!status.isError(), qPrintable(status.detail));
        // Every ingest happens a minute after the one before.
        store.setClock([this] { return m_now += Time::MinuteMs; });
    }

    static IngestResult ingestOk(HistoryStore &store, const QString &file)
    {
        const Result<IngestResult> result = store.ingest(file);
        if (!result) {
            qWarning("%s", qPrintable(result.error().detail));
            return {-1, false, -1, -1, -1};
        }
        return result.value();
    }

    static UsageSnapshotPtr snapshotOk(const HistoryStore &store, const QString &cluster, HourRange range,
                                       const RuleSettings &rules = {})
    {
        Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, range, rules);
        if (!snapshot) {
            qWarning("%s", qPrintable(snapshot.error().detail));
            return std::make_shared<UsageSnapshot>();
        }
        return snapshot.value();
    }

    // Export A, made at H0 + 5 h: hours 0 to 2, environments e1 (10 visits) and e2 (20 visits).
    QString exportA()
    {
        const QString file = path(QStringLiteral("a.zip"));
        QList<QByteArray> hours;
        for (int h = 0; h < 3; ++h)
            hours.append(hourJson(QStringLiteral("c1"), H0 + h * H,
                                  {{QStringLiteral("e1"), 10, {{7}}, 1.5}, {QStringLiteral("e2"), 20, {{8}}, 0.5}}));
        writeExport(file, H0 + 5 * H, hours);
        return file;
    }

    // Export B, made at H0 + 6 h: hours 1 to 3, environment e1 only (100 visits); e2 is no longer listed.
    QString exportB()
    {
        const QString file = path(QStringLiteral("b.zip"));
        QList<QByteArray> hours;
        for (int h = 1; h < 4; ++h)
            hours.append(hourJson(QStringLiteral("c1"), H0 + h * H, {{QStringLiteral("e1"), 100, {{7}}, 2.0}}));
        writeExport(file, H0 + 6 * H, hours);
        return file;
    }

    static QList<std::tuple<qint64, QString, qint64>> expectedAThenB()
    {
        return {{H0, QStringLiteral("e1"), 10},
                {H0, QStringLiteral("e2"), 20},
                {H0 + H, QStringLiteral("e1"), 100},
                {H0 + 2 * H, QStringLiteral("e1"), 100},
                {H0 + 3 * H, QStringLiteral("e1"), 100}};
    }

    // Export X, made at H0 + 20 h: hours 0 to 5. e1: host 1 (8 GiB in hours 0-2, 16 GiB in 3-5), host 2 (32 GiB, no
    // activity records, but active only 3 minutes in hour 5), host 3 (4 GiB, active 3 minutes, 30 in hour 2), host
    // 4 (infrastructure-only, 32 GiB, hours 0-1, active 1 minute). e2: host -2 (4 GiB, no activity records).
    QString exportX()
    {
        const QString file = path(QStringLiteral("x.zip"));
        QList<QByteArray> hours;
        for (int h = 0; h < 6; ++h) {
            QList<TestHost> e1 = {
                {1, (h < 3 ? 8 : 16) * GiB}, {2, 32 * GiB, h == 5 ? 3 : -1}, {3, 4 * GiB, h == 2 ? 30 : 3}};
            if (h < 2)
                e1.append({4, 32 * GiB, 1, true});
            hours.append(hourJson(QStringLiteral("c1"), H0 + h * H,
                                  {{QStringLiteral("e1"), 1, e1, 0}, {QStringLiteral("e2"), 1, {{-2, 4 * GiB}}, 0}}));
        }
        writeExport(file, H0 + 20 * H, hours);
        return file;
    }

    // Export Y, made at H0 + 30 h: hour 4 alone, e1 only, host 1 with 64 GiB.
    QString exportY()
    {
        const QString file = path(QStringLiteral("y.zip"));
        writeExport(file, H0 + 30 * H,
                    {hourJson(QStringLiteral("c1"), H0 + 4 * H, {{QStringLiteral("e1"), 1, {{1, 64 * GiB}}, 0}})});
        return file;
    }

    // A host's figures in one line: "e1/1 6h 4.5 @5 full 16GiB 1" (host-unit hours and units in host units, the
    // last counted hour as hours after H0, or "never").
    static QString describeHost(const HostPeriod &host)
    {
        static const char *modes[] = {"full", "infra", "paas"};
        return QStringLiteral("%1/%2 %3h %4 @%5 %6 %7GiB %8")
            .arg(host.environmentId)
            .arg(host.osiId)
            .arg(host.hoursCounted)
            .arg(double(host.hostUnitHoursMilli) / 1000.0)
            .arg(host.lastCountedMs < 0 ? QStringLiteral("never") : QString::number((host.lastCountedMs - H0) / H))
            .arg(QLatin1String(modes[int(host.mode)]))
            .arg(host.memoryBytes / GiB)
            .arg(double(host.hostUnitsMilli) / 1000.0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("LUE_HISTORY_TEST_BACKEND") == QLatin1String("postgresql");
        if (!m_postgres)
            return;
        // No server is a failure, never a skip: the PostgreSQL backend would go untested.
        QFile state(qEnvironmentVariable("LUE_TEST_POSTGRES_STATE"));
        QVERIFY2(state.open(QIODevice::ReadOnly),
                 "The PostgreSQL test server is not running (tests/postgres/pgserver.py start failed?)");
        m_server = QJsonDocument::fromJson(state.readAll()).object();
        qputenv("PGPASSFILE", m_server.value(QStringLiteral("passfile")).toString().toLocal8Bit());
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_server.value(QStringLiteral("port")).toInt());
        admin.setDatabaseName(QStringLiteral("lue"));
        admin.setUserName(QStringLiteral("lue"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_now = H0 + 100 * H;
        if (m_postgres) {
            m_schema = QStringLiteral("test_%1").arg(++m_schemas);
            QSqlQuery query(QSqlDatabase::database(QStringLiteral("test-admin")));
            QVERIFY2(query.exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema)),
                     qPrintable(query.lastError().text()));
        }
    }

    void sameFileTwiceChangesNothing()
    {
        HistoryStore store;
        openStore(store);
        const QString file = exportA();
        const IngestResult first = ingestOk(store, file);
        QCOMPARE(first.alreadyKnown, false);
        QCOMPARE(first.hoursAdded, 3);
        QCOMPARE(first.hoursReplaced, 0);
        QCOMPARE(first.hoursKeptNewer, 0);

        const IngestResult second = ingestOk(store, file);
        QCOMPARE(second.alreadyKnown, true);
        QCOMPARE(second.exportId, first.exportId);
        QCOMPARE(second.hoursAdded, 0);
        QCOMPARE(second.hoursReplaced, 0);

        const QList<StoredExport> held = store.exports().value();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().originalName, QStringLiteral("a.zip"));
        QCOMPARE(held.first().clusterUuid, QStringLiteral("c1"));
        QCOMPARE(held.first().madeMs, H0 + 5 * H);
        QCOMPARE(held.first().hours, 3);
        QCOMPARE(held.first().hoursStanding, 3);
        // The kept copy is the file byte for byte, named by its SHA-256, and there is only one.
        QCOMPARE(held.first().sha256.size(), 64);
        QCOMPARE(fileBytes(store.keptCopyPath(held.first().sha256)), fileBytes(file));
        QCOMPARE(QDir(keptFolder()).entryList(QDir::Files).size(), 1);
    }

    void newerExportReplacesWholeHours()
    {
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, exportA()).hoursAdded, 3);
        const IngestResult b = ingestOk(store, exportB());
        QCOMPARE(b.hoursAdded, 1);    // hour 3
        QCOMPARE(b.hoursReplaced, 2); // hours 1 and 2
        QCOMPARE(b.hoursKeptNewer, 0);

        const UsageSnapshotPtr snapshot = snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 4 * H});
        // e2 is gone from hours 1 and 2: B stands for those hours as a whole.
        QCOMPARE(visitsByHour(*snapshot), expectedAThenB());
        QVERIFY(snapshot->gaps().isEmpty());
        // Host 7: 4 GiB full-stack, no activity records, so counted at 0.25 host units in each of the 4 hours.
        QCOMPARE(snapshot->clusterTotal().hostUnitHoursMilli, 4 * 250 + 250); // + host 8 in hour 0
        // DDUs: hour 0 from A (1.5 + 0.5), hours 1 to 3 from B (2.0 each).
        QCOMPARE(snapshot->clusterTotal().dduTotal, 2.0 + 3 * 2.0);
    }

    void olderExportAfterNewerChangesNothing()
    {
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, exportB()).hoursAdded, 3);
        const IngestResult a = ingestOk(store, exportA());
        QCOMPARE(a.alreadyKnown, false);
        QCOMPARE(a.hoursAdded, 1);    // hour 0
        QCOMPARE(a.hoursReplaced, 0); // B is newer for hours 1 and 2
        QCOMPARE(a.hoursKeptNewer, 2);
        QCOMPARE(visitsByHour(*snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 4 * H})), expectedAThenB());
    }

    void tieOnMadeTimeGoesToTheLaterIngest_data()
    {
        QTest::addColumn<bool>("firstIsX");
        QTest::addColumn<qint64>("expectedVisits");
        QTest::newRow("x then y") << true << qint64(2);
        QTest::newRow("y then x") << false << qint64(1);
    }

    void tieOnMadeTimeGoesToTheLaterIngest()
    {
        QFETCH(bool, firstIsX);
        QFETCH(qint64, expectedVisits);
        const QString x = path(QStringLiteral("x.zip"));
        const QString y = path(QStringLiteral("y.zip"));
        writeExport(x, H0 + 5 * H, {hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 1, {}}})});
        writeExport(y, H0 + 5 * H, {hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 2, {}}})});
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, firstIsX ? x : y).hoursAdded, 1);
        const IngestResult second = ingestOk(store, firstIsX ? y : x);
        QCOMPARE(second.hoursReplaced, 1);
        QCOMPARE(second.hoursKeptNewer, 0);
        const UsageSnapshotPtr snapshot = snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + H});
        QCOMPARE(snapshot->hourly().size(), size_t(1));
        QCOMPARE(snapshot->hourly().front().visits, expectedVisits);
    }

    void singleJsonFileIsDatedByItsModificationTime()
    {
        const QString file = path(QStringLiteral("hour.json"));
        {
            QFile json(file);
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 4, {}}}));
            json.close();
            // Set on a file opened again, so no pending write moves the time afterwards.
            QVERIFY(json.open(QIODevice::Append));
            QVERIFY(json.setFileTime(QDateTime::fromMSecsSinceEpoch(H0 + 7 * H, QTimeZone::utc()),
                                     QFileDevice::FileModificationTime));
        }
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, exportA()).hoursAdded, 3);
        // Made after A (H0 + 5 h): it stands for hour 0.
        QCOMPARE(ingestOk(store, file).hoursReplaced, 1);
        QCOMPARE(store.exports().value().last().madeMs, H0 + 7 * H);
        QCOMPARE(snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + H})->hourly().front().visits, qint64(4));
    }

    void twoClustersSideBySide()
    {
        const QString one = path(QStringLiteral("one.zip"));
        const QString two = path(QStringLiteral("two.zip"));
        writeExport(one, H0 + 5 * H, {hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 1, {}}})});
        writeExport(two, H0 + 9 * H, {hourJson(QStringLiteral("c2"), H0, {{QStringLiteral("f1"), 2, {}}})});
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, one).hoursAdded, 1);
        const IngestResult second = ingestOk(store, two);
        QCOMPARE(second.hoursAdded, 1); // another cluster's hour is another unit
        QCOMPARE(second.hoursReplaced, 0);

        const HourRange range{H0, H0 + H};
        QCOMPARE(visitsByHour(*snapshotOk(store, QStringLiteral("c1"), range)),
                 (QList<std::tuple<qint64, QString, qint64>>{{H0, QStringLiteral("e1"), 1}}));
        QCOMPARE(visitsByHour(*snapshotOk(store, QStringLiteral("c2"), range)),
                 (QList<std::tuple<qint64, QString, qint64>>{{H0, QStringLiteral("f1"), 2}}));
        QCOMPARE(
            visitsByHour(*snapshotOk(store, QString(), range)),
            (QList<std::tuple<qint64, QString, qint64>>{{H0, QStringLiteral("e1"), 1}, {H0, QStringLiteral("f1"), 2}}));
    }

    void gapsBetweenFirstAndLastHour()
    {
        const QString sparse = path(QStringLiteral("sparse.zip"));
        const QString filler = path(QStringLiteral("filler.zip"));
        writeExport(sparse, H0 + 9 * H,
                    {hourJson(QStringLiteral("c1"), H0, {}), hourJson(QStringLiteral("c1"), H0 + H, {}),
                     hourJson(QStringLiteral("c1"), H0 + 4 * H, {}), hourJson(QStringLiteral("c1"), H0 + 6 * H, {})});
        writeExport(filler, H0 + 9 * H, {hourJson(QStringLiteral("c1"), H0 + 2 * H, {})});
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, sparse).hoursAdded, 4);
        // An export's range spans its first to its last hour, the hours it lacks included.
        QCOMPARE(store.exports().value().first().range, (HourRange{H0, H0 + 7 * H}));
        QCOMPARE(store.gaps(QStringLiteral("c1")).value(),
                 (QList<HourRange>{{H0 + 2 * H, H0 + 4 * H}, {H0 + 5 * H, H0 + 6 * H}}));
        QCOMPARE(ingestOk(store, filler).hoursAdded, 1);
        QCOMPARE(store.exports().value().last().range, (HourRange{H0 + 2 * H, H0 + 3 * H}));
        QCOMPARE(store.gaps(QStringLiteral("c1")).value(),
                 (QList<HourRange>{{H0 + 3 * H, H0 + 4 * H}, {H0 + 5 * H, H0 + 6 * H}}));
        QVERIFY(store.gaps(QStringLiteral("unknown")).value().isEmpty());
        // The snapshot's gaps are those of the range asked for.
        QCOMPARE(snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 8 * H})->gaps(),
                 (QList<HourRange>{{H0 + 3 * H, H0 + 4 * H}, {H0 + 5 * H, H0 + 6 * H}, {H0 + 7 * H, H0 + 8 * H}}));
    }

    void forgetHandsHoursBack()
    {
        HistoryStore store;
        openStore(store);
        const IngestResult a = ingestOk(store, exportA());
        const IngestResult b = ingestOk(store, exportB());
        const QString bSha = store.exports().value().last().sha256;
        QVERIFY(QFile::exists(store.keptCopyPath(bSha)));

        QVERIFY(!store.forget(b.exportId).isError());
        // A stands again for hours 1 and 2, with e2; hour 3 is held by nobody now.
        QCOMPARE(visitsByHour(*snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 4 * H})),
                 (QList<std::tuple<qint64, QString, qint64>>{{H0, QStringLiteral("e1"), 10},
                                                             {H0, QStringLiteral("e2"), 20},
                                                             {H0 + H, QStringLiteral("e1"), 10},
                                                             {H0 + H, QStringLiteral("e2"), 20},
                                                             {H0 + 2 * H, QStringLiteral("e1"), 10},
                                                             {H0 + 2 * H, QStringLiteral("e2"), 20}}));
        const QList<StoredExport> held = store.exports().value();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().id, a.exportId);
        QCOMPARE(held.first().hoursStanding, 3);
        QVERIFY(!QFile::exists(store.keptCopyPath(bSha)));
        QCOMPARE(store.forget(b.exportId).code, ErrorCode::InvalidArgument);
    }

    void rebuildGivesTheSameRows()
    {
        HistoryStore store;
        openStore(store);
        // Ingested newest first, so the rebuild's order (oldest made first) differs from the ingest order.
        ingestOk(store, exportB());
        ingestOk(store, exportA());
        const QString x = path(QStringLiteral("x.zip"));
        writeExport(x, H0 + 6 * H, {hourJson(QStringLiteral("c1"), H0 + 3 * H, {{QStringLiteral("e1"), 5, {}}})});
        QCOMPARE(ingestOk(store, x).hoursReplaced, 1); // same made time as B, ingested later
        const HourRange range{H0, H0 + 4 * H};
        const UsageSnapshotPtr before = snapshotOk(store, QStringLiteral("c1"), range);
        const QList<StoredExport> exportsBefore = store.exports().value();
        QCOMPARE(before->hourly().back().visits, qint64(5));

        QVERIFY(!store.rebuild().isError());
        const UsageSnapshotPtr after = snapshotOk(store, QStringLiteral("c1"), range);
        compareSnapshots(*after, *before);
        const QList<StoredExport> exportsAfter = store.exports().value();
        QCOMPARE(exportsAfter.size(), exportsBefore.size());
        for (const StoredExport &was : exportsBefore) {
            auto it = std::find_if(exportsAfter.cbegin(), exportsAfter.cend(),
                                   [&](const StoredExport &now) { return now.sha256 == was.sha256; });
            QVERIFY(it != exportsAfter.cend());
            QCOMPARE(it->originalName, was.originalName);
            QCOMPARE(it->ingestedMs, was.ingestedMs);
            QCOMPARE(it->madeMs, was.madeMs);
            QCOMPARE(it->hoursStanding, was.hoursStanding);
        }
    }

    void rebuildRecoversALostStoreFromTheKeptCopies()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND(
                "A PostgreSQL store keeps its copies in the database: a lost database leaves nothing to rebuild from");
        HistoryStore first;
        openStore(first);
        ingestOk(first, exportB());
        ingestOk(first, exportA());
        const HourRange range{H0, H0 + 4 * H};
        const UsageSnapshotPtr before = snapshotOk(first, QStringLiteral("c1"), range);

        HistoryStore second;
        QVERIFY(!second.open(path(QStringLiteral("another.sqlite")), keptFolder()).isError());
        QVERIFY(second.exports().value().isEmpty());
        QVERIFY(!second.rebuild().isError());
        const QList<StoredExport> held = second.exports().value();
        QCOMPARE(held.size(), 2);
        // Oldest made first; the original names are lost with the store, the copies' names stand in.
        QCOMPARE(held.at(0).madeMs, H0 + 5 * H);
        QCOMPARE(held.at(1).madeMs, H0 + 6 * H);
        QCOMPARE(held.at(0).originalName, held.at(0).sha256 + QStringLiteral(".zip"));
        const UsageSnapshotPtr after = snapshotOk(second, QStringLiteral("c1"), range);
        QCOMPARE(visitsByHour(*after), expectedAThenB());
        compareSnapshots(*after, *before);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        {
            HistoryStore store;
            openStore(store);
            ingestOk(store, exportA());
        }
        {
            QSqlDatabase db = rawStore(QStringLiteral("test-bump"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (m_postgres) {
                QVERIFY(query.exec(
                    QStringLiteral("UPDATE schema_version SET version = %1").arg(HistoryStore::SchemaVersion + 1)));
            } else {
                QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
                query.finish();
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::SchemaVersion + 1)));
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-bump"));
        const QByteArray bytes = m_postgres ? QByteArray() : fileBytes(storePath());
        QVERIFY(m_postgres || !bytes.isEmpty());

        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QVERIFY2(status.detail.contains(QStringLiteral("newer")), qPrintable(status.detail));
        QVERIFY(!store.isOpen());
        if (!m_postgres) {
            QCOMPARE(fileBytes(storePath()), bytes);
            QVERIFY(!QFile::exists(storePath() + QStringLiteral("-wal")));
        }
    }

    void damagedFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a database") << QByteArray("PK\x03\x04 this is a ZIP, not a store").repeated(200);
        QTest::newRow("header then garbage")
            << QByteArray("SQLite format 3\0", 16) + QByteArray("\xff\x01 garbage").repeated(500);
    }

    void damagedFileIsRefused()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        QFETCH(QByteArray, content);
        {
            QFile file(storePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QVERIFY(status.isError());
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QVERIFY2(status.detail.contains(QStringLiteral("damaged")), qPrintable(status.detail));
        QCOMPARE(fileBytes(storePath()), content);
        QVERIFY(!store.isOpen());
    }

    void failedIngestLeavesTheStoreAsItWas()
    {
        const QString broken = path(QStringLiteral("broken.zip"));
        writeExport(broken, H0 + 5 * H,
                    {hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 1, {}}}), QByteArray("{not json")});
        HistoryStore store;
        openStore(store);
        QVERIFY(!store.ingest(broken).ok());
        QVERIFY(store.exports().value().isEmpty());
        QVERIFY(QDir(keptFolder()).entryList(QDir::Files).isEmpty());
    }

    void reopenedStoreKeepsItsData()
    {
        {
            HistoryStore store;
            openStore(store);
            ingestOk(store, exportA());
        }
        HistoryStore store;
        openStore(store);
        QCOMPARE(store.exports().value().size(), 1);
        QCOMPARE(visitsByHour(*snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + H})),
                 (QList<std::tuple<qint64, QString, qint64>>{{H0, QStringLiteral("e1"), 10},
                                                             {H0, QStringLiteral("e2"), 20}}));
        store.close();
        if (m_postgres)
            return;

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-pragma"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), HistoryStore::SchemaVersion);
            query.finish();
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-pragma"));
    }

    void foreignDatabaseIsRefusedAndUntouched()
    {
        {
            QSqlDatabase db = rawStore(QStringLiteral("test-foreign"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-foreign"));
        const QByteArray bytes = m_postgres ? QByteArray() : fileBytes(storePath());
        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QVERIFY2(status.detail.contains(QStringLiteral("not a history store")), qPrintable(status.detail));
        if (!m_postgres)
            QCOMPARE(fileBytes(storePath()), bytes);
    }

    // Oddities an import resolves by its own rules: the store must resolve them the same way.
    void oddExportEqualsTheImport()
    {
        const QString file = path(QStringLiteral("odd.zip"));
        // Host 7 is active for 20 minutes, but the file's time frame ends 10 minutes into the hour: 10 count.
        // Host 9 has no activity records at all.
        QByteArray shortHour = hourJson(QStringLiteral("c1"), H0 + 2 * H,
                                        {{QStringLiteral("e1"), 3, {{7, 4 * GiB, 20}, {9, 20 * GiB, -1, true}}}});
        shortHour.replace(QByteArray::number(H0 + 3 * H), QByteArray::number(H0 + 2 * H + 10 * Time::MinuteMs));
        writeExport(file, H0 + 5 * H,
                    {hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 1, {{7}}}}),
                     // The same hour again: the later file counts.
                     hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 2, {{7, 2 * GiB, 3}}}}),
                     // The same environment twice in one file, the same host twice in one environment.
                     hourJson(QStringLiteral("c1"), H0 + H,
                              {{QStringLiteral("e1"), 4, {{7}}},
                               {QStringLiteral("e1"), 5, {{7, 8 * GiB, 30}, {7, 8 * GiB, 2}}, 1.25}}),
                     shortHour});
        RuleSettings rules;
        rules.minimumActiveMs = 12 * Time::MinuteMs;
        ImportOptions options;
        options.rules = rules;
        const Result<UsageSnapshotPtr> imported = importExport(file, options);
        QVERIFY(imported.ok());
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, file).hoursAdded, 3);
        const UsageSnapshotPtr stored = snapshotOk(store, QStringLiteral("c1"), *imported.value()->range(), rules);
        compareSnapshots(*stored, *imported.value());
        // By hand, with 12 minutes to count: hour 0 is the second file's (2 visits, host 7 active 3 minutes: not
        // counted); hour 1 the second entry of e1 (5 visits; host 7 once active 30 minutes, 0.5 host units for
        // 8 GiB, once 2 minutes: not counted); hour 2: host 7's 10 minutes do not count, host 9 without records
        // counts, infrastructure with 20 GiB: min(1, 0.3 x ceil(20 / 16)) = 0.6.
        QCOMPARE(visitsByHour(*stored),
                 (QList<std::tuple<qint64, QString, qint64>>{{H0, QStringLiteral("e1"), 2},
                                                             {H0 + H, QStringLiteral("e1"), 5},
                                                             {H0 + 2 * H, QStringLiteral("e1"), 3}}));
        QCOMPARE(stored->hourly()[0].hostUnitHoursMilli, 0);
        QCOMPARE(stored->hourly()[1].hostUnitHoursMilli, 500);
        QCOMPARE(stored->hourly()[2].hostUnitHoursMilli, 600);
    }

    void rebuildRefusesADamagedCopy()
    {
        HistoryStore store;
        openStore(store);
        ingestOk(store, exportA());
        const StoredExport held = store.exports().value().first();
        if (m_postgres) {
            QSqlQuery query(QSqlDatabase::database(QStringLiteral("test-admin")));
            QVERIFY(query.exec(
                QStringLiteral("UPDATE %1.kept_export SET content = content || '\\x78'::bytea").arg(m_schema)));
        } else {
            QFile copy(store.keptCopyPath(held.sha256));
            QVERIFY(copy.open(QIODevice::Append));
            copy.write("x");
        }
        QCOMPARE(store.rebuild().code, ErrorCode::ChecksumMismatch);
        QCOMPARE(store.exports().value().size(), 1);
        QCOMPARE(snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 3 * H})->hourly().size(), size_t(6));
    }

    void snapshotEqualsTheImport_data()
    {
        QTest::addColumn<bool>("nested");
        QTest::addColumn<bool>("defaultRules");
        QTest::newRow("nested, default rules") << true << true;
        QTest::newRow("flat, other rules") << false << false;
    }

    void snapshotEqualsTheImport()
    {
        QFETCH(bool, nested);
        QFETCH(bool, defaultRules);
        GeneratorOptions options;
        options.environments = 4;
        options.hosts = 40;
        options.hours = 48;
        options.nested = nested;
        const QString file = path(QStringLiteral("generated.zip"));
        QVERIFY(!ExportGenerator(options).writeZipFile(file).isError());

        RuleSettings rules;
        if (!defaultRules) {
            // The store keeps inputs, not verdicts: other rules must give the import's numbers under them too.
            rules.minimumActiveMs = 20 * Time::MinuteMs;
            rules.capInfrastructureAtOne = false;
            rules.demVisitWeight = 0.5;
        }
        ImportOptions importOptions;
        importOptions.rules = rules;
        const Result<UsageSnapshotPtr> imported = importExport(file, importOptions);
        QVERIFY(imported.ok());
        const UsageSnapshot &direct = *imported.value();
        QVERIFY(direct.hosts().size() > 20);

        HistoryStore store;
        openStore(store);
        const IngestResult result = ingestOk(store, file);
        QCOMPARE(result.hoursAdded, options.hours);
        const UsageSnapshotPtr stored = snapshotOk(store, direct.clusterUuid(), *direct.range(), rules);
        compareSnapshots(*stored, direct);
        QCOMPARE(stored->hourFiles(), direct.hourFiles());

        // Host runs, not host-hours: far fewer rows than the host-hours they stand for.
        qint64 hostHours = 0;
        for (const HostSummary &host : direct.hosts())
            hostHours += host.hoursSeen;
        QSqlDatabase db = rawStore(QStringLiteral("test-count"));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT hosts FROM export_block")));
            std::vector<StoredValues::HostRun> decoded;
            while (query.next())
                QVERIFY(StoredValues::decodeHostRuns(query.value(0).toByteArray(), decoded));
            const auto runs = qint64(decoded.size());
            qInfo("%lld host-hours in %lld runs", hostHours, runs);
            QVERIFY(runs * 4 < hostHours);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-count"));
    }

    // An older and a newer export of the same hour; the values that differ, counted by hand (docs/rules.md,
    // "Values changed").
    void valuesChangedCountsEachDifference_data()
    {
        QTest::addColumn<QList<TestEnvironment>>("older");
        QTest::addColumn<QList<TestEnvironment>>("newer");
        QTest::addColumn<int>("changed");
        const QString e1 = QStringLiteral("e1");
        const QString e2 = QStringLiteral("e2");
        QTest::newRow("the same content")
            << QList<TestEnvironment>{{e1, 5, {{7}}, 1.0}} << QList<TestEnvironment>{{e1, 5, {{7}}, 1.0}} << 0;
        QTest::newRow("visits and the DDU pool")
            << QList<TestEnvironment>{{e1, 5, {{7}}, 1.0}} << QList<TestEnvironment>{{e1, 6, {{7}}, 2.0}} << 2;
        QTest::newRow("a host's memory") << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB}}}}
                                         << QList<TestEnvironment>{{e1, 5, {{7, 8 * GiB}}}} << 1;
        QTest::newRow("a host's active time") << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB, 30}}}}
                                              << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB, 40}}}} << 1;
        QTest::newRow("activity records appear") << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB, -1}}}}
                                                 << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB, 60}}}} << 1;
        QTest::newRow("a host's mode") << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB, -1, false}}}}
                                       << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB, -1, true}}}} << 1;
        QTest::newRow("one host leaves, another joins")
            << QList<TestEnvironment>{{e1, 5, {{7}, {8}}}} << QList<TestEnvironment>{{e1, 5, {{7}, {9}}}} << 2;
        QTest::newRow("a host listed twice")
            << QList<TestEnvironment>{{e1, 5, {{7}}}} << QList<TestEnvironment>{{e1, 5, {{7}, {7}}}} << 1;
        QTest::newRow("an environment gone")
            << QList<TestEnvironment>{{e1, 5, {{7}}}, {e2, 3, {{8}}}} << QList<TestEnvironment>{{e1, 5, {{7}}}} << 1;
        // A new environment counts once, not once per value or host it brings.
        QTest::newRow("an environment new, with hosts")
            << QList<TestEnvironment>{{e1, 5, {{7}}}}
            << QList<TestEnvironment>{{e1, 5, {{7}}}, {e2, 3, {{8}, {9}}, 4.0}} << 1;
        QTest::newRow("everything at once")
            << QList<TestEnvironment>{{e1, 5, {{7, 4 * GiB, 30}, {8}}, 1.0}, {e2, 3, {}}}
            << QList<TestEnvironment>{{e1, 6, {{7, 4 * GiB, 31}, {9}}, 1.5}} << 6;
    }

    void valuesChangedCountsEachDifference()
    {
        QFETCH(QList<TestEnvironment>, older);
        QFETCH(QList<TestEnvironment>, newer);
        QFETCH(int, changed);
        const QString olderFile = path(QStringLiteral("older.zip"));
        const QString newerFile = path(QStringLiteral("newer.zip"));
        writeExport(olderFile, H0 + 5 * H, {hourJson(QStringLiteral("c1"), H0, older)});
        writeExport(newerFile, H0 + 6 * H, {hourJson(QStringLiteral("c1"), H0, newer)});
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, olderFile).valuesChanged, 0);
        const IngestResult result = ingestOk(store, newerFile);
        QCOMPARE(result.hoursReplaced, 1);
        QCOMPARE(result.valuesChanged, changed);
    }

    void valuesChangedOnlyInReplacedHours()
    {
        HistoryStore store;
        openStore(store);
        ingestOk(store, exportA());
        // B replaces hours 1 and 2: in each, e1's visits (10 → 100) and DDUs (1.5 → 2.0) differ, host 7 is the
        // same, and e2 is gone: 3 values an hour. Hour 3 is new and counts nothing.
        const IngestResult b = ingestOk(store, exportB());
        QCOMPARE(b.hoursReplaced, 2);
        QCOMPARE(b.valuesChanged, 6);
        // An older export changes nothing, so counts nothing.
        const QString older = path(QStringLiteral("older.zip"));
        writeExport(older, H0 + H, {hourJson(QStringLiteral("c1"), H0 + H, {{QStringLiteral("e1"), 1, {}}})});
        const IngestResult kept = ingestOk(store, older);
        QCOMPARE(kept.hoursKeptNewer, 1);
        QCOMPARE(kept.valuesChanged, 0);
    }

    void ingestLogKeepsOneLinePerIngestThatChangedHours()
    {
        HistoryStore store;
        openStore(store);
        const IngestResult a = ingestOk(store, exportA());
        const qint64 aIngested = m_now;
        const IngestResult b = ingestOk(store, exportB());
        const qint64 bIngested = m_now;
        QVERIFY(ingestOk(store, exportA()).alreadyKnown); // no line
        // Older than B for both its hours: nothing added or replaced, no line.
        const QString older = path(QStringLiteral("older.zip"));
        writeExport(older, H0 + H,
                    {hourJson(QStringLiteral("c1"), H0 + H, {{QStringLiteral("e1"), 1, {}}}),
                     hourJson(QStringLiteral("c1"), H0 + 2 * H, {{QStringLiteral("e1"), 1, {}}})});
        QCOMPARE(ingestOk(store, older).hoursKeptNewer, 2);

        auto checkLog = [&](const QList<IngestEvent> &log) {
            QCOMPARE(log.size(), 2);
            // Newest first.
            QCOMPARE(log.at(0).exportId, b.exportId);
            QCOMPARE(log.at(0).originalName, QStringLiteral("b.zip"));
            QCOMPARE(log.at(0).clusterUuid, QStringLiteral("c1"));
            QCOMPARE(log.at(0).ingestedMs, bIngested);
            QCOMPARE(log.at(0).hoursAdded, 1);
            QCOMPARE(log.at(0).hoursReplaced, 2);
            QCOMPARE(log.at(0).hoursKeptNewer, 0);
            QCOMPARE(log.at(0).valuesChanged, 6);
            QCOMPARE(log.at(0).replacedRange, (HourRange{H0 + H, H0 + 3 * H}));
            QCOMPARE(log.at(1).exportId, a.exportId);
            QCOMPARE(log.at(1).ingestedMs, aIngested);
            QCOMPARE(log.at(1).hoursAdded, 3);
            QCOMPARE(log.at(1).hoursReplaced, 0);
            QVERIFY(log.at(1).replacedRange.isEmpty());
        };
        checkLog(store.ingestLog().value());
        if (QTest::currentTestFailed())
            return;

        // A rebuild ingests A, the older export and B again, in that order, which would log other numbers: the
        // lines stay as they were, and none is added.
        QVERIFY(!store.rebuild().isError());
        checkLog(store.ingestLog().value());
        if (QTest::currentTestFailed())
            return;
        // The store reopened still has them.
        store.close();
        openStore(store);
        checkLog(store.ingestLog().value());
        if (QTest::currentTestFailed())
            return;

        QVERIFY(!store.forget(b.exportId).isError());
        const QList<IngestEvent> afterForget = store.ingestLog().value();
        QCOMPARE(afterForget.size(), 1);
        QCOMPARE(afterForget.first().exportId, a.exportId);
        // With the older export forgotten too, the next export gets B's id: its line is its own, nothing of B's
        // is left to mix with it.
        QVERIFY(!store.forget(store.exports().value().last().id).isError());
        const QString next = path(QStringLiteral("next.zip"));
        writeExport(next, H0 + 9 * H, {hourJson(QStringLiteral("c1"), H0 + 7 * H, {{QStringLiteral("e1"), 1, {}}})});
        const IngestResult added = ingestOk(store, next);
        // A PostgreSQL store numbers from a sequence and never gives an id twice: windows of the team may still
        // show the forgotten one.
        if (m_postgres)
            QVERIFY(added.exportId > b.exportId);
        else
            QCOMPARE(added.exportId, b.exportId);
        QCOMPARE(added.hoursAdded, 1);
        const QList<IngestEvent> afterNext = store.ingestLog().value();
        QCOMPARE(afterNext.size(), 2);
        QCOMPARE(afterNext.first().exportId, added.exportId);
        QCOMPARE(afterNext.first().hoursAdded, 1);
        QCOMPARE(afterNext.first().hoursReplaced, 0);
    }

    void rebuildOfALostStoreLogsWhatItIngests()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND(
                "A PostgreSQL store keeps its copies in the database: a lost database leaves nothing to rebuild from");
        {
            HistoryStore first;
            openStore(first);
            ingestOk(first, exportB());
            ingestOk(first, exportA());
        }
        HistoryStore second;
        QVERIFY(!second.open(path(QStringLiteral("another.sqlite")), keptFolder()).isError());
        second.setClock([] { return H0 + 50 * H; });
        QVERIFY(!second.rebuild().isError());
        // Oldest made first: A adds its 3 hours, then B adds 1 and replaces 2 (6 values, as above).
        const QList<IngestEvent> log = second.ingestLog().value();
        QCOMPARE(log.size(), 2);
        const QList<StoredExport> held = second.exports().value();
        QCOMPARE(log.at(0).exportId, held.at(1).id);
        QCOMPARE(log.at(0).hoursReplaced, 2);
        QCOMPARE(log.at(0).valuesChanged, 6);
        QCOMPARE(log.at(1).exportId, held.at(0).id);
        QCOMPARE(log.at(1).hoursAdded, 3);
        QCOMPARE(log.at(1).ingestedMs, H0 + 50 * H);
    }

    // Two generated exports of one cluster that overlap across the boundary of two blocks of stored hours; the
    // newer one holds the same content for the hours they share (a download repeated later).
    void overlappingExportsAcrossBlocksEqualTheImport()
    {
        const qint64 block = qint64(StoredValues::BlockHours) * H;
        QCOMPARE(H0 % block, 0); // H0 starts a block: the hours below cross from one block into the next
        auto generate = [&](const QString &name, qint64 fromMs, int hours) {
            GeneratorOptions options;
            options.environments = 3;
            options.hosts = 30;
            options.startMs = fromMs;
            options.hours = hours;
            options.nested = false;
            const QString file = path(name);
            if (ExportGenerator(options).writeZipFile(file).isError())
                return QString();
            return file;
        };
        const QString older = generate(QStringLiteral("older.zip"), H0 - 30 * H, 40);
        const QString newer = generate(QStringLiteral("newer.zip"), H0 - 3 * H, 23);
        const QString whole = generate(QStringLiteral("whole.zip"), H0 - 30 * H, 50);
        QVERIFY(!older.isEmpty() && !newer.isEmpty() && !whole.isEmpty());

        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, older).hoursAdded, 40);
        const IngestResult result = ingestOk(store, newer);
        QCOMPARE(result.hoursReplaced, 13);
        QCOMPARE(result.hoursAdded, 10);
        QCOMPARE(result.valuesChanged, 0);

        RuleSettings rules;
        rules.minimumActiveMs = 20 * Time::MinuteMs;
        ImportOptions options;
        options.rules = rules;
        const Result<UsageSnapshotPtr> imported = importExport(whole, options);
        QVERIFY(imported.ok());
        const UsageSnapshotPtr stored =
            snapshotOk(store, imported.value()->clusterUuid(), *imported.value()->range(), rules);
        compareSnapshots(*stored, *imported.value());

        // A range that cuts runs of both exports at both ends equals the import of just those hours.
        const QString part = generate(QStringLiteral("part.zip"), H0 - 7 * H, 12);
        const Result<UsageSnapshotPtr> partImported = importExport(part, options);
        QVERIFY(partImported.ok());
        compareSnapshots(*snapshotOk(store, QString(), HourRange{H0 - 7 * H, H0 + 5 * H}, rules),
                         *partImported.value());
    }

    // A store written by schema version 1 (rows per environment-hour and per host run) opens, converted.
    void storeOfVersionOneIsMigrated()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-v1"));
            db.setDatabaseName(storePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            const QStringList statements = {
                QStringLiteral("CREATE TABLE export (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, "
                               "original_name TEXT NOT NULL, made_ms INTEGER NOT NULL, ingested_ms INTEGER NOT NULL, "
                               "cluster TEXT NOT NULL, file_size INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE environment (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
                QStringLiteral("CREATE TABLE pool (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
                QStringLiteral("CREATE TABLE export_hour (export_id INTEGER NOT NULL, hour_ms INTEGER NOT NULL, "
                               "end_ms INTEGER NOT NULL, PRIMARY KEY (export_id, hour_ms)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX export_hour_by_hour ON export_hour (hour_ms)"),
                QStringLiteral(
                    "CREATE TABLE environment_hour (export_id INTEGER NOT NULL, hour_ms INTEGER NOT NULL, "
                    "environment INTEGER NOT NULL, visits INTEGER NOT NULL, mobile_sessions INTEGER NOT NULL, "
                    "session_replays INTEGER NOT NULL, mobile_session_replays INTEGER NOT NULL, "
                    "rum_user_properties INTEGER NOT NULL, synthetic_browser INTEGER NOT NULL, "
                    "synthetic_http INTEGER NOT NULL, synthetic_other INTEGER NOT NULL, custom_metrics INTEGER NOT "
                    "NULL, log_storage_bytes INTEGER NOT NULL, log_upload_bytes INTEGER NOT NULL, trial INTEGER NOT "
                    "NULL, ddu BLOB, PRIMARY KEY (export_id, hour_ms, environment)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE host_run (export_id INTEGER NOT NULL, first_hour_ms INTEGER NOT NULL, "
                               "environment INTEGER NOT NULL, osi_id INTEGER NOT NULL, occurrence INTEGER NOT NULL, "
                               "last_hour_ms INTEGER NOT NULL, flags INTEGER NOT NULL, memory_bytes INTEGER NOT "
                               "NULL, paas_limit_bytes INTEGER NOT NULL, activity INTEGER NOT NULL, exceptions BLOB, "
                               "PRIMARY KEY (export_id, first_hour_ms, environment, osi_id, occurrence)) WITHOUT "
                               "ROWID"),
                QStringLiteral("CREATE TABLE standing (cluster TEXT NOT NULL, hour_ms INTEGER NOT NULL, export_id "
                               "INTEGER NOT NULL, PRIMARY KEY (cluster, hour_ms)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX standing_by_export ON standing (export_id)"),
                QStringLiteral("INSERT INTO export VALUES (1, '%1', 'v1.zip', %2, %3, 'c1', 100)")
                    .arg(QString(64, QLatin1Char('a')))
                    .arg(H0 + 5 * H)
                    .arg(H0 + 10 * H),
                QStringLiteral("INSERT INTO environment VALUES (1, 'e1')"),
                QStringLiteral("INSERT INTO pool VALUES (1, 'Metrics')"),
                // Host 7: 4 GiB full-stack over the three hours, active 2 minutes in the middle one. Host 9:
                // infrastructure only with 20 GiB and no activity records, in the middle hour. The hours cross
                // from one block of the new schema into the next.
                QStringLiteral("INSERT INTO host_run VALUES (1, %1, 1, 7, 0, %2, 0, %3, 0, 3600000, :exceptions)")
                    .arg(H0 - H)
                    .arg(H0 + H)
                    .arg(4 * GiB),
                QStringLiteral("INSERT INTO host_run VALUES (1, %1, 1, 9, 0, %1, 2, %2, 0, -1, NULL)")
                    .arg(H0)
                    .arg(20 * GiB),
                QStringLiteral("PRAGMA user_version = 1"),
            };
            for (const QString &statement : statements) {
                QVERIFY(query.prepare(statement));
                if (statement.contains(QStringLiteral(":exceptions")))
                    query.bindValue(QStringLiteral(":exceptions"),
                                    StoredValues::encodeActivity({3600000, 120000, 3600000}).second);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            for (int h = -1; h <= 1; ++h) {
                QVERIFY(query.prepare(QStringLiteral("INSERT INTO export_hour VALUES (1, ?, ?)")));
                query.addBindValue(H0 + h * H);
                query.addBindValue(H0 + (h + 1) * H);
                QVERIFY(query.exec());
                QVERIFY(query.prepare(QStringLiteral(
                    "INSERT INTO environment_hour VALUES (1, ?, 1, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)")));
                query.addBindValue(H0 + h * H);
                query.addBindValue(11 + h);
                query.addBindValue(StoredValues::encodeDdu({{QStringLiteral("Metrics"), 1.5}}, {1}));
                QVERIFY(query.exec());
                QVERIFY(query.prepare(QStringLiteral("INSERT INTO standing VALUES ('c1', ?, 1)")));
                query.addBindValue(H0 + h * H);
                QVERIFY(query.exec());
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-v1"));

        HistoryStore store;
        openStore(store);
        const QList<StoredExport> held = store.exports().value();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().originalName, QStringLiteral("v1.zip"));
        QCOMPARE(held.first().hours, 3);
        QCOMPARE(held.first().hoursStanding, 3);
        QVERIFY(store.ingestLog().value().isEmpty());

        // By hand: host 7 counts 0.25 host units in the first and last hour (2 minutes are too few in the
        // middle one); host 9 counts in the middle hour, infrastructure with 20 GiB: min(1, 0.3 x 2) = 0.6.
        const UsageSnapshotPtr snapshot = snapshotOk(store, QStringLiteral("c1"), HourRange{H0 - H, H0 + 2 * H});
        QCOMPARE(visitsByHour(*snapshot),
                 (QList<std::tuple<qint64, QString, qint64>>{{H0 - H, QStringLiteral("e1"), 10},
                                                             {H0, QStringLiteral("e1"), 11},
                                                             {H0 + H, QStringLiteral("e1"), 12}}));
        QCOMPARE(snapshot->hourly()[0].hostUnitHoursMilli, 250);
        QCOMPARE(snapshot->hourly()[1].hostUnitHoursMilli, 600);
        QCOMPARE(snapshot->hourly()[1].peakHosts, 1);
        QCOMPARE(snapshot->hourly()[2].hostUnitHoursMilli, 250);
        QCOMPARE(snapshot->clusterTotal().dduTotal, 4.5);
        QCOMPARE(snapshot->hosts().size(), size_t(2));
        QCOMPARE(snapshot->hosts()[0].osiId, 9);
        QCOMPARE(snapshot->hosts()[0].hostUnitHoursMilli, 600);
        QCOMPARE(snapshot->hosts()[1].osiId, 7);
        QCOMPARE(snapshot->hosts()[1].hoursSeen, 3);
        QCOMPARE(snapshot->hosts()[1].hoursCounted, 2);

        // The migrated rows take part in a merge like any: A (made as late, ingested later) replaces hours 0 and
        // 1. Hour 0: e1's visits (11 → 10), host 7's activity (2 minutes → no records), host 9 gone, e2 new: 4.
        // Hour 1: e1's visits (12 → 10), host 7's activity (60 minutes → no records), e2 new: 3.
        const IngestResult a = ingestOk(store, exportA());
        QCOMPARE(a.hoursReplaced, 2);
        QCOMPARE(a.hoursAdded, 1);
        QCOMPARE(a.valuesChanged, 7);

        store.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-v1-after"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), HistoryStore::SchemaVersion);
            query.finish();
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                              "('environment_hour', 'host_run')")) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-v1-after"));
    }
    void exportMixingClustersIsRefused()
    {
        const QString mixed = path(QStringLiteral("mixed.zip"));
        writeExport(mixed, H0 + 5 * H,
                    {hourJson(QStringLiteral("c1"), H0, {{QStringLiteral("e1"), 1, {}}}),
                     hourJson(QStringLiteral("c2"), H0 + H, {{QStringLiteral("e1"), 1, {}}})});
        HistoryStore store;
        openStore(store);
        const Result<IngestResult> result = store.ingest(mixed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidSchema);
        QVERIFY(store.exports().value().isEmpty());
        QVERIFY(QDir(keptFolder()).entryList(QDir::Files).isEmpty());
    }
    // A download written again over the same name, in place, must not reach the copy the history keeps.
    void keptCopyIsNotTheOriginalFile()
    {
        const QString file = exportA();
        const QByteArray bytes = fileBytes(file);
        HistoryStore store;
        openStore(store);
        ingestOk(store, file);
        {
            QFile original(file);
            QVERIFY(original.open(QIODevice::WriteOnly)); // truncates the same file, as `curl -o` does
            original.write("overwritten");
        }
        const QString sha = store.exports().value().first().sha256;
        QCOMPARE(fileBytes(store.keptCopyPath(sha)), bytes);
        QVERIFY(!store.rebuild().isError());
        // Nothing else is left in the folder of kept exports.
        QCOMPARE(QDir(keptFolder()).entryList(QDir::Files), QStringList{sha + QStringLiteral(".zip")});
    }

    // Damage inside the file, past its header: refused when the store opens, and left as it was.
    void damagedPageIsRefused()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        {
            HistoryStore store;
            openStore(store);
            ingestOk(store, exportA());
        }
        qint64 pageSize = 0;
        qint64 rootPage = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-page"));
            db.setDatabaseName(storePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toLongLong();
            query.finish();
            QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'standing'")) &&
                    query.next());
            rootPage = query.value(0).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-page"));
        QVERIFY(!QFile::exists(storePath() + QStringLiteral("-wal")));
        {
            QFile file(storePath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((rootPage - 1) * pageSize));
            file.write(QByteArray("\x0d\xff garbage ").repeated(int(pageSize / 10)));
        }
        const QByteArray bytes = fileBytes(storePath());

        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QCOMPARE(status.where, storePath());
        QVERIFY2(status.detail.contains(QStringLiteral("damaged")), qPrintable(status.detail));
        QVERIFY2(status.detail.contains(QStringLiteral("history rebuild")), qPrintable(status.detail));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileBytes(storePath()), bytes);
    }

    // A newer version committed to the journal but not yet to the file's header is refused too.
    void newerVersionInTheJournalIsRefused()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        {
            HistoryStore store;
            openStore(store);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-journal"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            query.finish();
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::SchemaVersion + 1)));
        }
        // While the other connection is open the change stays in the journal.
        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QVERIFY2(status.detail.contains(QStringLiteral("newer")), qPrintable(status.detail));
        QVERIFY(!store.isOpen());
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-journal"));
    }

    // Another program holds the write lock for longer than the busy timeout: the ingest gives up, and nothing of
    // it stays behind.
    void lockedStoreIsUnusable()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        HistoryStore store;
        openStore(store);
        ingestOk(store, exportA());
        const QStringList keptBefore = QDir(keptFolder()).entryList(QDir::Files);

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-lock"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        const Result<IngestResult> result = store.ingest(exportB());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-lock"));

        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::StoreUnusable);
        QCOMPARE(result.error().where, storePath());
        QVERIFY2(result.error().detail.contains(QStringLiteral("locked")), qPrintable(result.error().detail));
        QCOMPARE(QDir(keptFolder()).entryList(QDir::Files), keptBefore);
        QCOMPARE(store.exports().value().size(), 1);
        // Once the lock is gone the same ingest goes through.
        QCOMPARE(ingestOk(store, exportB()).hoursReplaced, 2);
    }

    void fullDiskIsUnusable_data()
    {
        QTest::addColumn<bool>("copyFits");
        QTest::newRow("no room for the kept copy") << false;
        QTest::newRow("no room for the store") << true;
    }

    // A file size limit stands in for a full disk: writes past it fail with EFBIG as they would with ENOSPC.
    void fullDiskIsUnusable()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        QFETCH(bool, copyFits);
        HistoryStore store;
        openStore(store);
        ingestOk(store, exportA());
        const QString b = exportB();
        const QStringList keptBefore = QDir(keptFolder()).entryList(QDir::Files);
        const QList<std::tuple<qint64, QString, qint64>> rowsBefore =
            visitsByHour(*snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 4 * H}));
        const qint64 journalSize = QFileInfo(storePath() + QStringLiteral("-wal")).size();
        const qint64 copySize = QFileInfo(b).size();
        // Room for the copy of B but not for another page of the journal, or not even for the copy.
        const rlim_t limit = copyFits ? rlim_t(std::max(journalSize, copySize) + 512) : rlim_t(copySize / 2);
        QVERIFY(!copyFits || journalSize > 0);

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = limit;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Result<IngestResult> result = store.ingest(b);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::StoreUnusable);
        QCOMPARE(result.error().where, storePath());
        QVERIFY2(result.error().detail.contains(QStringLiteral("no room")), qPrintable(result.error().detail));
        QCOMPARE(QDir(keptFolder()).entryList(QDir::Files), keptBefore);
        QCOMPARE(store.exports().value().size(), 1);
        QCOMPARE(visitsByHour(*snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 4 * H})), rowsBefore);
    }

    void readOnlyPlaceIsUnusable_data()
    {
        QTest::addColumn<QString>("storeFile");
        QTest::addColumn<QString>("exportFolder");
        QTest::addColumn<bool>("writeProtect");
        QTest::newRow("store folder is a file")
            << QStringLiteral("file/history.sqlite") << QStringLiteral("kept") << false;
        QTest::newRow("kept exports under a file")
            << QStringLiteral("history.sqlite") << QStringLiteral("file/kept") << false;
        // Mode bits do not stop root; the rows above stand for a read-only place then.
        if (geteuid() != 0)
            QTest::newRow("read-only folder")
                << QStringLiteral("ro/history.sqlite") << QStringLiteral("ro/kept") << true;
    }

    void readOnlyPlaceIsUnusable()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        QFETCH(QString, storeFile);
        QFETCH(QString, exportFolder);
        QFETCH(bool, writeProtect);
        {
            QFile file(path(QStringLiteral("file")));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir().mkpath(path(QStringLiteral("ro"))));
        if (writeProtect)
            QVERIFY(QFile::setPermissions(path(QStringLiteral("ro")), QFile::ReadOwner | QFile::ExeOwner));
        const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        HistoryStore store;
        const Status status = store.open(path(storeFile), path(exportFolder));
        QFile::setPermissions(path(QStringLiteral("ro")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QCOMPARE(status.where, path(storeFile));
        QVERIFY2(status.detail.contains(QStringLiteral("cannot be written")), qPrintable(status.detail));
        QVERIFY(!store.isOpen());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

    // The data folder does not exist before the first start: opening the store makes it.
    void missingFolderIsCreated()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("A SQLite file's own behaviour: a PostgreSQL store has no file");
        HistoryStore store;
        const QString file = path(QStringLiteral("a/b/history.sqlite"));
        const Status status = store.open(file, path(QStringLiteral("a/b/history-exports")));
        QVERIFY2(!status.isError(), qPrintable(status.message()));
        QVERIFY(QFile::exists(file));
        QVERIFY(QFileInfo(path(QStringLiteral("a/b/history-exports"))).isDir());
    }

    void rebuildReportsProgress()
    {
        HistoryStore store;
        openStore(store);
        ingestOk(store, exportB());
        ingestOk(store, exportA());
        QList<std::tuple<int, int, QString>> calls;
        QVERIFY(!store.rebuild([&](int index, int total, const QString &name) {
                          calls.append({index, total, name});
                      })
                     .isError());
        // Oldest made first: A, then B.
        QCOMPARE(calls, (QList<std::tuple<int, int, QString>>{{0, 2, QStringLiteral("a.zip")},
                                                              {1, 2, QStringLiteral("b.zip")}}));
    }

    void clustersAndExportSpans()
    {
        HistoryStore store;
        openStore(store);
        const IngestResult a = ingestOk(store, exportA());
        const IngestResult b = ingestOk(store, exportB());
        const QString other = path(QStringLiteral("other.zip"));
        writeExport(other, H0, {hourJson(QStringLiteral("c0"), H0 + 10 * H, {{QStringLiteral("e9"), 1, {}}})});
        ingestOk(store, other);
        const QList<StoredCluster> clusters = store.clusters().value();
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters.at(0).uuid, QStringLiteral("c0"));
        QCOMPARE(clusters.at(0).extent, (HourRange{H0 + 10 * H, H0 + 11 * H}));
        QCOMPARE(clusters.at(1).uuid, QStringLiteral("c1"));
        QCOMPARE(clusters.at(1).extent, (HourRange{H0, H0 + 4 * H}));
        QCOMPARE(clusters.at(1).hours, 4);
        // A's span stays its own although B stands for two of its hours.
        QCOMPARE(store.exportSpan(a.exportId).value().hours, (HourRange{H0, H0 + 3 * H}));
        QCOMPARE(store.exportSpan(b.exportId).value().hours, (HourRange{H0 + H, H0 + 4 * H}));
        QCOMPARE(store.exportSpan(b.exportId).value().clusterUuid, QStringLiteral("c1"));
        QCOMPARE(store.exportSpan(999).error().code, ErrorCode::InvalidArgument);
    }

    void extentIsTheFirstAndLastStoredHour()
    {
        const QString sparse = path(QStringLiteral("sparse.zip"));
        const QString other = path(QStringLiteral("other.zip"));
        writeExport(sparse, H0 + 9 * H,
                    {hourJson(QStringLiteral("c1"), H0 + H, {}), hourJson(QStringLiteral("c1"), H0 + 4 * H, {})});
        writeExport(other, H0 + 9 * H, {hourJson(QStringLiteral("c2"), H0 + 7 * H, {})});
        HistoryStore store;
        QVERIFY(!store.extent(QStringLiteral("c1")));
        openStore(store);
        QCOMPARE(store.extent(QStringLiteral("c1")).value(), std::nullopt);
        QCOMPARE(ingestOk(store, sparse).hoursAdded, 2);
        QCOMPARE(ingestOk(store, other).hoursAdded, 1);
        // Through the last hour, the gap between included; another cluster's hours do not count.
        QCOMPARE(store.extent(QStringLiteral("c1")).value(), std::optional(HourRange{H0 + H, H0 + 5 * H}));
        QCOMPARE(store.extent(QStringLiteral("c2")).value(), std::optional(HourRange{H0 + 7 * H, H0 + 8 * H}));
        QCOMPARE(store.extent(QStringLiteral("unknown")).value(), std::nullopt);
    }

    void exportWithoutAClusterId()
    {
        // An hourly file without "clusterUuid": the hours belong to the cluster without an id.
        const QString file = path(QStringLiteral("anonymous.zip"));
        const QByteArray hour =
            QStringLiteral(R"({"timeFrameStart": %1, "timeFrameEnd": %2,)"
                           R"( "environmentBillingEntries": [{"environmentUuid": "e1", "visits": 3}]})")
                .arg(H0)
                .arg(H0 + H)
                .toUtf8();
        writeExport(file, H0 + 5 * H, {hour});
        HistoryStore store;
        openStore(store);
        QCOMPARE(ingestOk(store, file).hoursAdded, 1);
        QCOMPARE(store.exports().value().first().clusterUuid, QString());
        QCOMPARE(store.clusters().value().size(), 1);
        QCOMPARE(snapshotOk(store, QString(), HourRange{H0, H0 + H})->clusterTotal().visits, qint64(3));
    }

    // What the window asks besides snapshots: the clusters and their spans, the exports behind a range, the span
    // of one export.
    void clustersSourcesAndSpans()
    {
        HistoryStore store;
        openStore(store);
        const IngestResult a = ingestOk(store, exportA()); // c1, hours 0 to 2
        const IngestResult b = ingestOk(store, exportB()); // c1, hours 1 to 3, newer: stands for 1 to 3
        const QString other = path(QStringLiteral("other.zip"));
        writeExport(other, H0 + 9 * H,
                    {hourJson(QStringLiteral("c2"), H0 + 10 * H, {}), hourJson(QStringLiteral("c2"), H0 + 12 * H, {})});
        const IngestResult c = ingestOk(store, other); // c2, hours 10 and 12

        const QList<StoredCluster> clusters = store.clusters().value();
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters.at(0).uuid, QStringLiteral("c1"));
        QCOMPARE(clusters.at(0).extent, (HourRange{H0, H0 + 4 * H}));
        QCOMPARE(clusters.at(0).hours, 4);
        QCOMPARE(clusters.at(1).uuid, QStringLiteral("c2"));
        QCOMPARE(clusters.at(1).extent, (HourRange{H0 + 10 * H, H0 + 13 * H}));
        QCOMPARE(clusters.at(1).hours, 2); // hour 11 is a gap

        // Hours 0 to 1 of c1: A stands for hour 0, B for hour 1.
        QList<RangeSource> sources = store.sources(QStringLiteral("c1"), HourRange{H0, H0 + 2 * H}).value();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).stored.id, a.exportId);
        QCOMPARE(sources.at(0).stored.originalName, QStringLiteral("a.zip"));
        QCOMPARE(sources.at(0).span, (HourRange{H0, H0 + H}));
        QCOMPARE(sources.at(0).hoursInRange, 1);
        QCOMPARE(sources.at(1).stored.id, b.exportId);
        QCOMPARE(sources.at(1).span, (HourRange{H0 + H, H0 + 2 * H}));
        QCOMPARE(sources.at(1).hoursInRange, 1);
        // Every cluster: hours 2 to 12 come from B (2, 3) and the other export (10, 12).
        sources = store.sources(QString(), HourRange{H0 + 2 * H, H0 + 13 * H}).value();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).stored.id, b.exportId);
        QCOMPARE(sources.at(0).span, (HourRange{H0 + 2 * H, H0 + 4 * H}));
        QCOMPARE(sources.at(0).hoursInRange, 2);
        QCOMPARE(sources.at(1).stored.id, c.exportId);
        QCOMPARE(sources.at(1).span, (HourRange{H0 + 10 * H, H0 + 13 * H}));
        QCOMPARE(sources.at(1).hoursInRange, 2);
        QVERIFY(store.sources(QStringLiteral("c2"), HourRange{H0, H0 + 10 * H}).value().isEmpty());

        // An export's own span counts its hours whether they stand or not: A still holds hours 0 to 2.
        const ExportSpan spanA = store.exportSpan(a.exportId).value();
        QCOMPARE(spanA.clusterUuid, QStringLiteral("c1"));
        QCOMPARE(spanA.hours, (HourRange{H0, H0 + 3 * H}));
        QCOMPARE(store.exportSpan(c.exportId).value().hours, (HourRange{H0 + 10 * H, H0 + 13 * H}));
        QVERIFY(!store.exportSpan(c.exportId + 100).ok());
    }
    void hostPeriodsApplyTheRulesPerHost_data()
    {
        QTest::addColumn<bool>("withY");
        QTest::addColumn<int>("fromHour"); // after H0
        QTest::addColumn<int>("toHour");
        QTest::addColumn<QStringList>("expected");
        // Host units: 4 GiB 0.25, 8 GiB 0.5, 16 GiB 1, 32 GiB 2, 64 GiB 4; infrastructure 32 GiB: 2 x 0.3 = 0.6.
        // X alone, hours 0-5: host 1 0.5 x 3 + 1 x 3 = 4.5, last counted hour 5 at 16 GiB; host 2 counted in 0-4
        // (hour 5: 3 minutes < 5), 2 x 5 = 10, last hour 4; host 3 counted in hour 2 only (30 minutes), 0.25;
        // host 4 never counted (1 minute): its last listed state; host -2: 0.25 x 6 = 1.5.
        QTest::newRow("whole runs") << false << 0 << 6
                                    << QStringList{QStringLiteral("e1/1 6h 4.5 @5 full 16GiB 1"),
                                                   QStringLiteral("e1/2 5h 10 @4 full 32GiB 2"),
                                                   QStringLiteral("e1/3 1h 0.25 @2 full 4GiB 0.25"),
                                                   QStringLiteral("e1/4 0h 0 @never infra 32GiB 0.6"),
                                                   QStringLiteral("e2/-2 6h 1.5 @5 full 4GiB 0.25")};
        // Y stands for hour 4: host 1 there has 64 GiB (4), the others are absent. Host 1: 0.5 x 3 + 1 x 2 + 4 =
        // 7.5, last counted hour still 5 (16 GiB); host 2: hours 0-3, 8; host -2: 0.25 x 5 = 1.25.
        QTest::newRow("hour 4 from Y") << true << 0 << 6
                                       << QStringList{QStringLiteral("e1/1 6h 7.5 @5 full 16GiB 1"),
                                                      QStringLiteral("e1/2 4h 8 @3 full 32GiB 2"),
                                                      QStringLiteral("e1/3 1h 0.25 @2 full 4GiB 0.25"),
                                                      QStringLiteral("e1/4 0h 0 @never infra 32GiB 0.6"),
                                                      QStringLiteral("e2/-2 5h 1.25 @5 full 4GiB 0.25")};
        // Hours 0-2 only: host 1 before its resize, 0.5 x 3; host 2 2 x 3; host -2 0.25 x 3.
        QTest::newRow("part of the runs")
            << true << 0 << 3
            << QStringList{QStringLiteral("e1/1 3h 1.5 @2 full 8GiB 0.5"), QStringLiteral("e1/2 3h 6 @2 full 32GiB 2"),
                           QStringLiteral("e1/3 1h 0.25 @2 full 4GiB 0.25"),
                           QStringLiteral("e1/4 0h 0 @never infra 32GiB 0.6"),
                           QStringLiteral("e2/-2 3h 0.75 @2 full 4GiB 0.25")};
        QTest::newRow("no hours") << true << 10 << 20 << QStringList{};
    }

    void hostPeriodsApplyTheRulesPerHost()
    {
        QFETCH(bool, withY);
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        QFETCH(QStringList, expected);
        const HourRange range{H0 + fromHour * H, H0 + toHour * H};
        HistoryStore store;
        openStore(store);
        ingestOk(store, exportX());
        if (withY)
            ingestOk(store, exportY());
        const Result<std::vector<HostPeriod>> hosts = store.hostPeriods(QStringLiteral("c1"), range, RuleSettings{});
        QVERIFY(hosts.ok());
        QStringList described;
        qint64 hostUnitHours = 0;
        for (const HostPeriod &host : hosts.value()) {
            described.append(describeHost(host));
            hostUnitHours += host.hostUnitHoursMilli;
        }
        QCOMPARE(described, expected);
        // The hosts add up to what a snapshot of the same hours counts.
        QCOMPARE(hostUnitHours, snapshotOk(store, QStringLiteral("c1"), range)->clusterTotal().hostUnitHoursMilli);
        QVERIFY(store.hostPeriods(QStringLiteral("c2"), range, RuleSettings{}).value().empty());
    }

    void hostsInHourAreBiggestFirst_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<QStringList>("expected");
        // X and Y ingested. Hour 0: host 2 (2), host 1 (0.5), host -2 (0.25); hosts 3 and 4 active too briefly.
        QTest::newRow("hour 0") << 0
                                << QStringList{QStringLiteral("e1/2 2"), QStringLiteral("e1/1 0.5"),
                                               QStringLiteral("e2/-2 0.25")};
        QTest::newRow("hour 4 from Y") << 4 << QStringList{QStringLiteral("e1/1 4")};
        // Hour 5: host 2 active 3 minutes, not counted.
        QTest::newRow("hour 5") << 5 << QStringList{QStringLiteral("e1/1 1"), QStringLiteral("e2/-2 0.25")};
        QTest::newRow("no export") << 9 << QStringList{};
    }

    void hostsInHourAreBiggestFirst()
    {
        QFETCH(int, hour);
        QFETCH(QStringList, expected);
        HistoryStore store;
        openStore(store);
        ingestOk(store, exportX());
        ingestOk(store, exportY());
        // Any instant of the hour names it.
        const Result<std::vector<HostInHour>> hosts =
            store.hostsInHour(QStringLiteral("c1"), H0 + hour * H + 17 * Time::MinuteMs, RuleSettings{});
        QVERIFY(hosts.ok());
        QStringList described;
        for (const HostInHour &host : hosts.value())
            described.append(QStringLiteral("%1/%2 %3")
                                 .arg(host.environmentId)
                                 .arg(host.osiId)
                                 .arg(double(host.hostUnitsMilli) / 1000.0));
        QCOMPARE(described, expected);
    }

    void environmentsAreKeptWithTheHistory()
    {
        HistoryStore store;
        openStore(store);
        store.setClock([] { return qint64(1700000000000); });
        QVERIFY(store.environments(QStringLiteral("c1")).value().isEmpty());
        const StoredEnvironment e1{QStringLiteral("e1"),
                                   QStringLiteral("Shop"),
                                   {QStringLiteral("costcenter:web"), QStringLiteral("prod")},
                                   false,
                                   0};
        const StoredEnvironment e2{QStringLiteral("e2"), QStringLiteral("Trial"), {}, true, 0};
        QVERIFY(!store.storeEnvironments(QStringLiteral("c1"), {e2, e1}).isError());
        QList<StoredEnvironment> expected = {e1, e2};
        for (StoredEnvironment &environment : expected)
            environment.updatedMs = 1700000000000;
        QCOMPARE(store.environments(QStringLiteral("c1")).value(), expected);
        QVERIFY(store.environments(QStringLiteral("c2")).value().isEmpty());

        // A later listing replaces what it names and keeps the others (e2 was deleted, its hours remain).
        StoredEnvironment renamed = e1;
        renamed.name = QStringLiteral("Web shop");
        renamed.tags = {QStringLiteral("costcenter:ecommerce")};
        QVERIFY(!store.storeEnvironments(QStringLiteral("c1"), {renamed}).isError());
        renamed.updatedMs = 1700000000000;
        expected.first() = renamed;
        QCOMPARE(store.environments(QStringLiteral("c1")).value(), expected);

        // No export holds them: a rebuild keeps them.
        ingestOk(store, exportA());
        QVERIFY(!store.rebuild().isError());
        QCOMPARE(store.environments(QStringLiteral("c1")).value(), expected);
    }

    void version2StoreGainsTheEnvironmentTable()
    {
        if (m_postgres)
            NOT_FOR_THIS_BACKEND("Made by editing a SQLite file as version 2 wrote it: a PostgreSQL store has no file");
        {
            HistoryStore store;
            openStore(store);
            ingestOk(store, exportA());
        }
        {
            // The store as version 2 wrote it: no environment_info table.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-v2"));
            db.setDatabaseName(storePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TABLE environment_info")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-v2"));

        HistoryStore store;
        openStore(store);
        QCOMPARE(store.exports().value().size(), 1);
        QVERIFY(store.environments(QStringLiteral("c1")).value().isEmpty());
        QVERIFY(!store
                     .storeEnvironments(QStringLiteral("c1"),
                                        {{QStringLiteral("e1"), QStringLiteral("Shop"), {}, false, 0}})
                     .isError());
        QCOMPARE(store.environments(QStringLiteral("c1")).value().size(), 1);
    }

    // Another instance's commits move the version; the instance's own do not (the window's refresh hint).
    void otherWritersVersionMovesWithOthersOnly()
    {
        HistoryStore store;
        openStore(store);
        HistoryStore other;
        openStore(other);
        const qint64 start = store.otherWritersVersion().value();
        ingestOk(store, exportA());
        QCOMPARE(store.otherWritersVersion().value(), start);
        ingestOk(other, exportB());
        QVERIFY(store.otherWritersVersion().value() != start);
        const qint64 seen = store.otherWritersVersion().value();
        QVERIFY(!store.forget(store.exports().value().first().id).isError());
        QCOMPARE(store.otherWritersVersion().value(), seen);
    }

    void passwordInTheUriIsRefused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("user and password") << QStringLiteral("postgresql://lue:s3cret@127.0.0.1:5432/lue");
        QTest::newRow("password parameter") << QStringLiteral("postgresql://lue@127.0.0.1/lue?password=s3cret");
        QTest::newRow("short scheme") << QStringLiteral("postgres://lue:s3cret@localhost/lue?sslmode=require");
    }

    // Refused before any connection, and the refusal never repeats the password.
    void passwordInTheUriIsRefused()
    {
        QFETCH(QString, uri);
        HistoryStore store;
        const Status status = store.open(uri, keptFolder());
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QVERIFY2(status.detail.contains(QStringLiteral("password")), qPrintable(status.detail));
        QVERIFY(!status.message().contains(QStringLiteral("s3cret")));
        QVERIFY(!store.isOpen());
    }

    void serverProblemsAreOneLineEach_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("portOffset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused password") << QStringLiteral("sslmode=disable") << QStringLiteral("nobody") << 0
                                          << QStringLiteral("refused the password");
        QTest::newRow("unreachable server") << QStringLiteral("sslmode=disable&connect_timeout=3")
                                            << QStringLiteral("lue") << 1 << QStringLiteral("cannot be reached");
        QTest::newRow("untrusted certificate") << QStringLiteral("sslmode=verify-full&sslrootcert=%1/tls/other.pem")
                                               << QStringLiteral("lue") << 0 << QStringLiteral("TLS connection");
        QTest::newRow("missing CA file") << QStringLiteral("sslmode=verify-full&sslrootcert=%1/tls/missing.pem")
                                         << QStringLiteral("lue") << 0 << QStringLiteral("TLS connection");
    }

    void serverProblemsAreOneLineEach()
    {
        if (!m_postgres)
            NOT_FOR_THIS_BACKEND("Needs the PostgreSQL test server (tst_historystore_postgresql)");
        QFETCH(QString, query);
        QFETCH(QString, user);
        QFETCH(int, portOffset);
        QFETCH(QString, expected);
        const int port = m_server.value(QStringLiteral("port")).toInt() + portOffset;
        const QString uri =
            QStringLiteral("postgresql://%1@127.0.0.1:%2/lue?%3")
                .arg(user)
                .arg(port)
                .arg(QString(query).replace(QStringLiteral("%1"), m_server.value(QStringLiteral("dir")).toString()));
        HistoryStore store;
        const Status status = store.open(uri, keptFolder());
        QCOMPARE(status.code, ErrorCode::StoreUnusable);
        QVERIFY2(status.detail.contains(expected), qPrintable(status.detail));
        QVERIFY2(!status.message().contains(QLatin1Char('\n')), qPrintable(status.message()));
        QVERIFY(!store.isOpen());
    }

    // TLS checked against the test's own CA, the server's name included.
    void verifiedTlsConnectionWorks()
    {
        if (!m_postgres)
            NOT_FOR_THIS_BACKEND("Needs the PostgreSQL test server (tst_historystore_postgresql)");
        HistoryStore store;
        const QString uri = postgresUri(QStringLiteral("sslmode=verify-full&sslrootcert=%1&options=-csearch_path%3D%2")
                                            .arg(m_server.value(QStringLiteral("ca_file")).toString(), m_schema));
        const Status status = store.open(uri, keptFolder());
        QVERIFY2(!status.isError(), qPrintable(status.detail));
        QCOMPARE(ingestOk(store, exportA()).hoursAdded, 3);
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("test-admin")));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_ssl WHERE ssl")) && query.next());
        QVERIFY(query.value(0).toInt() >= 1);
    }

    // The team shares the store, so the kept exports are in it: a rebuild needs nothing of the local folder.
    void keptExportsAreInTheSharedStore()
    {
        if (!m_postgres)
            NOT_FOR_THIS_BACKEND("Needs the PostgreSQL test server (tst_historystore_postgresql)");
        const QString a = exportA();
        const QByteArray bytes = fileBytes(a);
        HistoryStore store;
        openStore(store);
        ingestOk(store, a);
        ingestOk(store, exportB());
        const UsageSnapshotPtr before = snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 4 * H});
        QVERIFY(QDir(keptFolder()).removeRecursively());
        QVERIFY(QDir().mkpath(keptFolder()));
        QVERIFY(!store.rebuild().isError());
        compareSnapshots(*snapshotOk(store, QStringLiteral("c1"), HourRange{H0, H0 + 4 * H}), *before);
        const StoredExport held = store.exports().value().first();
        QVERIFY(QFile::remove(store.keptCopyPath(held.sha256)));
        QCOMPARE(fileBytes(store.keptCopyPath(held.sha256)), bytes);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
