// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/clusterprofile.h>
#include <cluster/connectiontestjob.h>
#include <vault/tokenjob.h>

#include <QObject>
#include <QPointer>
#include <QString>

namespace LicenseCore {
class ClusterClient;
class TokenVault;
} // namespace LicenseCore

namespace LicenseUi {

// Runs "Test connection" for a profile without any widget: with a token given to it, or with the token saved for
// the profile, which it reads from the vault first. It reports what it is doing by stateChanged() and how it ended
// by exactly one of finished() and tokenUnavailable(), unless cancel() comes first.
// The token never leaves it: texts from the cluster are reported with the token masked. One test at a time.
class ConnectionTestController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestController)

public:
    enum class State
    {
        Idle,
        ReadingToken, // the saved token is being read from the vault
        Testing       // the cluster is being asked
    };
    Q_ENUM(State)

    explicit ConnectionTestController(QObject *parent = nullptr);
    ~ConnectionTestController() override;

    // Where saved tokens are read; not owned, and it may be deleted at any time.
    void setTokenVault(LicenseCore::TokenVault *vault);

    // Tests `profile` with `token`. False, and nothing happens, while a test runs or without a token.
    bool test(const LicenseCore::ClusterProfile &profile, const QString &token);
    // Tests `profile` with the token saved in the vault under `savedName`. False, and nothing happens, while a
    // test runs or without a vault.
    bool testWithSavedToken(const LicenseCore::ClusterProfile &profile, const QString &savedName);
    // Stops the running test; neither finished() nor tokenUnavailable() follows.
    void cancel();

    [[nodiscard]] State state() const;
    [[nodiscard]] bool isRunning() const;
    // The profile of the running (or else the last) test.
    [[nodiscard]] const LicenseCore::ClusterProfile &profile() const;

Q_SIGNALS:
    void stateChanged(LicenseUi::ConnectionTestController::State state);
    // The cluster answered (or could not be asked); `savedToken` tells whether the saved token was used.
    void finished(const LicenseCore::ConnectionTestResult &result, bool savedToken);
    // The saved token could not be read (the result holds no token), so the cluster was not asked.
    void tokenUnavailable(const QString &savedName, const LicenseCore::TokenResult &result);

private:
    // Asks the cluster about m_profile with `token`.
    void run(const QString &token, bool savedToken);
    void tokenRead(const LicenseCore::TokenResult &result);
    void vaultDestroyed();
    void dropClient();
    void setState(State state);

    QPointer<LicenseCore::TokenVault> m_vault;
    LicenseCore::ClusterProfile m_profile;
    QString m_savedName; // whose saved token is being read
    // A child of this controller; deleted once its test has ended or is no longer wanted.
    QPointer<LicenseCore::ClusterClient> m_client;
    // Counts tests and cancels: an answer to an older one is dropped, whatever its job's lifetime.
    quint64 m_generation = 0;
    State m_state = State::Idle;
};

} // namespace LicenseUi
