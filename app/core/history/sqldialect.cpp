// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <history/sqldialect.h>

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <vector>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

namespace LicenseCore {

namespace {

// The first key of PostgreSQL's two-key advisory locks, so that ours meet no other program's: "LU" and "LV".
constexpr int ClusterLockSpace = 0x4C55;
constexpr int StoreLockSpace = 0x4C56;

Status failed(const QSqlQuery &query)
{
    return Error{ErrorCode::FileUnwritable, query.lastError().text().simplified(), {}};
}

// The few libpq functions execWithBytes() needs, looked up in the libpq that Qt's driver loaded: the connection
// handle is that library's, and the program needs no libpq of its own to build or to start.
struct pg_conn;
struct pg_result;

struct LibPq
{
    using ExecParams = pg_result *(*)(pg_conn *, const char *, int, const unsigned int *, const char *const *,
                                      const int *, const int *, int);
    using ResultStatus = int (*)(const pg_result *);
    using ErrorMessage = char *(*)(const pg_result *);
    using Clear = void (*)(pg_result *);
    using TransactionStatus = int (*)(const pg_conn *);
    // libpq-fe.h's values, fixed by its ABI.
    static constexpr int CommandOk = 1;     // PGRES_COMMAND_OK
    static constexpr int TuplesOk = 2;      // PGRES_TUPLES_OK
    static constexpr int Idle = 0;          // PQTRANS_IDLE
    static constexpr int InTransaction = 2; // PQTRANS_INTRANS

    ExecParams execParams = nullptr;
    ResultStatus resultStatus = nullptr;
    ErrorMessage errorMessage = nullptr;
    Clear clear = nullptr;
    TransactionStatus transactionStatus = nullptr;

