// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <demo/exportgenerator.h>
#include <usage/exportimporter.h>
#include <usage/importpipeline.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace LicenseCore;

namespace {

void writeFlatZip(const QString &path, const QList<QPair<QString, QByteArray>> &files)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto &[name, data] : files) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(data);
        file.close();
    }
    zip.close();
}

QByteArray hour(qint64 startMs, const QString &environment, int visits)
{
    return QStringLiteral(R"({"timeFrameStart": %1, "environmentBillingEntries": [{"environmentUuid": "%2",
        "visits": %3, "hostUsages": [{"osiId": 7, "hostMemoryBytes": 4294967296}]}]})")
        .arg(startMs)
        .arg(environment)
        .arg(visits)
        .toUtf8();
}

constexpr qint64 H0 = 1790812800000; // 2026-10-01T00:00:00Z

} // namespace

class TestExportImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_generated;
    GeneratorOptions m_options;

private Q_SLOTS:
    void initTestCase()
    {
        m_generated = m_dir.filePath(QStringLiteral("generated.zip"));
        m_options.environments = 5;
        m_options.hosts = 80;
        m_options.hours = 72;
        QVERIFY(!ExportGenerator(m_options).writeZipFile(m_generated).isError());
    }

    void importsInTheBackgroundWithProgress()
    {
        ExportImporter importer;
        QSignalSpy progress(&importer, &ExportImporter::progressChanged);
        QSignalSpy finished(&importer, &ExportImporter::finished);
        QSignalSpy failed(&importer, &ExportImporter::failed);
        importer.start(m_generated);
        QVERIFY(importer.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(!importer.isRunning());
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<ImportProgress>();
        QCOMPARE(last.entriesDone, m_options.hours);
        QCOMPARE(last.entriesTotal, m_options.hours);
        QVERIFY(last.bytesDone > 0);

        const auto store = finished.first().first().value<UsageSnapshotPtr>();
        QCOMPARE(store->hourFiles(), m_options.hours);
        QVERIFY(store->gaps().isEmpty());
        QCOMPARE(store->range()->hours(), m_options.hours);
        QCOMPARE(store->archive().layout, ArchiveInfo::Layout::Nested);
        QVERIFY(!store->archive().logText.isEmpty());
    }

    void sameResultWhateverTheThreadCount()
    {
        ImportOptions one;
        one.parserThreads = 1;
        ImportOptions four;
        four.parserThreads = 4;
        const Result<UsageSnapshotPtr> a = importExport(m_generated, one);
        const Result<UsageSnapshotPtr> b = importExport(m_generated, four);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value()->hourly().size(), b.value()->hourly().size());
        QCOMPARE(a.value()->clusterTotal().hostUnitHoursMilli, b.value()->clusterTotal().hostUnitHoursMilli);
        QCOMPARE(a.value()->clusterTotal().visits, b.value()->clusterTotal().visits);
        QCOMPARE(a.value()->hosts().size(), b.value()->hosts().size());
    }

    void cancelStopsWithoutAStore()
    {
        ExportImporter importer;
        QSignalSpy finished(&importer, &ExportImporter::finished);
        QSignalSpy failed(&importer, &ExportImporter::failed);
        importer.start(m_generated);
        importer.cancel();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::Cancelled);
        QCOMPARE(finished.size(), 0);
    }

    void aNewImportSupersedesTheRunningOne()
    {
        ExportImporter importer;
        QSignalSpy finished(&importer, &ExportImporter::finished);
        QSignalSpy failed(&importer, &ExportImporter::failed);
        importer.start(m_generated);
        importer.start(m_generated); // joins the first worker: whatever it posted is queued before the second's
        QVERIFY(finished.wait(30000));
        // Deliver anything still queued for the importer now, instead of waiting a while and hoping: the superseded
        // import's posts were queued before the one that just arrived, and none may become a signal.
        QCoreApplication::sendPostedEvents(&importer);
        QCOMPARE(finished.size(), 1); // the superseded import reports nothing
        QCOMPARE(failed.size(), 0);
    }

    void laterFileWinsAndGapsAreListed()
    {
        const QString path = m_dir.filePath(QStringLiteral("duplicates.zip"));
        // Hours 0, 1, 3; hour 1 twice: the second file (visits 20) replaces the first (visits 10).
        writeFlatZip(path, {{QStringLiteral("a.json"), hour(H0, QStringLiteral("env"), 1)},
                            {QStringLiteral("b.json"), hour(H0 + Time::HourMs, QStringLiteral("env"), 10)},
                            {QStringLiteral("c.json"), hour(H0 + 3 * Time::HourMs, QStringLiteral("env"), 3)},
                            {QStringLiteral("d.json"), hour(H0 + Time::HourMs, QStringLiteral("env"), 20)}});
        const Result<UsageSnapshotPtr> imported = importExport(path, ImportOptions{});
        QVERIFY(imported.ok());
        const UsageSnapshot &store = *imported.value();
        QCOMPARE(store.hourly().size(), size_t(3));
        QCOMPARE(store.hourly().at(1).visits, qint64(20));
        QCOMPARE(store.clusterTotal().visits, qint64(1 + 20 + 3));
        // 4 GiB full-stack: 0.25 host units in each of the three hours.
        QCOMPARE(store.clusterTotal().hostUnitHoursMilli, qint64(750));
        QCOMPARE(store.gaps(), (QList<HourRange>{{H0 + 2 * Time::HourMs, H0 + 3 * Time::HourMs}}));
        QCOMPARE(store.warnings().size(), 1);
        QVERIFY(store.warnings().first().text.contains(QStringLiteral("b.json")));
        QVERIFY(store.warnings().first().text.contains(QStringLiteral("d.json")));
    }

    void expectedRangeAddsLeadingAndTrailingGaps()
    {
        const QString path = m_dir.filePath(QStringLiteral("one-hour.zip"));
        writeFlatZip(path, {{QStringLiteral("a.json"), hour(H0 + 2 * Time::HourMs, QStringLiteral("env"), 1)}});
        ImportOptions options;
        options.expectedRange = HourRange{H0, H0 + 5 * Time::HourMs};
        const Result<UsageSnapshotPtr> imported = importExport(path, options);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value()->gaps(),
                 (QList<HourRange>{{H0, H0 + 2 * Time::HourMs}, {H0 + 3 * Time::HourMs, H0 + 5 * Time::HourMs}}));
        QCOMPARE(imported.value()->missingHours(), 4);
    }

    void checksumIsStillVerified()
    {
        // The import checks CRCs on its parser threads; a flipped byte must still fail the import.
        const QString path = m_dir.filePath(QStringLiteral("crc.zip"));
        {
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile file(&zip);
            QuaZipNewInfo info(QStringLiteral("flipped.json"));
            // Stored, so the flipped byte lands in the content itself.
            QVERIFY(file.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0));
            file.write(hour(H0, QStringLiteral("env"), 1));
            file.close();
            zip.close();
        }
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QByteArray bytes = raw.readAll();
        const qsizetype at = bytes.indexOf("environmentBillingEntries");
        QVERIFY(at > 0);
        bytes[at] = 'E'; // still valid JSON, no longer the archived content
        raw.seek(0);
        raw.write(bytes);
        raw.close();
        const Result<UsageSnapshotPtr> imported = importExport(path, ImportOptions{});
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, ErrorCode::ChecksumMismatch);
        QVERIFY(imported.error().message().contains(QStringLiteral("flipped.json")));
    }

    void badFileFailsOrIsSkipped()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.zip"));
        writeFlatZip(path, {{QStringLiteral("a.json"), hour(H0, QStringLiteral("env"), 1)},
                            {QStringLiteral("b.json"), QByteArrayLiteral("{\"environmentBillingEntries\": []}")}});
        const Result<UsageSnapshotPtr> strict = importExport(path, ImportOptions{});
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, ErrorCode::InvalidSchema);
        QVERIFY(strict.error().message().contains(QStringLiteral("b.json")));

        ImportOptions lenient;
        lenient.skipInvalidFiles = true;
        const Result<UsageSnapshotPtr> skipped = importExport(path, lenient);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.value()->hourly().size(), size_t(1));
        QVERIFY(skipped.value()->warnings().first().text.contains(QStringLiteral("b.json")));
    }
};

QTEST_GUILESS_MAIN(TestExportImporter)
#include "tst_exportimporter.moc"
