// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deflatefixture.h"

#include <archive/entryinflater.h>

#include <QBuffer>
#include <QTest>
#include <random>
#include <zlib.h>

using namespace LicenseCore;
using TestFixture::crcOf;
using TestFixture::rawDeflate;

Q_DECLARE_METATYPE(LicenseCore::ErrorCode)
Q_DECLARE_METATYPE(LicenseCore::ArchiveLimits)

namespace {

constexpr int Stored = 0;
constexpr int Deflated = Z_DEFLATED;
const QString Where = QStringLiteral("export.zip \u203A c0ffee_1790812800000.json");

// An hourly file's text of about `size` bytes, compressible like the real ones.
QByteArray hourText(qsizetype size, quint32 seed)
{
    std::mt19937 generator(seed);
    QByteArray text("{\"timeFrameStart\":1790812800000,\"environmentBillingEntries\":[");
    while (text.size() < size)
        text += "{\"osiId\":" + QByteArray::number(qint64(generator())) + ",\"hostMemoryBytes\":17179869184},";
    text.chop(1);
    text += "]}";
    return text;
}

// An entry as a reader with deferred inflation hands it out, with whatever its header claims.
ArchiveEntry pendingEntry(const QByteArray &stored, int method, quint32 crc, qint64 declaredSize,
                          ArchiveLimits limits = {})
{
    ArchiveEntry entry;
    entry.name = QStringLiteral("c0ffee_1790812800000.json");
    entry.where = Where;
    entry.data.reserve(stored.size() + ArchiveEntry::Padding);
    entry.data.append(stored);
    entry.expectedCrc = crc;
    entry.inflatePending = true;
    entry.method = quint16(method);
    entry.declaredSize = declaredSize;
    entry.limits = limits;
    return entry;
}

// What zlib in chunks makes of the same entry, straight from its stored bytes: the reference for the errors.
Error streamed(EntryInflater &inflater, const ArchiveEntry &entry)
{
    QBuffer device;
    device.setData(entry.data);
    if (!device.open(QIODevice::ReadOnly))
        qFatal("Cannot open a buffer");
    const EntrySource source = EntrySource::of(entry);
    QByteArray content(entry.declaredSize, Qt::Uninitialized);
    BufferSink sink(content.data());
    qint64 produced = 0;
    return inflater.stream(device, source, sink, produced);
}

} // namespace

class TestEntryInflater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inflatesWhole_data();
    void inflatesWhole();
    void reusesItsBuffer();
    void sharesWhatNeedsNoInflating();

    void rejectsAsTheChunkedReadDoes_data();
    void rejectsAsTheChunkedReadDoes();
};

void TestEntryInflater::inflatesWhole_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("level");

    QTest::newRow("empty") << QByteArray() << 9;
    QTest::newRow("one byte") << QByteArray("{") << 9;
    QTest::newRow("an hour, best compression") << hourText(200 * 1024, 1) << 9;
    QTest::newRow("an hour, fastest compression") << hourText(200 * 1024, 2) << 1;
    QTest::newRow("an hour, stored blocks") << hourText(50 * 1024, 3) << 0;
}

void TestEntryInflater::inflatesWhole()
{
    QFETCH(QByteArray, text);
    QFETCH(int, level);

    EntryInflater inflater;
    QByteArray content;
    const Error error =
        inflater.inflate(pendingEntry(rawDeflate(text, level), Deflated, crcOf(text), text.size()), content);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(content, text);
    // The parser reads up to Padding bytes past the end without a copy.
    QVERIFY(content.capacity() >= content.size() + ArchiveEntry::Padding);
}

void TestEntryInflater::reusesItsBuffer()
{
    const QByteArray first = hourText(100 * 1024, 4);
    const QByteArray second = hourText(90 * 1024, 5);
    EntryInflater inflater;
    QByteArray content;
    QVERIFY(
        !inflater.inflate(pendingEntry(rawDeflate(first), Deflated, crcOf(first), first.size()), content).isError());
    const char *storage = content.constData();
    QVERIFY(
        !inflater.inflate(pendingEntry(rawDeflate(second), Deflated, crcOf(second), second.size()), content).isError());
    QVERIFY(content.constData() == storage); // unshared and large enough: no new allocation
    QCOMPARE(content, second);
}

