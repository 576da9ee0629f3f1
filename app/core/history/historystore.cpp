// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <archive/archivetimes.h>
#include <common/timeutil.h>
#include <history/historystore.h>
#include <history/storedvalues.h>
#include <usage/hoursummary.h>
#include <usage/importpipeline.h>
#include <usage/usagesnapshotbuilder.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <openssl/evp.h>
#include <optional>
#include <set>
#include <signal.h>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace LicenseCore {

using namespace StoredValues;

namespace {

// Every schema change is one step here, applied in order and never edited once released: step N brings a store
// from version N to N + 1. Between a step's statements and its cleanup, migrate() converts what SQL alone
// cannot (see convertVersion1Rows()).
struct MigrationStep
{
    std::vector<const char *> statements;
    std::vector<const char *> cleanup;
};

const std::vector<MigrationStep> &migrations()
{
    static const std::vector<MigrationStep> steps = {
        {{
             "CREATE TABLE export (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, original_name TEXT NOT NULL, "
             "made_ms INTEGER NOT NULL, ingested_ms INTEGER NOT NULL, cluster TEXT NOT NULL, "
             "file_size INTEGER NOT NULL)",
             // Environment ids and DDU pool names are long strings; the hourly rows refer to them by number.
             "CREATE TABLE environment (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
             "CREATE TABLE pool (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
             // end_ms: where the hour's activity window ends (the file's timeFrameEnd when it cuts the hour short).
             "CREATE TABLE export_hour (export_id INTEGER NOT NULL, hour_ms INTEGER NOT NULL, "
             "end_ms INTEGER NOT NULL, PRIMARY KEY (export_id, hour_ms)) WITHOUT ROWID",
             "CREATE INDEX export_hour_by_hour ON export_hour (hour_ms)",
             // ddu: the file's pool entries in their order, as varint pool id and little-endian double each.
             "CREATE TABLE environment_hour (export_id INTEGER NOT NULL, hour_ms INTEGER NOT NULL, "
             "environment INTEGER NOT NULL, visits INTEGER NOT NULL, mobile_sessions INTEGER NOT NULL, "
             "session_replays INTEGER NOT NULL, mobile_session_replays INTEGER NOT NULL, "
             "rum_user_properties INTEGER NOT NULL, synthetic_browser INTEGER NOT NULL, "
             "synthetic_http INTEGER NOT NULL, synthetic_other INTEGER NOT NULL, custom_metrics INTEGER NOT NULL, "
             "log_storage_bytes INTEGER NOT NULL, log_upload_bytes INTEGER NOT NULL, trial INTEGER NOT NULL, "
             "ddu BLOB, PRIMARY KEY (export_id, hour_ms, environment)) WITHOUT ROWID",
             // A host over consecutive hours with the same mode flags (1 PaaS, 2 infrastructure only), memory and
             // PaaS limit. occurrence tells apart the same host listed twice in one environment-hour. activity:
             // the most common value of the run's hours (-1: no activity records, else active milliseconds in
             // the hour); exceptions: the other hours, as varint pairs (hour offset in the run, zigzag activity).
             "CREATE TABLE host_run (export_id INTEGER NOT NULL, first_hour_ms INTEGER NOT NULL, "
             "environment INTEGER NOT NULL, osi_id INTEGER NOT NULL, occurrence INTEGER NOT NULL, "
             "last_hour_ms INTEGER NOT NULL, flags INTEGER NOT NULL, memory_bytes INTEGER NOT NULL, "
             "paas_limit_bytes INTEGER NOT NULL, activity INTEGER NOT NULL, exceptions BLOB, "
             "PRIMARY KEY (export_id, first_hour_ms, environment, osi_id, occurrence)) WITHOUT ROWID",
             "CREATE TABLE standing (cluster TEXT NOT NULL, hour_ms INTEGER NOT NULL, export_id INTEGER NOT NULL, "
             "PRIMARY KEY (cluster, hour_ms)) WITHOUT ROWID",
             "CREATE INDEX standing_by_export ON standing (export_id)",
         },
         {}},
        {{
             // One row per export and block of hours (StoredValues::BlockHours, aligned since the epoch): all its
             // environment-hours and host runs, in the formats of storedvalues.h. A few rows per export instead
             // of one per environment-hour and per host run: ingest and reads touch a few hundred kilobytes.
             "CREATE TABLE export_block (export_id INTEGER NOT NULL, start_ms INTEGER NOT NULL, "
             "environments BLOB NOT NULL, hosts BLOB NOT NULL, PRIMARY KEY (export_id, start_ms)) WITHOUT ROWID",
             // The corrections log: what the ingest of an export did, one line per export that added or replaced
             // hours when it was ingested (a rebuild keeps the lines, it does not write them again).
             "CREATE TABLE ingest_log (export_id INTEGER PRIMARY KEY, hours_added INTEGER NOT NULL, "
             "hours_replaced INTEGER NOT NULL, hours_kept_newer INTEGER NOT NULL, values_changed INTEGER NOT NULL, "
             "replaced_from_ms INTEGER, replaced_to_ms INTEGER)",
         },
         {
             "DROP TABLE environment_hour",
             "DROP TABLE host_run",
         }},
        {{
             // What the cluster's /environments says of each environment, for names and cost-centre tags in
             // views of past hours; kept when an environment is deleted, and by rebuild() (no export holds it).
             // tags: a JSON array of strings.
             "CREATE TABLE environment_info (cluster TEXT NOT NULL, environment_id TEXT NOT NULL, "
             "name TEXT NOT NULL, tags TEXT NOT NULL, trial INTEGER NOT NULL, updated_ms INTEGER NOT NULL, "
             "PRIMARY KEY (cluster, environment_id))",
         },
         {}},
    };
    return steps;
}

std::atomic_int connectionCounter{0};

// Copies that an ingest killed before its end left in the folder of kept exports ("incoming-<pid>-<id>.part").
// Another process may be ingesting into the same folder right now, so only the parts of processes that no longer
// exist are removed.
void removeAbandonedParts(const QString &folder)
{
    const QStringList parts =
        QDir(folder).entryList({QStringLiteral("incoming-*.part")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : parts) {
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong(&ok);
        if (ok && pid > 0 && pid <= std::numeric_limits<pid_t>::max() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(QDir(folder).filePath(name));
    }
}

// How long a statement waits for another connection's write lock before it fails with "database is locked".
constexpr int BusyTimeoutMs = 5000;

// Why a store cannot be used at all, as opposed to one statement failing.
enum class StoreProblem
{
    None,
    Damaged,
    Locked,
    Full,
    ReadOnly,
    DiskError,
};

// The problem an SQLite error stands for. Qt passes on SQLite's message, not its result code; SQLite's message
// for each of these result codes is a fixed English text, so the text tells them apart.
StoreProblem storeProblem(const QString &sqliteText)
{
    static const std::pair<QLatin1StringView, StoreProblem> phrases[] = {
        {QLatin1StringView("file is not a database"), StoreProblem::Damaged},                // SQLITE_NOTADB
        {QLatin1StringView("database disk image is malformed"), StoreProblem::Damaged},      // SQLITE_CORRUPT
        {QLatin1StringView("malformed database schema"), StoreProblem::Damaged},             // SQLITE_CORRUPT
        {QLatin1StringView("database is locked"), StoreProblem::Locked},                     // SQLITE_BUSY
        {QLatin1StringView("database table is locked"), StoreProblem::Locked},               // SQLITE_LOCKED
        {QLatin1StringView("database or disk is full"), StoreProblem::Full},                 // SQLITE_FULL
        {QLatin1StringView("attempt to write a readonly database"), StoreProblem::ReadOnly}, // SQLITE_READONLY
        {QLatin1StringView("unable to open database file"), StoreProblem::ReadOnly},         // SQLITE_CANTOPEN
        {QLatin1StringView("disk I/O error"), StoreProblem::DiskError},                      // SQLITE_IOERR
    };
    for (const auto &[phrase, problem] : phrases) {
        if (sqliteText.contains(phrase, Qt::CaseInsensitive))
            return problem;
    }
    return StoreProblem::None;
}

// A write that failed for want of room: SQLite reports a write that the disk or the file size limit cut short as
// an I/O error, which the error number of that write still tells apart.
bool lastWriteFoundNoRoom(int errorNumber)
{
    return errorNumber == ENOSPC || errorNumber == EFBIG || errorNumber == EDQUOT;
}

// The one-line detail of an unusable store: what is wrong, then what to do about it.
Error unusableStore(const QString &storePath, StoreProblem problem, const QString &cause)
{
    QString text;
    switch (problem) {
    case StoreProblem::None:
    case StoreProblem::Damaged:
        text = QStringLiteral("The history store is damaged. Move the file aside and run `license-usage history "
                              "rebuild`, which rebuilds it from the kept exports.");
        break;
    case StoreProblem::Locked:
        text = QStringLiteral("Another program has kept the history store locked for more than %1 seconds. Close "
                              "the other program or wait until it is done, then try again.")
                   .arg(BusyTimeoutMs / 1000);
        break;
    case StoreProblem::Full:
        text = QStringLiteral("There is no room to write the history store: the disk is full or the file reached "
                              "its size limit. Free space, then try again.");
        break;
    case StoreProblem::ReadOnly:
        text = QStringLiteral("The history store or its folder cannot be written (a read-only file, folder or "
                              "disk). Make them writable or choose another history file.");
        break;
    case StoreProblem::DiskError:
        text = QStringLiteral("The disk failed to read or write the history store. Check that the disk works and "
                              "has free space, then try again.");
        break;
    }
    if (!cause.isEmpty())
        text = cause + QStringLiteral(". ") + text;
    return Error{ErrorCode::StoreUnusable, text, storePath};
}

// The problem of an SQLite error, with a disk I/O error that was in fact a lack of room counted as a full disk.
// `errorNumber` is errno right after the failed call.
StoreProblem classify(const QString &sqliteText, int errorNumber)
{
    const StoreProblem problem = storeProblem(sqliteText);
    if (problem == StoreProblem::DiskError && lastWriteFoundNoRoom(errorNumber))
        return StoreProblem::Full;
    return problem;
}

// Whether files can be created in the folder `path`, or in the folders that creating it would make (then its
// nearest existing ancestor must take them). For root, access() answers yes whatever the mode bits say and no on a
// read-only mount, which is what SQLite will meet too.
bool canWriteIn(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return false;
        info = QFileInfo(parent);
    }
    return info.isDir() && info.isWritable();
}

// A kept copy that could not be written. On a full or read-only disk the store cannot take the export either, so
// the store is unusable; anything else is this one file's failure.
Error keptCopyError(const QString &storePath, const QString &copyPath, qint64 bytesNeeded, int errorNumber)
{
    const QString folder = QFileInfo(copyPath).absolutePath();
    const QString cause = QStringLiteral("Cannot keep a copy of the export in %1").arg(folder);
    if (!QFileInfo(folder).isWritable())
        return unusableStore(storePath, StoreProblem::ReadOnly, cause);
    const QStorageInfo disk(folder);
    if (lastWriteFoundNoRoom(errorNumber) || (disk.isValid() && disk.bytesAvailable() < bytesNeeded))
        return unusableStore(storePath, StoreProblem::Full, cause);
    return Error{ErrorCode::FileUnwritable, QStringLiteral("Cannot keep a copy of the export."), copyPath};
}

Error newerStore(const QString &storePath, int version)
{
    return Error{ErrorCode::StoreUnusable,
                 QStringLiteral("The history store has schema version %1, newer than the %2 this version of the "
                                "program knows; it was left untouched. Use a newer version of the program.")
                     .arg(version)
                     .arg(HistoryStore::SchemaVersion),
                 storePath};
}

// The one line of a PostgreSQL store that cannot be used: the server refused the password, cannot be reached, or
// the TLS connection failed, each said apart, with libpq's cause where it helps. libpq never puts a password in its
// messages, and the URI holds none.
Error postgresUnusable(const QString &uri, const QString &driverText)
{
    const QString cause = driverText.simplified();
    QString text;
    switch (SqlDialect::postgresProblem(driverText)) {
    case PostgresProblem::PasswordMissing:
    case PostgresProblem::PasswordRefused:
        text = QStringLiteral("The PostgreSQL server refused the password. Put the right password in ~/.pgpass, the "
                              "file PGPASSFILE names, or a PGSERVICE entry.");
        break;
    case PostgresProblem::Tls: {
        // libpq's reason is the first line after the last "failed: ".
        QString reason = driverText.mid(driverText.lastIndexOf(QLatin1String("failed: ")) + 8);
        reason = reason.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        text = QStringLiteral("The TLS connection to the PostgreSQL server failed (%1). Check sslmode and the CA "
                              "file that sslrootcert names.")
                   .arg(reason);
        break;
    }
    case PostgresProblem::Unreachable:
        text = QStringLiteral("The PostgreSQL server cannot be reached. Check the host and port of the URI and that "
                              "the server runs, then try again.");
        break;
    case PostgresProblem::NoDatabase:
        text = QStringLiteral("The PostgreSQL database does not exist. Create it (createdb) or correct the URI.");
        break;
    case PostgresProblem::None:
    case PostgresProblem::Other:
        if (cause.contains(QLatin1String("deadlock detected"), Qt::CaseInsensitive) ||
            cause.contains(QLatin1String("could not serialize"), Qt::CaseInsensitive))
            text = QStringLiteral("Another program writing to the shared history got in the way. Try again.");
        else
            text = QStringLiteral("Cannot use the PostgreSQL store: %1").arg(cause);
        break;
    }
    return Error{ErrorCode::StoreUnusable, text, uri};
}

// Whether a PostgreSQL error of a statement means the store as a whole cannot be used (the connection is gone).
bool postgresConnectionLost(const QString &driverText)
{
    for (const char *phrase : {"server closed the connection", "no connection to the server", "terminating connection",
                               "could not receive data", "could not send data", "deadlock detected"}) {
        if (driverText.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The schema version in a SQLite file's header (big-endian at offset 60), read without SQLite, so that a store
// of a newer version is refused before anything could write to it; nullopt when the file is not an SQLite
// database.
std::optional<int> headerSchemaVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return std::nullopt;
    const auto byte = [&header](int at) { return quint32(quint8(header.at(at))); };
    // The page size (a power of two from 512 to 65536, which is stored as 1) and the payload fractions, which
    // every SQLite file has as 64, 32 and 32: garbage after the magic words is not taken for a version.
    const quint32 pageSize = byte(16) << 8 | byte(17);
    const bool pageSizeValid = pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0);
    if (!pageSizeValid || byte(21) != 64 || byte(22) != 32 || byte(23) != 32)
        return std::nullopt;
    return int(byte(60) << 24 | byte(61) << 16 | byte(62) << 8 | byte(63));
}

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, QStringLiteral("The file does not exist."), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, file.errorString(), path};
    // OpenSSL's SHA-256 uses the processor's SHA instructions where it has them: about ten times faster than
    // QCryptographicHash here, which matters on exports of hundreds of megabytes.
    using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
    const Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Error{ErrorCode::FileUnreadable, QStringLiteral("Cannot compute a SHA-256."), path};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return Error{ErrorCode::FileUnreadable, file.errorString(), path};
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return Error{ErrorCode::FileUnreadable, QStringLiteral("Cannot compute a SHA-256."), path};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

// An empty blob, not NULL: Qt Sql binds a null QByteArray as NULL.
QByteArray notNull(QByteArray blob)
{
    return blob.isNull() ? QByteArray("", 0) : blob;
}

QSqlQuery prepared(const QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(sql));
    return query;
}

// Writes rows of `columns` values each (`values`, row after row) with `head` + "VALUES (?, …), (?, …) …" + `tail`,
// many rows per statement, which both backends take: for PostgreSQL a statement is a round trip to the server.
// False with `errorText` set when the database refuses one.
bool insertRows(const QSqlDatabase &db, const QString &head, const QString &tail, int columns,
                const QVariantList &values, QString &errorText)
{
    constexpr qsizetype RowsPerStatement = 250; // well below SQLite's limit of bound values
    const qsizetype rows = values.size() / columns;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    qsizetype preparedRows = 0;
    for (qsizetype first = 0; first < rows; first += RowsPerStatement) {
        const qsizetype count = std::min(RowsPerStatement, rows - first);
        if (count != preparedRows) {
            const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(columns - 1) + QStringLiteral("?)");
            QStringList list(count, row);
            query.prepare(head + QStringLiteral(" VALUES ") + list.join(QStringLiteral(", ")) + tail);
            preparedRows = count;
        }
        for (qsizetype i = 0; i < count * columns; ++i)
            query.bindValue(int(i), values[first * columns + i]);
        if (!query.exec()) {
            errorText = query.lastError().text();
            return false;
        }
    }
    return true;
}

// One host's inputs to the rules in one hour, as its export lists them.
struct HostInputs
{
    qint64 osiId = 0;
    qint64 memoryBytes = 0;
    qint64 paasLimitBytes = 0;
    qint64 activity = NoActivityRecords; // active milliseconds in the hour
    int flags = 0;
};

// One environment in one hour: its metrics (hosts emptied) and its hosts' inputs, ordered by host; the same host
// listed twice keeps the file's order.
struct ParsedEnvironment
{
    EnvironmentHour metrics;
    std::vector<HostInputs> hosts;
};

struct ParsedHour
{
    QString clusterUuid;
    qint64 hourMs = 0;
    qint64 endMs = 0;                            // where the hour's activity window ends
    std::vector<ParsedEnvironment> environments; // each environment once
};

// Runs on a parser thread: one hourly file in the form the store keeps, the rules not yet applied.
ParsedHour parseHour(HourRecord &&record)
{
    ParsedHour hour;
    hour.clusterUuid = std::move(record.clusterUuid);
    // As summarizeHour() does: the hour is floored, activity counts up to the file's end if that is earlier.
    hour.hourMs = Time::floorHour(record.timeFrameStartMs);
    hour.endMs = hour.hourMs + Time::HourMs;
    if (record.timeFrameEndMs > hour.hourMs && record.timeFrameEndMs < hour.endMs)
        hour.endMs = record.timeFrameEndMs;
    hour.environments.reserve(record.environments.size());
    for (EnvironmentHour &environment : record.environments) {
        ParsedEnvironment parsed;
        parsed.hosts.reserve(environment.hosts.size());
        for (const HostHour &host : environment.hosts) {
            parsed.hosts.push_back(
                {host.osiId, host.hostMemoryBytes, host.paasMemoryLimitBytes,
                 host.activity.isEmpty() ? NoActivityRecords : Rules::activeMs(host.activity, hour.hourMs, hour.endMs),
                 (host.paas ? FlagPaas : 0) | (host.infrastructureOnly ? FlagInfrastructureOnly : 0)});
        }
        std::stable_sort(parsed.hosts.begin(), parsed.hosts.end(),
                         [](const HostInputs &a, const HostInputs &b) { return a.osiId < b.osiId; });
        std::vector<HostHour>().swap(environment.hosts); // `= {}` would keep its capacity
        parsed.metrics = std::move(environment);
        // The same environment twice in one file: the later entry wins, as summarizeHour() decides.
        auto existing = std::find_if(hour.environments.begin(), hour.environments.end(), [&](const auto &e) {
            return e.metrics.environmentId == parsed.metrics.environmentId;
        });
        if (existing != hour.environments.end())
            *existing = std::move(parsed);
        else
            hour.environments.push_back(std::move(parsed));
    }
    return hour;
}

EnvironmentHourValues environmentValues(const EnvironmentHour &environment, qint64 key, int offset,
                                        const QHash<QString, qint64> &poolKeys)
{
    EnvironmentHourValues values;
    values.environment = key;
    values.offset = offset;
    values.counters = {environment.visits,
                       environment.mobileSessions,
                       environment.sessionReplays,
                       environment.mobileSessionReplays,
                       environment.rumUserProperties,
                       environment.syntheticBrowserExecutions,
                       environment.syntheticHttpExecutions,
                       environment.syntheticUnknownExecutions,
                       environment.customMetrics,
                       environment.logStorageBytes,
                       environment.logUploadBytes};
    values.trial = environment.trial;
    values.ddu.reserve(size_t(environment.ddu.size()));
    for (const DduPoolUsage &pool : environment.ddu)
        values.ddu.emplace_back(poolKeys.value(pool.pool), pool.total);
    return values;
}

EnvironmentHour environmentHour(const EnvironmentHourValues &values, const QHash<qint64, QString> &environments,
                                const QHash<qint64, QString> &pools)
{
    EnvironmentHour environment;
    environment.environmentId = environments.value(values.environment);
    environment.visits = values.counters[Visits];
    environment.mobileSessions = values.counters[MobileSessions];
    environment.sessionReplays = values.counters[SessionReplays];
    environment.mobileSessionReplays = values.counters[MobileSessionReplays];
    environment.rumUserProperties = values.counters[RumUserProperties];
    environment.syntheticBrowserExecutions = values.counters[SyntheticBrowser];
    environment.syntheticHttpExecutions = values.counters[SyntheticHttp];
    environment.syntheticUnknownExecutions = values.counters[SyntheticOther];
    environment.customMetrics = values.counters[CustomMetrics];
    environment.logStorageBytes = values.counters[LogStorageBytes];
    environment.logUploadBytes = values.counters[LogUploadBytes];
    environment.trial = values.trial;
    environment.ddu.reserve(qsizetype(values.ddu.size()));
    for (const auto &[pool, total] : values.ddu)
        environment.ddu.append({pools.value(pool), total});
    return environment;
}

// One block of an export's hours in the form it is stored in.
struct Block
{
    qint64 startMs = 0;
    std::vector<EnvironmentHourValues> environments;
    std::vector<HostRun> runs;
    QByteArray environmentsBlob; // once encoded
    QByteArray hostsBlob;
};

using HourIterator = std::map<qint64, ParsedHour>::const_iterator;

// The hours [from, to) of the block that starts at `start`, ascending: a host's inputs extend its run when they
// equal those of the hour before. Every environment and pool they name must have a key.
Block buildBlock(qint64 start, HourIterator from, HourIterator to, const QHash<QString, qint64> &environmentKeys,
                 const QHash<QString, qint64> &poolKeys)
{
    Block block{start, {}, {}, {}, {}};
    // Per environment, the runs its hosts extended in the hour before, in host order: each hour is merged with
    // them in one pass, as both are ordered by host and occurrence.
    QHash<qint64, std::vector<size_t>> open;
    std::vector<size_t> next;
    std::vector<std::vector<qint64>> activity; // per run, per hour
    for (auto hour = from; hour != to; ++hour) {
        const int offset = int((hour->first - start) / Time::HourMs);
        for (const ParsedEnvironment &environment : hour->second.environments) {
            const qint64 key = environmentKeys.value(environment.metrics.environmentId);
            block.environments.push_back(environmentValues(environment.metrics, key, offset, poolKeys));
            std::vector<size_t> &previous = open[key];
            next.clear();
            size_t candidate = 0;
            int occurrence = 0;
            for (size_t i = 0; i < environment.hosts.size(); ++i) {
                const HostInputs &host = environment.hosts[i];
                occurrence = i > 0 && environment.hosts[i - 1].osiId == host.osiId ? occurrence + 1 : 0;
                while (candidate < previous.size() && std::make_pair(block.runs[previous[candidate]].osiId,
                                                                     block.runs[previous[candidate]].occurrence) <
                                                          std::make_pair(host.osiId, occurrence))
                    ++candidate;
                if (candidate < previous.size()) {
                    HostRun &run = block.runs[previous[candidate]];
                    if (run.osiId == host.osiId && run.occurrence == occurrence &&
                        run.firstOffset + run.hours == offset && run.flags == host.flags &&
                        run.memoryBytes == host.memoryBytes && run.paasLimitBytes == host.paasLimitBytes) {
                        ++run.hours;
                        activity[previous[candidate]].push_back(host.activity);
                        next.push_back(previous[candidate]);
                        ++candidate;
                        continue;
                    }
                }
                HostRun run;
                run.environment = key;
                run.osiId = host.osiId;
                run.occurrence = occurrence;
                run.firstOffset = offset;
                run.flags = host.flags;
                run.memoryBytes = host.memoryBytes;
                run.paasLimitBytes = host.paasLimitBytes;
                block.runs.push_back(std::move(run));
                activity.push_back({host.activity});
                next.push_back(block.runs.size() - 1);
            }
            previous.swap(next);
        }
    }
    for (size_t i = 0; i < block.runs.size(); ++i)
        block.runs[i].setActivity(activity[i]);
    return block;
}

// The blocks of `hours`, in order. Blocks do not depend on each other: they are built on every core.
std::vector<Block> buildBlocks(const std::map<qint64, ParsedHour> &hours, const QHash<QString, qint64> &environmentKeys,
                               const QHash<QString, qint64> &poolKeys)
{
    struct Span
    {
        qint64 start = 0;
        HourIterator from;
        HourIterator to;
    };
    std::vector<Span> spans;
    for (auto from = hours.cbegin(); from != hours.cend();) {
        const qint64 start = blockStart(from->first);
        auto to = from;
        while (to != hours.cend() && blockStart(to->first) == start)
            ++to;
        spans.push_back({start, from, to});
        from = to;
    }
    return QtConcurrent::blockingMapped<std::vector<Block>>(
        spans, [&](const Span &span) { return buildBlock(span.start, span.from, span.to, environmentKeys, poolKeys); });
}

// Each block's blobs, made on every core; the block's values are moved into them.
void encodeBlocks(std::vector<Block> &blocks)
{
    QtConcurrent::blockingMap(blocks, [](Block &block) {
        block.environmentsBlob = notNull(encodeEnvironmentHours(std::move(block.environments)));
        block.hostsBlob = notNull(encodeHostRuns(std::move(block.runs)));
    });
}

} // namespace

