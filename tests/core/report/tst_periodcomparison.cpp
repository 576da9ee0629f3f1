// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answersfixture.h"

#include <common/numberformat.h>
#include <report/periodcomparison.h>

#include <QBuffer>
#include <QTest>

using namespace LicenseCore;
using namespace AnswersFixture;

class TestPeriodComparison : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    ComparisonResult m_result;

    const ComparisonRow *find(const QString &environment, const QString &metric) const
    {
        for (const ComparisonRow &row : m_result.rows) {
            if (row.environmentId == environment && row.metric == metric)
                return &row;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->add(twoPeriods()));
        m_result = PeriodComparison::compute(*m_store->snapshot(HourRange{H0, H0 + 4 * H}),
                                             *m_store->snapshot(HourRange{H0 + 4 * H, H0 + 8 * H}));
    }

    void everyFigure_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("expected"); // "before after change percent"
        // env-a: 1.5 x 4 = 6 and 2 x 4 = 8 host-unit hours; DEM 0.25 x 4 visits x 4 hours = 4, then 0.25 x 8 x 4 = 8;
        // DDUs 0.5 x 4 = 2, then 4; sessions (visits) 16, then 32; upload 100 x 4 = 400, then 800; log storage is
        // a level: peak 4000 and average (1000 + 2000 + 3000 + 4000) / 4 = 2500 before, 5000 and 5000 after.
        QTest::newRow("a hours") << "env-a"
                                 << "host_unit_hours"
                                 << "6 8 2 33.333333";
        QTest::newRow("a peak") << "env-a"
                                << "peak_host_units"
                                << "1.5 2 0.5 33.333333";
        QTest::newRow("a dem") << "env-a"
                               << "dem_units"
                               << "4 8 4 100";
        QTest::newRow("a ddu") << "env-a"
                               << "ddu_total"
                               << "2 4 2 100";
        QTest::newRow("a ddu pool") << "env-a"
                                    << "ddu_metrics"
                                    << "2 4 2 100";
        QTest::newRow("a sessions") << "env-a"
                                    << "sessions"
                                    << "16 32 16 100";
        QTest::newRow("a upload") << "env-a"
                                  << "log_upload_bytes"
                                  << "400 800 400 100";
        QTest::newRow("a storage peak") << "env-a"
                                        << "log_storage_peak_bytes"
                                        << "4000 5000 1000 25";
        QTest::newRow("a storage average") << "env-a"
                                           << "log_storage_average_bytes"
                                           << "2500 5000 2500 100";
        // env-b: 2.25 x 3 + 2 (hour 1, host 104 not counted) = 8.75, then 1.1 x 4 = 4.4: -4.35, -49.714286 %;
        // peak 2.25, then 1.1; DEM 0.25 x 40 = 10 in both; no DDUs: no relative change from nothing.
        QTest::newRow("b hours") << "env-b"
                                 << "host_unit_hours"
                                 << "8.75 4.4 -4.35 -49.714286";
        QTest::newRow("b peak") << "env-b"
                                << "peak_host_units"
                                << "2.25 1.1 -1.15 -51.111111";
        QTest::newRow("b dem") << "env-b"
                               << "dem_units"
                               << "10 10 0 0";
        QTest::newRow("b ddu") << "env-b"
                               << "ddu_total"
                               << "0 0 0 -";
        QTest::newRow("b storage peak") << "env-b"
                                        << "log_storage_peak_bytes"
                                        << "1000 1000 0 0";
        // All together: 14.75 and 12.4 host-unit hours; peak of the busiest hour 3.75, then 3.1; log storage per
        // hour 2000, 3000, 4000, 5000 (peak 5000, average 3500), then 6000.
        QTest::newRow("total hours") << "total"
                                     << "host_unit_hours"
                                     << "14.75 12.4 -2.35 -15.932203";
        QTest::newRow("total peak") << "total"
                                    << "peak_host_units"
                                    << "3.75 3.1 -0.65 -17.333333";
        QTest::newRow("total dem") << "total"
                                   << "dem_units"
                                   << "14 18 4 28.571429";
        QTest::newRow("total sessions") << "total"
                                        << "sessions"
                                        << "56 72 16 28.571429";
        QTest::newRow("total storage peak") << "total"
                                            << "log_storage_peak_bytes"
                                            << "5000 6000 1000 20";
        QTest::newRow("total storage average") << "total"
                                               << "log_storage_average_bytes"
                                               << "3500 6000 2500 71.428571";
    }

    void everyFigure()
    {
        QFETCH(QString, environment);
        QFETCH(QString, metric);
        QFETCH(QString, expected);
        const ComparisonRow *row = find(environment, metric);
        QVERIFY(row);
        const std::optional<double> percent = row->changePercent();
        QCOMPARE(QStringLiteral("%1 %2 %3 %4")
                     .arg(formatDecimal(row->before), formatDecimal(row->after), formatDecimal(row->change()),
                          percent ? formatDecimal(*percent) : QStringLiteral("-")),
                 expected);
    }

    void rowsComeInAFixedOrder()
    {
        const QStringList metrics = {QStringLiteral("host_unit_hours"),
                                     QStringLiteral("peak_host_units"),
                                     QStringLiteral("dem_units"),
                                     QStringLiteral("ddu_total"),
                                     QStringLiteral("ddu_metrics"),
                                     QStringLiteral("sessions"),
                                     QStringLiteral("log_upload_bytes"),
                                     QStringLiteral("log_storage_peak_bytes"),
                                     QStringLiteral("log_storage_average_bytes")};
        QCOMPARE(m_result.metrics, metrics);
        QCOMPARE(m_result.rows.size(), size_t(3 * metrics.size()));
        QCOMPARE(m_result.rows.front().environmentId, QStringLiteral("env-a"));
        QCOMPARE(m_result.rows.back().environmentId, PeriodComparison::TotalId);
        QCOMPARE(m_result.hoursBefore, 4);
        QCOMPARE(m_result.hoursAfter, 4);
    }

    void csvHasTheDocumentedColumns()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!PeriodComparison::write(buffer, m_result, {{QStringLiteral("env-a"), QStringLiteral("Prod, EU")}})
                     .isError());
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 1 + 27 + 1); // the header, the rows, and the empty string after the last "\n"
        QCOMPARE(lines.at(0), QByteArray("environment_id,environment_name,metric,before,after,change,change_percent"));
        QCOMPARE(lines.at(1), QByteArray("env-a,\"Prod, EU\",host_unit_hours,6,8,2,33.333333"));
        QCOMPARE(lines.at(13), QByteArray("env-b,,ddu_total,0,0,0,"));
        QCOMPARE(lines.at(27), QByteArray("total,,log_storage_average_bytes,3500,6000,2500,71.428571"));
    }
};

QTEST_GUILESS_MAIN(TestPeriodComparison)
#include "tst_periodcomparison.moc"
