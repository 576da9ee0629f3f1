// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusteroptions.h"
#include "historyoptions.h"

#include <cluster/clusterlicensejob.h>
#include <common/error.h>
#include <common/hourrange.h>

#include <QCommandLineOption>
#include <QHash>
#include <QString>
#include <functional>
#include <optional>

class QCommandLineParser;
class QIODevice;

namespace LicenseCore {
class HistoryStore;
}

namespace LicenseCli {

// The options every `license-usage report` command takes: --history, -o and --cluster-uuid.
struct ReportOptions
{
    ReportOptions();

    HistoryOption history;
    QCommandLineOption output;
    QCommandLineOption clusterUuid;

    void addTo(QCommandLineParser &parser) const;
    // -o is required: prints the problem and returns false when it is missing.
    bool requireOutput(const QCommandLineParser &parser, int *exitCode) const;
    // Opens the history and chooses its cluster: --cluster-uuid, else `preferred` (the cluster a profile named) when
    // the history holds it, else the only cluster the history holds. Prints the problem and returns false otherwise.
    bool openHistory(const QCommandLineParser &parser, LicenseCore::HistoryStore &store, const QString &preferred,
                     QString *cluster, int *exitCode) const;
    // Writes the report to the file -o names (atomically), or to stdout for "-"; returns the exit status.
    int write(const QCommandLineParser &parser, const std::function<LicenseCore::Error(QIODevice &)> &toDevice,
              const std::function<LicenseCore::Error(const QString &)> &toFile) const;
};

// A quota as a positive, finite number; prints the problem (naming `option`) and returns nullopt otherwise.
std::optional<double> parseQuota(const QString &option, const QString &text);

// Whether the history holds any hour of `range` of `cluster`; when it holds none, prints that the period has no
// data and sets *exitCode to ExitUsage. A store error prints it and sets its exit status.
bool requireData(const LicenseCore::HistoryStore &store, const QString &cluster, LicenseCore::HourRange range,
                 const QString &what, int *exitCode);

// The cluster's license (/clusterLicense) for --profile or --cluster, read on the event loop; nullopt after
// printing the problem (*exitCode set) when it cannot be read or the cluster has no such endpoint. With
// `environmentQuotas`, also the host-unit quotas of the environments that have one, by environment id
// (/environments?includeConsumptionInfo=true; none on clusters that do not report them), with the same token.
std::optional<LicenseCore::ClusterLicense> fetchLicense(const QCommandLineParser &parser,
                                                        const ClusterCommandOptions &options, int *exitCode,
                                                        QHash<QString, double> *environmentQuotas = nullptr);

} // namespace LicenseCli
