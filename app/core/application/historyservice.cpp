// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historyservice.h>
#include <archive/archivereader.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <algorithm>
#include <deque>

namespace LicenseCore {

// The requests waiting for the worker. The GUI thread adds, the worker takes; the lock is held only for that.
struct HistoryService::Queue
{
    struct Entry
    {
        Job job;
        bool snapshot = false;
    };

    QMutex mutex;
    QWaitCondition wake;
    std::deque<Entry> entries;
    bool stopping = false;
    // Worker only: what the kept copies hold besides hourly files, by SHA-256. A kept copy never changes.
    QHash<QString, ArchiveInfo> archives;

    // The worker's loop: the store is made, used and closed on the worker thread only.
    void run()
    {
        HistoryStore store;
        for (;;) {
            Entry entry;
            {
                QMutexLocker lock(&mutex);
                while (entries.empty() && !stopping)
                    wake.wait(&mutex);
                if (stopping)
                    break;
                entry = std::move(entries.front());
                entries.pop_front();
            }
            entry.job(store);
        }
    }
};

HistoryService::HistoryService(QObject *parent)
    : QObject(parent)
    , m_queue(std::make_shared<Queue>())
{
    m_thread = QThread::create([queue = m_queue] { queue->run(); });
    m_thread->setObjectName(QStringLiteral("history"));
    m_thread->start();
}

HistoryService::~HistoryService()
{
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->stopping = true;
        m_queue->entries.clear();
        m_queue->wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void HistoryService::enqueue(Job job, bool snapshot)
{
    ++m_pending;
    QMutexLocker lock(&m_queue->mutex);
    if (snapshot) {
        // A snapshot still waiting has been superseded by this one: it is never computed.
        const auto stale = std::remove_if(m_queue->entries.begin(), m_queue->entries.end(),
                                          [](const Queue::Entry &entry) { return entry.snapshot; });
        m_pending -= int(std::distance(stale, m_queue->entries.end()));
        m_queue->entries.erase(stale, m_queue->entries.end());
    }
    m_queue->entries.push_back({std::move(job), snapshot});
    m_queue->wake.wakeOne();
}

void HistoryService::answer(std::function<void()> answer)
{
    // The service outlives the worker (its destructor waits for it), so `this` is valid here; a queued call
    // still pending when the service is deleted is discarded with it.
    QMetaObject::invokeMethod(
        this,
        [this, answer = std::move(answer)] {
            answer();
            finishRequest();
        },
        Qt::QueuedConnection);
}

void HistoryService::watchOtherWriters(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] {
            // A busy service answers its own requests first; the next tick looks again.
            if (!m_open || m_pending > 0)
                return;
            enqueue([this](HistoryStore &store) {
                const Result<qint64> version = store.otherWritersVersion();
                answer([this, version] {
                    if (!version)
                        return;
                    const bool moved = m_otherWritersVersion >= 0 && version.value() != m_otherWritersVersion;
                    m_otherWritersVersion = version.value();
                    if (moved)
                        Q_EMIT changed();
                });
            });
        });
    }
    if (intervalMs > 0)
        m_watch->start(intervalMs);
    else
        m_watch->stop();
}

void HistoryService::finishRequest()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void HistoryService::open(const HistoryLocation &location, const QString &password)
{
    m_location = location;
    m_open = false;
    m_openProblem = PostgresProblem::None;
    m_otherWritersVersion = -1;
    enqueue([this, location, password](HistoryStore &store) {
        // A new data folder may not exist yet; SQLite creates the file, not the folder. A URI names no folder.
        if (!isPostgresHistory(location.storePath))
            QDir().mkpath(QFileInfo(location.storePath).absolutePath());
        // Set for every open, so that a store opened before with a password does not lend it to the next one.
        store.setPassword(password);
        const Status status = store.open(location.storePath, location.exportFolder);
        const PostgresProblem problem = store.openProblem();
        answer([this, status, problem, location] {
            // A later open() has replaced this location; its own answer follows.
            if (location != m_location)
                return;
            m_open = !status.isError();
            m_openProblem = status.isError() ? problem : PostgresProblem::None;
            Q_EMIT opened(status);
        });
    });
}

