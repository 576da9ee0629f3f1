// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace LicenseCore {

// What an export archive holds besides the hourly files (not interpreted, only shown).
struct ArchiveAuxFile
{
    QString name;
    qint64 size = 0;
};

struct ArchiveInfo
{
    enum class Layout
    {
        Nested,
        Flat,
        SingleJson
    };
    Layout layout = Layout::Nested;
    QString path;
    qint64 fileSize = 0;
    QString innerArchiveName; // "billingRecords_….zip" for the nested layout
    int jsonEntryCount = 0;
    qint64 declaredJsonBytes = 0; // sum of the directory's uncompressed sizes (for progress only)
    ArchiveAuxFile signatureFile; // empty name when absent
    ArchiveAuxFile logFile;       // empty name when absent
    QString logText;              // the export's log, capped at 1 MiB
    QList<ArchiveAuxFile> otherFiles;
};

} // namespace LicenseCore
