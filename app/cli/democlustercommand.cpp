// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "clustercommands.h"
#include "signalwatcher.h"

#include <common/savefile.h>
#include <demo/democluster.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <cmath>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::DemoCluster)
};
} // namespace

int runDemoCluster(const QStringList &arguments)
{
    QCommandLineParser parser;
    //: 'fetch' and 'environments' are command names and stay as they are.
    parser.setApplicationDescription(
        DemoText::tr("Serves the built-in demo cluster on 127.0.0.1 until interrupted (Ctrl+C).\n"
                     "It answers the Cluster API v2 license endpoints with generated data, for trying 'fetch' and\n"
                     "'environments' without a real cluster. Its tokens are printed; they only work with this demo."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        DemoText::tr("Listen on <port> (default: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tlsOption(
        QStringLiteral("tls"), DemoText::tr("Serve https:// with the demo certificate (its CA file is printed)."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), DemoText::tr("Seed of the generated data."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption usageOption(
        QStringLiteral("license-usage"),
        //: 'check' is a command name and stays as it is.
        DemoText::tr("Report billed usage at <percent> of every quota in /clusterLicense (for trying 'check')."),
        QStringLiteral("percent"));
    const QCommandLineOption noQuotaOption(QStringLiteral("no-quota"),
                                           DemoText::tr("Report a license without quotas in /clusterLicense."));
    const QCommandLineOption environmentQuotaOption(
        QStringLiteral("environment-quota"),
        //: 'ID=HU' stays as it is: an environment id, '=', host units.
        DemoText::tr("Report a host-unit quota of <ID=HU> for one environment in /environments (with "
                     "includeConsumptionInfo), repeatable; the others are unlimited. Without it the first environment "
                     "has %1 host units and the second %2.")
            .arg(DemoCluster::DefaultFirstQuota)
            .arg(DemoCluster::DefaultSecondQuota),
        QStringLiteral("ID=HU"));
    const QCommandLineOption noEnvironmentQuotaOption(QStringLiteral("no-environment-quotas"),
                                                      DemoText::tr("Report no environment quotas in /environments."));
    parser.addOptions({portOption, tlsOption, seedOption, usageOption, noQuotaOption, environmentQuotaOption,
                       noEnvironmentQuotaOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        printError(DemoText::tr("--port needs a number between %1 and %2").arg(0).arg(65535));
        return ExitUsage;
    }
    bool seedOk = false;
    DemoClusterOptions options;
    options.generator.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        printError(DemoText::tr("--seed needs a non-negative number"));
        return ExitUsage;
    }
    if (parser.isSet(usageOption)) {
        bool usageOk = false;
        options.licenseUsagePercent = parser.value(usageOption).toDouble(&usageOk);
        if (!usageOk || !(options.licenseUsagePercent >= 0) || !std::isfinite(options.licenseUsagePercent)) {
            printError(DemoText::tr("--license-usage needs a percentage of 0 or more"));
            return ExitUsage;
        }
    }
    options.licenseQuotas = !parser.isSet(noQuotaOption);
    if (parser.isSet(noEnvironmentQuotaOption))
        options.environmentHostUnitQuotas = QHash<QString, double>();
    for (const QString &value : parser.values(environmentQuotaOption)) {
        const qsizetype equals = value.lastIndexOf(QLatin1Char('='));
        bool quotaOk = false;
        const double quota = equals > 0 ? value.mid(equals + 1).toDouble(&quotaOk) : -1;
        if (!quotaOk || !(quota >= 0) || !std::isfinite(quota)) {
            printError(
                DemoText::tr("--environment-quota needs an environment id, '=' and host units, not '%1'").arg(value));
            return ExitUsage;
        }
        if (!options.environmentHostUnitQuotas)
            options.environmentHostUnitQuotas = QHash<QString, double>();
        options.environmentHostUnitQuotas->insert(value.left(equals), quota);
    }

    DemoCluster cluster(options);
    QString caPath;
    if (parser.isSet(tlsOption)) {
        cluster.setTlsConfiguration(DemoCluster::demoTlsConfiguration());
        // Clients need the demo CA to verify the demo certificate; write it where --ca-file can find it.
        const QString directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        caPath = QDir(directory).filePath(QStringLiteral("demo-cluster-ca.pem"));
        QSaveFile caFile(caPath);
        if (!QDir().mkpath(directory) || !caFile.open(QIODevice::WriteOnly) ||
            caFile.write(DemoCluster::demoCaCertificatePem()) < 0 || !commitComplete(caFile)) {
            printError(DemoText::tr("%1: the demo CA certificate cannot be written").arg(caPath));
            return ExitFailure;
        }
    }
    if (const Status status = cluster.listen(quint16(port)); status.isError()) {
        printError(status.message());
        return ExitClusterError;
    }

    const QString url = cluster.url().toString();
    QTextStream out(stdout);
    // Scripts and tests read the first two lines ("Demo cluster: URL", "Token: TOKEN"): they stay in English.
    out << "Demo cluster: " << url << '\n'
        << "Token: " << DemoCluster::demoToken() << '\n'
        << DemoText::tr("Token without the Service Provider API scope (answers 403): %1")
               .arg(DemoCluster::tokenWithoutScope())
        << '\n';
    if (!caPath.isEmpty())
        out << DemoText::tr("CA certificate: %1").arg(caPath) << '\n';
    const QString tryCommand =
        QStringLiteral("LICENSE_USAGE_TOKEN=%1 license-usage fetch --cluster %2%3 -o export.zip")
            .arg(DemoCluster::demoToken(), url, caPath.isEmpty() ? QString() : QStringLiteral(" --ca-file ") + caPath);
    out << DemoText::tr("Try: %1").arg(tryCommand) << '\n'
        << DemoText::tr("Serving until interrupted (Ctrl+C).") << '\n'
        << Qt::flush;

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &cluster, [] { QCoreApplication::exit(ExitOk); });
    const int code = QCoreApplication::exec();
    cluster.close();
    return code;
}

} // namespace LicenseCli
