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
    m_memory.insert(profileName, token);
}

void TokenVault::forgetInMemory(const QString &profileName)
{
    m_memory.remove(profileName);
}

bool TokenVault::isKeptInMemory(const QString &profileName) const
{
    return m_memory.contains(profileName);
}

QString TokenVault::keyFor(const QString &profileName)
{
    return QStringLiteral("cluster-profile/") + profileName;
}

TokenJob *TokenVault::readToken(const QString &profileName)
{
    CoreDumpGuard::engage(); // before the keychain answers with the token
    auto *job = new TokenJob(TokenJob::Operation::Read, profileName, this);
    const auto kept = m_memory.constFind(profileName);
    if (kept != m_memory.constEnd()) {
        job->finishLater({TokenResult::Status::Ok, {}, kept.value()});
    } else if (m_storage == Storage::MemoryOnly) {
        job->finishLater({TokenResult::Status::NotFound,
                          tr("No API token is kept for the profile \u201c%1\u201d in this session.").arg(profileName),
                          {}});
    } else {
        auto *read = new QKeychain::ReadPasswordJob(m_service);
        read->setKey(keyFor(profileName));
        job->run(read);
    }
    return job;
}

TokenJob *TokenVault::writeToken(const QString &profileName, const QString &token)
{
    CoreDumpGuard::engage();
    auto *job = new TokenJob(TokenJob::Operation::Write, profileName, this);
    if (m_storage == Storage::MemoryOnly) {
        m_memory.insert(profileName, token);
        job->finishLater({});
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setKey(keyFor(profileName));
        write->setTextData(token);
        job->run(write);
    }
    return job;
}

TokenJob *TokenVault::deleteToken(const QString &profileName)
{
    auto *job = new TokenJob(TokenJob::Operation::Delete, profileName, this);
    const bool wasKept = m_memory.remove(profileName) > 0;
    if (m_storage == Storage::MemoryOnly) {
        job->finishLater(wasKept ? TokenResult{}
                                 : TokenResult{TokenResult::Status::NotFound,
                                               tr("No API token is kept for the profile \u201c%1\u201d in this "
                                                  "session.")
                                                   .arg(profileName),
                                               {}});
    } else {
        auto *remove = new QKeychain::DeletePasswordJob(m_service);
        remove->setKey(keyFor(profileName));
        job->run(remove);
    }
    return job;
}

} // namespace LicenseCore
