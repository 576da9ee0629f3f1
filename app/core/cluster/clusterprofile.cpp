// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/clusterprofile.h>

#include <QCoreApplication>
#include <QHostAddress>

namespace LicenseCore {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString address = host;
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

QUrl parseClusterUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(url.scheme().toLower());
    return url;
}

Status ClusterProfile::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return {ErrorCode::InvalidArgument, tr("The cluster address is not a valid URL."), name};
    const QString scheme = baseUrl.scheme();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(baseUrl.host())) {
            return {ErrorCode::InvalidArgument,
                    tr("Plain http:// is only accepted for this computer (loopback); use https:// for %1.")
                        .arg(baseUrl.host()),
                    name};
        }
    } else if (scheme != QLatin1String("https")) {
        return {ErrorCode::InvalidArgument, tr("The cluster address must start with https://."), name};
    }
    if (baseUrl.path().contains(QLatin1String("/e/"))) {
        return {ErrorCode::InvalidArgument,
                tr("The address points to an environment (/e/…); use the cluster's own address instead."), name};
    }
    if (proxyMode == ProxyMode::Manual && (proxyHost.isEmpty() || proxyPort == 0))
        return {ErrorCode::InvalidArgument, tr("A manual proxy needs a host and a port."), name};
    if (stallTimeoutSeconds <= 0 || stallTimeoutSeconds > MaxStallTimeoutSeconds) {
        return {ErrorCode::InvalidArgument,
                tr("The stall timeout must be between 1 and %1 seconds.").arg(MaxStallTimeoutSeconds), name};
    }
    if (!pinnedSha256.isEmpty() && pinnedSha256.size() != 32)
        return {ErrorCode::InvalidArgument, tr("The pinned certificate fingerprint is not a SHA-256 digest."), name};
    return {};
}

QString ClusterProfile::origin() const
{
    const QString scheme = baseUrl.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("http") ? 80 : 443;
    return scheme + QLatin1String("://") + baseUrl.host().toLower() + QLatin1Char(':') +
           QString::number(baseUrl.port(defaultPort));
}

QString ClusterProfile::exportLockKey() const
{
    return name.isEmpty() ? origin() : QLatin1String("profile:") + name;
}

std::optional<QByteArray> parseSha256Fingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    if (hex.size() != 64)
        return std::nullopt;
    for (const QChar c : std::as_const(hex)) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<ProxyMode> proxyModeFromName(const QString &name)
{
    for (const ProxyMode mode : {ProxyMode::System, ProxyMode::None, ProxyMode::Manual}) {
        if (name.compare(proxyModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace LicenseCore
