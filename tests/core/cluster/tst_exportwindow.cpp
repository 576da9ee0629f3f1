// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/exportwindow.h>
#include <common/timeutil.h>

#include <QTest>
#include <QTimeZone>

using namespace LicenseCore;

namespace {
qint64 at(const char *iso)
{
    return *Time::parseIsoUtc(QString::fromLatin1(iso));
}
} // namespace

// The hour alignment and the two-hour clamp, with an injected "now".
class TestExportWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latestEnd_data();
    void latestEnd();
    void resolve_data();
    void resolve();
    void emptyRange_data();
    void emptyRange();
};

void TestExportWindow::latestEnd_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("mid-hour") << at("2026-10-01T12:34:56Z") << at("2026-10-01T10:00:00Z");
    QTest::newRow("on the hour") << at("2026-10-01T12:00:00Z") << at("2026-10-01T10:00:00Z");
    QTest::newRow("just before") << at("2026-10-01T11:59:59.999Z") << at("2026-10-01T09:00:00Z");
    QTest::newRow("across midnight") << at("2026-10-01T01:10:00Z") << at("2026-09-30T23:00:00Z");
}

void TestExportWindow::latestEnd()
{
    QFETCH(qint64, now);
    QFETCH(qint64, expected);
    QCOMPARE(ExportWindow::latestEnd(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc())), expected);
}

void TestExportWindow::resolve_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("from"); // -1: not given
    QTest::addColumn<qint64>("to");   // -1: not given
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedTo");
    QTest::addColumn<bool>("clamped");

    const qint64 now = at("2026-10-01T12:34:56Z");
    QTest::newRow("defaults: 30 days up to two hours ago")
        << now << qint64(-1) << qint64(-1) << at("2026-09-01T12:00:00Z") << at("2026-10-01T10:00:00Z") << false;
    QTest::newRow("aligned range kept") << now << at("2026-09-30T00:00:00Z") << at("2026-10-01T00:00:00Z")
                                        << at("2026-09-30T00:00:00Z") << at("2026-10-01T00:00:00Z") << false;
    QTest::newRow("start floored, end rounded up") << now << at("2026-09-30T05:45:00Z") << at("2026-09-30T07:01:00Z")
                                                   << at("2026-09-30T05:00:00Z") << at("2026-09-30T08:00:00Z") << false;
    QTest::newRow("end now is clamped") << now << at("2026-10-01T00:00:00Z") << now << at("2026-10-01T00:00:00Z")
                                        << at("2026-10-01T10:00:00Z") << true;
    QTest::newRow("end in the future is clamped") << now << at("2026-09-01T00:00:00Z") << at("2027-01-01T00:00:00Z")
                                                  << at("2026-09-01T00:00:00Z") << at("2026-10-01T10:00:00Z") << true;
    QTest::newRow("end exactly at the limit") << now << at("2026-10-01T09:00:00Z") << at("2026-10-01T10:00:00Z")
                                              << at("2026-10-01T09:00:00Z") << at("2026-10-01T10:00:00Z") << false;
    QTest::newRow("end within the limit hour rounds up and is clamped")
        << now << at("2026-10-01T08:00:00Z") << at("2026-10-01T10:00:01Z") << at("2026-10-01T08:00:00Z")
        << at("2026-10-01T10:00:00Z") << true;
    QTest::newRow("only an end") << now << qint64(-1) << at("2026-09-15T00:00:00Z") << at("2026-09-01T12:00:00Z")
                                 << at("2026-09-15T00:00:00Z") << false;
}

void TestExportWindow::resolve()
{
    QFETCH(qint64, now);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedTo);
    QFETCH(bool, clamped);

    const Result<ExportWindow::Resolved> range = ExportWindow::resolve(
        from < 0 ? std::nullopt : std::optional<qint64>(from), to < 0 ? std::nullopt : std::optional<qint64>(to),
        QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()));
    QVERIFY2(range.ok(), range.ok() ? "" : qPrintable(range.error().message()));
    QCOMPARE(Time::isoUtc(range.value().range.fromMs), Time::isoUtc(expectedFrom));
    QCOMPARE(Time::isoUtc(range.value().range.toMs), Time::isoUtc(expectedTo));
    QCOMPARE(range.value().endClamped, clamped);
    QCOMPARE(range.value().range.hours(), int((expectedTo - expectedFrom) / Time::HourMs));
}

void TestExportWindow::emptyRange_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("sentencePart");
    QTest::newRow("start after the clamped end")
        << at("2026-10-01T11:00:00Z") << qint64(-1) << QStringLiteral("two hours before the current hour");
    QTest::newRow("start equals end") << at("2026-09-30T05:00:00Z") << at("2026-09-30T05:00:00Z")
                                      << QStringLiteral("empty");
    QTest::newRow("reversed") << at("2026-09-30T06:00:00Z") << at("2026-09-30T05:00:00Z") << QStringLiteral("empty");
}

void TestExportWindow::emptyRange()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, sentencePart);
    const Result<ExportWindow::Resolved> range =
        ExportWindow::resolve(from, to < 0 ? std::nullopt : std::optional<qint64>(to),
                              QDateTime::fromMSecsSinceEpoch(at("2026-10-01T12:34:56Z"), QTimeZone::utc()));
    QVERIFY(!range.ok());
    QCOMPARE(range.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(range.error().message().contains(sentencePart), qPrintable(range.error().message()));
}

QTEST_GUILESS_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
