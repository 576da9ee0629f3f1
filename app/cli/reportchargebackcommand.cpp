// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "historyoptions.h"
#include "reportcommands.h"

#include <cluster/environmentnamecache.h>
#include <history/historystore.h>
#include <report/chargebackcalculator.h>
#include <report/chargebackcsv.h>
#include <report/chargebackpdf.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct ChargebackText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportChargeback)
};

// A rate card or mapping file that cannot be used: the problem in one line, and the usage exit status.
int badInput(const Error &error)
{
    printError(error.message());
    return error.code == ErrorCode::FileUnreadable ? ExitFailure : ExitUsage;
}

} // namespace

int runReportChargeback(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ChargebackText::tr(
        "Writes the chargeback statements of a period from the history: one per cost centre, each environment's "
        "host-unit hours, DEM units, DDUs, log upload and months at the rate card's prices, in minor currency units "
        "that add up to the cluster's totals. An environment's cost centre is the value of its tag with the key "
        "given (from the cluster's list of environments, kept by sync), unless the mapping file names it; "
        "environments with neither are Unallocated. The file's extension chooses CSV or PDF."));
    const QCommandLineOption ratesOption(QStringLiteral("rates"), ChargebackText::tr("The rate card (JSON)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          ChargebackText::tr("The period as an ISO 8601 interval, the end excluded."),
                                          QStringLiteral("FROM/TO"));
    const QCommandLineOption tagKeyOption(QStringLiteral("tag-key"),
                                          ChargebackText::tr("The key of the environment tag that names the cost "
                                                             "centre (default: %1).")
                                              .arg(QString::fromLatin1(CostCentreMapping::DefaultTagKey)),
                                          QStringLiteral("KEY"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       ChargebackText::tr("A CSV \"environment_id,cost_centre\" that overrides tags."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption clusterOption(
        QStringLiteral("cluster-uuid"),
        ChargebackText::tr("The cluster's UUID (needed when the history holds several)."), QStringLiteral("UUID"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ChargebackText::tr("The statement file: .csv or .pdf."),
                                          QStringLiteral("FILE"));
    parser.addOptions({ratesOption, periodOption, tagKeyOption, mapOption, clusterOption, outputOption});
    const HistoryOption history;
    history.addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode) || !noPositionalArguments(parser, &exitCode))
        return exitCode;
    for (const QCommandLineOption &required : {ratesOption, periodOption, outputOption}) {
        if (!parser.isSet(required)) {
            printError(ChargebackText::tr("--%1 is required (see --help)").arg(required.names().constLast()));
            return ExitUsage;
        }
    }
    const QString output = parser.value(outputOption);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("pdf")) {
        printError(ChargebackText::tr("-o: '%1' must end in .csv or .pdf").arg(output));
        return ExitUsage;
    }
    bool periodOk = true;
    const std::optional<HourRange> period = parsePeriodOption(parser, periodOption, &periodOk);
    if (!period)
        return ExitUsage;

    ChargebackCalculator::Input input;
    input.period = *period;
    Result<RateCard> rates = RateCard::load(parser.value(ratesOption));
    if (!rates)
        return badInput(rates.error());
    input.rates = std::move(rates).value();
    QList<ManualCostCentre> manual;
    if (parser.isSet(mapOption)) {
        Result<QList<ManualCostCentre>> loaded = CostCentreMapping::load(parser.value(mapOption));
        if (!loaded)
            return badInput(loaded.error());
        manual = std::move(loaded).value();
    }

    HistoryStore store;
    if (!openHistory(store, history.value(parser), &exitCode))
        return exitCode;
    QString cluster = parser.value(clusterOption);
    if (cluster.isEmpty()) {
        const Result<QList<StoredCluster>> clusters = store.clusters();
        if (!clusters) {
            printError(clusters.error().message());
            return historyExitCode(clusters.error());
        }
        QStringList inPeriod;
        for (const StoredCluster &stored : clusters.value()) {
            if (stored.extent.fromMs < period->toMs && stored.extent.toMs > period->fromMs)
                inPeriod.append(stored.uuid);
        }
        if (inPeriod.size() > 1) {
            printError(ChargebackText::tr("the history holds several clusters in the period (%1): choose one with %2")
                           .arg(inPeriod.join(QStringLiteral(", ")), QStringLiteral("--cluster-uuid UUID")));
            return ExitUsage;
        }
        cluster = inPeriod.value(0);
    }
    if (cluster.isEmpty()) {
        printError(ChargebackText::tr("the period has no usage data in the history"));
        return ExitUsage;
    }
    // The rules of an export's CSV, as `history csv` uses: the same hours give the same quantities.
    Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, *period, RuleSettings{});
    if (!snapshot) {
        printError(snapshot.error().message());
        return historyExitCode(snapshot.error());
    }
    input.snapshot = snapshot.value();
    const Result<QList<StoredEnvironment>> environments = store.environments(cluster);
    if (!environments) {
        printError(environments.error().message());
        return historyExitCode(environments.error());
    }
    // Names the cluster gave when it was last asked, under those the history keeps.
    input.names = LicenseCore::environmentNames();
    QHash<QString, QStringList> tags;
    for (const StoredEnvironment &environment : environments.value()) {
        tags.insert(environment.id, environment.tags);
        input.knownEnvironments.insert(environment.id);
        if (!environment.name.isEmpty())
            input.names.insert(environment.id, environment.name);
    }
    const QString tagKey =
        parser.isSet(tagKeyOption) ? parser.value(tagKeyOption) : QString::fromLatin1(CostCentreMapping::DefaultTagKey);
    input.mapping = CostCentreMapping(tagKey, tags, manual);

    if (const Status status = ChargebackCalculator::checkMapping(input); status.isError())
        return badInput(Error{status.code, status.detail, parser.value(mapOption)});
    const Result<ChargebackStatement> statement = ChargebackCalculator::compute(input);
    if (!statement) {
        const Error &error = statement.error();
        if (error.code == ErrorCode::NoUsageData) {
            printError(error.message());
            return ExitUsage;
        }
        // The mapping was checked above: what is left is the rate card's (a month it has no prices for).
        return badInput(Error{error.code, error.detail, parser.value(ratesOption)});
    }

    Error written;
    if (suffix == QLatin1String("csv")) {
        written = ChargebackCsv::save(output, statement.value());
    } else {
        ChargebackPdf::Header header;
        header.cluster = cluster;
        header.createdMs = QDateTime::currentMSecsSinceEpoch();
        header.locale = QLocale();
        written = ChargebackPdf::save(output, statement.value(), header);
    }
    if (written.isError()) {
        printError(written.message());
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace LicenseCli