struct HistoryStore::ParsedExport
{
    QString sha256;
    qint64 madeMs = 0;
    qint64 fileSize = 0;
    QString clusterUuid;
    std::map<qint64, ParsedHour> hours;
};

HistoryStore::HistoryStore()
    : m_connectionName(QStringLiteral("history-%1").arg(connectionCounter.fetch_add(1)))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

HistoryStore::~HistoryStore()
{
    close();
}

void HistoryStore::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void HistoryStore::setPassword(const QString &password)
{
    m_password = password;
}

HistoryStore::ReadScope::ReadScope(const HistoryStore &store)
    : m_store(store)
    , m_status(store.beginRead())
{}

HistoryStore::ReadScope::~ReadScope()
{
    if (!m_status.isError())
        m_store.endRead();
}

Status HistoryStore::beginRead() const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    if (m_readDepth == 0) {
        if (const Status begun = m_dialect.beginRead(m_db); begun.isError())
            return sqlError(QStringLiteral("Cannot start reading"), begun.detail, ErrorCode::FileUnreadable);
    }
    ++m_readDepth;
    return {};
}

void HistoryStore::endRead() const
{
    // What was read has been read: a COMMIT that fails (the connection is gone) changes nothing of it, and the next
    // request finds the connection's state on its own.
    if (--m_readDepth == 0)
        (void)m_dialect.endRead(m_db);
}

void HistoryStore::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

QString HistoryStore::localCopyPath(const QString &sha256) const
{
    return QDir(m_exportFolder).filePath(sha256 + QStringLiteral(".zip"));
}

