// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/apiendpoint.h>
#include <cluster/requestoutcome.h>

#include <QObject>
#include <QString>

namespace LicenseCore {

class ApiRequest;

struct ConnectionTestResult
{
    enum class Verdict
    {
        Ok,
        Unreachable,
        TlsFailure,
        BadToken,
        MissingScope,
        Failed
    };

    Verdict verdict = Verdict::Failed;
    RequestOutcome outcome;    // the details (certificate subject and fingerprint for TLS failures)
    int environmentCount = -1; // when Ok
    QString summary;           // one sentence for the user, also when Ok
};

// One cheap call (the first environment only) that tells the usual setup mistakes apart.
class ConnectionTestJob final : public QObject
{
    Q_OBJECT

public:
    ~ConnectionTestJob() override;
    Q_DISABLE_COPY_MOVE(ConnectionTestJob)

    void cancel();

Q_SIGNALS:
    void finished(const LicenseCore::ConnectionTestResult &result);

private:
    friend class ClusterClient;
    ConnectionTestJob(ApiEndpoint connection, QObject *parent);
    void start();
    void onFinished(const RequestOutcome &outcome, const QByteArray &body);

    ApiEndpoint m_connection;
    ApiRequest *m_call = nullptr;
    bool m_cancelRequested = false;
};

} // namespace LicenseCore