void TestEntryInflater::sharesWhatNeedsNoInflating()
{
    const QByteArray text = hourText(10 * 1024, 6);
    EntryInflater inflater;
    QByteArray content;

    const ArchiveEntry stored = pendingEntry(text, Stored, crcOf(text), text.size());
    QVERIFY(!inflater.inflate(stored, content).isError());
    QVERIFY(content.isSharedWith(stored.data));

    ArchiveEntry done;
    done.data = text;
    QVERIFY(!inflater.inflate(done, content).isError());
    QVERIFY(content.isSharedWith(done.data));

    const Error damaged = inflater.inflate(pendingEntry(text, Stored, crcOf(text) ^ 1, text.size()), content);
    QCOMPARE(damaged.code, ErrorCode::ChecksumMismatch);
    QCOMPARE(damaged.where, Where);
}

void TestEntryInflater::rejectsAsTheChunkedReadDoes_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<int>("method");
    QTest::addColumn<quint32>("crc");
    QTest::addColumn<qint64>("declaredSize");
    QTest::addColumn<ArchiveLimits>("limits");
    QTest::addColumn<ErrorCode>("code");

    const QByteArray text = hourText(300 * 1024, 7);
    const QByteArray stream = rawDeflate(text);
    const quint32 crc = crcOf(text);
    const qint64 size = text.size();
    const ArchiveLimits defaults;

    QTest::newRow("more data than declared")
        << stream << Deflated << crc << size / 2 << defaults << ErrorCode::ArchiveLimit;
    QTest::newRow("less data than declared")
        << stream << Deflated << crc << size + 1000 << defaults << ErrorCode::TruncatedArchive;
    QTest::newRow("stream cut short") << stream.left(stream.size() / 2) << Deflated << crc << size << defaults
                                      << ErrorCode::TruncatedArchive;
    QTest::newRow("damaged stream") << QByteArray(400, char(0xff)) << Deflated << crc << size << defaults
                                    << ErrorCode::TruncatedArchive;
    QTest::newRow("wrong checksum") << stream << Deflated << (crc ^ 1) << size << defaults
                                    << ErrorCode::ChecksumMismatch;
    QTest::newRow("stored, shorter than declared")
        << text.left(1000) << Stored << crc << qint64(2000) << defaults << ErrorCode::TruncatedArchive;

    // 16 MiB of zeros in about 16 KiB, then junk that makes the declared sizes look harmless: the ratio is
    // measured on the compressed bytes the stream really takes.
    const QByteArray zeros(16 * 1024 * 1024, '\0');
    QByteArray padded = rawDeflate(zeros);
    padded += QByteArray(zeros.size() / 100, 'x');
    QTest::newRow("ratio beyond the limit, measured")
        << padded << Deflated << crcOf(zeros) << qint64(zeros.size()) << defaults << ErrorCode::ArchiveLimit;
    ArchiveLimits noRatio;
    noRatio.maxCompressionRatio = 1e12;
    QTest::newRow("the same without a ratio limit reads")
        << padded << Deflated << crcOf(zeros) << qint64(zeros.size()) << noRatio << ErrorCode::None;
}

void TestEntryInflater::rejectsAsTheChunkedReadDoes()
{
    QFETCH(QByteArray, stored);
    QFETCH(int, method);
    QFETCH(quint32, crc);
    QFETCH(qint64, declaredSize);
    QFETCH(ArchiveLimits, limits);
    QFETCH(ErrorCode, code);

    const ArchiveEntry entry = pendingEntry(stored, method, crc, declaredSize, limits);
    EntryInflater inflater;
    QByteArray content;
    const Error error = inflater.inflate(entry, content);
    QVERIFY2(error.code == code, qPrintable(error.message()));
    if (code == ErrorCode::None)
        return;
    QCOMPARE(error.where, Where);
    // Inflating whole words the error exactly as the chunked read from the file always did.
    const Error reference = streamed(inflater, entry);
    QCOMPARE(error.code, reference.code);
    QCOMPARE(error.detail, reference.detail);
}

QTEST_GUILESS_MAIN(TestEntryInflater)

#include "tst_entryinflater.moc"
