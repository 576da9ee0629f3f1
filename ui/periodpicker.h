// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/hourrange.h>

#include <QDateTime>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;

namespace LicenseUi {

// A period for an answer: a choice that follows the window's range or the license year, or two UTC days picked
// by hand (both included; the period ends at the start of the day after the second). Editing a day makes the
// period a custom one, which then stays as it is when the window's range changes.
class PeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)

public:
    enum class Choice
    {
        WindowRange,       // the range chosen in the window's tool bar
        BeforeWindowRange, // as long as the window's range, just before it
        ThisLicenseYear,   // the whole license year running now, to its end
        LastLicenseYear,
        ThisMonth, // the whole UTC month running now
        LastMonth,
        Custom
    };
    Q_ENUM(Choice)
    using Clock = std::function<QDateTime()>;

    explicit PeriodPicker(Choice choice, QWidget *parent = nullptr);
    ~PeriodPicker() override;

    void setClock(Clock clock); // for tests; the system clock by default
    void setWindowRange(std::optional<LicenseCore::HourRange> range);
    void setLicenseYearStartMonth(int month);
    void setChoice(Choice choice);
    [[nodiscard]] Choice choice() const;
    // Sets the custom period from the first to the last day, both included (UTC).
    void setDays(QDate first, QDate last);

    // nullopt when the choice has no range (the window's range while it has none, a last day before the first).
    [[nodiscard]] std::optional<LicenseCore::HourRange> range() const { return m_range; }

    [[nodiscard]] QComboBox *choiceBox() const { return m_choice; }
    [[nodiscard]] QDateEdit *firstDayEdit() const { return m_first; }
    [[nodiscard]] QDateEdit *lastDayEdit() const { return m_last; }

    // The license year running at `now`: 12 UTC months from the latest first day of `startMonth`.
    [[nodiscard]] static LicenseCore::HourRange licenseYear(const QDateTime &now, int startMonth);

Q_SIGNALS:
    void rangeChanged();

private:
    [[nodiscard]] std::optional<LicenseCore::HourRange> rangeOfChoice() const;
    void update();
    void daysEdited();

    Clock m_clock;
    std::optional<LicenseCore::HourRange> m_windowRange;
    int m_licenseYearStartMonth = 1;
    std::optional<LicenseCore::HourRange> m_range;
    bool m_updating = false;

    QComboBox *m_choice = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
};

} // namespace LicenseUi
