// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/apiendpoint.h>
#include <cluster/clusterlicensejob.h>
#include <cluster/clusterprofile.h>
#include <cluster/connectiontestjob.h>
#include <cluster/environmentsjob.h>
#include <cluster/exportdownloadjob.h>
#include <cluster/hourjob.h>
#include <cluster/retrypolicy.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QNetworkAccessManager;

namespace LicenseCore {

// The Cluster API of one profile. Each call returns a job that is already scheduled; connect to its
// finished() signal (or use the overloads taking a context object, so the callback dies with its receiver).
// Jobs belong to the client and delete themselves after finished(). The client may be deleted at any time, also
// from a handler of one of its jobs' signals: its running jobs are then stopped without another signal, and they
// (and the client's network manager) are deleted from the event loop.
class ClusterClient final : public QObject
{
    Q_OBJECT

public:
    ClusterClient(ClusterProfile profile, QString token, QObject *parent = nullptr);
    ~ClusterClient() override;
    Q_DISABLE_COPY_MOVE(ClusterClient)

    [[nodiscard]] const ClusterProfile &profile() const;
    // Why no request can be sent (invalid profile, unreadable CA file); jobs finish with it as InvalidRequest.
    [[nodiscard]] Status setupError() const;

    void setClock(Clock clock);
    void setRetryPolicy(const RetryPolicy &policy);
    // Where downloads are written until they are complete; default: the cache location's "downloads".
    void setCacheDirectory(const QString &directory);
    // Where environment names are remembered; empty (the default) keeps no cache.
    void setEnvironmentNameCacheFile(const QString &filePath);
    // Replaces the client's own QNetworkAccessManager (not owned). For tests that fake the network: the client
    // sets the manager's proxy factory for its profile and clears its connection cache, so a manager must serve
    // one client (one profile: one set of trust and proxy settings) at a time, never be shared between clients.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    ExportDownloadJob *downloadExport(const ExportRequest &request);
    EnvironmentsJob *fetchEnvironments(int pageSize = EnvironmentsJob::DefaultPageSize,
                                       EnvironmentsJob::Quotas quotas = EnvironmentsJob::Quotas::Without);
    ClusterLicenseJob *fetchClusterLicense();
    HourJob *fetchHour(qint64 hourStartMs);
    ConnectionTestJob *testConnection();

    template<typename Context, typename Handler>
    ExportDownloadJob *downloadExport(const ExportRequest &request, const Context *context, Handler &&handler)
    {
        ExportDownloadJob *job = downloadExport(request);
        connect(job, &ExportDownloadJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    EnvironmentsJob *fetchEnvironments(const Context *context, Handler &&handler)
    {
        EnvironmentsJob *job = fetchEnvironments();
        connect(job, &EnvironmentsJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    // The environments with their quotas (includeConsumptionInfo), where the cluster reports them.
    template<typename Context, typename Handler>
    EnvironmentsJob *fetchEnvironmentQuotas(const Context *context, Handler &&handler)
    {
        EnvironmentsJob *job = fetchEnvironments(EnvironmentsJob::DefaultPageSize, EnvironmentsJob::Quotas::With);
        connect(job, &EnvironmentsJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    ClusterLicenseJob *fetchClusterLicense(const Context *context, Handler &&handler)
    {
        ClusterLicenseJob *job = fetchClusterLicense();
        connect(job, &ClusterLicenseJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    HourJob *fetchHour(qint64 hourStartMs, const Context *context, Handler &&handler)
    {
        HourJob *job = fetchHour(hourStartMs);
        connect(job, &HourJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    ConnectionTestJob *testConnection(const Context *context, Handler &&handler)
    {
        ConnectionTestJob *job = testConnection();
        connect(job, &ConnectionTestJob::finished, context, std::forward<Handler>(handler));
        return job;
    }

private:
    void applyProxy();
    [[nodiscard]] ApiEndpoint connection() const;
    void track(QObject *job);

    ApiEndpoint m_connection;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QString m_cacheDirectory;
    QString m_nameCacheFile;
    QList<QPointer<QObject>> m_jobs;
};

} // namespace LicenseCore
