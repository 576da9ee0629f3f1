// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodpicker.h"

#include <common/timeutil.h>

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

qint64 dayStartMs(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDate utcDay(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).date();
}

HourRange monthsFrom(QDate first, int months)
{
    return {dayStartMs(first), dayStartMs(first.addMonths(months))};
}

} // namespace

PeriodPicker::PeriodPicker(Choice choice, QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_choice = new QComboBox(this);
    m_choice->addItem(tr("The window's range"), int(Choice::WindowRange));
    m_choice->addItem(tr("Just before the window's range"), int(Choice::BeforeWindowRange));
    m_choice->addItem(tr("This license year"), int(Choice::ThisLicenseYear));
    m_choice->addItem(tr("Last license year"), int(Choice::LastLicenseYear));
    m_choice->addItem(tr("This month"), int(Choice::ThisMonth));
    m_choice->addItem(tr("Last month"), int(Choice::LastMonth));
    m_choice->addItem(tr("Custom days"), int(Choice::Custom));
    m_choice->setAccessibleName(tr("Period"));
    m_first = new QDateEdit(this);
    m_last = new QDateEdit(this);
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_first->setAccessibleName(tr("First day of the period (UTC)"));
    m_last->setAccessibleName(tr("Last day of the period (UTC), included"));
    m_first->setToolTip(m_first->accessibleName());
    m_last->setToolTip(m_last->accessibleName());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_first);
    //: Between the first and the last day of a period, both included.
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_last);

    m_choice->setCurrentIndex(m_choice->findData(int(choice)));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &PeriodPicker::update);
    connect(m_first, &QDateEdit::dateChanged, this, &PeriodPicker::daysEdited);
    connect(m_last, &QDateEdit::dateChanged, this, &PeriodPicker::daysEdited);
    update();
}

PeriodPicker::~PeriodPicker() = default;

void PeriodPicker::setClock(Clock clock)
{
    m_clock = std::move(clock);
    update();
}

void PeriodPicker::setWindowRange(std::optional<HourRange> range)
{
    if (m_windowRange == range)
        return;
    m_windowRange = range;
    update();
}

void PeriodPicker::setLicenseYearStartMonth(int month)
{
    const int clamped = std::clamp(month, 1, 12);
    if (m_licenseYearStartMonth == clamped)
        return;
    m_licenseYearStartMonth = clamped;
    update();
}

void PeriodPicker::setChoice(Choice choice)
{
    m_choice->setCurrentIndex(m_choice->findData(int(choice)));
}

PeriodPicker::Choice PeriodPicker::choice() const
{
    return Choice(m_choice->currentData().toInt());
}

void PeriodPicker::setDays(QDate first, QDate last)
{
    {
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        m_first->setDate(first);
        m_last->setDate(last);
    }
    daysEdited();
}

HourRange PeriodPicker::licenseYear(const QDateTime &now, int startMonth)
{
    const QDate today = now.toUTC().date();
    QDate first(today.year(), std::clamp(startMonth, 1, 12), 1);
    if (first > today)
        first = first.addYears(-1);
    return monthsFrom(first, 12);
}

std::optional<HourRange> PeriodPicker::rangeOfChoice() const
{
    const QDateTime now = m_clock().toUTC();
    const QDate today = now.date();
    switch (choice()) {
    case Choice::WindowRange:
        return m_windowRange;
    case Choice::BeforeWindowRange:
        if (!m_windowRange)
            return std::nullopt;
        return HourRange{2 * m_windowRange->fromMs - m_windowRange->toMs, m_windowRange->fromMs};
    case Choice::ThisLicenseYear:
        return licenseYear(now, m_licenseYearStartMonth);
    case Choice::LastLicenseYear: {
        const HourRange current = licenseYear(now, m_licenseYearStartMonth);
        return monthsFrom(utcDay(current.fromMs).addYears(-1), 12);
    }
    case Choice::ThisMonth:
        return monthsFrom(QDate(today.year(), today.month(), 1), 1);
    case Choice::LastMonth:
        return monthsFrom(QDate(today.year(), today.month(), 1).addMonths(-1), 1);
    case Choice::Custom:
        if (m_last->date() < m_first->date())
            return std::nullopt;
        return HourRange{dayStartMs(m_first->date()), dayStartMs(m_last->date().addDays(1))};
    }
    return std::nullopt;
}

void PeriodPicker::update()
{
    const std::optional<HourRange> range = rangeOfChoice();
    if (range && choice() != Choice::Custom) {
        // The days shown cover the range; a range that does not end at midnight shows the day it ends in.
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        m_first->setDate(utcDay(range->fromMs));
        m_last->setDate(utcDay(range->toMs - 1));
    }
    if (range == m_range)
        return;
    m_range = range;
    Q_EMIT rangeChanged();
}

void PeriodPicker::daysEdited()
{
    if (choice() != Choice::Custom) {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(m_choice->findData(int(Choice::Custom)));
    }
    update();
}

} // namespace LicenseUi
