// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <usage/hourparser.h>
#include <usage/licenserules.h>

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>
#include <limits>
#include <thread>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace LicenseCore;

Q_DECLARE_METATYPE(LicenseCore::ErrorCode)

namespace LicenseCore {
// Readable codes in failure messages.
char *toString(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidJson:
        return qstrdup("InvalidJson");
    case ErrorCode::InvalidSchema:
        return qstrdup("InvalidSchema");
    default:
        return qstrdup(QByteArray::number(int(code)).constData());
    }
}
} // namespace LicenseCore

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 HourStart = 1790859600000; // 2026-10-01T13:00:00Z
const QString Source = QStringLiteral("billingRecords/hour-13.json");

Result<HourRecord> parse(const QByteArray &json)
{
    return parseHourRecord(json, Source);
}

QString describe(const Result<HourRecord> &result)
{
    return result.ok() ? QString() : result.error().detail;
}

// A file for 2026-10-01T13:00Z whose environmentBillingEntries are `entries`.
QByteArray withEntries(const QByteArray &entries)
{
    return QByteArray(R"({"clusterUuid":"c-1","timeFrameStart":1790859600000,"timeFrameEnd":1790863200000,)"
                      R"("environmentBillingEntries":)") +
           entries + QByteArray("}");
}

// A file with one environment "env-a" whose fields are `fields` (a JSON member list, may be empty).
QByteArray withEnvironment(const QByteArray &fields)
{
    QByteArray entry = R"({"environmentUuid":"env-a")";
    if (!fields.isEmpty())
        entry += ',' + fields;
    return withEntries('[' + entry + "}]");
}

// A file with one host in "env-a" whose fields are `fields`.
QByteArray withHost(const QByteArray &fields)
{
    return withEnvironment(R"("hostUsages":[{)" + fields + "}]");
}

qint64 dduOf(const EnvironmentHour &environment, const QString &pool)
{
    double total = 0.0;
    for (const DduPoolUsage &usage : environment.ddu) {
        if (usage.pool == pool)
            total += usage.total;
    }
    // Pool totals in these tests are multiples of 1/1000; compare them as integers.
    return qRound64(total * 1000.0);
}

} // namespace

class TestHourParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void osiId_data();
    void osiId();
    void timeFrame_data();
    void timeFrame();
    void rejected_data();
    void rejected();
    void deepNestingFailsQuickly_data();
    void deepNestingFailsQuickly();

    void integersWrittenAsDoubles();
    void nullWhereArraysExpected();
    void nullEnvironmentList();
    void missingOptionalFieldsAreZero();
    void unknownFieldsIgnored();
    void passMemoryLimit_data();
    void passMemoryLimit();
    void hostFlags_data();
    void hostFlags();
    void syntheticMonitors_data();
    void syntheticMonitors();
    void dduPools();
    void customMetricsSum();
    void environmentWithoutUuidSkipped();
    void sessionsLogsAndTrial();
    void agentActivityFromAllAgents();
    void agentRecordsRepeatedKeys_data();
    void agentRecordsRepeatedKeys();
    void severalEnvironmentsInOrder();

    void bufferWithoutSpareCapacity();
    void bufferWithPadding();
    void rawDataEndingAtAPageBoundary();
    void parsesConcurrently();
};

void TestHourParser::osiId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("entityId");

    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << min << QStringLiteral("HOST-8000000000000000");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << max << QStringLiteral("HOST-7FFFFFFFFFFFFFFF");
    // A double would read 9007199254740992.
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << qint64(9007199254740993)
                              << QStringLiteral("HOST-0020000000000001");
    QTest::newRow("-(2^53 + 1)") << QByteArray("-9007199254740993") << qint64(-9007199254740993)
                                 << QStringLiteral("HOST-FFDFFFFFFFFFFFFF");
    QTest::newRow("unsigned 2^64 - 1") << QByteArray("18446744073709551615") << qint64(-1)
                                       << QStringLiteral("HOST-FFFFFFFFFFFFFFFF");
    QTest::newRow("unsigned 2^63") << QByteArray("9223372036854775808") << min
                                   << QStringLiteral("HOST-8000000000000000");
    QTest::newRow("typical negative") << QByteArray("-1311768467463790320") << qint64(-1311768467463790320)
                                      << QStringLiteral("HOST-EDCBA98765432110");
    QTest::newRow("zero") << QByteArray("0") << qint64(0) << QStringLiteral("HOST-0000000000000000");
    QTest::newRow("written as 12.0") << QByteArray("12.0") << qint64(12) << QStringLiteral("HOST-000000000000000C");
    QTest::newRow("string int64 min") << QByteArray(R"("-9223372036854775808")") << min
                                      << QStringLiteral("HOST-8000000000000000");
    QTest::newRow("string int64 max") << QByteArray(R"("9223372036854775807")") << max
                                      << QStringLiteral("HOST-7FFFFFFFFFFFFFFF");
    QTest::newRow("string 2^53 + 1") << QByteArray(R"("9007199254740993")") << qint64(9007199254740993)
                                     << QStringLiteral("HOST-0020000000000001");
    QTest::newRow("string unsigned 2^64 - 1")
        << QByteArray(R"("18446744073709551615")") << qint64(-1) << QStringLiteral("HOST-FFFFFFFFFFFFFFFF");
    QTest::newRow("string -1") << QByteArray(R"("-1")") << qint64(-1) << QStringLiteral("HOST-FFFFFFFFFFFFFFFF");
}