QString HistoryStore::keptCopyPath(const QString &sha256) const
{
    const QString path = localCopyPath(sha256);
    if (!m_dialect.isPostgreSql() || !isOpen() || QFileInfo::exists(path))
        return path;
    QSqlQuery parts = prepared(m_db, "SELECT part FROM kept_export WHERE sha256 = ? ORDER BY part");
    parts.addBindValue(sha256);
    if (!parts.exec())
        return path;
    QList<int> indexes;
    while (parts.next())
        indexes.append(parts.value(0).toInt());
    if (indexes.isEmpty())
        return path;
    // Written beside and renamed: a reader never sees half a copy, and two writers write the same bytes.
    QFile part(path + QStringLiteral(".%1.part").arg(QCoreApplication::applicationPid()));
    bool written = part.open(QIODevice::WriteOnly);
    QSqlQuery content = prepared(m_db, "SELECT content FROM kept_export WHERE sha256 = ? AND part = ?");
    content.bindValue(0, sha256);
    for (const int index : std::as_const(indexes)) {
        content.bindValue(1, index);
        written = written && content.exec() && content.next() && part.write(content.value(0).toByteArray()) >= 0;
    }
    if (written && part.flush()) {
        part.close();
        if (!QFile::rename(part.fileName(), path))
            part.remove();
    } else {
        part.remove();
    }
    return path;
}

Result<QStringList> HistoryStore::keptCopyNames() const
{
    if (!m_dialect.isPostgreSql())
        return QDir(m_exportFolder).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    QSqlQuery names(m_db);
    if (!names.exec(QStringLiteral("SELECT DISTINCT sha256 FROM kept_export ORDER BY sha256")))
        return sqlError(QStringLiteral("Cannot list the kept exports"), names.lastError().text(),
                        ErrorCode::FileUnreadable);
    QStringList list;
    while (names.next())
        list.append(names.value(0).toString() + QStringLiteral(".zip"));
    return list;
}

Error HistoryStore::sqlError(const QString &what, const QString &driverText, ErrorCode code) const
{
    const int errorNumber = errno;
    if (m_dialect.isPostgreSql()) {
        if (postgresConnectionLost(driverText))
            return postgresUnusable(m_storePath, driverText);
        return Error{code, QStringLiteral("%1: %2").arg(what, driverText.simplified()), m_storePath};
    }
    const QString cause = QStringLiteral("%1: %2").arg(what, driverText);
    if (const StoreProblem problem = classify(driverText, errorNumber); problem != StoreProblem::None)
        return unusableStore(m_storePath, problem, cause);
    return Error{code, cause, m_storePath};
}

Status HistoryStore::open(const QString &storePath, const QString &exportFolder)
{
    close();
    m_storePath = storePath;
    m_exportFolder = exportFolder;
    m_ownWrites = 0;
    m_openProblem = PostgresProblem::None;
    m_readDepth = 0;
    m_dialect = SqlDialect(SqlDialect::isPostgresUri(storePath) ? SqlDialect::Backend::PostgreSql
                                                                : SqlDialect::Backend::Sqlite);
    Status status = m_dialect.isPostgreSql() ? openPostgres() : openSqlite();
    if (status.isError())
        return status;
    if (Error error = migrate(); error.isError()) {
        close();
        return error;
    }
    if (!QDir().mkpath(exportFolder)) {
        close();
        return unusableStore(storePath, StoreProblem::ReadOnly,
                             QStringLiteral("Cannot create the folder for kept exports %1").arg(exportFolder));
    }
    return m_dialect.isPostgreSql() ? Status{} : checkSqliteTables();
}

Status HistoryStore::openPostgres()
{
    const Result<PostgresTarget> target = SqlDialect::parsePostgresUri(m_storePath);
    if (!target) {
        // The URI is not repeated: it may hold the password it is refused for.
        m_storePath.clear();
        return Error{ErrorCode::StoreUnusable, target.error().detail, {}};
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return Error{ErrorCode::StoreUnusable,
                     QStringLiteral("The PostgreSQL driver of Qt Sql is not installed (Debian and Ubuntu: the package "
                                    "libqt6sql6-psql)."),
                     m_storePath};
    if (!canWriteIn(m_exportFolder))
        return unusableStore(m_storePath, StoreProblem::ReadOnly, {});
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    const PostgresTarget &where = target.value();
    if (!where.host.isEmpty())
        m_db.setHostName(where.host);
    if (where.port > 0)
        m_db.setPort(where.port);
    m_db.setDatabaseName(where.database);
    m_db.setUserName(where.user);
    // The password, if the server asks for one, comes from libpq's own sources (~/.pgpass, PGPASSFILE, PGSERVICE)
    // or from the keychain through setPassword(): never from the URI.
    if (!m_password.isEmpty())
        m_db.setPassword(m_password);
    // A server that does not answer is an error within seconds, not a hanging command.
    QString options = where.options;
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral("%1connect_timeout=10").arg(options.isEmpty() ? QString() : QStringLiteral(";"));
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QString text = m_db.lastError().text();
        close();
        m_openProblem = SqlDialect::postgresProblem(text);
        return postgresUnusable(m_storePath, text);
    }
    return {};
}

Status HistoryStore::openSqlite()
{
    const QString &storePath = m_storePath;
    const QString &exportFolder = m_exportFolder;
    // What can be checked without SQLite is checked first: a store that is refused stays as it was, byte for byte,
    // without even a journal beside it.
    const QFileInfo storeInfo(storePath);
    if (storeInfo.exists() && storeInfo.size() > 0) {
        const std::optional<int> version = headerSchemaVersion(storePath);
        if (!version)
            return unusableStore(storePath, StoreProblem::Damaged, QStringLiteral("It is not an SQLite database"));
        if (*version > SchemaVersion)
            return newerStore(storePath, *version);
    }
    if (!canWriteIn(storeInfo.absolutePath()) || (storeInfo.exists() && !storeInfo.isWritable()) ||
        !canWriteIn(exportFolder) || !QDir().mkpath(storeInfo.absolutePath()))
        return unusableStore(storePath, StoreProblem::ReadOnly, {});

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(storePath);
    // Another connection writing (a second window, the command line) makes statements wait, not fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!m_db.open()) {
        const Error error = sqlError(QStringLiteral("Cannot open the history store"), m_db.lastError().text(),
                                     ErrorCode::FileUnreadable);
        close();
        return error;
    }
    // A statement of the opening that fails: the store is unusable, damaged unless SQLite says otherwise.
    auto refuse = [this](QSqlQuery &query, const QString &what) {
        const int errorNumber = errno;
        const QString text = query.lastError().text();
        query.finish();
        close();
        const StoreProblem problem = classify(text, errorNumber);
        return unusableStore(m_storePath, problem == StoreProblem::None ? StoreProblem::Damaged : problem,
                             QStringLiteral("%1: %2").arg(what, text));
    };

    // The version is read again through SQLite, which also sees a newer version still in the journal.
    {
        bool foreign = false;
        const Result<int> version = m_dialect.schemaVersion(m_db, &foreign);
        if (!version) {
            QSqlQuery none(m_db);
            close();
            const StoreProblem problem = classify(version.error().detail, errno);
            return unusableStore(m_storePath, problem == StoreProblem::None ? StoreProblem::Damaged : problem,
                                 QStringLiteral("Cannot read the schema version: %1").arg(version.error().detail));
        }
        if (version.value() > SchemaVersion) {
            close();
            return newerStore(storePath, version.value());
        }
        if (foreign) {
            close();
            return Error{ErrorCode::StoreUnusable,
                         QStringLiteral("The file is a database, but not a history store; it was left untouched. "
                                        "Choose another history file."),
                         storePath};
        }
    }

    // Readers (views) and one writer (an ingest) at once, and a crash mid-write loses nothing committed.
    {
        QSqlQuery pragma(m_db);
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return refuse(pragma, QStringLiteral("Cannot switch to write-ahead logging"));
    }

    return {};
}

Status HistoryStore::checkSqliteTables()
{
    const QString &storePath = m_storePath;
    auto refuse = [this](QSqlQuery &query, const QString &what) {
        const int errorNumber = errno;
        const QString text = query.lastError().text();
        query.finish();
        close();
        const StoreProblem problem = classify(text, errorNumber);
        return unusableStore(m_storePath, problem == StoreProblem::None ? StoreProblem::Damaged : problem,
                             QStringLiteral("%1: %2").arg(what, text));
    };
    // Damage inside the file shows only when a damaged page is read. The tables every command reads (exports,
    // standing hours, names) are checked now, in milliseconds whatever the size of the store, so that a damaged
    // store is refused before a command starts; damage in the hourly rows is refused the same way when they are
    // read (sqlError()). A check of every page would take a second on a few years of a large cluster.
    QStringList smallTables;
    {
        QSqlQuery tables(m_db);
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                        "('export', 'export_hour', 'standing', 'environment', 'pool')")))
            return refuse(tables, QStringLiteral("Cannot check the store"));
        while (tables.next())
            smallTables.append(tables.value(0).toString());
    }
    for (const QString &table : std::as_const(smallTables)) {
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(table)) || !check.next())
            return refuse(check, QStringLiteral("Cannot check the store"));
        const QString verdict = check.value(0).toString();
        check.finish();
        if (verdict != QLatin1String("ok")) {
            close();
            return unusableStore(storePath, StoreProblem::Damaged,
                                 QStringLiteral("Its check failed: %1").arg(verdict.simplified()));
        }
    }
    return {};
}

Status HistoryStore::migrate()
{
    QSqlQuery query(m_db);
    if (!m_dialect.isPostgreSql()) {
        // Set on every open, before the schema is looked at. Under WAL, NORMAL syncs the log at checkpoints, not
        // at every commit: a power cut may lose the last commits but never leaves one half-applied, and a program
        // that is killed loses nothing committed. Each ingest saves a sync of the megabytes it wrote.
        if (!query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
            return sqlError(QStringLiteral("Cannot set up the store"), query.lastError().text());
    }
    // The version as the store holds it; with a PostgreSQL store again once the store-wide lock is held, as
    // another program may have created or migrated it in the meantime.
    auto readVersion = [this]() -> Result<int> {
        bool foreign = false;
        const Result<int> version = m_dialect.schemaVersion(m_db, &foreign);
        if (!version)
            return sqlError(QStringLiteral("Cannot read the schema version"), version.error().detail);
        if (version.value() > SchemaVersion)
            return newerStore(m_storePath, version.value());
        if (foreign)
            return Error{ErrorCode::StoreUnusable,
                         QStringLiteral("The database holds tables, but is not a history store; it was left "
                                        "untouched. Choose another database or schema."),
                         m_storePath};
        return version;
    };
    Result<int> current = readVersion();
    if (!current)
        return current.error();
    if (current.value() == SchemaVersion)
        return {};
    if (!m_db.transaction())
        return sqlError(QStringLiteral("Cannot start the schema migration"), m_db.lastError().text());
    auto abandon = [this](const Error &error) {
        m_db.rollback();
        return error;
    };
    if (const Status locked = m_dialect.lockStore(m_db); locked.isError())
        return abandon(sqlError(QStringLiteral("Cannot start the schema migration"), locked.detail));
    if (m_dialect.isPostgreSql())
        current = readVersion();
    if (!current)
        return abandon(current.error());
    const int version = current.value();
    if (version == SchemaVersion) {
        m_db.commit();
        return {};
    }
    if (version == 0) {
        for (const QString &statement : m_dialect.storeTables()) {
            if (!query.exec(statement))
                return abandon(sqlError(QStringLiteral("Cannot create the store"), query.lastError().text()));
        }
    }
    const auto &steps = migrations();
    Q_ASSERT(steps.size() == size_t(SchemaVersion));
    auto run = [&](int step, const std::vector<const char *> &statements) -> Status {
        for (const char *statement : statements) {
            if (!query.exec(m_dialect.schemaStatement(statement)))
                return sqlError(QStringLiteral("Schema migration %1 failed").arg(step + 1), query.lastError().text());
        }
        return {};
    };
    for (int step = version; step < SchemaVersion; ++step) {
        Status status = run(step, steps[size_t(step)].statements);
        // A new store has nothing to convert.
        if (!status.isError() && step == 1 && version == 1)
            status = convertVersion1Rows();
        if (!status.isError())
            status = run(step, steps[size_t(step)].cleanup);
        if (status.isError())
            return abandon(status);
    }
    if (const Status written = m_dialect.setSchemaVersion(m_db, SchemaVersion); written.isError())
        return abandon(sqlError(QStringLiteral("Schema migration failed"), written.detail));
    if (!m_db.commit())
        return abandon(sqlError(QStringLiteral("Schema migration failed"), m_db.lastError().text()));
    return {};
}

Status HistoryStore::commitWrite()
{
    if (const Status counted = m_dialect.countWrite(m_db); counted.isError())
        return sqlError(QStringLiteral("Cannot commit"), counted.detail);
    if (!m_db.commit())
        return sqlError(QStringLiteral("Cannot commit"), m_db.lastError().text());
    if (m_dialect.isPostgreSql())
        ++m_ownWrites;
    return {};
}

Result<HistoryStore::ParsedExport> HistoryStore::readExport(const QString &path, const QString &sha256,
                                                            const std::function<Status()> &afterEachHour) const
{
    ParsedExport parsed;
    parsed.sha256 = sha256;
    parsed.fileSize = QFileInfo(path).size();
    // A single JSON file has no entries to date it: its own modification time stands in.
    parsed.madeMs = newestEntryTimeMs(path).value_or(QFileInfo(path).lastModified().toMSecsSinceEpoch());

    // The import's pipeline: hourly files are inflated and parsed on every core, and come back in archive order.
    HourPipeline stages;
    stages.transform = [](HourRecord &&record) { return std::any(parseHour(std::move(record))); };
    bool clusterSeen = false;
    stages.fold = [&](std::any &&transformed, const QString &source) -> Error {
        ParsedHour hour = std::any_cast<ParsedHour>(std::move(transformed));
        if (!clusterSeen) {
            // Files that name no cluster (a hand-made or single hourly file) are stored under an empty id, which
            // Qt Sql would otherwise bind as NULL.
            parsed.clusterUuid = hour.clusterUuid.isNull() ? QStringLiteral("") : hour.clusterUuid;
            clusterSeen = true;
        } else if (hour.clusterUuid != parsed.clusterUuid) {
            return Error{ErrorCode::InvalidSchema,
                         QStringLiteral("The export mixes files of more than one cluster (%1 and %2).")
                             .arg(parsed.clusterUuid, hour.clusterUuid),
                         source};
        }
        // The same hour twice in one export: the later file in archive order wins, as in an import.
        const qint64 hourMs = hour.hourMs;
        parsed.hours[hourMs] = std::move(hour);
        return afterEachHour ? afterEachHour() : Status{};
    };
    const Result<ArchiveInfo> read = runHourPipeline(path, ImportOptions{}, stages);
    if (!read)
        return read.error();
    return parsed;
}

namespace {

// The id of a name in a dictionary table (environment or pool), added when it is new; -1 on a database error.
qint64 dictionaryKey(const QSqlDatabase &db, const char *table, QHash<QString, qint64> &cache, const QString &name,
                     QString &errorText)
{
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO %1 (name) VALUES (?) ON CONFLICT (name) DO NOTHING").arg(QLatin1String(table)));
    query.addBindValue(name);
    if (!query.exec()) {
        errorText = query.lastError().text();
        return -1;
    }
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(QLatin1String(table)));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        errorText = query.lastError().text();
        return -1;
    }
    const qint64 key = query.value(0).toLongLong();
    cache.insert(name, key);
    return key;
}

