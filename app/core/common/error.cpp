// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QCoreApplication>

namespace LicenseCore {

QString errorTitle(ErrorCode code)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("LicenseCore::Error", text); };
    switch (code) {
    case ErrorCode::None:
        return tr("No error");
    case ErrorCode::FileNotFound:
        return tr("File not found");
    case ErrorCode::FileUnreadable:
        return tr("File cannot be read");
    case ErrorCode::FileUnwritable:
        return tr("File cannot be written");
    case ErrorCode::NotAnArchive:
        return tr("Not a license export (neither a ZIP archive nor a JSON file)");
    case ErrorCode::TruncatedArchive:
        return tr("The archive is truncated or damaged");
    case ErrorCode::ArchiveLimit:
        return tr("The archive exceeds a safety limit");
    case ErrorCode::UnsafeEntry:
        return tr("The archive contains an unsafe entry");
    case ErrorCode::EncryptedEntry:
        return tr("The archive contains an encrypted entry");
    case ErrorCode::ChecksumMismatch:
        return tr("An archive entry fails its checksum");
    case ErrorCode::NoUsageData:
        return tr("The export contains no hourly usage files");
    case ErrorCode::InvalidJson:
        return tr("An hourly file is not valid JSON");
    case ErrorCode::InvalidSchema:
        return tr("An hourly file is not a license consumption record");
    case ErrorCode::Cancelled:
        return tr("Cancelled");
    case ErrorCode::Network:
        return tr("Network error");
    case ErrorCode::Tls:
        return tr("Secure connection failed");
    case ErrorCode::Http:
        return tr("The cluster refused the request");
    case ErrorCode::Timeout:
        return tr("The cluster stopped responding");
    case ErrorCode::Keychain:
        return tr("System keychain error");
    case ErrorCode::InvalidArgument:
        return tr("Invalid input");
    }
    return {};
}

QString Error::message() const
{
    QString text = detail.isEmpty() ? errorTitle(code) : detail;
    if (!where.isEmpty())
        text = where + QStringLiteral(": ") + text;
    return text;
}

} // namespace LicenseCore