void TestHourParser::osiId()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    QFETCH(QString, entityId);

    const Result<HourRecord> result = parse(withHost(R"("osiId":)" + json + R"(,"hostMemoryBytes":1024)"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HourRecord &record = result.value();
    QCOMPARE(record.environments.size(), size_t(1));
    QCOMPARE(record.environments[0].hosts.size(), size_t(1));
    const HostHour &host = record.environments[0].hosts[0];
    QCOMPARE(host.osiId, expected);
    QCOMPARE(Rules::hostEntityId(host.osiId), entityId);
    QCOMPARE(host.hostMemoryBytes, qint64(1024));
}

void TestHourParser::timeFrame_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("end"); // empty: the key is absent
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");

    const qint64 end = HourStart + Hour;
    QTest::newRow("numbers") << QByteArray("1790859600000") << QByteArray("1790863200000") << HourStart << end;
    QTest::newRow("number written as x.0")
        << QByteArray("1790859600000.0") << QByteArray("1790863200000.0") << HourStart << end;
    QTest::newRow("numeric strings") << QByteArray(R"("1790859600000")") << QByteArray(R"("1790863200000")")
                                     << HourStart << end;
    QTest::newRow("ISO Z") << QByteArray(R"("2026-10-01T13:00:00Z")") << QByteArray(R"("2026-10-01T14:00:00Z")")
                           << HourStart << end;
    QTest::newRow("ISO +02:00") << QByteArray(R"("2026-10-01T15:00:00+02:00")")
                                << QByteArray(R"("2026-10-01T16:00:00+02:00")") << HourStart << end;
    QTest::newRow("ISO with milliseconds") << QByteArray(R"("2026-10-01T13:00:00.000Z")")
                                           << QByteArray(R"("2026-10-01T14:00:00.000Z")") << HourStart << end;
    QTest::newRow("mixed forms") << QByteArray("1790859600000") << QByteArray(R"("2026-10-01T14:00:00Z")") << HourStart
                                 << end;
    QTest::newRow("end missing: start + 1 h") << QByteArray("1790859600000") << QByteArray() << HourStart << end;
    QTest::newRow("ISO start, end missing")
        << QByteArray(R"("2026-10-01T15:00:00+02:00")") << QByteArray() << HourStart << end;
}

void TestHourParser::timeFrame()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, end);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);

    QByteArray json = R"({"timeFrameStart":)" + start;
    if (!end.isEmpty())
        json += R"(,"timeFrameEnd":)" + end;
    json += R"(,"environmentBillingEntries":[]})";
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value().timeFrameStartMs, expectedStart);
    QCOMPARE(result.value().timeFrameEndMs, expectedEnd);
}

