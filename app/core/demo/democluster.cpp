// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <demo/democluster.h>
#include <demo/demohttpconnection.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

// Resources must be initialised outside any namespace.
static void initDemoTlsResources()
{
    Q_INIT_RESOURCE(lue_demo_tls);
}

namespace LicenseCore {

namespace {
const QString ApiPrefix = QStringLiteral("/api/cluster/v2");
constexpr int DefaultPageSize = 100;
constexpr int MaxPageSize = 1000;
// 9999-12-31T23:59:59.999Z: later or negative timestamps are mistakes (or attacks on the arithmetic below).
constexpr qint64 MaxTimestampMs = 253402300799999LL;

QByteArray errorBody(int status, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

// Epoch milliseconds between 1970 and the year 9999.
std::optional<qint64> msParameter(const QUrlQuery &query, const QString &name, bool *malformed)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0 || value > MaxTimestampMs) {
        *malformed = true;
        return std::nullopt;
    }
    return value;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A quota of -1 is an unlimited unit, as the cluster reports it: no percentage, no remainder, no overage.
QJsonObject unitUsage(double quota, double usage)
{
    if (quota < 0)
        return QJsonObject{{QStringLiteral("quota"), -1},
                           {QStringLiteral("usage"), usage},
                           {QStringLiteral("usageStatus"), QStringLiteral("OK")}};
    return QJsonObject{
        {QStringLiteral("quota"), quota},
        {QStringLiteral("usage"), usage},
        {QStringLiteral("usagePercent"), quota > 0 ? std::round(usage * 1000.0 / quota) / 10.0 : 0.0},
        {QStringLiteral("remaining"), std::max(0.0, quota - usage)},
        {QStringLiteral("usageStatus"), usage > quota ? QStringLiteral("OVERAGE") : QStringLiteral("OK")},
        {QStringLiteral("overageUsage"), std::max(0.0, usage - quota)}};
}

const QByteArray HtmlLoginPage = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n"
                                 "<body><form method=\"post\" action=\"/login\"><input name=\"user\">"
                                 "<input name=\"password\" type=\"password\"></form></body></html>\n";
} // namespace

DemoFault DemoFault::delay(int ms)
{
    DemoFault fault;
    fault.delayMs = ms;
    return fault;
}

DemoFault DemoFault::httpStatus(int status, const QByteArray &retryAfter, const QString &message)
{
    DemoFault fault;
    fault.kind = Kind::HttpStatus;
    fault.status = status;
    fault.retryAfter = retryAfter;
    fault.message = message;
    return fault;
}

DemoFault DemoFault::htmlBody()
{
    DemoFault fault;
    fault.kind = Kind::HtmlBody;
    return fault;
}

DemoFault DemoFault::redirect(const QUrl &target)
{
    DemoFault fault;
    fault.kind = Kind::Redirect;
    fault.redirectTo = target;
    return fault;
}

DemoFault DemoFault::stall(qint64 afterBytes)
{
    DemoFault fault;
    fault.kind = Kind::StallMidBody;
    fault.afterBytes = afterBytes;
    return fault;
}

DemoFault DemoFault::drop(qint64 afterBytes)
{
    DemoFault fault;
    fault.kind = Kind::DropMidBody;
    fault.afterBytes = afterBytes;
    return fault;
}

DemoFault DemoFault::trickle(int bytes, int intervalMs)
{
    DemoFault fault;
    fault.kind = Kind::Trickle;
    fault.trickleBytes = std::max(1, bytes);
    fault.trickleIntervalMs = std::max(1, intervalMs);
    return fault;
}

DemoFault DemoFault::closeDelimited(qint64 truncateAfter)
{
    DemoFault fault;
    fault.kind = Kind::CloseDelimited;
    fault.afterBytes = truncateAfter;
    return fault;
}

DemoFault DemoFault::contentLength()
{
    DemoFault fault;
    fault.kind = Kind::ContentLength;
    return fault;
}

DemoFault DemoFault::forPath(const QString &suffix) const
{
    DemoFault fault = *this;
    fault.pathSuffix = suffix;
    return fault;
}

DemoCluster::DemoCluster(DemoClusterOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_workDir(std::make_shared<QTemporaryDir>())
{
    const ExportGenerator generator(m_options.generator);
    m_environments = generator.environments();
    m_environmentQuotas = m_options.environmentHostUnitQuotas.value_or(defaultEnvironmentQuotas(m_environments));
    m_clusterUuid = generator.clusterUuid();
}

DemoCluster::~DemoCluster()
{
    close();
}

QString DemoCluster::demoToken()
{
    return QStringLiteral(
        "dt0c01.LUEDEMOSCOPEDTOKEN000000.DEMOSECRETWITHSERVICEPROVIDERAPISCOPE00000000000000000000000000");
}

QString DemoCluster::tokenWithoutScope()
{
    return QStringLiteral(
        "dt0c01.LUEDEMONOSCOPETOKEN00000.DEMOSECRETWITHOUTANYSCOPE000000000000000000000000000000000000");
}

QSslConfiguration DemoCluster::demoTlsConfiguration()
{
    initDemoTlsResources();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(
        QSslCertificate(readResource(QStringLiteral(":/demo-tls/server.pem")), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(readResource(QStringLiteral(":/demo-tls/server.key")), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QByteArray DemoCluster::demoCaCertificatePem()
{
    initDemoTlsResources();
    return readResource(QStringLiteral(":/demo-tls/ca.pem"));
}

void DemoCluster::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_useTls = true;
}

void DemoCluster::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

qint64 DemoCluster::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

Status DemoCluster::listen(quint16 port)
{
    close();
    if (m_useTls) {
        if (!QSslSocket::supportsSsl()) {
            return {ErrorCode::Tls,
                    QCoreApplication::translate("LicenseCore::DemoCluster", "TLS is not available in this build."),
                    {}};
        }
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(m_tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &DemoCluster::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString reason = m_server->errorString();
        m_server.reset();
        return {ErrorCode::Network,
                QCoreApplication::translate("LicenseCore::DemoCluster", "The demo cluster cannot listen on port %1: %2")
                    .arg(port)
                    .arg(reason),
                {}};
    }
    return {};
}

bool DemoCluster::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 DemoCluster::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl DemoCluster::url() const
{
    QUrl url;
    url.setScheme(m_useTls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void DemoCluster::close()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

QList<GeneratedEnvironment> DemoCluster::environments() const
{
    return m_environments;
}

QHash<QString, double> DemoCluster::defaultEnvironmentQuotas(const QList<GeneratedEnvironment> &list)
{
    QHash<QString, double> quotas;
    if (!list.isEmpty())
        quotas.insert(list.at(0).id, DefaultFirstQuota);
    if (list.size() > 1)
        quotas.insert(list.at(1).id, DefaultSecondQuota);
    return quotas;
}

QHash<QString, double> DemoCluster::environmentQuotas() const
{
    return m_environmentQuotas;
}

QString DemoCluster::clusterUuid() const
{
    return m_clusterUuid;
}

void DemoCluster::queueFault(const DemoFault &fault)
{
    m_queuedFaults.append(fault);
}

void DemoCluster::setRandomFaults(quint64 seed, double probability, const QList<DemoFault> &candidates)
{
    m_random.seed(seed);
    m_faultProbability = probability;
    m_randomFaults = candidates;
}

void DemoCluster::clearFaults()
{
    m_queuedFaults.clear();
    m_randomFaults.clear();
    m_faultProbability = 0;
}

QList<DemoRequestRecord> DemoCluster::requests() const
{
    return m_requests;
}

void DemoCluster::clearRequests()
{
    m_recordBase += int(m_requests.size());
    m_requests.clear();
}

bool DemoCluster::isExportRunning() const
{
    return m_generating || !m_exporter.isNull();
}

QString DemoCluster::workDirectory() const
{
    return m_workDir->path();
}

int DemoCluster::connectionCount() const
{
    return m_connections;
}

DemoFault DemoCluster::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < m_queuedFaults.size(); ++i) {
        if (path.endsWith(m_queuedFaults.at(i).pathSuffix))
            return m_queuedFaults.takeAt(i);
    }
    if (!m_randomFaults.isEmpty() && m_random.generateDouble() < m_faultProbability) {
        const DemoFault fault = m_randomFaults.at(int(m_random.bounded(quint64(m_randomFaults.size()))));
        if (path.endsWith(fault.pathSuffix))
            return fault;
    }
    return {};
}

void DemoCluster::onNewConnection()
{
    while (QTcpSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        if (m_connections >= m_options.maxConnections) {
            // Full: say so and close, rather than let idle clients pile up.
            socket->setParent(this);
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
            continue;
        }
        auto *connection = new DemoHttpConnection(socket, this, m_options.requestHeadTimeoutMs);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        connect(connection, &DemoHttpConnection::requestReceived, this,
                [this, connection](const DemoHttpRequest &request) { onRequest(connection, request); });
    }
}

void DemoCluster::onRequest(DemoHttpConnection *connection, const DemoHttpRequest &request)
{
    DemoRequestRecord record;
    record.method = request.method;
    record.path = request.path;
    record.query = request.query;
    record.authorization = request.headers.value("authorization");
    m_requests.append(record);
    const int id = m_recordBase + int(m_requests.size()) - 1;
    // A ring: a long-running demo must not grow without limit.
    while (m_requests.size() > std::max(1, m_options.maxRecordedRequests)) {
        m_requests.removeFirst();
        ++m_recordBase;
    }

    const DemoFault fault = takeFault(request.path);
    if (fault.delayMs > 0) {
        QTimer::singleShot(fault.delayMs, connection,
                           [this, connection, request, fault, id] { answer(connection, request, fault, id); });
    } else {
        answer(connection, request, fault, id);
    }
}

void DemoCluster::markAnswered(int record, int status)
{
    const int index = record - m_recordBase;
    if (index < 0 || index >= m_requests.size())
        return;
    m_requests[index].status = status;
    Q_EMIT requestAnswered(m_requests.at(index));
}

void DemoCluster::sendError(DemoHttpConnection *connection, int status, const QString &message, int record,
                            const QByteArray &retryAfter)
{
    DemoHttpHeaders headers{{"Content-Type", "application/json; charset=utf-8"}};
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    markAnswered(record, status);
    connection->sendResponse(status, headers, errorBody(status, message));
}

void DemoCluster::sendJson(DemoHttpConnection *connection, int status, const QByteArray &json, const DemoFault &fault,
                           int record)
{
    markAnswered(record, status);
    if (fault.kind == DemoFault::Kind::HtmlBody) {
        connection->sendResponse(200, {{"Content-Type", "text/html; charset=utf-8"}}, HtmlLoginPage);
        return;
    }
    DemoBodyOptions options;
    if (fault.kind == DemoFault::Kind::StallMidBody)
        options.stallAfter = fault.afterBytes;
    else if (fault.kind == DemoFault::Kind::DropMidBody)
        options.dropAfter = fault.afterBytes;
    else if (fault.kind == DemoFault::Kind::Trickle) {
        options.trickleBytes = fault.trickleBytes;
        options.trickleIntervalMs = fault.trickleIntervalMs;
    } else if (fault.kind == DemoFault::Kind::CloseDelimited) {
        options.closeDelimited = true;
        options.dropAfter = fault.afterBytes;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(json);
    buffer->open(QIODevice::ReadOnly);
    connection->sendBody(status, {{"Content-Type", "application/json; charset=utf-8"}}, std::move(buffer), options);
}

void DemoCluster::answer(DemoHttpConnection *connection, const DemoHttpRequest &request, const DemoFault &fault,
                         int record)
{
    if (fault.kind == DemoFault::Kind::Redirect) {
        QUrl target = fault.redirectTo;
        target.setPath(request.path);
        target.setQuery(request.query);
        markAnswered(record, 302);
        connection->sendResponse(302, {{"Location", target.toEncoded()}}, {});
        return;
    }
    if (request.method != "GET") {
        sendError(connection, 405, QStringLiteral("Only GET is supported."), record);
        return;
    }
    if (!request.path.startsWith(ApiPrefix + QLatin1Char('/'))) {
        sendError(connection, 404, QStringLiteral("Not found."), record);
        return;
    }
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray scheme = authorization.left(authorization.indexOf(' ')).toLower();
    const QString token = QString::fromUtf8(authorization.mid(authorization.indexOf(' ') + 1)).trimmed();
    if (authorization.isEmpty()) {
        sendError(connection, 401, QStringLiteral("Missing authorization parameter."), record);
        return;
    }
    if (scheme != "api-token" || (token != demoToken() && token != tokenWithoutScope())) {
        sendError(connection, 401, QStringLiteral("Token Authentication failed"), record);
        return;
    }
    if (token == tokenWithoutScope()) {
        sendError(connection, 403, QStringLiteral("Token is missing required scope. Use one of: ServiceProviderAPI"),
                  record);
        return;
    }
    if (fault.kind == DemoFault::Kind::HttpStatus) {
        const QString message = !fault.message.isEmpty() ? fault.message
                                : fault.status == 556    ? QStringLiteral("Cluster upgrade in progress.")
                                : fault.status == 422    ? QStringLiteral("Incompatible licensing model.")
                                : fault.status == 429    ? QStringLiteral("An export is already running.")
                                                         : QStringLiteral("Operation failed.");
        sendError(connection, fault.status, message, record, fault.retryAfter);
        return;
    }

    const QString endpoint = request.path.mid(ApiPrefix.size());
    if (endpoint == QLatin1String("/license/consumption"))
        serveExport(connection, request, fault, record);
    else if (endpoint == QLatin1String("/license/consumption/hour"))
        serveHour(connection, request, fault, record);
    else if (endpoint == QLatin1String("/environments"))
        serveEnvironments(connection, request, fault, record);
    else if (endpoint == QLatin1String("/clusterLicense"))
        serveClusterLicense(connection, fault, record);
    else
        sendError(connection, 404, QStringLiteral("Not found."), record);
}

void DemoCluster::serveExport(DemoHttpConnection *connection, const DemoHttpRequest &request, const DemoFault &fault,
                              int record)
{
    const qint64 now = nowMs();
    bool malformed = false;
    const std::optional<qint64> start = msParameter(request.query, QStringLiteral("startTs"), &malformed);
    const std::optional<qint64> end = msParameter(request.query, QStringLiteral("endTs"), &malformed);
    if (malformed) {
        sendError(connection, 400, QStringLiteral("startTs and endTs must be epoch milliseconds."), record);
        return;
    }
    const qint64 endMs = end.value_or(Time::floorHour(now - 2 * Time::HourMs));
    const qint64 startMs = Time::floorHour(start.value_or(now - 30LL * 24 * Time::HourMs));
    if (endMs > now - 2 * Time::HourMs) {
        sendError(connection, 400, QStringLiteral("Time range incorrect: endTs must be at least 2 hours in the past."),
                  record);
        return;
    }
    if (startMs >= endMs) {
        sendError(connection, 400, QStringLiteral("Time range incorrect: startTs must be before endTs."), record);
        return;
    }
    // Both within 1970..9999 (msParameter(), and the defaults): no overflow below.
    const qint64 hours = (endMs - startMs + Time::HourMs - 1) / Time::HourMs;
    if (hours > qint64(m_options.maxExportDays) * 24) {
        sendError(connection, 400,
                  QStringLiteral("Time range incorrect: the demo cluster exports at most %1 days.")
                      .arg(m_options.maxExportDays),
                  record);
        return;
    }
    if (isExportRunning()) {
        sendError(connection, 429, QStringLiteral("Another license export is running. Try again later."), record,
                  QByteArray::number(m_options.busyRetryAfterSeconds));
        return;
    }
    if (fault.kind == DemoFault::Kind::HtmlBody) {
        markAnswered(record, 200);
        connection->sendResponse(200, {{"Content-Type", "text/html; charset=utf-8"}}, HtmlLoginPage);
        return;
    }
    m_exporter = connection;
    m_generating = true;

    GeneratorOptions options = m_options.generator;
    options.startMs = startMs;
    options.hours = int(hours);
    options.nested = true;
    const QString path = m_workDir->filePath(QStringLiteral("export-%1.zip").arg(++m_exportCounter));
    const QPointer<DemoHttpConnection> client(connection);

    // Parented to the cluster, not the connection: the lock is held until the worker is done, even when the
    // client leaves meanwhile, so at most one archive is generated at a time.
    auto *watcher = new QFutureWatcher<Error>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, client, watcher, path, fault, record, startMs, endMs] {
        const Error error = watcher->result();
        watcher->deleteLater();
        m_generating = false;
        DemoHttpConnection *receiver = client.data();
        if (!receiver) {
            QFile::remove(path); // nobody is left to read it
            return;
        }
        connect(receiver, &QObject::destroyed, this, [path] { QFile::remove(path); });
        connect(receiver, &DemoHttpConnection::bodyCompleted, this, [this, receiver] {
            if (m_exporter == receiver)
                m_exporter = nullptr;
        });
        auto file = std::make_unique<QFile>(path);
        if (error.isError() || !file->open(QIODevice::ReadOnly)) {
            if (m_exporter == receiver)
                m_exporter = nullptr;
            sendError(receiver, 500, QStringLiteral("Operation failed: the export could not be generated."), record);
            return;
        }
        DemoBodyOptions body;
        body.chunked = fault.kind != DemoFault::Kind::ContentLength;
        if (fault.kind == DemoFault::Kind::StallMidBody) {
            body.stallAfter = fault.afterBytes;
        } else if (fault.kind == DemoFault::Kind::DropMidBody) {
            body.dropAfter = fault.afterBytes;
        } else if (fault.kind == DemoFault::Kind::Trickle) {
            body.trickleBytes = fault.trickleBytes;
            body.trickleIntervalMs = fault.trickleIntervalMs;
        } else if (fault.kind == DemoFault::Kind::CloseDelimited) {
            body.closeDelimited = true;
            body.dropAfter = fault.afterBytes;
        }
        const QByteArray fileName =
            "license-consumption_" + QByteArray::number(startMs) + '_' + QByteArray::number(endMs) + ".zip";
        markAnswered(record, 200);
        receiver->sendBody(200,
                           {{"Content-Type", "application/octet-stream"},
                            {"Content-Disposition", "attachment; filename=\"" + fileName + '"'}},
                           std::move(file), body);
    });
    // The worker keeps the folder alive: it may outlive this object (which then never sends the archive).
    const std::shared_ptr<QTemporaryDir> workDir = m_workDir;
    const int delayMs = m_options.exportGenerationDelayMs;
    watcher->setFuture(QtConcurrent::run([options, path, workDir, delayMs] {
        if (delayMs > 0)
            QThread::msleep(ulong(delayMs));
        return ExportGenerator(options).writeZipFile(path);
    }));
}

void DemoCluster::serveHour(DemoHttpConnection *connection, const DemoHttpRequest &request, const DemoFault &fault,
                            int record)
{
    bool malformed = false;
    const std::optional<qint64> start = msParameter(request.query, QStringLiteral("startTs"), &malformed);
    if (malformed || !start) {
        sendError(connection, 400, QStringLiteral("Provided timestamp is incorrect: startTs is required."), record);
        return;
    }
    const qint64 hour = Time::floorHour(*start);
    if (hour + Time::HourMs > nowMs() - 2 * Time::HourMs) {
        sendError(connection, 400,
                  QStringLiteral("Provided timestamp is incorrect: the hour must end at least 2 hours in the past."),
                  record);
        return;
    }
    GeneratorOptions options = m_options.generator;
    options.startMs = hour;
    options.hours = 1;
    sendJson(connection, 200, ExportGenerator(options).hourJson(0), fault, record);
}

void DemoCluster::serveEnvironments(DemoHttpConnection *connection, const DemoHttpRequest &request,
                                    const DemoFault &fault, int record)
{
    int offset = 0;
    int pageSize = DefaultPageSize;
    bool consumption = false;
    const QUrlQuery &query = request.query;
    if (query.hasQueryItem(QStringLiteral("nextPageKey"))) {
        if (query.queryItems().size() != 1) {
            sendError(connection, 400,
                      QStringLiteral("Constraints violated: nextPageKey must be the only query parameter."), record);
            return;
        }
        const QByteArray key =
            QByteArray::fromBase64(query.queryItemValue(QStringLiteral("nextPageKey"), QUrl::FullyDecoded).toLatin1(),
                                   QByteArray::Base64UrlEncoding);
        const QList<QByteArray> parts = key.split(':');
        bool offsetOk = false;
        bool sizeOk = false;
        // offset:pageSize, and :q when the first request asked for the consumption information.
        if (parts.size() == 2 || (parts.size() == 3 && parts.at(2) == "q")) {
            offset = parts.at(0).toInt(&offsetOk);
            pageSize = parts.at(1).toInt(&sizeOk);
            consumption = parts.size() == 3;
        }
        // A key the cluster never handed out: nothing past the end, no page larger than the API allows.
        if (!offsetOk || !sizeOk || offset < 0 || offset > m_environments.size() || pageSize < 1 ||
            pageSize > MaxPageSize) {
            sendError(connection, 400, QStringLiteral("Constraints violated: invalid nextPageKey."), record);
            return;
        }
    } else {
        consumption = query.queryItemValue(QStringLiteral("includeConsumptionInfo")) == QLatin1String("true");
    }
    if (!query.hasQueryItem(QStringLiteral("nextPageKey")) && query.hasQueryItem(QStringLiteral("pageSize"))) {
        bool ok = false;
        pageSize = query.queryItemValue(QStringLiteral("pageSize")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > MaxPageSize) {
            sendError(connection, 400, QStringLiteral("Constraints violated: pageSize must be between 1 and 1000."),
                      record);
            return;
        }
    }
    QJsonArray environments;
    const qint64 total = m_environments.size();
    const qint64 pageEnd = std::min(total, qint64(offset) + pageSize);
    for (qint64 i = offset; i < pageEnd; ++i) {
        const GeneratedEnvironment &environment = m_environments.at(i);
        QJsonObject object{
            {QStringLiteral("id"), environment.id},
            {QStringLiteral("name"), environment.name},
            {QStringLiteral("state"), environment.state},
            {QStringLiteral("trial"), environment.trial},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("demo")}},
            {QStringLiteral("creationDate"), QStringLiteral("2024-01-15T09:00:00Z")},
        };
        if (consumption) {
            // As the cluster writes it: an unlimited environment's hostUnits has no maxLimit.
            QJsonObject hostUnits;
            if (const auto quota = m_environmentQuotas.constFind(environment.id); quota != m_environmentQuotas.cend())
                hostUnits.insert(QStringLiteral("maxLimit"), *quota);
            object.insert(QStringLiteral("quotas"), QJsonObject{{QStringLiteral("hostUnits"), hostUnits}});
        }
        environments.append(object);
    }
    QJsonObject body{{QStringLiteral("totalCount"), total},
                     {QStringLiteral("pageSize"), pageSize},
                     {QStringLiteral("environments"), environments}};
    if (pageEnd < total) {
        const QByteArray key =
            QByteArray::number(pageEnd) + ':' + QByteArray::number(pageSize) + (consumption ? ":q" : "");
        body.insert(QStringLiteral("nextPageKey"),
                    QString::fromLatin1(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    } else {
        body.insert(QStringLiteral("nextPageKey"), QJsonValue::Null);
    }
    sendJson(connection, 200, QJsonDocument(body).toJson(QJsonDocument::Compact), fault, record);
}

void DemoCluster::serveClusterLicense(DemoHttpConnection *connection, const DemoFault &fault, int record)
{
    const qint64 now = nowMs();
    auto licenseUnit = [this](double quota, double usage) {
        if (!m_options.licenseQuotas)
            return unitUsage(-1, usage);
        if (m_options.licenseUsagePercent >= 0)
            return unitUsage(quota, quota * m_options.licenseUsagePercent / 100.0);
        return unitUsage(quota, usage);
    };
    const QJsonObject body{
        {QStringLiteral("accountName"), QStringLiteral("Demo Account")},
        {QStringLiteral("clusterId"), m_clusterUuid},
        {QStringLiteral("contactEmailAddress"), QStringLiteral("license-admin@example.com")},
        {QStringLiteral("lastBillingTime"), Time::isoUtc(Time::floorHour(now) - 2 * Time::HourMs)},
        {QStringLiteral("licenseExpirationTime"), Time::isoUtc(Time::floorDay(now) + 200LL * 24 * Time::HourMs)},
        {QStringLiteral("licenseKey"), QStringLiteral("DEMO-LICENSE-KEY-NOT-FOR-DISPLAY")},
        {QStringLiteral("licenseName"), QStringLiteral("Demo Managed License")},
        {QStringLiteral("licenseStatus"), QStringLiteral("ACTIVE")},
        {QStringLiteral("licenseType"), QStringLiteral("PAID")},
        {QStringLiteral("productVersion"), QStringLiteral("1.330.0.20261101-120000")},
        {QStringLiteral("usageOfHostUnits"), licenseUnit(250, 183.5)},
        {QStringLiteral("usageOfDemUnits"), licenseUnit(2000000, 1432750)},
        {QStringLiteral("usageOfDduUnits"), licenseUnit(500000, 512340.25)},
    };
    sendJson(connection, 200, QJsonDocument(body).toJson(QJsonDocument::Compact), fault, record);
}

} // namespace LicenseCore
