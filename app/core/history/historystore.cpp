// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <archive/archivereader.h>
#include <archive/archivetimes.h>
#include <common/timeutil.h>
#include <history/historystore.h>
#include <history/storedvalues.h>
#include <usage/hourparser.h>
#include <usage/hoursummary.h>
#include <usage/usagesnapshotbuilder.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

namespace LicenseCore {

namespace {

// Every schema change is one step here, applied in order and never edited once released: step N brings a store
// from version N to N + 1.
const std::vector<std::vector<const char *>> &migrations()
{
    static const std::vector<std::vector<const char *>> steps = {
        {
            "CREATE TABLE export (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, original_name TEXT NOT NULL, "
            "made_ms INTEGER NOT NULL, ingested_ms INTEGER NOT NULL, cluster TEXT NOT NULL, "
            "file_size INTEGER NOT NULL)",
            // Environment ids and DDU pool names are long strings; the hourly rows refer to them by number.
            "CREATE TABLE environment (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
            "CREATE TABLE pool (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
            // end_ms: where the hour's activity window ends (the file's timeFrameEnd when it cuts the hour short).
            "CREATE TABLE export_hour (export_id INTEGER NOT NULL, hour_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, "
            "PRIMARY KEY (export_id, hour_ms)) WITHOUT ROWID",
            "CREATE INDEX export_hour_by_hour ON export_hour (hour_ms)",
            // ddu: the file's pool entries in their order, as varint pool id and little-endian double each.
            "CREATE TABLE environment_hour (export_id INTEGER NOT NULL, hour_ms INTEGER NOT NULL, "
            "environment INTEGER NOT NULL, visits INTEGER NOT NULL, mobile_sessions INTEGER NOT NULL, "
            "session_replays INTEGER NOT NULL, mobile_session_replays INTEGER NOT NULL, "
            "rum_user_properties INTEGER NOT NULL, synthetic_browser INTEGER NOT NULL, "
            "synthetic_http INTEGER NOT NULL, synthetic_other INTEGER NOT NULL, custom_metrics INTEGER NOT NULL, "
            "log_storage_bytes INTEGER NOT NULL, log_upload_bytes INTEGER NOT NULL, trial INTEGER NOT NULL, "
            "ddu BLOB, PRIMARY KEY (export_id, hour_ms, environment)) WITHOUT ROWID",
            // A host over consecutive hours with the same mode flags (1 PaaS, 2 infrastructure only), memory and PaaS
            // limit. occurrence tells apart the same host listed twice in one environment-hour. activity: the
            // most common value of the run's hours (-1: no activity records, else active milliseconds in the hour);
            // exceptions: the other hours, as varint pairs (hour offset in the run, zigzag activity).
            "CREATE TABLE host_run (export_id INTEGER NOT NULL, first_hour_ms INTEGER NOT NULL, "
            "environment INTEGER NOT NULL, osi_id INTEGER NOT NULL, occurrence INTEGER NOT NULL, "
            "last_hour_ms INTEGER NOT NULL, flags INTEGER NOT NULL, memory_bytes INTEGER NOT NULL, "
            "paas_limit_bytes INTEGER NOT NULL, activity INTEGER NOT NULL, exceptions BLOB, "
            "PRIMARY KEY (export_id, first_hour_ms, environment, osi_id, occurrence)) WITHOUT ROWID",
            "CREATE TABLE standing (cluster TEXT NOT NULL, hour_ms INTEGER NOT NULL, export_id INTEGER NOT NULL, "
            "PRIMARY KEY (cluster, hour_ms)) WITHOUT ROWID",
            "CREATE INDEX standing_by_export ON standing (export_id)",
        },
    };
    return steps;
}

constexpr int FlagPaas = 1;
constexpr int FlagInfrastructureOnly = 2;
constexpr qint64 NoActivityRecords = -1;

// Hours of one export reconstructed at a time, so memory stays bounded whatever the range.
constexpr int HoursPerChunk = 168;

std::atomic_int connectionCounter{0};

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, QStringLiteral("The file does not exist."), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, file.errorString(), path};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{ErrorCode::FileUnreadable, file.errorString(), path};
    return QString::fromLatin1(hash.result().toHex());
}

