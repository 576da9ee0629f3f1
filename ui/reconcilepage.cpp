// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcilepage.h"

#include "models/displayformat.h"
#include "models/reconciliationmodel.h"

#include <common/result.h>
#include <common/timeutil.h>
#include <history/historystore.h>

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

namespace LicenseUi {

using namespace LicenseCore;

// What the history's thread hands back: the reconciliation, or why there is none.
struct ReconcilePage::Answer
{
    Error error;
    QString clusterUuid; // the cluster reconciled
    int clusters = 0;    // the history's clusters when none was chosen and it holds several
    bool noHours = false;
    std::optional<Reconciliation> reconciliation;
};

namespace {

std::optional<double> billedValue(const LicenseUnitUsage &usage)
{
    return usage.present ? std::optional<double>(usage.usage) : std::nullopt;
}

} // namespace

ReconcilePage::ReconcilePage(QWidget *parent)
    : AnswerPage(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_read = new QPushButton(tr("Read the Billed Usage Again"), this);
    m_read->setToolTip(tr("Read the billed usage again from the license of the cluster chosen in the tool bar"));
    frame()->addInput(tr("Billed usage:"), m_read);

    m_model = new ReconciliationModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Estimate and billed usage"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Four rows: the table takes their height, the reasons the rest.
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_reasonsTitle = new QLabel(tr("Why the estimate may differ from the billed usage:"), this);
    m_reasons = new QListWidget(this);
    m_reasons->setAccessibleName(tr("Likely reasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setSelectionMode(QAbstractItemView::NoSelection);
    m_reasonsTitle->setBuddy(m_reasons);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_reasonsTitle);
    layout->addWidget(m_reasons, 1);
    frame()->addContent(content, 1);
    m_reasonsTitle->setVisible(false);
    m_reasons->setVisible(false);

    connect(m_read, &QPushButton::clicked, this, &ReconcilePage::requestLicense);
}

ReconcilePage::~ReconcilePage() = default;

void ReconcilePage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    requestUpdate();
}

HourRange ReconcilePage::period() const
{
    // /clusterLicense names no period of its own: the license year of the settings, up to the current hour, as the
    // command line takes it.
    const qint64 now = m_clock().toMSecsSinceEpoch();
    HourRange period = Reconciler::licenseYear(now, scope().licenseYearStartMonth);
    period.toMs = std::min(period.toMs, Time::floorHour(now));
    return period;
}

void ReconcilePage::requestLicense()
{
    m_asked = true;
    m_reading = true;
    m_read->setEnabled(false);
    requestUpdate();
    Q_EMIT clusterLicenseRequested();
}

void ReconcilePage::setClusterLicense(const ClusterLicense &license, const QString &source)
{
    // Any page's answer will do: it is the license of the cluster chosen in the tool bar.
    m_asked = true;
    m_reading = false;
    m_read->setEnabled(true);
    m_license = license;
    m_source = source;
    m_problem.clear();
    requestUpdate();
}

void ReconcilePage::setClusterLicenseProblem(const QString &problem)
{
    m_asked = true;
    m_reading = false;
    m_read->setEnabled(true);
    m_license.reset();
    m_problem = problem;
    requestUpdate();
}

void ReconcilePage::forgetClusterLicense()
{
    m_asked = false;
    m_license.reset();
    m_problem.clear();
    m_source.clear();
    requestUpdate();
}

BilledUsage ReconcilePage::billedUsage(QString *alone, bool *warning) const
{
    BilledUsage billed;
    *warning = true;
    if (m_license && !m_license->clusterId.isEmpty() && !scope().clusterUuid.isEmpty() &&
        m_license->clusterId != scope().clusterUuid) {
        //: %1 names the cluster whose license was read.
        *alone = tr("The billed usage read from %1 is of another cluster than the one chosen in the tool bar, so the "
                    "estimate is shown alone.")
                     .arg(m_source);
        billed.unreachableReason = QStringLiteral("the billed usage read is of cluster %1").arg(m_license->clusterId);
    } else if (m_license) {
        // As the command line fills it (app/cli/reportreconcilecommand.cpp).
        billed.reachable = true;
        billed.hostUnits = billedValue(m_license->hostUnits);
        billed.demUnits = billedValue(m_license->demUnits);
        billed.ddus = billedValue(m_license->davisDataUnits);
        const QDateTime lastBilling = QDateTime::fromString(m_license->lastBillingTime, Qt::ISODate);
        if (lastBilling.isValid())
            billed.lastBillingMs = lastBilling.toMSecsSinceEpoch();
    } else if (!m_problem.isEmpty()) {
        //: %1 is a sentence saying why the cluster's license could not be read.
        *alone = tr("%1 The estimate is shown alone.").arg(m_problem);
        billed.unreachableReason = m_problem;
    } else {
        *warning = false;
        *alone = tr("The billed usage is being read from the cluster; until then the estimate is shown alone.");
        billed.unreachableReason = QStringLiteral("the billed usage was not read");
    }
    return billed;
}

void ReconcilePage::compute()
{
    // The page is about the cluster's bill: it reads it the first time it is shown.
    if (!m_asked && !m_reading) {
        m_asked = true;
        m_reading = true;
        m_read->setEnabled(false);
        Q_EMIT clusterLicenseRequested();
    }
    m_result.reset();
    const HourRange period = this->period();
    if (period.isEmpty()) {
        m_model->clear();
        showReasons({});
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Information,
                            tr("The license period has just begun: there is nothing to reconcile yet."));
        finish();
        return;
    }
    QString alone;
    bool warning = false;
    const BilledUsage billed = billedUsage(&alone, &warning);
    // Without a cluster chosen, the license read names its cluster; a history of one cluster needs no choice.
    QString cluster = scope().clusterUuid;
    if (cluster.isEmpty() && billed.reachable && m_license)
        cluster = m_license->clusterId;
    const RuleSettings rules = scope().rules;
    read<Answer>(
        [cluster, period, billed, rules](const HistoryStore &store) {
            Answer answer;
            answer.clusterUuid = cluster;
            if (answer.clusterUuid.isEmpty()) {
                const Result<QList<StoredCluster>> clusters = store.clusters();
                if (!clusters) {
                    answer.error = clusters.error();
                    return answer;
                }
                if (clusters.value().size() != 1) {
                    answer.clusters = int(clusters.value().size());
                    return answer;
                }
                answer.clusterUuid = clusters.value().first().uuid;
            }
            const Result<UsageSnapshotPtr> snapshot = store.snapshot(answer.clusterUuid, period, rules);
            if (!snapshot) {
                answer.error = snapshot.error();
                return answer;
            }
            if (snapshot.value()->hourly().empty()) {
                answer.noHours = true;
                return answer;
            }
            answer.reconciliation = Reconciler::compute(*snapshot.value(), period, billed);
            return answer;
        },
        [this, billed, alone, warning](const Answer &answer) { showAnswer(answer, billed, alone, warning); });
}

