// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <report/costcentremapping.h>

#include <QTest>

using namespace LicenseCore;

class TestCostCentreMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagValue_data();
    void tagValue();
    void manualOverridesTags();
    void parseCsv_data();
    void parseCsv();
    void roundTrip();
};

void TestCostCentreMapping::tagValue_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("key:value") << QStringList{QStringLiteral("costcenter:finance")} << QStringLiteral("costcenter")
                               << QStringLiteral("finance");
    QTest::newRow("key=value") << QStringList{QStringLiteral("costcenter=ops")} << QStringLiteral("costcenter")
                               << QStringLiteral("ops");
    QTest::newRow("key ignores case") << QStringList{QStringLiteral("CostCenter: Web Shop ")}
                                      << QStringLiteral("costcenter") << QStringLiteral("Web Shop");
    QTest::newRow("value keeps its colons")
        << QStringList{QStringLiteral("cc:eu:west")} << QStringLiteral("cc") << QStringLiteral("eu:west");
    QTest::newRow("other key") << QStringList{QStringLiteral("team:finance")} << QStringLiteral("costcenter")
                               << QString();
    QTest::newRow("tag without value") << QStringList{QStringLiteral("costcenter")} << QStringLiteral("costcenter")
                                       << QString();
    QTest::newRow("first with a value wins")
        << QStringList{QStringLiteral("costcenter:"), QStringLiteral("costcenter:a"), QStringLiteral("costcenter:b")}
        << QStringLiteral("costcenter") << QStringLiteral("a");
    QTest::newRow("another key setting") << QStringList{QStringLiteral("costcenter:a"), QStringLiteral("bu:retail")}
                                         << QStringLiteral("bu") << QStringLiteral("retail");
}

void TestCostCentreMapping::tagValue()
{
    QFETCH(QStringList, tags);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QCOMPARE(CostCentreMapping::tagValue(tags, key), value);
}

void TestCostCentreMapping::manualOverridesTags()
{
    const CostCentreMapping mapping(QStringLiteral("costcenter"),
                                    {{QStringLiteral("A"), {QStringLiteral("costcenter:finance")}},
                                     {QStringLiteral("B"), {QStringLiteral("costcenter:finance")}}},
                                    {{QStringLiteral("B"), QStringLiteral("ops"), 2}});
    QCOMPARE(mapping.assign(QStringLiteral("A")).costCentre, QStringLiteral("finance"));
    QCOMPARE(mapping.assign(QStringLiteral("A")).source, CostCentreSource::Tag);
    QCOMPARE(mapping.assign(QStringLiteral("B")).costCentre, QStringLiteral("ops"));
    QCOMPARE(mapping.assign(QStringLiteral("B")).source, CostCentreSource::Manual);
    QCOMPARE(mapping.assign(QStringLiteral("C")).costCentre, QString());
    QCOMPARE(mapping.assign(QStringLiteral("C")).source, CostCentreSource::None);
}

void TestCostCentreMapping::parseCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("count"); // -1: an error
    QTest::addColumn<QString>("detail");

    QTest::newRow("two lines, CRLF, quoted, blank line")
        << QByteArray("environment_id,cost_centre\r\nA,ops\r\n\r\n\"B\",\"Web, Shop\"\r\n") << 2 << QString();
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "environment_id,cost_centre\nA,ops\n")
                                     << 1 << QString();
    QTest::newRow("wrong header") << QByteArray("environment,cost_centre\nA,ops\n") << -1
                                  << QStringLiteral("line 1: the header must be \"environment_id,cost_centre\"");
    QTest::newRow("three fields") << QByteArray("environment_id,cost_centre\nA,ops\nB,web,x\n") << -1
                                  << QStringLiteral("line 3: expected two fields: environment_id,cost_centre");
    QTest::newRow("empty cost centre") << QByteArray("environment_id,cost_centre\nA,\n") << -1
                                       << QStringLiteral("line 2: the cost centre is empty");
    QTest::newRow("twice") << QByteArray("environment_id,cost_centre\nA,ops\nA,web\n") << -1
                           << QStringLiteral("line 3: the environment A is mapped twice");
}

void TestCostCentreMapping::parseCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, count);
    QFETCH(QString, detail);
    const Result<QList<ManualCostCentre>> manual = CostCentreMapping::parseCsv(csv);
    if (count < 0) {
        QVERIFY(!manual.ok());
        QCOMPARE(manual.error().detail, detail);
        return;
    }
    QVERIFY(manual.ok());
    QCOMPARE(manual.value().size(), count);
}

void TestCostCentreMapping::roundTrip()
{
    const QList<ManualCostCentre> manual = {{QStringLiteral("A"), QStringLiteral("Web, \"Shop\""), 2},
                                            {QStringLiteral("B"), QStringLiteral("ops"), 3}};
    const Result<QList<ManualCostCentre>> parsed = CostCentreMapping::parseCsv(CostCentreMapping::toCsv(manual));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), manual);
    QCOMPARE(parsed.value().at(0).costCentre, QStringLiteral("Web, \"Shop\""));
}

QTEST_GUILESS_MAIN(TestCostCentreMapping)
#include "tst_costcentremapping.moc"