QSqlQuery prepared(const QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(sql));
    return query;
}

// A host's inputs over consecutive hours of one export.
struct HostRun
{
    QString environmentId;
    qint64 osiId = 0;
    int occurrence = 0;
    qint64 firstHourMs = 0;
    qint64 lastHourMs = 0;
    int flags = 0;
    qint64 memoryBytes = 0;
    qint64 paasLimitBytes = 0;
    std::vector<qint64> activity; // per hour of the run: active ms, or NoActivityRecords
};

} // namespace

struct HistoryStore::ParsedExport
{
    QString sha256;
    qint64 madeMs = 0;
    qint64 fileSize = 0;
    QString clusterUuid;
    std::map<qint64, qint64> hourEnds;                               // hour → end of its activity window
    std::map<qint64, std::vector<EnvironmentHour>> environmentHours; // hosts emptied
    std::vector<HostRun> runs;
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

void HistoryStore::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

QString HistoryStore::keptCopyPath(const QString &sha256) const
{
    return QDir(m_exportFolder).filePath(sha256 + QStringLiteral(".zip"));
}

Error HistoryStore::sqlError(const QString &what, const QString &driverText, ErrorCode code) const
{
    return Error{code, QStringLiteral("%1: %2").arg(what, driverText), m_storePath};
}

Status HistoryStore::open(const QString &storePath, const QString &exportFolder)
{
    close();
    m_storePath = storePath;
    m_exportFolder = exportFolder;

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(storePath);
    // Another connection writing (a second window, the command line) makes statements wait, not fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const Error error{ErrorCode::FileUnreadable, m_db.lastError().text(), storePath};
        close();
        return error;
    }

    // The version is read before anything else touches the file: a newer store must stay exactly as it is. A file
    // that is not a SQLite database fails here too, unchanged.
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            const Error error{
                ErrorCode::FileUnreadable,
                QStringLiteral("The file is damaged or is not a history store: %1").arg(query.lastError().text()),
                storePath};
            query.finish();
            close();
            return error;
        }
        const int version = query.value(0).toInt();
        query.finish();
        if (version > SchemaVersion) {
            close();
            return Error{ErrorCode::FileUnreadable,
                         QStringLiteral("The history store has schema version %1, newer than the %2 this version of "
                                        "the program knows; it was left untouched. Use a newer version of the program.")
                             .arg(version)
                             .arg(SchemaVersion),
                         storePath};
        }
        // Version 0 is a new, empty file; one that already holds tables belongs to something else.
        if (version == 0) {
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next() ||
                query.value(0).toInt() != 0) {
                query.finish();
                close();
                return Error{ErrorCode::FileUnreadable,
                             QStringLiteral("The file is a database, but not a history store; it was left untouched."),
                             storePath};
            }
            query.finish();
        }
    }

    // Readers (views) and one writer (an ingest) at once, and a crash mid-write loses nothing committed.
    {
        QSqlQuery pragma(m_db);
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            const Error error{
                ErrorCode::FileUnreadable,
                QStringLiteral("The file is damaged or is not a history store: %1").arg(pragma.lastError().text()),
                storePath};
            pragma.finish();
            close();
            return error;
        }
    }

    if (Error error = migrate(); error.isError()) {
        close();
        return error;
    }
    if (!QDir().mkpath(exportFolder)) {
        close();
        return Error{ErrorCode::FileUnwritable, QStringLiteral("Cannot create the folder for kept exports."),
                     exportFolder};
    }
    return {};
}

