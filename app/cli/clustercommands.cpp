// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustercommands.h"

#include "clicommon.h"
#include "clusteroptions.h"

#include <cluster/clusterclient.h>
#include <cluster/environmentnamecache.h>
#include <cluster/profilestore.h>
#include <cluster/requestoutcome.h>
#include <vault/coredumpguard.h>
#include <vault/tokenvault.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace LicenseCli {

using namespace LicenseCore;

namespace {

struct ClusterText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ClusterCommands)
};

// Cells come from the cluster (environment names) and the profile file: no control character reaches the
// terminal.
QList<QStringList> displaySafeRows(const QList<QStringList> &rows)
{
    QList<QStringList> safe;
    safe.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(displaySafe(cell));
        safe.append(cells);
    }
    return safe;
}

void printTable(const QStringList &headings, const QList<QStringList> &unsafeRows)
{
    const QList<QStringList> rows = displaySafeRows(unsafeRows);
    QList<qsizetype> widths;
    for (const QString &heading : headings)
        widths.append(heading.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QTextStream out(stdout);
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << '\n';
    };
    printRow(headings);
    for (const QStringList &row : rows)
        printRow(row);
}

// Echo off on the terminal while a secret is typed, and back on however the program ends: normally (the
// destructor), or by SIGINT, SIGTERM, SIGHUP or SIGQUIT (the handler restores it and re-raises the signal).
// SIGTSTP (Ctrl+Z) gives the shell a terminal with echo; after SIGCONT echo is off again.
// The handlers use only async-signal-safe calls (tcsetattr, sigaction, sigprocmask, raise).
class EchoOffGuard final
{
public:
    EchoOffGuard()
    {
        if (tcgetattr(STDIN_FILENO, &s_saved) != 0)
            return;
        s_silent = s_saved;
        s_silent.c_lflag &= ~tcflag_t(ECHO);
        s_silent.c_lflag |= ECHONL;
        struct sigaction action = {};
        action.sa_handler = onSignal;
        action.sa_flags = SA_RESTART; // after Ctrl+Z and fg the read goes on
        sigemptyset(&action.sa_mask);
        for (const int signalNumber : Signals)
            sigaddset(&action.sa_mask, signalNumber); // one handler at a time
        for (size_t i = 0; i < std::size(Signals); ++i)
            sigaction(Signals[i], &action, &m_previous[i]);
        s_active = 1;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_silent) != 0)
            s_active = 0;
        m_installed = true;
    }

    ~EchoOffGuard()
    {
        if (!m_installed)
            return;
        if (s_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
        s_active = 0;
        for (size_t i = 0; i < std::size(Signals); ++i)
            sigaction(Signals[i], &m_previous[i], nullptr);
    }

    Q_DISABLE_COPY_MOVE(EchoOffGuard)

private:
    static constexpr int Signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};

    static void onSignal(int signalNumber)
    {
        const int savedErrno = errno;
        if (s_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &s_saved);
        struct sigaction defaultAction = {};
        defaultAction.sa_handler = SIG_DFL;
        sigemptyset(&defaultAction.sa_mask);
        struct sigaction ours = {};
        sigaction(signalNumber, &defaultAction, &ours);
        sigset_t unblock;
        sigemptyset(&unblock);
        sigaddset(&unblock, signalNumber);
        sigprocmask(SIG_UNBLOCK, &unblock, nullptr);
        raise(signalNumber); // ends the program, or stops it (SIGTSTP) until SIGCONT
        // Only a stop comes back here: silence the terminal again and re-arm.
        sigaction(signalNumber, &ours, nullptr);
        if (s_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &s_silent);
        errno = savedErrno;
    }

    static inline termios s_saved = {};
    static inline termios s_silent = {};
    static inline volatile sig_atomic_t s_active = 0;
    struct sigaction m_previous[std::size(Signals)] = {};
    bool m_installed = false;
};

