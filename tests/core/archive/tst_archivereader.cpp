// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deflatefixture.h"

#include <archive/archivereader.h>
#include <archive/entryinflater.h>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <functional>
#include <numeric>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <random>
#include <zlib.h>

using namespace LicenseCore;
using TestFixture::crcOf;
using TestFixture::rawDeflate;

Q_DECLARE_METATYPE(LicenseCore::ErrorCode)
Q_DECLARE_METATYPE(LicenseCore::ArchiveLimits)
Q_DECLARE_METATYPE(LicenseCore::ArchiveInfo::Layout)

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr quint32 RegularFile = quint32(0100644) << 16;
constexpr quint32 Symlink = quint32(0120777) << 16;
constexpr int Stored = 0;
constexpr int LzmaMethod = 14;

// One entry of a test archive. A raw entry's data is written as it is (already compressed with `method`),
// with whatever CRC and uncompressed size it claims: that is how the lying headers are made.
struct TestEntry
{
    QString name;
    QByteArray data;
    int method = Z_DEFLATED;
    int level = Z_DEFAULT_COMPRESSION;
    quint32 externalAttr = RegularFile;
    QByteArray password;
    bool raw = false;
    quint32 crc = 0;
    qint64 uncompressedSize = 0;
};

TestEntry fileEntry(const QString &name, const QByteArray &data, int method = Z_DEFLATED)
{
    TestEntry result;
    result.name = name;
    result.data = data;
    result.method = method;
    return result;
}

TestEntry rawEntry(const QString &name, const QByteArray &compressed, int method, quint32 crc, qint64 declaredSize)
{
    TestEntry result = fileEntry(name, compressed, method);
    result.raw = true;
    result.crc = crc;
    result.uncompressedSize = declaredSize;
    return result;
}

// `mebibytes` MiB of zero bytes as a raw deflate stream of about 1 KiB per MiB. Deflating 3 GiB would take
// the test several seconds, so one MiB is deflated with a full flush (which makes the block independent of
// what precedes it) and repeated, then an empty final block ends the stream.
QByteArray zeroPaddingStream(qint64 mebibytes)
{
    const QByteArray zeros(MiB, '\0');
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray block(qsizetype(deflateBound(&stream, uLong(zeros.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
    stream.avail_in = uInt(zeros.size());
    stream.next_out = reinterpret_cast<Bytef *>(block.data());
    stream.avail_out = uInt(block.size());
    if (deflate(&stream, Z_FULL_FLUSH) != Z_OK || stream.avail_in != 0)
        qFatal("deflate failed");
    block.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);

    QByteArray result;
    result.reserve(block.size() * mebibytes + 2);
    for (qint64 i = 0; i < mebibytes; ++i)
        result += block;
    result += QByteArrayView("\x03\x00", 2); // final fixed-Huffman block holding only its end code
    return result;
}

quint32 zeroPaddingCrc(qint64 mebibytes)
{
    const QByteArray zeros(MiB, '\0');
    const uLong block = crcOf(zeros);
    uLong crc = crc32(0L, Z_NULL, 0);
    for (qint64 i = 0; i < mebibytes; ++i)
        crc = crc32_combine64(crc, block, MiB);
    return quint32(crc);
}

QByteArray makeZip(const QList<TestEntry> &entries)
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            qFatal("Cannot create a test ZIP");
        for (const TestEntry &e : entries) {
            QuaZipNewInfo info(e.name);
            info.dateTime = QDateTime(QDate(2026, 10, 1), QTime(2, 0), QTimeZone::utc());
            info.externalAttr = e.externalAttr;
            if (e.raw)
                info.uncompressedSize = ulong(e.uncompressedSize);
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, info, e.password.isEmpty() ? nullptr : e.password.constData(), e.crc,
                           e.method, e.level, e.raw))
                qFatal("Cannot add a test ZIP entry (error %d)", file.getZipError());
            if (file.write(e.data) != e.data.size())
                qFatal("Cannot write a test ZIP entry");
            file.close();
            if (file.getZipError() != ZIP_OK)
                qFatal("Cannot finish a test ZIP entry (error %d)", file.getZipError());
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            qFatal("Cannot finish a test ZIP");
    }
    return buffer.data();
}

QByteArray hourJson(int hour, int padding = 0)
{
    const qint64 start = 1790812800000 + qint64(hour) * 3600000;
    return QByteArray(R"({"clusterUuid":"c0ffee","timeFrameStart":)") + QByteArray::number(start) +
           QByteArray(R"(,"timeFrameEnd":)") + QByteArray::number(start + 3600000) +
           QByteArray(R"(,"environmentBillingEntries":[],"note":")") + QByteArray(padding, 'x') + QByteArray("\"}\n");
}

QString hourName(int hour)
{
    return QStringLiteral("c0ffee_%1.json").arg(1790812800000 + qint64(hour) * 3600000);
}

