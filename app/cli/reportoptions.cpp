// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoptions.h"

#include "clicommon.h"

#include <cluster/clusterclient.h>
#include <common/timeutil.h>
#include <history/historystore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cmath>
#include <cstdio>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct ReportOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ReportOptions)
};
} // namespace

ReportOptions::ReportOptions()
    : output({QStringLiteral("o"), QStringLiteral("output")},
             ReportOptionsText::tr("Write the CSV to <file> (atomically); \"-\" is stdout."), QStringLiteral("file"))
    , clusterUuid(QStringLiteral("cluster-uuid"),
                  ReportOptionsText::tr("The cluster of the history to read (needed when it holds several)."),
                  QStringLiteral("uuid"))
{}

void ReportOptions::addTo(QCommandLineParser &parser) const
{
    history.addTo(parser);
    parser.addOptions({output, clusterUuid});
}

bool ReportOptions::requireOutput(const QCommandLineParser &parser, int *exitCode) const
{
    if (parser.isSet(output) && !parser.value(output).isEmpty())
        return true;
    printError(ReportOptionsText::tr("no output file given: add %1 (see --help)").arg(QStringLiteral("-o FILE")));
    *exitCode = ExitUsage;
    return false;
}

bool ReportOptions::openHistory(const QCommandLineParser &parser, HistoryStore &store, const QString &preferred,
                                QString *cluster, int *exitCode) const
{
    if (!LicenseCli::openHistory(store, history.value(parser), exitCode))
        return false;
    const Result<QList<StoredCluster>> clusters = store.clusters();
    if (!clusters) {
        printError(clusters.error().message());
        *exitCode = historyExitCode(clusters.error());
        return false;
    }
    auto holds = [&](const QString &uuid) {
        return std::any_of(clusters.value().cbegin(), clusters.value().cend(),
                           [&](const StoredCluster &stored) { return stored.uuid == uuid; });
    };
    *exitCode = ExitUsage;
    if (parser.isSet(clusterUuid)) {
        *cluster = parser.value(clusterUuid);
        if (holds(*cluster))
            return true;
        printError(ReportOptionsText::tr("the history holds no hour of cluster %1").arg(*cluster));
        return false;
    }
    if (!preferred.isEmpty() && holds(preferred)) {
        *cluster = preferred;
        return true;
    }
    if (clusters.value().size() == 1) {
        *cluster = clusters.value().constFirst().uuid;
        return true;
    }
    if (clusters.value().isEmpty())
        printError(ReportOptionsText::tr("the history is empty: import exports first (see %1)")
                       .arg(QStringLiteral("license-usage history import --help")));
    else
        printError(ReportOptionsText::tr("the history holds %n cluster(s): choose one with %1", nullptr,
                                         int(clusters.value().size()))
                       .arg(QStringLiteral("--cluster-uuid UUID")));
    return false;
}

int ReportOptions::write(const QCommandLineParser &parser, const std::function<Error(QIODevice &)> &toDevice,
                         const std::function<Error(const QString &)> &toFile) const
{
    const QString path = parser.value(output);
    Error error;
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            error = Error{ErrorCode::FileUnwritable, out.errorString(), QStringLiteral("stdout")};
        else
            error = toDevice(out);
    } else {
        error = toFile(path);
    }
    if (error.isError()) {
        printError(error.message());
        return ExitFailure;
    }
    return ExitOk;
}

std::optional<double> parseQuota(const QString &option, const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && std::isfinite(value) && value > 0)
        return value;
    //: %1 is the option, %2 the value given.
    printError(ReportOptionsText::tr("--%1: '%2' is not a positive number").arg(option, text));
    return std::nullopt;
}

bool requireData(const HistoryStore &store, const QString &cluster, HourRange range, const QString &what, int *exitCode)
{
    const Result<QList<RangeSource>> sources = store.sources(cluster, range);
    if (!sources) {
        printError(sources.error().message());
        *exitCode = historyExitCode(sources.error());
        return false;
    }
    if (!sources.value().isEmpty())
        return true;
    //: %1 names the period (e.g. "--before"), %2 and %3 its start and end.
    printError(ReportOptionsText::tr("%1: the history holds no hour from %2 to %3")
                   .arg(what, Time::isoUtc(range.fromMs), Time::isoUtc(range.toMs)));
    *exitCode = ExitUsage;
    return false;
}

std::optional<ClusterLicense> fetchLicense(const QCommandLineParser &parser, const ClusterCommandOptions &options,
                                           int *exitCode, QHash<QString, double> *environmentQuotas)
{
    bool fromStore = false;
    const std::optional<ClusterProfile> profile = resolveProfile(parser, options, &fromStore, exitCode);
    if (!profile)
        return std::nullopt;
    std::optional<ClusterLicense> license;
    QObject context;
    resolveToken(parser, options, *profile, fromStore, &context, exitCode, [&](std::optional<QString> token) {
        if (!token) {
            QCoreApplication::exit(*exitCode);
            return;
        }
        auto *client = new ClusterClient(*profile, *token, &context);
        client->fetchClusterLicense(&context, [&, client](const ClusterLicenseResult &result) {
            if (!result.outcome.ok()) {
                printError(result.outcome.errorText);
                QCoreApplication::exit(exitCodeFor(result.outcome));
                return;
            }
            if (!result.available) {
                printError(ReportOptionsText::tr("the cluster does not report its license (it is older than "
                                                 "version 1.326): give the quota with %1")
                               .arg(QStringLiteral("--quota")));
                QCoreApplication::exit(ExitClusterError);
                return;
            }
            license = result.license;
            if (!environmentQuotas) {
                QCoreApplication::exit(ExitOk);
                return;
            }
            client->fetchEnvironmentQuotas(&context, [&](const EnvironmentsResult &environments) {
                if (!environments.outcome.ok()) {
                    printError(environments.outcome.errorText);
                    QCoreApplication::exit(exitCodeFor(environments.outcome));
                    return;
                }
                environmentQuotas->clear();
                for (const ClusterEnvironment &environment : environments.environments) {
                    if (environment.hostUnitQuota)
                        environmentQuotas->insert(environment.id, *environment.hostUnitQuota);
                }
                QCoreApplication::exit(ExitOk);
            });
        });
    });
    *exitCode = QCoreApplication::exec();
    return *exitCode == ExitOk ? license : std::nullopt;
}

} // namespace LicenseCli
