// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apirequest.h>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <algorithm>
#include <climits>

namespace LicenseCore {

namespace {
QString certificateSubject(const QSslCertificate &certificate)
{
    QString subject = certificate.subjectDisplayName();
    if (subject.isEmpty())
        subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    return subject;
}
} // namespace

qint64 declaredBodyLength(const QByteArray &contentEncoding, const QVariant &contentLength)
{
    // QNetworkAccessManager inflates gzip and deflate bodies itself: then the header counts other bytes.
    const QByteArray encoding = contentEncoding.trimmed();
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0)
        return -1;
    bool ok = false;
    const qint64 value = contentLength.toLongLong(&ok);
    return contentLength.isValid() && ok && value >= 0 ? value : -1;
}

ApiRequest::ApiRequest(ApiEndpoint connection, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_options(std::move(options))
{
    m_stallTimer.setSingleShot(true);
    // ClusterProfile::validate() refuses other values; clamped again so no profile can overflow the interval.
    m_stallTimer.setInterval(std::clamp(m_connection.profile.stallTimeoutSeconds, 1, MaxStallTimeoutSeconds) * 1000);
    connect(&m_stallTimer, &QTimer::timeout, this, &ApiRequest::onStalled);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::send);
}

ApiRequest::~ApiRequest()
{
    m_finished = true;
    dropReply();
}

void ApiRequest::start()
{
    if (m_connection.setupError.isError()) {
        finish({RequestStatus::InvalidRequest, m_connection.setupError.message(), 0});
        return;
    }
    if (!m_connection.network) {
        finish({RequestStatus::InvalidRequest, tr("No network access is available."), 0});
        return;
    }
    send();
}

void ApiRequest::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    abortNow();
}

void ApiRequest::fail(RequestStatus status, const QString &errorText)
{
    if (m_finished)
        return;
    m_failure = RequestOutcome{status, errorText, currentHttpStatus()};
    abortNow();
}

void ApiRequest::abortNow()
{
    const QPointer<ApiRequest> alive(this);
    const int status = currentHttpStatus();
    m_retryTimer.stop();
    if (QNetworkReply *reply = m_reply.data())
        reply->abort(); // normally finishes synchronously through onReplyFinished(), whose receivers may delete us
    if (!alive)
        return;
    if (!m_finished) {
        dropReply();
        finish(abortedOutcome(status));
    }
}

RequestOutcome ApiRequest::abortedOutcome(int httpStatus) const
{
    if (m_cancelled)
        return {RequestStatus::Cancelled, tr("The request was cancelled."), httpStatus};
    if (m_failure)
        return *m_failure;
    const int seconds = m_connection.profile.stallTimeoutSeconds;
    return {RequestStatus::StallTimeout,
            tr("The cluster sent nothing for %n second(s), so the request was stopped. Check the network, or raise "
               "the profile's stall timeout if the cluster is slow.",
               nullptr, seconds),
            httpStatus};
}

qint64 ApiRequest::bytesTotal() const
{
    return m_contentLength;
}

void ApiRequest::recordContentLength()
{
    if (!m_reply)
        return;
    m_contentLength = declaredBodyLength(m_reply->rawHeader("Content-Encoding"),
                                         m_reply->header(QNetworkRequest::ContentLengthHeader));
}

bool ApiRequest::isFinished() const
{
    return m_finished;
}

int ApiRequest::currentHttpStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