Status HistoryStore::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QStringLiteral("Cannot read the schema version"), query.lastError().text());
    const int version = query.value(0).toInt();
    query.finish();
    if (version == SchemaVersion)
        return {};
    if (!m_db.transaction())
        return sqlError(QStringLiteral("Cannot start the schema migration"), m_db.lastError().text());
    const auto &steps = migrations();
    Q_ASSERT(steps.size() == size_t(SchemaVersion));
    for (int step = version; step < SchemaVersion; ++step) {
        for (const char *statement : steps[size_t(step)]) {
            if (!query.exec(QString::fromLatin1(statement))) {
                const Error error =
                    sqlError(QStringLiteral("Schema migration %1 failed").arg(step + 1), query.lastError().text());
                m_db.rollback();
                return error;
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !m_db.commit()) {
        const Error error = sqlError(QStringLiteral("Schema migration failed"), query.lastError().text());
        m_db.rollback();
        return error;
    }
    return {};
}

Result<HistoryStore::ParsedExport> HistoryStore::readExport(const QString &path, const QString &sha256) const
{
    ParsedExport parsed;
    parsed.sha256 = sha256;
    parsed.fileSize = QFileInfo(path).size();
    // A single JSON file has no entries to date it: its own modification time stands in.
    parsed.madeMs = newestEntryTimeMs(path).value_or(QFileInfo(path).lastModified().toMSecsSinceEpoch());

    ArchiveReader reader;
    if (Error error = reader.open(path); error.isError())
        return error;

    // One environment-hour: its metrics (hosts emptied) and each host's rule-independent inputs.
    struct HostInputs
    {
        qint64 osiId = 0;
        int flags = 0;
        qint64 memoryBytes = 0;
        qint64 paasLimitBytes = 0;
        qint64 activity = NoActivityRecords;
    };
    struct CompactEnvironment
    {
        EnvironmentHour metrics;
        std::vector<HostInputs> hosts;
    };
    std::map<qint64, std::vector<CompactEnvironment>> hours;
    ArchiveEntry entry;
    bool clusterSeen = false;
    while (reader.readNext(entry)) {
        Result<HourRecord> record = parseHourRecord(entry.data, entry.where);
        if (!record)
            return record.error();
        HourRecord &hour = record.value();
        if (!clusterSeen) {
            // Files that name no cluster (a hand-made or single hourly file) are stored under an empty id, which
            // Qt Sql would otherwise bind as NULL.
            parsed.clusterUuid = hour.clusterUuid.isNull() ? QStringLiteral("") : hour.clusterUuid;
            clusterSeen = true;
        } else if (hour.clusterUuid != parsed.clusterUuid) {
            return Error{ErrorCode::InvalidSchema,
                         QStringLiteral("The export mixes files of more than one cluster (%1 and %2).")
                             .arg(parsed.clusterUuid, hour.clusterUuid),
                         entry.where};
        }
        // As summarizeHour() does: the hour is floored, activity counts up to the file's end if that is earlier.
        const qint64 hourMs = Time::floorHour(hour.timeFrameStartMs);
        qint64 endMs = hourMs + Time::HourMs;
        if (hour.timeFrameEndMs > hourMs && hour.timeFrameEndMs < endMs)
            endMs = hour.timeFrameEndMs;
        // The same hour twice in one export: the later file in archive order wins, as in an import.
        parsed.hourEnds[hourMs] = endMs;
        std::vector<CompactEnvironment> environments;
        for (EnvironmentHour &environment : hour.environments) {
            CompactEnvironment compact;
            compact.hosts.reserve(environment.hosts.size());
            for (const HostHour &host : environment.hosts) {
                const bool hasActivity = !host.activity.isEmpty();
                compact.hosts.push_back(
                    {host.osiId, (host.paas ? FlagPaas : 0) | (host.infrastructureOnly ? FlagInfrastructureOnly : 0),
                     host.hostMemoryBytes, host.paasMemoryLimitBytes,
                     hasActivity ? Rules::activeMs(host.activity, hourMs, endMs) : NoActivityRecords});
            }
            environment.hosts = {};
            compact.metrics = std::move(environment);
            // The same environment twice in one file: the later entry wins, as summarizeHour() decides.
            auto existing = std::find_if(environments.begin(), environments.end(), [&](const CompactEnvironment &e) {
                return e.metrics.environmentId == compact.metrics.environmentId;
            });
            if (existing != environments.end())
                *existing = std::move(compact);
            else
                environments.push_back(std::move(compact));
        }
        hours[hourMs] = std::move(environments);
    }
    if (reader.error().isError())
        return reader.error();
    if (hours.empty())
        return Error{ErrorCode::NoUsageData, QStringLiteral("The export contains no hourly usage files."), path};

    // Runs: hours ascending; a host's inputs extend its open run when they equal those of the hour before.
    // (environment, host, occurrence within the environment-hour) → the run it may extend.
    std::map<std::tuple<QString, qint64, int>, size_t> openRuns;
    for (auto &[hourMs, environments] : hours) {
        std::vector<EnvironmentHour> metrics;
        metrics.reserve(environments.size());
        for (CompactEnvironment &environment : environments) {
            const QString &environmentId = environment.metrics.environmentId;
            QHash<qint64, int> occurrences;
            for (const HostInputs &host : environment.hosts) {
                const int occurrence = occurrences[host.osiId]++;
                const auto key = std::make_tuple(environmentId, host.osiId, occurrence);
                auto open = openRuns.find(key);
                if (open != openRuns.end()) {
                    HostRun &previous = parsed.runs[open->second];
                    if (previous.lastHourMs == hourMs - Time::HourMs && previous.flags == host.flags &&
                        previous.memoryBytes == host.memoryBytes && previous.paasLimitBytes == host.paasLimitBytes) {
                        previous.lastHourMs = hourMs;
                        previous.activity.push_back(host.activity);
                        continue;
                    }
                }
                openRuns[key] = parsed.runs.size();
                parsed.runs.push_back({environmentId,
                                       host.osiId,
                                       occurrence,
                                       hourMs,
                                       hourMs,
                                       host.flags,
                                       host.memoryBytes,
                                       host.paasLimitBytes,
                                       {host.activity}});
            }
            metrics.push_back(std::move(environment.metrics));
        }
        parsed.environmentHours[hourMs] = std::move(metrics);
    }
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

} // namespace

Result<IngestResult> HistoryStore::insertExport(const ParsedExport &parsed, const QString &originalName,
                                                qint64 ingestedMs)
{
    IngestResult result;
    QSqlQuery insert = prepared(m_db, "INSERT INTO export (sha256, original_name, made_ms, ingested_ms, cluster, "
                                      "file_size) VALUES (?, ?, ?, ?, ?, ?)");
    insert.addBindValue(parsed.sha256);
    insert.addBindValue(originalName);
    insert.addBindValue(parsed.madeMs);
    insert.addBindValue(ingestedMs);
    insert.addBindValue(parsed.clusterUuid);
    insert.addBindValue(parsed.fileSize);
    if (!insert.exec())
        return sqlError(QStringLiteral("Cannot record the export"), insert.lastError().text());
    const qint64 exportId = insert.lastInsertId().toLongLong();
    result.exportId = exportId;

    QHash<QString, qint64> environments;
    QHash<QString, qint64> pools;
    QString errorText;
    QSqlQuery hourQuery = prepared(m_db, "INSERT INTO export_hour (export_id, hour_ms, end_ms) VALUES (?, ?, ?)");
    QSqlQuery environmentQuery = prepared(
        m_db, "INSERT INTO environment_hour (export_id, hour_ms, environment, visits, mobile_sessions, "
              "session_replays, mobile_session_replays, rum_user_properties, synthetic_browser, synthetic_http, "
              "synthetic_other, custom_metrics, log_storage_bytes, log_upload_bytes, trial, ddu) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto fail = [&](const QString &what, const QSqlQuery &query) { return sqlError(what, query.lastError().text()); };
    for (const auto &[hourMs, endMs] : parsed.hourEnds) {
        hourQuery.addBindValue(exportId);
        hourQuery.addBindValue(hourMs);
        hourQuery.addBindValue(endMs);
        if (!hourQuery.exec())
            return fail(QStringLiteral("Cannot store an hour"), hourQuery);
    }
    for (const auto &[hourMs, metrics] : parsed.environmentHours) {
        for (const EnvironmentHour &environment : metrics) {
            const qint64 key = dictionaryKey(m_db, "environment", environments, environment.environmentId, errorText);
            if (key < 0)
                return sqlError(QStringLiteral("Cannot store an environment"), errorText);
            QList<qint64> poolKeys;
            for (const DduPoolUsage &pool : environment.ddu) {
                poolKeys.append(dictionaryKey(m_db, "pool", pools, pool.pool, errorText));
                if (poolKeys.last() < 0)
                    return sqlError(QStringLiteral("Cannot store a DDU pool"), errorText);
            }
            const QByteArray ddu = StoredValues::encodeDdu(environment.ddu, poolKeys);
            for (const QVariant &value :
                 {QVariant(exportId), QVariant(hourMs), QVariant(key), QVariant(environment.visits),
                  QVariant(environment.mobileSessions), QVariant(environment.sessionReplays),
                  QVariant(environment.mobileSessionReplays), QVariant(environment.rumUserProperties),
                  QVariant(environment.syntheticBrowserExecutions), QVariant(environment.syntheticHttpExecutions),
                  QVariant(environment.syntheticUnknownExecutions), QVariant(environment.customMetrics),
                  QVariant(environment.logStorageBytes), QVariant(environment.logUploadBytes),
                  QVariant(environment.trial ? 1 : 0), ddu.isEmpty() ? QVariant() : QVariant(ddu)})
                environmentQuery.addBindValue(value);
            if (!environmentQuery.exec())
                return fail(QStringLiteral("Cannot store an environment hour"), environmentQuery);
        }
    }
    QSqlQuery runQuery = prepared(m_db, "INSERT INTO host_run (export_id, first_hour_ms, environment, osi_id, "
                                        "occurrence, last_hour_ms, flags, memory_bytes, paas_limit_bytes, activity, "
                                        "exceptions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const HostRun &run : parsed.runs) {
        const qint64 key = dictionaryKey(m_db, "environment", environments, run.environmentId, errorText);
        if (key < 0)
            return sqlError(QStringLiteral("Cannot store an environment"), errorText);
        const auto [activity, exceptions] = StoredValues::encodeActivity(run.activity);
        for (const QVariant &value : {QVariant(exportId), QVariant(run.firstHourMs), QVariant(key), QVariant(run.osiId),
                                      QVariant(run.occurrence), QVariant(run.lastHourMs), QVariant(run.flags),
                                      QVariant(run.memoryBytes), QVariant(run.paasLimitBytes), QVariant(activity),
                                      exceptions.isEmpty() ? QVariant() : QVariant(exceptions)})
            runQuery.addBindValue(value);
        if (!runQuery.exec())
            return fail(QStringLiteral("Cannot store a host run"), runQuery);
    }

    // Standing: the export made most recently stands for the hour; a tie goes to the one ingested later (a
    // later id breaks what is left, as ids grow with each ingest).
    QSqlQuery current = prepared(m_db, "SELECT e.id, e.made_ms, e.ingested_ms FROM standing s JOIN export e "
                                       "ON e.id = s.export_id WHERE s.cluster = ? AND s.hour_ms = ?");
    QSqlQuery stand = prepared(m_db, "INSERT INTO standing (cluster, hour_ms, export_id) VALUES (?, ?, ?) "
                                     "ON CONFLICT (cluster, hour_ms) DO UPDATE SET export_id = excluded.export_id");
    for (const auto &[hourMs, endMs] : parsed.hourEnds) {
        Q_UNUSED(endMs)
        current.addBindValue(parsed.clusterUuid);
        current.addBindValue(hourMs);
        if (!current.exec())
            return fail(QStringLiteral("Cannot read the standing export"), current);
        if (current.next()) {
            const auto theirs = std::make_tuple(current.value(1).toLongLong(), current.value(2).toLongLong(),
                                                current.value(0).toLongLong());
            current.finish();
            if (std::make_tuple(parsed.madeMs, ingestedMs, exportId) < theirs) {
                ++result.hoursKeptNewer;
                continue;
            }
            ++result.hoursReplaced;
        } else {
            current.finish();
            ++result.hoursAdded;
        }
        stand.addBindValue(parsed.clusterUuid);
        stand.addBindValue(hourMs);
        stand.addBindValue(exportId);
        if (!stand.exec())
            return fail(QStringLiteral("Cannot update the standing export"), stand);
    }
    return result;
}

Result<IngestResult> HistoryStore::ingest(const QString &path)
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    const Result<QString> sha256 = fileSha256(path);
    if (!sha256)
        return sha256.error();
    {
        QSqlQuery known = prepared(m_db, "SELECT id FROM export WHERE sha256 = ?");
        known.addBindValue(sha256.value());
        if (!known.exec())
            return sqlError(QStringLiteral("Cannot look up the export"), known.lastError().text());
        if (known.next()) {
            IngestResult result;
            result.exportId = known.value(0).toLongLong();
            result.alreadyKnown = true;
            return result;
        }
    }
    Result<ParsedExport> parsed = readExport(path, sha256.value());
    if (!parsed)
        return parsed.error();
    const ParsedExport &data = parsed.value();

    // The copy is written first and named by its content, so a failed transaction leaves at most a file that
    // the next ingest of the same export reuses; it is removed here when this ingest created it.
    const QString copyPath = keptCopyPath(data.sha256);
    bool createdCopy = false;
    if (!QFileInfo::exists(copyPath)) {
        const QString partPath = copyPath + QStringLiteral(".part");
        QFile::remove(partPath);
        if (!QFile::copy(path, partPath)) {
            QFile::remove(partPath);
            return Error{ErrorCode::FileUnwritable, QStringLiteral("Cannot keep a copy of the export."), copyPath};
        }
        // The file may have changed since it was hashed and read: the copy must be what was ingested.
        const Result<QString> copied = fileSha256(partPath);
        if (!copied || copied.value() != data.sha256) {
            QFile::remove(partPath);
            return Error{ErrorCode::ChecksumMismatch, QStringLiteral("The export changed while it was being read."),
                         path};
        }
        if (!QFile::rename(partPath, copyPath)) {
            QFile::remove(partPath);
            return Error{ErrorCode::FileUnwritable, QStringLiteral("Cannot keep a copy of the export."), copyPath};
        }
        createdCopy = true;
    }

    if (!m_db.transaction()) {
        if (createdCopy)
            QFile::remove(copyPath);
        return sqlError(QStringLiteral("Cannot start the ingest"), m_db.lastError().text());
    }
    Result<IngestResult> result = insertExport(data, QFileInfo(path).fileName(), m_now());
    if (!result || !m_db.commit()) {
        const Error error =
            result ? sqlError(QStringLiteral("Cannot commit the ingest"), m_db.lastError().text()) : result.error();
        m_db.rollback();
        if (createdCopy)
            QFile::remove(copyPath);
        return error;
    }
    return result;
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
         {"DELETE FROM export_hour WHERE export_id = ?", "DELETE FROM environment_hour WHERE export_id = ?",
          "DELETE FROM host_run WHERE export_id = ?", "DELETE FROM export WHERE id = ?"}) {
        QSqlQuery remove = prepared(m_db, sql);
        remove.addBindValue(exportId);
        if (!remove.exec())
            return failed(remove.lastError().text());
    }
    for (qint64 hourMs : std::as_const(standingHours)) {
        if (Error error = electStanding(cluster, hourMs); error.isError()) {
            m_db.rollback();
            return error;
        }
    }
    if (!m_db.commit())
        return failed(m_db.lastError().text());
    QFile::remove(keptCopyPath(sha256));
    return {};
}

