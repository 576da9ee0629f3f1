// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusteroptions.h"

#include "clicommon.h"

#include <cluster/profilestore.h>
#include <vault/coredumpguard.h>
#include <vault/tokenvault.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <sys/stat.h>

namespace LicenseCli {

using namespace LicenseCore;

namespace {
struct OptionsText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ClusterOptions)
};
} // namespace

ClusterCommandOptions::ClusterCommandOptions()
    : cluster(QStringLiteral("cluster"),
              OptionsText::tr("The cluster's address (https://…; http:// only for this computer)."),
              QStringLiteral("url"))
    , profile(QStringLiteral("profile"), OptionsText::tr("Use the saved cluster profile <name>."),
              QStringLiteral("name"))
    , caFile(QStringLiteral("ca-file"),
             OptionsText::tr("Also trust the CA certificate(s) in this PEM file, for this cluster only."),
             QStringLiteral("pem"))
    , tokenFile(QStringLiteral("token-file"),
                //: <file> is the option's metavariable; %1 is the environment variable.
                OptionsText::tr("Read the API token from the first line of <file>, which only its owner may read "
                                "(chmod 600). Without it: with --cluster the token is %1; with --profile it is the "
                                "profile's token in the system keychain (%1 is then ignored, with a warning, so it "
                                "never goes to the profile's address by accident).")
                    .arg(QStringLiteral("LICENSE_USAGE_TOKEN")),
                QStringLiteral("file"))
    , stallTimeout(QStringLiteral("stall-timeout"),
                   OptionsText::tr("Give up when the cluster sends nothing for <seconds>."), QStringLiteral("seconds"))
{}

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
        printError(OptionsText::tr("give either %1 or %2 (see --help)")
                       .arg(QStringLiteral("--cluster URL"), QStringLiteral("--profile NAME")));
        return std::nullopt;
    }
    ClusterProfile profile;
    if (hasProfile) {
        const ProfileStore store;
        const std::optional<ClusterProfile> saved = store.profile(parser.value(options.profile));
        if (!saved) {
            printError(OptionsText::tr("no cluster profile named '%1' (see '%2')")
                           .arg(parser.value(options.profile), QStringLiteral("license-usage profile list")));
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
            printError(OptionsText::tr("--stall-timeout needs a number of seconds"));
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
            printError(OptionsText::tr("%1: the token file cannot be read (%2)").arg(path, file.errorString()));
            *exitCode = ExitUsage;
            finishLater(std::nullopt);
            return;
        }
        // As ssh does with a private key: a token others could read (or replace) is refused, not merely warned
        // about, so a nightly job never runs on a secret the whole machine can see. Checked on the opened file, so
        // the file read is the file checked.
        struct stat status = {};
        if (::fstat(file.handle(), &status) == 0 && (status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            //: ssh's wording; %1 is an octal mode such as 0644, %2 the file, %3 the command that fixes it.
            printError(OptionsText::tr("permissions %1 for '%2' are too open; %3")
                           .arg(QStringLiteral("%1").arg(status.st_mode & 07777, 4, 8, QLatin1Char('0')), path,
                                QStringLiteral("chmod 600 ") + path));
            *exitCode = ExitUsage;
            finishLater(std::nullopt);
            return;
        }
        const QString token = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        if (token.isEmpty()) {
            printError(OptionsText::tr("%1: the token file is empty").arg(path));
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
        printError(OptionsText::tr("warning: %1 is ignored with --profile; using the token stored for '%2' (give "
                                   "%3 to use another one)")
                       .arg(QStringLiteral("LICENSE_USAGE_TOKEN"), profile.name, QStringLiteral("--token-file FILE")));
    }
    if (!fromStore) {
        printError(OptionsText::tr("no API token: set %1, give %2, or use a profile whose token is stored with '%3'")
                       .arg(QStringLiteral("LICENSE_USAGE_TOKEN"), QStringLiteral("--token-file FILE"),
                            QStringLiteral("license-usage token set")));
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
                message = OptionsText::tr("%1 (use '%2', or give %3)")
                              .arg(message, QStringLiteral("license-usage token set ") + name,
                                   QStringLiteral("--token-file FILE"));
            printError(message);
            *exitCode = ExitFailure;
            done(std::nullopt);
            return;
        }
        done(result.token);
    });
}

int exitCodeFor(const RequestOutcome &outcome)
{
    switch (outcome.status) {
    case RequestStatus::Ok:
        return ExitOk;
    case RequestStatus::Cancelled:
    case RequestStatus::LocalError:
    case RequestStatus::Busy:
        return ExitFailure;
    case RequestStatus::InvalidRequest:
        return ExitUsage;
    default:
        return ExitClusterError;
    }
}

} // namespace LicenseCli