void HistoryService::ingest(const QString &path)
{
    ingest(path, nullptr, {});
}

void HistoryService::ingest(const QString &path, const QObject *context, IngestDone done)
{
    ++m_ingestsTotal;
    QPointer<const QObject> guard(context);
    const bool withCallback = bool(done);
    enqueue([this, path, guard, withCallback, done = std::move(done)](HistoryStore &store) {
        QMetaObject::invokeMethod(
            this,
            [this, path] {
                if (m_ingestsTotal > 0)
                    Q_EMIT ingestProgress(m_ingestsDone, m_ingestsTotal, path);
            },
            Qt::QueuedConnection);
        HistoryIngest outcome;
        outcome.path = path;
        const Result<IngestResult> result = store.ingest(path);
        if (result) {
            outcome.result = result.value();
            const Result<ExportSpan> span = store.exportSpan(outcome.result.exportId);
            if (span)
                outcome.span = span.value();
            else
                outcome.error = span.error();
        } else {
            outcome.error = result.error();
        }
        answer([this, outcome, result, guard, withCallback, done] {
            ++m_ingestsDone;
            if (m_ingestsDone >= m_ingestsTotal) {
                m_ingestsDone = 0;
                m_ingestsTotal = 0;
            }
            Q_EMIT ingested(outcome);
            if (withCallback && guard)
                done(result);
            if (!outcome.error.isError() && (outcome.result.hoursAdded > 0 || outcome.result.hoursReplaced > 0))
                Q_EMIT changed();
        });
    });
}

HistoryService::IngestHook HistoryService::ingestHook()
{
    QPointer<HistoryService> self(this);
    return [self](const QString &path, IngestDone done) {
        if (!self) {
            done(Error{ErrorCode::Cancelled, QStringLiteral("The history is closed."), path});
            return;
        }
        self->ingest(path, self, std::move(done));
    };
}

void HistoryService::requestSnapshot(const QString &clusterUuid, HourRange range, const RuleSettings &rules)
{
    const quint64 generation = ++m_snapshotGeneration;
    enqueue(
        [this, clusterUuid, range, rules, generation](HistoryStore &store) {
            HistorySnapshot answerValue;
            answerValue.clusterUuid = clusterUuid;
            answerValue.range = range;
            answerValue.rules = rules;
            Error error;
            // The snapshot and its sources from the same committed state.
            const HistoryStore::ReadScope consistent(store);
            Result<UsageSnapshotPtr> snapshot = store.snapshot(clusterUuid, range, rules);
            if (snapshot) {
                answerValue.snapshot = std::move(snapshot).value();
                Result<QList<RangeSource>> sources = store.sources(clusterUuid, range);
                if (sources) {
                    answerValue.sources = sources.value();
                    if (answerValue.sources.size() == 1)
                        describeSingleSource(store, answerValue);
                } else {
                    error = sources.error();
                }
            } else {
                error = snapshot.error();
            }
            answer([this, answerValue, error, generation] {
                if (generation != m_snapshotGeneration)
                    return;
                if (error.isError())
                    Q_EMIT failed(error);
                else
                    Q_EMIT snapshotReady(answerValue);
            });
        },
        true);
}

void HistoryService::describeSingleSource(const HistoryStore &store, HistorySnapshot &answer) const
{
    const StoredExport &stored = answer.sources.first().stored;
    answer.singleSourceCopy = store.keptCopyPath(stored.sha256);
    auto known = m_queue->archives.constFind(stored.sha256);
    if (known == m_queue->archives.cend()) {
        // Opening the archive reads its directories and aux files, not its hourly files.
        ArchiveReader reader;
        if (reader.open(answer.singleSourceCopy).isError())
            return;
        ArchiveInfo info = reader.info();
        info.path = stored.originalName;
        known = m_queue->archives.insert(stored.sha256, info);
    }
    answer.singleSourceArchive = *known;
}

