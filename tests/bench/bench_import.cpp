// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Import benchmark: generates a realistic export, then measures side by side in one run, best of --runs:
//   (a) the floor: one core inflating every hourly file with libdeflate and checking its CRC-32, nothing
//       else (the stored bytes already in memory; what no importer can beat on one core),
//   (b) the full import into the usage store, as `license-usage csv` does it, on all cores,
//   (c) the peak resident memory of the import.
// The ratio (b)/(a) is the figure to watch: absolute times move with the machine and whatever else runs on it.
// With --bound it first times every stage alone on one core, and simdjson's parsing alone, and prints what two cores
// could reach at best (see measureBound()).
// Usage: bench_import [--environments N] [--hosts N] [--hours N] [--file PATH] [--runs N] [--max-ratio R] [--bound]

#include "benchexport.h"
#include "ondemandwalk.h"

#include <archive/archivereader.h>
#include <archive/entryinflater.h>
#include <demo/exportgenerator.h>
#include <usage/hourparser.h>
#include <usage/hoursummary.h>
#include <usage/importpipeline.h>
#include <usage/usagesnapshotbuilder.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <array>
#include <ctime>
#include <libdeflate.h>
#include <limits>
#include <memory>
#include <simdjson.h>
#include <sys/resource.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

// Resets the kernel's peak-RSS mark so that VmHWM measures what follows only. What earlier runs freed is given
// back first, or the heap they leave behind would count as the next import's.
void resetPeakRss()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

struct FloorRun
{
    double seconds = 0;     // inflating and checking only
    double cpuSeconds = 0;  // the same, in CPU time of the measuring thread
    double openSeconds = 0; // opening the export (a compressed records archive is inflated then), for reference
    qint64 bytes = 0;
    int entries = 0;
    QString error;
};

// CPU time of the calling thread.
double threadCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

// The stored bytes come from the reader, as the import gets them; only libdeflate's work is timed.
FloorRun measureFloor(const QString &path)
{
    FloorRun run;
    using Decompressor = std::unique_ptr<libdeflate_decompressor, decltype(&libdeflate_free_decompressor)>;
    const Decompressor decompressor(libdeflate_alloc_decompressor(), &libdeflate_free_decompressor);
    ArchiveReader reader;
    reader.setDeferredInflation(true);
    QElapsedTimer timer;
    timer.start();
    if (const Error error = reader.open(path); error.isError()) {
        run.error = error.message();
        return run;
    }
    run.openSeconds = double(timer.nsecsElapsed()) / 1e9;
    ArchiveEntry entry;
    QByteArray content;
    qint64 nanoseconds = 0;
    while (reader.readNext(entry)) {
        ++run.entries;
        if (!entry.inflatePending) {
            run.bytes += entry.data.size(); // read whole by the reader (a single JSON file): nothing to inflate
            continue;
        }
        if (content.size() < entry.declaredSize)
            content.resize(entry.declaredSize);
        timer.restart();
        const double cpuBefore = threadCpuSeconds();
        bool ok = false;
        if (entry.method == 0) {
            ok = libdeflate_crc32(0, entry.data.constData(), std::size_t(entry.data.size())) == entry.expectedCrc;
        } else {
            std::size_t made = 0;
            ok = libdeflate_deflate_decompress(decompressor.get(), entry.data.constData(),
                                               std::size_t(entry.data.size()), content.data(),
                                               std::size_t(entry.declaredSize), &made) == LIBDEFLATE_SUCCESS &&
                 qint64(made) == entry.declaredSize &&
                 libdeflate_crc32(0, content.constData(), made) == entry.expectedCrc;
        }
        nanoseconds += timer.nsecsElapsed();
        run.cpuSeconds += threadCpuSeconds() - cpuBefore;
        if (!ok) {
            run.error = entry.where + QStringLiteral(": libdeflate cannot read this entry");
            return run;
        }
        run.bytes += entry.declaredSize;
    }
    if (reader.error().isError())
        run.error = reader.error().message();
    run.seconds = double(nanoseconds) / 1e9;
    return run;
}

