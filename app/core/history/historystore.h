// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <common/hourrange.h>
#include <common/result.h>
#include <history/hostfigures.h>
#include <history/sqldialect.h>
#include <usage/licenserules.h>
#include <usage/usagesnapshot.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace LicenseCore {

namespace StoredValues {
struct HostRun;
}

// One export the store holds.
struct StoredExport
{
    qint64 id = 0;
    QString sha256; // hex, lower case: also the name of the kept copy ("<sha256>.zip")
    QString originalName;
    qint64 madeMs = 0;     // newest modification time among the outer archive's entries
    qint64 ingestedMs = 0; // when it was first ingested (kept by rebuild())
    QString clusterUuid;
    HourRange range;       // from its first to its last hourly file (it may lack hours in between); empty if none
    int hours = 0;         // hourly files it holds
    int hoursStanding = 0; // of those, the hours for which it is the standing export
};

// What an ingest did. An export ingested again changes nothing: alreadyKnown, and every count 0.
struct IngestResult
{
    qint64 exportId = 0;
    bool alreadyKnown = false;
    int hoursAdded = 0;     // cluster-hours the store did not hold before
    int hoursReplaced = 0;  // cluster-hours an older export stood for until now
    int hoursKeptNewer = 0; // cluster-hours left alone because a newer export holds them
    int valuesChanged = 0;  // in the replaced hours, environment-hour values that differ from the older export's
};

// One line of the corrections log: an ingest that added or replaced hours, kept in the store so the window can
// show what changed when (forget() and rebuild() keep the lines of the exports that remain).
struct IngestEvent
{
    qint64 exportId = 0;
    QString originalName;
    QString clusterUuid;
    qint64 ingestedMs = 0;
    int hoursAdded = 0;
    int hoursReplaced = 0;
    int hoursKeptNewer = 0;
    int valuesChanged = 0;
    HourRange replacedRange; // the span of the replaced hours; empty when none were replaced
};

// One cluster the store holds: the span from its first standing hour to the end of its last, and how many hours
// stand in it (fewer than the span has when the cluster has gaps).
struct StoredCluster
{
    QString uuid;
    HourRange extent;
    int hours = 0;
};

// An export that stands for hours of a range: the span from the first to the end of the last of those hours, and
// how many they are.
struct RangeSource
{
    StoredExport stored;
    HourRange span;
    int hoursInRange = 0;
};

// The cluster of one export and the span from its first to the end of its last hour, whether they stand or not.
struct ExportSpan
{
    QString clusterUuid;
    HourRange hours;
};

// One environment as the cluster last listed it (its /environments), kept with the history for names and tags.
struct StoredEnvironment
{
    QString id;
    QString name;
    QStringList tags; // as the cluster gives them, e.g. "costcenter:finance"
    bool trial = false;
    qint64 updatedMs = 0; // when the store last got it (set by storeEnvironments())

    bool operator==(const StoredEnvironment &) const = default;
};

// The history: a SQLite file (the embedded default) or a PostgreSQL database (a store a team shares) that merges
// every export ingested and that every view can read from, plus every ingested export kept byte for byte (in a
// folder beside a SQLite file; in a table of a PostgreSQL store, see docs/rules.md "A shared history"). The merge rules
// are in docs/rules.md ("History merge rules"). The only code of the program that speaks SQL.
//
// Storage: per export and block of a week of hours, one row holding two blobs (storedvalues.h): the metrics of
// each environment-hour, and host "runs", each a host over consecutive hours with the same mode flags, memory and
// PaaS limit, holding the active milliseconds of its most common hour and the hours that differ. Never a row per
// host-hour, nor per environment-hour: under 2 bytes per counted host-hour on a month of a large cluster, and an
// ingest or a month's snapshot touches a few dozen rows. Only the rules' inputs are stored; a snapshot applies
// the rules it is given as it reads. `standing` names, per cluster-hour, the export that stands for it, so
// replacing an hour only repoints that row; the older export's rows stay until it is forgotten.
//
// Not thread-safe. Each instance has a database connection of its own, which Qt ties to the thread that called
// open(): use an instance on that thread only, and open another instance for another thread.
class HistoryStore final
{
public:
    // The schema version this program writes; a store with a newer one is refused and left untouched.
    static constexpr int SchemaVersion = 3;

    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    // Opens (or creates) the store file and the folder for the kept exports, migrating an older schema forward.
    // A `storePath` of the form postgresql://USER@HOST:PORT/DB?… opens a PostgreSQL store instead (never with a
    // password in it); `exportFolder` is then a local folder for copies in flight and copies read back.
    [[nodiscard]] Status open(const QString &storePath, const QString &exportFolder);
    [[nodiscard]] bool isOpen() const;
    void close();

