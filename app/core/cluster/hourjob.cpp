// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apirequest.h>
#include <cluster/exportwindow.h>
#include <cluster/hourjob.h>
#include <common/timeutil.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

namespace LicenseCore {

HourJob::HourJob(ApiEndpoint connection, qint64 hourStartMs, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_hourStartMs(Time::floorHour(hourStartMs))
{}

HourJob::~HourJob() = default;

void HourJob::cancel()
{
    if (m_call)
        m_call->cancel();
    else
        m_cancelRequested = true;
}

void HourJob::start()
{
    if (m_cancelRequested) {
        finish({RequestStatus::Cancelled, tr("The request was cancelled."), 0}, {});
        return;
    }
    const qint64 latestEnd = ExportWindow::latestEnd(m_connection.now());
    if (m_hourStartMs + Time::HourMs > latestEnd) {
        finish({RequestStatus::InvalidRequest,
                tr("The hour starting at %1 cannot be exported yet: the cluster exports hours up to %2 (two hours "
                   "before the current hour).")
                    .arg(Time::isoUtc(m_hourStartMs), Time::isoUtc(latestEnd)),
                0},
               {});
        return;
    }
    ApiRequest::Options options;
    options.path = QStringLiteral("/license/consumption/hour");
    options.query.append({QStringLiteral("startTs"), QString::number(m_hourStartMs)});
    m_call = new ApiRequest(m_connection, options, this);
    connect(m_call, &ApiRequest::finished, this, &HourJob::finish);
    m_call->start();
}

void HourJob::finish(RequestOutcome outcome, const QByteArray &json)
{
    if (m_finished)
        return;
    m_finished = true;
    HourResult result;
    result.hourStartMs = m_hourStartMs;
    if (outcome.ok() && !QJsonDocument::fromJson(json).isObject()) {
        outcome = {RequestStatus::InvalidResponse,
                   tr("The cluster's answer for one hour is not a JSON object (perhaps a proxy's or a login page). "
                      "Check the cluster address and the proxy setting."),
                   outcome.httpStatus};
    }
    result.outcome = std::move(outcome);
    if (result.outcome.ok())
        result.json = json;
    // A receiver may delete the client (which then leaves this job to the event loop) or this job itself.
    const QPointer self(this);
    Q_EMIT finished(result);
    if (self)
        deleteLater();
}

} // namespace LicenseCore
