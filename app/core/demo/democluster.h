// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>
#include <demo/exportgenerator.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator64>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTemporaryDir;

namespace LicenseCore {

class DemoHttpConnection;
struct DemoHttpRequest;

// A misbehaviour the demo cluster shows for one request (tests and the GUI's demo mode use them).
struct DemoFault
{
    enum class Kind
    {
        None,           // only the delay
        HttpStatus,     // answer `status` with a JSON error body (and Retry-After when set)
        HtmlBody,       // 200 with an HTML login page instead of data
        Redirect,       // 302 to redirectTo + the request's path and query
        StallMidBody,   // send afterBytes of the body, then nothing while keeping the connection open
        DropMidBody,    // send afterBytes of the body, then close the connection
        Trickle,        // send the body trickleBytes at a time every trickleIntervalMs
        CloseDelimited, // no Content-Length, no chunks: the body ends when the connection closes, after
                        // afterBytes when that is >= 0 (then the client cannot tell it is incomplete)
        ContentLength,  // the export with a Content-Length instead of chunks
    };

    Kind kind = Kind::None;
    int delayMs = 0; // wait before answering (any kind)
    int status = 500;
    QString message;
    QByteArray retryAfter;
    QUrl redirectTo;
    qint64 afterBytes = 0;
    int trickleBytes = 256;
    int trickleIntervalMs = 10;
    QString pathSuffix; // applies only to requests whose path ends with this; empty: any request

    static DemoFault delay(int ms);
    static DemoFault httpStatus(int status, const QByteArray &retryAfter = {}, const QString &message = {});
    static DemoFault htmlBody();
    static DemoFault redirect(const QUrl &target);
    static DemoFault stall(qint64 afterBytes);
    static DemoFault drop(qint64 afterBytes);
    static DemoFault trickle(int bytes, int intervalMs);
    static DemoFault closeDelimited(qint64 truncateAfter = -1);
    static DemoFault contentLength();
    DemoFault forPath(const QString &suffix) const;
};

// What the demo cluster saw of one request (for tests: which headers arrived, what it answered).
struct DemoRequestRecord
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization; // the raw header value, empty when absent
    int status = 0;           // 0 while unanswered
};

struct DemoClusterOptions
{
    GeneratorOptions generator;    // seed, environments and hosts of the demo data
    int busyRetryAfterSeconds = 2; // Retry-After of the 429 while another export runs
    int maxExportDays = 366;
    int requestHeadTimeoutMs = 10 * 1000; // a connection whose request head is not complete by then gets 408
    int maxConnections = 64;              // further connections get 503 and are closed at once
    int maxRecordedRequests = 1000;       // requests() keeps the most recent ones
    int exportGenerationDelayMs = 0;      // the worker waits this long before generating (a slow cluster)
    // /clusterLicense: billed usage of every unit at this percentage of its quota; negative keeps the demo's own
    // figures (host units 73.4 %, DEM units 71.6 %, DDUs 102.5 %). For trying monitoring checks in each state.
    double licenseUsagePercent = -1;
    bool licenseQuotas = true; // false: a license without quotas (quota -1, unlimited)
    // /environments?includeConsumptionInfo=true: the host-unit quota (quotas.hostUnits.maxLimit) by environment
    // id; the others are unlimited. nullopt: the demo's own, DemoCluster::defaultEnvironmentQuotas().
    std::optional<QHash<QString, double>> environmentHostUnitQuotas;
};

// A small Dynatrace Managed cluster on 127.0.0.1 speaking the Cluster API v2 license endpoints over real
// HTTP/1.1 (and TLS with QSslServer): /license/consumption (a generated nested ZIP for exactly the requested
// hours, chunked), /license/consumption/hour, /environments (paged) and /clusterLicense. It checks the token
// and the two-hour rule, answers 429 while an export is running, and injects faults on request.
// Everything runs in the event loop; export archives are generated in a worker thread, one at a time: the
// export lock is held from the request until the worker has finished and the body was sent (or its client has
// gone), and an archive nobody will read is deleted as soon as the worker is done.
class DemoCluster final : public QObject
{
    Q_OBJECT

public:
    explicit DemoCluster(DemoClusterOptions options = {}, QObject *parent = nullptr);
    ~DemoCluster() override;
    Q_DISABLE_COPY_MOVE(DemoCluster)