// The bound: every stage of the import timed alone on one core, entry by entry, each on the entry the stage before
// made (so it finds it in the cache as the import does), in the CPU time of this thread, which other work on the
// machine inflates far less than wall time. Next to the stages of the import, simdjson's parsing alone: building the
// DOM without reading it, and the on-demand API reading and checking every value without keeping any.
struct BoundRun
{
    enum Stage
    {
        Open,      // opening the export: the inner archive is inflated to a temporary file then
        Read,      // the reading thread finding and reading each entry's stored bytes
        Inflate,   // libdeflate inflate + CRC-32 (EntryInflater), the floor's work
        DomParse,  // simdjson DOM parse alone
        OnDemand,  // on-demand reading of every value, simdjson as this build compiles it
        Parse,     // parseHourRecord(): DOM parse and reading the fields the import needs
        Summarise, // summarizeHour()
        Fold,      // UsageSnapshotBuilder::add()
        Build,     // UsageSnapshotBuilder::build()
        StageCount
    };
    std::array<double, StageCount> cpu{};
    qint64 bytes = 0;
    QString error;
};

BoundRun measureBound(const QString &path)
{
    BoundRun run;
    auto timed = [&run](BoundRun::Stage stage, auto &&work) {
        const double before = threadCpuSeconds();
        auto result = work();
        run.cpu[stage] += threadCpuSeconds() - before;
        return result;
    };
    ArchiveReader reader;
    reader.setDeferredInflation(true);
    if (const Error error = timed(BoundRun::Open, [&] { return reader.open(path); }); error.isError()) {
        run.error = error.message();
        return run;
    }
    EntryInflater inflater;
    simdjson::dom::parser domParser;
    UsageSnapshotBuilder builder;
    ArchiveEntry entry;
    QByteArray content;
    std::uint64_t checksum = 0;
    while (timed(BoundRun::Read, [&] { return reader.readNext(entry); })) {
        if (const Error error = timed(BoundRun::Inflate, [&] { return inflater.inflate(entry, content); });
            error.isError()) {
            run.error = error.message();
            return run;
        }
        run.bytes += content.size();
        const auto *json = reinterpret_cast<const uint8_t *>(content.constData());
        const auto size = size_t(content.size());
        const auto capacity = size_t(content.capacity());
        const bool domOk = timed(BoundRun::DomParse, [&] {
            simdjson::dom::element root;
            return domParser.parse(json, size, false).get(root) == simdjson::SUCCESS;
        });
        const bool onDemandOk =
            timed(BoundRun::OnDemand, [&] { return walkOnDemand(content.constData(), size, capacity, checksum); });
        if (!domOk || !onDemandOk) {
            run.error = entry.where + QStringLiteral(": simdjson cannot read this file");
            return run;
        }
        Result<HourRecord> record = timed(BoundRun::Parse, [&] { return parseHourRecord(content, entry.where); });
        if (!record) {
            run.error = record.error().message();
            return run;
        }
        HourSummary summary =
            timed(BoundRun::Summarise, [&] { return summarizeHour(std::move(record).value(), RuleSettings{}); });
        timed(BoundRun::Fold, [&] {
            builder.add(std::move(summary), entry.where);
            return true;
        });
    }
    if (reader.error().isError()) {
        run.error = reader.error().message();
        return run;
    }
    timed(BoundRun::Build, [&] { return builder.build(); });
    if (checksum == 0)
        run.error = QStringLiteral("the on-demand reading read nothing");
    return run;
}

// CPU time of all the process's threads: with other work on the machine, wall time alone says little.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto toSeconds = [](const timeval &time) { return double(time.tv_sec) + double(time.tv_usec) / 1e6; };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

QString seconds(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral(" s");
}

QString throughput(double megabytes, double value)
{
    return QString::number(megabytes / value, 'f', 0) + QStringLiteral(" MB/s");
}

