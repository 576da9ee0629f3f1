// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/apiendpoint.h>
#include <cluster/requestoutcome.h>
#include <common/result.h>

#include <QObject>
#include <QString>

namespace LicenseCore {

class ApiRequest;

// Billed usage of one license unit (host units, DEM units or DDUs); lags the export by about two hours.
struct LicenseUnitUsage
{
    bool present = false;
    double quota = 0; // -1 or absent: unlimited
    double usage = 0;
    double usagePercent = 0;
    double remaining = 0;
    double overageUsage = 0;
    QString usageStatus;
};

// The cluster's license, without its key (never read, never shown).
struct ClusterLicense
{
    QString licenseName;
    QString licenseType;
    QString licenseStatus;
    QString licenseExpirationTime;
    QString lastBillingTime;
    QString productVersion;
    QString accountName;
    QString clusterId;
    LicenseUnitUsage hostUnits;
    LicenseUnitUsage demUnits;
    LicenseUnitUsage davisDataUnits;
};

struct ClusterLicenseResult
{
    RequestOutcome outcome;
    bool available = false; // false on clusters older than 1.326 (404): not an error
    ClusterLicense license;
};

// Reads /clusterLicense for the quota lines.
class ClusterLicenseJob final : public QObject
{
    Q_OBJECT

public:
    ~ClusterLicenseJob() override;
    Q_DISABLE_COPY_MOVE(ClusterLicenseJob)

    void cancel();
    static Result<ClusterLicense> parse(const QByteArray &json);

Q_SIGNALS:
    void finished(const LicenseCore::ClusterLicenseResult &result);

private:
    friend class ClusterClient;
    ClusterLicenseJob(ApiEndpoint connection, QObject *parent);
    void start();
    void onFinished(const RequestOutcome &outcome, const QByteArray &body);

    ApiEndpoint m_connection;
    ApiRequest *m_call = nullptr;
    bool m_cancelRequested = false;
};

} // namespace LicenseCore
