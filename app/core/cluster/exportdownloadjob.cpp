// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apirequest.h>
#include <cluster/exportdownloadjob.h>
#include <cluster/exportwindow.h>
#include <common/savefile.h>
#include <common/timeutil.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>
#include <QTimer>

namespace LicenseCore {

namespace {
constexpr qint64 ProgressIntervalMs = 100;
constexpr qint64 RateWindowMs = 3000;
const QByteArray ZipSignature("PK\x03\x04", 4);
const QByteArray EndOfCentralDirectory("PK\x05\x06", 4);
constexpr qsizetype EndRecordBytes = 22; // without its comment
constexpr qsizetype TailBytes = ExportTailBytes;

// Profiles with an export in flight, for the whole program.
QMutex &lockMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &activeExports()
{
    static QSet<QString> active;
    return active;
}

QString compactTimestamp(qint64 epochMs)
{
    QString text = Time::isoUtc(epochMs);
    text.remove(QLatin1Char('-'));
    text.remove(QLatin1Char(':'));
    return text;
}
} // namespace

bool endsLikeZip(const QByteArray &tail)
{
    qsizetype at = tail.lastIndexOf(EndOfCentralDirectory);
    while (at >= 0) {
        if (tail.size() - at >= EndRecordBytes) {
            const auto low = quint8(tail.at(at + 20));
            const auto high = quint8(tail.at(at + 21));
            if (at + EndRecordBytes + (qsizetype(high) << 8 | low) == tail.size())
                return true;
        }
        if (at == 0)
            break;
        at = tail.lastIndexOf(EndOfCentralDirectory, at - 1);
    }
    return false;
}

ExportDownloadJob::ExportDownloadJob(ApiEndpoint connection, ExportRequest request, QString cacheDirectory,
                                     QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_request(std::move(request))
    , m_cacheDirectory(std::move(cacheDirectory))
{}

ExportDownloadJob::~ExportDownloadJob()
{
    releaseLock();
}

const HourRange &ExportDownloadJob::range() const
{
    return m_range;
}

bool ExportDownloadJob::isFinished() const
{
    return m_finished;
}

void ExportDownloadJob::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel();
    } else {
        // Not started yet: start() sees the flag.
        m_cancelRequested = true;
    }
}

void ExportDownloadJob::start()
{
    if (m_finished)
        return;
    if (m_cancelRequested) {
        finish({RequestStatus::Cancelled, tr("The download was cancelled."), 0});
        return;
    }
    if (m_connection.setupError.isError()) {
        finish({RequestStatus::InvalidRequest, m_connection.setupError.message(), 0});
        return;
    }
    Result<ExportWindow::Resolved> range = ExportWindow::resolve(m_request.fromMs, m_request.toMs, m_connection.now());
    if (!range) {
        finish({RequestStatus::InvalidRequest, range.error().message(), 0});
        return;
    }
    m_range = range.value().range;
    m_endClamped = range.value().endClamped;

    {
        const QMutexLocker locker(&lockMutex());
        const QString key = m_connection.profile.exportLockKey();
        if (activeExports().contains(key)) {
            finish({RequestStatus::Busy,
                    tr("An export from this cluster is already being downloaded; wait for it to finish or cancel "
                       "it."),
                    0});
            return;
        }
        activeExports().insert(key);
        m_holdsLock = true;
    }

    if (!QDir().mkpath(m_cacheDirectory)) {
        finish({RequestStatus::LocalError, tr("The cache folder %1 cannot be created.").arg(m_cacheDirectory), 0});
        return;
    }
    m_file = std::make_unique<QTemporaryFile>(QDir(m_cacheDirectory).filePath(QStringLiteral("export-XXXXXX.part")));
    if (!m_file->open()) {
        finish({RequestStatus::LocalError,
                tr("A temporary file cannot be created in %1: %2").arg(m_cacheDirectory, m_file->errorString()), 0});
        return;
    }

    ApiRequest::Options options;
    options.path = QStringLiteral("/license/consumption");
    options.query.append({QStringLiteral("startTs"), QString::number(m_range.fromMs)});
    options.query.append({QStringLiteral("endTs"), QString::number(m_range.toMs)});
    options.accept = "application/octet-stream";
    options.streamBody = true;
    m_call = new ApiRequest(m_connection, options, this);
    connect(m_call, &ApiRequest::bodyData, this, &ExportDownloadJob::onBodyData);
    connect(m_call, &ApiRequest::retrying, this,
            [this](int seconds, int, const QString &message) { Q_EMIT retrying(seconds, message); });
    connect(m_call, &ApiRequest::finished, this,
            [this](const RequestOutcome &outcome, const QByteArray &) { onCallFinished(outcome); });
    m_clock.start();
    m_call->start();
}

void ExportDownloadJob::onBodyData(const QByteArray &chunk)
{
    if (m_head.size() < ZipSignature.size()) {
        m_head.append(chunk.left(ZipSignature.size() - m_head.size()));
        if (!ZipSignature.startsWith(m_head)) {
            m_call->fail(RequestStatus::InvalidResponse,
                         tr("The cluster's answer is not a ZIP archive (perhaps a proxy's or a login page); nothing "
                            "was saved. Check the cluster address and the proxy setting."));
            return;
        }
    }
    if (m_file->write(chunk) != chunk.size()) {
        m_call->fail(RequestStatus::LocalError,
                     tr("The download cannot be written to %1: %2").arg(m_cacheDirectory, m_file->errorString()));
        return;
    }
    m_bytes += chunk.size();
    m_tail.append(chunk.right(TailBytes));
    if (m_tail.size() > TailBytes)
        m_tail.remove(0, m_tail.size() - TailBytes);
    reportProgress(false);
}

