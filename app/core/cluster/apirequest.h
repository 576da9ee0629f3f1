// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/apiendpoint.h>
#include <cluster/requestoutcome.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QNetworkReply;
class QVariant;

namespace LicenseCore {

// The body length an answer declares: the parsed Content-Length header (as QNetworkReply::header() gives it),
// or -1 when it is absent, invalid or negative, or when the body has a Content-Encoding other than identity (the
// length then counts compressed bytes, not the bytes that are handed out).
qint64 declaredBodyLength(const QByteArray &contentEncoding, const QVariant &contentLength);

// One GET against the Cluster API, as the jobs use it: stall timeout, cancel, retry of 429/556 honouring
// Retry-After, certificate pinning, and the translation of every failure into a RequestOutcome.
// Successful bodies are either buffered (JSON calls) or handed out chunk by chunk (the export download);
// error bodies are kept up to MaxErrorBodyBytes only.
//
// A receiver of finished(), bodyData() or retrying() may delete this object's owner; nothing here touches a
// member after such a signal without checking that the object still exists.
class ApiRequest final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxErrorBodyBytes = 1024 * 1024;
    static constexpr int MaxStallTimeoutSeconds = 3600;

    struct Options
    {
        QString path;     // below /api/cluster/v2
        QueryItems query; // plain text; encoded by ApiEndpoint::apiUrl()
        QByteArray accept = "application/json";
        bool streamBody = false;   // emit bodyData() for a 2xx body instead of buffering it
        bool retryWhenBusy = true; // retry 429 and 556
        qint64 maxBufferedBytes = 64 * 1024 * 1024;
    };

    ApiRequest(ApiEndpoint connection, Options options, QObject *parent = nullptr);
    ~ApiRequest() override;
    Q_DISABLE_COPY_MOVE(ApiRequest)

    void start();
    // Stops the request (or the wait before a retry); finishes with RequestStatus::Cancelled.
    void cancel();
    // Lets the consumer of bodyData() stop the request with its own outcome (not a ZIP, disk full, ...).
    void fail(RequestStatus status, const QString &errorText);

    // Content-Length of the current (or last) answer, -1 when unknown or when the body is content-encoded (the
    // length then counts compressed bytes, not the bytes bodyData() hands out).
    [[nodiscard]] qint64 bytesTotal() const;
    [[nodiscard]] bool isFinished() const;

Q_SIGNALS:
    void retrying(int seconds, int httpStatus, const QString &message);
    void bodyData(const QByteArray &chunk);
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished(const LicenseCore::RequestOutcome &outcome, const QByteArray &body);

private:
    void send();
    void onReadyRead();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onStalled();
    void scheduleRetry(int httpStatus, const QByteArray &retryAfter, const QByteArray &body);
    void abortNow();
    void recordContentLength();
    [[nodiscard]] RequestOutcome abortedOutcome(int httpStatus) const;
    void finish(const RequestOutcome &outcome);
    void dropReply();
    [[nodiscard]] RequestOutcome networkFailure(int error, const QString &errorString) const;
    [[nodiscard]] int currentHttpStatus() const;

    ApiEndpoint m_connection;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QByteArray m_body;
    bool m_bodyCut = false; // an error page over the cap: nothing of it is read
    qint64 m_received = 0;
    qint64 m_contentLength = -1;
    qint64 m_waitedMs = 0;          // nominal waits so far
    qint64 m_firstAttemptAtMs = -1; // RetryPolicy::monotonicNowMs() when the first attempt was sent
    int m_attempt = 0;
    bool m_cancelled = false;
    bool m_stalled = false;
    bool m_finished = false;
    std::optional<RequestOutcome> m_failure; // set by fail()
    QSslCertificate m_peerCertificate;
    QList<QSslError> m_sslErrors;
};

} // namespace LicenseCore
