// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apirequest.h>
#include <cluster/connectiontestjob.h>
#include <cluster/environmentsjob.h>

#include <QCoreApplication>
#include <QPointer>

namespace LicenseCore {

ConnectionTestJob::ConnectionTestJob(ApiEndpoint connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{}

ConnectionTestJob::~ConnectionTestJob() = default;

void ConnectionTestJob::cancel()
{
    if (m_call)
        m_call->cancel();
    else
        m_cancelRequested = true;
}

void ConnectionTestJob::start()
{
    ApiRequest::Options options;
    options.path = QStringLiteral("/environments");
    options.query.append({QStringLiteral("pageSize"), QStringLiteral("1")});
    options.retryWhenBusy = false;
    m_call = new ApiRequest(m_connection, options, this);
    connect(m_call, &ApiRequest::finished, this, &ConnectionTestJob::onFinished);
    if (m_cancelRequested)
        m_call->cancel();
    else
        m_call->start();
}

void ConnectionTestJob::onFinished(const RequestOutcome &outcome, const QByteArray &body)
{
    using Verdict = ConnectionTestResult::Verdict;
    ConnectionTestResult result;
    result.outcome = outcome;
    result.summary = outcome.errorText;
    switch (outcome.status) {
    case RequestStatus::Ok: {
        const Result<EnvironmentPage> page = EnvironmentsJob::parsePage(body);
        if (!page) {
            result.verdict = Verdict::Failed;
            result.outcome = {RequestStatus::InvalidResponse, page.error().message(), outcome.httpStatus};
            result.summary = result.outcome.errorText;
            break;
        }
        result.verdict = Verdict::Ok;
        result.environmentCount =
            page.value().totalCount >= 0 ? page.value().totalCount : int(page.value().environments.size());
        result.summary = QCoreApplication::translate("LicenseCore::ConnectionTestJob",
                                                     "Connected to %1; the token may read license data of %n "
                                                     "environment(s).",
                                                     nullptr, result.environmentCount)
                             .arg(m_connection.profile.baseUrl.host());
        break;
    }
    case RequestStatus::Unreachable:
        result.verdict = Verdict::Unreachable;
        break;
    case RequestStatus::TlsFailure:
        result.verdict = Verdict::TlsFailure;
        break;
    case RequestStatus::HttpError:
        result.verdict = outcome.httpStatus == 401   ? Verdict::BadToken
                         : outcome.httpStatus == 403 ? Verdict::MissingScope
                                                     : Verdict::Failed;
        break;
    default:
        result.verdict = Verdict::Failed;
        break;
    }
    // A receiver may delete the client (which then leaves this job to the event loop) or this job itself.
    const QPointer self(this);
    Q_EMIT finished(result);
    if (self)
        deleteLater();
}

} // namespace LicenseCore