    // The password of a PostgreSQL store, for the next open(): the window's, from the keychain. Without one, libpq
    // looks in ~/.pgpass, PGPASSFILE and PGSERVICE. Never part of the URI.
    void setPassword(const QString &password);

    // Why the last open() of a PostgreSQL store failed (the password, the server, TLS, ...); None when it succeeded
    // and with SQLite.
    [[nodiscard]] PostgresProblem openProblem() const { return m_openProblem; }

    // For its lifetime, every read of the store sees one committed state (SqlDialect::beginRead()), for a reader
    // that reads with several calls: a snapshot and its sources, a cluster's extent and its gaps. The store's own
    // reads of several queries hold one too; they nest. Never around a write.
    class ReadScope final
    {
    public:
        explicit ReadScope(const HistoryStore &store);
        ~ReadScope();
        Q_DISABLE_COPY_MOVE(ReadScope)

        // An error when the transaction could not be started; the reads then fail on their own as well.
        [[nodiscard]] const Status &status() const { return m_status; }

    private:
        const HistoryStore &m_store;
        Status m_status;
    };

    // The time ingests record; the system clock unless a test sets another.
    void setClock(std::function<qint64()> nowMs);

    // Reads the export at `path` and merges it in one transaction: on any error the store is as before.
    [[nodiscard]] Result<IngestResult> ingest(const QString &path);
    // Removes an export, its rows and its kept copy; its hours go to the best remaining export holding them.
    [[nodiscard]] Status forget(qint64 exportId);
    // Drops every row and ingests every kept export again, oldest made first, keeping names and ingest times. A
    // "<sha256>.zip" in the folder that the store does not list is ingested too (as ingested now): a lost store
    // file is rebuilt from the folder. `progress`, if set, is called before each export with its place in the
    // order (0-based), their number and its name.
    [[nodiscard]] Status
    rebuild(const std::function<void(int index, int total, const QString &originalName)> &progress = {});

    [[nodiscard]] Result<QList<StoredExport>> exports() const;
    // The corrections log, newest first.
    [[nodiscard]] Result<QList<IngestEvent>> ingestLog() const;
    // The standing hours of `clusterUuid` (empty: of every cluster) in `range`, summarised with `rules` by the
    // same code as an import; hours of the range no export holds are the snapshot's gaps.
    [[nodiscard]] Result<UsageSnapshotPtr> snapshot(const QString &clusterUuid, HourRange range,
                                                    const RuleSettings &rules) const;
    // Per host and environment, its counted hours and host-unit hours over the standing hours of `range` of
    // `clusterUuid` (empty: of every cluster), and its state in its last counted hour; hosts listed but never
    // counted are included with hoursCounted 0. Ordered by environment, then host. Read run by run like
    // snapshot(): the cost follows the stored runs, not the host-hours.
    [[nodiscard]] Result<std::vector<HostPeriod>> hostPeriods(const QString &clusterUuid, HourRange range,
                                                              const RuleSettings &rules) const;
    // The hosts counted in the standing hour of `clusterUuid` (empty: of every cluster) that starts at `hourMs`,
    // the most host units first (then by environment and host); empty when no export stands for that hour.
    [[nodiscard]] Result<std::vector<HostInHour>> hostsInHour(const QString &clusterUuid, qint64 hourMs,
                                                              const RuleSettings &rules) const;
    // Hours between the cluster's first and last stored hour that no export holds, as contiguous runs.
    [[nodiscard]] Result<QList<HourRange>> gaps(const QString &clusterUuid) const;
    // The cluster's first through last stored hour; nullopt when the history holds no hour of it.
    [[nodiscard]] Result<std::optional<HourRange>> extent(const QString &clusterUuid) const;

