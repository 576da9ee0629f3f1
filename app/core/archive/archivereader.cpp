// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <archive/archivereader.h>
#include <archive/entryinflater.h>
#include <archive/slicedevice.h>
#include <common/numberformat.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <limits>
#include <memory>
#include <quazip/quazip.h>
#include <quazip/unzip.h>
#include <vector>

namespace LicenseCore {

namespace {

// The messages of this file share the reader's translation context.
struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ArchiveReader)
};

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

// A single JSON file is plain bytes: large reads, the kernel does the work.
constexpr qint64 FileChunk = 16 * MiB;
constexpr qint64 MaxLogBytes = MiB;

constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagUtf8Names = 0x0800;
constexpr quint32 DosDirectory = 0x10;
constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixSymlink = 0120000;
constexpr quint32 UnixDirectory = 0040000;
constexpr quint32 UnixRegular = 0100000;

QString joinWhere(const QString &outer, const QString &inner)
{
    return outer + QStringLiteral(" \u203A ") + inner;
}

QString sizeText(qint64 bytes)
{
    return formatByteSize(bytes);
}

QString sizeText(quint64 bytes)
{
    return sizeText(qint64(std::min<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))));
}

enum class Content
{
    Zip,
    EmptyZip,
    Json,
    Markup,
    Unknown
};

// What the first bytes say. JSON is recognised by content, not by name: the file may be called anything.
Content sniff(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x07\x08"))
        return Content::Zip;
    // The directory's trailer comes first only when there is nothing before it: a ZIP without entries.
    // minizip cannot open those (it takes a trailer at offset 0 for "not found").
    if (head.startsWith("PK\x05\x06"))
        return Content::EmptyZip;
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
        ++i;
    if (i < head.size() && head[i] == '{')
        return Content::Json;
    if (i < head.size() && head[i] == '<')
        return Content::Markup;
    return Content::Unknown;
}

enum class EntryKind
{
    Json,
    Archive,
    Signature,
    Log,
    Other
};

EntryKind classify(const QString &name)
{
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    const QString base = name.mid(slash + 1);
    // Finder adds "__MACOSX/" and "._name" companions holding resource forks, not the files they are named after.
    if (name.startsWith(QLatin1String("__MACOSX/")) || base.startsWith(QLatin1String("._")))
        return EntryKind::Other;
    const auto endsWith = [&base](const char *suffix) {
        return base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    };
    if (endsWith(".json"))
        return EntryKind::Json;
    if (endsWith(".zip"))
        return EntryKind::Archive;
    if (endsWith(".sig") || endsWith(".sign") || endsWith(".signature") ||
        base.startsWith(QLatin1String("signature"), Qt::CaseInsensitive))
        return EntryKind::Signature;
    if (endsWith(".log") || endsWith(".txt"))
        return EntryKind::Log;
    return EntryKind::Other;
}

// Which per-entry cap a declared size is held against, for the message.
enum class CappedAs
{
    InnerArchive,
    HourlyFile
};

// One entry of a ZIP's central directory, enough to find and check its bytes later.
struct ZipEntry
{
    QString name;
    unz64_file_pos position{};
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint32 crc = 0;
    quint16 method = 0;
};

struct ZipListing
{
    std::vector<ZipEntry> json;
    std::vector<ZipEntry> archives;
    std::vector<ZipEntry> signatures;
    std::vector<ZipEntry> logs;
    QList<ArchiveAuxFile> others;
};

ArchiveAuxFile auxFile(const ZipEntry &entry)
{
    return ArchiveAuxFile{
        entry.name, qint64(std::min<quint64>(entry.uncompressedSize, quint64(std::numeric_limits<qint64>::max())))};
}

// Inflated bytes pass through a scratch buffer into a device (the spooled inner archive).
class DeviceSink final : public EntrySink
{
public:
    DeviceSink(QIODevice *device, char *scratch)
        : m_device(device)
        , m_scratch(scratch)
    {}
    char *window() override { return m_scratch; }
    bool commit(qint64 bytes) override { return m_device->write(m_scratch, bytes) == bytes; }

private:
    QIODevice *m_device;
    char *m_scratch;
};

} // namespace