// The first line of standard input, without echo when it is a terminal.
std::optional<QString> readSecretLine(const QString &prompt)
{
    CoreDumpGuard::engage(); // before the secret is read, and while the program waits for it
    std::optional<EchoOffGuard> echoOff;
    if (isatty(STDIN_FILENO) != 0) {
        echoOff.emplace();
        QTextStream(stderr) << prompt << Qt::flush;
    }
    QFile input;
    std::optional<QString> line;
    if (input.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(input.readLine(64 * 1024)).trimmed();
    return line;
}

int profileAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ClusterText::tr("Adds or replaces a cluster profile. Store its token with '%1'.\n"
                        "A token belongs to one cluster: when a profile gets another address (scheme, host or port),\n"
                        "its stored token is deleted, so it never travels to the new address. Store the new\n"
                        "cluster's token afterwards.")
            .arg(QStringLiteral("license-usage token set NAME")));
    parser.addPositionalArgument(QStringLiteral("name"), ClusterText::tr("The profile's name."));
    const QCommandLineOption urlOption(QStringLiteral("url"), ClusterText::tr("The cluster's address (https://…)."),
                                       QStringLiteral("url"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
                                      ClusterText::tr("Also trust the CA certificate(s) in this PEM file."),
                                      QStringLiteral("pem"));
    //: "system" and "none" are values of the option and stay as they are.
    const QCommandLineOption proxyOption(QStringLiteral("proxy"),
                                         ClusterText::tr("system (default), none, or host:port of an HTTP proxy."),
                                         QStringLiteral("proxy"), QStringLiteral("system"));
    const QCommandLineOption stallOption(QStringLiteral("stall-timeout"),
                                         ClusterText::tr("Give up when the cluster sends nothing for <seconds>."),
                                         QStringLiteral("seconds"));
    const QCommandLineOption pinOption(
        QStringLiteral("pin-sha256"),
        ClusterText::tr("Trust the server certificate with this SHA-256 fingerprint (compare it with the cluster's "
                        "administrator first)."),
        QStringLiteral("hex"));
    parser.addOptions({urlOption, caOption, proxyOption, stallOption, pinOption});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(urlOption)) {
        printError(ClusterText::tr("usage: %1 (see --help)")
                       .arg(QStringLiteral("license-usage profile add NAME --url URL [options]")));
        return ExitUsage;
    }
    ClusterProfile profile;
    profile.name = parser.positionalArguments().constFirst();
    profile.baseUrl = parseClusterUrl(parser.value(urlOption));
    if (parser.isSet(caOption)) {
        profile.caFile = QFileInfo(parser.value(caOption)).absoluteFilePath();
        if (!QFileInfo::exists(profile.caFile)) {
            printError(ClusterText::tr("%1: no such file").arg(profile.caFile));
            return ExitUsage;
        }
    }
    const QString proxy = parser.value(proxyOption);
    if (const std::optional<ProxyMode> mode = proxyModeFromName(proxy); mode && *mode != ProxyMode::Manual) {
        profile.proxyMode = *mode;
    } else {
        const qsizetype colon = proxy.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? proxy.mid(colon + 1).toUInt(&portOk) : 0;
        if (!portOk || port == 0 || port > 65535) {
            //: "system", "none" and "host:port" are values of the option and stay as they are.
            printError(ClusterText::tr("--proxy must be system, none or host:port"));
            return ExitUsage;
        }
        profile.proxyMode = ProxyMode::Manual;
        profile.proxyHost = proxy.left(colon);
        profile.proxyPort = quint16(port);
    }
    if (parser.isSet(stallOption)) {
        bool ok = false;
        profile.stallTimeoutSeconds = parser.value(stallOption).toInt(&ok);
        if (!ok) {
            printError(ClusterText::tr("--stall-timeout needs a number of seconds"));
            return ExitUsage;
        }
    }
    if (parser.isSet(pinOption)) {
        const std::optional<QByteArray> pin = parseSha256Fingerprint(parser.value(pinOption));
        if (!pin) {
            printError(ClusterText::tr("--pin-sha256 needs 64 hexadecimal digits (colons allowed)"));
            return ExitUsage;
        }
        profile.pinnedSha256 = *pin;
    }
    ProfileStore store;
    bool originChanged = false;
    if (const Status status = store.save(profile, &originChanged); status.isError()) {
        printError(status.message());
        return status.code == ErrorCode::FileUnwritable ? ExitFailure : ExitUsage;
    }
    QTextStream(stdout) << ClusterText::tr("Saved profile %1 (%2)")
                               .arg(displaySafe(profile.name), displaySafe(profile.baseUrl.toString()))
                        << '\n';
    if (!originChanged)
        return ExitOk;
    // The old token was given for the old address.
    const QString name = profile.name;
    TokenVault vault;
    int result = ExitOk;
    vault.deleteToken(name, &vault, [&name, &result](const TokenResult &deleted) {
        if (deleted.ok()) {
            QTextStream(stdout) << ClusterText::tr("Deleted the stored token of %1: it was for the old address; store "
                                                   "the new cluster's token with '%2'")
                                       .arg(displaySafe(name),
                                            QStringLiteral("license-usage token set ") + displaySafe(name))
                                << '\n';
        } else if (deleted.status != TokenResult::Status::NotFound) {
            printError(ClusterText::tr("warning: the address changed, but the token stored for the old address "
                                       "could not be deleted (%1); delete it with '%2' before using the profile")
                           .arg(deleted.errorText, QStringLiteral("license-usage token delete ") + name));
            result = ExitFailure;
        }
        QCoreApplication::exit(result);
    });
    QCoreApplication::exec();
    return result;
}