void TestHourParser::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("timeFrameStart missing")
        << QByteArray(R"({"environmentBillingEntries":[]})") << ErrorCode::InvalidSchema;
    QTest::newRow("empty object") << QByteArray("{}") << ErrorCode::InvalidSchema;
    QTest::newRow("timeFrameStart unparseable")
        << QByteArray(R"({"timeFrameStart":"yesterday"})") << ErrorCode::InvalidSchema;
    QTest::newRow("timeFrameStart empty string") << QByteArray(R"({"timeFrameStart":""})") << ErrorCode::InvalidSchema;
    QTest::newRow("timeFrameStart hour 25")
        << QByteArray(R"({"timeFrameStart":"2026-10-01T25:00:00Z"})") << ErrorCode::InvalidSchema;
    QTest::newRow("timeFrameStart null") << QByteArray(R"({"timeFrameStart":null})") << ErrorCode::InvalidSchema;
    QTest::newRow("timeFrameStart bool") << QByteArray(R"({"timeFrameStart":true})") << ErrorCode::InvalidSchema;
    QTest::newRow("timeFrameStart object") << QByteArray(R"({"timeFrameStart":{"ms":1}})") << ErrorCode::InvalidSchema;
    QTest::newRow("timeFrameStart fractional ms")
        << QByteArray(R"({"timeFrameStart":1.5})") << ErrorCode::InvalidSchema;
    QTest::newRow("root array") << QByteArray(R"([{"timeFrameStart":1790859600000}])") << ErrorCode::InvalidSchema;
    QTest::newRow("root string") << QByteArray(R"("timeFrameStart")") << ErrorCode::InvalidSchema;
    QTest::newRow("root number") << QByteArray("1790859600000") << ErrorCode::InvalidSchema;
    QTest::newRow("root null") << QByteArray("null") << ErrorCode::InvalidSchema;
    QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidJson;
    QTest::newRow("whitespace only") << QByteArray(" \n\t ") << ErrorCode::InvalidJson;
    QTest::newRow("not JSON") << QByteArray("this is not JSON") << ErrorCode::InvalidJson;
    QTest::newRow("HTML page") << QByteArray("<html><body>Login</body></html>") << ErrorCode::InvalidJson;
    QTest::newRow("ZIP magic") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << ErrorCode::InvalidJson;
    QTest::newRow("truncated") << QByteArray(R"({"timeFrameStart":1790859600000,"environmentBillingEntries":[)")
                               << ErrorCode::InvalidJson;
    QTest::newRow("trailing comma") << QByteArray(R"({"timeFrameStart":1790859600000,})") << ErrorCode::InvalidJson;
    QTest::newRow("two documents") << QByteArray(R"({"timeFrameStart":1790859600000} {})") << ErrorCode::InvalidJson;
}

void TestHourParser::rejected()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, expected);

    const Result<HourRecord> result = parse(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, expected);
    QCOMPARE(result.error().where, Source);
    QVERIFY(!result.error().detail.isEmpty());
}

void TestHourParser::deepNestingFailsQuickly_data()
{
    QTest::addColumn<QByteArray>("json");

    const int depth = 100000;
    const QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
    QTest::newRow("arrays at the root") << arrays;
    QTest::newRow("arrays inside a field")
        << QByteArray(QByteArray(R"({"timeFrameStart":1790859600000,"x":)") + arrays + '}');
    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += R"({"a":)";
    objects += '1' + QByteArray(depth, '}');
    QTest::newRow("objects") << objects;
}

void TestHourParser::deepNestingFailsQuickly()
{
    QFETCH(QByteArray, json);

    QElapsedTimer timer;
    timer.start();
    const Result<HourRecord> result = parse(json);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidJson);
    // A recursive parser would overflow the stack here; a bounded one fails in well under a second. The limit
    // is generous, for busy machines; the import benchmark is where speed is measured.
#ifdef LUE_SANITIZED
    constexpr qint64 Slowdown = 4; // AddressSanitizer and UBSan in a Debug build
#else
    constexpr qint64 Slowdown = 1;
#endif
    QVERIFY2(elapsed < 2000 * Slowdown, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void TestHourParser::integersWrittenAsDoubles()
{
    const QByteArray json = withEnvironment(
        R"("visits":12.0,"mobileSessions":3.0,"sessionReplays":2.0,"logStorageUsageBytes":1048576.0,)"
        R"("hostUsages":[{"osiId":7.0,"hostMemoryBytes":17179869184.0,"passMemoryLimit":0.0}],)"
        R"("syntheticBillingUsage":[{"monitorTypeId":1.0,"publicExecutions":4.0,"privateExecutions":1.0}],)"
        R"("customMetrics":[{"source":"a","total":5.0}])");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const EnvironmentHour &environment = result.value().environments.at(0);
    QCOMPARE(environment.visits, qint64(12));
    QCOMPARE(environment.mobileSessions, qint64(3));
    QCOMPARE(environment.sessionReplays, qint64(2));
    QCOMPARE(environment.logStorageBytes, qint64(1048576));
    QCOMPARE(environment.syntheticBrowserExecutions, qint64(5));
    QCOMPARE(environment.customMetrics, qint64(5));
    QCOMPARE(environment.hosts.size(), size_t(1));
    QCOMPARE(environment.hosts[0].osiId, qint64(7));
    QCOMPARE(environment.hosts[0].hostMemoryBytes, qint64(16) << 30);
    QCOMPARE(environment.hosts[0].paasMemoryLimitBytes, qint64(0));
}

void TestHourParser::nullWhereArraysExpected()
{
    const QByteArray json = withEntries(
        R"([{"environmentUuid":"env-a","visits":7,"hostUsages":null,"customMetrics":null,"davisDataUnits":null,)"
        R"("syntheticBillingUsage":null},)"
        R"({"environmentUuid":"env-b","visits":9,"hostUsages":[{"osiId":1,"agentUsages":null},)"
        R"({"osiId":2,"agentUsages":[{"agentId":1,"agentUsageRecords":null}]}]}])");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HourRecord &record = result.value();
    QCOMPARE(record.environments.size(), size_t(2));

    const EnvironmentHour &a = record.environments[0];
    QCOMPARE(a.environmentId, QStringLiteral("env-a"));
    QCOMPARE(a.visits, qint64(7)); // the fields around the nulls are still read
    QVERIFY(a.hosts.empty());
    QCOMPARE(a.customMetrics, qint64(0));
    QVERIFY(a.ddu.isEmpty());
    QCOMPARE(a.syntheticBrowserExecutions + a.syntheticHttpExecutions + a.syntheticUnknownExecutions, qint64(0));

    const EnvironmentHour &b = record.environments[1];
    QCOMPARE(b.visits, qint64(9));
    QCOMPARE(b.hosts.size(), size_t(2));
    QCOMPARE(b.hosts[0].osiId, qint64(1));
    QVERIFY(b.hosts[0].activity.empty());
    QCOMPARE(b.hosts[1].osiId, qint64(2));
    QVERIFY(b.hosts[1].activity.empty());
}

void TestHourParser::nullEnvironmentList()
{
    const Result<HourRecord> result = parse(R"({"timeFrameStart":1790859600000,"environmentBillingEntries":null})");
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.value().environments.empty());
    QCOMPARE(result.value().timeFrameStartMs, HourStart);
}

