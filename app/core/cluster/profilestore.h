// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/clusterprofile.h>
#include <common/result.h>

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

namespace LicenseCore {

// Cluster profiles in an INI file shared by the desktop application and the command line.
// Tokens are never stored here: they belong to the TokenVault.
class ProfileStore final
{
public:
    // The shared per-user file (".../LicenseUsageExplorer/cluster-profiles.ini").
    ProfileStore();
    // A specific INI file (tests, portable setups).
    explicit ProfileStore(const QString &iniPath);
    ~ProfileStore();
    Q_DISABLE_COPY_MOVE(ProfileStore)

    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QList<ClusterProfile> profiles() const; // sorted by name
    [[nodiscard]] std::optional<ClusterProfile> profile(const QString &name) const;
    [[nodiscard]] bool contains(const QString &name) const;

    // Adds or replaces the profile with the same name; refuses invalid profiles.
    // A token is stored under the profile's name but was given for one cluster: when a saved profile gets another
    // origin (scheme, host or port; ClusterProfile::origin()), *originChanged is set and the caller must delete
    // the profile's stored token (TokenVault::deleteToken(), which also forgets a copy kept in memory) before
    // the next request, so the old token never travels to the new address. False for new profiles.
    [[nodiscard]] Status save(const ClusterProfile &profile, bool *originChanged = nullptr);
    // False when there was no such profile.
    bool remove(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace LicenseCore
