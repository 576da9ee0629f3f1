// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <report/chargebackcalculator.h>
#include <report/chargebackcsv.h>
#include <usage/hoursummary.h>
#include <usage/usagesnapshotbuilder.h>

#include <QBuffer>
#include <QTest>

using namespace LicenseCore;

namespace {

// One environment-hour of usage, as a snapshot of the history would hold it.
struct Usage
{
    QString hour; // ISO 8601, UTC
    QString environment;
    qint64 hostUnitsMilli = 0;
    double demUnits = 0;
    double dduLog = 0;
    double dduMetrics = 0;
    qint64 logUploadBytes = 0;
};

// `hours` repeats each usage hour after hour: {"2025-01-31T00:00:00Z", "A", 1000} with count 48 is two days.
struct Repeated
{
    Usage usage;
    int count = 1;
};

UsageSnapshotPtr snapshotOf(const QList<Repeated> &usages, HourRange period)
{
    QMap<qint64, HourSummary> hours;
    for (const Repeated &repeated : usages) {
        const qint64 first = *Time::parseIsoUtc(repeated.usage.hour);
        for (int i = 0; i < repeated.count; ++i) {
            HourSummary &summary = hours[first + i * Time::HourMs];
            summary.clusterUuid = QStringLiteral("cluster-1");
            summary.hourStartMs = first + i * Time::HourMs;
            EnvironmentHourSummary environment;
            environment.environmentId = repeated.usage.environment;
            environment.usage.hoursWithData = 1;
            environment.usage.hostUnitHoursMilli = repeated.usage.hostUnitsMilli;
            environment.usage.demUnits = repeated.usage.demUnits;
            environment.usage.dduTotal = repeated.usage.dduLog + repeated.usage.dduMetrics;
            environment.usage.logUploadBytes = repeated.usage.logUploadBytes;
            if (repeated.usage.dduLog > 0)
                environment.ddu.append({QStringLiteral("Log"), repeated.usage.dduLog});
            if (repeated.usage.dduMetrics > 0)
                environment.ddu.append({QStringLiteral("Metrics"), repeated.usage.dduMetrics});
            summary.environments.push_back(environment);
        }
    }
    UsageSnapshotBuilder builder;
    builder.setExpectedRange(period);
    for (HourSummary &summary : hours)
        builder.add(std::move(summary), QStringLiteral("test"));
    return builder.build();
}

HourRange periodOf(const QString &from, const QString &to)
{
    return {*Time::parseIsoUtc(from), *Time::parseIsoUtc(to)};
}

RateCard card(const QByteArray &json)
{
    Result<RateCard> parsed = RateCard::parse(json);
    if (!parsed)
        qFatal("test rate card: %s", qPrintable(parsed.error().message()));
    return parsed.value();
}

using Tags = QHash<QString, QStringList>;

const QByteArray OneVersion = R"({"currency": "EUR", "rates": [{"from": "2025-01", "hostUnitHour": 0.05,
    "demUnit": 0.02, "ddu": 0.001, "dduPools": {"Log": 0.002}, "logUploadGiB": 0.10, "environmentMonthly": 0}]})";

// The CSV rows without the header and without the last three columns (name, source, version are checked apart).
QStringList rowsOf(const ChargebackStatement &statement)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (ChargebackCsv::write(buffer, statement).isError())
        return {};
    QStringList rows = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    rows.removeFirst();
    for (QString &row : rows)
        row = row.section(QLatin1Char(','), 0, 6);
    return rows;
}

} // namespace

class TestChargebackCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statements_data();
    void statements();
    void environmentMonthsProrated();
    void sumsEqualClusterTotals();
    void costCentresOwingNothingAreListed();
    void errors_data();
    void errors();
};