QList<TestEntry> hourEntries(int count, int method = Z_DEFLATED, int padding = 0)
{
    QList<TestEntry> entries;
    for (int h = 0; h < count; ++h)
        entries.append(fileEntry(hourName(h), hourJson(h, padding), method));
    return entries;
}

QByteArray signatureBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char((i * 37 + 11) & 0xff));
    return bytes;
}

QByteArray exportLogText()
{
    return QByteArray("2026-10-01 02:00:00 INFO  License consumption export started\n"
                      "2026-10-01 02:00:04 INFO  License consumption export finished successfully\n");
}

const QString InnerName = QStringLiteral("billingRecords_1790812800000_1790816400000.zip");

// The layout the cluster sends: the records archive, its signature and the export's log.
QByteArray nestedExport(const QByteArray &inner, int innerMethod = Stored, const QString &innerName = InnerName)
{
    return makeZip({fileEntry(innerName, inner, innerMethod),
                    fileEntry(innerName + QStringLiteral(".sig"), signatureBytes()),
                    fileEntry(QStringLiteral("export.log"), exportLogText())});
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    std::mt19937 generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator() & 0xff);
    return bytes;
}

// Sets the compression method of every entry, in the local headers and in the directory.
QByteArray withMethod(QByteArray zip, quint16 method)
{
    const auto patch = [&zip, method](QByteArrayView signature, qsizetype fieldOffset) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
            zip[at + fieldOffset] = char(method & 0xff);
            zip[at + fieldOffset + 1] = char(method >> 8);
        }
    };
    patch(QByteArrayView("PK\x03\x04", 4), 8);
    patch(QByteArrayView("PK\x01\x02", 4), 10);
    return zip;
}

QByteArray withFlippedByte(QByteArray zip, const QByteArray &content)
{
    const qsizetype at = zip.indexOf(content);
    if (at < 0 || zip.indexOf(content, at + 1) >= 0)
        qFatal("The content to damage must occur exactly once");
    zip[at + content.size() / 2] = char(zip[at + content.size() / 2] ^ 0x20);
    return zip;
}

ArchiveLimits limitsWith(const std::function<void(ArchiveLimits &)> &change)
{
    ArchiveLimits limits;
    change(limits);
    return limits;
}

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readsLayouts_data();
    void readsLayouts();
    void exposesSignatureAndLog();
    void capsLogText();
    void keepsArchiveOrder();
    void spoolsOnlyCompressedInnerArchives_data();
    void spoolsOnlyCompressedInnerArchives();
    void reusesTheCallersBuffer();
    void readsLayoutsInflatedLater_data();
    void readsLayoutsInflatedLater();
    void inflatesLargeEntriesItself();

    void rejects_data();
    void rejects();
    void rejectsInflatedLater_data();
    void rejectsInflatedLater();
    void reportsMissingFile();
    void errorsStayUntilNextOpen();

private:
    QString write(const QString &fileName, const QByteArray &bytes);
    void verifyError(const Error &error, ErrorCode code, const QString &entryName);

    QTemporaryDir m_dir;
};

void TestArchiveReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestArchiveReader::write(const QString &fileName, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("Cannot write a test file");
    return path;
}

void TestArchiveReader::verifyError(const Error &error, ErrorCode code, const QString &entryName)
{
    QVERIFY2(
        error.code == code,
        qPrintable(
            QStringLiteral("expected %1, got %2: %3").arg(errorTitle(code), errorTitle(error.code), error.message())));
    QVERIFY2(error.where.contains(entryName), qPrintable(error.where));
    QVERIFY2(error.message().contains(entryName), qPrintable(error.message()));
    QVERIFY(!error.detail.isEmpty());
    QVERIFY2(error.detail.endsWith(QLatin1Char('.')), qPrintable(error.detail));
}

