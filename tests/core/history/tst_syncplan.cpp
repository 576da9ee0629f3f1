// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <history/syncplan.h>

#include <QTest>
#include <QTimeZone>

using namespace LicenseCore;

namespace {

// Ranges are written "from/to" in ISO 8601, so a failure shows which chunk differs.
HourRange range(const QString &text)
{
    const QStringList ends = text.split(QLatin1Char('/'));
    return HourRange{Time::parseIsoUtc(ends.at(0)).value(), Time::parseIsoUtc(ends.at(1)).value()};
}

QString text(const HourRange &range)
{
    return Time::isoUtc(range.fromMs) + QLatin1Char('/') + Time::isoUtc(range.toMs);
}

} // namespace

class TestSyncPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunks_data();
    void chunks();
};

void TestSyncPlan::chunks_data()
{
    // Every row plans at 2026-10-20T15:37Z: the newest exportable hour ends at 13:00 (the hour's start, 15:00,
    // minus two hours).
    QTest::addColumn<QString>("extent"); // empty: the cluster is new to the history
    QTest::addColumn<QStringList>("gaps");
    QTest::addColumn<QString>("since"); // empty: no --since
    QTest::addColumn<int>("newClusterDays");
    QTest::addColumn<int>("chunkDays");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("new cluster: 30 days back, weeks from the start")
        << QString() << QStringList() << QString() << 30 << 7
        << QStringList{QStringLiteral("2026-09-20T13:00:00Z/2026-09-27T13:00:00Z"),
                       QStringLiteral("2026-09-27T13:00:00Z/2026-10-04T13:00:00Z"),
                       QStringLiteral("2026-10-04T13:00:00Z/2026-10-11T13:00:00Z"),
                       QStringLiteral("2026-10-11T13:00:00Z/2026-10-18T13:00:00Z"),
                       QStringLiteral("2026-10-18T13:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("new cluster since a date")
        << QString() << QStringList() << QStringLiteral("2026-10-10") << 30 << 7
        << QStringList{QStringLiteral("2026-10-10T00:00:00Z/2026-10-17T00:00:00Z"),
                       QStringLiteral("2026-10-17T00:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("since inside an hour starts at that hour")
        << QString() << QStringList() << QStringLiteral("2026-10-18T05:30:00+00:00") << 30 << 7
        << QStringList{QStringLiteral("2026-10-18T05:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("new cluster, no days back") << QString() << QStringList() << QString() << 0 << 7 << QStringList();
    QTest::newRow("up to date") << QStringLiteral("2026-10-01T00:00:00Z/2026-10-20T13:00:00Z") << QStringList()
                                << QString() << 30 << 7 << QStringList();
    QTest::newRow("history reaches past the newest exportable hour")
        << QStringLiteral("2026-10-01T00:00:00Z/2026-10-21T00:00:00Z") << QStringList() << QString() << 30 << 7
        << QStringList();
    QTest::newRow("after the last stored hour")
        << QStringLiteral("2026-10-01T00:00:00Z/2026-10-19T00:00:00Z") << QStringList() << QString() << 30 << 7
        << QStringList{QStringLiteral("2026-10-19T00:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("exactly one chunk") << QStringLiteral("2026-10-01T00:00:00Z/2026-10-13T13:00:00Z") << QStringList()
                                       << QString() << 30 << 7
                                       << QStringList{QStringLiteral("2026-10-13T13:00:00Z/2026-10-20T13:00:00Z")};
    const QStringList gaps{QStringLiteral("2026-10-03T00:00:00Z/2026-10-03T05:00:00Z"),
                           QStringLiteral("2026-10-05T00:00:00Z/2026-10-14T00:00:00Z")};
    const QStringList gapsAndTail{QStringLiteral("2026-10-03T00:00:00Z/2026-10-03T05:00:00Z"),
                                  QStringLiteral("2026-10-05T00:00:00Z/2026-10-12T00:00:00Z"),
                                  QStringLiteral("2026-10-12T00:00:00Z/2026-10-14T00:00:00Z"),
                                  QStringLiteral("2026-10-15T00:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("gaps and the tail, oldest first")
        << QStringLiteral("2026-10-01T00:00:00Z/2026-10-15T00:00:00Z") << gaps << QString() << 30 << 7 << gapsAndTail;
    QTest::newRow("gaps in any order") << QStringLiteral("2026-10-01T00:00:00Z/2026-10-15T00:00:00Z")
                                       << QStringList{gaps.at(1), gaps.at(0)} << QString() << 30 << 7 << gapsAndTail;
    QTest::newRow("gaps only") << QStringLiteral("2026-10-01T00:00:00Z/2026-10-20T13:00:00Z")
                               << QStringList{QStringLiteral("2026-10-02T07:00:00Z/2026-10-02T08:00:00Z")} << QString()
                               << 30 << 7 << QStringList{QStringLiteral("2026-10-02T07:00:00Z/2026-10-02T08:00:00Z")};
    QTest::newRow("one-day chunks") << QStringLiteral("2026-10-18T00:00:00Z/2026-10-19T00:00:00Z") << QStringList()
                                    << QString() << 30 << 1
                                    << QStringList{QStringLiteral("2026-10-19T00:00:00Z/2026-10-20T00:00:00Z"),
                                                   QStringLiteral("2026-10-20T00:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("chunk days below one count as one")
        << QStringLiteral("2026-10-18T00:00:00Z/2026-10-19T00:00:00Z") << QStringList() << QString() << 30 << 0
        << QStringList{QStringLiteral("2026-10-19T00:00:00Z/2026-10-20T00:00:00Z"),
                       QStringLiteral("2026-10-20T00:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("since before the first stored hour")
        << QStringLiteral("2026-10-10T00:00:00Z/2026-10-20T13:00:00Z") << QStringList() << QStringLiteral("2026-10-08")
        << 30 << 7 << QStringList{QStringLiteral("2026-10-08T00:00:00Z/2026-10-10T00:00:00Z")};
    QTest::newRow("since inside the history leaves earlier gaps alone")
        << QStringLiteral("2026-10-01T00:00:00Z/2026-10-20T00:00:00Z")
        << QStringList{QStringLiteral("2026-10-02T00:00:00Z/2026-10-03T00:00:00Z"),
                       QStringLiteral("2026-10-11T22:00:00Z/2026-10-12T03:00:00Z")}
        << QStringLiteral("2026-10-12") << 30 << 7
        << QStringList{QStringLiteral("2026-10-12T00:00:00Z/2026-10-12T03:00:00Z"),
                       QStringLiteral("2026-10-20T00:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("since after the last stored hour")
        << QStringLiteral("2026-10-01T00:00:00Z/2026-10-05T00:00:00Z") << QStringList() << QStringLiteral("2026-10-19")
        << 30 << 7 << QStringList{QStringLiteral("2026-10-19T00:00:00Z/2026-10-20T13:00:00Z")};
    QTest::newRow("since at the newest exportable end")
        << QString() << QStringList() << QStringLiteral("2026-10-20T13:00:00Z") << 30 << 7 << QStringList();
    QTest::newRow("since in the future") << QString() << QStringList() << QStringLiteral("2026-11-01") << 30 << 7
                                         << QStringList();
}

void TestSyncPlan::chunks()
{
    QFETCH(QString, extent);
    QFETCH(QStringList, gaps);
    QFETCH(QString, since);
    QFETCH(int, newClusterDays);
    QFETCH(int, chunkDays);
    QFETCH(QStringList, expected);

    SyncPlanInput input;
    input.now = QDateTime(QDate(2026, 10, 20), QTime(15, 37), QTimeZone::utc());
    if (!extent.isEmpty())
        input.extent = range(extent);
    for (const QString &gap : std::as_const(gaps))
        input.gaps.append(range(gap));
    if (!since.isEmpty())
        input.sinceMs = Time::parseIsoUtc(since).value();
    input.newClusterDays = newClusterDays;
    input.chunkDays = chunkDays;

    QStringList planned;
    for (const HourRange &chunk : planSync(input))
        planned.append(text(chunk));
    QCOMPARE(planned, expected);
}

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
