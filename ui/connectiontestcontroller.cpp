// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestcontroller.h"

#include <cluster/clusterclient.h>
#include <vault/tokenvault.h>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

// A cluster (or something posing as one) could echo the token back in its error message.
ConnectionTestResult masked(ConnectionTestResult result, const QString &token)
{
    if (token.isEmpty())
        return result;
    const QString mask = QStringLiteral("\u2022\u2022\u2022");
    result.summary.replace(token, mask);
    result.outcome.errorText.replace(token, mask);
    result.outcome.clusterMessage.replace(token, mask);
    return result;
}

} // namespace

ConnectionTestController::ConnectionTestController(QObject *parent)
    : QObject(parent)
{}

// The client is a child: deleting it stops its job without another signal.
ConnectionTestController::~ConnectionTestController() = default;

void ConnectionTestController::setTokenVault(TokenVault *vault)
{
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    if (vault)
        connect(vault, &QObject::destroyed, this, &ConnectionTestController::vaultDestroyed);
}

void ConnectionTestController::vaultDestroyed()
{
    // A vault going away silences its jobs: the token being read will never arrive.
    if (m_state != State::ReadingToken)
        return;
    ++m_generation;
    setState(State::Idle);
    Q_EMIT tokenUnavailable(
        m_savedName,
        {TokenResult::Status::Failed, tr("The saved token could not be read: the token store was closed."), {}});
}

ConnectionTestController::State ConnectionTestController::state() const
{
    return m_state;
}

bool ConnectionTestController::isRunning() const
{
    return m_state != State::Idle;
}

const ClusterProfile &ConnectionTestController::profile() const
{
    return m_profile;
}

bool ConnectionTestController::test(const ClusterProfile &profile, const QString &token)
{
    if (isRunning() || token.isEmpty())
        return false;
    ++m_generation;
    m_profile = profile;
    run(token, false);
    return true;
}

bool ConnectionTestController::testWithSavedToken(const ClusterProfile &profile, const QString &savedName)
{
    if (isRunning() || !m_vault)
        return false;
    const quint64 generation = ++m_generation;
    m_profile = profile;
    m_savedName = savedName;
    TokenJob *job = m_vault->readToken(savedName);
    connect(job, &TokenJob::finished, this, [this, generation](const TokenResult &result) {
        if (generation == m_generation && m_state == State::ReadingToken)
            tokenRead(result);
    });
    setState(State::ReadingToken);
    return true;
}

void ConnectionTestController::tokenRead(const TokenResult &result)
{
    if (result.ok()) {
        run(result.token, true);
        return;
    }
    TokenResult failure = result;
    failure.token.clear();
    setState(State::Idle);
    Q_EMIT tokenUnavailable(m_savedName, failure);
}

void ConnectionTestController::run(const QString &token, bool savedToken)
{
    dropClient();
    const quint64 generation = m_generation;
    auto *client = new ClusterClient(m_profile, token, this);
    m_client = client;
    client->testConnection(this, [this, generation, token, savedToken](const ConnectionTestResult &result) {
        if (generation != m_generation || m_state != State::Testing)
            return;
        dropClient();
        setState(State::Idle);
        Q_EMIT finished(masked(result, token), savedToken);
    });
    setState(State::Testing);
}

void ConnectionTestController::cancel()
{
    ++m_generation;
    dropClient();
    setState(State::Idle);
}

void ConnectionTestController::dropClient()
{
    // Later, not now: this may run inside a signal of the client's own job.
    if (m_client)
        m_client->deleteLater();
    m_client.clear();
}

void ConnectionTestController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace LicenseUi
