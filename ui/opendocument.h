// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <application/historyservice.h>
#include <cluster/clusterlicensejob.h>
#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QObject>
#include <QString>
#include <optional>

namespace LicenseUi {

// What the window has open: the snapshot of the last finished import or history query, the names known for
// environment ids and where the snapshot came from (the export file, the hours asked of the cluster, the cluster's
// license; for a view of the history, the cluster chosen and the exports its hours come from; the archive's layout
// and files, the cluster id and the rules it was read with are in the snapshot itself).
//
// The pages follow changed() and read what they show from here. One signal for every change: a page compares
// what it shows with what is open, so a page that only relabels when names arrive keeps its sorting, selection
// and zoom.
class OpenDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenDocument)

public:
    explicit OpenDocument(QObject *parent = nullptr);
    ~OpenDocument() override;

    // Null until an import or a history query has finished.
    [[nodiscard]] LicenseCore::UsageSnapshotPtr snapshot() const { return m_snapshot; }
    // The export file the snapshot was read from; for a view of the history, the kept copy of the one export its
    // hours come from, else empty.
    [[nodiscard]] QString exportPath() const { return m_exportPath; }
    // Set when the snapshot is a view of the history: what was asked and the exports behind it.
    [[nodiscard]] const std::optional<LicenseCore::HistorySnapshot> &historyView() const { return m_historyView; }
    // The hours asked of the cluster when the export was downloaded; reading it again keeps its gaps.
    [[nodiscard]] std::optional<LicenseCore::HourRange> expectedRange() const { return m_expectedRange; }
    // Every name learnt so far, whichever snapshot is open: names outlive the export they came with.
    [[nodiscard]] const LicenseCore::EnvironmentNames &environmentNames() const { return m_names; }
    // The license the cluster reported with the last download, if any.
    [[nodiscard]] const std::optional<LicenseCore::ClusterLicense> &license() const { return m_license; }

    // Shows another import; the names and the license stay.
    void open(LicenseCore::UsageSnapshotPtr snapshot, const QString &exportPath,
              std::optional<LicenseCore::HourRange> expectedRange = {});
    // Shows a view of the history; the names and the license stay.
    void openHistory(const LicenseCore::HistorySnapshot &view);
    // Adds names to the known ones (a new name for a known id wins); changed() only when a name is new.
    void addEnvironmentNames(const LicenseCore::EnvironmentNames &names);
    void setLicense(const LicenseCore::ClusterLicense &license);
    // Takes over everything `other` holds, for a page that catches up with the window's document only while it is
    // shown; changed() when anything but the license differs.
    void follow(const OpenDocument &other);

Q_SIGNALS:
    void changed();

private:
    LicenseCore::UsageSnapshotPtr m_snapshot;
    QString m_exportPath;
    std::optional<LicenseCore::HourRange> m_expectedRange;
    std::optional<LicenseCore::HistorySnapshot> m_historyView;
    LicenseCore::EnvironmentNames m_names;
    std::optional<LicenseCore::ClusterLicense> m_license;
};

} // namespace LicenseUi
