// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

namespace LicenseCore {

// Where a PostgreSQL store is: the parts of a libpq URI ("postgresql://USER@HOST:PORT/DB?sslmode=…"). Never a
// password: libpq finds it in ~/.pgpass, PGPASSFILE or PGSERVICE, or the window passes it from the keychain.
struct PostgresTarget
{
    QString host;
    int port = -1; // -1: libpq's default
    QString database;
    QString user;
    QString options; // the URI's query as "key=value" pairs separated by ';' (Qt's connect options)
};

// Why a PostgreSQL store could not be opened or used, for the front ends to say in their own words.
enum class PostgresProblem
{
    None,
    PasswordMissing, // the server asks for a password and none was found (keychain, ~/.pgpass, PGSERVICE)
    PasswordRefused, // the server refused the password (or the user)
    Unreachable,     // no server answers at the host and port, or the connection broke
    Tls,             // the TLS handshake or the server's certificate failed
    NoDatabase,      // the server answered, but the database does not exist
    Other,
};

// The few things the two backends of the history store do differently: the rest of HistoryStore's SQL is plain
// SQL that SQLite and PostgreSQL both run. Not a QObject, a value.
class SqlDialect final
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql,
    };

    SqlDialect() = default;
    explicit SqlDialect(Backend backend);

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] bool isPostgreSql() const { return m_backend == Backend::PostgreSql; }
    // The Qt Sql driver of the backend.
    [[nodiscard]] QString driverName() const;

    // Whether `location` (a --history value or a setting) names a PostgreSQL store rather than a SQLite file.
    [[nodiscard]] static bool isPostgresUri(const QString &location);
    // The parts of a PostgreSQL URI; an error naming what is wrong when it is not one, or when it holds a password.
    [[nodiscard]] static Result<PostgresTarget> parsePostgresUri(const QString &uri);

    // A schema statement written for SQLite in the form the backend takes: PostgreSQL stores 64-bit integers
    // (hours in milliseconds), bytea instead of blobs, generates ids from a sequence and has no rowid tables.
    [[nodiscard]] QString schemaStatement(const char *sqliteStatement) const;
    // Statements the backend needs beside the migrations when a store is created: PostgreSQL keeps the schema
    // version, a counter of commits and the kept exports in tables (SQLite in its header and in a folder).
    [[nodiscard]] QStringList storeTables() const;

    // What a libpq error text (the driver's, of a failed open or a lost connection) means.
    [[nodiscard]] static PostgresProblem postgresProblem(const QString &driverText);

    // A read of several queries sees one committed state: PostgreSQL in a REPEATABLE READ READ ONLY transaction
    // (one snapshot from its first query on, no writes), SQLite in a deferred transaction (one read snapshot of the
    // write-ahead log). Never inside a write transaction.
    [[nodiscard]] Status beginRead(const QSqlDatabase &db) const;
    [[nodiscard]] Status endRead(const QSqlDatabase &db) const;

    // The schema version of the store the connection points at; 0 for an empty store. -1 with `foreign` set when
    // it holds tables but is not a history store.
    [[nodiscard]] Result<int> schemaVersion(const QSqlDatabase &db, bool *foreign) const;
    [[nodiscard]] Status setSchemaVersion(const QSqlDatabase &db, int version) const;

    // Serialises writers of the same store in the open transaction. PostgreSQL: transaction-level advisory locks,
    // per cluster for ingest and forget (each holds the store-wide one shared), store-wide and exclusive for a
    // rebuild and a migration. SQLite serialises every writer on its own and needs none.
    [[nodiscard]] Status lockCluster(const QSqlDatabase &db, const QString &clusterUuid) const;
    [[nodiscard]] Status lockStore(const QSqlDatabase &db) const;
    // Counts a commit of this connection's open transaction where other connections can see it
    // (otherWritersVersion()); SQLite counts commits itself (PRAGMA data_version).
    [[nodiscard]] Status countWrite(const QSqlDatabase &db) const;
    // A number that moves with every commit counted; with SQLite only with the commits of other connections.
    [[nodiscard]] Result<qint64> writeCount(const QSqlDatabase &db) const;

    // Runs `statement` (placeholders `?`) in the connection's open transaction with `values` bound in order, each
    // QByteArray sent as its bytes and anything else as its text. Qt's PostgreSQL driver sends a QByteArray as a
    // hex literal inside the statement's text: twice the bytes on the wire, escaped and copied a few times here,
    // parsed and decoded on the server. It goes past the driver to the libpq it loaded, on the driver's own
    // connection, so it runs only while no query of that connection has rows left to read. std::nullopt when it
    // cannot be done (SQLite, a driver without libpq at hand, a query still open): the caller binds through Qt.
    [[nodiscard]] std::optional<Status> execWithBytes(const QSqlDatabase &db, const char *statement,
                                                      const QVariantList &values) const;

private:
    Backend m_backend = Backend::Sqlite;
};

} // namespace LicenseCore
