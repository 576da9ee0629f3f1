// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/apiendpoint.h>
#include <cluster/requestoutcome.h>

#include <QByteArray>
#include <QObject>

namespace LicenseCore {

class ApiRequest;

struct HourResult
{
    RequestOutcome outcome;
    qint64 hourStartMs = 0;
    QByteArray json; // one hourly file, as inside the export ZIP
};

// Reads /license/consumption/hour: one hour as JSON, for topping up the newest hours.
class HourJob final : public QObject
{
    Q_OBJECT

public:
    ~HourJob() override;
    Q_DISABLE_COPY_MOVE(HourJob)

    void cancel();

Q_SIGNALS:
    void finished(const LicenseCore::HourResult &result);

private:
    friend class ClusterClient;
    HourJob(ApiEndpoint connection, qint64 hourStartMs, QObject *parent);
    void start();
    void finish(RequestOutcome outcome, const QByteArray &json);

    ApiEndpoint m_connection;
    qint64 m_hourStartMs;
    ApiRequest *m_call = nullptr;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace LicenseCore
