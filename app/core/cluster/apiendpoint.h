// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/clusterprofile.h>
#include <cluster/retrypolicy.h>
#include <common/result.h>

#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace LicenseCore {

// The current time, injectable so the two-hour clamp and HTTP dates are testable.
using Clock = std::function<QDateTime()>;

// Query parameters as plain text (not percent-encoded); apiUrl() encodes every character that needs it.
using QueryItems = QList<std::pair<QString, QString>>;

// What every request of one ClusterClient shares: where to send it, with which token and trust.
struct ApiEndpoint
{
    QPointer<QNetworkAccessManager> network;
    ClusterProfile profile;
    QString token;
    QSslConfiguration sslConfiguration; // default trust plus the profile's CA file
    Status setupError;                  // set when no request may be sent (invalid profile, unreadable CA file)
    RetryPolicy retry;
    Clock clock;

    [[nodiscard]] QDateTime now() const;
    // <base>/api/cluster/v2<path>?<query>, each key and value fully percent-encoded (a page key's '+', '=', '&'
    // or '%' reach the cluster as they were sent).
    [[nodiscard]] QUrl apiUrl(const QString &path, const QueryItems &query) const;
    // A GET request carrying the token in the Authorization header only, never redirected to another origin.
    [[nodiscard]] QNetworkRequest request(const QUrl &url, const QByteArray &accept) const;
};

} // namespace LicenseCore
