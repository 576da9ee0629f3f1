// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "environmenttotalsmodel.h"
#include "models/displayformat.h"
#include "opendocument.h"

#include <common/timeutil.h>

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QString quotaText(double used, const LicenseUnitUsage &quota)
{
    if (quota.quota <= 0)
        return {};
    const QLocale locale;
    return OverviewPage::tr("%1 % of the license quota of %2")
        .arg(locale.toString(100.0 * used / quota.quota, 'f', 0), locale.toString(quota.quota, 'f', 0));
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new EnvironmentTotalsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_range = new QLabel(tr("Open an export or download one from a cluster to see its usage."), this);
    m_range->setWordWrap(true);
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *figuresFrame = new QFrame(this);
    figuresFrame->setFrameShape(QFrame::StyledPanel);
    m_figures = new QGridLayout(figuresFrame);
    // The rules' tooltips follow the settings the export was read with (updateFigures()).
    m_hostUnitHours = addFigure(0, tr("Host-unit hours (estimated)"), DisplayFormat::hostUnitRule());
    m_peakHostUnits = addFigure(1, tr("Peak host units (estimated)"), DisplayFormat::hostUnitRule());
    m_demUnits = addFigure(2, tr("DEM units (estimated)"), DisplayFormat::demUnitRule());
    m_ddus = addFigure(3, tr("Davis data units"), tr("The sum of all DDU pools as reported by the cluster."));
    m_sessions = addFigure(4, tr("User sessions"), tr("Web visits and mobile sessions."));
    // Log storage is a level and is never summed over hours; uploads are a flow (docs/rules.md, "Log volume").
    m_logs = addFigure(5, tr("Log storage (peak)"),
                       tr("The highest hourly log storage level of the range, all environments together, and in "
                          "brackets its average over the hours with data."));
    m_logUpload = addFigure(6, tr("Log upload"), tr("The log upload volume of the range, summed over its hours."));

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EnvironmentTotalsModel::SortRole);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EnvironmentTotalsModel::HostUnitHoursColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Usage per environment"));
    // Sized to the headers before any data, so long captions (in any language) are readable from the start.
    m_view->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_range);
    layout->addWidget(figuresFrame);
    layout->addWidget(m_notes);
    layout->addWidget(m_view, 1);
    updateFigures();
}

OverviewPage::~OverviewPage() = default;

QLabel *OverviewPage::addFigure(int column, const QString &caption, const QString &toolTip)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setToolTip(toolTip);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    captionLabel->setFont(small);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(QStringLiteral("–"), this);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setToolTip(toolTip);
    m_captions.insert(value, captionLabel);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(caption);
    m_figures->addWidget(value, 0, column);
    m_figures->addWidget(captionLabel, 1, column);
    m_figures->setColumnStretch(column, 1);
    return value;
}

void OverviewPage::setDocument(const OpenDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &OpenDocument::changed, this, &OverviewPage::showDocument);
    showDocument();
}

void OverviewPage::showDocument()
{
    const OpenDocument *document = m_document.data();
    const UsageSnapshotPtr store = document ? document->snapshot() : nullptr;
    const EnvironmentNames names = document ? document->environmentNames() : EnvironmentNames();
    if (store != m_store || names != m_names) {
        const bool newStore = store != m_store;
        m_store = store;
        m_names = names;
        m_model->setStore(store, names);
        if (newStore)
            m_view->resizeColumnsToContents();
    }
    updateFigures();
}

void OverviewPage::setFigureToolTip(QLabel *value, const QString &toolTip)
{
    value->setToolTip(toolTip);
    if (QLabel *caption = m_captions.value(value))
        caption->setToolTip(toolTip);
}

void OverviewPage::updateFigures()
{
    const QLocale locale;
    const RuleSettings rules = m_store ? m_store->rules() : RuleSettings();
    setFigureToolTip(m_hostUnitHours, DisplayFormat::hostUnitRule(rules));
    setFigureToolTip(m_peakHostUnits, DisplayFormat::hostUnitRule(rules));
    setFigureToolTip(m_demUnits, DisplayFormat::demUnitRule(rules));
    if (!m_store) {
        for (QLabel *label : {m_hostUnitHours, m_peakHostUnits, m_demUnits, m_ddus, m_sessions, m_logs, m_logUpload})
            label->setText(QStringLiteral("–"));
        m_notes->clear();
        return;
    }
    const UsageRow &total = m_store->clusterTotal();
    if (const auto range = m_store->range()) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(range->fromMs);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(range->toMs);
        m_range->setText(
            tr("<b>%1</b> to <b>%2</b> (your local time; UTC %3 to %4), %n hour(s)", nullptr, range->hours())
                .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat),
                     Time::isoUtc(range->fromMs), Time::isoUtc(range->toMs)));
    }
    const double peak = double(total.peakHostUnitsMilli) / 1000.0;
    m_hostUnitHours->setText(locale.toString(double(total.hostUnitHoursMilli) / 1000.0, 'f', 1));
    m_peakHostUnits->setText(locale.toString(peak, 'f', 2));
    m_demUnits->setText(locale.toString(total.demUnits, 'f', 1));
    m_ddus->setText(locale.toString(total.dduTotal, 'f', 1));
    m_sessions->setText(locale.toString(total.userSessions()));
    m_logs->setText(tr("%1 (average %2)")
                        .arg(locale.formattedDataSize(total.peakLogStorageBytes),
                             locale.formattedDataSize(total.averageLogStorageBytes())));
    m_logUpload->setText(locale.formattedDataSize(total.logUploadBytes));

    QStringList notes;
    const OpenDocument *document = m_document.data();
    if (const std::optional<ClusterLicense> license = document ? document->license() : std::nullopt) {
        const QString hostQuota = quotaText(peak, license->hostUnits);
        if (!hostQuota.isEmpty())
            notes << tr("Peak host units: %1.").arg(hostQuota);
        const QString demQuota = quotaText(total.demUnits, license->demUnits);
        if (!demQuota.isEmpty())
            notes << tr("DEM units in this range: %1.").arg(demQuota);
        const QString dduQuota = quotaText(total.dduTotal, license->davisDataUnits);
        if (!dduQuota.isEmpty())
            notes << tr("DDUs in this range: %1.").arg(dduQuota);
    }
    if (m_store->missingHours() > 0)
        notes << tr("%n hour(s) of the range have no data in the export (see Export Details); they are not "
                    "counted as zero.",
                    nullptr, m_store->missingHours());
    if (!m_store->warnings().isEmpty())
        notes << tr("%n warning(s) while reading the export (see Export Details).", nullptr,
                    int(m_store->warnings().size()));
    m_notes->setText(notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace LicenseUi