void TestHourParser::missingOptionalFieldsAreZero()
{
    const Result<HourRecord> result = parse(withHost(R"("osiId":42)"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HourRecord &record = result.value();
    QCOMPARE(record.environments.size(), size_t(1));
    const EnvironmentHour &environment = record.environments[0];
    QCOMPARE(environment.visits, qint64(0));
    QCOMPARE(environment.mobileSessions, qint64(0));
    QCOMPARE(environment.sessionReplays, qint64(0));
    QCOMPARE(environment.mobileSessionReplays, qint64(0));
    QCOMPARE(environment.rumUserProperties, qint64(0));
    QCOMPARE(environment.syntheticBrowserExecutions, qint64(0));
    QCOMPARE(environment.syntheticHttpExecutions, qint64(0));
    QCOMPARE(environment.syntheticUnknownExecutions, qint64(0));
    QVERIFY(environment.ddu.isEmpty());
    QCOMPARE(environment.customMetrics, qint64(0));
    QCOMPARE(environment.logStorageBytes, qint64(0));
    QCOMPARE(environment.logUploadBytes, qint64(0));
    QCOMPARE(environment.trial, false);
    QCOMPARE(environment.hosts.size(), size_t(1));
    const HostHour &host = environment.hosts[0];
    QCOMPARE(host.osiId, qint64(42));
    QCOMPARE(host.paas, false);
    QCOMPARE(host.infrastructureOnly, false);
    QCOMPARE(host.hostMemoryBytes, qint64(0));
    QCOMPARE(host.paasMemoryLimitBytes, qint64(0));
    QVERIFY(host.activity.empty());

    // Without the clusterUuid and environments, a file with only its start is still an hour.
    const Result<HourRecord> bare = parse(R"({"timeFrameStart":1790859600000})");
    QVERIFY2(bare.ok(), qPrintable(describe(bare)));
    QVERIFY(bare.value().clusterUuid.isEmpty());
    QVERIFY(bare.value().environments.empty());
    QCOMPARE(bare.value().timeFrameEndMs, HourStart + Hour);
}

void TestHourParser::unknownFieldsIgnored()
{
    // Deprecated and unknown fields, some of them with the names of known fields nested inside.
    const QByteArray json = R"({"futureRootField":{"timeFrameStart":"yesterday","visits":999},)"
                            R"("timeFrameStart":1790859600000,"clusterUuid":"c-1","exportVersion":[1,2,3],)"
                            R"("environmentBillingEntries":[{"environmentUuid":"env-a","visits":5,)"
                            R"("newProblems":17,"downloads":{"visits":1000},"syntheticUsages":[{"visits":1}],)"
                            R"("futureCounter":12345678901234567890,"flags":[true,null,{"x":[]}],)"
                            R"("hostUsages":[{"osiId":3,"hostName":null,"hostCategory":"STANDARD",)"
                            R"("vendorTypeId":null,"premiumLogAnalytics":true,"hasContainers":true,)"
                            R"("hostMemoryBytes":2048,"somethingNew":{"hostMemoryBytes":1},)"
                            R"("agentUsages":[{"agentId":9,"agentTypeId":1,"networkTraffic":null,"extra":"x",)"
                            R"("agentUsageRecords":[{"startTime":1790859600000,"endTime":1790860200000,)"
                            R"("extra":false}]}]}]}]})";
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HourRecord &record = result.value();
    QCOMPARE(record.timeFrameStartMs, HourStart);
    QCOMPARE(record.clusterUuid, QStringLiteral("c-1"));
    QCOMPARE(record.environments.size(), size_t(1));
    const EnvironmentHour &environment = record.environments[0];
    QCOMPARE(environment.visits, qint64(5));
    QCOMPARE(environment.hosts.size(), size_t(1));
    QCOMPARE(environment.hosts[0].osiId, qint64(3));
    QCOMPARE(environment.hosts[0].hostMemoryBytes, qint64(2048));
    QCOMPARE(environment.hosts[0].activity.size(), size_t(1));
    QCOMPARE(environment.hosts[0].activity[0].startMs, HourStart);
    QCOMPARE(environment.hosts[0].activity[0].endMs, HourStart + 10 * 60 * 1000);
}

void TestHourParser::passMemoryLimit_data()
{
    QTest::addColumn<QByteArray>("field"); // empty: the key is absent
    QTest::addColumn<qint64>("expected");

    QTest::newRow("absent") << QByteArray() << qint64(0);
    QTest::newRow("null") << QByteArray(R"("passMemoryLimit":null)") << qint64(0);
    QTest::newRow("zero") << QByteArray(R"("passMemoryLimit":0)") << qint64(0);
    QTest::newRow("2 GiB") << QByteArray(R"("passMemoryLimit":2147483648)") << qint64(2147483648);
}

void TestHourParser::passMemoryLimit()
{
    QFETCH(QByteArray, field);
    QFETCH(qint64, expected);

    QByteArray fields = R"("osiId":1,"paas":true,"hostMemoryBytes":68719476736)";
    if (!field.isEmpty())
        fields += ',' + field;
    const Result<HourRecord> result = parse(withHost(fields));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HostHour &host = result.value().environments.at(0).hosts.at(0);
    QVERIFY(host.paas);
    QCOMPARE(host.paasMemoryLimitBytes, expected);
    QCOMPARE(host.hostMemoryBytes, qint64(68719476736));
}

void TestHourParser::hostFlags_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<bool>("paas");
    QTest::addColumn<bool>("infrastructureOnly");

    QTest::newRow("full-stack") << QByteArray(R"("paas":false,"infrastructureOnly":false)") << false << false;
    QTest::newRow("infrastructure") << QByteArray(R"("paas":false,"infrastructureOnly":true)") << false << true;
    QTest::newRow("paas") << QByteArray(R"("paas":true,"infrastructureOnly":false)") << true << false;
    QTest::newRow("both") << QByteArray(R"("paas":true,"infrastructureOnly":true)") << true << true;
    QTest::newRow("nulls") << QByteArray(R"("paas":null,"infrastructureOnly":null)") << false << false;
}

void TestHourParser::hostFlags()
{
    QFETCH(QByteArray, fields);
    QFETCH(bool, paas);
    QFETCH(bool, infrastructureOnly);

    const Result<HourRecord> result = parse(withHost(R"("osiId":1,)" + fields));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HostHour &host = result.value().environments.at(0).hosts.at(0);
    QCOMPARE(host.paas, paas);
    QCOMPARE(host.infrastructureOnly, infrastructureOnly);
}

void TestHourParser::syntheticMonitors_data()
{
    QTest::addColumn<QByteArray>("monitors");
    QTest::addColumn<qint64>("browser");
    QTest::addColumn<qint64>("http");
    QTest::addColumn<qint64>("unknown");
    QTest::addColumn<bool>("warns");

    QTest::newRow("browser: 3 + 4") << QByteArray(R"([{"monitorTypeId":1,"publicExecutions":3,"privateExecutions":4}])")
                                    << qint64(7) << qint64(0) << qint64(0) << false;
    QTest::newRow("http: 10 + 0") << QByteArray(R"([{"monitorTypeId":2,"publicExecutions":10,"privateExecutions":0}])")
                                  << qint64(0) << qint64(10) << qint64(0) << false;
    // Two browser tests (2 + 1, 5 + 0) and two HTTP tests (20 + 30, 0 + 7).
    QTest::newRow("several of each")
        << QByteArray(R"([{"monitorTypeId":1,"testId":1,"publicExecutions":2,"privateExecutions":1},)"
                      R"({"monitorTypeId":2,"testId":2,"publicExecutions":20,"privateExecutions":30},)"
                      R"({"monitorTypeId":1,"testId":3,"publicExecutions":5},)"
                      R"({"monitorTypeId":2,"testId":4,"privateExecutions":7}])")
        << qint64(8) << qint64(57) << qint64(0) << false;
    QTest::newRow("type 3: unknown") << QByteArray(R"([{"monitorTypeId":3,"publicExecutions":6,"privateExecutions":1},)"
                                                   R"({"monitorTypeId":1,"publicExecutions":1}])")
                                     << qint64(1) << qint64(0) << qint64(7) << true;
    QTest::newRow("type missing: unknown")
        << QByteArray(R"([{"publicExecutions":6}])") << qint64(0) << qint64(0) << qint64(6) << true;
    QTest::newRow("empty") << QByteArray("[]") << qint64(0) << qint64(0) << qint64(0) << false;
}

void TestHourParser::syntheticMonitors()
{
    QFETCH(QByteArray, monitors);
    QFETCH(qint64, browser);
    QFETCH(qint64, http);
    QFETCH(qint64, unknown);
    QFETCH(bool, warns);

    const Result<HourRecord> result = parse(withEnvironment(R"("syntheticBillingUsage":)" + monitors));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const EnvironmentHour &environment = result.value().environments.at(0);
    QCOMPARE(environment.syntheticBrowserExecutions, browser);
    QCOMPARE(environment.syntheticHttpExecutions, http);
    QCOMPARE(environment.syntheticUnknownExecutions, unknown);
    QCOMPARE(!result.value().warnings.isEmpty(), warns);
    // Unknown executions never reach the DEM estimate: 1.0 x browser + 0.1 x http.
    QCOMPARE(Rules::demUnits(environment, RuleSettings()), double(browser) + 0.1 * double(http));
}

void TestHourParser::dduPools()
{
    const QByteArray json = withEnvironment(R"("davisDataUnits":[{"pool":"Metrics","total":1.25},)"
                                            R"({"pool":"Log","total":0.005},{"pool":"Metrics","total":2},)"
                                            R"({"pool":"Serverless","total":0},{"pool":"Traces","total":1e-3}])");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const EnvironmentHour &environment = result.value().environments.at(0);
    QCOMPARE(dduOf(environment, QStringLiteral("Metrics")), qint64(3250)); // 1.25 + 2
    QCOMPARE(dduOf(environment, QStringLiteral("Log")), qint64(5));
    QCOMPARE(dduOf(environment, QStringLiteral("Traces")), qint64(1));
    QCOMPARE(dduOf(environment, QStringLiteral("Serverless")), qint64(0));
    double total = 0.0;
    for (const DduPoolUsage &usage : environment.ddu)
        total += usage.total;
    QCOMPARE(qRound64(total * 1000.0), qint64(3256)); // 1.25 + 0.005 + 2 + 0 + 0.001
}

void TestHourParser::customMetricsSum()
{
    const QByteArray json = withEnvironment(R"("customMetrics":[{"source":"a","total":10},{"source":"b","total":32},)"
                                            R"({"source":"c","total":0},{"source":"d","total":100}])");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value().environments.at(0).customMetrics, qint64(142)); // 10 + 32 + 0 + 100
}

