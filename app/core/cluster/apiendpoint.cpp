// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/apiendpoint.h>

namespace LicenseCore {

QDateTime ApiEndpoint::now() const
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

QUrl ApiEndpoint::apiUrl(const QString &path, const QueryItems &query) const
{
    QUrl url = profile.baseUrl;
    url.setPath(url.path() + QLatin1String("/api/cluster/v2") + path);
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    // Already encoded: StrictMode keeps every escape as it is (TolerantMode would, too, but says less).
    if (!encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

QNetworkRequest ApiEndpoint::request(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Api-Token ") + token.toUtf8());
    request.setRawHeader("Accept", accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("LicenseUsageExplorer/" LUE_VERSION));
    // Same-origin redirects only: a redirect elsewhere fails instead of carrying the token there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(sslConfiguration);
    return request;
}

} // namespace LicenseCore
