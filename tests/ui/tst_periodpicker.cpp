// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

HourRange range(const char *from, const char *to)
{
    return {utc(from), utc(to)};
}

// 2026-12-03 13:40 UTC.
QDateTime now()
{
    return QDateTime(QDate(2026, 12, 3), QTime(13, 40), QTimeZone::utc());
}

} // namespace

Q_DECLARE_METATYPE(LicenseUi::PeriodPicker::Choice)

class TestPeriodPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choices_data()
    {
        QTest::addColumn<PeriodPicker::Choice>("choice");
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<std::optional<HourRange>>("expected");

        // The window shows 2026-11-20 00:00 to 2026-11-27 00:00.
        QTest::newRow("the window's range") << PeriodPicker::Choice::WindowRange << 1
                                            << std::optional(range("2026-11-20T00:00:00Z", "2026-11-27T00:00:00Z"));
        QTest::newRow("as long, just before it")
            << PeriodPicker::Choice::BeforeWindowRange << 1
            << std::optional(range("2026-11-13T00:00:00Z", "2026-11-20T00:00:00Z"));
        QTest::newRow("license year from January")
            << PeriodPicker::Choice::ThisLicenseYear << 1
            << std::optional(range("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));
        QTest::newRow("license year from April")
            << PeriodPicker::Choice::ThisLicenseYear << 4
            << std::optional(range("2026-04-01T00:00:00Z", "2027-04-01T00:00:00Z"));
        QTest::newRow("license year from December: begun this week")
            << PeriodPicker::Choice::ThisLicenseYear << 12
            << std::optional(range("2026-12-01T00:00:00Z", "2027-12-01T00:00:00Z"));
        QTest::newRow("last license year from April")
            << PeriodPicker::Choice::LastLicenseYear << 4
            << std::optional(range("2025-04-01T00:00:00Z", "2026-04-01T00:00:00Z"));
        QTest::newRow("this month") << PeriodPicker::Choice::ThisMonth << 1
                                    << std::optional(range("2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z"));
        QTest::newRow("last month") << PeriodPicker::Choice::LastMonth << 1
                                    << std::optional(range("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"));
    }

    void choices()
    {
        QFETCH(PeriodPicker::Choice, choice);
        QFETCH(int, startMonth);
        QFETCH(std::optional<HourRange>, expected);

        PeriodPicker picker(PeriodPicker::Choice::Custom);
        picker.setClock(now);
        picker.setWindowRange(range("2026-11-20T00:00:00Z", "2026-11-27T00:00:00Z"));
        picker.setLicenseYearStartMonth(startMonth);
        picker.setChoice(choice);
        QCOMPARE(picker.choice(), choice);
        QCOMPARE(picker.range(), expected);
        // The days shown are the first and the last of the range.
        QCOMPARE(picker.firstDayEdit()->date(),
                 QDateTime::fromMSecsSinceEpoch(expected->fromMs, QTimeZone::utc()).date());
        QCOMPARE(picker.lastDayEdit()->date(),
                 QDateTime::fromMSecsSinceEpoch(expected->toMs - 1, QTimeZone::utc()).date());
    }

    void followsTheWindowUntilEdited()
    {
        PeriodPicker picker(PeriodPicker::Choice::WindowRange);
        picker.setClock(now);
        QCOMPARE(picker.range(), std::nullopt); // the window has no range yet
        QSignalSpy changed(&picker, &PeriodPicker::rangeChanged);
        picker.setWindowRange(range("2026-11-20T00:00:00Z", "2026-11-27T00:00:00Z"));
        QCOMPARE(changed.count(), 1);
        picker.setWindowRange(range("2026-11-20T00:00:00Z", "2026-11-27T00:00:00Z"));
        QCOMPARE(changed.count(), 1); // the same range again changes nothing

        // A day edited by hand makes the period a custom one, both days included.
        picker.lastDayEdit()->setDate(QDate(2026, 11, 30));
        QCOMPARE(picker.choice(), PeriodPicker::Choice::Custom);
        QCOMPARE(picker.range(), range("2026-11-20T00:00:00Z", "2026-12-01T00:00:00Z"));
        QCOMPARE(changed.count(), 2);
        // ... and stays when the window moves on.
        picker.setWindowRange(range("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"));
        QCOMPARE(picker.range(), range("2026-11-20T00:00:00Z", "2026-12-01T00:00:00Z"));

        // A last day before the first is no period.
        picker.setDays(QDate(2026, 11, 5), QDate(2026, 11, 4));
        QCOMPARE(picker.range(), std::nullopt);
        picker.setDays(QDate(2026, 11, 5), QDate(2026, 11, 5));
        QCOMPARE(picker.range(), range("2026-11-05T00:00:00Z", "2026-11-06T00:00:00Z"));
    }
};

QTEST_MAIN(TestPeriodPicker)
#include "tst_periodpicker.moc"