class ArchiveReader::Private
{
public:
    explicit Private(ArchiveLimits limits)
        : m_limits(limits)
    {}
    ~Private();
    Q_DISABLE_COPY_MOVE(Private)

    Error open(const QString &path);
    bool readNext(ArchiveEntry &entry);

    ArchiveLimits m_limits;
    ArchiveInfo m_info;
    Error m_error;
    qint64 m_bytesRead = 0;
    bool m_deferInflation = false;

private:
    void reset();
    Error openSingleJson();
    Error openZip(Content content);
    Error openInner(const ZipEntry &inner);
    Error scan(QuaZip &zip, const QString &where, ZipListing &listing) const;
    template<typename Where> Error checkEntryType(quint16 flags, quint32 externalAttr, const Where &where) const;
    Error checkDeclared(const ZipEntry &entry, const QString &where, qint64 sizeCap, CappedAs cappedAs) const;
    Error locate(QuaZip &zip, qint64 deviceSize, const ZipEntry &entry, const QString &where, qint64 &offset) const;
    Error readLog(QuaZip &zip, SliceDevice &device, const ZipEntry &entry, const QString &where);
    Error readZipEntry(const ZipEntry &zipEntry, ArchiveEntry &entry);
    Error readStored(const EntrySource &source, QByteArray &stored);
    Error readSingleJson(QByteArray &data);
    [[nodiscard]] bool ratioExceeded(qint64 uncompressed, qint64 compressed) const;

    QString m_fileName;
    bool m_open = false;
    qsizetype m_next = 0;
    std::vector<ZipEntry> m_entries;
    QString m_entryWhere; // prefix of the hourly files' `where`

    // Declared in the order they depend on each other: destroyed in reverse, each before what it reads from.
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QTemporaryFile> m_spool;
    std::unique_ptr<SliceDevice> m_outerDevice;
    std::unique_ptr<SliceDevice> m_innerDevice;
    std::unique_ptr<QuaZip> m_outerZip;
    std::unique_ptr<QuaZip> m_innerZip;
    QuaZip *m_entryZip = nullptr;
    SliceDevice *m_entryDevice = nullptr;

    EntryInflater m_inflater;
    QByteArray m_stored; // an entry's stored bytes, when this thread inflates them
    std::unique_ptr<char[]> m_scratch;
};

ArchiveReader::Private::~Private()
{
    reset();
}

void ArchiveReader::Private::reset()
{
    m_entryZip = nullptr;
    m_entryDevice = nullptr;
    m_innerZip.reset();
    m_outerZip.reset();
    m_innerDevice.reset();
    m_outerDevice.reset();
    m_spool.reset();
    m_file.reset();
    m_entries.clear();
    m_entryWhere.clear();
    m_fileName.clear();
    m_info = ArchiveInfo();
    m_error = Error();
    m_bytesRead = 0;
    m_next = 0;
    m_open = false;
}

Error ArchiveReader::Private::open(const QString &path)
{
    reset();
    m_info.path = path;
    const QFileInfo fileInfo(path);
    m_fileName = fileInfo.fileName().isEmpty() ? path : fileInfo.fileName();
    if (!fileInfo.exists())
        return Error{ErrorCode::FileNotFound, ArchiveText::tr("The file does not exist."), m_fileName};
    if (fileInfo.isDir())
        return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The path names a folder, not an export file."),
                     m_fileName};
    m_file = std::make_unique<QFile>(path);
    // Unbuffered: the ZIP views keep their own read-ahead, and a single JSON file is read in large blocks.
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{ErrorCode::FileUnreadable,
                     ArchiveText::tr("The file cannot be opened: %1.").arg(m_file->errorString()), m_fileName};
    m_info.fileSize = m_file->size();
    if (m_info.fileSize == 0)
        return Error{ErrorCode::NotAnArchive, ArchiveText::tr("The file is empty."), m_fileName};

    const Content content = sniff(m_file->peek(4 * KiB));
    if (content == Content::EmptyZip)
        return Error{ErrorCode::NoUsageData, ArchiveText::tr("The ZIP archive holds no files."), m_fileName};
    Error error = content == Content::Json ? openSingleJson() : openZip(content);
    m_info.jsonEntryCount = int(m_entries.size());
    m_open = !error.isError();
    return error;
}

