// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusteroptions.h"

#include "clicommon.h"
#include "cluster/profilestore.h"
#include "vault/coredumpguard.h"
#include "vault/tokenvault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTimer>

namespace LicenseCli {

using namespace LicenseCore;

void ClusterCommandOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({cluster, profile, caFile, tokenFile, stallTimeout});
}

std::optional<ClusterProfile> resolveProfile(const QCommandLineParser &parser, const ClusterCommandOptions &options,
                                             bool *fromStore, int *exitCode)
{
    *exitCode = ExitUsage;
    const bool hasCluster = parser.isSet(options.cluster);
    const bool hasProfile = parser.isSet(options.profile);
    if (hasCluster == hasProfile) {
        printError(QStringLiteral("give either --cluster URL or --profile NAME (see --help)"));
        return std::nullopt;
    }
    ClusterProfile profile;
    if (hasProfile) {
        const ProfileStore store;
        const std::optional<ClusterProfile> saved = store.profile(parser.value(options.profile));
        if (!saved) {
            printError(QStringLiteral("no cluster profile named '%1' (see 'license-usage profile list')")
                           .arg(parser.value(options.profile)));
            return std::nullopt;
        }
        profile = *saved;
        *fromStore = true;
    } else {
        profile.baseUrl = parseClusterUrl(parser.value(options.cluster));
        *fromStore = false;
    }
    if (parser.isSet(options.caFile))
        profile.caFile = parser.value(options.caFile);
    if (parser.isSet(options.stallTimeout)) {
        bool ok = false;
        profile.stallTimeoutSeconds = parser.value(options.stallTimeout).toInt(&ok);
        if (!ok || profile.stallTimeoutSeconds <= 0) {
            printError(QStringLiteral("--stall-timeout needs a number of seconds"));
            return std::nullopt;
        }
    }
    if (const Status status = profile.validate(); status.isError()) {
        printError(status.message());
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return profile;
}

void resolveToken(const QCommandLineParser &parser, const ClusterCommandOptions &options, const ClusterProfile &profile,
                  bool fromStore, QObject *context, int *exitCode, std::function<void(std::optional<QString>)> done)
{
    // From here on a token is in memory: read from a file, the keychain, or LICENSE_USAGE_TOKEN.
    CoreDumpGuard::engage();
    auto finishLater = [context, done](std::optional<QString> token) {
        QTimer::singleShot(0, context, [done, token] { done(token); });
    };
    if (parser.isSet(options.tokenFile)) {
        const QString path = parser.value(options.tokenFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1: the token file cannot be read (%2)").arg(path, file.errorString()));
            *exitCode = ExitUsage;
            finishLater(std::nullopt);
            return;
        }
        if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            printError(
                QStringLiteral("warning: %1 can be read by other users; restrict it with 'chmod 600'").arg(path));
        }
        const QString token = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        if (token.isEmpty()) {
            printError(QStringLiteral("%1: the token file is empty").arg(path));
            *exitCode = ExitUsage;
            finishLater(std::nullopt);
            return;
        }
        finishLater(token);
        return;
    }
    const QString fromEnvironment = qEnvironmentVariable("LICENSE_USAGE_TOKEN").trimmed();
    if (!fromStore && !fromEnvironment.isEmpty()) {
        finishLater(fromEnvironment);
        return;
    }
    if (fromStore && !fromEnvironment.isEmpty()) {
        // The variable may hold another cluster's token; the profile's own is the one meant for its address.
        printError(QStringLiteral("warning: LICENSE_USAGE_TOKEN is ignored with --profile; using the token stored "
                                  "for '%1' (give --token-file FILE to use another one)")
                       .arg(profile.name));
    }
    if (!fromStore) {
        printError(QStringLiteral("no API token: set LICENSE_USAGE_TOKEN, give --token-file FILE, or use a profile "
                                  "whose token is stored with 'license-usage token set'"));
        *exitCode = ExitUsage;
        finishLater(std::nullopt);
        return;
    }
    auto *vault = new TokenVault(TokenVault::Storage::Keychain, context);
    vault->readToken(profile.name, context, [vault, exitCode, done, name = profile.name](const TokenResult &result) {
        vault->deleteLater();
        if (!result.ok()) {
            QString message = result.errorText;
            if (result.status == TokenResult::Status::NotFound)
                message += QStringLiteral(" (use 'license-usage token set %1', or give --token-file FILE)").arg(name);
            printError(message);
            *exitCode = ExitFailure;
            done(std::nullopt);
            return;
        }
        done(result.token);
    });
}

int exitCodeFor(const ClusterOutcome &outcome)
{
    switch (outcome.status) {
    case ClusterStatus::Ok:
        return ExitOk;
    case ClusterStatus::Cancelled:
    case ClusterStatus::LocalError:
    case ClusterStatus::Busy:
        return ExitFailure;
    case ClusterStatus::InvalidRequest:
        return ExitUsage;
    default:
        return ExitClusterError;
    }
}

} // namespace LicenseCli
