// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overagepage.h"

#include "models/displayformat.h"
#include "models/hostsinhourmodel.h"
#include "models/overagemodel.h"
#include "periodpicker.h"
#include "quotafield.h"

#include <cluster/clusterlicensejob.h>
#include <history/historystore.h>

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QTableView *createTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

} // namespace

OveragePage::OveragePage(QWidget *parent)
    : AnswerPage(parent)
{
    m_period = new PeriodPicker(PeriodPicker::Choice::WindowRange, this);
    m_quota = new QuotaField(tr("host units"), this);
    frame()->addInput(tr("&Period:"), m_period);
    frame()->addInput(tr("&Quota:"), m_quota);

    m_model = new OverageModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OverageModel::SortRole);
    m_hoursView = createTable(m_proxy, tr("Hours over the quota"), this);
    m_hoursView->setSortingEnabled(true);
    m_hoursView->sortByColumn(OverageModel::HourColumn, Qt::AscendingOrder);

    m_hostsModel = new HostsInHourModel(this);
    m_hostsView = createTable(m_hostsModel, tr("Hosts in the chosen hour"), this);
    m_hostsTitle = new QLabel(tr("Choose an hour to see the hosts that ran then."), this);
    m_hostsTitle->setWordWrap(true);

    auto *hosts = new QWidget(this);
    auto *hostsLayout = new QVBoxLayout(hosts);
    hostsLayout->setContentsMargins(0, 0, 0, 0);
    hostsLayout->addWidget(m_hostsTitle);
    hostsLayout->addWidget(m_hostsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_hoursView);
    splitter->addWidget(hosts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    frame()->addContent(splitter);

    connect(m_period, &PeriodPicker::rangeChanged, this, &AnswerPage::requestUpdate);
    connect(m_quota, &QuotaField::quotaChanged, this, &AnswerPage::requestUpdate);
    connect(m_quota, &QuotaField::fromClusterRequested, this, [this] {
        m_licenseAsked = true;
        m_quota->setReading(true);
        Q_EMIT clusterLicenseRequested();
    });
    connect(m_hoursView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OveragePage::currentHourChanged);
}

OveragePage::~OveragePage() = default;

void OveragePage::setClusterLicense(const ClusterLicense &license, const QString &source)
{
    if (!std::exchange(m_licenseAsked, false))
        return;
    const LicenseUnitUsage &units = license.hostUnits;
    m_clusterQuota = units.present && units.quota > 0 ? std::optional(units.quota) : std::nullopt;
    m_environmentQuotas.clear();
    m_environmentQuotasAwaited = true;
    m_quota->setClusterQuota(m_clusterQuota, source);
}

void OveragePage::setClusterLicenseProblem(const QString &problem)
{
    if (std::exchange(m_licenseAsked, false))
        m_quota->setClusterProblem(problem);
}

void OveragePage::setEnvironmentQuotas(const QHash<QString, double> &quotas)
{
    if (!std::exchange(m_environmentQuotasAwaited, false))
        return;
    m_environmentQuotas = quotas;
    requestUpdate();
}

void OveragePage::scopeChanged()
{
    m_period->setWindowRange(scope().range);
    m_period->setLicenseYearStartMonth(scope().licenseYearStartMonth);
    m_model->setEnvironmentNames(scope().environmentNames);
    m_hostsModel->setEnvironmentNames(scope().environmentNames);
    m_hostsModel->setRules(scope().rules);
}

void OveragePage::compute()
{
    m_hostsModel->clear();
    m_hostsTitle->setText(tr("Choose an hour to see the hosts that ran then."));
    const std::optional<HourRange> range = m_period->range();
    const std::optional<double> quota = m_quota->quota();
    if (!range || !quota) {
        m_model->clear();
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Information,
                            !range ? tr("Choose a period.")
                                   : tr("Type the host-unit quota, or read it from the cluster's license with "
                                        "From the Cluster."));
        finish();
        return;
    }
    const qint64 quotaMilli = qRound64(*quota * 1000.0);
    QHash<QString, qint64> environmentQuotas;
    if (m_clusterQuota && *quota == *m_clusterQuota) {
        for (auto it = m_environmentQuotas.cbegin(); it != m_environmentQuotas.cend(); ++it)
            environmentQuotas.insert(it.key(), qRound64(it.value() * 1000.0));
    }
    const QString cluster = scope().clusterUuid;
    const RuleSettings rules = scope().rules;
    read<Result<OverageAnswer>>(
        [cluster, range = *range, rules, quotaMilli,
         environmentQuotas](const HistoryStore &store) -> Result<OverageAnswer> {
            const Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, range, rules);
            if (!snapshot)
                return snapshot.error();
            return OverageAnswer{OverageReport::compute(*snapshot.value(), quotaMilli),
                                 OverageReport::computePerEnvironment(*snapshot.value(), environmentQuotas)};
        },
        [this](const Result<OverageAnswer> &answer) { showResult(answer); });
}

