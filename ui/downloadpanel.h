// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagewidget.h"

#include <cluster/clusterclient.h>
#include <cluster/clusterprofile.h>
#include <common/hourrange.h>

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace LicenseUi {

// Runs one license export download for a profile and shows it: a progress bar (a busy indicator while the
// cluster does not say how large the export is), bytes, rate and elapsed time, a Cancel button, a countdown
// while the cluster is busy (429) or upgrading (556), and a sentence with the next step when it fails. After a
// successful download it also reads the environment names and the cluster license for the main window. Once a
// download has ended, however it ended, the panel shrinks to a one-line status; the next start() unfolds it.
class DownloadPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadPanel)

public:
    explicit DownloadPanel(QWidget *parent = nullptr);
    ~DownloadPanel() override;

    // Passed to the ClusterClient of the next start(): the current time (range clamping) and when to retry.
    // Countdowns tick in the policy's scaled time, so a test with a small timeScale does not wait.
    void setClock(LicenseCore::Clock clock);
    void setRetryPolicy(const LicenseCore::RetryPolicy &policy);
    // What steps the retry countdown: by default a timer of the panel, once per nominal second of the retry
    // policy. With Manual nothing but advanceCountdown() steps it, so what it shows depends on the caller alone
    // (tests), not on how fast the machine is. The retry itself keeps the policy's time either way.
    enum class CountdownTicks
    {
        Timer,
        Manual
    };
    void setCountdownTicks(CountdownTicks ticks);
    // Where partial downloads are kept until they are complete; default: the client's cache folder.
    void setCacheDirectory(const QString &directory);
    // Where environment names are remembered between runs; empty (the default) keeps none.
    void setEnvironmentNameCacheFile(const QString &filePath);

    // Starts downloading `range` into targetFolder (created when missing) as exportFileName(); an existing file
    // of that name is never replaced, a numbered name is used instead. False, and nothing happens, while a
    // download of this panel is running.
    bool start(const LicenseCore::ClusterProfile &profile, const QString &token, const LicenseCore::HourRange &range,
               const QString &targetFolder);
    [[nodiscard]] bool isRunning() const;
    // Only the one-line status of the last download shows.
    [[nodiscard]] bool isCompact() const;

    // "<profile>_<from>_<to>.zip" with UTC times like 20260301T0000Z and the profile name made safe for any
    // file system.
    [[nodiscard]] static QString exportFileName(const QString &profileName, const LicenseCore::HourRange &range);

public Q_SLOTS:
    // Stops the running download; cancelled() follows once it has stopped.
    void cancel();
    // One nominal second of the retry countdown has passed; nothing happens while none is shown or at zero.
    void advanceCountdown();

Q_SIGNALS:
    void runningChanged(bool running);
    void downloaded(const QString &path, const LicenseCore::HourRange &range,
                    const LicenseCore::ClusterProfile &profile);
    void failed(const QString &message);
    void cancelled();
    // The cluster is busy or upgrading: the next attempt follows in `secondsLeft` (each second, down to 0).
    void retryCountdown(int secondsLeft);
    // After a successful download: environment id → name, and the license's quotas when the cluster has them.
    void environmentNamesReady(const QHash<QString, QString> &names);
    void licenseReady(const LicenseCore::ClusterLicense &license);
    // Both follow-up reads have ended, whether or not they succeeded.
    void clusterDetailsFinished();

private:
    using Severity = MessageWidget::Severity;

    void onProgress(const LicenseCore::TransferProgress &progress);
    void onRetrying(int seconds, const QString &message);
    void onFinished(const LicenseCore::ExportResult &result);
    void fetchClusterDetails();
    void detailFinished();
    void tick();
    void showCountdown();
    void stopCountdown();
    void setRunning(bool running);
    void setCompact(bool compact);
    void updateDetails();
    void setMessage(Severity severity, const QString &message);
    [[nodiscard]] static QString uniquePath(const QString &folder, const QString &fileName);

    LicenseCore::Clock m_clock;
    LicenseCore::RetryPolicy m_retryPolicy;
    QString m_cacheDirectory;
    QString m_nameCacheFile;

    QLabel *m_title = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_details = nullptr;
    MessageWidget *m_message = nullptr;
    QLabel *m_countdown = nullptr;
    QTimer *m_elapsedTimer = nullptr;
    QTimer *m_countdownTimer = nullptr;
    CountdownTicks m_countdownTicks = CountdownTicks::Timer;

    QPointer<LicenseCore::ClusterClient> m_client;
    QPointer<LicenseCore::ExportDownloadJob> m_job;
    LicenseCore::ClusterProfile m_profile;
    LicenseCore::TransferProgress m_progress;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    bool m_upgradeWait = false;
    int m_secondsLeft = 0;
    int m_pendingDetails = 0;
    QString m_detailNotes;
};

} // namespace LicenseUi