    // A token with the Service Provider API scope, and one without it (403).
    static QString demoToken();
    static QString tokenWithoutScope();

    // The demo certificate for 127.0.0.1/localhost, and the CA that issued it (test-only keys).
    static QSslConfiguration demoTlsConfiguration();
    static QByteArray demoCaCertificatePem();

    // Serve TLS with this configuration (certificate and key) instead of plain HTTP; before listen().
    void setTlsConfiguration(const QSslConfiguration &configuration);
    void setClock(std::function<QDateTime()> clock);

    // Binds 127.0.0.1; port 0 picks a free one.
    [[nodiscard]] Status listen(quint16 port = 0);
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    // http(s)://127.0.0.1:<port>
    [[nodiscard]] QUrl url() const;
    void close();

    [[nodiscard]] QList<GeneratedEnvironment> environments() const;
    // The demo's own environment quotas: the first environment DefaultFirstQuota host units, the second
    // DefaultSecondQuota; the rest have none. The first is crossed now and then, the second hardly ever.
    static constexpr double DefaultFirstQuota = 90;
    static constexpr double DefaultSecondQuota = 80;
    [[nodiscard]] static QHash<QString, double> defaultEnvironmentQuotas(const QList<GeneratedEnvironment> &list);
    // The host-unit quotas /environments reports with includeConsumptionInfo, by environment id.
    [[nodiscard]] QHash<QString, double> environmentQuotas() const;
    [[nodiscard]] QString clusterUuid() const;

    // Faults: queued ones apply to the next matching requests in order; random ones with `probability`
    // per request, drawn from `candidates` with a seeded generator.
    void queueFault(const DemoFault &fault);
    void setRandomFaults(quint64 seed, double probability, const QList<DemoFault> &candidates);
    void clearFaults();

    // The most recent requests (at most DemoClusterOptions::maxRecordedRequests), oldest first.
    [[nodiscard]] QList<DemoRequestRecord> requests() const;
    void clearRequests();
    [[nodiscard]] bool isExportRunning() const;
    // Where export archives are generated until they are sent (tests check that nothing is left there).
    [[nodiscard]] QString workDirectory() const;
    [[nodiscard]] int connectionCount() const;

Q_SIGNALS:
    void requestAnswered(const LicenseCore::DemoRequestRecord &record);

private:
    void onNewConnection();
    void onRequest(DemoHttpConnection *connection, const DemoHttpRequest &request);
    void answer(DemoHttpConnection *connection, const DemoHttpRequest &request, const DemoFault &fault, int record);
    void serveExport(DemoHttpConnection *connection, const DemoHttpRequest &request, const DemoFault &fault,
                     int record);
    void serveHour(DemoHttpConnection *connection, const DemoHttpRequest &request, const DemoFault &fault, int record);
    void serveEnvironments(DemoHttpConnection *connection, const DemoHttpRequest &request, const DemoFault &fault,
                           int record);
    void serveClusterLicense(DemoHttpConnection *connection, const DemoFault &fault, int record);
    void sendJson(DemoHttpConnection *connection, int status, const QByteArray &json, const DemoFault &fault,
                  int record);
    void sendError(DemoHttpConnection *connection, int status, const QString &message, int record,
                   const QByteArray &retryAfter = {});
    void markAnswered(int record, int status);
    [[nodiscard]] DemoFault takeFault(const QString &path);
    [[nodiscard]] qint64 nowMs() const;

    DemoClusterOptions m_options;
    std::unique_ptr<QTcpServer> m_server;
    std::shared_ptr<QTemporaryDir> m_workDir; // shared with a running worker, which may outlive this object
    QSslConfiguration m_tls;
    bool m_useTls = false;
    std::function<QDateTime()> m_clock;
    QList<DemoFault> m_queuedFaults;
    QList<DemoFault> m_randomFaults;
    double m_faultProbability = 0;
    QRandomGenerator64 m_random;
    QList<DemoRequestRecord> m_requests;
    QPointer<DemoHttpConnection> m_exporter; // the connection an export is being generated or sent for
    bool m_generating = false;               // a worker is generating an archive (even if its client left)
    int m_connections = 0;
    QList<GeneratedEnvironment> m_environments;
    QHash<QString, double> m_environmentQuotas;
    QString m_clusterUuid;
    int m_exportCounter = 0;
    int m_recordBase = 0; // id of m_requests.first()
};

} // namespace LicenseCore