QString ReconcilePage::method(const QString &clusterUuid) const
{
    const QString month = QLocale().standaloneMonthName(std::clamp(scope().licenseYearStartMonth, 1, 12));
    //: %1 is a month, %2 a cluster id, %3 the hours of the billing lag.
    return tr("The license period is the license year that starts in %1 (Settings), up to the current hour: the "
              "cluster's license names no period of its own. The estimate is taken from the hours the history holds "
              "of cluster %2 in that period, with the estimation rules in Settings: host units as the busiest hour, "
              "host-unit hours, DEM units and DDUs as sums over the hours. The billed usage is what the cluster's "
              "license (/clusterLicense) reports. The difference is the estimate minus the billed usage, in percent "
              "of the billed usage.\nLikely reasons: hours of the period the history does not hold; hours the "
              "cluster has not billed yet (newer than its last billing time or, without one, the last %3 hours); "
              "trial environments in the estimate; estimation rules in Settings that differ from the defaults.")
        .arg(month, clusterUuid, QString::number(Reconciler::BillingLagHours));
}

void ReconcilePage::showAnswer(const Answer &answer, const BilledUsage &billed, const QString &alone, bool warning)
{
    m_model->clear();
    showReasons({});
    frame()->clearCsv();
    if (answer.error.isError()) {
        frame()->setProblem(MessageWidget::Severity::Error, answer.error.message());
        return;
    }
    if (!answer.reconciliation) {
        if (answer.noHours)
            //: %1 is a cluster id, %2 a range of hours.
            frame()->setProblem(MessageWidget::Severity::Information,
                                tr("The history holds no hours of cluster %1 in the license period %2.")
                                    .arg(answer.clusterUuid, DisplayFormat::hourRange(period())));
        else if (answer.clusters == 0)
            frame()->setProblem(MessageWidget::Severity::Information,
                                tr("The history is empty: import or download an export first."));
        else
            frame()->setProblem(MessageWidget::Severity::Information,
                                tr("The history holds %n cluster(s): choose the one to reconcile in the tool bar.",
                                   nullptr, answer.clusters));
        return;
    }
    const Reconciliation &reconciliation = *answer.reconciliation;
    m_result = reconciliation;
    m_model->setReconciliation(reconciliation, scope().rules, billed.reachable ? m_source : QString());
    // Alone, the estimate is all there is to show.
    for (const int column :
         {ReconciliationModel::BilledColumn, ReconciliationModel::DifferenceColumn, ReconciliationModel::PercentColumn})
        m_view->setColumnHidden(column, !billed.reachable);
    showReasons(reconciliation);

    const QString range = DisplayFormat::hourRange(reconciliation.period);
    //: %1 is a range of hours, %2 names the cluster.
    const QString headline =
        billed.reachable
            ? tr("The estimate for the license period %1 next to the usage %2 bills for it.").arg(range, m_source)
            //: %1 is a range of hours.
            : tr("The estimate for the license period %1.").arg(range);
    frame()->setAnswer(headline, true, method(answer.clusterUuid));
    if (!alone.isEmpty())
        frame()->message()->setMessage(
            warning ? MessageWidget::Severity::Warning : MessageWidget::Severity::Information, alone);
    const QString fileName = QStringLiteral("reconciliation-%1.csv")
                                 .arg(QDateTime::fromMSecsSinceEpoch(reconciliation.period.fromMs, QTimeZone::utc())
                                          .toString(QStringLiteral("yyyy-MM-dd")));
    frame()->setCsv(fileName, [reconciliation](const QString &path) { return Reconciler::save(path, reconciliation); });
}

