// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <application/appsettings.h>

#include <QString>
#include <memory>

class QSettings;

namespace LicenseCore {

// Where the history lives: the store file and, beside it, the folder that keeps every ingested export byte for
// byte. The folder belongs to the store (a store chosen with --history keeps its own), so `history rebuild`
// always finds the exports its store came from.
struct HistoryLocation
{
    // "<folder>/history.sqlite" by default; or a PostgreSQL URI (postgresql://USER@HOST:PORT/DB?…), whose exports
    // are kept in the database and whose exportFolder is a local one for copies in flight and read back.
    QString storePath;
    QString exportFolder; // "<store folder>/<store base name>-exports"

    bool operator==(const HistoryLocation &) const = default;
};

// Whether a history location (a setting, a --history value) names a PostgreSQL store (postgresql://…) rather than a
// SQLite file.
bool isPostgresHistory(const QString &location);
// What is wrong with a PostgreSQL URI as a history location, for the settings to say in their own words.
enum class PostgresUriProblem
{
    None,
    HoldsPassword, // refused: the password comes from ~/.pgpass, PGPASSFILE or PGSERVICE
    Invalid,
};
PostgresUriProblem postgresUriProblem(const QString &uri);
// The database a PostgreSQL URI names, as "USER@HOST:PORT/DATABASE" (libpq's defaults spelled out): the key of its
// password in the keychain, so that the URI's options (sslmode, …) can change and the password stays. Empty when
// the URI is not a valid one.
QString postgresPasswordKey(const QString &uri);

// The desktop application's data folder. The command line uses the same one, so a sync run from cron fills the
// history the window shows.
QString defaultDataFolder();
// The data folder the settings choose: theirs if set, else defaultDataFolder().
QString dataFolder(const AppSettings &settings);

// The location of the store at `storeFile` (a file, or a PostgreSQL URI).
HistoryLocation historyLocationOf(const QString &storeFile);
// The store `storeFile` names if not empty (--history), else the one of the settings, else history.sqlite in the
// data folder. A PostgreSQL store's local folder is in the data folder.
HistoryLocation historyLocation(const AppSettings &settings, const QString &storeFile = {});

// The desktop application's settings, which the command line reads too (rules, data folder, history file).
std::unique_ptr<QSettings> applicationSettings();

} // namespace LicenseCore