Error ArchiveReader::Private::openSingleJson()
{
    m_info.layout = ArchiveInfo::Layout::SingleJson;
    m_info.declaredJsonBytes = m_info.fileSize;
    m_entryWhere = m_fileName;
    if (m_info.fileSize > m_limits.maxEntryBytes)
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The file holds %1, more than the limit of %2 for one hourly file.")
                         .arg(sizeText(m_info.fileSize), sizeText(m_limits.maxEntryBytes)),
                     m_fileName};
    if (m_info.fileSize > m_limits.maxTotalBytes)
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The file holds %1, more than the limit of %2 for a whole import.")
                         .arg(sizeText(m_info.fileSize), sizeText(m_limits.maxTotalBytes)),
                     m_fileName};
    ZipEntry entry;
    entry.name = m_fileName;
    entry.uncompressedSize = quint64(m_info.fileSize);
    m_entries.push_back(entry);
    return {};
}

Error ArchiveReader::Private::openZip(Content content)
{
    // Not only when the file starts like a ZIP: minizip also finds archives behind a prefix
    // (self-extracting stubs), and the directory at the end is what decides.
    m_outerDevice = std::make_unique<SliceDevice>(m_file.get(), 0, m_info.fileSize);
    if (!m_outerDevice->open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The file cannot be read."), m_fileName};
    m_outerZip = std::make_unique<QuaZip>(m_outerDevice.get());
    m_outerZip->setAutoClose(false);
    if (!m_outerZip->open(QuaZip::mdUnzip)) {
        switch (content) {
        case Content::Zip:
            return Error{ErrorCode::TruncatedArchive,
                         ArchiveText::tr("The ZIP archive ends early or its directory is damaged; the download may "
                                         "be incomplete."),
                         m_fileName};
        case Content::Markup:
            return Error{ErrorCode::NotAnArchive,
                         ArchiveText::tr("The file is an HTML or XML page (perhaps a login or error page), not a ZIP "
                                         "archive or a JSON file."),
                         m_fileName};
        case Content::EmptyZip:
        case Content::Json:
        case Content::Unknown:
            break;
        }
        return Error{ErrorCode::NotAnArchive, ArchiveText::tr("The file is neither a ZIP archive nor a JSON file."),
                     m_fileName};
    }

    ZipListing outer;
    if (Error error = scan(*m_outerZip, m_fileName, outer); error.isError())
        return error;

    // Aux files first: they are only shown, whatever the layout turns out to be.
    for (const ZipEntry &signature : outer.signatures) {
        if (m_info.signatureFile.name.isEmpty())
            m_info.signatureFile = auxFile(signature);
        else
            outer.others.append(auxFile(signature));
    }
    for (std::size_t i = 1; i < outer.logs.size(); ++i)
        outer.others.append(auxFile(outer.logs[i]));
    if (!outer.logs.empty()) {
        const ZipEntry &log = outer.logs.front();
        m_info.logFile = auxFile(log);
        if (Error error = readLog(*m_outerZip, *m_outerDevice, log, joinWhere(m_fileName, log.name)); error.isError())
            return error;
    }

    if (!outer.json.empty()) {
        m_info.layout = ArchiveInfo::Layout::Flat;
        for (const ZipEntry &archive : outer.archives)
            outer.others.append(auxFile(archive));
        m_info.otherFiles = outer.others;
        m_entries = std::move(outer.json);
        m_entryZip = m_outerZip.get();
        m_entryDevice = m_outerDevice.get();
        m_entryWhere = m_fileName;
    } else {
        m_info.layout = ArchiveInfo::Layout::Nested;
        const ZipEntry *inner = nullptr;
        if (outer.archives.size() == 1) {
            inner = &outer.archives.front();
        } else {
            for (const ZipEntry &archive : outer.archives) {
                const QString base = archive.name.mid(archive.name.lastIndexOf(QLatin1Char('/')) + 1);
                if (!base.startsWith(QLatin1String("billingRecords_"), Qt::CaseInsensitive))
                    continue;
                if (inner) {
                    return Error{ErrorCode::NoUsageData,
                                 ArchiveText::tr("The archive holds several billingRecords_*.zip archives; export "
                                                 "one range per file."),
                                 m_fileName};
                }
                inner = &archive;
            }
        }
        if (!inner) {
            m_info.otherFiles = outer.others;
            return Error{
                ErrorCode::NoUsageData,
                outer.archives.empty()
                    ? ArchiveText::tr("The archive holds neither hourly .json files nor a billingRecords_*.zip "
                                      "archive.")
                    : ArchiveText::tr("The archive holds several ZIP archives and none is named "
                                      "billingRecords_*.zip."),
                m_fileName};
        }
        for (const ZipEntry &archive : outer.archives) {
            if (&archive != inner)
                outer.others.append(auxFile(archive));
        }
        // The outer archive's files first, then the inner one's.
        m_info.otherFiles = outer.others;
        if (Error error = openInner(*inner); error.isError())
            return error;
    }

    for (const ZipEntry &entry : m_entries) {
        m_info.declaredJsonBytes += qint64(entry.uncompressedSize); // each is capped, the sum cannot overflow
    }
    if (m_info.declaredJsonBytes > m_limits.maxTotalBytes)
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The hourly files declare %1 in total, more than the limit of %2 for an import.")
                         .arg(sizeText(m_info.declaredJsonBytes), sizeText(m_limits.maxTotalBytes)),
                     m_entryWhere};
    return {};
}