void ExportDownloadJob::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < ProgressIntervalMs)
        return;
    m_lastReportMs = now;
    m_samples.append({now, m_bytes});
    while (m_samples.size() > 2 && now - m_samples.first().first > RateWindowMs)
        m_samples.removeFirst();
    TransferProgress current;
    current.bytesReceived = m_bytes;
    current.bytesTotal = m_call ? m_call->bytesTotal() : -1;
    const qint64 spanMs = now - m_samples.first().first;
    if (spanMs > 0)
        current.bytesPerSecond = double(m_bytes - m_samples.first().second) * 1000.0 / double(spanMs);
    Q_EMIT progress(current);
}

void ExportDownloadJob::onCallFinished(const RequestOutcome &outcome)
{
    if (!outcome.ok()) {
        finish(outcome);
        return;
    }
    const qint64 total = m_call->bytesTotal();
    if (m_head != ZipSignature) {
        finish({RequestStatus::InvalidResponse,
                tr("The cluster's answer is not a ZIP archive (it is empty or too short); nothing was saved."),
                outcome.httpStatus});
        return;
    }
    if (total >= 0 && total != m_bytes) {
        finish({RequestStatus::NetworkError,
                tr("The download ended early (%1 of %2 bytes); nothing was saved. Try again.").arg(m_bytes).arg(total),
                outcome.httpStatus});
        return;
    }
    // Without a Content-Length a connection that closes early looks like a complete answer; the ZIP's own
    // end record tells.
    if (!endsLikeZip(m_tail)) {
        finish({RequestStatus::NetworkError,
                tr("The download ended early (the archive's end is missing after %1 bytes); nothing was saved. Try "
                   "again.")
                    .arg(m_bytes),
                outcome.httpStatus});
        return;
    }
    reportProgress(true);
    RequestOutcome committed = commit();
    committed.httpStatus = outcome.httpStatus;
    finish(committed);
}

RequestOutcome ExportDownloadJob::commit()
{
    if (!m_file->flush()) {
        return {RequestStatus::LocalError, tr("The download cannot be written: %1").arg(m_file->errorString()), 0};
    }
    QString target = m_request.targetPath;
    if (target.isEmpty()) {
        const QString host = m_connection.profile.baseUrl.host().replace(QLatin1Char(':'), QLatin1Char('_'));
        target = QDir(m_cacheDirectory)
                     .filePath(QStringLiteral("license-export_%1_%2_%3.zip")
                                   .arg(host, compactTimestamp(m_range.fromMs), compactTimestamp(m_range.toMs)));
    }
    target = QFileInfo(target).absoluteFilePath();
    m_file->close();
    // A rename within one file system is atomic; QTemporaryFile::rename never overwrites.
    if (!QFileInfo::exists(target) && m_file->rename(target)) {
        m_file->setAutoRemove(false); // the renamed file is the result now
        m_committedPath = target;
        return {};
    }
    // Another file system, or an existing file to replace: copy into a QSaveFile, committed at once.
    if (!m_file->open()) {
        return {RequestStatus::LocalError, tr("The download cannot be read back: %1").arg(m_file->errorString()), 0};
    }
    QSaveFile output(target);
    if (!output.open(QIODevice::WriteOnly)) {
        return {RequestStatus::LocalError, tr("%1 cannot be written: %2").arg(target, output.errorString()), 0};
    }
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 read = m_file->read(buffer.data(), buffer.size());
        if (read < 0 || (read > 0 && output.write(buffer.constData(), read) != read)) {
            output.cancelWriting();
            return {RequestStatus::LocalError, tr("%1 cannot be written: %2").arg(target, output.errorString()), 0};
        }
        if (read == 0)
            break;
    }
    if (!commitComplete(output)) {
        return {RequestStatus::LocalError, tr("%1 cannot be written: %2").arg(target, output.errorString()), 0};
    }
    m_committedPath = target;
    return {};
}

void ExportDownloadJob::finish(RequestOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    // Nothing half-written stays behind: the temporary file removes itself unless it was renamed.
    m_file.reset();
    releaseLock();
    ExportResult result;
    result.outcome = std::move(outcome);
    result.range = m_range;
    result.endClamped = m_endClamped;
    if (result.outcome.ok()) {
        result.filePath = m_committedPath;
        result.bytes = m_bytes;
    }
    // A receiver may delete the client (which then leaves this job to the event loop) or this job itself.
    const QPointer self(this);
    Q_EMIT finished(result);
    if (self)
        deleteLater();
}

void ExportDownloadJob::releaseLock()
{
    if (!m_holdsLock)
        return;
    const QMutexLocker locker(&lockMutex());
    activeExports().remove(m_connection.profile.exportLockKey());
    m_holdsLock = false;
}

} // namespace LicenseCore
