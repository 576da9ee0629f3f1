// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Import benchmark: generates a realistic export, then measures in one run
//   (a) inflating every JSON entry and nothing else (the floor any importer pays),
//   (b) the full import into the usage store,
//   (c) the peak resident memory of the import.
// Usage: bench_import [--environments N] [--hosts N] [--hours N] [--file PATH] [--keep]

#include <archive/archivereader.h>
#include <common/timeutil.h>
#include <demo/exportgenerator.h>
#include <usage/importpipeline.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using namespace LicenseCore;

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the kernel's peak-RSS mark so that VmHWM measures what follows only.
void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import benchmark"));
    parser.addHelpOption();
    const QCommandLineOption environmentsOption(QStringLiteral("environments"), QStringLiteral("Environments."),
                                                QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Hosts in all."), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"), QStringLiteral("Hours."), QStringLiteral("n"),
                                         QStringLiteral("720"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Use (or create, if missing) this export file."),
                                        QStringLiteral("path"));
    const QCommandLineOption minimumOption(QStringLiteral("min-json-mb"),
                                           QStringLiteral("Fail unless the export holds this much JSON."),
                                           QStringLiteral("mb"), QStringLiteral("0"));
    parser.addOptions({environmentsOption, hostsOption, hoursOption, fileOption, minimumOption});
    parser.process(app);

    QTextStream out(stdout);
    QTemporaryDir tempDir;
    const QString path =
        parser.isSet(fileOption) ? parser.value(fileOption) : tempDir.filePath(QStringLiteral("bench-export.zip"));
    if (!QFileInfo::exists(path)) {
        GeneratorOptions options;
        options.environments = parser.value(environmentsOption).toInt();
        options.hosts = parser.value(hostsOption).toInt();
        options.hours = parser.value(hoursOption).toInt();
        options.seed = 42;
        QElapsedTimer timer;
        timer.start();
        const Error error = ExportGenerator(options).writeZipFile(path);
        if (error.isError()) {
            QTextStream(stderr) << "bench: " << error.message() << '\n';
            return 1;
        }
        out << "generated " << path << " in " << timer.elapsed() / 1000.0 << " s\n";
    }

    // (a) inflate only
    QElapsedTimer timer;
    timer.start();
    ArchiveReader reader;
    if (const Error error = reader.open(path); error.isError()) {
        QTextStream(stderr) << "bench: " << error.message() << '\n';
        return 1;
    }
    ArchiveEntry entry;
    int entries = 0;
    while (reader.readNext(entry))
        ++entries;
    if (reader.error().isError()) {
        QTextStream(stderr) << "bench: " << reader.error().message() << '\n';
        return 1;
    }
    const double inflateSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double jsonMB = double(reader.bytesRead()) / 1e6;
    entry = ArchiveEntry();

    // (b) full import, (c) its peak memory
    resetPeakRss();
    const qint64 rssBefore = statusKiB("VmRSS");
    timer.restart();
    const Result<UsageSnapshotPtr> imported = importExport(path, ImportOptions{});
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 peakKiB = statusKiB("VmHWM");
    if (!imported) {
        QTextStream(stderr) << "bench: " << imported.error().message() << '\n';
        return 1;
    }
    const UsageSnapshot &store = *imported.value();

    out << "export:            " << QFileInfo(path).size() / 1e6 << " MB on disk, " << entries << " hourly files, "
        << jsonMB << " MB of JSON, " << store.environmentIds().size() << " environments, " << store.hosts().size()
        << " hosts, " << store.hourly().size() << " rows\n";
    out << "cores:             " << QThread::idealThreadCount() << '\n';
    out << qSetFieldWidth(0);
    out << "(a) inflate only:  " << QString::number(inflateSeconds, 'f', 2) << " s  "
        << QString::number(jsonMB / inflateSeconds, 'f', 0) << " MB/s\n";
    out << "(b) full import:   " << QString::number(importSeconds, 'f', 2) << " s  "
        << QString::number(jsonMB / importSeconds, 'f', 0) << " MB/s\n";
    out << "(b)/(a):           " << QString::number(importSeconds / inflateSeconds, 'f', 2) << '\n';
    out << "(c) peak memory:   " << QString::number(peakKiB / 1024.0, 'f', 0) << " MB (resident before import "
        << QString::number(rssBefore / 1024.0, 'f', 0) << " MB)\n";

    const double minimumMB = parser.value(minimumOption).toDouble();
    if (jsonMB < minimumMB) {
        QTextStream(stderr) << "bench: the export holds " << jsonMB << " MB of JSON, less than " << minimumMB << '\n';
        return 1;
    }
    return 0;
}
