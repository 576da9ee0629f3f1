// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterconnection.h"
#include "clusteroutcome.h"

#include <QObject>
#include <QString>

namespace LicenseCore {

class ClusterCall;

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
    ClusterOutcome outcome;    // the details (certificate subject and fingerprint for TLS failures)
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
    ConnectionTestJob(ClusterConnection connection, QObject *parent);
    void start();
    void onFinished(const ClusterOutcome &outcome, const QByteArray &body);

    ClusterConnection m_connection;
    ClusterCall *m_call = nullptr;
    bool m_cancelRequested = false;
};

} // namespace LicenseCore
