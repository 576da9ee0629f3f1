// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <report/csvwriter.h>
#include <usage/usagesnapshot.h>

#include <QCommandLineOption>
#include <optional>

class QCommandLineParser;

namespace LicenseCli {

// The options of every command that writes the usage CSV (csv, history csv), so both write it the same way.
struct CsvCommandOptions
{
    CsvCommandOptions();

    QCommandLineOption output;
    QCommandLineOption granularity;
    QCommandLineOption environment;

    void addTo(QCommandLineParser &parser) const;
    // The granularity and environments asked for; nullopt after printing the problem (*exitCode is set then).
    [[nodiscard]] std::optional<LicenseCore::CsvOptions> read(const QCommandLineParser &parser, int *exitCode) const;
    // Writes the CSV of `snapshot` to the file -o names, atomically, or to stdout without -o or with "-o -".
    // Environment names come from the clusters this computer has talked to. Returns the exit status.
    [[nodiscard]] int write(const QCommandLineParser &parser, const LicenseCore::UsageSnapshot &snapshot,
                            const LicenseCore::CsvOptions &options) const;
};

} // namespace LicenseCli