void TestArchiveReader::readsLayouts_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<ArchiveInfo::Layout>("layout");
    QTest::addColumn<QString>("innerName");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QByteArrayList>("contents");

    const QList<TestEntry> hours = hourEntries(5, Z_DEFLATED, 3000);
    QStringList names;
    QByteArrayList contents;
    for (const TestEntry &hour : hours) {
        names.append(hour.name);
        contents.append(hour.data);
    }
    const QByteArray inner = makeZip(hours);
    const QString zipName = QStringLiteral("export.zip");

    QTest::newRow("nested, records archive stored")
        << zipName << nestedExport(inner, Stored) << ArchiveInfo::Layout::Nested << InnerName << names << contents;
    QTest::newRow("nested, records archive deflated")
        << zipName << nestedExport(inner, Z_DEFLATED) << ArchiveInfo::Layout::Nested << InnerName << names << contents;
    QTest::newRow("nested, hourly files stored") << zipName << nestedExport(makeZip(hourEntries(5, Stored, 3000)))
                                                 << ArchiveInfo::Layout::Nested << InnerName << names << contents;
    QTest::newRow("nested, the only ZIP counts whatever its name")
        << zipName << nestedExport(inner, Stored, QStringLiteral("records.ZIP")) << ArchiveInfo::Layout::Nested
        << QStringLiteral("records.ZIP") << names << contents;
    QTest::newRow("nested, billingRecords_ chosen among several ZIPs")
        << zipName
        << makeZip({fileEntry(QStringLiteral("attachments.zip"), makeZip({fileEntry(QStringLiteral("a.txt"), "a")})),
                    fileEntry(InnerName, inner, Stored)})
        << ArchiveInfo::Layout::Nested << InnerName << names << contents;
    QTest::newRow("flat") << zipName << makeZip(hours) << ArchiveInfo::Layout::Flat << QString() << names << contents;

    QList<TestEntry> mixed = {fileEntry(QStringLiteral("records/"), QByteArray(), Stored),
                              fileEntry(QStringLiteral("records/B.JSON"), hourJson(1), Stored),
                              fileEntry(QStringLiteral("__MACOSX/records/._B.JSON"), "\0\x05\x16\x07", Stored),
                              fileEntry(QStringLiteral("records/a.Json"), hourJson(0)),
                              fileEntry(QStringLiteral("empty.json"), QByteArray())};
    mixed[0].externalAttr = quint32(040755) << 16;
    QTest::newRow("flat, folders, case-insensitive extension, empty file")
        << zipName << makeZip(mixed) << ArchiveInfo::Layout::Flat << QString()
        << QStringList{QStringLiteral("records/B.JSON"), QStringLiteral("records/a.Json"), QStringLiteral("empty.json")}
        << QByteArrayList{hourJson(1), hourJson(0), QByteArray()};

    QTest::newRow("single JSON") << QStringLiteral("hour.json") << hourJson(7) << ArchiveInfo::Layout::SingleJson
                                 << QString() << QStringList{QStringLiteral("hour.json")}
                                 << QByteArrayList{hourJson(7)};
    const QByteArray indented = QByteArray("\xEF\xBB\xBF \r\n\t") + hourJson(8);
    QTest::newRow("single JSON recognised by content, not name")
        << QStringLiteral("download.zip") << indented << ArchiveInfo::Layout::SingleJson << QString()
        << QStringList{QStringLiteral("download.zip")} << QByteArrayList{indented};
}

void TestArchiveReader::readsLayouts()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, archive);
    QFETCH(ArchiveInfo::Layout, layout);
    QFETCH(QString, innerName);
    QFETCH(QStringList, names);
    QFETCH(QByteArrayList, contents);

    ArchiveReader reader;
    const Error opened = reader.open(write(fileName, archive));
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    const ArchiveInfo &info = reader.info();
    QCOMPARE(info.layout, layout);
    QCOMPARE(info.fileSize, qint64(archive.size()));
    QCOMPARE(info.innerArchiveName, innerName);
    QCOMPARE(info.jsonEntryCount, int(names.size()));
    qint64 declared = 0;
    for (const QByteArray &content : contents)
        declared += content.size();
    QCOMPARE(info.declaredJsonBytes, declared);

    ArchiveEntry entry;
    QStringList readNames;
    for (int i = 0; reader.readNext(entry); ++i) {
        QCOMPARE(entry.index, i);
        readNames.append(entry.name);
        QVERIFY(i < contents.size());
        QCOMPARE(entry.data, contents.at(i));
        // The parser reads up to Padding bytes past the end without a copy.
        QVERIFY(entry.data.capacity() >= entry.data.size() + ArchiveEntry::Padding);
    }
    QVERIFY2(!reader.error().isError(), qPrintable(reader.error().message()));
    QCOMPARE(readNames, names);
    QCOMPARE(reader.bytesRead(), declared);
    QVERIFY(!reader.readNext(entry));
    QVERIFY(!reader.error().isError());
}

void TestArchiveReader::exposesSignatureAndLog()
{
    QList<TestEntry> entries = {fileEntry(InnerName, makeZip(hourEntries(2)), Stored),
                                fileEntry(InnerName + QStringLiteral(".sig"), signatureBytes()),
                                fileEntry(QStringLiteral("export.log"), exportLogText(), Stored),
                                fileEntry(QStringLiteral("docs/"), QByteArray(), Stored),
                                fileEntry(QStringLiteral("docs/README.md"), "read me")};
    entries[3].externalAttr = quint32(040755) << 16;

    ArchiveReader reader;
    const Error opened = reader.open(write(QStringLiteral("export.zip"), makeZip(entries)));
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    const ArchiveInfo &info = reader.info();
    QCOMPARE(info.layout, ArchiveInfo::Layout::Nested);
    QCOMPARE(info.signatureFile.name, InnerName + QStringLiteral(".sig"));
    QCOMPARE(info.signatureFile.size, qint64(signatureBytes().size()));
    QCOMPARE(info.logFile.name, QStringLiteral("export.log"));
    QCOMPARE(info.logFile.size, qint64(exportLogText().size()));
    QCOMPARE(info.logText, QString::fromUtf8(exportLogText()));
    QCOMPARE(info.otherFiles.size(), qsizetype(1));
    QCOMPARE(info.otherFiles.front().name, QStringLiteral("docs/README.md"));
    QCOMPARE(info.otherFiles.front().size, qint64(7));
    QCOMPARE(info.jsonEntryCount, 2);
}

