// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace LicenseCore {
class HistoryStore;
}

namespace LicenseCli {

// --history FILE or --history postgresql://USER@HOST:PORT/DB?…: the store a command uses instead of the one the
// settings choose. Every command that reads or
// writes the history takes it.
struct HistoryOption
{
    HistoryOption();

    QCommandLineOption file;

    void addTo(QCommandLineParser &parser) const;
    // The file given, or empty for the store of the settings.
    [[nodiscard]] QString value(const QCommandLineParser &parser) const;
};

// Opens `store` for a command: the file `storeFile` names if it is not empty (the value of --history), else the
// history file of the window's settings, else history.sqlite in the data folder, each with its folder of kept
// exports beside it (LicenseCore::historyLocation). When the store cannot be opened it prints one line naming the
// file and the next step and returns false with *exitCode set: ExitStoreUnusable (5) for a damaged store, one of
// a newer version, one locked by another program for longer than the busy timeout, or one on a full or read-only
// disk; ExitFailure for anything else.
bool openHistory(LicenseCore::HistoryStore &store, const QString &storeFile, int *exitCode);

// The exit status for an error of the history store or of an export it was given: ExitStoreUnusable for an
// unusable store, ExitInvalidExport for an export that is invalid or unsafe, ExitUsage for a missing file or a
// wrong argument, ExitFailure for anything else.
int historyExitCode(const LicenseCore::Error &error);

} // namespace LicenseCli
