// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <demo/exportgenerator.h>
#include <history/historystore.h>
#include <usage/importpipeline.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
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
    QCOMPARE(a.logStorageBytes, b.logStorageBytes);
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

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString storePath() const { return path(QStringLiteral("history.sqlite")); }
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

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_now = H0 + 100 * H;
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
        QCOMPARE(store.gaps(QStringLiteral("c1")).value(),
                 (QList<HourRange>{{H0 + 2 * H, H0 + 4 * H}, {H0 + 5 * H, H0 + 6 * H}}));
        QCOMPARE(ingestOk(store, filler).hoursAdded, 1);
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
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-bump"));
            db.setDatabaseName(storePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            query.finish();
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::SchemaVersion + 1)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-bump"));
        const QByteArray bytes = fileBytes(storePath());
        QVERIFY(!bytes.isEmpty());

        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QCOMPARE(status.code, ErrorCode::FileUnreadable);
        QVERIFY2(status.detail.contains(QStringLiteral("newer")), qPrintable(status.detail));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileBytes(storePath()), bytes);
        QVERIFY(!QFile::exists(storePath() + QStringLiteral("-wal")));
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
        QFETCH(QByteArray, content);
        {
            QFile file(storePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QVERIFY(status.isError());
        QCOMPARE(status.code, ErrorCode::FileUnreadable);
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
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-foreign"));
            db.setDatabaseName(storePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-foreign"));
        const QByteArray bytes = fileBytes(storePath());
        HistoryStore store;
        const Status status = store.open(storePath(), keptFolder());
        QCOMPARE(status.code, ErrorCode::FileUnreadable);
        QVERIFY2(status.detail.contains(QStringLiteral("not a history store")), qPrintable(status.detail));
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
        {
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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-count"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM host_run")) && query.next());
            const qint64 runs = query.value(0).toLongLong();
            qInfo("%lld host-hours in %lld runs", hostHours, runs);
            QVERIFY(runs * 4 < hostHours);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-count"));
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
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