QHash<qint64, QString> dictionary(const QSqlDatabase &db, const char *table, QString &errorText)
{
    QHash<qint64, QString> names;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, name FROM %1").arg(QLatin1String(table))))
        errorText = query.lastError().text();
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

// How many values differ between two contents of the same environment-hour: each counter and the trial flag,
// each DDU pool's total (the file's entries of a pool summed), each host (by id and occurrence) whose inputs
// differ or that only one lists. docs/rules.md, "Values changed".
int changedValues(const EnvironmentHourValues &older, const EnvironmentHourValues &newer)
{
    int changed = 0;
    for (size_t c = 0; c < older.counters.size(); ++c)
        changed += older.counters[c] != newer.counters[c] ? 1 : 0;
    changed += older.trial != newer.trial ? 1 : 0;
    std::map<qint64, std::pair<std::optional<double>, std::optional<double>>> pools;
    for (const auto &[pool, total] : older.ddu)
        pools[pool].first = pools[pool].first.value_or(0.0) + total;
    for (const auto &[pool, total] : newer.ddu)
        pools[pool].second = pools[pool].second.value_or(0.0) + total;
    for (const auto &[pool, totals] : pools)
        changed += totals.first != totals.second ? 1 : 0;
    return changed;
}

// The hosts of one environment-hour that differ between two blocks, at the offsets in `offsets` where both list
// the environment. Runs of both are ordered by environment, host, occurrence and first offset.
int changedHosts(const std::vector<HostRun> &older, const std::vector<HostRun> &newer,
                 const std::function<bool(qint64 environment, int offset)> &bothList)
{
    auto key = [](const HostRun &run) { return std::make_tuple(run.environment, run.osiId, run.occurrence); };
    int changed = 0;
    size_t a = 0;
    size_t b = 0;
    while (a < older.size() || b < newer.size()) {
        // The runs of the next host (environment, id, occurrence) on either side.
        const auto next =
            a < older.size() && (b >= newer.size() || key(older[a]) <= key(newer[b])) ? key(older[a]) : key(newer[b]);
        const size_t aEnd = size_t(std::find_if(older.begin() + qsizetype(a), older.end(),
                                                [&](const HostRun &run) { return key(run) != next; }) -
                                   older.begin());
        const size_t bEnd = size_t(std::find_if(newer.begin() + qsizetype(b), newer.end(),
                                                [&](const HostRun &run) { return key(run) != next; }) -
                                   newer.begin());
        // The host's state at each offset on one side: the run that covers it, if any.
        auto at = [](const std::vector<HostRun> &runs, size_t from, size_t to, int offset) -> const HostRun * {
            for (size_t i = from; i < to; ++i) {
                if (offset >= runs[i].firstOffset && offset < runs[i].firstOffset + runs[i].hours)
                    return &runs[i];
            }
            return nullptr;
        };
        int first = BlockHours;
        int last = -1;
        for (size_t i = a; i < aEnd; ++i) {
            first = std::min(first, older[i].firstOffset);
            last = std::max(last, older[i].firstOffset + older[i].hours - 1);
        }
        for (size_t i = b; i < bEnd; ++i) {
            first = std::min(first, newer[i].firstOffset);
            last = std::max(last, newer[i].firstOffset + newer[i].hours - 1);
        }
        for (int offset = first; offset <= last; ++offset) {
            if (!bothList(std::get<0>(next), offset))
                continue;
            const HostRun *x = at(older, a, aEnd, offset);
            const HostRun *y = at(newer, b, bEnd, offset);
            if (!x && !y)
                continue;
            if (!x || !y || x->flags != y->flags || x->memoryBytes != y->memoryBytes ||
                x->paasLimitBytes != y->paasLimitBytes ||
                x->activityAt(offset - x->firstOffset) != y->activityAt(offset - y->firstOffset))
                ++changed;
        }
        a = aEnd;
        b = bEnd;
    }
    return changed;
}

// The values that differ between an older and a newer content of the same block, at `offsets` only (the hours
// the newer one replaces). An environment only one of them lists there counts once, whatever it holds.
int changedValues(const Block &older, const Block &newer, const std::vector<bool> &offsets)
{
    auto byKey = [](std::vector<EnvironmentHourValues> hours) {
        std::sort(hours.begin(), hours.end(), [](const auto &a, const auto &b) {
            return std::tie(a.environment, a.offset) < std::tie(b.environment, b.offset);
        });
        return hours;
    };
    const std::vector<EnvironmentHourValues> a = byKey(older.environments);
    const std::vector<EnvironmentHourValues> b = byKey(newer.environments);
    QSet<std::pair<qint64, int>> both;
    int changed = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() || j < b.size()) {
        const bool takeA = i < a.size() && (j >= b.size() || std::tie(a[i].environment, a[i].offset) <=
                                                                 std::tie(b[j].environment, b[j].offset));
        const bool takeB = j < b.size() && (i >= a.size() || std::tie(b[j].environment, b[j].offset) <=
                                                                 std::tie(a[i].environment, a[i].offset));
        const EnvironmentHourValues &hour = takeA ? a[i] : b[j];
        if (offsets[size_t(hour.offset)]) {
            if (takeA && takeB) {
                changed += changedValues(a[i], b[j]);
                both.insert({hour.environment, hour.offset});
            } else {
                ++changed;
            }
        }
        i += takeA ? 1 : 0;
        j += takeB ? 1 : 0;
    }
    auto sorted = [](std::vector<HostRun> runs) {
        std::sort(runs.begin(), runs.end(), [](const HostRun &x, const HostRun &y) {
            return std::tie(x.environment, x.osiId, x.occurrence, x.firstOffset) <
                   std::tie(y.environment, y.osiId, y.occurrence, y.firstOffset);
        });
        return runs;
    };
    return changed + changedHosts(sorted(older.runs), sorted(newer.runs), [&](qint64 environment, int offset) {
               return offsets[size_t(offset)] && both.contains({environment, offset});
           });
}

// The dictionary keys of every environment and pool `hours` name, added where new; false on a database error.
bool dictionaryKeys(const QSqlDatabase &db, const std::map<qint64, ParsedHour> &hours,
                    QHash<QString, qint64> &environmentKeys, QHash<QString, qint64> &poolKeys, QString &errorText)
{
    // In name order: two writers adding the same new names then take the rows' locks in the same order, and
    // neither waits for the other in a circle.
    std::set<QString> environments;
    std::set<QString> pools;
    for (const auto &[hourMs, hour] : hours) {
        for (const ParsedEnvironment &environment : hour.environments) {
            environments.insert(environment.metrics.environmentId);
            for (const DduPoolUsage &pool : environment.metrics.ddu)
                pools.insert(pool.pool);
        }
    }
    for (const QString &name : environments) {
        if (dictionaryKey(db, "environment", environmentKeys, name, errorText) < 0)
            return false;
    }
    for (const QString &name : pools) {
        if (dictionaryKey(db, "pool", poolKeys, name, errorText) < 0)
            return false;
    }
    return true;
}

} // namespace