    [[nodiscard]] bool usable() const
    {
        return execParams && resultStatus && errorMessage && clear && transactionStatus;
    }
};

const LibPq &libPq()
{
    static const LibPq functions = [] {
        LibPq pq;
#if defined(Q_OS_LINUX)
        // Only the copy already loaded (RTLD_NOLOAD): a driver linked to libpq statically has none to share.
        void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            return pq;
        pq.execParams = reinterpret_cast<LibPq::ExecParams>(dlsym(library, "PQexecParams"));
        pq.resultStatus = reinterpret_cast<LibPq::ResultStatus>(dlsym(library, "PQresultStatus"));
        pq.errorMessage = reinterpret_cast<LibPq::ErrorMessage>(dlsym(library, "PQresultErrorMessage"));
        pq.clear = reinterpret_cast<LibPq::Clear>(dlsym(library, "PQclear"));
        pq.transactionStatus = reinterpret_cast<LibPq::TransactionStatus>(dlsym(library, "PQtransactionStatus"));
#endif
        return pq;
    }();
    return functions;
}

} // namespace

SqlDialect::SqlDialect(Backend backend)
    : m_backend(backend)
{}

QString SqlDialect::driverName() const
{
    return isPostgreSql() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

bool SqlDialect::isPostgresUri(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PostgresTarget> SqlDialect::parsePostgresUri(const QString &uri)
{
    const auto invalid = [](const QString &why) { return Error{ErrorCode::InvalidArgument, why, {}}; };
    // The password is looked for before the URI is parsed at all, and the URI is never echoed: an error message
    // must not carry it to a terminal or a log.
    const QString authority = uri.section(QLatin1String("://"), 1).section(QLatin1Char('/'), 0, 0);
    if (authority.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')))
        return invalid(QStringLiteral("The PostgreSQL URI holds a password, which is refused: remove it from the URI "
                                      "and put it in ~/.pgpass, the file PGPASSFILE names, or a PGSERVICE entry."));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || !isPostgresUri(uri))
        return invalid(QStringLiteral("It is not a PostgreSQL URI of the form postgresql://USER@HOST:PORT/DATABASE."));
    PostgresTarget target;
    target.host = url.host();
    target.port = url.port(-1);
    target.user = url.userName();
    target.database = url.path().mid(1);
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return invalid(
                QStringLiteral("The PostgreSQL URI holds a password, which is refused: remove it from the "
                               "URI and put it in ~/.pgpass, the file PGPASSFILE names, or a PGSERVICE entry."));
        static const QRegularExpression plainKey(QStringLiteral("^[a-z_]+$"));
        if (!plainKey.match(key).hasMatch() || value.contains(QLatin1Char(';')))
            return invalid(QStringLiteral("The PostgreSQL URI has a parameter that cannot be passed on: %1.").arg(key));
        // libpq's connection string quotes values with spaces (options=-c a=b); Qt passes the pairs on as they are.
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        options.append(QStringLiteral("%1='%2'").arg(key, quoted));
    }
    target.options = options.join(QLatin1Char(';'));
    return target;
}

PostgresProblem SqlDialect::postgresProblem(const QString &driverText)
{
    const QString cause = driverText.simplified();
    if (cause.isEmpty())
        return PostgresProblem::None;
    const auto has = [&cause](const char *phrase) {
        return cause.contains(QLatin1String(phrase), Qt::CaseInsensitive);
    };
    if (has("no password supplied"))
        return PostgresProblem::PasswordMissing;
    if (has("password authentication failed") || has("fe_sendauth"))
        return PostgresProblem::PasswordRefused;
    // Before the unreachable server: libpq reports a failed handshake as "connection to server … failed: SSL …".
    if (has("SSL") || has("certificate") || has("TLS"))
        return PostgresProblem::Tls;
    if (has("Connection refused") || has("could not connect") || has("timeout expired") ||
        has("could not translate host name") || has("No route to host") || has("server closed the connection") ||
        has("Network is unreachable") || has("no connection to the server") || has("terminating connection") ||
        has("could not receive data") || has("could not send data"))
        return PostgresProblem::Unreachable;
    if (has("does not exist") && has("database"))
        return PostgresProblem::NoDatabase;
    return PostgresProblem::Other;
}

Status SqlDialect::beginRead(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(isPostgreSql() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                   : QStringLiteral("BEGIN DEFERRED")))
        return failed(query);
    return {};
}

Status SqlDialect::endRead(const QSqlDatabase &db) const
{
    // Nothing was written: COMMIT only ends the transaction and lets go of its snapshot.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return failed(query);
    return {};
}

QString SqlDialect::schemaStatement(const char *sqliteStatement) const
{
    QString statement = QString::fromLatin1(sqliteStatement);
    if (!isPostgreSql())
        return statement;
    // Ids are generated from a sequence; an explicit id (a rebuild keeps them) is allowed too.
    statement.replace(QLatin1String("id INTEGER PRIMARY KEY, "), QLatin1String("id BIGSERIAL PRIMARY KEY, "));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    statement.replace(integer, QStringLiteral("BIGINT"));
    statement.replace(QLatin1String(" BLOB"), QLatin1String(" BYTEA"));
    statement.replace(QLatin1String(" WITHOUT ROWID"), QString());
    return statement;
}

QStringList SqlDialect::storeTables() const
{
    if (!isPostgreSql())
        return {};
    return {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
        QStringLiteral("CREATE TABLE write_counter (version BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO write_counter (version) VALUES (0)"),
        // The kept exports, byte for byte, in parts of a few megabytes (an export of a year is hundreds): the team
        // shares the store, so it shares what a rebuild needs too.
        QStringLiteral("CREATE TABLE kept_export (sha256 TEXT NOT NULL, part INTEGER NOT NULL, "
                       "content BYTEA NOT NULL, PRIMARY KEY (sha256, part))"),
        // A ZIP does not compress again: the server is spared the attempt.
        QStringLiteral("ALTER TABLE kept_export ALTER COLUMN content SET STORAGE EXTERNAL"),
    };
}

Result<int> SqlDialect::schemaVersion(const QSqlDatabase &db, bool *foreign) const
{
    *foreign = false;
    QSqlQuery query(db);
    if (!isPostgreSql()) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return failed(query);
        const int version = query.value(0).toInt();
        query.finish();
        // Version 0 is a new, empty file; one that already holds tables belongs to something else.
        if (version == 0) {
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
                return failed(query);
            *foreign = query.value(0).toInt() != 0;
        }
        return version;
    }
    if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                   "WHERE table_schema = current_schema()")))
        return failed(query);
    bool versioned = false;
    int tables = 0;
    while (query.next()) {
        ++tables;
        versioned = versioned || query.value(0).toString() == QLatin1String("schema_version");
    }
    if (!versioned) {
        *foreign = tables > 0;
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return failed(query);
    return query.value(0).toInt();
}