Status HistoryStore::rebuild()
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
    const QDir folder(m_exportFolder);
    const qint64 nowMs = m_now();
    for (const QString &name : folder.entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name)) {
        const QString sha256 = name.left(64);
        if (!keptName.match(name).hasMatch() || listed.contains(sha256))
            continue;
        const QString copyPath = folder.filePath(name);
        StoredExport orphan;
        orphan.id = std::numeric_limits<qint64>::max();
        orphan.sha256 = sha256;
        orphan.originalName = name;
        orphan.madeMs = newestEntryTimeMs(copyPath).value_or(QFileInfo(copyPath).lastModified().toMSecsSinceEpoch());
        orphan.ingestedMs = nowMs;
        order.append(orphan);
    }
    std::sort(order.begin(), order.end(), [](const StoredExport &a, const StoredExport &b) {
        return std::tie(a.madeMs, a.ingestedMs, a.id) < std::tie(b.madeMs, b.ingestedMs, b.id);
    });

    // One transaction: a kept copy that is missing, damaged or unreadable leaves the store as it was.
    if (!m_db.transaction())
        return sqlError(QStringLiteral("Cannot start the rebuild"), m_db.lastError().text());
    auto fail = [this](const Error &error) {
        m_db.rollback();
        return error;
    };
    for (const char *sql :
         {"DELETE FROM standing", "DELETE FROM host_run", "DELETE FROM environment_hour", "DELETE FROM export_hour",
          "DELETE FROM environment", "DELETE FROM pool", "DELETE FROM export"}) {
        QSqlQuery remove(m_db);
        if (!remove.exec(QString::fromLatin1(sql)))
            return fail(sqlError(QStringLiteral("Cannot rebuild the store"), remove.lastError().text()));
    }
    for (const StoredExport &stored : std::as_const(order)) {
        // A kept copy that no longer matches its name is damaged: better stop than merge something else.
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
        const Result<IngestResult> result = insertExport(parsed.value(), stored.originalName, stored.ingestedMs);
        if (!result)
            return fail(result.error());
    }
    if (!m_db.commit())
        return fail(sqlError(QStringLiteral("Cannot commit the rebuild"), m_db.lastError().text()));
    return {};
}

