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
#include <algorithm>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QDateTime localHour(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime();
}

} // namespace

DateRangeWidget::DateRangeWidget(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_clusterBox = new QComboBox(this);
    m_clusterBox->setAccessibleName(tr("Cluster"));
    m_clusterBox->setToolTip(tr("Show the history of one cluster, or of all together"));
    m_clusterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clusterBox->setVisible(false);
    m_presets = new QComboBox(this);
    for (RangePreset preset : allPresets())
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
    layout->addWidget(m_clusterBox, 0, 0);
    layout->addWidget(m_presets, 0, 1);
    layout->addWidget(fromLabel, 0, 2);
    layout->addWidget(m_from, 0, 3);
    layout->addWidget(toLabel, 0, 4);
    layout->addWidget(m_to, 0, 5);
    layout->addWidget(m_summary, 1, 0, 1, 6);
    layout->setColumnStretch(6, 1);

    connect(m_presets, &QComboBox::currentIndexChanged, this, &DateRangeWidget::presetChosen);
    connect(m_clusterBox, &QComboBox::currentIndexChanged, this, [this] {
        m_cluster = m_clusterBox->currentData().toString();
        // All history is the chosen cluster's; every other range stays as it is.
        refresh();
    });
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

void DateRangeWidget::setLicenseYearStartMonth(int month)
{
    if (month == m_licenseYearStartMonth)
        return;
    m_licenseYearStartMonth = month;
    if (preset() == RangePreset::ThisLicenseYear)
        presetChosen();
}

void DateRangeWidget::setHistoryClusters(const QList<StoredCluster> &clusters)
{
    const std::optional<HourRange> before = historySpan();
    m_clusters = clusters;
    const bool listed = std::any_of(m_clusters.cbegin(), m_clusters.cend(),
                                    [this](const StoredCluster &cluster) { return cluster.uuid == m_cluster; });
    const QString chosen = m_cluster;
    // No clusters at all means none are known yet: a choice restored from last time waits for them.
    if (!listed && !m_clusters.isEmpty())
        m_cluster.clear();
    fillClusterBox();
    if (preset() == RangePreset::AllHistory && (historySpan() != before || chosen != m_cluster))
        presetChosen();
    else if (chosen != m_cluster)
        update();
}

void DateRangeWidget::setClusterNames(const QHash<QString, QString> &names)
{
    m_clusterNames = names;
    fillClusterBox();
}

void DateRangeWidget::setCluster(const QString &clusterUuid)
{
    if (clusterUuid == m_cluster)
        return;
    m_cluster = clusterUuid;
    fillClusterBox();
    refresh();
}

QString DateRangeWidget::cluster() const
{
    return m_cluster;
}

std::optional<HourRange> DateRangeWidget::historySpan() const
{
    std::optional<HourRange> span;
    for (const StoredCluster &cluster : m_clusters) {
        if (!m_cluster.isEmpty() && cluster.uuid != m_cluster)
            continue;
        span = span
                   ? HourRange{std::min(span->fromMs, cluster.extent.fromMs), std::max(span->toMs, cluster.extent.toMs)}
                   : cluster.extent;
    }
    return span;
}

void DateRangeWidget::fillClusterBox()
{
    const QSignalBlocker blocker(m_clusterBox);
    m_clusterBox->clear();
    m_clusterBox->addItem(tr("All clusters"), QString());
    for (const StoredCluster &cluster : std::as_const(m_clusters)) {
        if (cluster.uuid.isEmpty())
            continue;
        const QString name = m_clusterNames.value(cluster.uuid);
        m_clusterBox->addItem(name.isEmpty() ? cluster.uuid : tr("%1 (%2)").arg(name, cluster.uuid.left(8)),
                              cluster.uuid);
        m_clusterBox->setItemData(m_clusterBox->count() - 1, cluster.uuid, Qt::ToolTipRole);
    }
    m_clusterBox->setCurrentIndex(std::max(0, m_clusterBox->findData(m_cluster)));
    // One cluster is all clusters: the choice only appears when there is one to make (hours without a cluster id
    // make "All clusters" differ from the one cluster with an id).
    m_clusterBox->setVisible(m_clusters.size() > 1);
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
    PresetContext context;
    context.licenseYearStartMonth = m_licenseYearStartMonth;
    context.history = historySpan();
    if (const std::optional<HourRange> span = presetRange(preset(), m_clock(), context)) {
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
    if (preset() == RangePreset::AllHistory && !historySpan()) {
        m_range.reset();
        m_explanation = tr("The history holds no hours yet: open or download an export first.");
        m_summary->setText(m_explanation);
        Q_EMIT rangeChanged();
        return;
    }
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