void ApiRequest::send()
{
    if (!m_connection.network) { // the client went away while a retry was pending
        finish({RequestStatus::Cancelled, tr("The request was cancelled."), 0});
        return;
    }
    m_body.clear();
    m_bodyCut = false;
    m_received = 0;
    m_contentLength = -1;
    m_sslErrors.clear();
    m_peerCertificate = QSslCertificate();
    const QUrl url = m_connection.apiUrl(m_options.path, m_options.query);
    if (url.scheme() != QLatin1String("https") && !isLoopbackHost(url.host())) {
        // ClusterProfile::validate() refuses such profiles; this is the last line before the token leaves.
        finish({RequestStatus::InvalidRequest,
                tr("The token is only sent over https:// (plain http:// only to this computer)."), 0});
        return;
    }
    if (m_firstAttemptAtMs < 0)
        m_firstAttemptAtMs = m_connection.retry.monotonicNowMs();
    QNetworkReply *reply = m_connection.network->get(m_connection.request(url, m_options.accept));
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, &m_stallTimer, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::recordContentLength);
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiRequest::onSslErrors);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64) { m_stallTimer.start(); });
    m_stallTimer.start();
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    m_stallTimer.start();
    recordContentLength();
    const int status = currentHttpStatus();
    const bool success = status >= 200 && status < 300;
    const QByteArray data = m_reply->readAll();
    m_received += data.size();
    if (success && m_options.streamBody) {
        const QPointer<ApiRequest> alive(this);
        Q_EMIT bodyData(data);
        if (!alive || m_finished || !m_reply)
            return;
        Q_EMIT progress(m_received, bytesTotal());
        return;
    }
    // Only the cluster's error.message is read from an error page; a huge one is not worth the memory.
    const qint64 limit = success ? m_options.maxBufferedBytes : std::min(m_options.maxBufferedBytes, MaxErrorBodyBytes);
    if (m_bodyCut || m_body.size() + data.size() > limit) {
        if (success) {
            fail(RequestStatus::InvalidResponse,
                 tr("The cluster's answer is larger than expected; it does not look like a Cluster API answer."));
        }
        // An oversized error page is dropped whole: keeping its head and a later small tail would splice
        // together a document the cluster never sent.
        m_bodyCut = true;
        m_body.clear();
        return;
    }
    m_body.append(data);
    if (success)
        Q_EMIT progress(m_received, bytesTotal());
}

void ApiRequest::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    m_sslErrors = errors;
    QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    if (leaf.isNull()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull()) {
                leaf = error.certificate();
                break;
            }
        }
    }
    m_peerCertificate = leaf;

    const QByteArray &pin = m_connection.profile.pinnedSha256;
    if (pin.isEmpty() || errors.isEmpty())
        return;
    // Only errors about exactly the pinned certificate are forgiven; anything else still fails.
    const bool allAboutPinned = std::all_of(errors.cbegin(), errors.cend(), [&pin](const QSslError &error) {
        return !error.certificate().isNull() && error.certificate().digest(QCryptographicHash::Sha256) == pin;
    });
    if (allAboutPinned)
        m_reply->ignoreSslErrors(errors);
}

void ApiRequest::onStalled()
{
    if (!m_reply || m_finished)
        return;
    m_stalled = true;
    abortNow();
}

void ApiRequest::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    m_stallTimer.stop();
    recordContentLength();
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QUrl redirectTarget = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QByteArray location = reply->rawHeader("Location");

    if (m_cancelled || m_failure || m_stalled) {
        dropReply();
        finish(abortedOutcome(status));
        return;
    }

    // The rest of the body that arrived together with the end of the reply.
    if (reply->bytesAvailable() > 0) {
        const QPointer<ApiRequest> alive(this);
        onReadyRead();
        if (!alive || m_finished || !m_reply)
            return;
    }
    dropReply();

    if (status >= 400) {
        if ((status == 429 || status == 556) && m_options.retryWhenBusy) {
            scheduleRetry(status, retryAfter, m_body);
            return;
        }
        const QString message = clusterErrorMessage(m_body);
        finish({RequestStatus::HttpError, httpErrorSentence(status, message), status, message});
        return;
    }
    if (error == QNetworkReply::InsecureRedirectError) {
        QString target = displaySafe(redirectTarget.isValid() ? redirectTarget.toDisplayString()
                                                              : QString::fromLatin1(location.left(2048)));
        const QString sentence =
            target.isEmpty()
                ? tr("The cluster redirected the request to another address; the redirect was not followed, so the "
                     "token was not sent there.")
                : tr("The cluster redirected the request to %1, which is a different address; the redirect was "
                     "not followed, so the token was not sent there. If that is the cluster's real address, use it "
                     "in the profile instead.")
                      .arg(target);
        finish({RequestStatus::Redirected, sentence, status});
        return;
    }
    if (error != QNetworkReply::NoError) {
        finish(networkFailure(error, errorString));
        return;
    }
    if (status < 200 || status >= 300) {
        finish({RequestStatus::InvalidResponse,
                tr("The cluster answered with HTTP %1 instead of data. Check the cluster address.").arg(status),
                status});
        return;
    }
    finish({RequestStatus::Ok, {}, status});
}