int profileList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClusterText::tr("Lists the saved cluster profiles."));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const QList<ClusterProfile> profiles = ProfileStore().profiles();
    QList<QStringList> rows;
    for (const ClusterProfile &profile : profiles) {
        QString proxy = proxyModeName(profile.proxyMode);
        if (profile.proxyMode == ProxyMode::Manual)
            proxy = profile.proxyHost + QLatin1Char(':') + QString::number(profile.proxyPort);
        QStringList trust;
        if (!profile.caFile.isEmpty())
            trust.append(ClusterText::tr("CA %1").arg(profile.caFile));
        if (!profile.pinnedSha256.isEmpty())
            trust.append(ClusterText::tr("pinned %1").arg(formatFingerprint(profile.pinnedSha256)));
        rows.append({profile.name, profile.baseUrl.toString(), proxy, trust.join(QLatin1String(", "))});
    }
    if (rows.isEmpty()) {
        QTextStream(stderr) << ClusterText::tr("No cluster profiles yet; add one with '%1'.")
                                   .arg(QStringLiteral("license-usage profile add NAME --url URL"))
                            << '\n';
        return ExitOk;
    }
    printTable({ClusterText::tr("NAME"), ClusterText::tr("URL"), ClusterText::tr("PROXY"), ClusterText::tr("TRUST")},
               rows);
    return ExitOk;
}

int profileRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClusterText::tr("Removes a cluster profile and its token in the keychain."));
    parser.addPositionalArgument(QStringLiteral("name"), ClusterText::tr("The profile's name."));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(ClusterText::tr("usage: %1").arg(QStringLiteral("license-usage profile remove NAME")));
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    ProfileStore store;
    if (!store.remove(name)) {
        printError(ClusterText::tr("no cluster profile named '%1'").arg(name));
        return ExitUsage;
    }
    TokenVault vault;
    vault.deleteToken(name, &vault, [&name](const TokenResult &result) {
        if (!result.ok() && result.status != TokenResult::Status::NotFound)
            printError(ClusterText::tr("warning: the profile's token was not removed: %1").arg(result.errorText));
        QTextStream(stdout) << ClusterText::tr("Removed profile %1").arg(displaySafe(name)) << '\n';
        QCoreApplication::exit(ExitOk);
    });
    return QCoreApplication::exec();
}

int tokenSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClusterText::tr(
        "Reads a profile's API token from standard input (without echo on a terminal) and stores it in the\n"
        "system keychain. The token is a cluster token with the Service Provider API scope, created in the\n"
        "Cluster Management Console under Settings > API tokens > Cluster tokens."));
    parser.addPositionalArgument(QStringLiteral("profile"), ClusterText::tr("The profile's name."));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(ClusterText::tr("usage: %1 (the token is read from standard input)")
                       .arg(QStringLiteral("license-usage token set PROFILE")));
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (!ProfileStore().contains(name)) {
        printError(ClusterText::tr("no cluster profile named '%1' (add it with '%2')")
                       .arg(name, QStringLiteral("license-usage profile add")));
        return ExitUsage;
    }
    const std::optional<QString> token = readSecretLine(ClusterText::tr("API token for %1: ").arg(name));
    if (!token || token->isEmpty()) {
        printError(ClusterText::tr("no token on standard input"));
        return ExitUsage;
    }
    TokenVault vault;
    vault.writeToken(name, *token, &vault, [&name](const TokenResult &result) {
        if (!result.ok()) {
            printError(result.errorText);
            QCoreApplication::exit(ExitFailure);
            return;
        }
        QTextStream(stdout) << ClusterText::tr("Stored the token of %1 in the system keychain").arg(displaySafe(name))
                            << '\n';
        QCoreApplication::exit(ExitOk);
    });
    return QCoreApplication::exec();
}

int tokenDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClusterText::tr("Removes a profile's API token from the system keychain."));
    parser.addPositionalArgument(QStringLiteral("profile"), ClusterText::tr("The profile's name."));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(ClusterText::tr("usage: %1").arg(QStringLiteral("license-usage token delete PROFILE")));
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    TokenVault vault;
    vault.deleteToken(name, &vault, [](const TokenResult &result) {
        if (!result.ok()) {
            printError(result.errorText);
            QCoreApplication::exit(ExitFailure);
            return;
        }
        QCoreApplication::exit(ExitOk);
    });
    return QCoreApplication::exec();
}

int dispatch(const QStringList &arguments, const QString &group,
             const QList<std::pair<QString, int (*)(const QStringList &)>> &actions)
{
    const QString action = arguments.value(1);
    for (const auto &[name, run] : actions) {
        if (action == name) {
            QStringList rest = arguments.mid(1);
            rest.first() = arguments.constFirst() + QLatin1Char(' ') + name;
            return run(rest);
        }
    }
    QStringList names;
    for (const auto &entry : actions)
        names.append(entry.first);
    //: %1 is the command line, %2 the command that shows an action's help.
    const QString usage = ClusterText::tr("%1 ... (see %2)")
                              .arg(QStringLiteral("license-usage %1 %2").arg(group, names.join(QLatin1Char('|'))),
                                   QStringLiteral("license-usage %1 <action> --help").arg(group));
    if (action == QLatin1String("-h") || action == QLatin1String("--help")) {
        QTextStream(stdout) << ClusterText::tr("Usage: %1").arg(usage) << '\n';
        return ExitOk;
    }
    printError(action.isEmpty() ? ClusterText::tr("usage: %1").arg(usage)
                                : ClusterText::tr("unknown action '%1'; usage: %2").arg(action, usage));
    return ExitUsage;
}

} // namespace

int runEnvironments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ClusterText::tr("Lists the cluster's environments (id, name, state), all of them: old hours of an export may\n"
                        "mention disabled environments. The names are remembered for later offline imports."));
    ClusterCommandOptions clusterOptions;
    clusterOptions.addTo(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    bool fromStore = false;
    const std::optional<ClusterProfile> profile = resolveProfile(parser, clusterOptions, &fromStore, &exitCode);
    if (!profile)
        return exitCode;

    QObject context;
    resolveToken(parser, clusterOptions, *profile, fromStore, &context, &exitCode, [&](std::optional<QString> token) {
        if (!token) {
            QCoreApplication::exit(exitCode);
            return;
        }
        auto *client = new ClusterClient(*profile, *token, &context);
        client->setEnvironmentNameCacheFile(EnvironmentNameCache::defaultFilePath());
        client->fetchEnvironments(&context, [](const EnvironmentsResult &result) {
            if (!result.outcome.ok()) {
                printError(result.outcome.errorText);
                QCoreApplication::exit(exitCodeFor(result.outcome));
                return;
            }
            QList<QStringList> rows;
            for (const ClusterEnvironment &environment : result.environments) {
                rows.append(
                    {environment.id, environment.name,
                     environment.trial ? ClusterText::tr("%1 (trial)").arg(environment.state) : environment.state});
            }
            printTable({ClusterText::tr("ID"), ClusterText::tr("NAME"), ClusterText::tr("STATE")}, rows);
            QCoreApplication::exit(ExitOk);
        });
    });
    return QCoreApplication::exec();
}

int runProfile(const QStringList &arguments)
{
    return dispatch(arguments, QStringLiteral("profile"),
                    {{QStringLiteral("add"), profileAdd},
                     {QStringLiteral("list"), profileList},
                     {QStringLiteral("remove"), profileRemove}});
}

int runToken(const QStringList &arguments)
{
    return dispatch(arguments, QStringLiteral("token"),
                    {{QStringLiteral("set"), tokenSet}, {QStringLiteral("delete"), tokenDelete}});
}

} // namespace LicenseCli
