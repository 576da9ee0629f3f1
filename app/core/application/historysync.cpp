// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historysync.h>
#include <application/storedenvironments.h>
#include <cluster/clusterclient.h>
#include <cluster/environmentsjob.h>
#include <cluster/hourjob.h>
#include <common/rangepreset.h>
#include <common/timeutil.h>
#include <usage/hourparser.h>

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTimer>

namespace LicenseCore {

namespace {
const QString LockFileName = QStringLiteral("sync.lock");
} // namespace

QString SyncResult::errorText() const
{
    switch (status) {
    case Status::Completed:
    case Status::Cancelled:
        return {};
    case Status::DownloadFailed:
        return outcome.errorText;
    case Status::IngestFailed:
        return error.message();
    }
    return {};
}

HistorySync::HistorySync(ClusterClient *client, QString exportFolder, IngestHook ingest, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_exportFolder(std::move(exportFolder))
    , m_ingest(std::move(ingest))
    , m_mailbox(new QObject, [](QObject *mailbox) { mailbox->deleteLater(); })
{}

HistorySync::~HistorySync()
{
    // A download in flight removes its partial file when the client stops it; a chunk committed but not yet
    // handed over is removed here. A chunk being ingested stays for its ingest, which finds the mailbox but no
    // runner; the next sync removes it.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    if (m_hourJob) {
        disconnect(m_hourJob, nullptr, this, nullptr);
        m_hourJob->cancel();
    }
    if (m_environmentsJob) {
        disconnect(m_environmentsJob, nullptr, this, nullptr);
        m_environmentsJob->cancel();
    }
    if (m_state != State::Ingesting && !m_download.filePath.isEmpty())
        QFile::remove(m_download.filePath);
}

QString HistorySync::incomingFolder(const QString &exportFolder)
{
    return QDir(exportFolder).filePath(QStringLiteral("incoming"));
}

bool HistorySync::isRunning() const
{
    return m_state != State::Idle;
}

void HistorySync::setEnvironmentsHook(EnvironmentsHook hook)
{
    m_environmentsHook = std::move(hook);
}

void HistorySync::identify(const QDateTime &now)
{
    if (isRunning())
        return;
    m_state = State::Identifying;
    m_cancelRequested = false;
    m_result = {};
    m_clusterUuid.clear();
    if (!m_client) {
        QTimer::singleShot(0, this, [this] {
            finish(SyncResult::Status::DownloadFailed, {RequestStatus::InvalidRequest, tr("No cluster to sync.")});
        });
        return;
    }
    // The newest hour the cluster exports: it exists on every cluster that exports at all, and it is small.
    const qint64 hourMs = latestExportableEnd(now) - Time::HourMs;
    m_hourJob = m_client->fetchHour(hourMs, this, &HistorySync::onHour);
}

void HistorySync::onHour(const HourResult &hour)
{
    m_hourJob = nullptr;
    if (!hour.outcome.ok()) {
        finish(hour.outcome.status == RequestStatus::Cancelled ? SyncResult::Status::Cancelled
                                                               : SyncResult::Status::DownloadFailed,
               hour.outcome);
        return;
    }
    const Result<HourRecord> record = parseHourRecord(hour.json, Time::isoUtc(hour.hourStartMs));
    if (!record || record.value().clusterUuid.isEmpty()) {
        const QString hourText = Time::isoUtc(hour.hourStartMs);
        const QString text =
            record
                //: %1 is an hour in ISO 8601.
                ? tr("The cluster's answer for the hour %1 names no cluster; nothing was synced.").arg(hourText)
                //: %1 is an hour in ISO 8601; %2 says why the answer cannot be read.
                : tr("The cluster's answer for the hour %1 cannot be read (%2); nothing was synced.")
                      .arg(hourText, displaySafe(record.error().message()));
        finish(SyncResult::Status::DownloadFailed, {RequestStatus::InvalidResponse, text, hour.outcome.httpStatus});
        return;
    }
    m_state = State::Idle;
    m_clusterUuid = record.value().clusterUuid;
    Q_EMIT identified(m_clusterUuid);
}

void HistorySync::start(const QList<HourRange> &chunks)
{
    if (isRunning())
        return;
    m_chunks = chunks;
    m_index = 0;
    m_cancelRequested = false;
    m_result = {};
    m_result.chunks = int(chunks.size());
    m_state = State::Downloading;
    ++m_generation;
    // Every end comes from the event loop, so a caller may connect after start() all the same.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation || m_state != State::Downloading)
            return;
        if (m_cancelRequested) {
            finish(SyncResult::Status::Cancelled);
            return;
        }
        if (m_chunks.isEmpty()) {
            // Nothing to download; but what a killed sync left behind goes now. While another sync holds the
            // folder nothing is removed, and there is nothing to report either.
            if (QDir(incomingFolder(m_exportFolder)).exists())
                (void)takeFolder();
            // The names and tags may have changed all the same.
            complete();
            return;
        }
        if (!m_client) {
            finish(SyncResult::Status::DownloadFailed, {RequestStatus::InvalidRequest, tr("No cluster to sync.")});
            return;
        }
        if (const RequestOutcome outcome = takeFolder(); !outcome.ok()) {
            finish(SyncResult::Status::DownloadFailed, outcome);
            return;
        }
        m_client->setCacheDirectory(incomingFolder(m_exportFolder));
        startChunk();
    });
}

