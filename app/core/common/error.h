// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LicenseCore {

// What went wrong, as a code the front ends can turn into sentences, plus the facts that locate it.
enum class ErrorCode
{
    None,
    FileNotFound,
    FileUnreadable,
    FileUnwritable,
    NotAnArchive,     // neither a ZIP nor a JSON file (an HTML page saved as .zip, an empty file, ...)
    TruncatedArchive, // the ZIP's directory or an entry ends early
    ArchiveLimit,     // entry count, entry size, total size or compression ratio beyond the configured cap
    UnsafeEntry,      // symlink or otherwise unsupported entry
    EncryptedEntry,
    ChecksumMismatch,
    NoUsageData, // an archive without a single hourly JSON file
    InvalidJson,
    InvalidSchema, // JSON but not an hourly export (root not an object, timeFrameStart missing, ...)
    Cancelled,
    Network,
    Tls,
    Http,
    Timeout,
    Keychain,
    InvalidArgument,
    StoreUnusable, // the history store is damaged, from a newer version, locked, or on a full or read-only disk
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail; // the specific cause, in English, for logs and the one-line CLI message
    QString where;  // file, entry or hour the error refers to; may be empty

    [[nodiscard]] bool isError() const { return code != ErrorCode::None; }
    // One line: "<where>: <sentence>" in the current UI language.
    [[nodiscard]] QString message() const;
};

// A translated sentence for a code without details, for the GUI's headings.
QString errorTitle(ErrorCode code);

} // namespace LicenseCore
