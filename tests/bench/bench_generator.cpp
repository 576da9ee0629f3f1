// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How fast the synthetic generator writes an export: the hourly JSON alone, then the whole ZIP.
//     bench_generator [--environments N] [--hosts N] [--hours N]
// The defaults are the benchmark-sized export of bench_import (20 environments, 2,000 hosts, 720 hours).
#include <demo/exportgenerator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace LicenseCore;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption environmentsOption(QStringLiteral("environments"), QStringLiteral("Environments."),
                                                QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Hosts."), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"), QStringLiteral("Hours."), QStringLiteral("n"),
                                         QStringLiteral("720"));
    parser.addOptions({environmentsOption, hostsOption, hoursOption});
    parser.process(app);

    GeneratorOptions options;
    options.environments = parser.value(environmentsOption).toInt();
    options.hosts = parser.value(hostsOption).toInt();
    options.hours = parser.value(hoursOption).toInt();
    if (options.environments <= 0 || options.hosts <= 0 || options.hours <= 0) {
        std::fprintf(stderr, "bench_generator: sizes must be positive\n");
        return 2;
    }
    const ExportGenerator generator(options);

    QElapsedTimer timer;
    timer.start();
    qint64 jsonBytes = 0;
    for (int h = 0; h < options.hours; ++h)
        jsonBytes += generator.hourJson(h).size();
    const double jsonSeconds = std::max(double(timer.nsecsElapsed()) / 1e9, 1e-9);
    std::printf("hourJson: %.1f MB in %.2f s = %.0f MB/s (%.0f bytes per hour and host slot)\n",
                double(jsonBytes) / 1e6, jsonSeconds, double(jsonBytes) / 1e6 / jsonSeconds,
                double(jsonBytes) / options.hours / options.hosts);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.zip"));
    timer.restart();
    const Error error = generator.writeZipFile(path);
    const double zipSeconds = std::max(double(timer.nsecsElapsed()) / 1e9, 1e-9);
    if (error.isError()) {
        std::fprintf(stderr, "bench_generator: %s\n", qPrintable(error.message()));
        return 1;
    }
    std::printf("writeZipFile: %.1f MB of JSON into %.1f MB of ZIP in %.2f s = %.0f MB/s of JSON\n",
                double(jsonBytes) / 1e6, double(QFileInfo(path).size()) / 1e6, zipSeconds,
                double(jsonBytes) / 1e6 / zipSeconds);
    return 0;
}
