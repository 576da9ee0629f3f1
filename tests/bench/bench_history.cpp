// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// History benchmark: generates a realistic export, then measures side by side in one run, best of --runs:
//   (a) `csv` from the ZIP: the import into a usage snapshot and the hourly CSV, written to a device that
//       discards it,
//   (b) the ingest of the same export into an empty history store (hashing, keeping the copy, parsing,
//       writing, committing), and its peak resident memory,
//   (c) `history csv` of the export's hours from the store: opening it, the snapshot and the same CSV,
//   (d) how much the store file grew, per counted host-hour (everything: environment data, host data,
//       indexes, the export's own rows).
// The ratios (b)/(a) and (c)/(a) are the figures to watch: absolute times move with the machine and whatever
// else runs on it. Each --max-* option makes the run fail when its figure is exceeded (0: report only).
// With --history postgresql://USER@HOST:PORT/DB?… the store is a PostgreSQL one: each run in a fresh schema
// "bench_history" of that database (dropped and created again; the password from ~/.pgpass or PGPASSFILE), and
// (d) counts the schema's tables, the kept export among them.
// With --postgresql URI (or --postgresql-state FILE, the state file of tests/postgres/pgserver.py) each run also
//   (e) ingests the same export into a fresh PostgreSQL store, beside (b) into SQLite,
// and prints (e)/(b), the budget: wall time, and CPU time counted on both sides of the connection (this
// program's and, when the server runs on this machine, that of the server's processes), which another load on the
// machine changes far less than wall time. SQLite does all its work in this program, so its CPU is the program's.
// Usage: bench_history [--environments N] [--hosts N] [--hours N] [--file PATH] [--runs N] [--history URI]
//                      [--max-ingest-ratio R] [--max-query-ratio R] [--max-bytes-per-host-hour B] [--max-rss-mb M]
//                      [--postgresql URI | --postgresql-state FILE] [--max-postgresql-ratio R]

#include "benchexport.h"

#include <demo/exportgenerator.h>
#include <history/historystore.h>
#include <history/sqldialect.h>
#include <report/csvwriter.h>
#include <usage/importpipeline.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <limits>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace LicenseCore;

