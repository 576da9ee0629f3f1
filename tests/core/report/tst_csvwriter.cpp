// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfixture.h"

#include <report/csvwriter.h>
#include <usage/hourparser.h>
#include <usage/hoursummary.h>
#include <usage/usagesnapshotbuilder.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace LicenseCore;

namespace {

UsageSnapshotPtr buildStore()
{
    return TestFixture::handSnapshot();
}

const QByteArray HourlyHeader =
    "hour_start_utc,environment_id,environment_name,hosts,host_units,fullstack_host_units,"
    "infrastructure_host_units,paas_host_units,visits,mobile_sessions,session_replays,"
    "mobile_session_replays,rum_user_properties,synthetic_browser_executions,synthetic_http_executions,"
    "dem_units_estimate,ddu_total,custom_metrics,log_storage_bytes,log_upload_bytes,trial,ddu_log,ddu_metrics\n";

QByteArray written(const UsageSnapshot &store, const EnvironmentNames &names, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Error error = CsvWriter::write(buffer, store, names, options);
    if (error.isError())
        qWarning("%s", qPrintable(error.message()));
    return buffer.data();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hourlyCsvIsCanonical()
    {
        const UsageSnapshotPtr store = buildStore();
        const EnvironmentNames names{{QStringLiteral("env-b"), QStringLiteral("Prod, EU \"main\"")}};
        // env-b 13:00: hosts 8 GiB full-stack (0.5) + 32 GiB infrastructure (0.3 x 2 = 0.6) = 1.1;
        //   DEM 0.25 x (10 + 2) + 0.75 x 1 + 1.0 x 3 + 0.1 x 10 = 3 + 0.75 + 3 + 1 = 7.75; DDU 1.5 + 0.25.
        // env-a 13:00: PaaS limited to 2 GiB: 0.25. env-a 14:00: one host active 3 minutes: not counted.
        // "1790863200000" is 2026-10-01T14:00:00Z.
        const QByteArray expected =
            HourlyHeader +
            "2026-10-01T13:00:00Z,env-a,,1,0.25,0,0,0.25,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n"
            "2026-10-01T13:00:00Z,env-b,\"Prod, EU \"\"main\"\"\",2,1.1,0.5,0.6,0,10,2,1,0,5,3,10,7.75,1.75,7,100,"
            "200,false,0.25,1.5\n"
            "2026-10-01T14:00:00Z,env-a,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n";
        QCOMPARE(written(*store, names, {}), expected);
    }

    void environmentFilter()
    {
        const UsageSnapshotPtr store = buildStore();
        CsvOptions options;
        options.environments = {QStringLiteral("env-a")};
        const QByteArray csv = written(*store, {}, options);
        QCOMPARE(csv.count('\n'), 3); // header and env-a's two hours
        QVERIFY(!csv.contains("env-b"));
    }

    void dailyRollUp()
    {
        const UsageSnapshotPtr store = buildStore();
        CsvOptions options;
        options.granularity = Granularity::Day;
        const QByteArray expected =
            "period_start_utc,environment_id,environment_name,hours_with_data,peak_hosts,host_unit_hours,"
            "peak_host_units,fullstack_host_unit_hours,infrastructure_host_unit_hours,paas_host_unit_hours,visits,"
            "mobile_sessions,session_replays,mobile_session_replays,rum_user_properties,synthetic_browser_executions,"
            "synthetic_http_executions,dem_units_estimate,ddu_total,custom_metrics,log_storage_bytes_peak,"
            "log_storage_bytes_avg,log_upload_bytes,trial,ddu_log,ddu_metrics\n"
            "2026-10-01T00:00:00Z,env-a,,2,1,0.25,0.25,0,0,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n"
            "2026-10-01T00:00:00Z,env-b,,1,2,1.1,1.1,0.5,0.6,0,10,2,1,0,5,3,10,7.75,1.75,7,100,100,200,false,0.25,1."
            "5\n";
        QCOMPARE(written(*store, {}, options), expected);
        options.granularity = Granularity::Month;
        // Both hours lie on the first day of the month, so the month row equals the day row.
        QCOMPARE(written(*store, {}, options), expected);
    }

    // Log storage is a level: a day or a month shows its highest and its average hourly level, never their sum;
    // uploads are a flow and add up. The hourly file keeps the one canonical column.
    void logStorageRollUp_data()
    {
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<QByteArray>("rows");

        // env-a stores 10, 30 and 7 bytes at 1 Oct 22:00, 23:00 and 2 Oct 00:00, and uploads 1, 2 and 4 bytes.
        QTest::newRow("hourly") << Granularity::Hour
                                << QByteArray("2026-10-01T22:00:00Z,env-a,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,1,false\n"
                                              "2026-10-01T23:00:00Z,env-a,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,30,2,false\n"
                                              "2026-10-02T00:00:00Z,env-a,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,4,false\n");
        // 1 Oct: peak 30, average (10 + 30) / 2 = 20, upload 1 + 2; 2 Oct: the single hour.
        QTest::newRow("daily") << Granularity::Day
                               << QByteArray(
                                      "2026-10-01T00:00:00Z,env-a,,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,30,20,3,false\n"
                                      "2026-10-02T00:00:00Z,env-a,,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,7,4,false\n");
        // October: peak 30, average 47 / 3 = 15.67, rounded to 16; upload 1 + 2 + 4.
        QTest::newRow("monthly")
            << Granularity::Month
            << QByteArray("2026-10-01T00:00:00Z,env-a,,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,30,16,7,false\n");
    }

    void logStorageRollUp()
    {
        QFETCH(Granularity, granularity);
        QFETCH(QByteArray, rows);

        constexpr qint64 Oct1st2200 = 1790892000000; // 2026-10-01T22:00:00Z
        constexpr qint64 Hour = 3600 * 1000;
        const qint64 storage[] = {10, 30, 7};
        const qint64 upload[] = {1, 2, 4};
        UsageSnapshotBuilder builder;
        for (int i = 0; i < 3; ++i) {
            HourSummary hour;
            hour.clusterUuid = QStringLiteral("cluster-1");
            hour.hourStartMs = Oct1st2200 + i * Hour;
            EnvironmentHourSummary environment;
            environment.environmentId = QStringLiteral("env-a");
            environment.usage.periodStartMs = hour.hourStartMs;
            environment.usage.hoursWithData = 1;
            environment.usage.setLogStorageLevel(storage[i]);
            environment.usage.logUploadBytes = upload[i];
            hour.environments.push_back(environment);
            builder.add(std::move(hour), QString::number(i));
        }
        const UsageSnapshotPtr store = builder.build();
        CsvOptions options;
        options.granularity = granularity;
        const QByteArray csv = written(*store, {}, options);
        const QByteArray header = CsvWriter::header(*store, granularity).join(QLatin1Char(',')).toUtf8() + '\n';
        QCOMPARE(csv, header + rows);
        if (granularity == Granularity::Hour) {
            QVERIFY(header.contains(",log_storage_bytes,log_upload_bytes,"));
        } else {
            QVERIFY(header.contains(",custom_metrics,log_storage_bytes_peak,log_storage_bytes_avg,log_upload_bytes,"));
        }
    }

    void poolColumn_data()
    {
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QString>("column");
        QTest::newRow("plain") << QStringLiteral("Metrics") << QStringLiteral("ddu_metrics");
        QTest::newRow("space") << QStringLiteral("Serverless Functions") << QStringLiteral("ddu_serverless_functions");
        QTest::newRow("punctuation") << QStringLiteral("Log-Ingest.v2") << QStringLiteral("ddu_log_ingest_v2");
        QTest::newRow("non-ascii") << QStringLiteral("Ü1") << QStringLiteral("ddu__1");
    }
    void poolColumn()
    {
        QFETCH(QString, pool);
        QFETCH(QString, column);
        QCOMPARE(CsvWriter::poolColumn(pool), column);
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Production") << QStringLiteral("Production");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("empty") << QString() << QString();
    }
    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::quoted(field), expected);
    }

    void poolColumnsStayUnique()
    {
        UsageSnapshotBuilder builder;
        Result<HourRecord> record = parseHourRecord(
            QByteArrayLiteral(R"({"timeFrameStart": 0, "environmentBillingEntries": [{"environmentUuid": "e",
                "davisDataUnits": [{"pool": "Log", "total": 1}, {"pool": "log", "total": 2}]}]})"),
            QStringLiteral("test"));
        QVERIFY(record.ok());
        builder.add(summarizeHour(std::move(record).value(), RuleSettings{}), QStringLiteral("test"));
        const QStringList header = CsvWriter::header(*builder.build(), Granularity::Hour);
        QCOMPARE(header.mid(header.size() - 2), (QStringList{QStringLiteral("ddu_log"), QStringLiteral("ddu_log_2")}));
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.csv"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old content\n");
        existing.close();

        const UsageSnapshotPtr store = buildStore();
        QVERIFY(!CsvWriter::save(path, *store, {}).isError());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("hour_start_utc,"));

        // A target whose folder does not exist fails cleanly and creates nothing.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/usage.csv"));
        const Error error = CsvWriter::save(missing, *store, {});
        QCOMPARE(error.code, ErrorCode::FileUnwritable);
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("usage.csv")});
    }

    void failedSaveKeepsTheOldFile()
    {
        // A save that fails half-way (the disk fills up) leaves the previous file as it was, byte for byte, and no
        // temporary file beside it. The failure is provoked with a file-size limit, which holds for root too: any
        // write past 64 bytes fails with EFBIG instead of raising SIGXFSZ, which is ignored meanwhile.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.csv"));
        const QByteArray old = QByteArrayLiteral("hour_start_utc,the previous export\r\n\x00\xff kept as it was\n");
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            QCOMPARE(existing.write(old), old.size());
        }
        const UsageSnapshotPtr store = buildStore();
        QVERIFY(written(*store, {}, {}).size() > 64); // the new content cannot fit under the limit

        rlimit previousLimit{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &previousLimit), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = previousLimit;
        limit.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
        const Error error = CsvWriter::save(path, *store, {});
        setrlimit(RLIMIT_FSIZE, &previousLimit);
        std::signal(SIGXFSZ, previousHandler);

        QCOMPARE(error.code, ErrorCode::FileUnwritable);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("usage.csv")});

        // The same save without the limit replaces the file: the failure above was the limit, nothing else.
        QVERIFY(!CsvWriter::save(path, *store, {}).isError());
        QVERIFY(kept.seek(0));
        QFile replaced(path);
        QVERIFY(replaced.open(QIODevice::ReadOnly));
        QCOMPARE(replaced.readAll(), written(*store, {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
