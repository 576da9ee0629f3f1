// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archivelimits.h"
#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace LicenseCore {

// What an export archive holds besides the hourly files (not interpreted, only shown).
struct ArchiveAuxFile
{
    QString name;
    qint64 size = 0;
};

struct ArchiveInfo
{
    enum class Layout { Nested, Flat, SingleJson };
    Layout layout = Layout::Nested;
    QString path;
    qint64 fileSize = 0;
    QString innerArchiveName;        // "billingRecords_….zip" for the nested layout
    int jsonEntryCount = 0;
    qint64 declaredJsonBytes = 0;    // sum of the directory's uncompressed sizes (for progress only)
    ArchiveAuxFile signatureFile;    // empty name when absent
    ArchiveAuxFile logFile;          // empty name when absent
    QString logText;                 // the export's log, capped at 1 MiB
    QList<ArchiveAuxFile> otherFiles;
};

struct ArchiveEntry
{
    int index = 0;           // position among the hourly files, in archive order
    QString name;            // entry name, for messages only: never trusted for the hour or a path
    QByteArray data;         // the complete, CRC-checked content; capacity leaves room for parser padding
};

// Reads an export: an outer ZIP holding a nested billingRecords_*.zip, a ZIP with the JSON files directly
// in it, or a single .json file. Entries are read as streams, never extracted by name; every limit of
// ArchiveLimits is enforced on bytes actually read, and each entry's CRC is checked at its end.
// Not thread-safe: one reader per thread.
class ArchiveReader final
{
public:
    explicit ArchiveReader(ArchiveLimits limits = {});
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    // Opens the file, finds the layout, the aux files and the list of hourly JSON entries.
    [[nodiscard]] Error open(const QString &path);
    [[nodiscard]] const ArchiveInfo &info() const;

    // Reads the next hourly JSON file in archive order. Returns false at the end or on an error;
    // error() tells which (ErrorCode::None at the end).
    bool readNext(ArchiveEntry &entry);
    [[nodiscard]] const Error &error() const;

    // Uncompressed bytes read so far (counted, not declared).
    [[nodiscard]] qint64 bytesRead() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace LicenseCore