RequestOutcome ApiRequest::networkFailure(int error, const QString &errorString) const
{
    const QString host = m_connection.profile.baseUrl.host();
    switch (static_cast<QNetworkReply::NetworkError>(error)) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyConnectionClosedError:
        return {RequestStatus::Unreachable,
                tr("The cluster at %1 cannot be reached (%2). Check the address, the network connection and the "
                   "profile's proxy setting.")
                    .arg(host, errorString),
                0};
    case QNetworkReply::SslHandshakeFailedError: {
        RequestOutcome outcome{RequestStatus::TlsFailure, {}, 0};
        if (m_peerCertificate.isNull()) {
            outcome.errorText = tr("The secure connection to %1 failed (%2). Check that the address uses the "
                                   "right scheme (https://) and port.")
                                    .arg(host, errorString);
            return outcome;
        }
        QStringList reasons;
        for (const QSslError &sslError : m_sslErrors)
            reasons.append(sslError.errorString());
        reasons.removeDuplicates();
        outcome.certificateSubject = certificateSubject(m_peerCertificate);
        outcome.certificateSha256 = formatFingerprint(m_peerCertificate.digest(QCryptographicHash::Sha256));
        outcome.errorText =
            tr("The certificate of %1 is not trusted (%2). Certificate: %3; SHA-256 fingerprint: %4. Add the CA "
               "certificate that issued it to the profile, or pin this certificate after comparing the fingerprint "
               "with the cluster's administrator.")
                .arg(host, reasons.isEmpty() ? errorString : reasons.join(QLatin1String("; ")),
                     outcome.certificateSubject, outcome.certificateSha256);
        return outcome;
    }
    case QNetworkReply::TooManyRedirectsError:
        return {RequestStatus::NetworkError,
                tr("The cluster redirected the request too many times. Check the cluster address."), 0};
    case QNetworkReply::RemoteHostClosedError:
        return {RequestStatus::NetworkError,
                tr("The connection to %1 closed before the answer was complete. Try again.").arg(host), 0};
    default:
        return {RequestStatus::NetworkError, tr("The connection to %1 failed (%2). Try again.").arg(host, errorString),
                0};
    }
}

void ApiRequest::scheduleRetry(int httpStatus, const QByteArray &retryAfter, const QByteArray &body)
{
    const RetryPolicy &policy = m_connection.retry;
    ++m_attempt;
    const std::optional<qint64> serverDelay = RetryPolicy::parseRetryAfter(retryAfter, m_connection.now());
    const qint64 delay = policy.delayFor(m_attempt, serverDelay);
    // Real time counts too: answers that take long must not stretch the limit.
    const qint64 realElapsed = std::max<qint64>(0, policy.monotonicNowMs() - m_firstAttemptAtMs);
    const qint64 spent = std::max(m_waitedMs, realElapsed);
    const qint64 remaining = std::max<qint64>(0, policy.maxTotalWaitMs - spent);
    if (m_attempt > policy.maxAttempts || delay > remaining) {
        const QString message = clusterErrorMessage(body);
        const int waitedSeconds = int(std::min<qint64>(spent / 1000, INT_MAX));
        QString text = httpErrorSentence(httpStatus, message);
        if (m_attempt > 1)
            text += QLatin1Char(' ') + tr("Gave up after waiting %n second(s).", nullptr, waitedSeconds);
        // Asking earlier than the cluster said would only be refused again: say why no retry was made.
        if (serverDelay && delay > remaining && m_attempt <= policy.maxAttempts) {
            const int askedSeconds = int(std::min<qint64>((delay + 999) / 1000, INT_MAX));
            text += QLatin1Char(' ') + tr("The cluster asked to wait %n more second(s), longer than the time left "
                                          "for waiting; try again later.",
                                          nullptr, askedSeconds);
        }
        finish({RequestStatus::HttpError, text, httpStatus, message});
        return;
    }
    m_waitedMs += delay;
    const int seconds = int(std::min<qint64>((delay + 999) / 1000, INT_MAX));
    const QString message =
        httpStatus == 429 ? tr("Another license export is running on the cluster; retrying in %n s.", nullptr, seconds)
                          : tr("The cluster is being upgraded; retrying in %n s.", nullptr, seconds);
    m_retryTimer.start(int(std::min<qint64>(policy.realDelay(delay), INT_MAX)));
    Q_EMIT retrying(seconds, httpStatus, message);
}

void ApiRequest::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->disconnect(&m_stallTimer);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiRequest::finish(const RequestOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stallTimer.stop();
    m_retryTimer.stop();
    Q_EMIT finished(outcome, outcome.ok() ? m_body : QByteArray());
}

} // namespace LicenseCore