void TestChargebackCalculator::statements_data()
{
    QTest::addColumn<QList<Repeated>>("usages");
    QTest::addColumn<HourRange>("period");
    QTest::addColumn<QByteArray>("rates");
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QList<ManualCostCentre>>("manual");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<qint64>("totalMinor");
    QTest::addColumn<QStringList>("versions");

    const Tags noTags;
    // 0.1 host-unit hours at 0.05 EUR is 0.5 cent each: rounded per line that is 1 + 1 + 1 = 3 cents, while the
    // cluster's 0.3 host-unit hours cost 1.5 cents, 2 rounded. The two remainders go to A and B (a tie: by id).
    QTest::newRow("rounding: largest remainder, not per-line rounding")
        << QList<Repeated>{{{QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("A"), 100}},
                           {{QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("B"), 100}},
                           {{QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("C"), 100}}}
        << periodOf(QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2025-01-10T01:00:00Z")) << OneVersion
        << noTags << QList<ManualCostCentre>{}
        << QStringList{QStringLiteral("Unallocated,A,host_unit_hours,0.1,0.05,0.01,EUR"),
                       QStringLiteral("Unallocated,B,host_unit_hours,0.1,0.05,0.01,EUR"),
                       QStringLiteral("Unallocated,C,host_unit_hours,0.1,0.05,0.00,EUR")}
        << qint64(2) << QStringList{QStringLiteral("2025-01")};

    // 0.3, 0.3 and 0.4 cents: floors 0, 0, 0; the total of 1 cent goes to the largest remainder, C's.
    QTest::newRow("rounding: the largest remainder wins")
        << QList<Repeated>{{{QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("A"), 60}},
                           {{QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("B"), 60}},
                           {{QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("C"), 80}}}
        << periodOf(QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2025-01-10T01:00:00Z")) << OneVersion
        << noTags << QList<ManualCostCentre>{}
        << QStringList{QStringLiteral("Unallocated,A,host_unit_hours,0.06,0.05,0.00,EUR"),
                       QStringLiteral("Unallocated,B,host_unit_hours,0.06,0.05,0.00,EUR"),
                       QStringLiteral("Unallocated,C,host_unit_hours,0.08,0.05,0.01,EUR")}
        << qint64(1) << QStringList{QStringLiteral("2025-01")};

    // 31 January and 1 February, one host unit each hour: 24 × 0.05 = 1.20 and 24 × 0.10 = 2.40.
    QTest::newRow("price change in the middle of the period")
        << QList<Repeated>{{{QStringLiteral("2025-01-31T00:00:00Z"), QStringLiteral("A"), 1000}, 48}}
        << periodOf(QStringLiteral("2025-01-31T00:00:00Z"), QStringLiteral("2025-02-02T00:00:00Z"))
        << QByteArray(R"({"currency": "EUR", "rates": [{"from": "2025-02", "hostUnitHour": 0.10},
                         {"from": "2025-01", "hostUnitHour": 0.05}]})")
        << Tags{{QStringLiteral("A"), {QStringLiteral("costcenter:web")}}} << QList<ManualCostCentre>{}
        << QStringList{QStringLiteral("web,A,host_unit_hours,24,0.05,1.20,EUR"),
                       QStringLiteral("web,A,host_unit_hours,24,0.1,2.40,EUR")}
        << qint64(360) << QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-02")};

    // A and B are tagged finance; the mapping moves B to ops. C has no tag: Unallocated, listed last.
    // A: 2 host-unit hours × 0.05 = 0.10; DEM 12.5 × 0.02 = 0.25; Log 1000 DDU × 0.002 = 2.00 (its own price);
    // Metrics 500 DDU × 0.001 = 0.50 (the ddu price); 2 GiB of log upload × 0.10 = 0.20. B: 1 h → 0.05. C: 0.15.
    QTest::newRow("manual mapping moves an environment; unallocated kept")
        << QList<Repeated>{{{QStringLiteral("2025-03-01T00:00:00Z"), QStringLiteral("A"), 2000, 12.5, 1000, 500,
                             qint64(2) << 30}},
                           {{QStringLiteral("2025-03-01T00:00:00Z"), QStringLiteral("B"), 1000}},
                           {{QStringLiteral("2025-03-01T00:00:00Z"), QStringLiteral("C"), 3000}}}
        << periodOf(QStringLiteral("2025-03-01T00:00:00Z"), QStringLiteral("2025-03-01T01:00:00Z")) << OneVersion
        << Tags{{QStringLiteral("A"), {QStringLiteral("team:x"), QStringLiteral("CostCenter:finance")}},
                {QStringLiteral("B"), {QStringLiteral("costcenter=finance")}}}
        << QList<ManualCostCentre>{{QStringLiteral("B"), QStringLiteral("ops"), 2}}
        << QStringList{QStringLiteral("finance,A,host_unit_hours,2,0.05,0.10,EUR"),
                       QStringLiteral("finance,A,dem_units,12.5,0.02,0.25,EUR"),
                       QStringLiteral("finance,A,ddu,500,0.001,0.50,EUR"),
                       QStringLiteral("finance,A,ddu_log,1000,0.002,2.00,EUR"),
                       QStringLiteral("finance,A,log_upload_gib,2,0.1,0.20,EUR"),
                       QStringLiteral("ops,B,host_unit_hours,1,0.05,0.05,EUR"),
                       QStringLiteral("Unallocated,C,host_unit_hours,3,0.05,0.15,EUR")}
        << qint64(325) << QStringList{QStringLiteral("2025-01")};
}

