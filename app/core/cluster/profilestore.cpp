// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/profilestore.h>

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace LicenseCore {

namespace {
const QString GroupPrefix = QStringLiteral("profiles/");

QString groupFor(const QString &name)
{
    // Names may contain '/' or other characters QSettings treats specially.
    return GroupPrefix + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ClusterProfile readProfile(QSettings &settings, const QString &name)
{
    ClusterProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(settings.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    profile.caFile = settings.value(QStringLiteral("caFile")).toString();
    profile.proxyMode =
        proxyModeFromName(settings.value(QStringLiteral("proxy")).toString()).value_or(ProxyMode::System);
    profile.proxyHost = settings.value(QStringLiteral("proxyHost")).toString();
    profile.proxyPort = static_cast<quint16>(settings.value(QStringLiteral("proxyPort")).toUInt());
    profile.stallTimeoutSeconds =
        settings.value(QStringLiteral("stallTimeoutSeconds"), ClusterProfile::DefaultStallTimeoutSeconds).toInt();
    if (const auto pin = parseSha256Fingerprint(settings.value(QStringLiteral("pinnedSha256")).toString()))
        profile.pinnedSha256 = *pin;
    return profile;
}
} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("LicenseUsageExplorer"),
                                             QStringLiteral("cluster-profiles")))
{}

ProfileStore::ProfileStore(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<ClusterProfile> ProfileStore::profiles() const
{
    m_settings->sync();
    QList<ClusterProfile> result;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        const QString name = QUrl::fromPercentEncoding(group.toLatin1());
        m_settings->beginGroup(groupFor(name));
        result.append(readProfile(*m_settings, name));
        m_settings->endGroup();
    }
    std::sort(result.begin(), result.end(), [](const ClusterProfile &a, const ClusterProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<ClusterProfile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    m_settings->beginGroup(groupFor(name));
    ClusterProfile profile = readProfile(*m_settings, name);
    m_settings->endGroup();
    return profile;
}

bool ProfileStore::contains(const QString &name) const
{
    m_settings->sync();
    return !name.isEmpty() && m_settings->contains(groupFor(name) + QStringLiteral("/url"));
}

Status ProfileStore::save(const ClusterProfile &profile, bool *originChanged)
{
    if (originChanged)
        *originChanged = false;
    if (profile.name.trimmed().isEmpty()) {
        return {ErrorCode::InvalidArgument,
                QCoreApplication::translate("LicenseCore::ProfileStore", "A profile needs a name."),
                {}};
    }
    if (const Status status = profile.validate(); status.isError())
        return status;
    const std::optional<ClusterProfile> previous = this->profile(profile.name);
    m_settings->remove(groupFor(profile.name));
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->setValue(QStringLiteral("url"), profile.baseUrl.toString());
    if (!profile.caFile.isEmpty())
        m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("proxy"), proxyModeName(profile.proxyMode));
    if (profile.proxyMode == ProxyMode::Manual) {
        m_settings->setValue(QStringLiteral("proxyHost"), profile.proxyHost);
        m_settings->setValue(QStringLiteral("proxyPort"), profile.proxyPort);
    }
    m_settings->setValue(QStringLiteral("stallTimeoutSeconds"), profile.stallTimeoutSeconds);
    if (!profile.pinnedSha256.isEmpty())
        m_settings->setValue(QStringLiteral("pinnedSha256"), formatFingerprint(profile.pinnedSha256));
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        return {ErrorCode::FileUnwritable,
                QCoreApplication::translate("LicenseCore::ProfileStore", "The profiles cannot be saved to %1.")
                    .arg(m_settings->fileName()),
                {}};
    }
    if (originChanged && previous)
        *originChanged = previous->origin() != profile.origin();
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    m_settings->remove(groupFor(name));
    m_settings->sync();
    return true;
}

} // namespace LicenseCore