void TestArchiveReader::capsLogText()
{
    QByteArray log;
    while (log.size() < 3 * MiB / 2)
        log += exportLogText();
    ArchiveReader reader;
    const QByteArray zip =
        makeZip({fileEntry(InnerName, makeZip(hourEntries(1)), Stored), fileEntry(QStringLiteral("export.log"), log)});
    const Error opened = reader.open(write(QStringLiteral("export.zip"), zip));
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    QCOMPARE(reader.info().logFile.size, qint64(log.size()));
    QCOMPARE(qint64(reader.info().logText.size()), MiB);
    QCOMPARE(reader.info().logText, QString::fromUtf8(log.left(MiB)));
}

void TestArchiveReader::keepsArchiveOrder()
{
    // Directory order, not name order: an hour file later in the archive wins over an earlier duplicate.
    QList<int> hours(40);
    std::iota(hours.begin(), hours.end(), 0);
    std::shuffle(hours.begin(), hours.end(), std::mt19937(7));
    QList<TestEntry> entries;
    QStringList expected;
    for (int hour : hours) {
        entries.append(fileEntry(hourName(hour), hourJson(hour)));
        expected.append(hourName(hour));
    }
    ArchiveReader reader;
    const Error opened = reader.open(write(QStringLiteral("export.zip"), nestedExport(makeZip(entries))));
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    QStringList names;
    ArchiveEntry read;
    while (reader.readNext(read)) {
        names.append(read.name);
        QCOMPARE(read.data, hourJson(hours.at(read.index)));
    }
    QVERIFY2(!reader.error().isError(), qPrintable(reader.error().message()));
    QCOMPARE(names, expected);
}

void TestArchiveReader::spoolsOnlyCompressedInnerArchives_data()
{
    QTest::addColumn<int>("innerMethod");
    QTest::addColumn<bool>("needsTemporaryFile");
    QTest::newRow("stored: read in place") << Stored << false;
    QTest::newRow("deflated: inflated once to a temporary file") << int(Z_DEFLATED) << true;
}

void TestArchiveReader::spoolsOnlyCompressedInnerArchives()
{
    QFETCH(int, innerMethod);
    QFETCH(bool, needsTemporaryFile);

    const QString path =
        write(QStringLiteral("export.zip"), nestedExport(makeZip(hourEntries(3, Z_DEFLATED, 2000)), innerMethod));
    QTemporaryDir tempDir;
    QVERIFY(tempDir.isValid());
    // QDir::tempPath() follows TMPDIR on Unix and TMP/TEMP on Windows.
    const std::array<const char *, 3> variables = {"TMPDIR", "TMP", "TEMP"};
    QByteArrayList saved;
    for (const char *variable : variables)
        saved.append(qgetenv(variable));
    const auto restore = qScopeGuard([&] {
        for (std::size_t i = 0; i < variables.size(); ++i) {
            if (saved.at(qsizetype(i)).isNull())
                qunsetenv(variables[i]);
            else
                qputenv(variables[i], saved.at(qsizetype(i)));
        }
    });
    const auto setTemp = [&variables](const QString &dir) {
        for (const char *variable : variables)
            qputenv(variable, QFile::encodeName(QDir::toNativeSeparators(dir)));
    };
    const auto readAll = [](ArchiveReader &reader) {
        ArchiveEntry entry;
        int count = 0;
        while (reader.readNext(entry)) {
            if (entry.data != hourJson(count++, 2000))
                return -1;
        }
        return reader.error().isError() ? -1 : count;
    };

    // Temporary files impossible: an inner archive read in place does not notice, a spooled one must fail.
    setTemp(tempDir.filePath(QStringLiteral("missing")));
    {
        ArchiveReader reader;
        const Error opened = reader.open(path);
        if (needsTemporaryFile) {
            verifyError(opened, ErrorCode::FileUnwritable, InnerName);
        } else {
            QVERIFY2(!opened.isError(), qPrintable(opened.message()));
            QCOMPARE(readAll(reader), 3);
        }
    }

    // The spool goes away with the reader.
    setTemp(tempDir.path());
    {
        ArchiveReader reader;
        const Error opened = reader.open(path);
        QVERIFY2(!opened.isError(), qPrintable(opened.message()));
        QCOMPARE(readAll(reader), 3);
    }
    QVERIFY(QDir(tempDir.path()).isEmpty());
}