void TestChargebackCalculator::statements()
{
    QFETCH(QList<Repeated>, usages);
    QFETCH(HourRange, period);
    QFETCH(QByteArray, rates);
    QFETCH(Tags, tags);
    QFETCH(QList<ManualCostCentre>, manual);
    QFETCH(QStringList, rows);
    QFETCH(qint64, totalMinor);
    QFETCH(QStringList, versions);

    ChargebackCalculator::Input input;
    input.snapshot = snapshotOf(usages, period);
    input.period = period;
    input.rates = card(rates);
    input.mapping = CostCentreMapping(QStringLiteral("costcenter"), tags, manual);
    const Result<ChargebackStatement> statement = ChargebackCalculator::compute(input);
    QVERIFY2(statement.ok(), qPrintable(statement.ok() ? QString() : statement.error().message()));
    QCOMPARE(rowsOf(statement.value()), rows);
    QCOMPARE(statement.value().totalMinor, totalMinor);
    QCOMPARE(statement.value().rateVersions, versions);
    qint64 costCentreSum = 0;
    for (const CostCentreStatement &costCentre : statement.value().costCentres) {
        qint64 lineSum = 0;
        for (const ChargebackLine &line : costCentre.lines)
            lineSum += line.amountMinor;
        QCOMPARE(costCentre.totalMinor, lineSum);
        costCentreSum += costCentre.totalMinor;
    }
    QCOMPARE(costCentreSum, totalMinor);
}

void TestChargebackCalculator::environmentMonthsProrated()
{
    // 360 of January's 744 hours: 0.483871 environment months at 30.00 EUR = 14.52 EUR (1451.6 cents, rounded).
    const HourRange period = periodOf(QStringLiteral("2025-01-01T00:00:00Z"), QStringLiteral("2025-01-16T00:00:00Z"));
    ChargebackCalculator::Input input;
    input.snapshot = snapshotOf({{{QStringLiteral("2025-01-05T00:00:00Z"), QStringLiteral("A"), 0, 1}}}, period);
    input.period = period;
    input.rates = card(R"({"currency": "EUR", "rates": [{"from": "2025-01", "environmentMonthly": 30}]})");
    const Result<ChargebackStatement> statement = ChargebackCalculator::compute(input);
    QVERIFY(statement.ok());
    QCOMPARE(rowsOf(statement.value()),
             QStringList{QStringLiteral("Unallocated,A,environment_months,0.483871,30,14.52,EUR")});
    QCOMPARE(statement.value().missingHourCount, 359);
    QVERIFY(statement.value().notes().join(QLatin1Char(' ')).contains(QLatin1String("359")));
}

void TestChargebackCalculator::costCentresOwingNothingAreListed()
{
    // Every price is zero: nothing is charged, yet web (A's tag) and Unallocated (B) each have a statement.
    const HourRange period = periodOf(QStringLiteral("2025-01-05T00:00:00Z"), QStringLiteral("2025-01-05T02:00:00Z"));
    ChargebackCalculator::Input input;
    input.snapshot = snapshotOf({{{QStringLiteral("2025-01-05T00:00:00Z"), QStringLiteral("A"), 2000, 3}, 2},
                                 {{QStringLiteral("2025-01-05T00:00:00Z"), QStringLiteral("B"), 1000}, 2}},
                                period);
    input.period = period;
    input.rates = card(R"({"currency": "EUR", "rates": [{"from": "2025-01", "hostUnitHour": 0, "demUnit": 0}]})");
    input.mapping =
        CostCentreMapping(QStringLiteral("costcenter"), Tags{{QStringLiteral("A"), {QStringLiteral("costcenter:web")}}},
                          QList<ManualCostCentre>{});
    const Result<ChargebackStatement> statement = ChargebackCalculator::compute(input);
    QVERIFY(statement.ok());
    QStringList names;
    for (const CostCentreStatement &costCentre : statement.value().costCentres) {
        names.append(costCentre.name);
        QCOMPARE(costCentre.totalMinor, qint64(0));
        QVERIFY(costCentre.lines.isEmpty());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("web"), CostCentreMapping::unallocated()}));
    QCOMPARE(statement.value().totalMinor, qint64(0));
}

