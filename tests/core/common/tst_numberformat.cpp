// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>

#include <QLocale>
#include <QTest>
#include <cmath>
#include <limits>
#include <random>

using namespace LicenseCore;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatDecimal_data();
    void formatDecimal();
    void formatDecimalIgnoresLocale();
    void formatMilli_data();
    void formatMilli();
    void formatByteSize_data();
    void formatByteSize();
    void formatDecimalRoundsAsQtDoes();
    void appendersWriteTheSameText();
};

void TestNumberFormat::formatDecimal_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("0.1 * 3 (0.30000000000000004)") << 0.1 * 3 << QStringLiteral("0.3");
    QTest::newRow("integral double") << 12.0 << QStringLiteral("12");
    QTest::newRow("ten") << 10.0 << QStringLiteral("10");
    QTest::newRow("one hundred") << 100.0 << QStringLiteral("100");
    QTest::newRow("below six decimals") << 1e-7 << QStringLiteral("0");
    QTest::newRow("tiny negative") << -1e-7 << QStringLiteral("0");
    QTest::newRow("six decimals") << 0.000125 << QStringLiteral("0.000125");
    QTest::newRow("three decimals") << 1234567.125 << QStringLiteral("1234567.125");
    QTest::newRow("negative") << -1.5 << QStringLiteral("-1.5");
    QTest::newRow("negative fraction") << -0.075 << QStringLiteral("-0.075");
    QTest::newRow("host units 0.005") << 0.005 << QStringLiteral("0.005");
    QTest::newRow("1e15 without exponent") << 1e15 << QStringLiteral("1000000000000000");
    QTest::newRow("1e20 without exponent") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("large with fraction") << 123456789012.5 << QStringLiteral("123456789012.5");
    // 2.0000004 rounds to six decimals as 2.000000, then loses its zeros.
    QTest::newRow("rounds to integer") << 2.0000004 << QStringLiteral("2");
    QTest::newRow("rounds up the sixth decimal") << 0.1234567 << QStringLiteral("0.123457");
}

void TestNumberFormat::formatDecimal()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    const QString text = LicenseCore::formatDecimal(value);
    QCOMPARE(text, expected);
    QVERIFY(!text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('E')));
}

void TestNumberFormat::formatDecimalIgnoresLocale()
{
    // A German default locale would write "1.234,5"; the CSV never does.
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = LicenseCore::formatDecimal(1234.5);
    const QString milli = LicenseCore::formatMilli(1234500);
    QLocale::setDefault(saved);
    QCOMPARE(text, QStringLiteral("1234.5"));
    QCOMPARE(milli, QStringLiteral("1234.5"));
}

void TestNumberFormat::formatMilli_data()
{
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("0.075") << qint64(75) << QStringLiteral("0.075");
    QTest::newRow("0.005") << qint64(5) << QStringLiteral("0.005");
    QTest::newRow("0.03") << qint64(30) << QStringLiteral("0.03");
    QTest::newRow("0.1") << qint64(100) << QStringLiteral("0.1");
    QTest::newRow("one") << qint64(1000) << QStringLiteral("1");
    QTest::newRow("1.25") << qint64(1250) << QStringLiteral("1.25");
    QTest::newRow("sixty-four") << qint64(64000) << QStringLiteral("64");
    QTest::newRow("-1.5") << qint64(-1500) << QStringLiteral("-1.5");
    QTest::newRow("-0.075") << qint64(-75) << QStringLiteral("-0.075");
    QTest::newRow("-1") << qint64(-1000) << QStringLiteral("-1");
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << QStringLiteral("9223372036854775.807");
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("-9223372036854775.808");
}

void TestNumberFormat::formatMilli()
{
    QFETCH(qint64, milli);
    QFETCH(QString, expected);
    QCOMPARE(LicenseCore::formatMilli(milli), expected);
}

