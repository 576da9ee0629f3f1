// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <report/currency.h>
#include <report/ratecard.h>

#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;

class TestRateCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedExample();
    void errors_data();
    void errors();
    void versionFor_data();
    void versionFor();
    void saveAndLoad();
    void currencies_data();
    void currencies();
};

void TestRateCard::parsesTheDocumentedExample()
{
    const Result<RateCard> card = RateCard::parse(R"({ "currency": "EUR",
      "rates": [ { "from": "2025-01", "hostUnitHour": 0.05, "demUnit": 0.02, "ddu": 0.001,
                   "dduPools": { "Log": 0.002 }, "logUploadGiB": 0.10, "environmentMonthly": 0 } ] })");
    QVERIFY(card.ok());
    QCOMPARE(card.value().currency, QStringLiteral("EUR"));
    QCOMPARE(card.value().versions.size(), 1);
    const RateVersion &version = card.value().versions.first();
    QCOMPARE(version.from(), QStringLiteral("2025-01"));
    QCOMPARE(RateVersion::nano(version.hostUnitHour), qint64(50000000));
    QCOMPARE(RateVersion::nano(version.ddu), qint64(1000000));
    QCOMPARE(version.dduPools.value(QStringLiteral("Log")), 0.002);
    QCOMPARE(version.logUploadGiB, 0.10);
}

void TestRateCard::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");

    QTest::newRow("not JSON") << QByteArray(
                                     "{\n  \"currency\": \"EUR\",\n  \"rates\": [ {\"from\": \"2025-01\",, } ]\n}")
                              << QStringLiteral("line 3: not valid JSON (unterminated object)");
    QTest::newRow("unknown key at the top")
        << QByteArray(R"({"currency": "EUR", "rate": []})") << QStringLiteral("rate: unknown key");
    QTest::newRow("misspelt price") << QByteArray(R"({"currency": "EUR", "rates": [{"from": "2025-01"},
                                            {"from": "2025-02", "hostUnitHours": 0.05}]})")
                                    << QStringLiteral("rates[1].hostUnitHours: unknown key");
    QTest::newRow("negative price") << QByteArray(R"({"currency": "EUR", "rates": [{"from": "2025-01", "ddu": -1}]})")
                                    << QStringLiteral("rates[0].ddu: negative price");
    QTest::newRow("negative pool price")
        << QByteArray(R"({"currency": "EUR", "rates": [{"from": "2025-01", "dduPools": {"Log": -0.1}}]})")
        << QStringLiteral("rates[0].dduPools.Log: negative price");
    QTest::newRow("price as text") << QByteArray(
                                          R"({"currency": "EUR", "rates": [{"from": "2025-01", "demUnit": "1"}]})")
                                   << QStringLiteral("rates[0].demUnit: not a number");
    QTest::newRow("unknown currency") << QByteArray(R"({"currency": "EUX", "rates": [{"from": "2025-01"}]})")
                                      << QStringLiteral("currency: unknown currency code \"EUX\"");
    QTest::newRow("no currency") << QByteArray(R"({"rates": [{"from": "2025-01"}]})")
                                 << QStringLiteral("currency: missing");
    QTest::newRow("no from") << QByteArray(R"({"currency": "EUR", "rates": [{"ddu": 1}]})")
                             << QStringLiteral("rates[0].from: missing");
    QTest::newRow("bad month") << QByteArray(R"({"currency": "EUR", "rates": [{"from": "2025-13"}]})")
                               << QStringLiteral("rates[0].from: not a month like 2025-01");
    QTest::newRow("month twice") << QByteArray(
                                        R"({"currency": "EUR", "rates": [{"from": "2025-01"}, {"from": "2025-01"}]})")
                                 << QStringLiteral("rates[1].from: the month 2025-01 has prices twice");
    QTest::newRow("no rates") << QByteArray(R"({"currency": "EUR", "rates": []})")
                              << QStringLiteral("rates: no prices");
}

void TestRateCard::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    const Result<RateCard> card = RateCard::parse(json);
    QVERIFY(!card.ok());
    QCOMPARE(card.error().detail, detail);
}

void TestRateCard::versionFor_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("from"); // empty: none

    QTest::newRow("before the first") << 2024 << 12 << QString();
    QTest::newRow("the first month") << 2025 << 1 << QStringLiteral("2025-01");
    QTest::newRow("between") << 2025 << 5 << QStringLiteral("2025-01");
    QTest::newRow("the change") << 2025 << 6 << QStringLiteral("2025-06");
    QTest::newRow("a later year") << 2027 << 2 << QStringLiteral("2025-06");
}

void TestRateCard::versionFor()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, from);
    // Listed newest first on purpose: the card orders its versions by month.
    const Result<RateCard> card = RateCard::parse(
        R"({"currency": "EUR", "rates": [{"from": "2025-06", "ddu": 2}, {"from": "2025-01", "ddu": 1}]})");
    QVERIFY(card.ok());
    const int index = card.value().versionFor(year, month);
    QCOMPARE(index < 0 ? QString() : card.value().versions.at(index).from(), from);
}

void TestRateCard::saveAndLoad()
{
    RateCard card;
    card.currency = QStringLiteral("CHF");
    RateVersion version;
    version.fromYear = 2026;
    version.fromMonth = 3;
    version.hostUnitHour = 0.07;
    version.dduPools.insert(QStringLiteral("Events"), 0.003);
    card.versions.append(version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rates.json"));
    QVERIFY(!card.save(path).isError());
    const Result<RateCard> loaded = RateCard::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), card);

    const Result<RateCard> missing = RateCard::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
}

void TestRateCard::currencies_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits"); // -1: unknown
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("text");

    QTest::newRow("EUR") << QStringLiteral("EUR") << 2 << qint64(1230) << QStringLiteral("12.30");
    QTest::newRow("EUR cents") << QStringLiteral("EUR") << 2 << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("EUR negative") << QStringLiteral("EUR") << 2 << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0 << qint64(1500) << QStringLiteral("1500");
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3 << qint64(1) << QStringLiteral("0.001");
    QTest::newRow("lower case is not a code") << QStringLiteral("eur") << -1 << qint64(0) << QString();
    QTest::newRow("unknown") << QStringLiteral("XYZ") << -1 << qint64(0) << QString();
}

void TestRateCard::currencies()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    QFETCH(qint64, amount);
    QFETCH(QString, text);
    QCOMPARE(Currency::minorDigits(code).value_or(-1), digits);
    if (digits >= 0)
        QCOMPARE(Currency::formatMinor(amount, digits), text);
}

QTEST_GUILESS_MAIN(TestRateCard)
#include "tst_ratecard.moc"