Error ArchiveReader::Private::openInner(const ZipEntry &inner)
{
    const QString where = joinWhere(m_fileName, inner.name);
    m_info.innerArchiveName = inner.name;
    if (Error error = checkDeclared(inner, where, m_limits.maxNestedArchiveBytes, CappedAs::InnerArchive);
        error.isError())
        return error;
    qint64 offset = 0;
    if (Error error = locate(*m_outerZip, m_outerDevice->size(), inner, where, offset); error.isError())
        return error;

    if (inner.method == MethodStored) {
        // Stored: the inner archive's bytes are in the file as they are, so QuaZip reads them in place. Its CRC
        // is not checked (that would read the whole archive once more); each hourly file's own CRC is.
        if (inner.compressedSize != inner.uncompressedSize)
            return Error{ErrorCode::TruncatedArchive,
                         ArchiveText::tr("The entry is stored uncompressed but declares two different sizes."), where};
        m_innerDevice = std::make_unique<SliceDevice>(m_file.get(), offset, qint64(inner.uncompressedSize));
    } else {
        // Compressed: QuaZip needs random access, so the archive is inflated once to a temporary file.
        // tempPath() is empty when TMPDIR names a missing folder; the template would then point at the root.
        const QString tempDir = QDir::tempPath();
        if (tempDir.isEmpty())
            return Error{ErrorCode::FileUnwritable,
                         ArchiveText::tr("No folder for temporary files exists to unpack the inner archive into."),
                         where};
        m_spool = std::make_unique<QTemporaryFile>(tempDir + QStringLiteral("/license-usage-records-XXXXXX.zip"));
        if (!m_spool->open())
            return Error{ErrorCode::FileUnwritable,
                         ArchiveText::tr("No temporary file can be created for the inner archive: %1.")
                             .arg(m_spool->errorString()),
                         where};
        if (!m_scratch)
            m_scratch = std::make_unique<char[]>(EntryInflater::ChunkBytes);
        EntrySource source;
        source.where = where;
        source.method = inner.method;
        source.offset = offset;
        source.compressedSize = qint64(inner.compressedSize);
        source.declaredSize = qint64(inner.uncompressedSize);
        source.crc = inner.crc;
        source.wanted = source.declaredSize;
        source.sizeCap = m_limits.maxNestedArchiveBytes;
        source.limits = m_limits;
        DeviceSink sink(m_spool.get(), m_scratch.get());
        qint64 written = 0;
        if (Error error = m_inflater.stream(*m_outerDevice, source, sink, written); error.isError())
            return error;
        if (!m_spool->flush())
            return Error{ErrorCode::FileUnwritable,
                         ArchiveText::tr("The inner archive cannot be written to a temporary file: %1.")
                             .arg(m_spool->errorString()),
                         where};
        m_innerDevice = std::make_unique<SliceDevice>(m_spool.get(), 0, written);
    }
    if (!m_innerDevice->open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The inner archive cannot be read."), where};

    const Content content = sniff(m_innerDevice->read(4));
    if (content == Content::EmptyZip)
        return Error{ErrorCode::NoUsageData, ArchiveText::tr("The inner archive holds no files."), where};
    m_innerZip = std::make_unique<QuaZip>(m_innerDevice.get());
    m_innerZip->setAutoClose(false);
    if (!m_innerZip->open(QuaZip::mdUnzip)) {
        const bool looksLikeZip = content == Content::Zip;
        return Error{looksLikeZip ? ErrorCode::TruncatedArchive : ErrorCode::NotAnArchive,
                     looksLikeZip ? ArchiveText::tr("The inner archive ends early or its directory is damaged.")
                                  : ArchiveText::tr("The inner archive is not a ZIP archive."),
                     where};
    }

    ZipListing listing;
    if (Error error = scan(*m_innerZip, where, listing); error.isError())
        return error;
    for (const ZipEntry &signature : listing.signatures) {
        if (m_info.signatureFile.name.isEmpty())
            m_info.signatureFile = auxFile(signature);
        else
            m_info.otherFiles.append(auxFile(signature));
    }
    for (const ZipEntry &log : listing.logs) {
        if (!m_info.logFile.name.isEmpty()) {
            m_info.otherFiles.append(auxFile(log));
            continue;
        }
        m_info.logFile = auxFile(log);
        if (Error error = readLog(*m_innerZip, *m_innerDevice, log, joinWhere(where, log.name)); error.isError())
            return error;
    }
    for (const ZipEntry &archive : listing.archives)
        m_info.otherFiles.append(auxFile(archive));
    m_info.otherFiles += listing.others;
    if (listing.json.empty())
        return Error{ErrorCode::NoUsageData, ArchiveText::tr("The inner archive holds no hourly .json files."), where};
    m_entries = std::move(listing.json);
    m_entryZip = m_innerZip.get();
    m_entryDevice = m_innerDevice.get();
    m_entryWhere = where;
    return {};
}

Error ArchiveReader::Private::scan(QuaZip &zip, const QString &where, ZipListing &listing) const
{
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(zip.getUnzFile(), &global) != UNZ_OK)
        return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The ZIP directory cannot be read."), where};
    // The trailer's count is checked before a single entry is looked at. The loop counts again: with exactly
    // 0xFFFF entries (and no ZIP64 trailer) minizip walks on until the records stop, whatever the count says.
    if (global.number_entry > quint64(std::max<qint64>(m_limits.maxEntries, 0)))
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The archive lists %L1 entries, more than the limit of %L2.")
                         .arg(global.number_entry)
                         .arg(m_limits.maxEntries),
                     where};
    if (global.number_entry == 0)
        return {}; // minizip reports an empty directory as damaged

    // The directory is walked with minizip directly: QuaZip's getCurrentFileInfo() builds a local-time
    // QDateTime per entry, which costs a time zone lookup each, a third of the time on a large directory.
    unzFile handle = zip.getUnzFile();
    QByteArray nameBuffer(0x10000, Qt::Uninitialized); // a name's length is a 16-bit field
    qint64 seen = 0;
    int status = unzGoToFirstFile(handle);
    for (; status == UNZ_OK; status = unzGoToNextFile(handle)) {
        if (++seen > m_limits.maxEntries)
            return Error{ErrorCode::ArchiveLimit,
                         ArchiveText::tr("The archive holds more than %L1 entries.").arg(m_limits.maxEntries), where};
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(handle, &info, nameBuffer.data(), uLong(nameBuffer.size()), nullptr, 0, nullptr,
                                    0) != UNZ_OK)
            return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The ZIP directory is damaged."), where};
        const QByteArrayView rawName(nameBuffer.constData(), qsizetype(info.size_filename));
        ZipEntry entry;
        // Bit 11 promises UTF-8; without it the standard says CP437, but most tools write UTF-8 anyway and
        // the name only appears in messages.
        entry.name = (info.flag & FlagUtf8Names) || rawName.isValidUtf8() ? QString::fromUtf8(rawName)
                                                                          : QString::fromLatin1(rawName);
        entry.compressedSize = info.compressed_size;
        entry.uncompressedSize = info.uncompressed_size;
        entry.crc = quint32(info.crc);
        entry.method = quint16(info.compression_method);
        const auto entryWhere = [&where, &entry] { return joinWhere(where, entry.name); };

        const auto externalAttr = quint32(info.external_fa);
        if (Error error = checkEntryType(quint16(info.flag), externalAttr, entryWhere); error.isError())
            return error;
        const quint32 unixType = (externalAttr >> 16) & UnixTypeMask;
        if (entry.name.endsWith(QLatin1Char('/')) || unixType == UnixDirectory ||
            (unixType == 0 && (externalAttr & DosDirectory) && entry.uncompressedSize == 0))
            continue;
        if (unzGetFilePos64(handle, &entry.position) != UNZ_OK)
            return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The ZIP directory is damaged."), entryWhere()};

        switch (classify(entry.name)) {
        case EntryKind::Json:
            if (Error error = checkDeclared(entry, entryWhere(), m_limits.maxEntryBytes, CappedAs::HourlyFile);
                error.isError())
                return error;
            listing.json.push_back(std::move(entry));
            break;
        case EntryKind::Archive:
            listing.archives.push_back(std::move(entry));
            break;
        case EntryKind::Signature:
            listing.signatures.push_back(std::move(entry));
            break;
        case EntryKind::Log:
            listing.logs.push_back(std::move(entry));
            break;
        case EntryKind::Other:
            listing.others.append(auxFile(entry));
            break;
        }
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The ZIP directory ends early or is damaged."),
                     where};
    return {};
}

