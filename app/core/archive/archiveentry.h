// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <archive/archivelimits.h>

#include <QByteArray>
#include <QString>

namespace LicenseCore {

// One hourly file as ArchiveReader::readNext() hands it out.
struct ArchiveEntry
{
    // Bytes after the content that the allocation always holds (readable, unspecified), so a SIMD JSON
    // parser can read past the end without a copy: data.capacity() >= data.size() + Padding.
    static constexpr qsizetype Padding = 64;

    int index = 0;           // position among the hourly files, in archive order
    QString name;            // entry name, for messages only: never trusted for the hour or a path
    QByteArray data;         // the complete content, CRC-checked, unless inflatePending; see Padding
    QString where;           // how messages name the entry ("export.zip › billingRecords_….zip › x.json")
    quint32 expectedCrc = 0; // the CRC-32 the archive declares for the content

    // Set by a reader with deferred inflation: `data` holds the entry's stored bytes as the archive has them,
    // and EntryInflater::inflate() makes and checks the content on whichever thread calls it. What that takes
    // besides the bytes travels with them.
    bool inflatePending = false;
    quint16 method = 0;      // ZIP compression method of the stored bytes: 0 stored, 8 deflated
    qint64 declaredSize = 0; // the uncompressed size the directory declares
    ArchiveLimits limits;    // the reader's, for the compression ratio
};

} // namespace LicenseCore
