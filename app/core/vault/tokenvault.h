// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vault/tokenjob.h>

#include <QHash>
#include <QObject>
#include <QString>

namespace LicenseCore {

// One API token per cluster profile, and the password of each PostgreSQL history the window opens, in the operating
// system's keychain (QtKeychain: Secret Service or
// KWallet, macOS Keychain, Windows Credential Manager), asynchronously. Never falls back to a file.
// A token can instead be kept in memory for the current run only: always in MemoryOnly mode (the demo
// profile, tests), or per profile after the user chose so because no keychain is available.
class TokenVault final : public QObject
{
    Q_OBJECT

public:
    enum class Storage
    {
        Keychain,
        MemoryOnly
    };

    explicit TokenVault(Storage storage = Storage::Keychain, QObject *parent = nullptr);
    ~TokenVault() override;
    Q_DISABLE_COPY_MOVE(TokenVault)

    static QString defaultServiceName(); // "license-usage-explorer"
    void setServiceName(const QString &service);
    [[nodiscard]] QString serviceName() const;
    [[nodiscard]] Storage storage() const;

    // For this run only; readToken() prefers it to the keychain.
    void keepInMemory(const QString &profileName, const QString &token);
    void forgetInMemory(const QString &profileName);
    [[nodiscard]] bool isKeptInMemory(const QString &profileName) const;

    TokenJob *readToken(const QString &profileName);
    TokenJob *writeToken(const QString &profileName, const QString &token);
    TokenJob *deleteToken(const QString &profileName);

    // The password of a PostgreSQL history, under its database ("USER@HOST:PORT/DATABASE", see
    // postgresPasswordKey() of the application room): never the whole URI, so a change of its options (sslmode)
    // keeps the password. In MemoryOnly mode it is kept for this run.
    TokenJob *readDatabasePassword(const QString &database);
    TokenJob *writeDatabasePassword(const QString &database, const QString &password);
    TokenJob *deleteDatabasePassword(const QString &database);

    template<typename Context, typename Handler>
    TokenJob *readToken(const QString &profileName, const Context *context, Handler &&handler)
    {
        TokenJob *job = readToken(profileName);
        connect(job, &TokenJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    TokenJob *writeToken(const QString &profileName, const QString &token, const Context *context, Handler &&handler)
    {
        TokenJob *job = writeToken(profileName, token);
        connect(job, &TokenJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    TokenJob *deleteToken(const QString &profileName, const Context *context, Handler &&handler)
    {
        TokenJob *job = deleteToken(profileName);
        connect(job, &TokenJob::finished, context, std::forward<Handler>(handler));
        return job;
    }

    template<typename Context, typename Handler>
    TokenJob *readDatabasePassword(const QString &database, const Context *context, Handler &&handler)
    {
        TokenJob *job = readDatabasePassword(database);
        connect(job, &TokenJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    TokenJob *writeDatabasePassword(const QString &database, const QString &password, const Context *context,
                                    Handler &&handler)
    {
        TokenJob *job = writeDatabasePassword(database, password);
        connect(job, &TokenJob::finished, context, std::forward<Handler>(handler));
        return job;
    }
    template<typename Context, typename Handler>
    TokenJob *deleteDatabasePassword(const QString &database, const Context *context, Handler &&handler)
    {
        TokenJob *job = deleteDatabasePassword(database);
        connect(job, &TokenJob::finished, context, std::forward<Handler>(handler));
        return job;
    }

private:
    [[nodiscard]] static QString keyFor(const QString &profileName);
    [[nodiscard]] static QString keyForDatabase(const QString &database);
    // The memory-only vault's answer for a secret it does not hold.
    [[nodiscard]] static QString notKeptText(TokenJob::Secret secret, const QString &name);
    TokenJob *read(TokenJob::Secret secret, const QString &name, const QString &key);
    TokenJob *write(TokenJob::Secret secret, const QString &name, const QString &key, const QString &value);
    TokenJob *remove(TokenJob::Secret secret, const QString &name, const QString &key);

    Storage m_storage;
    QString m_service;
    QHash<QString, QString> m_memory; // by keychain key
};

} // namespace LicenseCore