void TestArchiveReader::reusesTheCallersBuffer()
{
    ArchiveReader reader;
    const Error opened = reader.open(write(QStringLiteral("export.zip"), makeZip(hourEntries(3, Z_DEFLATED, 5000))));
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    ArchiveEntry entry;
    QVERIFY(reader.readNext(entry));
    const char *storage = entry.data.constData();
    QVERIFY(reader.readNext(entry));
    QVERIFY(entry.data.constData() == storage); // unshared and large enough: no new allocation
    QCOMPARE(entry.data, hourJson(1, 5000));
    const QByteArray kept = entry.data; // the caller keeps a copy: it must stay intact
    QVERIFY(reader.readNext(entry));
    QCOMPARE(kept, hourJson(1, 5000));
    QCOMPARE(entry.data, hourJson(2, 5000));
    QVERIFY(entry.data.capacity() >= entry.data.size() + ArchiveEntry::Padding);
}

void TestArchiveReader::readsLayoutsInflatedLater_data()
{
    readsLayouts_data();
}

// With deferred inflation the reader hands out stored bytes; inflated afterwards, they are the same files.
void TestArchiveReader::readsLayoutsInflatedLater()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, archive);
    QFETCH(ArchiveInfo::Layout, layout);
    QFETCH(QStringList, names);
    QFETCH(QByteArrayList, contents);

    ArchiveReader reader;
    reader.setDeferredInflation(true);
    const Error opened = reader.open(write(fileName, archive));
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    EntryInflater inflater;
    ArchiveEntry entry;
    QByteArray content;
    QStringList readNames;
    qint64 declared = 0;
    for (int i = 0; reader.readNext(entry); ++i) {
        // Small entries of a ZIP are left to the caller; a single JSON file has nothing to inflate.
        QCOMPARE(entry.inflatePending, layout != ArchiveInfo::Layout::SingleJson);
        QCOMPARE(entry.index, i);
        readNames.append(entry.name);
        const Error inflated = inflater.inflate(entry, content);
        QVERIFY2(!inflated.isError(), qPrintable(inflated.message()));
        QVERIFY(i < contents.size());
        QCOMPARE(content, contents.at(i));
        QVERIFY(content.capacity() >= content.size() + ArchiveEntry::Padding);
        declared += contents.at(i).size();
    }
    QVERIFY2(!reader.error().isError(), qPrintable(reader.error().message()));
    QCOMPARE(readNames, names);
    QCOMPARE(reader.bytesRead(), declared); // declared sizes, each checked when inflated
}

void TestArchiveReader::inflatesLargeEntriesItself()
{
    // Larger than what is inflated whole: the reader streams it in chunks even when asked to defer.
    constexpr qint64 SizeMiB = EntryInflater::WholeEntryBytes / MiB + 1;
    const QString hour0 = hourName(0);
    const QByteArray zip =
        makeZip({rawEntry(hour0, zeroPaddingStream(SizeMiB), Z_DEFLATED, zeroPaddingCrc(SizeMiB), SizeMiB * MiB)});
    ArchiveReader reader(limitsWith([](ArchiveLimits &l) { l.maxCompressionRatio = 1e12; }));
    reader.setDeferredInflation(true);
    const Error opened = reader.open(write(QStringLiteral("export.zip"), zip));
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    ArchiveEntry entry;
    QVERIFY2(reader.readNext(entry), qPrintable(reader.error().message()));
    QVERIFY(!entry.inflatePending);
    QCOMPARE(entry.data.size(), SizeMiB * MiB);
    QVERIFY(entry.data == QByteArray(SizeMiB * MiB, '\0'));
    QCOMPARE(reader.bytesRead(), SizeMiB * MiB);
}

