// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterclient.h>
#include <vault/coredumpguard.h>

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

namespace LicenseCore {

namespace {
// Where requests of one profile go. This computer is always reached directly, in every mode: nothing on the
// way to a loopback address may see the token. A manual proxy carries only https:// requests, tunnelled with
// CONNECT so it never sees a header; a plain http:// request is never handed to it.
class ProfileProxyFactory final : public QNetworkProxyFactory
{
public:
    ProfileProxyFactory(ProxyMode mode, QString host, quint16 port)
        : m_mode(mode)
        , m_host(std::move(host))
        , m_port(port)
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        switch (m_mode) {
        case ProxyMode::System:
            return QNetworkProxyFactory::systemProxyForQuery(query);
        case ProxyMode::None:
            break;
        case ProxyMode::Manual:
            if (query.protocolTag().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
                return {QNetworkProxy(QNetworkProxy::HttpProxy, m_host, m_port)};
            // Plain http:// is only ever sent to loopback (ClusterProfile::validate(), ApiRequest::send()),
            // answered above; it never goes through the proxy in clear.
            break;
        }
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }

private:
    ProxyMode m_mode;
    QString m_host;
    quint16 m_port;
};

// The token goes into a header: no line breaks or other characters that could end it early.
Status checkToken(const QString &token)
{
    if (token.isEmpty())
        return {ErrorCode::InvalidArgument, ClusterClient::tr("No API token was given."), {}};
    const bool printable =
        std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!printable) {
        return {ErrorCode::InvalidArgument,
                ClusterClient::tr(
                    "The API token contains spaces or characters a cluster token never has; check what was stored."),
                {}};
    }
    return {};
}

Status loadCaFile(const QString &path, QSslConfiguration &configuration)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {
            ErrorCode::FileUnreadable, ClusterClient::tr("The CA certificate file %1 cannot be read.").arg(path), {}};
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        return {ErrorCode::InvalidArgument,
                ClusterClient::tr("The file %1 contains no certificate (a PEM or DER CA certificate is expected).")
                    .arg(path),
                {}};
    }
    configuration.addCaCertificates(certificates);
    return {};
}
} // namespace

ClusterClient::ClusterClient(ClusterProfile profile, QString token, QObject *parent)
    : QObject(parent)
    , m_ownNetwork(std::make_unique<QNetworkAccessManager>())
    , m_cacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/downloads"))
{
    if (!token.isEmpty())
        CoreDumpGuard::engage();
    m_connection.profile = std::move(profile);
    m_connection.token = std::move(token);
    m_connection.network = m_ownNetwork.get();
    m_connection.sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_connection.sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_connection.setupError = m_connection.profile.validate();
    if (!m_connection.setupError.isError())
        m_connection.setupError = checkToken(m_connection.token);
    if (!m_connection.setupError.isError() && !m_connection.profile.caFile.isEmpty())
        m_connection.setupError = loadCaFile(m_connection.profile.caFile, m_connection.sslConfiguration);
    m_ownNetwork->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_ownNetwork->setAutoDeleteReplies(false);
    applyProxy();
}

ClusterClient::~ClusterClient()
{
    // This may run inside a job's signal (a receiver of finished() deleting the client): deleting the jobs here
    // would pull them from under their own emit. Instead each job is detached and silenced, its request is
    // stopped now, and it is deleted from the event loop.
    for (const QPointer<QObject> &pointer : std::as_const(m_jobs)) {
        QObject *job = pointer.data();
        if (!job)
            continue;
        QObject::disconnect(job, nullptr, nullptr, nullptr);
        job->setParent(nullptr);
        if (auto *download = qobject_cast<ExportDownloadJob *>(job))
            download->cancel();
        else if (auto *environments = qobject_cast<EnvironmentsJob *>(job))
            environments->cancel();
        else if (auto *license = qobject_cast<ClusterLicenseJob *>(job))
            license->cancel();
        else if (auto *hour = qobject_cast<HourJob *>(job))
            hour->cancel();
        else if (auto *test = qobject_cast<ConnectionTestJob *>(job))
            test->cancel();
        job->deleteLater();
    }
    // The replies belong to the manager, and one of them may be emitting right now (finished(), readyRead()):
    // the manager, and its replies with it, go from the event loop too.
    if (QNetworkAccessManager *network = m_ownNetwork.release())
        network->deleteLater();
}

const ClusterProfile &ClusterClient::profile() const
{
    return m_connection.profile;
}

Status ClusterClient::setupError() const
{
    return m_connection.setupError;
}

void ClusterClient::setClock(Clock clock)
{
    m_connection.clock = std::move(clock);
}

void ClusterClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_connection.retry = policy;
}

void ClusterClient::setCacheDirectory(const QString &directory)
{
    m_cacheDirectory = directory;
}

void ClusterClient::setEnvironmentNameCacheFile(const QString &filePath)
{
    m_nameCacheFile = filePath;
}

void ClusterClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_connection.network = manager ? manager : m_ownNetwork.get();
    // Connections cached by another user of the manager were set up with other trust and proxy settings.
    m_connection.network->clearConnectionCache();
    applyProxy();
}

void ClusterClient::applyProxy()
{
    QNetworkAccessManager *network = m_connection.network;
    if (!network)
        return;
    const ClusterProfile &profile = m_connection.profile;
    // The manager owns the factory (and deletes the previous one).
    network->setProxyFactory(new ProfileProxyFactory(profile.proxyMode, profile.proxyHost, profile.proxyPort));
}

ApiEndpoint ClusterClient::connection() const
{
    return m_connection;
}

void ClusterClient::track(QObject *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

ExportDownloadJob *ClusterClient::downloadExport(const ExportRequest &request)
{
    auto *job = new ExportDownloadJob(connection(), request, m_cacheDirectory, this);
    track(job);
    // Started from the event loop, so a caller connecting after this call never misses finished().
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

EnvironmentsJob *ClusterClient::fetchEnvironments(int pageSize, EnvironmentsJob::Quotas quotas)
{
    auto *job = new EnvironmentsJob(connection(), pageSize, quotas, m_nameCacheFile, this);
    track(job);
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

ClusterLicenseJob *ClusterClient::fetchClusterLicense()
{
    auto *job = new ClusterLicenseJob(connection(), this);
    track(job);
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

HourJob *ClusterClient::fetchHour(qint64 hourStartMs)
{
    auto *job = new HourJob(connection(), hourStartMs, this);
    track(job);
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

ConnectionTestJob *ClusterClient::testConnection()
{
    auto *job = new ConnectionTestJob(connection(), this);
    track(job);
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

} // namespace LicenseCore