RequestOutcome HistorySync::takeFolder()
{
    const QString folder = incomingFolder(m_exportFolder);
    if (!QDir().mkpath(folder))
        return {RequestStatus::LocalError, tr("The folder %1 cannot be created; nothing was synced.").arg(folder)};
    m_lock = std::make_unique<QLockFile>(QDir(folder).filePath(LockFileName));
    // Stale only when its process is gone: a long sync keeps its lock however old the file gets.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        const bool busy = m_lock->error() == QLockFile::LockFailedError;
        m_lock.reset();
        if (busy) {
            return {RequestStatus::Busy,
                    tr("Another sync into this history is running; try again when it has finished.")};
        }
        return {RequestStatus::LocalError, tr("The folder %1 cannot be written; nothing was synced.").arg(folder)};
    }
    // What a killed sync left behind (a partial download, a chunk it did not ingest): with the lock held no other
    // sync uses these files.
    const QDir directory(folder);
    for (const QString &name : directory.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name != LockFileName)
            QFile::remove(directory.filePath(name));
    }
    return {};
}

void HistorySync::startChunk()
{
    if (m_index >= m_chunks.size()) {
        complete();
        return;
    }
    if (!m_client) {
        finish(SyncResult::Status::DownloadFailed,
               {RequestStatus::Cancelled, tr("The connection to the cluster was closed.")});
        return;
    }
    m_state = State::Downloading;
    m_download = {};
    const HourRange range = m_chunks.at(m_index);
    Q_EMIT chunkStarted(m_index, int(m_chunks.size()), range);
    ExportRequest request;
    request.fromMs = range.fromMs;
    request.toMs = range.toMs;
    ExportDownloadJob *job = m_client->downloadExport(request, this, &HistorySync::onDownloaded);
    m_job = job;
    connect(job, &ExportDownloadJob::progress, this,
            [this](const TransferProgress &transfer) { Q_EMIT progress(m_index, int(m_chunks.size()), transfer); });
    connect(job, &ExportDownloadJob::retrying, this, &HistorySync::retrying);
}

void HistorySync::onDownloaded(const ExportResult &download)
{
    m_job = nullptr;
    if (!download.outcome.ok()) {
        finish(download.outcome.status == RequestStatus::Cancelled ? SyncResult::Status::Cancelled
                                                                   : SyncResult::Status::DownloadFailed,
               download.outcome);
        return;
    }
    m_download = download;
    m_state = State::Ingesting;
    Q_EMIT ingesting(m_index, int(m_chunks.size()));
    IngestDone done = [mailbox = m_mailbox, self = QPointer(this),
                       generation = m_generation](const Result<IngestResult> &result) {
        QMetaObject::invokeMethod(
            mailbox.get(),
            [self, generation, result] {
                if (self)
                    self->onIngested(generation, result);
            },
            Qt::QueuedConnection);
    };
    m_ingest(download.filePath, std::move(done));
}

void HistorySync::onIngested(quint64 generation, const Result<IngestResult> &result)
{
    if (generation != m_generation || m_state != State::Ingesting)
        return;
    QFile::remove(m_download.filePath);
    SyncChunkReport report;
    report.index = m_index;
    report.count = int(m_chunks.size());
    report.range = m_chunks.at(m_index);
    report.bytes = m_download.bytes;
    m_download = {};
    if (!result) {
        // A range the cluster has no hour of comes as an export without hourly files: nothing to keep, and not a
        // reason to stop (the next sync asks again, in case the hours turn up).
        if (result.error().code != ErrorCode::NoUsageData) {
            finish(SyncResult::Status::IngestFailed, {}, result.error());
            return;
        }
        report.noData = true;
    } else {
        report.ingest = result.value();
    }
    ++m_result.chunksIngested;
    m_result.bytes += report.bytes;
    m_result.hoursAdded += report.ingest.hoursAdded;
    m_result.hoursReplaced += report.ingest.hoursReplaced;
    const QPointer self(this);
    Q_EMIT chunkFinished(report);
    if (!self)
        return;
    if (m_cancelRequested) {
        finish(SyncResult::Status::Cancelled);
        return;
    }
    ++m_index;
    startChunk();
}

void HistorySync::complete()
{
    if (!m_environmentsHook || m_clusterUuid.isEmpty() || !m_client) {
        finish(SyncResult::Status::Completed);
        return;
    }
    // The download folder is not needed for this small answer; another sync may take it already.
    m_lock.reset();
    m_state = State::ReadingEnvironments;
    m_environmentsJob = m_client->fetchEnvironments(this, &HistorySync::onEnvironments);
}

void HistorySync::onEnvironments(const EnvironmentsResult &environments)
{
    m_environmentsJob = nullptr;
    if (m_state != State::ReadingEnvironments)
        return;
    if (environments.outcome.status == RequestStatus::Cancelled) {
        finish(SyncResult::Status::Cancelled);
        return;
    }
    // Without them only the names and cost centres of the views wait for the next sync: the hours are in.
    m_result.environmentsOutcome = environments.outcome;
    if (environments.outcome.ok()) {
        m_result.environmentsStored = int(environments.environments.size());
        m_environmentsHook(m_clusterUuid, storedEnvironments(environments.environments));
    }
    finish(SyncResult::Status::Completed);
}

void HistorySync::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    if (m_hourJob)
        m_hourJob->cancel();
    if (m_environmentsJob)
        m_environmentsJob->cancel();
    if (m_job)
        m_job->cancel();
}

void HistorySync::finish(SyncResult::Status status, RequestOutcome outcome, Error error)
{
    if (!isRunning())
        return;
    m_state = State::Idle;
    ++m_generation;
    if (!m_download.filePath.isEmpty())
        QFile::remove(m_download.filePath);
    m_download = {};
    m_lock.reset(); // unlocks and removes the lock file
    SyncResult result = m_result;
    result.status = status;
    result.outcome = std::move(outcome);
    result.error = std::move(error);
    m_result = {};
    Q_EMIT finished(result);
}

} // namespace LicenseCore
