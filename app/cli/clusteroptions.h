// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusteroutcome.h"
#include "cluster/clusterprofile.h"

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
    QCommandLineOption cluster{QStringLiteral("cluster"),
                               QStringLiteral("The cluster's address (https://…; http:// only for this computer)."),
                               QStringLiteral("url")};
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("Use the saved cluster profile <name>."),
                               QStringLiteral("name")};
    QCommandLineOption caFile{
        QStringLiteral("ca-file"),
        QStringLiteral("Also trust the CA certificate(s) in this PEM file, for this cluster only."),
        QStringLiteral("pem")};
    QCommandLineOption tokenFile{
        QStringLiteral("token-file"),
        QStringLiteral("Read the API token from the first line of <file>. Without it: with --cluster the token is "
                       "LICENSE_USAGE_TOKEN; with --profile it is the profile's token in the system keychain "
                       "(LICENSE_USAGE_TOKEN is then ignored, with a warning, so it never goes to the profile's "
                       "address by accident)."),
        QStringLiteral("file")};
    QCommandLineOption stallTimeout{QStringLiteral("stall-timeout"),
                                    QStringLiteral("Give up when the cluster sends nothing for <seconds>."),
                                    QStringLiteral("seconds")};

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
int exitCodeFor(const LicenseCore::ClusterOutcome &outcome);

} // namespace LicenseCli
