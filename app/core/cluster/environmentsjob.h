// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/apiendpoint.h>
#include <cluster/requestoutcome.h>
#include <common/result.h>

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace LicenseCore {

class ApiRequest;

// One environment as /environments lists it; `id` equals environmentUuid in the export.
struct ClusterEnvironment
{
    QString id;
    QString name;
    QString state; // ENABLED, DISABLED, ... (not filtered: old hours mention disabled environments)
    bool trial = false;
    QStringList tags;
    QString creationDate;
    // quotas.hostUnits.maxLimit, listed only when asked with includeConsumptionInfo. nullopt: no quota (the
    // cluster leaves it out for an unlimited environment) or not asked.
    std::optional<double> hostUnitQuota;
};

struct EnvironmentPage
{
    QList<ClusterEnvironment> environments;
    QString nextPageKey; // empty on the last page
    int totalCount = -1;
};

struct EnvironmentsResult
{
    RequestOutcome outcome;
    QList<ClusterEnvironment> environments; // all pages, in the cluster's order
    int totalCount = -1;
    int pages = 0;
    // The environments' quotas were asked for and the cluster answered with them. DPS clusters refuse the
    // question (422); the job then lists the environments without it and leaves this false.
    bool consumptionInfo = false;
};

// Lists every environment of the cluster, page by page: the first request names the page size, each
// follow-up carries only nextPageKey, as the API demands.
class EnvironmentsJob final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 1000; // the API's maximum
    static constexpr int MaxPages = 10000;

    enum class Quotas
    {
        Without,
        With, // includeConsumptionInfo=true: the cluster adds each environment's quotas (and works harder for it)
    };

    ~EnvironmentsJob() override;
    Q_DISABLE_COPY_MOVE(EnvironmentsJob)

    [[nodiscard]] bool isFinished() const;
    void cancel();

    static Result<EnvironmentPage> parsePage(const QByteArray &json);

Q_SIGNALS:
    void finished(const LicenseCore::EnvironmentsResult &result);

private:
    friend class ClusterClient;
    EnvironmentsJob(ApiEndpoint connection, int pageSize, Quotas quotas, QString nameCacheFile, QObject *parent);
    void start();
    void requestPage(const QString &nextPageKey);
    void onPage(const RequestOutcome &outcome, const QByteArray &body);
    void finish(RequestOutcome outcome);

    ApiEndpoint m_connection;
    int m_pageSize;
    Quotas m_quotas;
    QString m_nameCacheFile;
    ApiRequest *m_call = nullptr;
    EnvironmentsResult m_result;
    QSet<QString> m_seenKeys;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace LicenseCore
