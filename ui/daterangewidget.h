// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/exportwindow.h>
#include <common/rangepreset.h>

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace LicenseUi {

// Picks the hours to export: a preset or a custom range edited in local time, with the UTC hours it maps to
// shown underneath. The range is corrected to what the cluster accepts (whole hours, ending at least two
// hours before the current hour) before any request is made, and an empty range is explained.
class DateRangeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeWidget)

public:
    using Clock = std::function<QDateTime()>;

    explicit DateRangeWidget(QWidget *parent = nullptr);
    ~DateRangeWidget() override;

    void setClock(Clock clock); // for tests; the system clock by default
    void setPreset(LicenseCore::RangePreset preset);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    [[nodiscard]] LicenseCore::RangePreset preset() const;

    // The range to request, or nullopt (with explanation()) when it is empty.
    [[nodiscard]] std::optional<LicenseCore::HourRange> range() const;
    [[nodiscard]] QString explanation() const;

    // Re-evaluates presets against the clock, e.g. right before a download.
    void refresh();

Q_SIGNALS:
    void rangeChanged();

private:
    void presetChosen();
    void customEdited();
    void update();

    Clock m_clock;
    QComboBox *m_presets = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    std::optional<LicenseCore::HourRange> m_range;
    QString m_explanation;
    bool m_updating = false;
};

} // namespace LicenseUi
