// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "churnpage.h"

#include "answertableview.h"
#include "models/churnmodel.h"
#include "models/displayformat.h"

#include <history/historystore.h>

#include <QComboBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

// The box's entries: every change but unchanged (the default), all hosts, then each change.
constexpr int ChangedHosts = -2;
constexpr int AllHosts = -1;

} // namespace

ChurnPage::ChurnPage(QWidget *parent)
    : TwoPeriodPage(parent)
{
    m_change = new QComboBox(this);
    m_change->addItem(tr("Hosts that changed"), ChangedHosts);
    m_change->addItem(tr("All hosts"), AllHosts);
    for (const HostChange change :
         {HostChange::Added, HostChange::Removed, HostChange::ModeChanged, HostChange::Resized, HostChange::Unchanged})
        m_change->addItem(ChurnModel::changeText(change), int(change));
    m_change->setAccessibleName(tr("Show hosts by change"));
    frame()->addInput(tr("&Show:"), m_change);

    m_model = new ChurnModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChurnModel::SortRole);
    m_proxy->setFilterRole(ChurnModel::ChangeRole);
    // Unsorted, the table keeps the result's order: by impact.
    m_view = new AnswerTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Host churn"));
    frame()->addContent(m_view);
    applyFilter();

    connect(m_change, &QComboBox::currentIndexChanged, this, &ChurnPage::applyFilter);
}

ChurnPage::~ChurnPage() = default;

void ChurnPage::setChangeFilter(std::optional<HostChange> change)
{
    m_change->setCurrentIndex(m_change->findData(change ? int(*change) : ChangedHosts));
}

void ChurnPage::scopeChanged()
{
    TwoPeriodPage::scopeChanged();
    m_model->setEnvironmentNames(scope().environmentNames);
}

bool ChurnPage::csvIncludesUnchanged() const
{
    const int value = m_change->currentData().toInt();
    return value == AllHosts || value == int(HostChange::Unchanged);
}

void ChurnPage::applyFilter()
{
    const int value = m_change->currentData().toInt();
    if (value == AllHosts)
        m_proxy->setFilterRegularExpression(QString());
    else if (value == ChangedHosts)
        m_proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^(?!unchanged$)")));
    else
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QString(QLatin1Char('^') + HostChurn::changeName(HostChange(value)) + QLatin1Char('$'))));
    // The CSV holds the unchanged hosts when the table shows them.
    if (!m_model->result().rows.empty()) {
        const ChurnResult result = m_model->result();
        const bool unchanged = csvIncludesUnchanged();
        frame()->setCsv(QStringLiteral("host-churn.csv"),
                        [result, unchanged](const QString &path) { return HostChurn::save(path, result, unchanged); });
    }
}

void ChurnPage::clearResult()
{
    m_model->clear();
}

void ChurnPage::compute()
{
    HourRange before;
    HourRange after;
    if (!periods(&before, &after))
        return;
    const QString cluster = scope().clusterUuid;
    const RuleSettings rules = scope().rules;
    read<Result<ChurnResult>>(
        [cluster, before, after, rules](const HistoryStore &store) -> Result<ChurnResult> {
            const Result<std::vector<HostPeriod>> hostsBefore = store.hostPeriods(cluster, before, rules);
            if (!hostsBefore)
                return hostsBefore.error();
            const Result<std::vector<HostPeriod>> hostsAfter = store.hostPeriods(cluster, after, rules);
            if (!hostsAfter)
                return hostsAfter.error();
            return HostChurn::compute(before, hostsBefore.value(), after, hostsAfter.value());
        },
        [this](const Result<ChurnResult> &result) { showResult(result); });
}

void ChurnPage::showResult(const Result<ChurnResult> &answer)
{
    if (!answer) {
        showError(answer.error());
        return;
    }
    const ChurnResult &result = answer.value();
    m_view->showModelOrder();
    m_model->setRules(scope().rules);
    m_model->setResult(result);
    if (result.rows.empty()) {
        frame()->clearCsv();
        frame()->setProblem(MessageWidget::Severity::Warning,
                            tr("No host was counted in either period: the history may hold no hour of them."),
                            result.method);
        return;
    }
    const auto count = [&result](HostChange change) { return result.counts[int(change)]; };
    const qint64 difference = result.hostUnitHoursAfterMilli - result.hostUnitHoursBeforeMilli;
    const QString signedDifference =
        (difference > 0 ? QLocale().positiveSign() : QString()) + DisplayFormat::hostUnits(difference);
    //: %1 and %2 are host-unit hours of the two periods, %3 their difference; then counts of hosts per change.
    const QString headline =
        tr("Host-unit hours %1 → %2 (%3): %4 added, %5 removed, %6 changed mode, %7 resized, %8 unchanged.")
            .arg(DisplayFormat::hostUnits(result.hostUnitHoursBeforeMilli),
                 DisplayFormat::hostUnits(result.hostUnitHoursAfterMilli), signedDifference,
                 QLocale().toString(count(HostChange::Added)), QLocale().toString(count(HostChange::Removed)),
                 QLocale().toString(count(HostChange::ModeChanged)), QLocale().toString(count(HostChange::Resized)),
                 QLocale().toString(count(HostChange::Unchanged)));
    frame()->setAnswer(headline, result.estimate, result.method);
    applyFilter();
}

} // namespace LicenseUi
