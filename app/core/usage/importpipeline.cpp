// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <archive/archivereader.h>
#include <archive/entryinflater.h>
#include <usage/hourparser.h>
#include <usage/hoursummary.h>
#include <usage/importpipeline.h>
#include <usage/usagesnapshotbuilder.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <deque>

namespace LicenseCore {

namespace {

// Gives importExport() a translation context of its own.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ExportImport)
};

struct ParsedEntry
{
    std::any transformed;
    Error error;
    bool fatal = false; // the archive is damaged: fails the import even when invalid files are skipped
};

// Runs on a parser thread: the entry is inflated where it is parsed, into this thread's buffer, which the
// parser then reads in place.
ParsedEntry parseEntry(const ArchiveEntry &entry, const QString &source, const HourPipeline &stages)
{
    thread_local EntryInflater inflater;
    thread_local QByteArray content;
    ParsedEntry parsed;
    if (Error error = inflater.inflate(entry, content); error.isError()) {
        // As when the reader inflates: a damaged entry ends the import. A wrong checksum alone counts as an
        // invalid file, as it always did here.
        parsed.fatal = error.code != ErrorCode::ChecksumMismatch;
        parsed.error = error;
        return parsed;
    }
    Result<HourRecord> record = parseHourRecord(content, source);
    if (content.isSharedWith(entry.data))
        content = QByteArray(); // the entry's own buffer (not deflated): not kept beyond the entry
    if (!record)
        parsed.error = record.error();
    else
        parsed.transformed = stages.transform(std::move(record).value());
    return parsed;
}

struct Pending
{
    QFuture<ParsedEntry> future;
    QString source;
};

} // namespace

Result<ArchiveInfo> runHourPipeline(const QString &path, const ImportOptions &options, const HourPipeline &stages,
                                    const ImportProgressCallback &progress, const std::atomic_bool *cancel)
{
    ArchiveReader reader(options.limits);
    // The parser threads inflate and check the entries, so the reading thread, the one that cannot be
    // parallel, only finds and reads their stored bytes.
    reader.setDeferredInflation(true);
    if (Error error = reader.open(path); error.isError())
        return error;
    const ArchiveInfo &info = reader.info();

    QThreadPool pool;
    pool.setMaxThreadCount(options.parserThreads > 0 ? options.parserThreads : QThread::idealThreadCount());
    // Enough entries in flight to keep every parser busy while the next one is read, and no more.
    const size_t maxInFlight = size_t(pool.maxThreadCount()) * 2 + 1;
    std::deque<Pending> pending;

    ImportProgress state;
    state.entriesTotal = info.jsonEntryCount;
    state.bytesTotal = info.declaredJsonBytes;
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto report = [&](bool force) {
        if (progress && (force || sinceReport.elapsed() >= 50)) {
            progress(state);
            sinceReport.restart();
        }
    };

    Error failure;
    auto foldFront = [&] {
        Pending front = std::move(pending.front());
        pending.pop_front();
        ParsedEntry parsed = front.future.takeResult();
        ++state.entriesDone;
        if (failure.isError())
            return;
        if (parsed.error.isError()) {
            if (options.skipInvalidFiles && !parsed.fatal) {
                if (stages.skipped)
                    stages.skipped(parsed.error);
            } else {
                failure = parsed.error;
            }
            return;
        }
        failure = stages.fold(std::move(parsed.transformed), front.source);
    };

    const QString archiveName = QFileInfo(path).fileName();
    ArchiveEntry entry;
    while (!failure.isError()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            failure = Error{ErrorCode::Cancelled, ImportText::tr("the import was cancelled"), archiveName};
            break;
        }
        if (!reader.readNext(entry)) {
            if (reader.error().isError())
                failure = reader.error();
            break;
        }
        state.bytesDone = reader.bytesRead();
        const QString source = archiveName + QStringLiteral(" › ") + entry.name;
        ArchiveEntry taken = std::move(entry);
        entry = ArchiveEntry();
        pending.push_back({QtConcurrent::run(&pool, [taken = std::move(taken), source,
                                                     &stages] { return parseEntry(taken, source, stages); }),
                           source});
        while (pending.size() >= maxInFlight || (!pending.empty() && pending.front().future.isFinished()))
            foldFront();
        report(false);
    }
    while (!pending.empty())
        foldFront();
    if (failure.isError())
        return failure;
    if (state.entriesDone == 0)
        return Error{ErrorCode::NoUsageData, ImportText::tr("the export contains no hourly usage files"), archiveName};
    report(true);
    return info;
}

Result<UsageSnapshotPtr> importExport(const QString &path, const ImportOptions &options,
                                      const ImportProgressCallback &progress, const std::atomic_bool *cancel)
{
    UsageSnapshotBuilder builder(options.rules);
    if (options.expectedRange)
        builder.setExpectedRange(*options.expectedRange);
    const RuleSettings rules = options.rules;
    HourPipeline stages;
    stages.transform = [rules](HourRecord &&record) { return std::any(summarizeHour(std::move(record), rules)); };
    stages.fold = [&builder](std::any &&summary, const QString &source) {
        builder.add(std::any_cast<HourSummary>(std::move(summary)), source);
        return Error{};
    };
    stages.skipped = [&builder](const Error &error) {
        builder.addWarning(ImportText::tr("%1 (file skipped)").arg(error.message()));
    };
    const Result<ArchiveInfo> info = runHourPipeline(path, options, stages, progress, cancel);
    if (!info)
        return info.error();
    builder.setArchiveInfo(info.value());
    return builder.build();
}

} // namespace LicenseCore
