// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>

#include <QByteArray>
#include <QString>

namespace LicenseCore {

// How a request to a cluster ended.
enum class RequestStatus
{
    Ok,
    Cancelled,       // the user cancelled
    StallTimeout,    // no byte arrived for the profile's stall timeout
    Unreachable,     // name not resolved, connection refused, no route
    TlsFailure,      // the certificate is not trusted, or the TLS handshake failed
    Redirected,      // a redirect to another origin was refused (the token stays with the cluster)
    HttpError,       // the cluster answered with an error status (httpStatus tells which)
    InvalidResponse, // a 200 whose body is not what was asked for (an HTML page instead of a ZIP, bad JSON)
    NetworkError,    // the connection broke in another way (closed mid-body, protocol error)
    Busy,            // an export for this profile is already running in this program
    InvalidRequest,  // the request cannot be sent (invalid profile, empty time range, unreadable CA file)
    LocalError,      // the download cannot be written
};

// The end of one request: status, a sentence for the user, and the facts behind it.
struct RequestOutcome
{
    RequestOutcome() = default;
    RequestOutcome(RequestStatus status_, QString errorText_, int httpStatus_ = 0, QString clusterMessage_ = {});

    RequestStatus status = RequestStatus::Ok;
    QString errorText;          // a complete sentence with the next step; empty when ok
    int httpStatus = 0;         // last HTTP status seen, 0 when none
    QString clusterMessage;     // the cluster's own error.message, when it sent one
    QString certificateSubject; // TLS failures: the server certificate's subject
    QString certificateSha256;  // TLS failures: its SHA-256 fingerprint, "AB:CD:…"

    [[nodiscard]] bool ok() const { return status == RequestStatus::Ok; }
    // For the front ends' generic error handling (Network, Tls, Http, Timeout, Cancelled, ...).
    [[nodiscard]] Error toError() const;
};

// `text` with every control and format character (ESC, CR, DEL, C1 controls, bidirectional overrides, ...)
// replaced: tabs and line breaks by a space, the others by '?'. For text from a cluster that ends up on a
// terminal or in a label, where such characters could rewrite what the user sees.
QString displaySafe(const QString &text);

// The cluster's error.message (and its constraint violations) from an error body, made displaySafe(); empty if
// there is none.
QString clusterErrorMessage(const QByteArray &body);

// The sentence for an HTTP error status, naming the cause and the next step, with the cluster's message.
QString httpErrorSentence(int httpStatus, const QString &clusterMessage);

} // namespace LicenseCore
