// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/error.h>

#include <QCoreApplication>

namespace LicenseCore {

namespace {
// Gives these free functions a translation context of their own.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::Error)
};
} // namespace

QString errorTitle(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ErrorText::tr("No error");
    case ErrorCode::FileNotFound:
        return ErrorText::tr("File not found");
    case ErrorCode::FileUnreadable:
        return ErrorText::tr("File cannot be read");
    case ErrorCode::FileUnwritable:
        return ErrorText::tr("File cannot be written");
    case ErrorCode::NotAnArchive:
        return ErrorText::tr("Not a license export (neither a ZIP archive nor a JSON file)");
    case ErrorCode::TruncatedArchive:
        return ErrorText::tr("The archive is truncated or damaged");
    case ErrorCode::ArchiveLimit:
        return ErrorText::tr("The archive exceeds a safety limit");
    case ErrorCode::UnsafeEntry:
        return ErrorText::tr("The archive contains an unsafe entry");
    case ErrorCode::EncryptedEntry:
        return ErrorText::tr("The archive contains an encrypted entry");
    case ErrorCode::ChecksumMismatch:
        return ErrorText::tr("An archive entry fails its checksum");
    case ErrorCode::NoUsageData:
        return ErrorText::tr("The export contains no hourly usage files");
    case ErrorCode::InvalidJson:
        return ErrorText::tr("An hourly file is not valid JSON");
    case ErrorCode::InvalidSchema:
        return ErrorText::tr("An hourly file is not a license consumption record");
    case ErrorCode::Cancelled:
        return ErrorText::tr("Cancelled");
    case ErrorCode::Network:
        return ErrorText::tr("Network error");
    case ErrorCode::Tls:
        return ErrorText::tr("Secure connection failed");
    case ErrorCode::Http:
        return ErrorText::tr("The cluster refused the request");
    case ErrorCode::Timeout:
        return ErrorText::tr("The cluster stopped responding");
    case ErrorCode::Keychain:
        return ErrorText::tr("System keychain error");
    case ErrorCode::InvalidArgument:
        return ErrorText::tr("Invalid input");
    case ErrorCode::StoreUnusable:
        return ErrorText::tr("The history store cannot be used");
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
