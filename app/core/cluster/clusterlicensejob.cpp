// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apirequest.h>
#include <cluster/clusterlicensejob.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace LicenseCore {

namespace {
double numberOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toDouble();
    return value.toDouble();
}

LicenseUnitUsage unitUsage(const QJsonValue &value)
{
    LicenseUnitUsage usage;
    if (!value.isObject())
        return usage;
    const QJsonObject object = value.toObject();
    usage.present = true;
    usage.quota = numberOf(object.value(QLatin1String("quota")));
    usage.usage = numberOf(object.value(QLatin1String("usage")));
    usage.usagePercent = numberOf(object.value(QLatin1String("usagePercent")));
    usage.remaining = numberOf(object.value(QLatin1String("remaining")));
    usage.overageUsage = numberOf(object.value(QLatin1String("overageUsage")));
    usage.usageStatus = object.value(QLatin1String("usageStatus")).toString();
    return usage;
}
} // namespace

ClusterLicenseJob::ClusterLicenseJob(ApiEndpoint connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{}

ClusterLicenseJob::~ClusterLicenseJob() = default;

void ClusterLicenseJob::cancel()
{
    if (m_call)
        m_call->cancel();
    else
        m_cancelRequested = true;
}

Result<ClusterLicense> ClusterLicenseJob::parse(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return Error{ErrorCode::InvalidJson,
                     QCoreApplication::translate("LicenseCore::ClusterLicenseJob",
                                                 "The cluster's license information is not a JSON object."),
                     {}};
    }
    const QJsonObject root = document.object();
    auto text = [&root](const char *key) { return root.value(QLatin1String(key)).toVariant().toString(); };
    ClusterLicense license;
    license.licenseName = text("licenseName");
    license.licenseType = text("licenseType");
    license.licenseStatus = text("licenseStatus");
    license.licenseExpirationTime = text("licenseExpirationTime");
    license.lastBillingTime = text("lastBillingTime");
    license.productVersion = text("productVersion");
    license.accountName = text("accountName");
    license.clusterId = text("clusterId");
    license.hostUnits = unitUsage(root.value(QLatin1String("usageOfHostUnits")));
    license.demUnits = unitUsage(root.value(QLatin1String("usageOfDemUnits")));
    license.davisDataUnits = unitUsage(root.value(QLatin1String("usageOfDduUnits")));
    return license;
}

void ClusterLicenseJob::start()
{
    ApiRequest::Options options;
    options.path = QStringLiteral("/clusterLicense");
    options.retryWhenBusy = false;
    m_call = new ApiRequest(m_connection, options, this);
    connect(m_call, &ApiRequest::finished, this, &ClusterLicenseJob::onFinished);
    if (m_cancelRequested)
        m_call->cancel();
    else
        m_call->start();
}

void ClusterLicenseJob::onFinished(const RequestOutcome &outcome, const QByteArray &body)
{
    ClusterLicenseResult result;
    result.outcome = outcome;
    if (outcome.status == RequestStatus::HttpError && outcome.httpStatus == 404) {
        // Clusters before 1.326 have no such endpoint: quotas are simply not available.
        result.outcome = {RequestStatus::Ok, {}, 404};
    } else if (outcome.ok()) {
        Result<ClusterLicense> license = parse(body);
        if (license) {
            result.available = true;
            result.license = std::move(license).value();
        } else {
            result.outcome = {RequestStatus::InvalidResponse, license.error().message(), outcome.httpStatus};
        }
    }
    // A receiver may delete the client (which then leaves this job to the event loop) or this job itself.
    const QPointer self(this);
    Q_EMIT finished(result);
    if (self)
        deleteLater();
}

} // namespace LicenseCore