void TestHourParser::environmentWithoutUuidSkipped()
{
    const QByteArray json = withEntries(R"([{"visits":100,"hostUsages":[{"osiId":1}]},)"
                                        R"({"environmentUuid":"env-b","visits":3}])");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HourRecord &record = result.value();
    QCOMPARE(record.environments.size(), size_t(1));
    QCOMPARE(record.environments[0].environmentId, QStringLiteral("env-b"));
    QCOMPARE(record.environments[0].visits, qint64(3));
    QCOMPARE(record.warnings.size(), 1);
    QVERIFY2(record.warnings.first().contains(QLatin1String("environmentUuid")), qPrintable(record.warnings.first()));
}

void TestHourParser::sessionsLogsAndTrial()
{
    const QByteArray json = withEnvironment(
        R"("visits":100,"mobileSessions":20,"sessionReplays":10,"mobileSessionReplays":2,)"
        R"("totalRUMUserPropertiesUsed":25,"logStorageUsageBytes":5000000000,"logUploadVolumeBytes":123,)"
        R"("trial":true,"internalUse":false,"highAvailabilityCluster":true)");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HourRecord &record = result.value();
    QCOMPARE(record.clusterUuid, QStringLiteral("c-1"));
    QVERIFY(record.warnings.isEmpty());
    const EnvironmentHour &environment = record.environments.at(0);
    QCOMPARE(environment.environmentId, QStringLiteral("env-a"));
    QCOMPARE(environment.visits, qint64(100));
    QCOMPARE(environment.mobileSessions, qint64(20));
    QCOMPARE(environment.sessionReplays, qint64(10));
    QCOMPARE(environment.mobileSessionReplays, qint64(2));
    QCOMPARE(environment.rumUserProperties, qint64(25));
    QCOMPARE(environment.logStorageBytes, qint64(5000000000)); // beyond 32 bits
    QCOMPARE(environment.logUploadBytes, qint64(123));
    QVERIFY(environment.trial);
}

