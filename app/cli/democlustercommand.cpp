// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "clustercommands.h"
#include "demo/democluster.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

namespace LicenseCli {

using namespace LicenseCore;

int runDemoCluster(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the built-in demo cluster on 127.0.0.1 until interrupted (Ctrl+C).\n"
        "It answers the Cluster API v2 license endpoints with generated data, for trying 'fetch' and\n"
        "'environments' without a real cluster. Its tokens are printed; they only work with this demo."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Listen on <port> (default: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tlsOption(
        QStringLiteral("tls"), QStringLiteral("Serve https:// with the demo certificate (its CA file is printed)."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({portOption, tlsOption, seedOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        printError(QStringLiteral("--port needs a number between 0 and 65535"));
        return ExitUsage;
    }
    bool seedOk = false;
    DemoClusterOptions options;
    options.generator.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        printError(QStringLiteral("--seed needs a non-negative number"));
        return ExitUsage;
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
            caFile.write(DemoCluster::demoCaCertificatePem()) < 0 || !caFile.commit()) {
            printError(QStringLiteral("%1: the demo CA certificate cannot be written").arg(caPath));
            return ExitFailure;
        }
    }
    if (const Status status = cluster.listen(quint16(port)); status.isError()) {
        printError(status.message());
        return ExitClusterError;
    }

    const QString url = cluster.url().toString();
    QTextStream out(stdout);
    out << "Demo cluster: " << url << '\n'
        << "Token: " << DemoCluster::demoToken() << '\n'
        << "Token without the Service Provider API scope (answers 403): " << DemoCluster::tokenWithoutScope() << '\n';
    if (!caPath.isEmpty())
        out << "CA certificate: " << caPath << '\n';
    out << "Try: LICENSE_USAGE_TOKEN=" << DemoCluster::demoToken() << " license-usage fetch --cluster " << url
        << (caPath.isEmpty() ? QString() : QStringLiteral(" --ca-file ") + caPath) << " -o export.zip\n"
        << "Serving until interrupted (Ctrl+C).\n"
        << Qt::flush;

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &cluster, [] { QCoreApplication::exit(ExitOk); });
    const int code = QCoreApplication::exec();
    cluster.close();
    return code;
}

} // namespace LicenseCli