    // The kept copy of an export as a local file. A PostgreSQL store keeps its copies in the database: the copy is
    // written out to the local folder when it is asked for (and the path is one that does not exist when the store
    // holds no such copy).
    [[nodiscard]] QString keptCopyPath(const QString &sha256) const;
    [[nodiscard]] bool isPostgreSql() const { return m_dialect.isPostgreSql(); }

    // A number that changes whenever another connection (another program, or another instance) has committed to
    // the store since this one opened it; this instance's own writes leave it as it is.
    [[nodiscard]] Result<qint64> otherWritersVersion() const;

    // Every cluster with standing hours, by uuid.
    [[nodiscard]] Result<QList<StoredCluster>> clusters() const;
    // The exports that stand for hours of `range` of `clusterUuid` (empty: of every cluster), earliest span first.
    [[nodiscard]] Result<QList<RangeSource>> sources(const QString &clusterUuid, HourRange range) const;
    [[nodiscard]] Result<ExportSpan> exportSpan(qint64 exportId) const;

    // The environments of `clusterUuid` as the cluster listed them; each replaces the one the store held, the others
    // stay. rebuild() keeps them: no export holds them.
    [[nodiscard]] Status storeEnvironments(const QString &clusterUuid, const QList<StoredEnvironment> &environments);
    // By id; empty when the cluster's environments were never stored.
    [[nodiscard]] Result<QList<StoredEnvironment>> environments(const QString &clusterUuid) const;

private:
    struct ParsedExport;

    // Which hours of one stored block stand in the range read (see visitStandingRuns()).
    struct BlockStanding;
    // Calls `visit` for each stored host run of the standing hours of `range` of `clusterUuid` (empty: of every
    // cluster) that has at least one standing hour, with its block's standing hours; the blobs are decoded block
    // by block, so only one block's runs are in memory at a time.
    [[nodiscard]] Status
    visitStandingRuns(const QString &clusterUuid, HourRange range,
                      const std::function<void(const StoredValues::HostRun &, const BlockStanding &)> &visit) const;
    [[nodiscard]] Status openSqlite();
    [[nodiscard]] Status checkSqliteTables();
    [[nodiscard]] Status openPostgres();
    [[nodiscard]] Status migrate();
    // Counts the open transaction's write for the other writers (otherWritersVersion()) and commits it.
    [[nodiscard]] Status commitWrite();
    [[nodiscard]] Status keepCopyInStore(const QString &sha256, const QString &partPath);
    // The kept copies' names ("<sha256>.zip"), in the folder or in the store.
    [[nodiscard]] Result<QStringList> keptCopyNames() const;
    [[nodiscard]] QString localCopyPath(const QString &sha256) const;
    [[nodiscard]] Status convertVersion1Rows();
    // afterEachHour (may be empty) is called on this thread after each hourly file; an error it returns stops the
    // reading with that error.
    [[nodiscard]] Result<ParsedExport> readExport(const QString &path, const QString &sha256,
                                                  const std::function<Status()> &afterEachHour = {}) const;
    // exportId 0: the next free id. logIngest: write the corrections log's line for it.
    [[nodiscard]] Result<IngestResult> insertExport(const ParsedExport &parsed, const QString &originalName,
                                                    qint64 ingestedMs, qint64 exportId, bool logIngest);
    [[nodiscard]] Status electStanding(const QString &clusterUuid, qint64 hourMs);
    [[nodiscard]] Error sqlError(const QString &what, const QString &driverText,
                                 ErrorCode code = ErrorCode::FileUnwritable) const;
    [[nodiscard]] Error damagedStore() const;
    [[nodiscard]] Status beginRead() const;
    void endRead() const;

    QString m_connectionName;
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_password;
    PostgresProblem m_openProblem = PostgresProblem::None;
    mutable int m_readDepth = 0; // ReadScopes open; the outermost one holds the transaction
    qint64 m_ownWrites = 0;      // commits of this instance that the store's write counter counted
    QString m_storePath;
    QString m_exportFolder;
    std::function<qint64()> m_now;
};

} // namespace LicenseCore
