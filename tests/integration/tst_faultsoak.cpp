// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterclient.h>
#include <common/timeutil.h>
#include <demo/democluster.h>
#include <usage/importpipeline.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator64>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <memory>

#if defined(__SANITIZE_ADDRESS__)
#define LUE_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LUE_UNDER_ASAN 1
#endif
#endif

using namespace LicenseCore;

namespace {

constexpr quint64 DefaultSeed = 20261001;
constexpr int DefaultDownloads = 200;
constexpr int CleanWarmUps = 12;  // fault-free: learn the export sizes the faults cut into
constexpr int FaultyWarmUps = 30; // every fault path once or more before the baseline is taken
constexpr double FaultProbability = 0.5;
constexpr int MaxRetries = 3;
constexpr qint64 RssMarginKiB = 4 * 1024; // a leak of 20 KiB per download shows
const QByteArray OldTargetContent("an older export that a failed download must leave alone");

// Both sides share this "now", so the two-hour rule and the generated hours do not depend on the wall clock.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 10, 1), QTime(12, 30), QTimeZone::utc());
}

enum class Fault
{
    None,
    Delay,
    Stall,
    Drop,
    Busy429,
    Upgrade556,
    Server500,
    Html200,
    Trickle,
};

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::Stall:
        return QStringLiteral("stall");
    case Fault::Drop:
        return QStringLiteral("drop");
    case Fault::Busy429:
        return QStringLiteral("429");
    case Fault::Upgrade556:
        return QStringLiteral("556");
    case Fault::Server500:
        return QStringLiteral("500");
    case Fault::Html200:
        return QStringLiteral("html");
    case Fault::Trickle:
        return QStringLiteral("trickle");
    }
    return {};
}

QString faultNames(const QList<Fault> &faults)
{
    QStringList names;
    for (Fault fault : faults)
        names.append(faultName(fault));
    return names.join(QLatin1Char(' '));
}

QString outcomeName(const RequestOutcome &outcome)
{
    switch (outcome.status) {
    case RequestStatus::Ok:
        return QStringLiteral("committed");
    case RequestStatus::HttpError:
        return QStringLiteral("http %1").arg(outcome.httpStatus);
    case RequestStatus::StallTimeout:
        return QStringLiteral("stall timeout");
    case RequestStatus::InvalidResponse:
        return QStringLiteral("invalid response");
    case RequestStatus::NetworkError:
        return QStringLiteral("network error");
    default:
        return QStringLiteral("unexpected status %1").arg(int(outcome.status));
    }
}

// What the download must end in when `fault` hit its last request.
QString expectedOutcome(Fault fault)
{
    switch (fault) {
    case Fault::None:
    case Fault::Delay:
    case Fault::Trickle:
        return QStringLiteral("committed");
    case Fault::Stall:
        return QStringLiteral("stall timeout");
    case Fault::Drop:
        return QStringLiteral("network error");
    case Fault::Busy429:
        return QStringLiteral("http 429");
    case Fault::Upgrade556:
        return QStringLiteral("http 556");
    case Fault::Server500:
        return QStringLiteral("http 500");
    case Fault::Html200:
        return QStringLiteral("invalid response");
    }
    return {};
}

bool isRetried(Fault fault)
{
    return fault == Fault::Busy429 || fault == Fault::Upgrade556;
}

// Where the download should end up: a new file, a file to replace, or (no target) the cache folder.
enum class Target
{
    NewFile,
    Existing,
    Cache,
};

QStringList entriesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

int countEntries(const QString &directory)
{
    return int(entriesIn(directory).size());
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QStringList threadNames()
{
    QStringList names;
    for (const QString &task : entriesIn(QStringLiteral("/proc/self/task"))) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly))
            names.append(QString::fromUtf8(comm.readAll().trimmed()));
    }
    return names;
}

struct Snapshot
{
    int fds = 0;
    int threads = 0;
    qint64 rssKiB = 0;
};

} // namespace

// Hundreds of downloads from the demo cluster, each request of them hit by a fault drawn from a seeded generator:
// every download must end in a complete, readable export or a clean failure that leaves nothing behind, and the
// run as a whole must not leak file descriptors, temporary files, threads or memory.
// LUE_SOAK_SEED and LUE_SOAK_DOWNLOADS change the seed and the number of downloads (a run of thousands also needs
// QTEST_FUNCTION_TIMEOUT raised); the summary line names the seed, so a failing run can be repeated exactly.
class TestFaultSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void soak();