void OveragePage::showResult(const Result<OverageAnswer> &answer)
{
    if (!answer) {
        m_model->clear();
        frame()->setProblem(MessageWidget::Severity::Error, answer.error().message());
        return;
    }
    const OverageResult &result = answer.value().cluster;
    const std::vector<OverageResult> &environments = answer.value().environments;
    m_model->setResult(result, environments);
    if (result.hoursChecked == 0) {
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Warning,
                            tr("The history holds no hour of this period: sync or open an export of it."),
                            result.method);
        return;
    }
    const QString quota = DisplayFormat::hostUnits(result.quotaMilli);
    const QString peak = DisplayFormat::hostUnits(result.peakHostUnitsMilli);
    QString headline;
    if (result.hours.empty()) {
        //: %1 is the quota, %2 the peak, both in host units.
        headline = tr("None of the %n hour(s) checked exceeds the quota of %1 host units; the peak was %2.", nullptr,
                      result.hoursChecked)
                       .arg(quota, peak);
    } else {
        //: %1 counts the hours over the quota, %2 is the quota, %3 the excess host-unit hours, %4 the peak.
        headline = tr("%1 of %n hour(s) over the quota of %2 host units: %3 excess host-unit hours in all; the peak "
                      "was %4 host units.",
                      nullptr, result.hoursChecked)
                       .arg(QLocale().toString(qint64(result.hours.size())), quota,
                            DisplayFormat::hostUnits(result.excessHostUnitHoursMilli), peak);
    }
    QString method = result.method;
    if (!environments.empty()) {
        int over = 0;
        qint64 excessMilli = 0;
        for (const OverageResult &environment : environments) {
            over += environment.hours.empty() ? 0 : 1;
            excessMilli += environment.excessHostUnitHoursMilli;
            method += QStringLiteral("\n\n") + environment.method;
        }
        //: %1 environments over their own quota, %2 environments with a quota of their own, %3 their excess
        //: host-unit hours.
        headline += QLatin1Char(' ') + tr("Environments over a quota of their own: %1 of %2, with %3 excess "
                                          "host-unit hours.")
                                           .arg(QLocale().toString(over), QLocale().toString(int(environments.size())),
                                                DisplayFormat::hostUnits(excessMilli));
    }
    frame()->setAnswer(headline, result.estimate, method);
    frame()->setCsv(QStringLiteral("overage.csv"), [result, environments](const QString &path) {
        return OverageReport::save(path, result, environments);
    });
    if (!result.hours.empty())
        m_hoursView->selectRow(0);
}

void OveragePage::currentHourChanged()
{
    const QModelIndex current = m_hoursView->currentIndex();
    if (!current.isValid()) {
        m_hostsModel->clear();
        return;
    }
    showHour(current.data(OverageModel::HourRole).toLongLong());
}

void OveragePage::showHour(qint64 hourMs)
{
    HistoryService *service = history();
    if (!service)
        return;
    const quint64 generation = ++m_hostsGeneration;
    const QString cluster = scope().clusterUuid;
    const RuleSettings rules = scope().rules;
    m_hostsTitle->setText(tr("Reading the hosts of %1 UTC…").arg(DisplayFormat::period(hourMs, Granularity::Hour)));
    service->read<Result<std::vector<HostInHour>>>(
        this, [cluster, hourMs, rules](const HistoryStore &store) { return store.hostsInHour(cluster, hourMs, rules); },
        [this, generation, hourMs](Result<std::vector<HostInHour>> hosts) {
            if (generation != m_hostsGeneration)
                return;
            if (!hosts) {
                m_hostsModel->clear();
                m_hostsTitle->setText(hosts.error().message());
            } else {
                //: %1 is an hour in UTC.
                m_hostsTitle->setText(
                    tr("%n host(s) ran at %1 UTC, the most host units first:", nullptr, int(hosts.value().size()))
                        .arg(DisplayFormat::period(hourMs, Granularity::Hour)));
                m_hostsModel->setHosts(hourMs, std::move(hosts).value());
            }
            Q_EMIT hostsShown();
        });
}

} // namespace LicenseUi