// Checked for every entry, including those never read: an archive carrying them is not an export.
template<typename Where>
Error ArchiveReader::Private::checkEntryType(quint16 flags, quint32 externalAttr, const Where &where) const
{
    // The high 16 bits of the external attributes hold the Unix mode when the archive was made on Unix;
    // other systems leave them zero.
    const quint32 unixType = (externalAttr >> 16) & UnixTypeMask;
    if (unixType == UnixSymlink)
        return Error{ErrorCode::UnsafeEntry,
                     ArchiveText::tr("The entry is a symbolic link, which an export never contains."), where()};
    if (unixType != 0 && unixType != UnixRegular && unixType != UnixDirectory)
        return Error{ErrorCode::UnsafeEntry, ArchiveText::tr("The entry is a device, pipe or socket, not a file."),
                     where()};
    if (flags & FlagEncrypted)
        return Error{ErrorCode::EncryptedEntry,
                     ArchiveText::tr("The entry is encrypted; exports are never password-protected."), where()};
    return {};
}

// What the directory says about an entry that will be read, before a byte of it is read.
Error ArchiveReader::Private::checkDeclared(const ZipEntry &entry, const QString &where, qint64 sizeCap,
                                            CappedAs cappedAs) const
{
    if (entry.method != MethodStored && entry.method != MethodDeflated)
        return Error{ErrorCode::UnsafeEntry,
                     ArchiveText::tr("The entry uses compression method %1; only stored and deflated entries "
                                     "can be read.")
                         .arg(entry.method),
                     where};
    if (entry.uncompressedSize > quint64(std::max<qint64>(sizeCap, 0)))
        return Error{ErrorCode::ArchiveLimit,
                     (cappedAs == CappedAs::InnerArchive
                          ? ArchiveText::tr("The entry declares %1, more than the limit of %2 for an inner archive.")
                          : ArchiveText::tr("The entry declares %1, more than the limit of %2 for one hourly file."))
                         .arg(sizeText(entry.uncompressedSize), sizeText(sizeCap)),
                     where};
    // Both sizes are at most the cap now, which fits in qint64.
    if (ratioExceeded(qint64(entry.uncompressedSize), qint64(entry.compressedSize)))
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("The entry declares %1 from %2 compressed, a compression ratio beyond the "
                                     "limit of %L3 to 1.")
                         .arg(sizeText(entry.uncompressedSize), sizeText(entry.compressedSize))
                         .arg(m_limits.maxCompressionRatio),
                     where};
    return {};
}

