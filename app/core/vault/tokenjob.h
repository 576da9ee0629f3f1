// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace LicenseCore {

struct TokenResult
{
    enum class Status
    {
        Ok,
        NotFound,     // no token stored for the profile
        NoKeychain,   // no keychain service on this system (or it cannot be reached)
        AccessDenied, // the keychain is locked or refused access
        Failed,       // anything else the keychain reported
    };

    Status status = Status::Ok;
    QString errorText; // a sentence with the next step; empty when ok
    QString token;     // read results only; never logged, never written anywhere else

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// One asynchronous read, write or delete of a profile's token or a history database's password. Deletes itself after
// finished().
class TokenJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };

    // What the job reads or writes: its sentences name it.
    enum class Secret
    {
        ClusterToken,     // the name is a cluster profile's
        DatabasePassword, // the name is a database's: USER@HOST:PORT/DATABASE
    };

    ~TokenJob() override;
    Q_DISABLE_COPY_MOVE(TokenJob)

    [[nodiscard]] Operation operation() const;
    [[nodiscard]] Secret secret() const;
    // The profile's name, or the database's.
    [[nodiscard]] QString profileName() const;

    // What QtKeychain's OtherError message means (most Linux failures are reported so): AccessDenied for a
    // locked or refusing keychain, NoKeychain when there is none to talk to, else Failed. A denial is checked
    // first: its D-Bus error names contain words that also mark a missing service.
    static TokenResult::Status statusOfOtherError(const QString &errorString);

Q_SIGNALS:
    void finished(const LicenseCore::TokenResult &result);

private:
    friend class TokenVault;
    TokenJob(Operation operation, Secret secret, QString profileName, QObject *parent);

    // Runs a keychain job (owned from now on) and translates its outcome.
    void run(QKeychain::Job *job);
    // Finishes from the event loop with a result known up front (memory mode).
    void finishLater(TokenResult result);
    void onKeychainFinished(QKeychain::Job *job);
    void finish(const TokenResult &result);
    // The vault is going away: nobody waits for the result any more. Deletes this job from the event loop once
    // it is not running (a keychain operation under way finishes first, so QtKeychain is not cut off mid-call).
    void abandon();

    Operation m_operation;
    Secret m_secret;
    QString m_profileName;
    bool m_finished = false;
    bool m_running = false; // a keychain operation is under way
};

} // namespace LicenseCore