void TestArchiveReader::rejects_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<ArchiveLimits>("limits");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("entryName"); // must appear in where and in the message
    QTest::addColumn<bool>("whileReading"); // open() succeeds, readNext() fails
    QTest::addColumn<qint64>("maxBytesRead");

    const QString zipName = QStringLiteral("export.zip");
    const QString hour0 = hourName(0);
    const ArchiveLimits defaults;
    const QByteArray flat = makeZip(hourEntries(4, Z_DEFLATED, 4000));
    const QByteArray inner = makeZip(hourEntries(4, Z_DEFLATED, 4000));

    QTest::newRow("empty file") << zipName << QByteArray() << defaults << ErrorCode::NotAnArchive << zipName << false
                                << qint64(0);
    QTest::newRow("HTML page saved as .zip")
        << zipName
        << QByteArray("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Session expired</body></html>")
        << defaults << ErrorCode::NotAnArchive << zipName << false << qint64(0);
    QByteArray noise = randomBytes(64 * KiB, 1);
    noise[0] = char(0x9c);
    QTest::newRow("random bytes") << zipName << noise << defaults << ErrorCode::NotAnArchive << zipName << false
                                  << qint64(0);
    QTest::newRow("ZIP cut at half") << zipName << flat.left(flat.size() / 2) << defaults << ErrorCode::TruncatedArchive
                                     << zipName << false << qint64(0);
    const QByteArray nested = nestedExport(inner);
    QTest::newRow("nested export cut at half") << zipName << nested.left(nested.size() / 2) << defaults
                                               << ErrorCode::TruncatedArchive << zipName << false << qint64(0);
    const QByteArray cutInner = inner.left(inner.size() / 2);
    QTest::newRow("records archive cut at half") << zipName << nestedExport(cutInner) << defaults
                                                 << ErrorCode::TruncatedArchive << InnerName << false << qint64(0);
    QTest::newRow("records archive that is no ZIP") << zipName << nestedExport("just text, not a zip") << defaults
                                                    << ErrorCode::NotAnArchive << InnerName << false << qint64(0);

    QTest::newRow("ZIP without entries") << zipName << makeZip({}) << defaults << ErrorCode::NoUsageData << zipName
                                         << false << qint64(0);
    QTest::newRow("ZIP without JSON files")
        << zipName
        << makeZip({fileEntry(QStringLiteral("readme.txt"), "hello"), fileEntry(QStringLiteral("data.csv"), "a,b")})
        << defaults << ErrorCode::NoUsageData << zipName << false << qint64(0);
    QTest::newRow("records archive without JSON files")
        << zipName << nestedExport(makeZip({fileEntry(QStringLiteral("readme.txt"), "hello")})) << defaults
        << ErrorCode::NoUsageData << InnerName << false << qint64(0);
    QTest::newRow("two billingRecords_ archives")
        << zipName
        << makeZip(
               {fileEntry(InnerName, inner, Stored), fileEntry(QStringLiteral("billingRecords_2.zip"), inner, Stored)})
        << defaults << ErrorCode::NoUsageData << zipName << false << qint64(0);

    const ArchiveLimits threeEntries = limitsWith([](ArchiveLimits &l) { l.maxEntries = 3; });
    QTest::newRow("too many entries") << zipName << flat << threeEntries << ErrorCode::ArchiveLimit << zipName << false
                                      << qint64(0);
    QTest::newRow("too many entries in the records archive")
        << zipName << nestedExport(inner) << threeEntries << ErrorCode::ArchiveLimit << InnerName << false << qint64(0);

    const ArchiveLimits entryCap = limitsWith([](ArchiveLimits &l) { l.maxEntryBytes = 64 * KiB; });
    QTest::newRow("hourly file over the size cap")
        << zipName << makeZip({fileEntry(hour0, hourJson(0, 100 * KiB))}) << entryCap << ErrorCode::ArchiveLimit
        << hour0 << false << qint64(0);
    const QByteArray big = hourJson(0, 100 * KiB);
    QTest::newRow("hourly file over the size cap, header lies")
        << zipName << makeZip({rawEntry(hour0, rawDeflate(big), Z_DEFLATED, crcOf(big.left(1000)), 1000)}) << entryCap
        << ErrorCode::ArchiveLimit << hour0 << true << qint64(1000);
    QTest::newRow("hourly file shorter than its header says")
        << zipName << makeZip({rawEntry(hour0, rawDeflate(hourJson(0)), Z_DEFLATED, crcOf(hourJson(0)), 5000)})
        << defaults << ErrorCode::TruncatedArchive << hour0 << true << qint64(5000);
    QTest::newRow("single JSON over the size cap")
        << QStringLiteral("hour.json") << hourJson(0, 100 * KiB) << entryCap << ErrorCode::ArchiveLimit
        << QStringLiteral("hour.json") << false << qint64(0);

    QTest::newRow("total over the cap") << zipName << flat
                                        << limitsWith([](ArchiveLimits &l) { l.maxTotalBytes = 12 * KiB; })
                                        << ErrorCode::ArchiveLimit << zipName << false << qint64(0);

    QTest::newRow("compression ratio over the cap")
        << zipName << makeZip({fileEntry(hour0, hourJson(0, 4 * MiB))}) << defaults << ErrorCode::ArchiveLimit << hour0
        << false << qint64(0);

    // 3 GiB of zeros in about 3 MiB. Honest, the directory gives it away; lying, the bytes read do.
    constexpr qint64 PaddingMiB = 3 * 1024;
    const QByteArray padding = zeroPaddingStream(PaddingMiB);
    const quint32 paddingCrc = zeroPaddingCrc(PaddingMiB);
    QTest::newRow("3 GiB of zero padding")
        << zipName << makeZip({rawEntry(hour0, padding, Z_DEFLATED, paddingCrc, PaddingMiB * MiB)}) << defaults
        << ErrorCode::ArchiveLimit << hour0 << false << qint64(0);
    QTest::newRow("3 GiB of zero padding declared as 1 KiB")
        << zipName << makeZip({rawEntry(hour0, padding, Z_DEFLATED, paddingCrc, KiB)}) << defaults
        << ErrorCode::ArchiveLimit << hour0 << true << KiB;
    QTest::newRow("3 GiB of zero padding declared as 200 MiB (ratio measured)")
        << zipName << makeZip({rawEntry(hour0, padding, Z_DEFLATED, paddingCrc, 200 * MiB)}) << defaults
        << ErrorCode::ArchiveLimit << hour0 << true << 2 * MiB;
    QTest::newRow("3 GiB of zero padding declared as 48 MiB, no ratio cap")
        << zipName << makeZip({rawEntry(hour0, padding, Z_DEFLATED, paddingCrc, 48 * MiB)})
        << limitsWith([](ArchiveLimits &l) { l.maxCompressionRatio = 1e12; }) << ErrorCode::ArchiveLimit << hour0
        << true << 48 * MiB;

    TestEntry link = fileEntry(hour0, "../../../etc/passwd", Stored);
    link.externalAttr = Symlink;
    QTest::newRow("symbolic link") << zipName << makeZip({fileEntry(hourName(1), hourJson(1)), link}) << defaults
                                   << ErrorCode::UnsafeEntry << hour0 << false << qint64(0);
    TestEntry linkedLog = fileEntry(QStringLiteral("export.log"), "/var/log/secure", Stored);
    linkedLog.externalAttr = Symlink;
    QTest::newRow("symbolic link beside the records")
        << zipName << makeZip({fileEntry(InnerName, inner, Stored), linkedLog}) << defaults << ErrorCode::UnsafeEntry
        << QStringLiteral("export.log") << false << qint64(0);
    TestEntry encrypted = fileEntry(hour0, hourJson(0));
    encrypted.password = "secret";
    QTest::newRow("encrypted entry") << zipName << makeZip({encrypted}) << defaults << ErrorCode::EncryptedEntry
                                     << hour0 << false << qint64(0);
    QTest::newRow("unsupported compression method")
        << zipName << withMethod(makeZip({fileEntry(hour0, hourJson(0), Stored)}), LzmaMethod) << defaults
        << ErrorCode::UnsafeEntry << hour0 << false << qint64(0);

    QTest::newRow("bad CRC, stored byte flipped")
        << zipName << withFlippedByte(makeZip({fileEntry(hour0, hourJson(0, 500), Stored)}), hourJson(0, 500))
        << defaults << ErrorCode::ChecksumMismatch << hour0 << true << qint64(hourJson(0, 500).size());
    QTest::newRow("bad CRC, deflated") << zipName
                                       << makeZip({rawEntry(hour0, rawDeflate(hourJson(0)), Z_DEFLATED,
                                                            crcOf(hourJson(0)) ^ 1, hourJson(0).size())})
                                       << defaults << ErrorCode::ChecksumMismatch << hour0 << true
                                       << qint64(hourJson(0).size());
    QTest::newRow("bad CRC in the records archive")
        << zipName
        << nestedExport(withFlippedByte(makeZip({fileEntry(hour0, hourJson(0, 500), Stored)}), hourJson(0, 500)))
        << defaults << ErrorCode::ChecksumMismatch << hour0 << true << qint64(hourJson(0, 500).size());
    QTest::newRow("damaged deflate stream")
        << zipName << makeZip({rawEntry(hour0, QByteArray(40, char(0xff)), Z_DEFLATED, 0, 100)}) << defaults
        << ErrorCode::TruncatedArchive << hour0 << true << qint64(100);
    const QByteArray text = randomBytes(20 * KiB, 2).toBase64();
    const QByteArray stream = rawDeflate(text);
    QTest::newRow("deflate stream cut short")
        << zipName << makeZip({rawEntry(hour0, stream.left(stream.size() / 2), Z_DEFLATED, crcOf(text), text.size())})
        << defaults << ErrorCode::TruncatedArchive << hour0 << true << qint64(text.size());

    const qint64 innerCap = inner.size() / 2;
    const ArchiveLimits nestedCap = limitsWith([innerCap](ArchiveLimits &l) { l.maxNestedArchiveBytes = innerCap; });
    QTest::newRow("records archive over its cap, stored") << zipName << nestedExport(inner, Stored) << nestedCap
                                                          << ErrorCode::ArchiveLimit << InnerName << false << qint64(0);
    QTest::newRow("records archive over its cap, deflated")
        << zipName << nestedExport(inner, Z_DEFLATED) << nestedCap << ErrorCode::ArchiveLimit << InnerName << false
        << qint64(0);
    QTest::newRow("records archive over its cap, header lies")
        << zipName << makeZip({rawEntry(InnerName, rawDeflate(inner), Z_DEFLATED, crcOf(inner), innerCap / 2)})
        << nestedCap << ErrorCode::ArchiveLimit << InnerName << false << qint64(0);
}

