// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace LicenseCore {

// How requests of a profile reach the cluster.
enum class ProxyMode
{
    System,
    None,
    Manual
};

// Everything needed to talk to one cluster except its token, which lives in the TokenVault only.
struct ClusterProfile
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ClusterProfile)

public:
    static constexpr int DefaultStallTimeoutSeconds = 60;
    static constexpr int MaxStallTimeoutSeconds = 3600;

    QString name;   // display name; also the key of the profile and of its token
    QUrl baseUrl;   // "https://cluster.example.com" (the cluster root, not an environment)
    QString caFile; // optional PEM file trusted for this profile only
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;                                    // ProxyMode::Manual only
    quint16 proxyPort = 0;                                // ProxyMode::Manual only
    int stallTimeoutSeconds = DefaultStallTimeoutSeconds; // abort when no byte arrives for this long (1..3600)
    QByteArray pinnedSha256; // optional: the raw 32-byte SHA-256 of a server certificate trusted as is

    // Empty when the profile can be used; else why not (plain http to a non-loopback host, bad URL, ...).
    [[nodiscard]] Status validate() const;
    // scheme://host:port of baseUrl, lower-case: the only origin the token is ever sent to.
    [[nodiscard]] QString origin() const;
    // The key under which at most one export may run: the name, or the origin for unnamed profiles.
    [[nodiscard]] QString exportLockKey() const;

    bool operator==(const ClusterProfile &other) const = default;
};

// True for "localhost" and for loopback addresses (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

// Parses a URL typed by a user ("cluster.example.com" gets https://); drops a trailing '/' and any
// query or fragment. Invalid input gives an invalid QUrl.
QUrl parseClusterUrl(const QString &text);

// A SHA-256 fingerprint as hex, with or without ':' separators, case-insensitive; nullopt if malformed.
std::optional<QByteArray> parseSha256Fingerprint(const QString &text);
// "AB:CD:..." (upper-case hex pairs separated by ':').
QString formatFingerprint(const QByteArray &digest);

QString proxyModeName(ProxyMode mode);
std::optional<ProxyMode> proxyModeFromName(const QString &name);

} // namespace LicenseCore
