// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apirequest.h>
#include <cluster/environmentnamecache.h>
#include <cluster/environmentsjob.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <algorithm>
#include <cmath>

namespace LicenseCore {

namespace {
QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// A quota as the cluster writes it: a number, or a number in a string. Null, absent, negative (-1 is how the
// license endpoints spell "unlimited") or anything else: no quota.
std::optional<double> quotaOf(const QJsonValue &value)
{
    double number = -1;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!std::isfinite(number) || number < 0)
        return std::nullopt;
    return number;
}
} // namespace

EnvironmentsJob::EnvironmentsJob(ApiEndpoint connection, int pageSize, Quotas quotas, QString nameCacheFile,
                                 QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_pageSize(std::clamp(pageSize, 1, DefaultPageSize))
    , m_quotas(quotas)
    , m_nameCacheFile(std::move(nameCacheFile))
{}

EnvironmentsJob::~EnvironmentsJob() = default;

bool EnvironmentsJob::isFinished() const
{
    return m_finished;
}

void EnvironmentsJob::cancel()
{
    if (m_finished)
        return;
    if (m_call)
        m_call->cancel();
    else
        m_cancelRequested = true;
}

Result<EnvironmentPage> EnvironmentsJob::parsePage(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return Error{ErrorCode::InvalidJson,
                     tr("The cluster's list of environments is not a JSON object (%1).").arg(parseError.errorString()),
                     {}};
    }
    const QJsonObject root = document.object();
    const QJsonValue list = root.value(QLatin1String("environments"));
    if (!list.isArray() && !list.isNull() && !list.isUndefined())
        return Error{
            ErrorCode::InvalidSchema, tr("The cluster's list of environments has no \"environments\" array."), {}};
    EnvironmentPage page;
    const QJsonArray environments = list.toArray();
    for (const QJsonValue &value : environments) {
        const QJsonObject object = value.toObject();
        ClusterEnvironment environment;
        environment.id = stringOf(object.value(QLatin1String("id")));
        if (environment.id.isEmpty())
            continue;
        environment.name = object.value(QLatin1String("name")).toString();
        environment.state = object.value(QLatin1String("state")).toString();
        environment.trial = object.value(QLatin1String("trial")).toBool();
        const QJsonArray tags = object.value(QLatin1String("tags")).toArray();
        for (const QJsonValue &tag : tags)
            environment.tags.append(tag.toString());
        environment.creationDate = stringOf(object.value(QLatin1String("creationDate")));
        environment.hostUnitQuota = quotaOf(object.value(QLatin1String("quotas"))
                                                .toObject()
                                                .value(QLatin1String("hostUnits"))
                                                .toObject()
                                                .value(QLatin1String("maxLimit")));
        page.environments.append(environment);
    }
    page.nextPageKey = root.value(QLatin1String("nextPageKey")).toString();
    if (root.value(QLatin1String("totalCount")).isDouble())
        page.totalCount = root.value(QLatin1String("totalCount")).toInt();
    return page;
}

void EnvironmentsJob::start()
{
    if (m_cancelRequested) {
        finish({RequestStatus::Cancelled, tr("The request was cancelled."), 0});
        return;
    }
    requestPage({});
}

void EnvironmentsJob::requestPage(const QString &nextPageKey)
{
    ApiRequest::Options options;
    options.path = QStringLiteral("/environments");
    if (nextPageKey.isEmpty()) {
        options.query.append({QStringLiteral("pageSize"), QString::number(m_pageSize)});
        // Only the first request names it: the page key carries the rest of the question.
        if (m_quotas == Quotas::With)
            options.query.append({QStringLiteral("includeConsumptionInfo"), QStringLiteral("true")});
    } else
        options.query.append({QStringLiteral("nextPageKey"), nextPageKey});
    if (m_call)
        m_call->deleteLater();
    m_call = new ApiRequest(m_connection, options, this);
    connect(m_call, &ApiRequest::finished, this, &EnvironmentsJob::onPage);
    m_call->start();
}

void EnvironmentsJob::onPage(const RequestOutcome &outcome, const QByteArray &body)
{
    // DPS clusters have no consumption information and say so with 422: the names are still worth listing.
    if (!outcome.ok() && outcome.status == RequestStatus::HttpError && outcome.httpStatus == 422 &&
        m_quotas == Quotas::With && m_result.pages == 0) {
        m_quotas = Quotas::Without;
        requestPage({});
        return;
    }
    if (!outcome.ok()) {
        finish(outcome);
        return;
    }
    Result<EnvironmentPage> page = parsePage(body);
    if (!page) {
        finish({RequestStatus::InvalidResponse, page.error().message(), outcome.httpStatus});
        return;
    }
    ++m_result.pages;
    m_result.environments.append(page.value().environments);
    if (page.value().totalCount >= 0)
        m_result.totalCount = page.value().totalCount;
    const QString next = page.value().nextPageKey;
    if (next.isEmpty()) {
        finish(outcome);
        return;
    }
    if (m_seenKeys.contains(next) || m_result.pages >= MaxPages) {
        finish({RequestStatus::InvalidResponse,
                tr("The cluster keeps sending more pages of environments; the list was abandoned."),
                outcome.httpStatus});
        return;
    }
    m_seenKeys.insert(next);
    requestPage(next);
}

void EnvironmentsJob::finish(RequestOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = std::move(outcome);
    m_result.consumptionInfo = m_result.outcome.ok() && m_quotas == Quotas::With;
    if (!m_result.outcome.ok()) {
        m_result.environments.clear();
    } else {
        if (m_result.totalCount < 0)
            m_result.totalCount = int(m_result.environments.size());
        // A cache that cannot be written only costs names in offline imports; the listing still succeeded.
        if (!m_nameCacheFile.isEmpty())
            (void)EnvironmentNameCache(m_nameCacheFile).store(m_connection.profile.origin(), m_result.environments);
    }
    // A receiver may delete the client (which then leaves this job to the event loop) or this job itself.
    const QPointer self(this);
    Q_EMIT finished(m_result);
    if (self)
        deleteLater();
}

} // namespace LicenseCore