void TestHourParser::agentActivityFromAllAgents()
{
    // Agent 1: [13:00, 13:02) and [13:30, 13:31) as numbers; agent 2: [13:10, 13:13) as ISO strings.
    const QByteArray json = withHost(
        R"("osiId":5,"agentUsages":[)"
        R"({"agentId":1,"agentTypeId":1,"agentUsageRecords":[{"startTime":1790859600000,"endTime":1790859720000},)"
        R"({"startTime":1790861400000,"endTime":1790861460000}]},)"
        R"({"agentId":2,"agentTypeId":2,"agentUsageRecords":[{"startTime":"2026-10-01T13:10:00Z",)"
        R"("endTime":"2026-10-01T13:13:00Z"}]}])");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto &parsed = result.value().environments.at(0).hosts.at(0).activity;
    std::vector<ActivityInterval> activity(parsed.cbegin(), parsed.cend());
    QCOMPARE(activity.size(), size_t(3));
    std::sort(activity.begin(), activity.end(),
              [](const ActivityInterval &a, const ActivityInterval &b) { return a.startMs < b.startMs; });
    const qint64 minute = 60 * 1000;
    QCOMPARE(activity[0].startMs, HourStart);
    QCOMPARE(activity[0].endMs, HourStart + 2 * minute);
    QCOMPARE(activity[1].startMs, HourStart + 10 * minute);
    QCOMPARE(activity[1].endMs, HourStart + 13 * minute);
    QCOMPARE(activity[2].startMs, HourStart + 30 * minute);
    QCOMPARE(activity[2].endMs, HourStart + 31 * minute);
    // 2 + 3 + 1 = 6 minutes in all: the host counts only because the agents are taken together.
    QVERIFY(Rules::isCounted(activity, HourStart, HourStart + Hour, RuleSettings()));
}

