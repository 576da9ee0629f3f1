// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/exportdownloadjob.h>
#include <cluster/requestoutcome.h>
#include <common/hourrange.h>
#include <common/result.h>
#include <history/historystore.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace LicenseCore {

class ClusterClient;
class EnvironmentsJob;
class HourJob;
struct EnvironmentsResult;
struct HourResult;

// One chunk of a sync, downloaded and ingested.
struct SyncChunkReport
{
    int index = 0; // 0-based
    int count = 0;
    HourRange range;
    qint64 bytes = 0;
    IngestResult ingest;
    bool noData = false; // the cluster exported no hour of the range (it was down, say): nothing to ingest
};

// How a sync ended.
struct SyncResult
{
    enum class Status
    {
        Completed,
        Cancelled,
        DownloadFailed, // `outcome` says why (also: the cluster could not be identified, another sync runs)
        IngestFailed,   // `error` says why (an invalid export, an unusable store)
    };

    Status status = Status::Completed;
    RequestOutcome outcome;
    Error error;
    int chunks = 0;         // planned
    int chunksIngested = 0; // of those, ingested (or found empty) before the end
    qint64 bytes = 0;
    int hoursAdded = 0;
    int hoursReplaced = 0;
    // The cluster's environments handed to the environments hook after the hours; -1 when they were not asked for
    // (no hook, no identify()) or could not be read, and then `environmentsOutcome` says why.
    int environmentsStored = -1;
    RequestOutcome environmentsOutcome;

    [[nodiscard]] bool ok() const { return status == Status::Completed; }
    // A sentence for the user; empty when completed or cancelled.
    [[nodiscard]] QString errorText() const;
};

// Keeps a cluster's history current: downloads the chunks of a sync plan (planSync()) one after the other and has
// each ingested before the next is asked for, so an interrupted sync loses at most the chunk in flight and the
// next plan starts where this one stopped.
//
// The runner never touches a HistoryStore: the store may live on another thread (the window's) or on this one
// (the command line's). It hands each downloaded chunk to the ingest hook, which must call `done` exactly once with
// the ingest's result, from any thread; the runner takes the result on its own thread. The file handed to the hook
// is removed when `done` has been called (the store keeps its own copy), so the hook must not use it afterwards.
//
// Downloads go through `client` (its retry policy waits out 429 and 556 answers) into the folder "incoming" of the
// store's export folder: the client's cache folder is pointed there, so the partial file, the finished chunk and
// the kept copy share one disk. A lock file in that folder lets one sync at a time use it; leftovers of a sync that
// was killed are removed when the next one starts.
//
// Use: identify() (optional) tells which cluster answers at the profile's address, so the caller can read what
// the store holds of it and plan; start() runs a plan. Each ends with finished(), except a successful identify(),
// which ends with identified(). Lives on the thread that created it.
class HistorySync final : public QObject
{
    Q_OBJECT

public:
    using IngestDone = std::function<void(const Result<IngestResult> &result)>;
    using IngestHook = std::function<void(const QString &path, IngestDone done)>;
    // Takes the environments of the cluster identify() named (names, tags for cost centres, trial flags) to store
    // them; called on the runner's thread, once per completed sync.
    using EnvironmentsHook = std::function<void(const QString &clusterUuid, const QList<StoredEnvironment> &list)>;

    // `client` must outlive the runner's work (it is not owned).
    HistorySync(ClusterClient *client, QString exportFolder, IngestHook ingest, QObject *parent = nullptr);
    ~HistorySync() override;
    Q_DISABLE_COPY_MOVE(HistorySync)

    // The folder of downloads in flight for the store whose kept exports are in `exportFolder`.
    [[nodiscard]] static QString incomingFolder(const QString &exportFolder);

    // Reads the newest exportable hour at `now` and emits identified() with the cluster UUID it names.
    void identify(const QDateTime &now);
    // Downloads and ingests `chunks` in their order; an empty plan finishes at once (from the event loop).
    void start(const QList<HourRange> &chunks);
    // Stops the download in flight (its partial file is removed) and finishes with Status::Cancelled. A chunk
    // already being ingested is left to finish: an ingest is one transaction, so the store is consistent either way.
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // With a hook, a sync that completes after identify() then reads the cluster's /environments and hands them to
    // it before it finishes; when they cannot be read the sync completes all the same (its hours are in).
    void setEnvironmentsHook(EnvironmentsHook hook);

Q_SIGNALS:
    void identified(const QString &clusterUuid);
    void chunkStarted(int index, int count, const LicenseCore::HourRange &range);
    void progress(int index, int count, const LicenseCore::TransferProgress &progress);
    void retrying(int seconds, const QString &message);
    void ingesting(int index, int count);
    void chunkFinished(const LicenseCore::SyncChunkReport &report);
    void finished(const LicenseCore::SyncResult &result);

private:
    enum class State
    {
        Idle,
        Identifying,
        Downloading,
        Ingesting,
        ReadingEnvironments,
    };

    void onHour(const HourResult &hour);
    // Creates the folder of downloads, takes its lock and removes what a killed sync left there.
    [[nodiscard]] RequestOutcome takeFolder();
    void startChunk();
    void onDownloaded(const ExportResult &download);
    void onIngested(quint64 generation, const Result<IngestResult> &result);
    // The plan is done: reads the environments when there is a hook to take them, else finishes.
    void complete();
    void onEnvironments(const EnvironmentsResult &environments);
    void finish(SyncResult::Status status, RequestOutcome outcome = {}, Error error = {});

    QPointer<ClusterClient> m_client;
    QString m_exportFolder;
    IngestHook m_ingest;
    EnvironmentsHook m_environmentsHook;
    QString m_clusterUuid; // as identify() found it
    // Receives the ingest results on this thread; shared with the hooks, so a late `done` finds it alive.
    std::shared_ptr<QObject> m_mailbox;
    std::unique_ptr<QLockFile> m_lock;
    State m_state = State::Idle;
    QList<HourRange> m_chunks;
    int m_index = 0;
    quint64 m_generation = 0; // tells a stale ingest result (of a sync that has ended) from the current one
    QPointer<ExportDownloadJob> m_job;
    QPointer<HourJob> m_hourJob;
    QPointer<EnvironmentsJob> m_environmentsJob;
    ExportResult m_download;
    bool m_cancelRequested = false;
    SyncResult m_result;
};

} // namespace LicenseCore
