// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <vault/coredumpguard.h>
#include <vault/tokenvault.h>

#include <qt6keychain/keychain.h>

namespace LicenseCore {

TokenVault::TokenVault(Storage storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_service(defaultServiceName())
{}

TokenVault::~TokenVault()
{
    // This may run inside a job's finished() (a receiver deleting the vault): deleting the jobs here would pull
    // them from under their own emit. They are detached and silenced instead, and delete themselves once their
    // keychain operation is done (or from the event loop).
    const QList<TokenJob *> jobs = findChildren<TokenJob *>(Qt::FindDirectChildrenOnly);
    for (TokenJob *job : jobs) {
        QObject::disconnect(job, nullptr, nullptr, nullptr);
        job->setParent(nullptr);
        job->abandon();
    }
}

QString TokenVault::defaultServiceName()
{
    return QStringLiteral("license-usage-explorer");
}

void TokenVault::setServiceName(const QString &service)
{
    m_service = service;
}

QString TokenVault::serviceName() const
{
    return m_service;
}

TokenVault::Storage TokenVault::storage() const
{
    return m_storage;
}

void TokenVault::keepInMemory(const QString &profileName, const QString &token)
{
    CoreDumpGuard::engage();
    m_memory.insert(keyFor(profileName), token);
}

void TokenVault::forgetInMemory(const QString &profileName)
{
    m_memory.remove(keyFor(profileName));
}

bool TokenVault::isKeptInMemory(const QString &profileName) const
{
    return m_memory.contains(keyFor(profileName));
}

QString TokenVault::keyFor(const QString &profileName)
{
    return QStringLiteral("cluster-profile/") + profileName;
}

QString TokenVault::keyForDatabase(const QString &database)
{
    return QStringLiteral("history-database/") + database;
}

QString TokenVault::notKeptText(TokenJob::Secret secret, const QString &name)
{
    if (secret == TokenJob::Secret::DatabasePassword)
        return tr("No password of the database %1 is kept in this session.").arg(name);
    return tr("No API token is kept for the profile \u201c%1\u201d in this session.").arg(name);
}

TokenJob *TokenVault::readToken(const QString &profileName)
{
    return read(TokenJob::Secret::ClusterToken, profileName, keyFor(profileName));
}

TokenJob *TokenVault::writeToken(const QString &profileName, const QString &token)
{
    return write(TokenJob::Secret::ClusterToken, profileName, keyFor(profileName), token);
}

TokenJob *TokenVault::deleteToken(const QString &profileName)
{
    return remove(TokenJob::Secret::ClusterToken, profileName, keyFor(profileName));
}

TokenJob *TokenVault::readDatabasePassword(const QString &database)
{
    return read(TokenJob::Secret::DatabasePassword, database, keyForDatabase(database));
}

TokenJob *TokenVault::writeDatabasePassword(const QString &database, const QString &password)
{
    return write(TokenJob::Secret::DatabasePassword, database, keyForDatabase(database), password);
}

TokenJob *TokenVault::deleteDatabasePassword(const QString &database)
{
    return remove(TokenJob::Secret::DatabasePassword, database, keyForDatabase(database));
}

TokenJob *TokenVault::read(TokenJob::Secret secret, const QString &name, const QString &key)
{
    CoreDumpGuard::engage(); // before the keychain answers with the secret
    auto *job = new TokenJob(TokenJob::Operation::Read, secret, name, this);
    const auto kept = m_memory.constFind(key);
    if (kept != m_memory.constEnd()) {
        job->finishLater({TokenResult::Status::Ok, {}, kept.value()});
    } else if (m_storage == Storage::MemoryOnly) {
        job->finishLater({TokenResult::Status::NotFound, notKeptText(secret, name), {}});
    } else {
        auto *readJob = new QKeychain::ReadPasswordJob(m_service);
        readJob->setKey(key);
        job->run(readJob);
    }
    return job;
}

TokenJob *TokenVault::write(TokenJob::Secret secret, const QString &name, const QString &key, const QString &value)
{
    CoreDumpGuard::engage();
    auto *job = new TokenJob(TokenJob::Operation::Write, secret, name, this);
    if (m_storage == Storage::MemoryOnly) {
        m_memory.insert(key, value);
        job->finishLater({});
    } else {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setKey(key);
        writeJob->setTextData(value);
        job->run(writeJob);
    }
    return job;
}

TokenJob *TokenVault::remove(TokenJob::Secret secret, const QString &name, const QString &key)
{
    auto *job = new TokenJob(TokenJob::Operation::Delete, secret, name, this);
    const bool wasKept = m_memory.remove(key) > 0;
    if (m_storage == Storage::MemoryOnly) {
        job->finishLater(wasKept ? TokenResult{}
                                 : TokenResult{TokenResult::Status::NotFound, notKeptText(secret, name), {}});
    } else {
        auto *removeJob = new QKeychain::DeletePasswordJob(m_service);
        removeJob->setKey(key);
        job->run(removeJob);
    }
    return job;
}

} // namespace LicenseCore