void TestHourParser::agentRecordsRepeatedKeys_data()
{
    QTest::addColumn<QByteArray>("agent");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<int>("records");

    const qint64 minute = 60 * 1000;
    // A key that appears twice counts where it first appears; what follows is only checked.
    QTest::newRow("startTime twice: the first")
        << QByteArray(R"({"agentUsageRecords":[{"startTime":1790859600000,"startTime":1790861400000,)"
                      R"("endTime":1790859720000}]})")
        << HourStart << HourStart + 2 * minute << 1;
    QTest::newRow("endTime twice: the first")
        << QByteArray(R"({"agentUsageRecords":[{"endTime":1790859720000,"startTime":1790859600000,)"
                      R"("endTime":1790863200000}]})")
        << HourStart << HourStart + 2 * minute << 1;
    QTest::newRow("agentUsageRecords twice: the first")
        << QByteArray(R"({"agentUsageRecords":[{"startTime":1790859600000,"endTime":1790859720000}],)"
                      R"("agentUsageRecords":[{"startTime":1790861400000,"endTime":1790863200000}]})")
        << HourStart << HourStart + 2 * minute << 1;
    QTest::newRow("agentUsageRecords first not a list: none")
        << QByteArray(R"({"agentUsageRecords":null,)"
                      R"("agentUsageRecords":[{"startTime":1790861400000,"endTime":1790863200000}]})")
        << qint64(0) << qint64(0) << 0;
    QTest::newRow("endTime missing: no record")
        << QByteArray(R"({"agentUsageRecords":[{"startTime":1790859600000,"end":1790859720000}]})") << qint64(0)
        << qint64(0) << 0;
}

void TestHourParser::agentRecordsRepeatedKeys()
{
    QFETCH(QByteArray, agent);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(int, records);

    const Result<HourRecord> result = parse(withHost(R"("osiId":5,"agentUsages":[)" + agent + ']'));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HostHour &host = result.value().environments.at(0).hosts.at(0);
    QCOMPARE(int(host.activity.size()), records);
    if (records > 0) {
        QCOMPARE(host.activity.front().startMs, startMs);
        QCOMPARE(host.activity.front().endMs, endMs);
    }
    QVERIFY(result.value().warnings.isEmpty());
}