Result<IngestResult> HistoryStore::insertExport(const ParsedExport &parsed, const QString &originalName,
                                                qint64 ingestedMs, qint64 exportId, bool logIngest)
{
    IngestResult result;
    auto fail = [&](const QString &what, const QSqlQuery &query) { return sqlError(what, query.lastError().text()); };
    // Writers of the same cluster take turns from here to their commit, so each merges against what the one before
    // committed (docs/rules.md, "A shared history"); one that ingested the same export meanwhile made this one known.
    if (const Status locked = m_dialect.lockCluster(m_db, parsed.clusterUuid); locked.isError())
        return sqlError(QStringLiteral("Cannot lock the cluster's hours"), locked.detail);
    // SQLite: writers are serialised from the first write on, and a read before it would make the write fail at
    // once instead of waiting for the busy timeout; the lookup before the transaction stands.
    if (exportId == 0 && m_dialect.isPostgreSql()) {
        QSqlQuery known = prepared(m_db, "SELECT id FROM export WHERE sha256 = ?");
        known.addBindValue(parsed.sha256);
        if (!known.exec())
            return fail(QStringLiteral("Cannot look up the export"), known);
        if (known.next()) {
            result.exportId = known.value(0).toLongLong();
            result.alreadyKnown = true;
            return result;
        }
    }
    // Without an id the store numbers the export; RETURNING, which both backends know, says how.
    QSqlQuery insert = prepared(m_db, exportId > 0 ? "INSERT INTO export (id, sha256, original_name, made_ms, "
                                                     "ingested_ms, cluster, file_size) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                                   : "INSERT INTO export (sha256, original_name, made_ms, ingested_ms, "
                                                     "cluster, file_size) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    if (exportId > 0)
        insert.addBindValue(exportId);
    insert.addBindValue(parsed.sha256);
    insert.addBindValue(originalName);
    insert.addBindValue(parsed.madeMs);
    insert.addBindValue(ingestedMs);
    insert.addBindValue(parsed.clusterUuid);
    insert.addBindValue(parsed.fileSize);
    if (!insert.exec() || (exportId == 0 && !insert.next()))
        return fail(QStringLiteral("Cannot record the export"), insert);
    result.exportId = exportId > 0 ? exportId : insert.value(0).toLongLong();
    insert.finish();

    QHash<QString, qint64> environmentKeys;
    QHash<QString, qint64> poolKeys;
    QString errorText;
    if (!dictionaryKeys(m_db, parsed.hours, environmentKeys, poolKeys, errorText))
        return sqlError(QStringLiteral("Cannot store an environment"), errorText);
    std::vector<Block> blocks = buildBlocks(parsed.hours, environmentKeys, poolKeys);

    QVariantList hourRows;
    hourRows.reserve(qsizetype(parsed.hours.size()) * 3);
    for (const auto &[hourMs, hour] : parsed.hours)
        hourRows << result.exportId << hourMs << hour.endMs;
    if (!insertRows(m_db, QStringLiteral("INSERT INTO export_hour (export_id, hour_ms, end_ms)"), QString(), 3,
                    hourRows, errorText))
        return sqlError(QStringLiteral("Cannot store an hour"), errorText);

    // Standing: the export made most recently stands for the hour; a tie goes to the one ingested later (a
    // later id breaks what is left, as ids grow with each ingest). One query for the export's whole span.
    QHash<qint64, std::tuple<qint64, qint64, qint64>> standing; // hour → (made, ingested, id) of its export
    {
        QSqlQuery current = prepared(m_db, "SELECT s.hour_ms, e.made_ms, e.ingested_ms, e.id FROM standing s "
                                           "JOIN export e ON e.id = s.export_id "
                                           "WHERE s.cluster = ? AND s.hour_ms >= ? AND s.hour_ms <= ?");
        current.addBindValue(parsed.clusterUuid);
        current.addBindValue(parsed.hours.begin()->first);
        current.addBindValue(parsed.hours.rbegin()->first);
        if (!current.exec())
            return fail(QStringLiteral("Cannot read the standing export"), current);
        while (current.next())
            standing.insert(
                current.value(0).toLongLong(),
                {current.value(1).toLongLong(), current.value(2).toLongLong(), current.value(3).toLongLong()});
    }
    QVariantList standRows;
    const auto ours = std::make_tuple(parsed.madeMs, ingestedMs, result.exportId);
    std::map<qint64, std::vector<qint64>> replaced; // older export → the hours this one takes from it
    std::optional<HourRange> replacedRange;
    for (const auto &[hourMs, hour] : parsed.hours) {
        const auto theirs = standing.constFind(hourMs);
        if (theirs != standing.cend()) {
            if (ours < *theirs) {
                ++result.hoursKeptNewer;
                continue;
            }
            ++result.hoursReplaced;
            replaced[std::get<2>(*theirs)].push_back(hourMs);
            replacedRange = HourRange{replacedRange ? replacedRange->fromMs : hourMs, hourMs + Time::HourMs};
        } else {
            ++result.hoursAdded;
        }
        standRows << parsed.clusterUuid << hourMs << result.exportId;
    }
    // Each hour once per statement, as PostgreSQL's ON CONFLICT DO UPDATE requires: the hours are a map's keys.
    if (!insertRows(m_db, QStringLiteral("INSERT INTO standing (cluster, hour_ms, export_id)"),
                    QStringLiteral(" ON CONFLICT (cluster, hour_ms) DO UPDATE SET export_id = excluded.export_id"), 3,
                    standRows, errorText))
        return sqlError(QStringLiteral("Cannot update the standing export"), errorText);

    // What the replaced hours change: each older block against the same block of this export.
    QSqlQuery olderBlock =
        prepared(m_db, "SELECT environments, hosts FROM export_block WHERE export_id = ? AND start_ms = ?");
    for (const auto &[olderId, hours] : replaced) {
        size_t begin = 0;
        while (begin < hours.size()) {
            const qint64 start = blockStart(hours[begin]);
            std::vector<bool> offsets(size_t(BlockHours), false);
            size_t end = begin;
            for (; end < hours.size() && blockStart(hours[end]) == start; ++end)
                offsets[size_t((hours[end] - start) / Time::HourMs)] = true;
            begin = end;
            Block older;
            olderBlock.bindValue(0, olderId);
            olderBlock.bindValue(1, start);
            if (!olderBlock.exec())
                return fail(QStringLiteral("Cannot read the replaced hours"), olderBlock);
            if (olderBlock.next() && (!decodeEnvironmentHours(olderBlock.value(0).toByteArray(), older.environments) ||
                                      !decodeHostRuns(olderBlock.value(1).toByteArray(), older.runs)))
                return damagedStore();
            olderBlock.finish();
            const auto newer = std::find_if(blocks.cbegin(), blocks.cend(),
                                            [&](const Block &block) { return block.startMs == start; });
            Q_ASSERT(newer != blocks.cend());
            result.valuesChanged += changedValues(older, *newer, offsets);
        }
    }

    const char *const blockStatement =
        "INSERT INTO export_block (export_id, start_ms, environments, hosts) VALUES (?, ?, ?, ?)";
    QSqlQuery blockQuery = prepared(m_db, blockStatement);
    encodeBlocks(blocks);
    for (const Block &block : blocks) {
        // The blobs as bytes where the backend can take them so (see keepCopyInStore()), else bound through Qt.
        const QVariantList values{result.exportId, block.startMs, block.environmentsBlob, block.hostsBlob};
        if (const std::optional<Status> direct = m_dialect.execWithBytes(m_db, blockStatement, values)) {
            if (direct->isError())
                return sqlError(QStringLiteral("Cannot store the hours"), direct->detail);
            continue;
        }
        for (int i = 0; i < int(values.size()); ++i)
            blockQuery.bindValue(i, values[i]);
        if (!blockQuery.exec())
            return fail(QStringLiteral("Cannot store the hours"), blockQuery);
    }

    if (logIngest && (result.hoursAdded > 0 || result.hoursReplaced > 0)) {
        QSqlQuery log = prepared(m_db, "INSERT INTO ingest_log (export_id, hours_added, hours_replaced, "
                                       "hours_kept_newer, values_changed, replaced_from_ms, replaced_to_ms) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)");
        log.addBindValue(result.exportId);
        log.addBindValue(result.hoursAdded);
        log.addBindValue(result.hoursReplaced);
        log.addBindValue(result.hoursKeptNewer);
        log.addBindValue(result.valuesChanged);
        log.addBindValue(replacedRange ? QVariant(replacedRange->fromMs) : QVariant());
        log.addBindValue(replacedRange ? QVariant(replacedRange->toMs) : QVariant());
        if (!log.exec())
            return fail(QStringLiteral("Cannot write the corrections log"), log);
    }
    return result;
}

Error HistoryStore::damagedStore() const
{
    return Error{ErrorCode::FileUnreadable,
                 QStringLiteral("The history store is damaged: a stored value cannot be decoded."), m_storePath};
}

namespace {

// The file's identity as far as a stat tells it: if it changes, so may have its bytes.
std::pair<qint64, qint64> sizeAndTime(const QString &path)
{
    const QFileInfo info(path);
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

} // namespace

Result<IngestResult> HistoryStore::ingest(const QString &path)
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    const QFileInfo file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, QStringLiteral("The file does not exist."), path};
    if (!file.isReadable())
        return Error{ErrorCode::FileUnreadable, QStringLiteral("The file cannot be read."), path};
    const auto before = sizeAndTime(path);

    // While the export is parsed, on the other cores, it is copied into the folder of kept exports and the copy
    // is hashed: what is kept is what is hashed, and it is what was parsed unless the file changed meanwhile,
    // which is checked at the end. Nothing is read twice on the way, and the copy is never a second name of the
    // user's file (a hard link), which a download written over it in place would change too.
    removeAbandonedParts(m_exportFolder);
    const QString partPath = QDir(m_exportFolder)
                                 .filePath(QStringLiteral("incoming-%1-%2.part")
                                               .arg(QCoreApplication::applicationPid())
                                               .arg(QUuid::createUuid().toString(QUuid::Id128)));
    const auto removePart = qScopeGuard([&partPath] { QFile::remove(partPath); });
    QFuture<Result<QString>> keeping =
        QtConcurrent::run([path, partPath, storePath = m_storePath]() -> Result<QString> {
            if (!QFile::copy(path, partPath)) {
                const int errorNumber = errno;
                return keptCopyError(storePath, partPath, QFileInfo(path).size(), errorNumber);
            }
            return fileSha256(partPath);
        });
    std::optional<Status> lookup; // once the copy is hashed: whether it could be made, hashed and looked up
    std::optional<qint64> knownId;
    auto lookUp = [&]() -> Status {
        if (lookup)
            return *lookup;
        const Result<QString> sha256 = keeping.result();
        if (!sha256) {
            lookup = sha256.error();
            return *lookup;
        }
        QSqlQuery known = prepared(m_db, "SELECT id FROM export WHERE sha256 = ?");
        known.addBindValue(sha256.value());
        if (!known.exec())
            lookup = sqlError(QStringLiteral("Cannot look up the export"), known.lastError().text());
        else if (known.next())
            knownId = known.value(0).toLongLong();
        lookup = lookup.value_or(Status{});
        return *lookup;
    };
    // An export the store already holds is recognised as soon as its copy is hashed, and its parse stops there.
    Result<ParsedExport> parsed = readExport(path, QString(), [&]() -> Status {
        if (!keeping.isFinished())
            return {};
        if (Status status = lookUp(); status.isError())
            return status;
        return knownId ? Error{ErrorCode::Cancelled, QStringLiteral("The export is already held."), path} : Status{};
    });
    // The copy decides first: a copy that cannot be made, or of an export already held, says so whatever the
    // parse said.
    if (Status status = lookUp(); status.isError())
        return status;
    if (knownId) {
        IngestResult result;
        result.exportId = *knownId;
        result.alreadyKnown = true;
        return result;
    }
    if (!parsed)
        return parsed.error();
    if (sizeAndTime(path) != before)
        return Error{ErrorCode::ChecksumMismatch, QStringLiteral("The export changed while it was being read."), path};
    ParsedExport &data = parsed.value();
    data.sha256 = keeping.result().value();

    // The copy is named by its content before the transaction, so a failed transaction leaves at most a file that
    // the next ingest of the same export reuses; it is removed here when this ingest created it. A PostgreSQL store
    // keeps the copy in the same transaction as the rows instead.
    const QString copyPath = keptCopyPath(data.sha256);
    bool createdCopy = false;
    if (!m_dialect.isPostgreSql() && !QFileInfo::exists(copyPath)) {
        if (!QFile::rename(partPath, copyPath))
            return keptCopyError(m_storePath, copyPath, data.fileSize, errno);
        createdCopy = true;
    }

    if (!m_db.transaction()) {
        if (createdCopy)
            QFile::remove(copyPath);
        return sqlError(QStringLiteral("Cannot start the ingest"), m_db.lastError().text());
    }
    Result<IngestResult> result = insertExport(data, QFileInfo(path).fileName(), m_now(), 0, true);
    Status kept;
    if (result && !result.value().alreadyKnown && m_dialect.isPostgreSql())
        kept = keepCopyInStore(data.sha256, partPath);
    Status committed;
    if (result && !kept.isError())
        committed = commitWrite();
    if (!result || kept.isError() || committed.isError()) {
        const Error error = !result ? result.error() : kept.isError() ? kept : committed;
        m_db.rollback();
        if (createdCopy)
            QFile::remove(copyPath);
        return error;
    }
    return result;
}

Status HistoryStore::keepCopyInStore(const QString &sha256, const QString &partPath)
{
    QFile part(partPath);
    if (!part.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, QStringLiteral("Cannot read the copy of the export."), partPath};
    // Part by part: bounded memory, and through Qt's driver (when libpq cannot be reached past it) a value goes
    // as text, a few times its size in memory. The bytes go as they are where they can: as hex text they were
    // most of a PostgreSQL ingest's time.
    constexpr qint64 PartBytes = 4 << 20;
    const char *const statement = "INSERT INTO kept_export (sha256, part, content) VALUES (?, ?, ?) "
                                  "ON CONFLICT (sha256, part) DO NOTHING";
    QSqlQuery keep = prepared(m_db, statement);
    for (int index = 0;; ++index) {
        const QByteArray bytes = part.read(PartBytes);
        if (bytes.isEmpty() && (index > 0 || part.error() != QFileDevice::NoError))
            break;
        const QVariantList values{sha256, index, notNull(bytes)};
        Status sent;
        if (const std::optional<Status> direct = m_dialect.execWithBytes(m_db, statement, values)) {
            sent = *direct;
        } else {
            for (int i = 0; i < int(values.size()); ++i)
                keep.bindValue(i, values[i]);
            if (!keep.exec())
                sent = Error{ErrorCode::FileUnwritable, keep.lastError().text(), {}};
        }
        if (sent.isError())
            return sqlError(QStringLiteral("Cannot keep a copy of the export"), sent.detail);
        if (bytes.size() < PartBytes)
            break;
    }
    if (part.error() != QFileDevice::NoError)
        return Error{ErrorCode::FileUnreadable, part.errorString(), partPath};
    return {};
}

Status HistoryStore::electStanding(const QString &clusterUuid, qint64 hourMs)
{
    QSqlQuery best = prepared(m_db, "SELECT e.id FROM export_hour h JOIN export e ON e.id = h.export_id "
                                    "WHERE e.cluster = ? AND h.hour_ms = ? "
                                    "ORDER BY e.made_ms DESC, e.ingested_ms DESC, e.id DESC LIMIT 1");
    best.addBindValue(clusterUuid);
    best.addBindValue(hourMs);
    if (!best.exec())
        return sqlError(QStringLiteral("Cannot elect the standing export"), best.lastError().text());
    QSqlQuery write(m_db);
    if (best.next()) {
        write = prepared(m_db, "UPDATE standing SET export_id = ? WHERE cluster = ? AND hour_ms = ?");
        write.addBindValue(best.value(0).toLongLong());
    } else {
        write = prepared(m_db, "DELETE FROM standing WHERE cluster = ? AND hour_ms = ?");
    }
    best.finish();
    write.addBindValue(clusterUuid);
    write.addBindValue(hourMs);
    if (!write.exec())
        return sqlError(QStringLiteral("Cannot elect the standing export"), write.lastError().text());
    return {};
}

Status HistoryStore::forget(qint64 exportId)
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery find = prepared(m_db, "SELECT sha256, cluster FROM export WHERE id = ?");
    find.addBindValue(exportId);
    if (!find.exec())
        return sqlError(QStringLiteral("Cannot look up the export"), find.lastError().text());
    if (!find.next())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The store holds no export %1.").arg(exportId),
                     m_storePath};
    const QString sha256 = find.value(0).toString();
    const QString cluster = find.value(1).toString();
    find.finish();

    if (!m_db.transaction())
        return sqlError(QStringLiteral("Cannot start forgetting the export"), m_db.lastError().text());
    auto failed = [this](const QString &text) {
        const Error error = sqlError(QStringLiteral("Cannot forget the export"), text);
        m_db.rollback();
        return error;
    };
    if (const Status locked = m_dialect.lockCluster(m_db, cluster); locked.isError())
        return failed(locked.detail);
    QList<qint64> standingHours;
    {
        QSqlQuery hours = prepared(m_db, "SELECT hour_ms FROM standing WHERE export_id = ?");
        hours.addBindValue(exportId);
        if (!hours.exec())
            return failed(hours.lastError().text());
        while (hours.next())
            standingHours.append(hours.value(0).toLongLong());
    }
    for (const char *sql :
         {"DELETE FROM export_hour WHERE export_id = ?", "DELETE FROM export_block WHERE export_id = ?",
          "DELETE FROM ingest_log WHERE export_id = ?", "DELETE FROM export WHERE id = ?"}) {
        QSqlQuery remove = prepared(m_db, sql);
        remove.addBindValue(exportId);
        if (!remove.exec())
            return failed(remove.lastError().text());
    }
    if (m_dialect.isPostgreSql()) {
        QSqlQuery remove = prepared(m_db, "DELETE FROM kept_export WHERE sha256 = ?");
        remove.addBindValue(sha256);
        if (!remove.exec())
            return failed(remove.lastError().text());
    }
    for (qint64 hourMs : std::as_const(standingHours)) {
        if (Error error = electStanding(cluster, hourMs); error.isError()) {
            m_db.rollback();
            return error;
        }
    }
    if (const Status committed = commitWrite(); committed.isError()) {
        m_db.rollback();
        return committed;
    }
    QFile::remove(localCopyPath(sha256));
    return {};
}

