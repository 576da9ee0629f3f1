// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterangewidget.h"

#include <common/timeutil.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr RangePreset Presets[] = {RangePreset::Last24Hours, RangePreset::Last7Days, RangePreset::Last30Days,
                                   RangePreset::ThisMonth,   RangePreset::LastMonth, RangePreset::Custom};

QDateTime localHour(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime();
}

} // namespace

DateRangeWidget::DateRangeWidget(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_presets = new QComboBox(this);
    for (RangePreset preset : Presets)
        m_presets->addItem(presetName(preset), int(preset));
    m_presets->setAccessibleName(tr("Date range preset"));

    auto makeEdit = [this](const QString &accessibleName) {
        auto *edit = new QDateTimeEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:00"));
        edit->setTimeSpec(Qt::LocalTime);
        edit->setAccessibleName(accessibleName);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DateRangeWidget::customEdited);
        return edit;
    };
    m_from = makeEdit(tr("Start of the range (local time)"));
    m_to = makeEdit(tr("End of the range (local time)"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    // A tool bar squeezes its widgets; the captions must stay whole.
    for (QLabel *label : {fromLabel, toLabel}) {
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(label->text().remove(QLatin1Char('&'))) + 8);
    }
    layout->addWidget(m_presets, 0, 0);
    layout->addWidget(fromLabel, 0, 1);
    layout->addWidget(m_from, 0, 2);
    layout->addWidget(toLabel, 0, 3);
    layout->addWidget(m_to, 0, 4);
    layout->addWidget(m_summary, 1, 0, 1, 5);
    layout->setColumnStretch(5, 1);

    connect(m_presets, &QComboBox::currentIndexChanged, this, &DateRangeWidget::presetChosen);
    setPreset(RangePreset::Last7Days);
}

DateRangeWidget::~DateRangeWidget() = default;

void DateRangeWidget::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

RangePreset DateRangeWidget::preset() const
{
    return RangePreset(m_presets->currentData().toInt());
}

void DateRangeWidget::setPreset(RangePreset preset)
{
    const int index = m_presets->findData(int(preset));
    if (index == m_presets->currentIndex())
        presetChosen();
    else
        m_presets->setCurrentIndex(index);
}

void DateRangeWidget::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_updating = true;
    m_presets->setCurrentIndex(m_presets->findData(int(RangePreset::Custom)));
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    m_updating = false;
    update();
}

void DateRangeWidget::refresh()
{
    if (preset() != RangePreset::Custom)
        presetChosen();
    else
        update();
}

void DateRangeWidget::presetChosen()
{
    if (m_updating)
        return;
    if (const std::optional<HourRange> span = presetRange(preset(), m_clock())) {
        m_updating = true;
        m_from->setDateTime(localHour(span->fromMs));
        m_to->setDateTime(localHour(span->toMs));
        m_updating = false;
    }
    update();
}

void DateRangeWidget::customEdited()
{
    if (m_updating)
        return;
    // Editing a date means the user wants their own range.
    m_updating = true;
    m_presets->setCurrentIndex(m_presets->findData(int(RangePreset::Custom)));
    m_updating = false;
    update();
}

void DateRangeWidget::update()
{
    const QDateTime now = m_clock();
    const Result<ExportWindow::Resolved> resolved =
        ExportWindow::resolve(m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch(), now);
    const QLocale locale;
    if (!resolved) {
        m_range.reset();
        m_explanation = resolved.error().detail;
        m_summary->setText(m_explanation);
    } else {
        m_range = resolved.value().range;
        m_explanation.clear();
        QString text = tr("UTC %1 to %2, %n hour(s)", nullptr, m_range->hours())
                           .arg(Time::isoUtc(m_range->fromMs), Time::isoUtc(m_range->toMs));
        if (resolved.value().endClamped)
            text += QLatin1Char(' ') +
                    tr("(the end was moved to %1 local time: the cluster exports hours up to two hours ago)")
                        .arg(locale.toString(localHour(m_range->toMs), QLocale::ShortFormat));
        m_summary->setText(text);
    }
    Q_EMIT rangeChanged();
}

std::optional<HourRange> DateRangeWidget::range() const
{
    return m_range;
}

QString DateRangeWidget::explanation() const
{
    return m_explanation;
}

} // namespace LicenseUi