void TestArchiveReader::rejects()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, archive);
    QFETCH(ArchiveLimits, limits);
    QFETCH(ErrorCode, code);
    QFETCH(QString, entryName);
    QFETCH(bool, whileReading);
    QFETCH(qint64, maxBytesRead);

    const QString path = write(fileName, archive);
    ArchiveReader reader(limits);
    QElapsedTimer timer;
    timer.start();
    const Error opened = reader.open(path);
    if (whileReading) {
        QVERIFY2(!opened.isError(), qPrintable(opened.message()));
        ArchiveEntry entry;
        while (reader.readNext(entry)) {
        }
        verifyError(reader.error(), code, entryName);
    } else {
        verifyError(opened, code, entryName);
        QCOMPARE(reader.error().code, opened.code);
        ArchiveEntry entry;
        QVERIFY(!reader.readNext(entry));
    }
    // Hostile input is rejected in bounded time and memory, however large it claims or turns out to be. The
    // limit is generous, for busy machines; the import benchmark is where speed is measured.
#ifdef LUE_SANITIZED
    constexpr qint64 Slowdown = 4; // AddressSanitizer and UBSan in a Debug build
#else
    constexpr qint64 Slowdown = 1;
#endif
    QVERIFY2(timer.elapsed() < 3000 * Slowdown, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QVERIFY2(reader.bytesRead() <= maxBytesRead, qPrintable(QString::number(reader.bytesRead())));
}

