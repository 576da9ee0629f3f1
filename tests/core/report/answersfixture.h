// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small exports written by the tests of the answers, ingested into a history store in a temporary folder: every
// expected value of those tests is computed by hand from the hosts and counters given here.

#include "flatexport.h"

#include <common/timeutil.h>
#include <history/historystore.h>

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace AnswersFixture {

using namespace LicenseCore;

constexpr qint64 H0 = 1790812800000; // 2026-10-01T00:00:00Z
constexpr qint64 H = Time::HourMs;
constexpr qint64 D = 24 * H;
constexpr qint64 GiB = 1024LL * 1024 * 1024;
inline const QString Cluster = QStringLiteral("c1");

struct Host
{
    qint64 osiId = 0;
    qint64 memoryBytes = 4 * GiB;
    qint64 activeMinutes = -1; // -1: no activity records
    bool infrastructureOnly = false;
};

struct Environment
{
    QString id;
    QList<Host> hosts;
    qint64 visits = 0;
    double dduMetrics = 0.0;
    qint64 logStorageBytes = 0;
    qint64 logUploadBytes = 0;
};

inline QByteArray hourJson(qint64 hourMs, const QList<Environment> &environments)
{
    QStringList entries;
    for (const Environment &environment : environments) {
        QStringList hosts;
        for (const Host &host : environment.hosts) {
            const QString activity =
                host.activeMinutes < 0
                    ? QString()
                    : QStringLiteral(R"(, "agentUsages": [{"agentId": 1, "agentTypeId": 1, "agentUsageRecords": )"
                                     R"([{"startTime": %1, "endTime": %2}]}])")
                          .arg(hourMs)
                          .arg(hourMs + host.activeMinutes * Time::MinuteMs);
            hosts.append(QStringLiteral(R"({"osiId": %1, "hostMemoryBytes": %2, "infrastructureOnly": %3%4})")
                             .arg(host.osiId)
                             .arg(host.memoryBytes)
                             .arg(host.infrastructureOnly ? QStringLiteral("true") : QStringLiteral("false"))
                             .arg(activity));
        }
        entries.append(QStringLiteral(R"({"environmentUuid": "%1", "visits": %2, "hostUsages": [%3],)"
                                      R"( "logStorageUsageBytes": %4, "logUploadVolumeBytes": %5,)"
                                      R"( "davisDataUnits": [{"pool": "Metrics", "total": %6}]})")
                           .arg(environment.id)
                           .arg(environment.visits)
                           .arg(hosts.join(QLatin1Char(',')))
                           .arg(environment.logStorageBytes)
                           .arg(environment.logUploadBytes)
                           .arg(environment.dduMetrics));
    }
    return QStringLiteral(R"({"clusterUuid": "%1", "timeFrameStart": %2, "timeFrameEnd": %3,)"
                          R"( "environmentBillingEntries": [%4]})")
        .arg(Cluster)
        .arg(hourMs)
        .arg(hourMs + H)
        .arg(entries.join(QLatin1Char(',')))
        .toUtf8();
}

// A history store in a temporary folder holding the exports written to it.
class Store
{
public:
    Store()
    {
        m_ok =
            m_dir.isValid() &&
            !m_store.open(m_dir.filePath(QStringLiteral("h.sqlite")), m_dir.filePath(QStringLiteral("kept"))).isError();
    }

    // Writes and ingests one export of `hours`; false on any failure.
    bool add(const QList<QByteArray> &hours)
    {
        const QString file = m_dir.filePath(QStringLiteral("export-%1.zip").arg(++m_exports));
        if (!m_ok || !TestFixture::writeFlatExport(file, H0 + 10000 * H + m_exports * H, hours))
            return false;
        const Result<IngestResult> result = m_store.ingest(file);
        if (!result)
            qWarning("%s", qPrintable(result.error().detail));
        return result.ok();
    }

    [[nodiscard]] const HistoryStore &store() const { return m_store; }

    UsageSnapshotPtr snapshot(HourRange range) const
    {
        Result<UsageSnapshotPtr> snapshot = m_store.snapshot(Cluster, range, RuleSettings{});
        if (!snapshot) {
            qWarning("%s", qPrintable(snapshot.error().detail));
            return std::make_shared<UsageSnapshot>();
        }
        return snapshot.value();
    }

private:
    QTemporaryDir m_dir;
    HistoryStore m_store;
    bool m_ok = false;
    int m_exports = 0;
};

// Two periods of four hours, before [H0, H0 + 4 h) and after [H0 + 4 h, H0 + 8 h), in environments env-a and env-b.
// Host units: 4 GiB 0.25, 8 GiB 0.5, 16 GiB 1, 32 GiB 2; infrastructure-only 32 GiB: 2 x 0.3 = 0.6.
//   host 101 (env-a): 16 GiB throughout: unchanged, 1 per hour;
//   host 102 (env-a): 8 GiB before, 16 GiB after: resized, 0.5 then 1;
//   host 103 (env-b): 32 GiB full-stack before, infrastructure-only after: mode changed, 2 then 0.6;
//   host 104 (env-b): 4 GiB, before only, and active only 3 minutes (not counted) in hour 1: removed, 0.25;
//   host -2  (env-b): 8 GiB, after only: added, 0.5 (its id reads as HOST-FFFFFFFFFFFFFFFE).
// Per hour: before 1 + 0.5 + 2 + 0.25 = 3.75 (env-a 1.5, env-b 2.25), hour 1 3.5 (env-b 2); after 1 + 1 + 0.6 + 0.5
// = 3.1 (env-a 2, env-b 1.1).
// Counters per hour: env-a 4 visits before and 8 after, DDU (Metrics) 0.5 before and 1 after, log upload 100 bytes
// before and 200 after, log storage 1000, 2000, 3000, 4000 before and 5000 after; env-b 10 visits, no DDUs, no
// upload, log storage 1000 in every hour.
inline QList<QByteArray> twoPeriods()
{
    QList<QByteArray> hours;
    for (int h = 0; h < 8; ++h) {
        const bool before = h < 4;
        Environment a{QStringLiteral("env-a"),
                      {{101, 16 * GiB}, {102, (before ? 8 : 16) * GiB}},
                      before ? 4 : 8,
                      before ? 0.5 : 1.0,
                      before ? 1000 * (h + 1) : 5000,
                      before ? 100 : 200};
        Environment b{QStringLiteral("env-b"), {}, 10, 0.0, 1000, 0};
        b.hosts.append(Host{103, 32 * GiB, -1, !before});
        if (before)
            b.hosts.append(Host{104, 4 * GiB, h == 1 ? 3 : -1});
        else
            b.hosts.append(Host{-2, 8 * GiB});
        hours.append(hourJson(H0 + h * H, {a, b}));
    }
    return hours;
}

} // namespace AnswersFixture