private:
    void download(int index, bool withFaults);
    void settle();
    void snapshot(Snapshot *result);
    [[nodiscard]] QList<Fault> drawFaults();
    [[nodiscard]] DemoFault demoFault(Fault fault, int variant);

    std::unique_ptr<QTemporaryDir> m_root;
    QByteArray m_previousTmpDir;
    bool m_hadTmpDir = false;
    QString m_tmp;
    QString m_cache;
    QString m_output;
    std::unique_ptr<DemoCluster> m_cluster;
    QRandomGenerator64 m_random;
    QList<qint64> m_exportBytes; // per range variant, from the clean warm-up
    QMap<QString, int> m_outcomes;
    QMap<QString, int> m_faults;
    int m_requests = 0;
};

void TestFaultSoak::initTestCase()
{
    // Every temporary file of this process (the download's part file, the generator's inner archive, the
    // reader's spool) goes to a folder of its own, which must be empty again at the end.
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_tmp = m_root->filePath(QStringLiteral("tmp"));
    m_cache = m_root->filePath(QStringLiteral("cache"));
    m_output = m_root->filePath(QStringLiteral("output"));
    for (const QString &folder : {m_tmp, m_cache, m_output})
        QVERIFY(QDir().mkpath(folder));
    m_hadTmpDir = qEnvironmentVariableIsSet("TMPDIR");
    m_previousTmpDir = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(m_tmp));
    QCOMPARE(QDir::tempPath(), QDir(m_tmp).canonicalPath());

    DemoClusterOptions options;
    options.generator.seed = 7;
    options.generator.environments = 2;
    options.generator.hosts = 10;
    options.busyRetryAfterSeconds = 1;
    m_cluster = std::make_unique<DemoCluster>(options);
    m_cluster->setClock(fixedNow);
    QVERIFY(!m_cluster->listen().isError());
}

void TestFaultSoak::cleanupTestCase()
{
    m_cluster.reset();
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY2(entriesIn(m_tmp).isEmpty(), qPrintable(entriesIn(m_tmp).join(QLatin1String(", "))));
    if (m_hadTmpDir)
        qputenv("TMPDIR", m_previousTmpDir);
    else
        qunsetenv("TMPDIR");
}

QList<Fault> TestFaultSoak::drawFaults()
{
    static const QList<Fault> kinds{Fault::Delay,      Fault::Stall,     Fault::Drop,    Fault::Busy429,
                                    Fault::Upgrade556, Fault::Server500, Fault::Html200, Fault::Trickle};
    QList<Fault> faults;
    for (int attempt = 0; attempt <= MaxRetries; ++attempt) {
        if (m_random.generateDouble() < FaultProbability)
            faults.append(kinds.at(qsizetype(m_random.bounded(quint64(kinds.size())))));
        else
            faults.append(Fault::None);
    }
    return faults;
}

DemoFault TestFaultSoak::demoFault(Fault fault, int variant)
{
    const qint64 bytes = m_exportBytes.value(variant, 1);
    static const QList<QByteArray> retryAfters{QByteArray(), QByteArray("0"), QByteArray("1")};
    const QString exportPath = QStringLiteral("/license/consumption");
    switch (fault) {
    case Fault::None:
        return {};
    case Fault::Delay:
        return DemoFault::delay(int(m_random.bounded(10, 300)));
    case Fault::Stall:
        return DemoFault::stall(qint64(m_random.bounded(quint64(bytes)))).forPath(exportPath);
    case Fault::Drop:
        return DemoFault::drop(qint64(m_random.bounded(quint64(bytes)))).forPath(exportPath);
    case Fault::Busy429:
        return DemoFault::httpStatus(429, retryAfters.at(qsizetype(m_random.bounded(3))));
    case Fault::Upgrade556:
        return DemoFault::httpStatus(556, retryAfters.at(qsizetype(m_random.bounded(3))));
    case Fault::Server500:
        return DemoFault::httpStatus(500);
    case Fault::Html200:
        return DemoFault::htmlBody();
    case Fault::Trickle:
        return DemoFault::trickle(int(m_random.bounded(256, 2048)), int(m_random.bounded(1, 4))).forPath(exportPath);
    }
    return {};
}

// Until the cluster has closed every connection and finished every worker, and objects deleted later are gone.
void TestFaultSoak::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->connectionCount() == 0 && !m_cluster->isExportRunning(), 10000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestFaultSoak::snapshot(Snapshot *result)
{
    settle();
    // Threads of the global pool (the cluster's generator) stay for a while when idle; they are not leaks.
    QThreadPool::globalInstance()->waitForDone();
    // Every pool is joined now (the import's own pool when it returned), yet a joined thread shows in /proc until
    // the system has let it finish exiting, which on a busy machine takes a moment.
    QTRY_VERIFY2_WITH_TIMEOUT(!threadNames().contains(QLatin1String("Thread (pooled)")),
                              qPrintable(threadNames().join(QLatin1String(", "))), 10000);
    result->fds = countEntries(QStringLiteral("/proc/self/fd"));
    result->threads = countEntries(QStringLiteral("/proc/self/task"));
    result->rssKiB = residentKiB();
}