void ReconcilePage::showReasons(const Reconciliation &reconciliation)
{
    m_reasons->clear();
    const bool shown = !reconciliation.lines.isEmpty();
    m_reasonsTitle->setVisible(shown);
    m_reasons->setVisible(shown);
    if (!shown)
        return;
    for (const ReconciliationReason &reason : reconciliation.reasons) {
        QString title;
        QString why;
        if (reason.kind == QLatin1String("missing_hours")) {
            title = tr("Hours missing from the history");
            why = tr("No export in the history holds these hours: the estimate counts nothing for them, while the "
                     "cluster bills them.");
        } else if (reason.kind == QLatin1String("late_records")) {
            title = tr("Late records");
            why = tr("The history holds these hours, but the cluster has not billed them yet: the estimate counts "
                     "them, the billed usage does not yet.");
        } else if (reason.kind == QLatin1String("trial_environments")) {
            title = tr("Trial environments");
            why = tr("The estimate counts these trial environments; the cluster may not bill them.");
        } else if (reason.kind == QLatin1String("estimation_rules")) {
            title = tr("Estimation rules in Settings");
            why = tr("The estimate follows the rules in Settings, which differ from the defaults the billing follows.");
        } else {
            title = reason.kind;
        }
        //: A likely reason for a difference (%1) and the facts that point to it (%2).
        auto *item = new QListWidgetItem(tr("%1: %2").arg(title, reason.evidence), m_reasons);
        item->setData(Qt::UserRole, reason.kind);
        item->setToolTip(why);
    }
    if (reconciliation.reasons.isEmpty())
        new QListWidgetItem(reconciliation.unreachableReason.isEmpty()
                                ? tr("None found: the history holds every hour of the period, the cluster has billed "
                                     "them all, no environment is a trial and the estimation rules are the defaults.")
                                : tr("None found: the history holds every hour of the period, no environment is a "
                                     "trial and the estimation rules are the defaults."),
                            m_reasons);
}

} // namespace LicenseUi
