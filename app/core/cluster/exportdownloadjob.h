// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/apiendpoint.h>
#include <cluster/requestoutcome.h>
#include <common/hourrange.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <memory>
#include <optional>

class QTemporaryFile;

namespace LicenseCore {

class ApiRequest;

// Whether the last bytes of a download end like a complete ZIP: with an end-of-central-directory record whose
// comment runs exactly to the end. `tail` holds at least the last ExportTailBytes bytes (or the whole download).
bool endsLikeZip(const QByteArray &tail);
inline constexpr qsizetype ExportTailBytes = 64 * 1024 + 22; // the end record with the longest comment

// What to download: a time range (aligned and clamped by the job) and where the ZIP should end up.
struct ExportRequest
{
    std::optional<qint64> fromMs; // default: 30 days before the current hour
    std::optional<qint64> toMs;   // default and maximum: two hours before the current hour
    QString targetPath;           // empty: keep the file in the cache folder (ExportResult::filePath says where)
};

struct TransferProgress
{
    qint64 bytesReceived = 0;
    qint64 bytesTotal = -1;      // -1 when the cluster does not say (chunked answers)
    double bytesPerSecond = 0.0; // over the last few seconds
};

struct ExportResult
{
    RequestOutcome outcome;
    QString filePath; // the committed ZIP; empty unless outcome.ok()
    qint64 bytes = 0;
    HourRange range;         // the hours asked of the cluster
    bool endClamped = false; // the requested end was later than the newest exportable hour
};

// Downloads /license/consumption into a temporary file of the cache folder and commits it to the target
// only when it is complete (as long as the Content-Length says, when there is one) and starts and ends like a
// ZIP; on any failure nothing is left behind. At most one export per profile runs at a time in this program.
class ExportDownloadJob final : public QObject
{
    Q_OBJECT

public:
    ~ExportDownloadJob() override;
    Q_DISABLE_COPY_MOVE(ExportDownloadJob)

    // The resolved range; valid once the job has started.
    [[nodiscard]] const HourRange &range() const;
    [[nodiscard]] bool isFinished() const;
    // Stops the download; finished() follows with RequestStatus::Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(const LicenseCore::TransferProgress &progress);
    void retrying(int seconds, const QString &message);
    void finished(const LicenseCore::ExportResult &result);

private:
    friend class ClusterClient;
    ExportDownloadJob(ApiEndpoint connection, ExportRequest request, QString cacheDirectory, QObject *parent);
    void start();
    void onBodyData(const QByteArray &chunk);
    void onCallFinished(const RequestOutcome &outcome);
    void reportProgress(bool force);
    [[nodiscard]] RequestOutcome commit();
    void finish(RequestOutcome outcome);
    void releaseLock();

    ApiEndpoint m_connection;
    ExportRequest m_request;
    QString m_cacheDirectory;
    HourRange m_range;
    bool m_endClamped = false;
    ApiRequest *m_call = nullptr;
    std::unique_ptr<QTemporaryFile> m_file;
    QByteArray m_head; // the first bytes, to recognise a ZIP
    QByteArray m_tail; // the last bytes, to find the ZIP's end record
    qint64 m_bytes = 0;
    QString m_committedPath;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    QList<QPair<qint64, qint64>> m_samples; // (elapsed ms, bytes) for the rate
    bool m_cancelRequested = false;
    bool m_finished = false;
    bool m_holdsLock = false;
};

} // namespace LicenseCore