void TestFaultSoak::download(int index, bool withFaults)
{
    const int variant = index % 3;                                                          // 2, 3 or 4 hours
    const qint64 toMs = fixedNow().toMSecsSinceEpoch() - 3 * Time::HourMs - 30 * 60 * 1000; // 09:00
    ExportRequest request;
    request.toMs = toMs;
    request.fromMs = toMs - (2 + variant) * Time::HourMs;

    const auto target = static_cast<Target>(withFaults ? m_random.bounded(3) : quint32(index % 3));
    const QString targetPath = m_output + QStringLiteral("/export.zip");
    if (target == Target::Existing) {
        QFile old(targetPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write(OldTargetContent), qint64(OldTargetContent.size()));
    }
    if (target != Target::Cache)
        request.targetPath = targetPath;

    QList<Fault> faults;
    if (withFaults)
        faults = drawFaults();
    for (Fault fault : std::as_const(faults))
        m_cluster->queueFault(demoFault(fault, variant));
    m_cluster->clearRequests();

    ClusterProfile profile;
    profile.name = QStringLiteral("soak");
    profile.baseUrl = m_cluster->url();
    profile.proxyMode = ProxyMode::None;
    profile.stallTimeoutSeconds = 2; // the longest injected delay (300 ms) stays well below it on a busy machine
    RetryPolicy retry;
    retry.initialDelayMs = 1000;
    retry.minDelayMs = 1000;
    retry.maxDelayMs = 4000;
    retry.maxTotalWaitMs = 60 * 1000;
    retry.maxAttempts = MaxRetries;
    retry.timeScale = 0.005; // a nominal second is 5 ms
    auto client = std::make_unique<ClusterClient>(profile, DemoCluster::demoToken());
    client->setClock(fixedNow);
    client->setRetryPolicy(retry);
    client->setCacheDirectory(m_cache);

    ExportDownloadJob *job = client->downloadExport(request);
    QSignalSpy finished(job, &ExportDownloadJob::finished);
    QVERIFY2(finished.wait(30000), qPrintable(QStringLiteral("download %1 did not finish").arg(index)));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<ExportResult>();
    client.reset();
    m_cluster->clearFaults();
    settle();

    // Which faults the requests met: the first one that is not retried ends the download, as do too many.
    const QList<DemoRequestRecord> requests = m_cluster->requests();
    qsizetype expectedRequests = 1;
    if (withFaults) {
        while (expectedRequests <= MaxRetries && isRetried(faults.at(expectedRequests - 1)))
            ++expectedRequests;
    }
    const QString outcome = outcomeName(result.outcome);
    const Fault last = withFaults ? faults.at(expectedRequests - 1) : Fault::None;
    const QString context = QStringLiteral("download %1, faults [%2]: %3 (%4)")
                                .arg(QString::number(index), faultNames(faults), outcome, result.outcome.errorText);
    QVERIFY2(requests.size() == expectedRequests, qPrintable(context));
    QVERIFY2(outcome == expectedOutcome(last), qPrintable(context));
    for (qsizetype i = 0; i < requests.size(); ++i)
        m_faults[faultName(withFaults ? faults.at(i) : Fault::None)] += 1;
    m_requests += int(requests.size());
    m_outcomes[outcome] += 1;

    const QString committed = target == Target::Cache ? QString() : QFileInfo(targetPath).absoluteFilePath();
    if (result.outcome.ok()) {
        if (target != Target::Cache)
            QCOMPARE(result.filePath, committed);
        else
            QCOMPARE(QFileInfo(result.filePath).absolutePath(), QDir(m_cache).absolutePath());
        QCOMPARE(QFileInfo(result.filePath).size(), result.bytes);
        if (!withFaults && index < 3)
            m_exportBytes.append(result.bytes);
        else
            QCOMPARE(result.bytes, m_exportBytes.at(variant)); // same range, same bytes

        ImportOptions options;
        options.parserThreads = 2;
        options.expectedRange = HourRange{request.fromMs.value(), request.toMs.value()};
        const Result<UsageSnapshotPtr> imported = importExport(result.filePath, options);
        if (!imported)
            QFAIL(qPrintable(context + QLatin1String(": ") + imported.error().message()));
        const UsageSnapshotPtr &store = imported.value();
        QCOMPARE(store->range(), options.expectedRange);
        QVERIFY2(store->gaps().isEmpty(), qPrintable(context));
        QCOMPARE(store->environmentIds().size(), qsizetype(2));
        QVERIFY(QFile::remove(result.filePath));
    } else {
        QVERIFY2(!result.outcome.errorText.isEmpty(), qPrintable(context));
        QVERIFY2(result.filePath.isEmpty(), qPrintable(context));
        if (target == Target::Existing) {
            QFile old(targetPath);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QVERIFY2(old.readAll() == OldTargetContent, qPrintable(context));
            old.close();
            QVERIFY(old.remove());
        }
    }
    // Nothing else, in any of the folders a download or the cluster writes to.
    QVERIFY2(entriesIn(m_output).isEmpty(), qPrintable(context + QLatin1String(": ") + entriesIn(m_output).join(u' ')));
    QVERIFY2(entriesIn(m_cache).isEmpty(), qPrintable(context + QLatin1String(": ") + entriesIn(m_cache).join(u' ')));
    const QStringList work = entriesIn(m_cluster->workDirectory());
    QVERIFY2(work.isEmpty(), qPrintable(context + QLatin1String(": ") + work.join(u' ')));
    const QStringList temporary = entriesIn(m_tmp);
    QVERIFY2(temporary == QStringList{QFileInfo(m_cluster->workDirectory()).fileName()},
             qPrintable(context + QLatin1String(": ") + temporary.join(u' ')));
}