bool ArchiveReader::Private::ratioExceeded(qint64 uncompressed, qint64 compressed) const
{
    return uncompressed > m_limits.ratioCheckMinimumBytes &&
           double(uncompressed) > m_limits.maxCompressionRatio * double(compressed);
}

// Where the entry's stored bytes start: minizip reads and checks the local header against the directory.
Error ArchiveReader::Private::locate(QuaZip &zip, qint64 deviceSize, const ZipEntry &entry, const QString &where,
                                     qint64 &offset) const
{
    unzFile handle = zip.getUnzFile();
    if (unzGoToFilePos64(handle, &entry.position) != UNZ_OK)
        return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The entry's directory record cannot be read."),
                     where};
    // Raw: only the header is read and checked, the data stays untouched.
    int method = 0;
    if (unzOpenCurrentFile2(handle, &method, nullptr, 1) != UNZ_OK)
        return Error{ErrorCode::TruncatedArchive,
                     ArchiveText::tr("The entry's local header is missing or contradicts the ZIP directory."), where};
    offset = qint64(unzGetCurrentFileZStreamPos64(handle));
    unzCloseCurrentFile(handle);
    if (offset <= 0 || offset > deviceSize || entry.compressedSize > quint64(deviceSize - offset))
        return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The entry's data runs past the end of the archive."),
                     where};
    return {};
}