namespace {

// Takes every byte and keeps none: the CSV's cost is its making, not a disk's.
class NullDevice final : public QIODevice
{
public:
    NullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override { return length; }
};

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the kernel's peak-RSS mark so that VmHWM measures what follows only (see bench_import).
void resetPeakRss()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

// CPU time of all the process's threads: with other work on the machine, wall time alone says little.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto toSeconds = [](const timeval &time) { return double(time.tv_sec) + double(time.tv_usec) / 1e6; };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

// The store file and its write-ahead log, whatever is left of it.
qint64 storeBytes(const QString &storePath)
{
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(storePath + suffix).size();
    return bytes;
}

// The benchmark's own connection to a PostgreSQL store's database, to empty it between runs and to measure it.
const QString BenchSchema = QStringLiteral("bench_history");

QSqlDatabase benchConnection(const QString &uri)
{
    if (QSqlDatabase::contains(QStringLiteral("bench")))
        return QSqlDatabase::database(QStringLiteral("bench"));
    const PostgresTarget target = SqlDialect::parsePostgresUri(uri).value();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench"));
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setDatabaseName(target.database);
    db.setUserName(target.user);
    db.setConnectOptions(target.options);
    // Dropping the last run's schema is no news to print.
    if (db.open())
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

QString freshPostgresStore(const QString &uri, QTextStream &err)
{
    QSqlQuery query(benchConnection(uri));
    if (!query.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(BenchSchema)) ||
        !query.exec(QStringLiteral("CREATE SCHEMA %1").arg(BenchSchema))) {
        err << "bench: " << query.lastError().text() << '\n';
        return {};
    }
    return uri + (uri.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
           QStringLiteral("options=-csearch_path%3D") + BenchSchema;
}

qint64 postgresStoreBytes(const QString &uri)
{
    QSqlQuery query(benchConnection(uri));
    if (!query.exec(QStringLiteral("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                                   "ON n.oid = c.relnamespace WHERE n.nspname = '%1' AND c.relkind = 'r'")
                        .arg(BenchSchema)) ||
        !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// CPU seconds the PostgreSQL server has spent so far, if it runs on this machine: its postmaster's own and that of
// every backend it has reaped (cutime, cstime), plus the backends still running. A backend's CPU reaches its
// parent's count only when it exits, so a measurement closes its connections first. -1 when /proc tells nothing.
double serverCpuSeconds(const QString &uri)
{
    QSqlQuery query(benchConnection(uri));
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return -1;
    const auto statFields = [](qint64 pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return QList<QByteArray>();
        // The fields after the command's name, which is in parentheses and may hold spaces: state is field 3.
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2).split(' ');
    };
    const QList<QByteArray> backend = statFields(query.value(0).toLongLong());
    if (backend.size() < 15)
        return -1;
    const qint64 postmaster = backend[1].toLongLong(); // field 4, ppid
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QList<QByteArray> own = statFields(postmaster);
    if (own.size() < 15)
        return -1;
    // Fields 14 to 17: utime, stime, cutime, cstime.
    double ticks = own[11].toDouble() + own[12].toDouble() + own[13].toDouble() + own[14].toDouble();
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == postmaster)
            continue;
        const QList<QByteArray> child = statFields(pid);
        if (child.size() >= 15 && child[1].toLongLong() == postmaster)
            ticks += child[11].toDouble() + child[12].toDouble();
    }
    return ticks / tick;
}

struct Timing
{
    double wall = std::numeric_limits<double>::max();
    double cpu = std::numeric_limits<double>::max();

    void keepBest(double wallSeconds, double cpuSeconds)
    {
        wall = std::min(wall, wallSeconds);
        cpu = std::min(cpu, cpuSeconds);
    }
};

class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(processCpuSeconds())
    {
        m_timer.start();
    }
    [[nodiscard]] double wall() const { return double(m_timer.nsecsElapsed()) / 1e9; }
    [[nodiscard]] double cpu() const { return processCpuSeconds() - m_cpu; }

private:
    QElapsedTimer m_timer;
    double m_cpu = 0;
};

// Opens the store and ingests the export into it, closing it before returning; false (and the reason on `err`)
// when either step fails.
bool ingestInto(const QString &storePath, const QString &keptFolder, const QString &exportPath, QTextStream &err)
{
    HistoryStore store;
    Result<IngestResult> result = Error{};
    if (const Status status = store.open(storePath, keptFolder); status.isError())
        result = status;
    else
        result = store.ingest(exportPath);
    if (!result) {
        err << "bench: " << result.error().message() << '\n';
        return false;
    }
    store.close();
    return true;
}

QString seconds(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral(" s");
}

QString timing(const Timing &value)
{
    return seconds(value.wall) + QStringLiteral(" (CPU ") + seconds(value.cpu) + QLatin1Char(')');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("History benchmark"));
    parser.addHelpOption();
    const QCommandLineOption environmentsOption(QStringLiteral("environments"), QStringLiteral("Environments."),
                                                QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Hosts in all."), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"), QStringLiteral("Hours."), QStringLiteral("n"),
                                         QStringLiteral("720"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Use (or create, if missing) this export file."),
                                        QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measure each step this many times, alternately, and keep the "
                                                       "best of each."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption ingestRatioOption(QStringLiteral("max-ingest-ratio"),
                                               QStringLiteral("Fail when the ingest takes more than this many times "
                                                              "the csv from the ZIP."),
                                               QStringLiteral("ratio"), QStringLiteral("0"));
    const QCommandLineOption queryRatioOption(QStringLiteral("max-query-ratio"),
                                              QStringLiteral("Fail when the csv from the store takes more than this "
                                                             "many times the csv from the ZIP."),
                                              QStringLiteral("ratio"), QStringLiteral("0"));
    const QCommandLineOption bytesOption(QStringLiteral("max-bytes-per-host-hour"),
                                         QStringLiteral("Fail when the store grows by more than this many bytes per "
                                                        "counted host-hour."),
                                         QStringLiteral("bytes"), QStringLiteral("0"));
    const QCommandLineOption rssOption(QStringLiteral("max-rss-mb"),
                                       QStringLiteral("Fail when the ingest's peak resident memory exceeds this."),
                                       QStringLiteral("mb"), QStringLiteral("0"));
    const QCommandLineOption keepOption(QStringLiteral("keep-store"),
                                        QStringLiteral("Leave the store of the last run in this folder, to look into."),
                                        QStringLiteral("folder"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
                                           QStringLiteral("Measure a PostgreSQL store (postgresql://USER@HOST:PORT/DB) "
                                                          "instead of a SQLite file."),
                                           QStringLiteral("uri"));
    const QCommandLineOption postgresOption(QStringLiteral("postgresql"),
                                            QStringLiteral("Also ingest into a PostgreSQL store "
                                                           "(postgresql://USER@HOST:PORT/DB) and compare."),
                                            QStringLiteral("uri"));
    const QCommandLineOption postgresStateOption(QStringLiteral("postgresql-state"),
                                                 QStringLiteral("As --postgresql, with the server that "
                                                                "tests/postgres/pgserver.py started (its state file)."),
                                                 QStringLiteral("file"));
    const QCommandLineOption postgresRatioOption(QStringLiteral("max-postgresql-ratio"),
                                                 QStringLiteral("Fail when the PostgreSQL ingest takes more than this "
                                                                "many times the SQLite one (wall time)."),
                                                 QStringLiteral("ratio"), QStringLiteral("0"));
    parser.addOptions({environmentsOption, hostsOption, hoursOption, fileOption, runsOption, ingestRatioOption,
                       queryRatioOption, bytesOption, rssOption, keepOption, historyOption, postgresOption,
                       postgresStateOption, postgresRatioOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir tempDir;
    const QString path =
        parser.isSet(fileOption) ? parser.value(fileOption) : tempDir.filePath(QStringLiteral("bench-export.zip"));
    if (!ensureBenchExport(path, parser.value(environmentsOption).toInt(), parser.value(hostsOption).toInt(),
                           parser.value(hoursOption).toInt(), out, err))
        return 1;

    // The second store to compare with, if any: never the --history one, whose benchmark connection it would share.
    QString comparedUri = parser.value(postgresOption);
    if (parser.isSet(postgresStateOption)) {
        QFile stateFile(parser.value(postgresStateOption));
        const QJsonObject state =
            stateFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(stateFile.readAll()).object() : QJsonObject();
        comparedUri = state.value(QStringLiteral("uri")).toString();
        if (comparedUri.isEmpty()) {
            err << "bench: no PostgreSQL server is described in " << parser.value(postgresStateOption) << '\n';
            return 1;
        }
        // The password only from the server's password file, as the tests pass it.
        qputenv("PGPASSFILE", state.value(QStringLiteral("passfile")).toString().toLocal8Bit());
    }
    if (!comparedUri.isEmpty() && SqlDialect::isPostgresUri(parser.value(historyOption))) {
        err << "bench: --postgresql compares with SQLite: give no PostgreSQL store with --history\n";
        return 1;
    }

    const int runs = std::max(1, parser.value(runsOption).toInt());
    const EnvironmentNames names;
    Timing csv;
    Timing ingest;
    Timing query;
    Timing compared;
    double comparedServerCpu = std::numeric_limits<double>::max(); // -1: not measurable
    double queryParts[3] = {0, 0, 0}; // of the best: opening the store, the snapshot, writing the CSV
    qint64 peakKiB = 0;
    qint64 rssBefore = 0;
    qint64 grownBytes = 0;
    qint64 countedHostHours = 0;
    qint64 rows = 0;
    for (int run = 0; run < runs; ++run) {
        // (a) csv from the ZIP.
        HourRange range;
        {
            const Stopwatch watch;
            const Result<UsageSnapshotPtr> imported = importExport(path, ImportOptions{});
            if (!imported) {
                err << "bench: " << imported.error().message() << '\n';
                return 1;
            }
            NullDevice device;
            if (const Error error = CsvWriter::write(device, *imported.value(), names); error.isError()) {
                err << "bench: " << error.message() << '\n';
                return 1;
            }
            csv.keepBest(watch.wall(), watch.cpu());
            range = imported.value()->range().value_or(HourRange{});
            countedHostHours = 0;
            for (const HostSummary &host : imported.value()->hosts())
                countedHostHours += host.hoursCounted;
            rows = qint64(imported.value()->hourly().size());
        }

        // (b) the ingest into an empty store.
        QTemporaryDir storeDir;
        const bool keep = parser.isSet(keepOption) && run == runs - 1;
        const QString storeFolder = keep ? parser.value(keepOption) : storeDir.path();
        if (keep) {
            QDir(storeFolder).removeRecursively();
            QDir().mkpath(storeFolder);
        }
        const QString postgresUri = parser.value(historyOption);
        const QString storePath = postgresUri.isEmpty() ? QDir(storeFolder).filePath(QStringLiteral("history.sqlite"))
                                                        : freshPostgresStore(postgresUri, err);
        if (storePath.isEmpty())
            return 1;
        const auto bytesOf = [&](const QString &store) {
            return postgresUri.isEmpty() ? storeBytes(store) : postgresStoreBytes(postgresUri);
        };
        const QString keptFolder = QDir(storeFolder).filePath(QStringLiteral("exports"));
        qint64 emptyBytes = 0;
        {
            HistoryStore store;
            if (const Status status = store.open(storePath, keptFolder); status.isError()) {
                err << "bench: " << status.message() << '\n';
                return 1;
            }
            store.close();
            emptyBytes = bytesOf(storePath);
        }
        resetPeakRss();
        rssBefore = std::max(rssBefore, statusKiB("VmRSS"));
        {
            const Stopwatch watch;
            if (!ingestInto(storePath, keptFolder, path, err))
                return 1;
            ingest.keepBest(watch.wall(), watch.cpu());
        }
        peakKiB = std::max(peakKiB, statusKiB("VmHWM"));
        grownBytes = bytesOf(storePath) - emptyBytes;

        // (e) the same ingest into an empty PostgreSQL store.
        if (!comparedUri.isEmpty()) {
            const QString comparedStore = freshPostgresStore(comparedUri, err);
            if (comparedStore.isEmpty())
                return 1;
            {
                HistoryStore store;
                if (const Status status = store.open(comparedStore, keptFolder); status.isError()) {
                    err << "bench: " << status.message() << '\n';
                    return 1;
                }
            }
            const double serverBefore = serverCpuSeconds(comparedUri);
            const Stopwatch watch;
            if (!ingestInto(comparedStore, keptFolder, path, err))
                return 1;
            compared.keepBest(watch.wall(), watch.cpu());
            // The store's backend adds its CPU to the postmaster's count once it has exited and been reaped.
            QThread::msleep(300);
            const double serverAfter = serverCpuSeconds(comparedUri);
            comparedServerCpu = serverBefore < 0 || serverAfter < 0 || comparedServerCpu < 0
                                    ? -1
                                    : std::min(comparedServerCpu, serverAfter - serverBefore);
        }

        // (c) history csv from the store.
        {
            const Stopwatch watch;
            HistoryStore store;
            if (const Status status = store.open(storePath, keptFolder); status.isError()) {
                err << "bench: " << status.message() << '\n';
                return 1;
            }
            const double openSeconds = watch.wall();
            const Result<UsageSnapshotPtr> snapshot = store.snapshot(QString(), range, RuleSettings{});
            const double snapshotSeconds = watch.wall() - openSeconds;
            if (!snapshot) {
                err << "bench: " << snapshot.error().message() << '\n';
                return 1;
            }
            NullDevice device;
            if (const Error error = CsvWriter::write(device, *snapshot.value(), names); error.isError()) {
                err << "bench: " << error.message() << '\n';
                return 1;
            }
            if (watch.wall() < query.wall) {
                queryParts[0] = openSeconds;
                queryParts[1] = snapshotSeconds;
                queryParts[2] = watch.wall() - openSeconds - snapshotSeconds;
            }
            query.keepBest(watch.wall(), watch.cpu());
            if (qint64(snapshot.value()->hourly().size()) != rows) {
                err << "bench: the store gives " << snapshot.value()->hourly().size() << " rows, the ZIP " << rows
                    << '\n';
                return 1;
            }
        }
        out << "run " << run + 1 << ": csv " << seconds(csv.wall) << ", ingest " << seconds(ingest.wall)
            << ", history csv " << seconds(query.wall);
        if (!comparedUri.isEmpty())
            out << ", PostgreSQL ingest " << seconds(compared.wall);
        out << '\n';
        out.flush();
    }

    const double ingestRatio = ingest.wall / csv.wall;
    const double queryRatio = query.wall / csv.wall;
    const double bytesPerHostHour = countedHostHours > 0 ? double(grownBytes) / double(countedHostHours) : 0.0;
    const double peakMB = double(peakKiB) / 1024.0;
    out << "export:                " << QString::number(double(QFileInfo(path).size()) / 1e6, 'f', 1) << " MB, " << rows
        << " environment-hours, " << countedHostHours << " counted host-hours\n";
    out << "cores:                 " << QThread::idealThreadCount() << ", best of " << runs << '\n';
    out << "(a) csv from the ZIP:  " << timing(csv) << '\n';
    out << "(b) ingest:            " << timing(ingest) << ", (b)/(a) " << QString::number(ingestRatio, 'f', 2) << '\n';
    out << "    peak memory:       " << QString::number(peakMB, 'f', 0) << " MB (resident before the ingest "
        << QString::number(double(rssBefore) / 1024.0, 'f', 0) << " MB)\n";
    out << "(c) history csv:       " << timing(query) << ", (c)/(a) " << QString::number(queryRatio, 'f', 3) << '\n';
    out << "    open " << seconds(queryParts[0]) << ", snapshot " << seconds(queryParts[1]) << ", CSV "
        << seconds(queryParts[2]) << '\n';
    out << "(d) store growth:      " << grownBytes << " bytes, " << QString::number(bytesPerHostHour, 'f', 2)
        << " bytes per counted host-hour\n";
    double postgresRatio = 0;
    if (!comparedUri.isEmpty()) {
        postgresRatio = compared.wall / ingest.wall;
        out << "(e) PostgreSQL ingest: " << timing(compared) << ", (e)/(b) " << QString::number(postgresRatio, 'f', 2)
            << '\n';
        if (comparedServerCpu >= 0) {
            const double bothSides = compared.cpu + comparedServerCpu;
            out << "    server CPU " << seconds(comparedServerCpu) << ", CPU of both sides " << seconds(bothSides)
                << ", against (b)'s CPU " << QString::number(bothSides / ingest.cpu, 'f', 2) << '\n';
        } else {
            out << "    server CPU not measurable (not a server on this machine)\n";
        }
    }
    out.flush();

    bool failed = false;
    auto check = [&](const QCommandLineOption &option, double value, const char *what) {
        const double limit = parser.value(option).toDouble();
        if (limit > 0 && value > limit) {
            err << "bench: " << what << " is " << QString::number(value, 'f', 3) << ", more than " << limit << '\n';
            failed = true;
        }
    };
    check(ingestRatioOption, ingestRatio, "the ingest ratio (b)/(a)");
    check(queryRatioOption, queryRatio, "the history csv ratio (c)/(a)");
    check(bytesOption, bytesPerHostHour, "the store growth per counted host-hour");
    check(rssOption, peakMB, "the ingest's peak memory in MB");
    check(postgresRatioOption, postgresRatio, "the PostgreSQL ingest's ratio (e)/(b)");
    return failed ? 1 : 0;
}