void TestFaultSoak::soak()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("LUE_SOAK_SEED").toULongLong(&ok);
    const quint64 effectiveSeed = ok ? seed : DefaultSeed;
    const int requested = qEnvironmentVariableIntValue("LUE_SOAK_DOWNLOADS", &ok);
    const int downloads = ok && requested > 0 ? requested : DefaultDownloads;
    m_random.seed(effectiveSeed);

    int index = 0;
    for (int i = 0; i < CleanWarmUps; ++i, ++index) {
        download(index, false);
        if (QTest::currentTestFailed())
            return;
    }
    for (int i = 0; i < FaultyWarmUps; ++i, ++index) {
        download(index, true);
        if (QTest::currentTestFailed())
            return;
    }
    m_outcomes.clear();
    m_faults.clear();
    m_requests = 0;

    Snapshot before;
    snapshot(&before);
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < downloads; ++i, ++index) {
        download(index, true);
        if (QTest::currentTestFailed())
            return;
    }
    const qint64 elapsedMs = clock.elapsed();
    Snapshot after;
    snapshot(&after);
    if (QTest::currentTestFailed())
        return;

    QStringList outcomes;
    int failed = 0;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        if (it.key() != QLatin1String("committed")) {
            outcomes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
            failed += it.value();
        }
    }
    QStringList faults;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
        faults.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    qInfo().noquote() << QStringLiteral(
                             "soak seed %1: %2 downloads (after %3 warm-up) in %4 s; committed %5, failed %6 "
                             "(%7); %8 requests, faults met: %9; fds %10 -> %11, threads %12 -> %13, "
                             "VmRSS %14 -> %15 KiB")
                             .arg(QString::number(effectiveSeed), QString::number(downloads),
                                  QString::number(CleanWarmUps + FaultyWarmUps),
                                  QString::number(double(elapsedMs) / 1000.0, 'f', 1),
                                  QString::number(m_outcomes.value(QStringLiteral("committed"))),
                                  QString::number(failed), outcomes.join(QLatin1String(", ")),
                                  QString::number(m_requests), faults.join(QLatin1String(", ")))
                             .arg(before.fds)
                             .arg(after.fds)
                             .arg(before.threads)
                             .arg(after.threads)
                             .arg(before.rssKiB)
                             .arg(after.rssKiB);

    QCOMPARE(after.fds, before.fds);
    QVERIFY2(after.threads == before.threads, qPrintable(threadNames().join(QLatin1String(", "))));
    QVERIFY(m_outcomes.value(QStringLiteral("committed")) > 0);
    QVERIFY(failed > 0);
#ifdef LUE_UNDER_ASAN
    // The sanitizer's quarantine and shadow memory grow with every allocation; LeakSanitizer checks leaks there.
    Q_UNUSED(RssMarginKiB)
#else
    QVERIFY2(after.rssKiB - before.rssKiB <= RssMarginKiB,
             qPrintable(QStringLiteral("VmRSS grew by %1 KiB").arg(after.rssKiB - before.rssKiB)));
#endif
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