bool printBound(const QString &path, int runs, QTextStream &out, QTextStream &err)
{
    BoundRun best;
    best.cpu.fill(std::numeric_limits<double>::max());
    for (int run = 0; run < runs; ++run) {
        const BoundRun bound = measureBound(path);
        if (!bound.error.isEmpty()) {
            err << "bench: " << bound.error << '\n';
            return false;
        }
        for (size_t stage = 0; stage < best.cpu.size(); ++stage)
            best.cpu[stage] = std::min(best.cpu[stage], bound.cpu[stage]);
        best.bytes = bound.bytes;
    }
    const double megabytes = double(best.bytes) / 1e6;
    const auto &cpu = best.cpu;
    const double floor = cpu[BoundRun::Inflate];
    auto line = [&](const char *label, double value) {
        out << "  " << QString::fromLatin1(label).leftJustified(44) << seconds(value) << "  "
            << throughput(megabytes, value) << "  " << QString::number(value / floor, 'f', 2) << " x inflate\n";
    };
    out << "bound: each stage alone on one core, CPU time of its thread, best of " << runs << ", " << megabytes
        << " MB of JSON\n";
    line("opening the export (inner archive spooled)", cpu[BoundRun::Open]);
    line("reading the stored bytes", cpu[BoundRun::Read]);
    line("inflate + CRC-32 (libdeflate)", floor);
    line(qPrintable(QStringLiteral("simdjson DOM parse alone (%1)")
                        .arg(QString::fromStdString(simdjson::get_active_implementation()->name()))),
         cpu[BoundRun::DomParse]);
    line(qPrintable(QStringLiteral("on-demand, every value read (%1)").arg(QLatin1String(onDemandImplementation()))),
         cpu[BoundRun::OnDemand]);
    line("parseHourRecord (DOM + the fields read)", cpu[BoundRun::Parse]);
    line("summarizeHour", cpu[BoundRun::Summarise]);
    line("UsageSnapshotBuilder::add", cpu[BoundRun::Fold]);
    line("UsageSnapshotBuilder::build", cpu[BoundRun::Build]);
    const double fastestParse = std::min(cpu[BoundRun::DomParse], cpu[BoundRun::OnDemand]);
    const double physical = (floor + fastestParse) / 2;
    out << "two cores at best, inflating and parsing alone:  (inflate + fastest parse) / 2 = " << seconds(physical)
        << " = " << QString::number(physical / floor, 'f', 2) << " x the floor\n";
    const double shared =
        cpu[BoundRun::Read] + floor + cpu[BoundRun::Parse] + cpu[BoundRun::Summarise] + cpu[BoundRun::Fold];
    const double stages = cpu[BoundRun::Open] + shared / 2 + cpu[BoundRun::Build];
    out << "two cores at best, the import's stages:  open + (read + inflate + parse + summarise + fold) / 2 + build = "
        << seconds(stages) << " = " << QString::number(stages / floor, 'f', 2) << " x the floor\n";
    out.flush();
    return true;
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
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measure the floor and the import this many times each, "
                                                       "alternately, and keep the best of each."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption minimumOption(QStringLiteral("min-json-mb"),
                                           QStringLiteral("Fail unless the export holds this much JSON."),
                                           QStringLiteral("mb"), QStringLiteral("0"));
    const QCommandLineOption maxRatioOption(QStringLiteral("max-ratio"),
                                            QStringLiteral("Fail when the best import takes more than this many "
                                                           "times the best floor (0: report only)."),
                                            QStringLiteral("ratio"), QStringLiteral("0"));
    const QCommandLineOption boundOption(QStringLiteral("bound"),
                                         QStringLiteral("First time every stage of the import alone on one core, and "
                                                        "simdjson's parsing alone, and say what two cores could "
                                                        "reach."));
    parser.addOptions({environmentsOption, hostsOption, hoursOption, fileOption, runsOption, minimumOption,
                       maxRatioOption, boundOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir tempDir;
    const QString path =
        parser.isSet(fileOption) ? parser.value(fileOption) : tempDir.filePath(QStringLiteral("bench-export.zip"));
    if (!ensureBenchExport(path, parser.value(environmentsOption).toInt(), parser.value(hostsOption).toInt(),
                           parser.value(hoursOption).toInt(), out, err))
        return 1;

    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (parser.isSet(boundOption) && !printBound(path, runs, out, err))
        return 1;
    double bestFloor = std::numeric_limits<double>::max();
    double bestFloorCpu = std::numeric_limits<double>::max();
    double bestOpen = std::numeric_limits<double>::max();
    double bestImport = std::numeric_limits<double>::max();
    double bestImportCpu = std::numeric_limits<double>::max();
    double bestUse = 0; // of the best import: its CPU time over what all cores could give in its wall time
    qint64 peakKiB = 0;
    qint64 rssBefore = 0;
    qint64 jsonBytes = 0;
    int entries = 0;
    UsageSnapshotPtr store;
    for (int run = 0; run < runs; ++run) {
        const FloorRun floor = measureFloor(path);
        if (!floor.error.isEmpty()) {
            err << "bench: " << floor.error << '\n';
            return 1;
        }
        bestFloor = std::min(bestFloor, floor.seconds);
        bestFloorCpu = std::min(bestFloorCpu, floor.cpuSeconds);
        bestOpen = std::min(bestOpen, floor.openSeconds);
        jsonBytes = floor.bytes;
        entries = floor.entries;

        store.reset();
        resetPeakRss();
        rssBefore = std::max(rssBefore, statusKiB("VmRSS"));
        const double cpuBefore = processCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const Result<UsageSnapshotPtr> imported = importExport(path, ImportOptions{});
        const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double importCpu = processCpuSeconds() - cpuBefore;
        peakKiB = std::max(peakKiB, statusKiB("VmHWM"));
        if (!imported) {
            err << "bench: " << imported.error().message() << '\n';
            return 1;
        }
        store = imported.value();
        if (importSeconds < bestImport)
            bestUse = importCpu / (importSeconds * QThread::idealThreadCount());
        bestImport = std::min(bestImport, importSeconds);
        bestImportCpu = std::min(bestImportCpu, importCpu);
        out << "run " << run + 1 << ": floor " << seconds(floor.seconds) << ", import " << seconds(importSeconds)
            << " (CPU " << seconds(importCpu) << "), ratio " << QString::number(importSeconds / floor.seconds, 'f', 2)
            << '\n';
    }

    const double jsonMB = double(jsonBytes) / 1e6;
    const double ratio = bestImport / bestFloor;
    out << "export:                " << QFileInfo(path).size() / 1e6 << " MB on disk, " << entries << " hourly files, "
        << jsonMB << " MB of JSON, " << store->environmentIds().size() << " environments, " << store->hosts().size()
        << " hosts, " << store->hourly().size() << " rows\n";
    out << "cores:                 " << QThread::idealThreadCount() << ", best of " << runs << '\n';
    out << "(a) floor, one core:   " << seconds(bestFloor) << "  " << throughput(jsonMB, bestFloor)
        << "  (libdeflate inflate + CRC-32 of every hourly file)\n";
    out << "    opening the export: " << seconds(bestOpen) << "  (not in the floor; in the import)\n";
    out << "(b) full import:       " << seconds(bestImport) << "  " << throughput(jsonMB, bestImport) << '\n';
    out << "(b)/(a):               " << QString::number(ratio, 'f', 2) << '\n';
    // On a machine busy with other work, the import's threads may get no more CPU than the floor's one thread:
    // the wall-time ratio then approaches this one, which the load does not move.
    out << "    CPU time of (b):    " << seconds(bestImportCpu) << ", "
        << QString::number(bestImportCpu / bestFloorCpu, 'f', 2) << " times the floor's CPU time of "
        << seconds(bestFloorCpu) << " (over " << QThread::idealThreadCount() << " cores)\n";
    out << "    cores kept busy:    " << QString::number(bestUse * 100, 'f', 0)
        << " % (CPU time / (cores x wall time) of the best import; low on a machine busy with other work)\n";
    out << "(c) peak memory:       " << QString::number(peakKiB / 1024.0, 'f', 0) << " MB (resident before import "
        << QString::number(rssBefore / 1024.0, 'f', 0) << " MB)\n";
    out.flush();

    const double minimumMB = parser.value(minimumOption).toDouble();
    if (jsonMB < minimumMB) {
        err << "bench: the export holds " << jsonMB << " MB of JSON, less than " << minimumMB << '\n';
        return 1;
    }
    const double maxRatio = parser.value(maxRatioOption).toDouble();
    if (maxRatio > 0 && ratio > maxRatio) {
        err << "bench: the import takes " << QString::number(ratio, 'f', 2) << " times the floor, more than "
            << maxRatio << '\n';
        return 1;
    }
    return 0;
}