Status HistoryStore::rebuild(const std::function<void(int, int, const QString &)> &progress)
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    Result<QList<StoredExport>> held = exports();
    if (!held)
        return held.error();
    QList<StoredExport> order = held.value();
    QSet<QString> listed;
    for (const StoredExport &stored : std::as_const(order))
        listed.insert(stored.sha256);
    // Kept copies the store does not list (its file was lost or replaced) are ingested too, under their file name
    // and as ingested now.
    static const QRegularExpression keptName(QStringLiteral("^[0-9a-f]{64}\\.zip$"));
    const qint64 nowMs = m_now();
    // Exports keep their ids (the corrections log refers to them); the ones new to the store get the next ones.
    qint64 nextId = 1;
    for (const StoredExport &stored : std::as_const(order))
        nextId = std::max(nextId, stored.id + 1);
    QSet<QString> orphans;
    const Result<QStringList> keptNames = keptCopyNames();
    if (!keptNames)
        return keptNames.error();
    for (const QString &name : keptNames.value()) {
        const QString sha256 = name.left(64);
        if (!keptName.match(name).hasMatch() || listed.contains(sha256))
            continue;
        const QString copyPath = keptCopyPath(sha256);
        orphans.insert(sha256);
        StoredExport orphan;
        orphan.sha256 = sha256;
        orphan.originalName = name;
        orphan.madeMs = newestEntryTimeMs(copyPath).value_or(QFileInfo(copyPath).lastModified().toMSecsSinceEpoch());
        orphan.ingestedMs = nowMs;
        order.append(orphan);
    }
    // Orphans are ordered after the listed exports with the same times, and numbered in the order they come.
    std::stable_sort(order.begin(), order.end(), [&](const StoredExport &a, const StoredExport &b) {
        return std::make_tuple(a.madeMs, a.ingestedMs, orphans.contains(a.sha256), a.id) <
               std::make_tuple(b.madeMs, b.ingestedMs, orphans.contains(b.sha256), b.id);
    });
    for (StoredExport &stored : order) {
        if (orphans.contains(stored.sha256))
            stored.id = nextId++;
    }

    // One transaction: a kept copy that is missing, damaged or unreadable leaves the store as it was.
    if (!m_db.transaction())
        return sqlError(QStringLiteral("Cannot start the rebuild"), m_db.lastError().text());
    auto fail = [this](const Error &error) {
        m_db.rollback();
        return error;
    };
    if (const Status locked = m_dialect.lockStore(m_db); locked.isError())
        return fail(sqlError(QStringLiteral("Cannot lock the store"), locked.detail));
    // The corrections log stays: its lines tell of ingests that happened, which a rebuild does not repeat.
    for (const char *sql : {"DELETE FROM standing", "DELETE FROM export_block", "DELETE FROM export_hour",
                            "DELETE FROM environment", "DELETE FROM pool", "DELETE FROM export"}) {
        QSqlQuery remove(m_db);
        if (!remove.exec(QString::fromLatin1(sql)))
            return fail(sqlError(QStringLiteral("Cannot rebuild the store"), remove.lastError().text()));
    }
    for (qsizetype index = 0; index < order.size(); ++index) {
        const StoredExport &stored = order.at(index);
        if (progress)
            progress(int(index), int(order.size()), stored.originalName);
        // A kept copy that no longer matches its name is damaged: better stop than merge something else.
        if (m_dialect.isPostgreSql())
            QFile::remove(localCopyPath(stored.sha256)); // what the store holds is checked, not a local copy
        const QString copyPath = keptCopyPath(stored.sha256);
        const Result<QString> sha256 = fileSha256(copyPath);
        if (!sha256)
            return fail(sha256.error());
        if (sha256.value() != stored.sha256)
            return fail(
                Error{ErrorCode::ChecksumMismatch,
                      QStringLiteral("The kept copy of %1 no longer matches its SHA-256.").arg(stored.originalName),
                      copyPath});
        const Result<ParsedExport> parsed = readExport(copyPath, stored.sha256);
        if (!parsed)
            return fail(parsed.error());
        // An export new to the store is ingested now, and logged as such.
        const Result<IngestResult> result = insertExport(parsed.value(), stored.originalName, stored.ingestedMs,
                                                         stored.id, orphans.contains(stored.sha256));
        if (!result)
            return fail(result.error());
    }
    if (m_dialect.isPostgreSql()) {
        // The rebuild numbered the exports itself; the sequence goes on after the highest.
        QSqlQuery sequence(m_db);
        if (!sequence.exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('export', 'id'), (SELECT MAX(id) FROM export))")))
            return fail(sqlError(QStringLiteral("Cannot rebuild the store"), sequence.lastError().text()));
    }
    if (const Status committed = commitWrite(); committed.isError())
        return fail(committed);
    return {};
}

Result<QList<StoredExport>> HistoryStore::exports() const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query =
        prepared(m_db, "SELECT e.id, e.sha256, e.original_name, e.made_ms, e.ingested_ms, e.cluster, "
                       "(SELECT COUNT(*) FROM export_hour h WHERE h.export_id = e.id), "
                       "(SELECT COUNT(*) FROM standing s WHERE s.export_id = e.id), "
                       "(SELECT MIN(hour_ms) FROM export_hour h WHERE h.export_id = e.id), "
                       "(SELECT MAX(hour_ms) FROM export_hour h WHERE h.export_id = e.id) FROM export e ORDER BY e.id");
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot list the exports"), query.lastError().text(), ErrorCode::FileUnreadable);
    QList<StoredExport> list;
    while (query.next()) {
        StoredExport stored;
        stored.id = query.value(0).toLongLong();
        stored.sha256 = query.value(1).toString();
        stored.originalName = query.value(2).toString();
        stored.madeMs = query.value(3).toLongLong();
        stored.ingestedMs = query.value(4).toLongLong();
        stored.clusterUuid = query.value(5).toString();
        stored.hours = query.value(6).toInt();
        stored.hoursStanding = query.value(7).toInt();
        if (!query.value(8).isNull())
            stored.range = HourRange::ofHours(query.value(8).toLongLong(), query.value(9).toLongLong());
        list.append(stored);
    }
    return list;
}

Result<QList<IngestEvent>> HistoryStore::ingestLog() const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query = prepared(m_db, "SELECT l.export_id, e.original_name, e.cluster, e.ingested_ms, l.hours_added, "
                                     "l.hours_replaced, l.hours_kept_newer, l.values_changed, l.replaced_from_ms, "
                                     "l.replaced_to_ms FROM ingest_log l JOIN export e ON e.id = l.export_id "
                                     "ORDER BY e.ingested_ms DESC, l.export_id DESC");
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the corrections log"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    QList<IngestEvent> events;
    while (query.next()) {
        IngestEvent event;
        event.exportId = query.value(0).toLongLong();
        event.originalName = query.value(1).toString();
        event.clusterUuid = query.value(2).toString();
        event.ingestedMs = query.value(3).toLongLong();
        event.hoursAdded = query.value(4).toInt();
        event.hoursReplaced = query.value(5).toInt();
        event.hoursKeptNewer = query.value(6).toInt();
        event.valuesChanged = query.value(7).toInt();
        if (!query.value(8).isNull())
            event.replacedRange = HourRange{query.value(8).toLongLong(), query.value(9).toLongLong()};
        events.append(event);
    }
    return events;
}

Result<QList<HourRange>> HistoryStore::gaps(const QString &clusterUuid) const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query = prepared(m_db, "SELECT hour_ms FROM standing WHERE cluster = ? ORDER BY hour_ms");
    query.addBindValue(clusterUuid);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the stored hours"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    QList<HourRange> gaps;
    std::optional<qint64> previous;
    while (query.next()) {
        const qint64 hourMs = query.value(0).toLongLong();
        if (previous && hourMs > *previous + Time::HourMs)
            gaps.append(HourRange{*previous + Time::HourMs, hourMs});
        previous = hourMs;
    }
    return gaps;
}

