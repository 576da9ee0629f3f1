// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/clusterprofile.h>
#include <cluster/requestoutcome.h>

#include <QCommandLineOption>
#include <QString>
#include <functional>
#include <optional>

class QCommandLineParser;
class QObject;

namespace LicenseCli {

// The options of every command that talks to a cluster.
struct ClusterCommandOptions
{
    ClusterCommandOptions();

    QCommandLineOption cluster;
    QCommandLineOption profile;
    QCommandLineOption caFile;
    QCommandLineOption tokenFile;
    QCommandLineOption stallTimeout;

    void addTo(QCommandLineParser &parser) const;
};

// The profile named by --profile, or one built from --cluster; prints the problem and sets *exitCode if neither
// works. *fromStore tells whether the profile is a saved one (whose token is in the keychain).
std::optional<LicenseCore::ClusterProfile>
resolveProfile(const QCommandLineParser &parser, const ClusterCommandOptions &options, bool *fromStore, int *exitCode);

// Finds the token: --token-file; else for a saved profile its token in the keychain (a set
// $LICENSE_USAGE_TOKEN is ignored with a warning: it may belong to another cluster); else $LICENSE_USAGE_TOKEN.
// Calls `done` from the event loop with the token, or with nullopt after printing why there is none
// (*exitCode is set then).
void resolveToken(const QCommandLineParser &parser, const ClusterCommandOptions &options,
                  const LicenseCore::ClusterProfile &profile, bool fromStore, QObject *context, int *exitCode,
                  std::function<void(std::optional<QString>)> done);

// Exit status for a request's outcome: 0, 1 (local), 2 (arguments) or 4 (network, TLS, cluster).
int exitCodeFor(const LicenseCore::RequestOutcome &outcome);

} // namespace LicenseCli
