// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenjob.h"

#include <QTimer>
#include <algorithm>
#include <initializer_list>
#include <qt6keychain/keychain.h>

namespace LicenseCore {

namespace {
bool containsAny(const QString &text, std::initializer_list<const char *> markers)
{
    return std::any_of(markers.begin(), markers.end(), [&text](const char *marker) {
        return text.contains(QLatin1String(marker), Qt::CaseInsensitive);
    });
}

// QtKeychain reports most Linux failures as OtherError with a D-Bus or Secret Service message.
TokenResult::Status statusOfOtherError(const QString &errorString)
{
    // No session bus, no Secret Service and no KWallet.
    if (containsAny(errorString, {"org.freedesktop.secrets", "ServiceUnknown", "not provided by any", "kwalletd",
                                  "Could not connect", "D-Bus", "DBus", "No such interface"}))
        return TokenResult::Status::NoKeychain;
    // A keychain that is there but locked, or whose default keyring could not be unlocked or created.
    if (containsAny(errorString, {"locked", "prompt", "dismissed", "/collection/", "denied"}))
        return TokenResult::Status::AccessDenied;
    return TokenResult::Status::Failed;
}
} // namespace

TokenJob::TokenJob(Operation operation, QString profileName, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileName(std::move(profileName))
{}

TokenJob::~TokenJob() = default;

TokenJob::Operation TokenJob::operation() const
{
    return m_operation;
}

QString TokenJob::profileName() const
{
    return m_profileName;
}

void TokenJob::run(QKeychain::Job *job)
{
    job->setParent(this);
    job->setAutoDelete(false);
    // Never fall back to a plain-text file when no keychain is available.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, &TokenJob::onKeychainFinished);
    job->start();
}

void TokenJob::finishLater(TokenResult result)
{
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void TokenJob::onKeychainFinished(QKeychain::Job *job)
{
    TokenResult result;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (m_operation == Operation::Read)
            result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenResult::Status::NotFound;
        result.errorText = tr("No API token is stored for the profile \u201c%1\u201d. Store the cluster token for it "
                              "first.")
                               .arg(m_profileName);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = TokenResult::Status::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = TokenResult::Status::NoKeychain;
        break;
    case QKeychain::OtherError:
        result.status = statusOfOtherError(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = TokenResult::Status::Failed;
        break;
    }
    if (result.status == TokenResult::Status::NoKeychain) {
        result.errorText = tr("No system keychain is available (%1). Start a keychain service such as GNOME Keyring "
                              "or KWallet, or keep the token in memory for this session only.")
                               .arg(detail);
    } else if (result.status == TokenResult::Status::AccessDenied) {
        result.errorText = tr("Access to the system keychain was denied (%1). Unlock the keychain (or create its "
                              "default keyring) and allow this program to use it, then try again.")
                               .arg(detail);
    } else if (result.status == TokenResult::Status::Failed) {
        result.errorText = tr("The system keychain failed: %1").arg(detail);
    }
    job->deleteLater();
    finish(result);
}

void TokenJob::finish(const TokenResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace LicenseCore