void HistoryService::requestExports()
{
    enqueue([this](HistoryStore &store) {
        const Result<QList<StoredExport>> result = store.exports();
        answer([this, result] {
            if (result)
                Q_EMIT exportsReady(result.value());
            else
                Q_EMIT failed(result.error());
        });
    });
}

void HistoryService::requestGaps(const QString &clusterUuid)
{
    enqueue([this, clusterUuid](HistoryStore &store) {
        const Result<QList<HourRange>> result = store.gaps(clusterUuid);
        answer([this, clusterUuid, result] {
            if (result)
                Q_EMIT gapsReady(clusterUuid, result.value());
            else
                Q_EMIT failed(result.error());
        });
    });
}

void HistoryService::requestClusters()
{
    enqueue([this](HistoryStore &store) {
        const Result<QList<StoredCluster>> result = store.clusters();
        answer([this, result] {
            if (result)
                Q_EMIT clustersReady(result.value());
            else
                Q_EMIT failed(result.error());
        });
    });
}

void HistoryService::requestIngestLog()
{
    enqueue([this](HistoryStore &store) {
        const Result<QList<IngestEvent>> result = store.ingestLog();
        answer([this, result] {
            if (result)
                Q_EMIT ingestLogReady(result.value());
            else
                Q_EMIT failed(result.error());
        });
    });
}

void HistoryService::requestCoverage(const QString &clusterUuid)
{
    enqueue([this, clusterUuid](HistoryStore &store) {
        // The extent and the gaps from the same committed state: a sync plans from both.
        std::optional<HistoryStore::ReadScope> consistent(std::in_place, store);
        const Result<std::optional<HourRange>> extent = store.extent(clusterUuid);
        const Result<QList<HourRange>> gaps =
            extent ? store.gaps(clusterUuid) : Result<QList<HourRange>>(QList<HourRange>{});
        consistent.reset();
        answer([this, clusterUuid, extent, gaps] {
            if (!extent)
                Q_EMIT failed(extent.error());
            else if (!gaps)
                Q_EMIT failed(gaps.error());
            else
                Q_EMIT coverageReady(clusterUuid, extent.value(), gaps.value());
        });
    });
}

void HistoryService::rebuild()
{
    enqueue([this](HistoryStore &store) {
        const Status status = store.rebuild();
        answer([this, status] {
            Q_EMIT rebuilt(status);
            if (!status.isError())
                Q_EMIT changed();
        });
    });
}

void HistoryService::forget(qint64 exportId)
{
    enqueue([this, exportId](HistoryStore &store) {
        const Status status = store.forget(exportId);
        answer([this, exportId, status] {
            Q_EMIT forgotten(exportId, status);
            if (!status.isError())
                Q_EMIT changed();
        });
    });
}

void HistoryService::storeEnvironments(const QString &clusterUuid, const QList<StoredEnvironment> &environments)
{
    enqueue([this, clusterUuid, environments](HistoryStore &store) {
        // When they were read last; not a change the views show.
        const auto withoutTime = [](QList<StoredEnvironment> list) {
            for (StoredEnvironment &environment : list)
                environment.updatedMs = 0;
            std::sort(list.begin(), list.end(),
                      [](const StoredEnvironment &a, const StoredEnvironment &b) { return a.id < b.id; });
            return list;
        };
        const Result<QList<StoredEnvironment>> before = store.environments(clusterUuid);
        const Status status = store.storeEnvironments(clusterUuid, environments);
        const Result<QList<StoredEnvironment>> after = store.environments(clusterUuid);
        const bool moved =
            !status.isError() && (!before || !after || withoutTime(before.value()) != withoutTime(after.value()));
        answer([this, clusterUuid, status, moved] {
            Q_EMIT environmentsStored(clusterUuid, status);
            if (moved)
                Q_EMIT changed();
        });
    });
}

} // namespace LicenseCore