void TestNumberFormat::formatByteSize_data()
{
    // Untranslated (no catalogue is loaded): English plural forms come from the source text.
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 byte(s)");
    QTest::newRow("just below 10 KiB") << qint64(10239) << QStringLiteral("10239 byte(s)");
    QTest::newRow("10 KiB") << qint64(10240) << QStringLiteral("10 KiB");
    QTest::newRow("15,872 bytes = 15.5 KiB") << qint64(15872) << QStringLiteral("15.5 KiB");
    QTest::newRow("10,343 bytes = 10.1006 KiB -> 10.1") << qint64(10343) << QStringLiteral("10.1 KiB");
    QTest::newRow("10,291 bytes = 10.0498 KiB -> 10, decimal dropped") << qint64(10291) << QStringLiteral("10 KiB");
    QTest::newRow("1,048,535 bytes = 1023.96 KiB -> 1024 KiB") << qint64(1048535) << QStringLiteral("1,024 KiB");
    QTest::newRow("1 MiB") << qint64(1) * 1024 * 1024 << QStringLiteral("1 MiB");
    QTest::newRow("1.5 MiB") << qint64(1536) * 1024 << QStringLiteral("1.5 MiB");
    QTest::newRow("512 MiB") << qint64(512) * 1024 * 1024 << QStringLiteral("512 MiB");
    QTest::newRow("1 GiB") << (qint64(1) << 30) << QStringLiteral("1 GiB");
    QTest::newRow("64 GiB + 100 MiB = 64.1 GiB")
        << (qint64(64) << 30) + (qint64(100) << 20) << QStringLiteral("64.1 GiB");
}

void TestNumberFormat::formatByteSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // %L1: English digit grouping
    const QString text = LicenseCore::formatByteSize(bytes);
    QLocale::setDefault(previous);
    QCOMPARE(text, expected);
}

// formatDecimal() writes with std::to_chars where that gives Qt's text: everywhere but on exact ties at the
// seventh decimal (odd multiples of 1/128), which Qt rounds away from zero and std::to_chars to even. Compared
// here with Qt's own formatting, ties included, over many values of every magnitude the CSV sees.
void TestNumberFormat::formatDecimalRoundsAsQtDoes()
{
    auto qt = [](double value) {
        QString text = QString::number(value, 'f', 6);
        if (text.contains(QLatin1Char('.'))) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
        return text == QLatin1String("-0") ? QStringLiteral("0") : text;
    };
    // By hand: 1/128 = 0.0078125 is a tie, rounded away from zero.
    QCOMPARE(LicenseCore::formatDecimal(0.0078125), QStringLiteral("0.007813"));
    QCOMPARE(LicenseCore::formatDecimal(-3.0 / 128), QStringLiteral("-0.023438"));
    QCOMPARE(LicenseCore::formatDecimal(1e300).size(), 301);
    std::mt19937_64 random(7);
    for (int i = 0; i < 200000; ++i) {
        double value = 0;
        switch (i % 4) {
        case 0: // any magnitude
            value = std::ldexp(double(random() >> 11), -int(random() % 90));
            break;
        case 1: // ties and their neighbours
            value = std::nextafter(double(qint64(random() % 100000000)) / 128.0, double(i % 3 - 1));
            break;
        case 2: // DDUs and DEM units as the files give them
            value = double(random() % 100000000) / 1e6 + double(random() % 1000) / 1e9;
            break;
        default:
            value = double(qint64(random() % 2000000)) / 1000.0;
        }
        if (random() & 1)
            value = -value;
        if (LicenseCore::formatDecimal(value) != qt(value))
            QFAIL(qPrintable(QStringLiteral("%1: %2, Qt %3")
                                 .arg(value, 0, 'g', 17)
                                 .arg(LicenseCore::formatDecimal(value), qt(value))));
    }
}

void TestNumberFormat::appendersWriteTheSameText()
{
    QByteArray out = "x";
    appendDecimal(out, 0.25);
    out += ';';
    appendMilli(out, -1250);
    out += ';';
    appendMilli(out, std::numeric_limits<qint64>::min());
    QCOMPARE(out, QByteArray("x0.25;-1.25;-9223372036854775.808"));
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
