// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <application/historylocation.h>
#include <archive/archiveinfo.h>
#include <common/hourrange.h>
#include <common/result.h>
#include <history/historystore.h>
#include <usage/licenserules.h>
#include <usage/usagesnapshot.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace LicenseCore {

// What one ingest did: the file, the result, and (when it succeeded) the export's cluster and hours.
struct HistoryIngest
{
    QString path;
    Error error; // ErrorCode::None when it succeeded
    IngestResult result;
    ExportSpan span;
};

// The answer to a snapshot request: what was asked, the snapshot and the exports its hours come from.
struct HistorySnapshot
{
    QString clusterUuid; // as asked; empty: every cluster
    HourRange range;
    RuleSettings rules;
    UsageSnapshotPtr snapshot;
    QList<RangeSource> sources;
    // When exactly one export stands for the range's hours: its kept copy and what the archive holds besides
    // them (layout, signature, log).
    QString singleSourceCopy;
    std::optional<ArchiveInfo> singleSourceArchive;
};

// The window's door to the history: a HistoryStore of its own on a worker thread (the store is not thread-safe
// and its Qt Sql connection belongs to the thread that opened it), behind an asynchronous API. Every request is
// queued and answered by a signal on the thread the service lives on; nothing waits for the store.
//
// Requests run one at a time in the order they were made, so a snapshot asked for after an ingest sees it. Of
// snapshot requests only the latest counts: one still queued when another is made is dropped, and the answer of
// one that was running by then is not emitted.
class HistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    using IngestDone = std::function<void(const Result<IngestResult> &)>;
    // An asynchronous ingest, for a component that should not know the service (the sync runner): `done` is
    // called once, on the service's thread. Call the hook on that thread too.
    using IngestHook = std::function<void(const QString &path, IngestDone done)>;

    explicit HistoryService(QObject *parent = nullptr);
    // Drops the requests still queued and waits for the running one to end, so the store closes on its thread.
    ~HistoryService() override;

    // Opens (or creates) the store; opened() follows. Opening another location closes the current one first.
    // `password`: a PostgreSQL store's, from the keychain, handed to the store on its thread; empty: libpq looks in
    // ~/.pgpass, PGPASSFILE and PGSERVICE. It is not kept here.
    void open(const HistoryLocation &location, const QString &password = {});
    // Why the last open() answered with an error, when the store is a PostgreSQL one (the password, the server,
    // TLS, ...): for the window's sentence. None after a successful open.
    [[nodiscard]] PostgresProblem openProblem() const { return m_openProblem; }
    [[nodiscard]] HistoryLocation location() const { return m_location; }
    // The last open() answered and succeeded.
    [[nodiscard]] bool isOpen() const { return m_open; }

    // Ingests an export: ingestProgress() when it starts, ingested() when it ends, changed() when it added or
    // replaced hours.
    void ingest(const QString &path);
    // The same, and `done` with the result unless `context` is gone by then.
    void ingest(const QString &path, const QObject *context, IngestDone done);
    [[nodiscard]] IngestHook ingestHook();

    void requestSnapshot(const QString &clusterUuid, HourRange range, const RuleSettings &rules);
    void requestExports();
    void requestGaps(const QString &clusterUuid);
    void requestClusters();
    // The corrections log, newest first.
    void requestIngestLog();
    // What the history holds of one cluster, read together: its extent and its gaps (what a sync plans from).
    void requestCoverage(const QString &clusterUuid);
    void rebuild();
    void forget(qint64 exportId);

    // Keeps the environments a sync read from the cluster (names, tags for cost centres, trial flags), in turn with
    // the ingests: environmentsStored() when written, then changed() when a name, tag or trial flag differs from
    // what the history held.
    void storeEnvironments(const QString &clusterUuid, const QList<LicenseCore::StoredEnvironment> &environments);

    // Runs `work` on the store's thread, in turn with the other requests, and hands its result to `done` on the
    // service's thread unless `context` is gone by then. For computations that read the history (the reports,
    // the statements): they run off the GUI thread and see every ingest asked for before them, and all of their
    // reads one committed state of the store (HistoryStore::ReadScope). `work` must only read the store.
    template<typename T>
    void read(const QObject *context, std::function<T(const HistoryStore &store)> work, std::function<void(T)> done)
    {
        QPointer<const QObject> guard(context);
        enqueue([this, guard, work = std::move(work), done = std::move(done)](HistoryStore &store) {
            std::shared_ptr<T> result;
            {
                const HistoryStore::ReadScope consistent(store);
                result = std::make_shared<T>(work(store));
            }
            answer([guard, result, done] {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

    // Looks every `intervalMs` milliseconds (0: never), while no request is pending, whether another program (a
    // sync run from cron, another window) committed to the store, and emits changed() when one did.
    void watchOtherWriters(int intervalMs);

    // Requests made and not answered yet.
    [[nodiscard]] int pendingRequests() const { return m_pending; }

Q_SIGNALS:
    void opened(const LicenseCore::Status &status);
    // `done` of `total` ingests asked for since the last time none was pending have ended; `path` starts now.
    void ingestProgress(int done, int total, const QString &path);
    void ingested(const LicenseCore::HistoryIngest &ingest);
    void snapshotReady(const LicenseCore::HistorySnapshot &snapshot);
    void exportsReady(const QList<LicenseCore::StoredExport> &exports);
    void gapsReady(const QString &clusterUuid, const QList<LicenseCore::HourRange> &gaps);
    void clustersReady(const QList<LicenseCore::StoredCluster> &clusters);
    void ingestLogReady(const QList<LicenseCore::IngestEvent> &events);
    // `extent` is nullopt when the history holds no hour of the cluster.
    void coverageReady(const QString &clusterUuid, const std::optional<LicenseCore::HourRange> &extent,
                       const QList<LicenseCore::HourRange> &gaps);
    void rebuilt(const LicenseCore::Status &status);
    void forgotten(qint64 exportId, const LicenseCore::Status &status);
    void environmentsStored(const QString &clusterUuid, const LicenseCore::Status &status);
    // A read (snapshot, exports, gaps, clusters, log, coverage) failed.
    void failed(const LicenseCore::Error &error);
    // The store's content changed (hours added or replaced, an export forgotten, a rebuild): views ask again.
    void changed();
    // No request is pending any more.
    void idle();

private:
    struct Queue;
    using Job = std::function<void(HistoryStore &store)>;

    void enqueue(Job job, bool snapshot = false);
    // Runs `answer` on the service's thread; called from the worker.
    void answer(std::function<void()> answer);
    void finishRequest();
    // Worker only.
    void describeSingleSource(const HistoryStore &store, HistorySnapshot &answer) const;

    std::shared_ptr<Queue> m_queue;
    QThread *m_thread = nullptr;
    HistoryLocation m_location;
    bool m_open = false;
    PostgresProblem m_openProblem = PostgresProblem::None;
    int m_pending = 0;
    int m_ingestsDone = 0;
    int m_ingestsTotal = 0;
    quint64 m_snapshotGeneration = 0;
    QTimer *m_watch = nullptr;
    qint64 m_otherWritersVersion = -1; // as last read; -1 before the first look after open()
};

} // namespace LicenseCore