void TestArchiveReader::rejectsInflatedLater_data()
{
    rejects_data();
}

// The same hostile input, inflated after the reader: refused with the same error, word for word, whether the
// reader or the inflater finds it, within the same bounds.
void TestArchiveReader::rejectsInflatedLater()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, archive);
    QFETCH(ArchiveLimits, limits);
    QFETCH(ErrorCode, code);
    QFETCH(QString, entryName);
    QFETCH(bool, whileReading);
    QFETCH(qint64, maxBytesRead);

    const QString path = write(fileName, archive);
    const auto firstError = [&path, &limits](bool deferred, qint64 &bytesRead) {
        ArchiveReader reader(limits);
        reader.setDeferredInflation(deferred);
        if (Error opened = reader.open(path); opened.isError())
            return opened;
        EntryInflater inflater;
        ArchiveEntry entry;
        QByteArray content;
        Error error;
        while (!error.isError() && reader.readNext(entry))
            error = inflater.inflate(entry, content);
        bytesRead = reader.bytesRead();
        return error.isError() ? error : reader.error();
    };
    qint64 bytesRead = 0;
    const Error deferred = firstError(true, bytesRead);
    verifyError(deferred, code, entryName);
    QVERIFY2(bytesRead <= maxBytesRead, qPrintable(QString::number(bytesRead)));
    if (whileReading) {
        qint64 unused = 0;
        const Error direct = firstError(false, unused);
        QCOMPARE(deferred.detail, direct.detail);
        QCOMPARE(deferred.where, direct.where);
    }
}

void TestArchiveReader::reportsMissingFile()
{
    ArchiveReader reader;
    const Error error = reader.open(m_dir.filePath(QStringLiteral("missing.zip")));
    verifyError(error, ErrorCode::FileNotFound, QStringLiteral("missing.zip"));
}

void TestArchiveReader::errorsStayUntilNextOpen()
{
    ArchiveReader reader;
    ArchiveEntry read;
    QVERIFY(!reader.readNext(read));
    QCOMPARE(reader.error().code, ErrorCode::InvalidArgument);

    const QString hour0 = hourName(0);
    const QByteArray damaged = withFlippedByte(
        makeZip({fileEntry(hour0, hourJson(0, 300), Stored), fileEntry(hourName(1), hourJson(1))}), hourJson(0, 300));
    QVERIFY(!reader.open(write(QStringLiteral("damaged.zip"), damaged)).isError());
    QVERIFY(!reader.readNext(read));
    QCOMPARE(reader.error().code, ErrorCode::ChecksumMismatch);
    QVERIFY(read.data.isEmpty());
    QVERIFY(!reader.readNext(read)); // no skipping past a damaged entry
    QCOMPARE(reader.error().code, ErrorCode::ChecksumMismatch);

    QVERIFY(!reader.open(write(QStringLiteral("good.zip"), makeZip(hourEntries(2)))).isError());
    QVERIFY(!reader.error().isError());
    QCOMPARE(reader.bytesRead(), qint64(0));
    int count = 0;
    while (reader.readNext(read))
        ++count;
    QCOMPARE(count, 2);
    QVERIFY(!reader.error().isError());
}

QTEST_GUILESS_MAIN(TestArchiveReader)

#include "tst_archivereader.moc"