void TestChargebackCalculator::sumsEqualClusterTotals()
{
    // Seven environments with thirds of cents over a day in JPY (no minor unit): every metric's lines add up to
    // the cluster's total of that metric, and that total is the cluster's quantity × price rounded once.
    QList<Repeated> usages;
    for (int i = 0; i < 7; ++i)
        usages.append(
            {{QStringLiteral("2025-05-01T00:00:00Z"), QStringLiteral("env-%1").arg(i), 333 + i, 1.0 / 3, 0, 0.7, 0},
             24});
    const HourRange period = periodOf(QStringLiteral("2025-05-01T00:00:00Z"), QStringLiteral("2025-05-02T00:00:00Z"));
    ChargebackCalculator::Input input;
    input.snapshot = snapshotOf(usages, period);
    input.period = period;
    input.rates = card(R"({"currency": "JPY", "rates": [{"from": "2025-01", "hostUnitHour": 7.3, "demUnit": 1.1,
                           "ddu": 0.9}]})");
    const Result<ChargebackStatement> statement = ChargebackCalculator::compute(input);
    QVERIFY(statement.ok());
    QHash<QString, qint64> perMetric;
    for (const CostCentreStatement &costCentre : statement.value().costCentres) {
        for (const ChargebackLine &line : costCentre.lines)
            perMetric[line.metric] += line.amountMinor;
    }
    qint64 total = 0;
    for (const ChargebackTotal &metric : statement.value().clusterTotals) {
        QCOMPARE(perMetric.value(metric.metric), metric.amountMinor);
        total += metric.amountMinor;
    }
    QCOMPARE(statement.value().totalMinor, total);
    // Host units: (333 + ... + 339) thousandths × 24 h = 56.448 host-unit hours × 7.3 JPY = 412.0704 → 412.
    QCOMPARE(statement.value().clusterTotals.first().metric, QStringLiteral("host_unit_hours"));
    QCOMPARE(statement.value().clusterTotals.first().quantityText(), QStringLiteral("56.448"));
    QCOMPARE(statement.value().clusterTotals.first().amountMinor, qint64(412));
    QCOMPARE(input.snapshot->clusterTotal().hostUnitHoursMilli,
             statement.value().clusterTotals.first().quantityNumerator);
}

void TestChargebackCalculator::errors_data()
{
    QTest::addColumn<QString>("firstHour");
    QTest::addColumn<QList<ManualCostCentre>>("manual");
    QTest::addColumn<QString>("message");

    QTest::newRow("month before the first version")
        << QStringLiteral("2024-12-31T00:00:00Z") << QList<ManualCostCentre>{}
        << QStringLiteral("the rate card has no prices for 2024-12; its first month is 2025-01");
    QTest::newRow("mapping names an unknown environment")
        << QStringLiteral("2025-01-31T00:00:00Z")
        << QList<ManualCostCentre>{{QStringLiteral("Z"), QStringLiteral("ops"), 3}}
        << QStringLiteral("line 3: unknown environment Z");
    QTest::newRow("period without data") << QString() << QList<ManualCostCentre>{}
                                         << QStringLiteral("the period has no usage data in the history");
}

void TestChargebackCalculator::errors()
{
    QFETCH(QString, firstHour);
    QFETCH(QList<ManualCostCentre>, manual);
    QFETCH(QString, message);

    const HourRange period = periodOf(QStringLiteral("2024-12-31T00:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z"));
    QList<Repeated> usages;
    if (!firstHour.isEmpty())
        usages.append(Repeated{{firstHour, QStringLiteral("A"), 1000}});
    ChargebackCalculator::Input input;
    input.snapshot = snapshotOf(usages, period);
    input.period = period;
    input.rates = card(OneVersion);
    input.mapping = CostCentreMapping(QStringLiteral("costcenter"), {}, manual);
    input.knownEnvironments = {QStringLiteral("A"), QStringLiteral("B")};
    const Result<ChargebackStatement> statement = ChargebackCalculator::compute(input);
    QVERIFY(!statement.ok());
    QCOMPARE(statement.error().detail, message);
}

QTEST_GUILESS_MAIN(TestChargebackCalculator)
#include "tst_chargebackcalculator.moc"