Result<UsageSnapshotPtr> HistoryStore::snapshot(const QString &clusterUuid, HourRange range,
                                                const RuleSettings &rules) const
{
    // Several queries: one committed state for all of them, whatever other programs commit meanwhile.
    const ReadScope consistent(*this);
    if (consistent.status().isError())
        return consistent.status();
    auto fail = [this](const QSqlQuery &query) {
        return sqlError(QStringLiteral("Cannot read the stored hours"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    };

    // A standing cluster-hour: its environments' metrics and, aligned with them, their hosts' figures.
    struct HostFigures
    {
        int counted = 0;
        qint64 units = 0;
        qint64 fullStack = 0;
        qint64 infrastructure = 0;
        qint64 paas = 0;
    };
    struct StandingHour
    {
        qint64 exportId = 0;
        HourRecord record;
        std::vector<HostFigures> hosts;
    };
    std::vector<StandingHour> standing;
    {
        QSqlQuery query =
            prepared(m_db, clusterUuid.isEmpty() ? "SELECT cluster, hour_ms, export_id FROM standing "
                                                   "WHERE hour_ms >= ? AND hour_ms < ? ORDER BY export_id, hour_ms"
                                                 : "SELECT cluster, hour_ms, export_id FROM standing "
                                                   "WHERE hour_ms >= ? AND hour_ms < ? AND cluster = ? "
                                                   "ORDER BY export_id, hour_ms");
        query.addBindValue(range.fromMs);
        query.addBindValue(range.toMs);
        if (!clusterUuid.isEmpty())
            query.addBindValue(clusterUuid);
        if (!query.exec())
            return fail(query);
        while (query.next()) {
            StandingHour hour;
            hour.record.clusterUuid = query.value(0).toString();
            hour.record.timeFrameStartMs = query.value(1).toLongLong();
            hour.record.timeFrameEndMs = hour.record.timeFrameStartMs + Time::HourMs;
            hour.exportId = query.value(2).toLongLong();
            standing.push_back(std::move(hour));
        }
    }

    QString errorText;
    const QHash<qint64, QString> environmentIds = dictionary(m_db, "environment", errorText);
    const QHash<qint64, QString> pools = dictionary(m_db, "pool", errorText);
    if (!errorText.isEmpty())
        return sqlError(QStringLiteral("Cannot read the stored hours"), errorText, ErrorCode::FileUnreadable);
    QHash<qint64, QString> names;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, original_name FROM export")))
            return fail(query);
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
    }

    UsageSnapshotBuilder builder(rules);
    if (!range.isEmpty())
        builder.setExpectedRange(range);

    // The rules are applied here, to the stored inputs, run by run: a run has one mode and memory, hence one host
    // unit figure, and only its activity varies from hour to hour. Its hours are added to the environment-hours
    // as differences at the run's ends (and at its exceptions), so a run costs the same whatever its length.
    QSqlQuery blockQuery = prepared(m_db, "SELECT start_ms, environments, hosts FROM export_block "
                                          "WHERE export_id = ? AND start_ms >= ? AND start_ms <= ? ORDER BY start_ms");
    std::vector<EnvironmentHourValues> environments;
    std::vector<HostRun> runs;
    std::vector<std::array<HostFigures, BlockHours + 1>> changes; // per environment of the block, per offset
    std::vector<std::array<int, BlockHours>> places;              // per environment: its place in each hour
    size_t begin = 0;
    while (begin < standing.size()) {
        const qint64 exportId = standing[begin].exportId;
        size_t end = begin;
        while (end < standing.size() && standing[end].exportId == exportId)
            ++end;
        blockQuery.bindValue(0, exportId);
        blockQuery.bindValue(1, blockStart(standing[begin].record.timeFrameStartMs));
        blockQuery.bindValue(2, blockStart(standing[end - 1].record.timeFrameStartMs));
        if (!blockQuery.exec())
            return fail(blockQuery);
        size_t next = begin; // the export's standing hours ascend, as do its blocks
        while (blockQuery.next()) {
            const qint64 start = blockQuery.value(0).toLongLong();
            // The block's standing hours: offset → index in `standing`, and how many stand before each offset.
            std::array<int, BlockHours> slot;
            slot.fill(-1);
            while (next < end && standing[next].record.timeFrameStartMs < start)
                ++next;
            for (; next < end && standing[next].record.timeFrameStartMs < start + BlockHours * Time::HourMs; ++next)
                slot[size_t((standing[next].record.timeFrameStartMs - start) / Time::HourMs)] = int(next);
            std::array<int, BlockHours + 1> standingBefore{};
            for (size_t offset = 0; offset < slot.size(); ++offset)
                standingBefore[offset + 1] = standingBefore[offset] + (slot[offset] >= 0 ? 1 : 0);

            environments.clear();
            runs.clear();
            if (!decodeEnvironmentHours(blockQuery.value(1).toByteArray(), environments) ||
                !decodeHostRuns(blockQuery.value(2).toByteArray(), runs))
                return damagedStore();
            // Environments ascend in both blobs: a run finds its environment by searching forward.
            std::vector<qint64> keys;
            changes.clear();
            places.clear();
            for (const EnvironmentHourValues &values : environments) {
                if (keys.empty() || keys.back() != values.environment) {
                    keys.push_back(values.environment);
                    changes.emplace_back().fill({});
                    places.emplace_back().fill(-1);
                }
                if (slot[size_t(values.offset)] < 0)
                    continue;
                StandingHour &hour = standing[size_t(slot[size_t(values.offset)])];
                places.back()[size_t(values.offset)] = int(hour.record.environments.size());
                hour.record.environments.push_back(environmentHour(values, environmentIds, pools));
                hour.hosts.emplace_back();
            }

            size_t environment = 0;
            for (const HostRun &run : runs) {
                while (environment < keys.size() && keys[environment] < run.environment)
                    ++environment;
                if (environment == keys.size() || keys[environment] != run.environment)
                    return damagedStore(); // a host of an environment the block does not list
                const HostMode mode = Rules::hostMode(run.flags & FlagPaas, run.flags & FlagInfrastructureOnly);
                const qint64 memory = Rules::effectiveMemoryBytes(mode, run.memoryBytes, run.paasLimitBytes);
                const qint64 units = Rules::hostUnitsMilli(mode, memory, rules);
                // As Rules::isCounted(): no activity records count, else the minimum active time.
                auto isCounted = [&](qint64 activity) {
                    return activity == NoActivityRecords || activity >= rules.minimumActiveMs;
                };
                std::array<HostFigures, BlockHours + 1> &change = changes[environment];
                // Offsets [from, to) counted (sign 1) or no longer counted (sign -1).
                auto count = [&](int from, int to, int sign) {
                    for (const auto &[at, step] : {std::pair{from, sign}, std::pair{to, -sign}}) {
                        HostFigures &figures = change[size_t(at)];
                        figures.counted += step;
                        figures.units += step * units;
                        (mode == HostMode::FullStack        ? figures.fullStack
                         : mode == HostMode::Infrastructure ? figures.infrastructure
                                                            : figures.paas) += step * units;
                    }
                };
                int seen = 0;
                int counted = 0;
                int firstSeen = -1;
                int lastSeen = -1;
                const int first = run.firstOffset;
                const int last = run.firstOffset + run.hours - 1;
                if (standingBefore[size_t(last + 1)] - standingBefore[size_t(first)] == run.hours) {
                    // The whole run stands: its common activity over its span, corrected at its exceptions.
                    const bool commonCounted = isCounted(run.activity);
                    if (commonCounted)
                        count(first, last + 1, 1);
                    counted = commonCounted ? run.hours : 0;
                    for (const auto &[inRun, activity] : run.exceptions) {
                        const bool exceptionCounted = isCounted(activity);
                        if (exceptionCounted == commonCounted)
                            continue;
                        count(first + inRun, first + inRun + 1, exceptionCounted ? 1 : -1);
                        counted += exceptionCounted ? 1 : -1;
                    }
                    seen = run.hours;
                    firstSeen = first;
                    lastSeen = last;
                } else {
                    // Some of its hours belong to another export, or lie outside the range: hour by hour.
                    for (int offset = first; offset <= last; ++offset) {
                        if (slot[size_t(offset)] < 0)
                            continue;
                        ++seen;
                        if (firstSeen < 0)
                            firstSeen = offset;
                        lastSeen = offset;
                        if (isCounted(run.activityAt(offset - first))) {
                            ++counted;
                            count(offset, offset + 1, 1);
                        }
                    }
                }
                if (seen == 0)
                    continue;
                // A host listed twice in an hour: its runs come in occurrence order, and the builder keeps the
                // mode and memory of the first at the same last hour, as an import does.
                HostSummary host;
                host.osiId = run.osiId;
                host.mode = mode;
                host.memoryBytes = memory;
                host.hoursSeen = seen;
                host.hoursCounted = counted;
                host.hostUnitHoursMilli = qint64(counted) * units;
                host.firstSeenMs = start + firstSeen * Time::HourMs;
                host.lastSeenMs = start + lastSeen * Time::HourMs;
                builder.addHostTotals(environmentIds.value(run.environment), host);
            }
            // The differences summed up into each standing environment-hour.
            for (size_t e = 0; e < keys.size(); ++e) {
                HostFigures sum;
                for (size_t offset = 0; offset < size_t(BlockHours); ++offset) {
                    const HostFigures &change = changes[e][offset];
                    sum.counted += change.counted;
                    sum.units += change.units;
                    sum.fullStack += change.fullStack;
                    sum.infrastructure += change.infrastructure;
                    sum.paas += change.paas;
                    if (places[e][offset] >= 0)
                        standing[size_t(slot[offset])].hosts[size_t(places[e][offset])] = sum;
                }
            }
        }
        blockQuery.finish();
        begin = end;
    }

    std::sort(standing.begin(), standing.end(), [](const StandingHour &a, const StandingHour &b) {
        return std::tie(a.record.timeFrameStartMs, a.record.clusterUuid) <
               std::tie(b.record.timeFrameStartMs, b.record.clusterUuid);
    });
    for (StandingHour &hour : standing) {
        HourSummary summary = summarizeHour(std::move(hour.record), rules);
        if (summary.environments.size() != hour.hosts.size())
            return damagedStore(); // an environment twice in one hour, which no ingest stores
        for (size_t i = 0; i < hour.hosts.size(); ++i) {
            UsageRow &usage = summary.environments[i].usage;
            const HostFigures &figures = hour.hosts[i];
            usage.peakHosts = figures.counted;
            usage.hostUnitHoursMilli = figures.units;
            usage.peakHostUnitsMilli = figures.units;
            usage.fullStackHostUnitHoursMilli = figures.fullStack;
            usage.infrastructureHostUnitHoursMilli = figures.infrastructure;
            usage.paasHostUnitHoursMilli = figures.paas;
        }
        builder.add(std::move(summary), names.value(hour.exportId));
    }
    return builder.build();
}

struct HistoryStore::BlockStanding
{
    qint64 startMs = 0;
    std::array<bool, BlockHours> stands{};
    std::array<int, BlockHours + 1> standingBefore{}; // how many of the block's hours stand before each offset

    // Whether every hour of [first, last] stands.
    [[nodiscard]] bool all(int first, int last) const
    {
        return standingBefore[size_t(last + 1)] - standingBefore[size_t(first)] == last - first + 1;
    }
};

Status HistoryStore::visitStandingRuns(const QString &clusterUuid, HourRange range,
                                       const std::function<void(const HostRun &, const BlockStanding &)> &visit) const
{
    // Several queries: one committed state for all of them, whatever other programs commit meanwhile.
    const ReadScope consistent(*this);
    if (consistent.status().isError())
        return consistent.status();
    auto fail = [this](const QSqlQuery &query) {
        return sqlError(QStringLiteral("Cannot read the stored hours"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    };
    // (export, hour) of every standing hour, by export and hour: each export's blocks are then read in one query.
    std::vector<std::pair<qint64, qint64>> standing;
    {
        QSqlQuery query = prepared(m_db, clusterUuid.isEmpty() ? "SELECT export_id, hour_ms FROM standing "
                                                                 "WHERE hour_ms >= ? AND hour_ms < ? "
                                                                 "ORDER BY export_id, hour_ms"
                                                               : "SELECT export_id, hour_ms FROM standing "
                                                                 "WHERE hour_ms >= ? AND hour_ms < ? AND cluster = ? "
                                                                 "ORDER BY export_id, hour_ms");
        query.addBindValue(range.fromMs);
        query.addBindValue(range.toMs);
        if (!clusterUuid.isEmpty())
            query.addBindValue(clusterUuid);
        if (!query.exec())
            return fail(query);
        while (query.next())
            standing.emplace_back(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    QSqlQuery blockQuery = prepared(m_db, "SELECT start_ms, hosts FROM export_block "
                                          "WHERE export_id = ? AND start_ms >= ? AND start_ms <= ? ORDER BY start_ms");
    std::vector<HostRun> runs;
    BlockStanding block;
    for (size_t begin = 0; begin < standing.size();) {
        const qint64 exportId = standing[begin].first;
        size_t end = begin;
        while (end < standing.size() && standing[end].first == exportId)
            ++end;
        blockQuery.bindValue(0, exportId);
        blockQuery.bindValue(1, blockStart(standing[begin].second));
        blockQuery.bindValue(2, blockStart(standing[end - 1].second));
        if (!blockQuery.exec())
            return fail(blockQuery);
        size_t next = begin;
        while (blockQuery.next()) {
            block.startMs = blockQuery.value(0).toLongLong();
            block.stands.fill(false);
            while (next < end && standing[next].second < block.startMs)
                ++next;
            for (; next < end && standing[next].second < block.startMs + BlockHours * Time::HourMs; ++next)
                block.stands[size_t((standing[next].second - block.startMs) / Time::HourMs)] = true;
            for (size_t offset = 0; offset < block.stands.size(); ++offset)
                block.standingBefore[offset + 1] = block.standingBefore[offset] + (block.stands[offset] ? 1 : 0);
            if (block.standingBefore.back() == 0)
                continue;
            runs.clear();
            if (!decodeHostRuns(blockQuery.value(1).toByteArray(), runs))
                return damagedStore();
            for (const HostRun &run : runs) {
                if (run.firstOffset < 0 || run.hours < 1 || run.firstOffset + run.hours > BlockHours)
                    return damagedStore();
                if (block.standingBefore[size_t(run.firstOffset + run.hours)] -
                        block.standingBefore[size_t(run.firstOffset)] >
                    0)
                    visit(run, block);
            }
        }
        blockQuery.finish();
        begin = end;
    }
    return {};
}

namespace {

// The rules applied to a run: one mode, memory and host-unit figure for all its hours.
struct RunFigures
{
    HostMode mode = HostMode::FullStack;
    qint64 memoryBytes = 0;
    qint64 unitsMilli = 0;
};

RunFigures figuresOf(const HostRun &run, const RuleSettings &rules)
{
    RunFigures figures;
    figures.mode = Rules::hostMode(run.flags & FlagPaas, run.flags & FlagInfrastructureOnly);
    figures.memoryBytes = Rules::effectiveMemoryBytes(figures.mode, run.memoryBytes, run.paasLimitBytes);
    figures.unitsMilli = Rules::hostUnitsMilli(figures.mode, figures.memoryBytes, rules);
    return figures;
}

// As Rules::isCounted(): no activity records count, else the minimum active time.
bool isCountedActivity(qint64 activity, const RuleSettings &rules)
{
    return activity == NoActivityRecords || activity >= rules.minimumActiveMs;
}

} // namespace

Result<std::vector<HostPeriod>> HistoryStore::hostPeriods(const QString &clusterUuid, HourRange range,
                                                          const RuleSettings &rules) const
{
    struct Host
    {
        HostPeriod period;
        qint64 lastSeenMs = -1;
    };
    // By (environment key, host); a hash, as a year holds hundreds of thousands of hosts and millions of runs.
    struct KeyHash
    {
        size_t operator()(const std::pair<qint64, qint64> &key) const
        {
            // Unsigned, so that the multiplication wraps as intended: host ids span all 64 bits.
            return std::hash<quint64>()(quint64(key.second) * 1000003u + quint64(key.first));
        }
    };
    std::unordered_map<std::pair<qint64, qint64>, Host, KeyHash> hosts;
    hosts.reserve(4096);
    const Status status = visitStandingRuns(clusterUuid, range, [&](const HostRun &run, const BlockStanding &block) {
        const int first = run.firstOffset;
        const int last = run.firstOffset + run.hours - 1;
        int counted = 0;
        int lastCounted = -1;
        int lastSeen = -1;
        if (block.all(first, last)) {
            // The whole run stands: its common activity, corrected at its exceptions (ascending by offset).
            const bool common = isCountedActivity(run.activity, rules);
            counted = common ? run.hours : 0;
            for (const auto &[inRun, activity] : run.exceptions) {
                if (isCountedActivity(activity, rules) != common)
                    counted += common ? -1 : 1;
            }
            lastSeen = last;
            if (counted > 0 && common) {
                // The latest offset that is not an uncounted exception.
                lastCounted = last;
                for (auto e = run.exceptions.rbegin(); e != run.exceptions.rend(); ++e) {
                    if (first + e->first > lastCounted)
                        continue;
                    if (first + e->first < lastCounted || isCountedActivity(e->second, rules))
                        break;
                    --lastCounted;
                }
            } else if (counted > 0) {
                for (auto e = run.exceptions.rbegin(); e != run.exceptions.rend(); ++e) {
                    if (isCountedActivity(e->second, rules)) {
                        lastCounted = first + e->first;
                        break;
                    }
                }
            }
        } else {
            for (int offset = first; offset <= last; ++offset) {
                if (!block.stands[size_t(offset)])
                    continue;
                lastSeen = offset;
                if (isCountedActivity(run.activityAt(offset - first), rules)) {
                    ++counted;
                    lastCounted = offset;
                }
            }
        }
        const RunFigures figures = figuresOf(run, rules);
        Host &host = hosts[{run.environment, run.osiId}];
        host.period.osiId = run.osiId;
        host.period.hoursCounted += counted;
        host.period.hostUnitHoursMilli += qint64(counted) * figures.unitsMilli;
        // The state of the latest hour; at the same hour the first listing (runs come in occurrence order), as a
        // snapshot keeps it.
        auto take = [&] {
            host.period.mode = figures.mode;
            host.period.memoryBytes = figures.memoryBytes;
            host.period.hostUnitsMilli = figures.unitsMilli;
        };
        if (lastCounted >= 0) {
            const qint64 at = block.startMs + lastCounted * Time::HourMs;
            if (at > host.period.lastCountedMs) {
                host.period.lastCountedMs = at;
                take();
            }
        } else if (host.period.lastCountedMs < 0) {
            const qint64 at = block.startMs + lastSeen * Time::HourMs;
            if (at > host.lastSeenMs) {
                host.lastSeenMs = at;
                take();
            }
        }
    });
    if (status.isError())
        return status;

    QString errorText;
    const QHash<qint64, QString> environmentIds = dictionary(m_db, "environment", errorText);
    if (!errorText.isEmpty())
        return sqlError(QStringLiteral("Cannot read the stored hours"), errorText, ErrorCode::FileUnreadable);
    std::vector<HostPeriod> periods;
    periods.reserve(hosts.size());
    for (auto &[key, host] : hosts) {
        host.period.environmentId = environmentIds.value(key.first);
        periods.push_back(std::move(host.period));
    }
    // By environment id, then host: the hash has no order of its own.
    std::stable_sort(periods.begin(), periods.end(), [](const HostPeriod &a, const HostPeriod &b) {
        return std::tie(a.environmentId, a.osiId) < std::tie(b.environmentId, b.osiId);
    });
    return periods;
}

Result<std::vector<HostInHour>> HistoryStore::hostsInHour(const QString &clusterUuid, qint64 hourMs,
                                                          const RuleSettings &rules) const
{
    const qint64 hour = Time::floorHour(hourMs);
    std::vector<std::pair<qint64, HostInHour>> found; // environment key and host
    const Status status = visitStandingRuns(
        clusterUuid, HourRange{hour, hour + Time::HourMs}, [&](const HostRun &run, const BlockStanding &block) {
            const int offset = int((hour - block.startMs) / Time::HourMs);
            if (offset < run.firstOffset || offset >= run.firstOffset + run.hours)
                return;
            if (!isCountedActivity(run.activityAt(offset - run.firstOffset), rules))
                return;
            const RunFigures figures = figuresOf(run, rules);
            found.push_back(
                {run.environment, {QString(), run.osiId, figures.mode, figures.memoryBytes, figures.unitsMilli}});
        });
    if (status.isError())
        return status;
    QString errorText;
    const QHash<qint64, QString> environmentIds = dictionary(m_db, "environment", errorText);
    if (!errorText.isEmpty())
        return sqlError(QStringLiteral("Cannot read the stored hours"), errorText, ErrorCode::FileUnreadable);
    std::vector<HostInHour> hosts;
    hosts.reserve(found.size());
    for (auto &[key, host] : found) {
        host.environmentId = environmentIds.value(key);
        hosts.push_back(std::move(host));
    }
    std::sort(hosts.begin(), hosts.end(), [](const HostInHour &a, const HostInHour &b) {
        return std::tie(b.hostUnitsMilli, a.environmentId, a.osiId) <
               std::tie(a.hostUnitsMilli, b.environmentId, b.osiId);
    });
    return hosts;
}

Status HistoryStore::convertVersion1Rows()
{
    // Each export's rows are read back into hours, exactly as its ingest parsed them, and stored as a new ingest
    // would store them.
    auto fail = [this](const QSqlQuery &query) {
        return sqlError(QStringLiteral("Schema migration 2 failed"), query.lastError().text());
    };
    QString errorText;
    const QHash<qint64, QString> environmentIds = dictionary(m_db, "environment", errorText);
    const QHash<qint64, QString> pools = dictionary(m_db, "pool", errorText);
    if (!errorText.isEmpty())
        return sqlError(QStringLiteral("Schema migration 2 failed"), errorText);
    QHash<QString, qint64> environmentKeys;
    for (auto it = environmentIds.cbegin(); it != environmentIds.cend(); ++it)
        environmentKeys.insert(it.value(), it.key());
    QHash<QString, qint64> poolKeys;
    for (auto it = pools.cbegin(); it != pools.cend(); ++it)
        poolKeys.insert(it.value(), it.key());

    std::vector<qint64> exportIds;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id FROM export ORDER BY id")))
            return fail(query);
        while (query.next())
            exportIds.push_back(query.value(0).toLongLong());
    }
    QSqlQuery hourQuery = prepared(m_db, "SELECT hour_ms, end_ms FROM export_hour WHERE export_id = ?");
    QSqlQuery environmentQuery =
        prepared(m_db, "SELECT hour_ms, environment, visits, mobile_sessions, session_replays, mobile_session_replays, "
                       "rum_user_properties, synthetic_browser, synthetic_http, synthetic_other, custom_metrics, "
                       "log_storage_bytes, log_upload_bytes, trial, ddu FROM environment_hour WHERE export_id = ?");
    // Ordered by host and occurrence, so each hour's hosts come out in the order an ingest sorts them into.
    QSqlQuery runQuery =
        prepared(m_db, "SELECT environment, osi_id, occurrence, first_hour_ms, last_hour_ms, flags, memory_bytes, "
                       "paas_limit_bytes, activity, exceptions FROM host_run WHERE export_id = ? "
                       "ORDER BY environment, osi_id, occurrence, first_hour_ms");
    QSqlQuery blockQuery =
        prepared(m_db, "INSERT INTO export_block (export_id, start_ms, environments, hosts) VALUES (?, ?, ?, ?)");
    for (const qint64 exportId : exportIds) {
        std::map<qint64, ParsedHour> hours;
        hourQuery.bindValue(0, exportId);
        if (!hourQuery.exec())
            return fail(hourQuery);
        while (hourQuery.next()) {
            ParsedHour &hour = hours[hourQuery.value(0).toLongLong()];
            hour.hourMs = hourQuery.value(0).toLongLong();
            hour.endMs = hourQuery.value(1).toLongLong();
        }
        // (hour, environment key) → the environment's place in its hour.
        QHash<std::pair<qint64, qint64>, size_t> places;
        environmentQuery.bindValue(0, exportId);
        if (!environmentQuery.exec())
            return fail(environmentQuery);
        while (environmentQuery.next()) {
            const qint64 hourMs = environmentQuery.value(0).toLongLong();
            const qint64 key = environmentQuery.value(1).toLongLong();
            ParsedHour &hour = hours[hourMs];
            hour.hourMs = hourMs;
            ParsedEnvironment environment;
            EnvironmentHour &metrics = environment.metrics;
            metrics.environmentId = environmentIds.value(key);
            metrics.visits = environmentQuery.value(2).toLongLong();
            metrics.mobileSessions = environmentQuery.value(3).toLongLong();
            metrics.sessionReplays = environmentQuery.value(4).toLongLong();
            metrics.mobileSessionReplays = environmentQuery.value(5).toLongLong();
            metrics.rumUserProperties = environmentQuery.value(6).toLongLong();
            metrics.syntheticBrowserExecutions = environmentQuery.value(7).toLongLong();
            metrics.syntheticHttpExecutions = environmentQuery.value(8).toLongLong();
            metrics.syntheticUnknownExecutions = environmentQuery.value(9).toLongLong();
            metrics.customMetrics = environmentQuery.value(10).toLongLong();
            metrics.logStorageBytes = environmentQuery.value(11).toLongLong();
            metrics.logUploadBytes = environmentQuery.value(12).toLongLong();
            metrics.trial = environmentQuery.value(13).toInt() != 0;
            if (!decodeDdu(environmentQuery.value(14).toByteArray(), pools, metrics.ddu))
                return damagedStore();
            places.insert({hourMs, key}, hour.environments.size());
            hour.environments.push_back(std::move(environment));
        }
        runQuery.bindValue(0, exportId);
        if (!runQuery.exec())
            return fail(runQuery);
        while (runQuery.next()) {
            const qint64 key = runQuery.value(0).toLongLong();
            HostInputs host;
            host.osiId = runQuery.value(1).toLongLong();
            const qint64 firstMs = runQuery.value(3).toLongLong();
            const qint64 lastMs = runQuery.value(4).toLongLong();
            host.flags = runQuery.value(5).toInt();
            host.memoryBytes = runQuery.value(6).toLongLong();
            host.paasLimitBytes = runQuery.value(7).toLongLong();
            const qint64 common = runQuery.value(8).toLongLong();
            std::map<qint64, qint64> exceptions;
            if (!decodeActivity(runQuery.value(9).toByteArray(), exceptions) || lastMs < firstMs)
                return damagedStore();
            for (qint64 hourMs = firstMs; hourMs <= lastMs; hourMs += Time::HourMs) {
                const auto place = places.constFind({hourMs, key});
                if (place == places.cend())
                    return damagedStore(); // a host in an environment-hour that is not stored
                const auto exception = exceptions.find((hourMs - firstMs) / Time::HourMs);
                host.activity = exception == exceptions.end() ? common : exception->second;
                hours[hourMs].environments[*place].hosts.push_back(host);
            }
        }
        std::vector<Block> blocks = buildBlocks(hours, environmentKeys, poolKeys);
        encodeBlocks(blocks);
        for (const Block &block : blocks) {
            blockQuery.bindValue(0, exportId);
            blockQuery.bindValue(1, block.startMs);
            blockQuery.bindValue(2, block.environmentsBlob);
            blockQuery.bindValue(3, block.hostsBlob);
            if (!blockQuery.exec())
                return fail(blockQuery);
        }
    }
    return {};
}

Result<QList<StoredCluster>> HistoryStore::clusters() const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query = prepared(m_db, "SELECT cluster, MIN(hour_ms), MAX(hour_ms), COUNT(*) FROM standing "
                                     "GROUP BY cluster ORDER BY cluster");
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the stored clusters"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    QList<StoredCluster> list;
    while (query.next()) {
        StoredCluster cluster;
        cluster.uuid = query.value(0).toString();
        cluster.extent = HourRange{query.value(1).toLongLong(), query.value(2).toLongLong() + Time::HourMs};
        cluster.hours = query.value(3).toInt();
        list.append(cluster);
    }
    return list;
}

Result<QList<RangeSource>> HistoryStore::sources(const QString &clusterUuid, HourRange range) const
{
    // Several queries: one committed state for all of them, whatever other programs commit meanwhile.
    const ReadScope consistent(*this);
    if (consistent.status().isError())
        return consistent.status();
    QSqlQuery query =
        prepared(m_db, clusterUuid.isEmpty() ? "SELECT export_id, MIN(hour_ms), MAX(hour_ms), COUNT(*) FROM standing "
                                               "WHERE hour_ms >= ? AND hour_ms < ? GROUP BY export_id"
                                             : "SELECT export_id, MIN(hour_ms), MAX(hour_ms), COUNT(*) FROM standing "
                                               "WHERE hour_ms >= ? AND hour_ms < ? AND cluster = ? GROUP BY export_id");
    query.addBindValue(range.fromMs);
    query.addBindValue(range.toMs);
    if (!clusterUuid.isEmpty())
        query.addBindValue(clusterUuid);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the stored hours"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    QHash<qint64, RangeSource> found;
    while (query.next()) {
        RangeSource source;
        source.span = HourRange{query.value(1).toLongLong(), query.value(2).toLongLong() + Time::HourMs};
        source.hoursInRange = query.value(3).toInt();
        found.insert(query.value(0).toLongLong(), source);
    }
    query.finish();
    if (found.isEmpty())
        return QList<RangeSource>{};
    const Result<QList<StoredExport>> held = exports();
    if (!held)
        return held.error();
    QList<RangeSource> list;
    for (const StoredExport &stored : held.value()) {
        auto it = found.find(stored.id);
        if (it == found.end())
            continue;
        it->stored = stored;
        list.append(*it);
    }
    std::sort(list.begin(), list.end(), [](const RangeSource &a, const RangeSource &b) {
        return std::tie(a.span.fromMs, a.stored.id) < std::tie(b.span.fromMs, b.stored.id);
    });
    return list;
}

Result<ExportSpan> HistoryStore::exportSpan(qint64 exportId) const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query = prepared(m_db, "SELECT e.cluster, MIN(h.hour_ms), MAX(h.hour_ms) FROM export e "
                                     "JOIN export_hour h ON h.export_id = e.id WHERE e.id = ? GROUP BY e.id");
    query.addBindValue(exportId);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the stored hours"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    if (!query.next())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The store holds no export %1.").arg(exportId),
                     m_storePath};
    return ExportSpan{query.value(0).toString(),
                      HourRange{query.value(1).toLongLong(), query.value(2).toLongLong() + Time::HourMs}};
}