Error ArchiveReader::Private::readLog(QuaZip &zip, SliceDevice &device, const ZipEntry &entry, const QString &where)
{
    if (entry.method != MethodStored && entry.method != MethodDeflated)
        return {}; // shown as a file without text; nothing in it matters for the import
    qint64 offset = 0;
    if (Error error = locate(zip, device.size(), entry, where, offset); error.isError())
        return error;
    EntrySource source;
    source.where = where;
    source.method = entry.method;
    source.offset = offset;
    source.compressedSize = qint64(entry.compressedSize);
    source.declaredSize =
        qint64(std::min<quint64>(entry.uncompressedSize, quint64(std::numeric_limits<qint64>::max())));
    source.crc = entry.crc;
    // A longer log is shown cut; its CRC cannot be checked without reading all of it, and it does not matter.
    source.wanted = std::min(source.declaredSize, MaxLogBytes);
    source.sizeCap = MaxLogBytes;
    source.limits = m_limits;
    QByteArray text(source.wanted, Qt::Uninitialized);
    BufferSink sink(text.data());
    qint64 produced = 0;
    if (Error error = m_inflater.stream(device, source, sink, produced); error.isError())
        return error;
    text.truncate(produced);
    m_info.logText = QString::fromUtf8(text);
    return {};
}

Error ArchiveReader::Private::readZipEntry(const ZipEntry &zipEntry, ArchiveEntry &entry)
{
    const QString where = joinWhere(m_entryWhere, zipEntry.name);
    // Declared sizes were checked against the caps when the archive was opened.
    const qint64 declared = qint64(zipEntry.uncompressedSize);
    if (m_bytesRead + declared > m_limits.maxTotalBytes)
        return Error{ErrorCode::ArchiveLimit,
                     ArchiveText::tr("Reading the entry would take the import past its limit of %1 in total.")
                         .arg(sizeText(m_limits.maxTotalBytes)),
                     where};
    qint64 offset = 0;
    if (Error error = locate(*m_entryZip, m_entryDevice->size(), zipEntry, where, offset); error.isError())
        return error;

    EntrySource source;
    source.where = where;
    source.method = zipEntry.method;
    source.offset = offset;
    source.compressedSize = qint64(zipEntry.compressedSize); // within the device: locate() checked it
    source.declaredSize = declared;
    source.crc = zipEntry.crc;
    source.wanted = declared;
    source.sizeCap = m_limits.maxEntryBytes;
    source.limits = m_limits;
    source.totalBefore = m_bytesRead;

    // In memory at once only when both sizes are small: the stored bytes of a stored entry are its content,
    // of matching size; a deflated one is inflated whole, which bounds what a lying header can cost.
    const bool whole = source.compressedSize <= EntryInflater::WholeEntryBytes &&
                       declared <= EntryInflater::WholeEntryBytes &&
                       (zipEntry.method == MethodDeflated || source.compressedSize == declared);
    if (whole && m_deferInflation) {
        if (Error error = readStored(source, entry.data); error.isError())
            return error;
        entry.inflatePending = true;
        entry.method = zipEntry.method;
        entry.declaredSize = declared;
        entry.limits = m_limits;
        m_bytesRead += declared;
        return {};
    }
    entry.inflatePending = false;
    qint64 produced = 0;
    Error error;
    if (whole && zipEntry.method == MethodDeflated) {
        error = readStored(source, m_stored);
        if (!error.isError())
            error = m_inflater.inflateWhole(source, m_stored, entry.data, produced);
    } else {
        // resize(0) keeps the allocation of a buffer the caller hands back unshared; the parser's padding is
        // reserved behind the content, which is then written in place.
        entry.data.resize(0);
        entry.data.reserve(declared + ArchiveEntry::Padding);
        entry.data.resize(declared);
        BufferSink sink(entry.data.data());
        error = m_inflater.stream(*m_entryDevice, source, sink, produced);
    }
    m_bytesRead += produced;
    return error;
}