Result<QList<StoredExport>> HistoryStore::exports() const
{
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    QSqlQuery query =
        prepared(m_db, "SELECT e.id, e.sha256, e.original_name, e.made_ms, e.ingested_ms, e.cluster, "
                       "(SELECT COUNT(*) FROM export_hour h WHERE h.export_id = e.id), "
                       "(SELECT COUNT(*) FROM standing s WHERE s.export_id = e.id) FROM export e ORDER BY e.id");
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
        list.append(stored);
    }
    return list;
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
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
    auto fail = [this](const QSqlQuery &query) {
        return sqlError(QStringLiteral("Cannot read the stored hours"), query.lastError().text(),
                        ErrorCode::FileUnreadable);
    };

    struct Standing
    {
        QString cluster;
        qint64 hourMs = 0;
        qint64 exportId = 0;
    };
    std::vector<Standing> standing;
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
        while (query.next())
            standing.push_back({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
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

    QSqlQuery hourQuery = prepared(m_db, "SELECT hour_ms, end_ms FROM export_hour "
                                         "WHERE export_id = ? AND hour_ms >= ? AND hour_ms <= ?");
    QSqlQuery environmentQuery =
        prepared(m_db, "SELECT hour_ms, environment, visits, mobile_sessions, session_replays, mobile_session_replays, "
                       "rum_user_properties, synthetic_browser, synthetic_http, synthetic_other, custom_metrics, "
                       "log_storage_bytes, log_upload_bytes, trial, ddu FROM environment_hour "
                       "WHERE export_id = ? AND hour_ms >= ? AND hour_ms <= ?");
    QSqlQuery runQuery = prepared(m_db, "SELECT environment, osi_id, first_hour_ms, last_hour_ms, flags, "
                                        "memory_bytes, paas_limit_bytes, activity, exceptions FROM host_run "
                                        "WHERE export_id = ? AND first_hour_ms <= ? AND last_hour_ms >= ?");
    const auto damaged = [this] {
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("The history store is damaged: a stored value cannot be decoded."), m_storePath};
    };
    auto bindSpan = [](QSqlQuery &query, qint64 exportId, qint64 from, qint64 last) {
        query.addBindValue(exportId);
        query.addBindValue(from);
        query.addBindValue(last);
    };

    // Standing hours come grouped by export; each group is rebuilt in chunks of at most HoursPerChunk hours.
    size_t begin = 0;
    while (begin < standing.size()) {
        size_t end = begin + 1;
        while (end < standing.size() && end - begin < size_t(HoursPerChunk) &&
               standing[end].exportId == standing[begin].exportId)
            ++end;
        const qint64 exportId = standing[begin].exportId;
        const qint64 firstMs = standing[begin].hourMs;
        const qint64 lastMs = standing[end - 1].hourMs;

        std::map<qint64, HourRecord> records;
        for (size_t i = begin; i < end; ++i) {
            HourRecord &record = records[standing[i].hourMs];
            record.clusterUuid = standing[i].cluster;
            record.timeFrameStartMs = standing[i].hourMs;
            record.timeFrameEndMs = standing[i].hourMs + Time::HourMs;
        }
        bindSpan(hourQuery, exportId, firstMs, lastMs);
        if (!hourQuery.exec())
            return fail(hourQuery);
        while (hourQuery.next()) {
            auto it = records.find(hourQuery.value(0).toLongLong());
            if (it != records.end())
                it->second.timeFrameEndMs = hourQuery.value(1).toLongLong();
        }
        bindSpan(environmentQuery, exportId, firstMs, lastMs);
        if (!environmentQuery.exec())
            return fail(environmentQuery);
        std::map<std::pair<qint64, qint64>, EnvironmentHour> loaded;
        while (environmentQuery.next()) {
            const qint64 hourMs = environmentQuery.value(0).toLongLong();
            if (!records.count(hourMs))
                continue;
            const qint64 key = environmentQuery.value(1).toLongLong();
            EnvironmentHour environment;
            environment.environmentId = environmentIds.value(key);
            environment.visits = environmentQuery.value(2).toLongLong();
            environment.mobileSessions = environmentQuery.value(3).toLongLong();
            environment.sessionReplays = environmentQuery.value(4).toLongLong();
            environment.mobileSessionReplays = environmentQuery.value(5).toLongLong();
            environment.rumUserProperties = environmentQuery.value(6).toLongLong();
            environment.syntheticBrowserExecutions = environmentQuery.value(7).toLongLong();
            environment.syntheticHttpExecutions = environmentQuery.value(8).toLongLong();
            environment.syntheticUnknownExecutions = environmentQuery.value(9).toLongLong();
            environment.customMetrics = environmentQuery.value(10).toLongLong();
            environment.logStorageBytes = environmentQuery.value(11).toLongLong();
            environment.logUploadBytes = environmentQuery.value(12).toLongLong();
            environment.trial = environmentQuery.value(13).toInt() != 0;
            if (!StoredValues::decodeDdu(environmentQuery.value(14).toByteArray(), pools, environment.ddu))
                return damaged();
            loaded.emplace(std::make_pair(hourMs, key), std::move(environment));
        }
        bindSpan(runQuery, exportId, lastMs, firstMs);
        if (!runQuery.exec())
            return fail(runQuery);
        while (runQuery.next()) {
            const qint64 key = runQuery.value(0).toLongLong();
            HostHour host;
            host.osiId = runQuery.value(1).toLongLong();
            const qint64 runFirst = std::max(runQuery.value(2).toLongLong(), firstMs);
            const qint64 runLast = std::min(runQuery.value(3).toLongLong(), lastMs);
            const int flags = runQuery.value(4).toInt();
            host.paas = flags & FlagPaas;
            host.infrastructureOnly = flags & FlagInfrastructureOnly;
            host.hostMemoryBytes = runQuery.value(5).toLongLong();
            host.paasMemoryLimitBytes = runQuery.value(6).toLongLong();
            const qint64 common = runQuery.value(7).toLongLong();
            std::map<qint64, qint64> exceptions;
            if (!StoredValues::decodeActivity(runQuery.value(8).toByteArray(), exceptions))
                return damaged();
            const qint64 storedFirst = runQuery.value(2).toLongLong();
            for (qint64 hourMs = runFirst; hourMs <= runLast; hourMs += Time::HourMs) {
                auto it = loaded.find({hourMs, key});
                if (it == loaded.end())
                    continue;
                HostHour copy = host;
                const auto exception = exceptions.find((hourMs - storedFirst) / Time::HourMs);
                const qint64 activity = exception == exceptions.end() ? common : exception->second;
                // One interval of the stored length gives the same active time, hence the same verdict.
                if (activity != NoActivityRecords)
                    copy.activity.append({hourMs, hourMs + activity});
                it->second.hosts.push_back(std::move(copy));
            }
        }
        for (auto &[key, environment] : loaded)
            records[key.first].environments.push_back(std::move(environment));
        for (auto &[hourMs, record] : records)
            builder.add(summarizeHour(std::move(record), rules), names.value(exportId));
        begin = end;
    }
    return builder.build();
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
    if (!isOpen())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The history store is not open."), m_storePath};
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

} // namespace LicenseCore