Result<std::optional<HourRange>> HistoryStore::extent(const QString &clusterUuid) const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query = prepared(m_db, "SELECT MIN(hour_ms), MAX(hour_ms) FROM standing WHERE cluster = ?");
    query.addBindValue(clusterUuid);
    if (!query.exec() || !query.next())
        return sqlError(QStringLiteral("Cannot read the stored hours"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    if (query.value(0).isNull())
        return std::optional<HourRange>();
    return std::optional<HourRange>(HourRange::ofHours(query.value(0).toLongLong(), query.value(1).toLongLong()));
}

Result<qint64> HistoryStore::otherWritersVersion() const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    const Result<qint64> count = m_dialect.writeCount(m_db);
    if (!count)
        return sqlError(QStringLiteral("Cannot read the store's version"), count.error().detail,
                        ErrorCode::FileUnreadable);
    // PostgreSQL counts every commit; this instance's own are taken off again.
    return count.value() - m_ownWrites;
}

Status HistoryStore::storeEnvironments(const QString &clusterUuid, const QList<StoredEnvironment> &environments)
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    if (!m_db.transaction())
        return sqlError(QStringLiteral("Cannot store the environments"), m_db.lastError().text());
    auto rollback = qScopeGuard([this] { m_db.rollback(); });
    const qint64 now = m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
    QSqlQuery remove = prepared(m_db, "DELETE FROM environment_info WHERE cluster = ? AND environment_id = ?");
    QSqlQuery insert = prepared(m_db, "INSERT INTO environment_info (cluster, environment_id, name, tags, trial, "
                                      "updated_ms) VALUES (?, ?, ?, ?, ?, ?)");
    for (const StoredEnvironment &environment : environments) {
        remove.addBindValue(clusterUuid);
        remove.addBindValue(environment.id);
        insert.addBindValue(clusterUuid);
        insert.addBindValue(environment.id);
        insert.addBindValue(environment.name);
        insert.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(environment.tags)).toJson(QJsonDocument::Compact)));
        insert.addBindValue(environment.trial ? 1 : 0);
        insert.addBindValue(now);
        if (!remove.exec() || !insert.exec())
            return sqlError(QStringLiteral("Cannot store the environments"),
                            (remove.lastError().isValid() ? remove : insert).lastError().text());
    }
    if (!m_db.commit())
        return sqlError(QStringLiteral("Cannot store the environments"), m_db.lastError().text());
    rollback.dismiss();
    return {};
}

Result<QList<StoredEnvironment>> HistoryStore::environments(const QString &clusterUuid) const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query = prepared(m_db, "SELECT environment_id, name, tags, trial, updated_ms FROM environment_info "
                                     "WHERE cluster = ? ORDER BY environment_id");
    query.addBindValue(clusterUuid);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the environments"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    QList<StoredEnvironment> environments;
    while (query.next()) {
        StoredEnvironment environment;
        environment.id = query.value(0).toString();
        environment.name = query.value(1).toString();
        const QJsonArray tags = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
        for (const QJsonValue &tag : tags)
            environment.tags.append(tag.toString());
        environment.trial = query.value(3).toInt() != 0;
        environment.updatedMs = query.value(4).toLongLong();
        environments.append(environment);
    }
    return environments;
}

} // namespace LicenseCore
