// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <vault/tokenjob.h>

#include <QPointer>
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
} // namespace

TokenJob::TokenJob(Operation operation, Secret secret, QString profileName, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_secret(secret)
    , m_profileName(std::move(profileName))
{}

TokenJob::~TokenJob() = default;

TokenResult::Status TokenJob::statusOfOtherError(const QString &errorString)
{
    // A keychain that is there but locked or refusing, or whose default keyring could not be unlocked or created.
    // First: "org.freedesktop.DBus.Error.AccessDenied" would otherwise read as "no D-Bus".
    if (containsAny(errorString,
                    {"locked", "prompt", "dismissed", "/collection/", "denied", "not authorized", "NotAuthorized"}))
        return TokenResult::Status::AccessDenied;
    // No session bus, no Secret Service and no KWallet.
    if (containsAny(errorString, {"org.freedesktop.secrets", "ServiceUnknown", "not provided by any", "kwalletd",
                                  "Could not connect", "D-Bus", "DBus", "No such interface"}))
        return TokenResult::Status::NoKeychain;
    return TokenResult::Status::Failed;
}

TokenJob::Secret TokenJob::secret() const
{
    return m_secret;
}

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
    m_running = true;
    job->start();
}

void TokenJob::abandon()
{
    // A running job deletes itself in finish(); a finished one already has (or is about to, see finish()).
    if (!m_running && !m_finished)
        deleteLater(); // memory mode: finishLater()'s timer dies with the job, so it never fires
}

void TokenJob::finishLater(TokenResult result)
{
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void TokenJob::onKeychainFinished(QKeychain::Job *job)
{
    m_running = false;
    TokenResult result;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (m_operation == Operation::Read)
            result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenResult::Status::NotFound;
        result.errorText =
            m_secret == Secret::DatabasePassword
                ? tr("No password of the database %1 is stored in the system keychain.").arg(m_profileName)
                : tr("No API token is stored for the profile \u201c%1\u201d. Store the cluster "
                     "token for it first.")
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
    // A receiver may delete the vault; ~TokenVault leaves a finishing job alone, but check all the same.
    const QPointer self(this);
    Q_EMIT finished(result);
    if (self)
        deleteLater();
}

} // namespace LicenseCore