Status SqlDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    QSqlQuery query(db);
    const QString statement = isPostgreSql() ? QStringLiteral("UPDATE schema_version SET version = %1")
                                             : QStringLiteral("PRAGMA user_version = %1");
    if (!query.exec(statement.arg(version)))
        return failed(query);
    return {};
}

Status SqlDialect::lockCluster(const QSqlDatabase &db, const QString &clusterUuid) const
{
    if (!isPostgreSql())
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock_shared(%1, 0), pg_advisory_xact_lock(%2, hashtext(?))")
                      .arg(StoreLockSpace)
                      .arg(ClusterLockSpace));
    query.addBindValue(clusterUuid);
    if (!query.exec())
        return failed(query);
    return {};
}

Status SqlDialect::lockStore(const QSqlDatabase &db) const
{
    if (!isPostgreSql())
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, 0)").arg(StoreLockSpace)))
        return failed(query);
    return {};
}

Status SqlDialect::countWrite(const QSqlDatabase &db) const
{
    if (!isPostgreSql())
        return {};
    // Last in the transaction: the row lock it takes serialises the commits of writers for a moment only.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE write_counter SET version = version + 1")))
        return failed(query);
    return {};
}

Result<qint64> SqlDialect::writeCount(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    // SQLite's data_version moves with every commit of another connection, never with this one's.
    if (!query.exec(isPostgreSql() ? QStringLiteral("SELECT version FROM write_counter")
                                   : QStringLiteral("PRAGMA data_version")) ||
        !query.next())
        return failed(query);
    return query.value(0).toLongLong();
}

std::optional<Status> SqlDialect::execWithBytes(const QSqlDatabase &db, const char *statement,
                                                const QVariantList &values) const
{
    if (!isPostgreSql() || !db.driver() || !libPq().usable())
        return std::nullopt;
    const QVariant handle = db.driver()->handle();
    // Qt 6.4 names the type "pg_conn*", older versions "PGconn*": the same libpq struct.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return std::nullopt;
    pg_conn *connection = *static_cast<pg_conn *const *>(handle.constData());
    const LibPq &pq = libPq();
    // Busy with a query's rows, or a failed transaction, is the driver's to deal with.
    const int state = connection ? pq.transactionStatus(connection) : -1;
    if (state != LibPq::Idle && state != LibPq::InTransaction)
        return std::nullopt;

    // libpq numbers its placeholders: "?" becomes "$1", "$2", …
    QByteArray numbered;
    int count = 0;
    for (const char *c = statement; *c; ++c) {
        if (*c == '?')
            numbered += '$' + QByteArray::number(++count);
        else
            numbered += *c;
    }
    Q_ASSERT(count == values.size());
    std::vector<QByteArray> texts(size_t(values.size()));
    std::vector<const char *> pointers(size_t(values.size()));
    std::vector<int> lengths(size_t(values.size()));
    std::vector<int> formats(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        const auto at = size_t(i);
        if (value.isNull()) {
            pointers[at] = nullptr;
            continue;
        }
        const bool bytes = value.typeId() == QMetaType::QByteArray;
        texts[at] = bytes ? value.toByteArray() : value.toString().toUtf8();
        // An empty value still needs an address: a null one is SQL's NULL.
        pointers[at] = texts[at].isNull() ? "" : texts[at].constData();
        lengths[at] = int(texts[at].size());
        formats[at] = bytes ? 1 : 0;
    }
    pg_result *result = pq.execParams(connection, numbered.constData(), count, nullptr, pointers.data(), lengths.data(),
                                      formats.data(), 0);
    const int status = result ? pq.resultStatus(result) : -1;
    Status outcome;
    if (status != LibPq::CommandOk && status != LibPq::TuplesOk)
        outcome = Error{ErrorCode::FileUnwritable,
                        result ? QString::fromUtf8(pq.errorMessage(result)).simplified()
                               : QStringLiteral("The server cannot be reached."),
                        {}};
    if (result)
        pq.clear(result);
    return outcome;
}

} // namespace LicenseCore