void TestHourParser::severalEnvironmentsInOrder()
{
    const QByteArray json = withEntries(R"([{"environmentUuid":"env-z","visits":1},)"
                                        R"({"environmentUuid":"env-a","visits":2},{"environmentUuid":"env-m"}])");
    const Result<HourRecord> result = parse(json);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const HourRecord &record = result.value();
    QCOMPARE(record.environments.size(), size_t(3));
    QCOMPARE(record.environments[0].environmentId, QStringLiteral("env-z"));
    QCOMPARE(record.environments[0].visits, qint64(1));
    QCOMPARE(record.environments[1].environmentId, QStringLiteral("env-a"));
    QCOMPARE(record.environments[1].visits, qint64(2));
    QCOMPARE(record.environments[2].environmentId, QStringLiteral("env-m"));
}

void TestHourParser::bufferWithoutSpareCapacity()
{
    QByteArray data = withHost(R"("osiId":9007199254740993,"hostMemoryBytes":17179869185)");
    data.squeeze();
    QCOMPARE(data.capacity(), data.size());
    const Result<HourRecord> result = parse(data);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value().timeFrameStartMs, HourStart);
    QCOMPARE(result.value().environments.at(0).hosts.at(0).osiId, qint64(9007199254740993));
    QCOMPARE(result.value().environments.at(0).hosts.at(0).hostMemoryBytes, qint64(17179869185));
}

void TestHourParser::bufferWithPadding()
{
    QByteArray data = withHost(R"("osiId":9007199254740993,"hostMemoryBytes":17179869185)");
    const qsizetype size = data.size();
    // Fill the spare room with text that would change the result if it were taken as part of the file.
    data.resize(size + 64);
    std::memset(data.data() + size, '9', 64);
    data.resize(size);
    QVERIFY(data.capacity() - data.size() >= 64);
    const Result<HourRecord> result = parse(data);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value().timeFrameStartMs, HourStart);
    QCOMPARE(result.value().environments.at(0).hosts.at(0).osiId, qint64(9007199254740993));
    QCOMPARE(result.value().environments.at(0).hosts.at(0).hostMemoryBytes, qint64(17179869185));
    QCOMPARE(data.size(), size);
}

void TestHourParser::rawDataEndingAtAPageBoundary()
{
#if !defined(Q_OS_LINUX)
    QSKIP("needs mmap, mprotect and fork");
#else
    // A QByteArray over raw data has no capacity of its own (capacity() is 0), so the parser must copy it.
    // The text ends exactly where an unreadable page begins: reading past its end faults. The parse runs
    // in a child process so that a fault is reported as a failure of this test instead of ending the run.
    const QByteArray json = R"({"environmentBillingEntries":[],"timeFrameStart":"2026-10-01T13:00:00Z"})";
    const long page = sysconf(_SC_PAGESIZE);
    QVERIFY(page >= json.size());
    void *mapping = mmap(nullptr, size_t(2 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(mapping != MAP_FAILED);
    char *base = static_cast<char *>(mapping);
    QCOMPARE(mprotect(base + page, size_t(page), PROT_NONE), 0);
    char *text = base + page - json.size();
    std::memcpy(text, json.constData(), size_t(json.size()));
    const QByteArray data = QByteArray::fromRawData(text, json.size());
    QCOMPARE(data.capacity(), qsizetype(0));

    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // Die quietly on a fault instead of running the test framework's crash handler a second time.
        for (int signalNumber : {SIGSEGV, SIGBUS, SIGABRT})
            std::signal(signalNumber, SIG_DFL);
        const Result<HourRecord> result = parseHourRecord(data, Source);
        _exit(result.ok() && result.value().timeFrameStartMs == HourStart ? 0 : 1);
    }
    int status = 0;
    const pid_t waited = waitpid(child, &status, 0);
    munmap(mapping, size_t(2 * page));
    QCOMPARE(waited, child);
    QVERIFY2(!WIFSIGNALED(status),
             qPrintable(QStringLiteral("the parser read past the end of the data (signal %1)").arg(WTERMSIG(status))));
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
#endif
}

void TestHourParser::parsesConcurrently()
{
    // Each thread parses its own files; results must never mix between threads.
    constexpr int threadCount = 4;
    constexpr int rounds = 200;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    threads.reserve(threadCount);
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([t, &failures] {
            const QByteArray json = withEnvironment(QByteArray(R"("visits":)") + QByteArray::number(t * 1000) +
                                                    R"(,"hostUsages":[{"osiId":)" + QByteArray::number(-t - 1) + "}]");
            for (int i = 0; i < rounds; ++i) {
                const Result<HourRecord> result = parseHourRecord(json, Source);
                if (!result.ok() || result.value().environments.size() != 1 ||
                    result.value().environments[0].visits != t * 1000 ||
                    result.value().environments[0].hosts.size() != 1 ||
                    result.value().environments[0].hosts[0].osiId != -t - 1)
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestHourParser)
#include "tst_hourparser.moc"