// The stored bytes of an entry as they are, with the parser's padding behind them (they may be the content).
Error ArchiveReader::Private::readStored(const EntrySource &source, QByteArray &stored)
{
    stored.resize(0);
    stored.reserve(source.compressedSize + ArchiveEntry::Padding);
    stored.resize(source.compressedSize);
    if (!m_entryDevice->seek(source.offset) ||
        m_entryDevice->read(stored.data(), source.compressedSize) != source.compressedSize)
        return Error{ErrorCode::TruncatedArchive, ArchiveText::tr("The entry's data ends early."), source.where};
    return {};
}

Error ArchiveReader::Private::readSingleJson(QByteArray &data)
{
    const qint64 expected = m_info.fileSize;
    if (!m_file->seek(0))
        return Error{ErrorCode::FileUnreadable,
                     ArchiveText::tr("The file cannot be read: %1.").arg(m_file->errorString()), m_fileName};
    data.resize(0);
    data.reserve(expected + ArchiveEntry::Padding);
    data.resize(expected);
    qint64 total = 0;
    while (total < expected) {
        const qint64 got = m_file->read(data.data() + total, std::min(expected - total, FileChunk));
        if (got < 0)
            return Error{ErrorCode::FileUnreadable,
                         ArchiveText::tr("The file cannot be read: %1.").arg(m_file->errorString()), m_fileName};
        if (got == 0)
            break;
        total += got;
        m_bytesRead += got;
    }
    char extra = 0;
    if (total != expected || m_file->read(&extra, 1) != 0)
        return Error{ErrorCode::FileUnreadable, ArchiveText::tr("The file changed while it was being read."),
                     m_fileName};
    return {};
}

bool ArchiveReader::Private::readNext(ArchiveEntry &entry)
{
    if (m_error.isError())
        return false;
    if (!m_open) {
        m_error = Error{ErrorCode::InvalidArgument, ArchiveText::tr("No archive is open."), m_fileName};
        return false;
    }
    if (m_next >= qsizetype(m_entries.size()))
        return false;
    const ZipEntry &zipEntry = m_entries[std::size_t(m_next)];
    entry.inflatePending = false;
    const Error error =
        m_info.layout == ArchiveInfo::Layout::SingleJson ? readSingleJson(entry.data) : readZipEntry(zipEntry, entry);
    if (error.isError()) {
        m_error = error;
        entry.data.clear();
        entry.inflatePending = false;
        return false;
    }
    entry.index = int(m_next);
    entry.name = zipEntry.name;
    entry.where =
        m_info.layout == ArchiveInfo::Layout::SingleJson ? m_fileName : joinWhere(m_entryWhere, zipEntry.name);
    entry.expectedCrc = zipEntry.crc;
    ++m_next;
    return true;
}

ArchiveReader::ArchiveReader(ArchiveLimits limits)
    : d(std::make_unique<Private>(limits))
{}

ArchiveReader::~ArchiveReader() = default;

Error ArchiveReader::open(const QString &path)
{
    d->m_error = d->open(path);
    return d->m_error;
}

const ArchiveInfo &ArchiveReader::info() const
{
    return d->m_info;
}

bool ArchiveReader::readNext(ArchiveEntry &entry)
{
    return d->readNext(entry);
}

const Error &ArchiveReader::error() const
{
    return d->m_error;
}

qint64 ArchiveReader::bytesRead() const
{
    return d->m_bytesRead;
}

void ArchiveReader::setDeferredInflation(bool defer)
{
    d->m_deferInflation = defer;
}

} // namespace LicenseCore
