// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadpanel.h"

#include <common/numberformat.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

constexpr int ProgressSteps = 1000;
constexpr int MaxProfilePartLength = 64;

QString elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const QLatin1Char zero('0');
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

QString utcText(qint64 ms, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(format);
}

// ExportDownloadJob::retrying() does not carry the HTTP status. The only other reason to wait is an upgrade
// (556), which the core words in its own sentence; compare with that sentence in the same translation.
bool isUpgradeWait(int seconds, const QString &message)
{
    return message == QCoreApplication::translate("LicenseCore::ApiRequest",
                                                  "The cluster is being upgraded; retrying in %n s.", nullptr, seconds);
}

} // namespace

DownloadPanel::DownloadPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(tr("No download is running."), this);
    m_title->setObjectName(QStringLiteral("downloadTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("downloadProgress"));
    m_progressBar->setAccessibleName(tr("Download progress"));
    m_progressBar->setRange(0, ProgressSteps);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(false);

    m_cancelButton = new QPushButton(tr("Ca&ncel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the download"));
    m_cancelButton->setEnabled(false);
    // Nothing to show until the first download.
    m_progressBar->hide();
    m_cancelButton->hide();

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("downloadDetails"));
    m_details->setAccessibleName(tr("Download details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("retryCountdown"));
    m_countdown->setAccessibleName(tr("Retry countdown"));
    m_countdown->setTextFormat(Qt::PlainText);
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    m_countdown->hide();

    m_message = new MessageWidget(this);
    m_message->textLabel()->setObjectName(QStringLiteral("downloadMessage"));
    m_message->textLabel()->setAccessibleName(tr("Download result"));

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 3);
    layout->addWidget(m_progressBar, 1, 0, 1, 2);
    layout->addWidget(m_cancelButton, 1, 2);
    layout->addWidget(m_details, 2, 0, 1, 3);
    layout->addWidget(m_countdown, 3, 0, 1, 3);
    layout->addWidget(m_message, 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(5, 1); // spare height goes below, not between the lines

    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(1000);
    m_countdownTimer = new QTimer(this);

    connect(m_cancelButton, &QPushButton::clicked, this, &DownloadPanel::cancel);
    connect(m_elapsedTimer, &QTimer::timeout, this, &DownloadPanel::tick);
    connect(m_countdownTimer, &QTimer::timeout, this, &DownloadPanel::advanceCountdown);
}

DownloadPanel::~DownloadPanel() = default;

void DownloadPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void DownloadPanel::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

void DownloadPanel::setCountdownTicks(CountdownTicks ticks)
{
    m_countdownTicks = ticks;
    if (ticks == CountdownTicks::Manual)
        m_countdownTimer->stop();
}

void DownloadPanel::setCacheDirectory(const QString &directory)
{
    m_cacheDirectory = directory;
}

void DownloadPanel::setEnvironmentNameCacheFile(const QString &filePath)
{
    m_nameCacheFile = filePath;
}

bool DownloadPanel::isRunning() const
{
    return m_running;
}

bool DownloadPanel::isCompact() const
{
    return m_title->isHidden() && m_details->isHidden();
}

void DownloadPanel::setCompact(bool compact)
{
    m_title->setVisible(!compact);
    m_progressBar->setVisible(!compact);
    m_cancelButton->setVisible(!compact);
    m_details->setVisible(!compact);
    if (compact)
        m_countdown->hide();
}

QString DownloadPanel::exportFileName(const QString &profileName, const HourRange &range)
{
    QString safe;
    for (const QChar c : profileName) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (keep)
            safe += c;
        else if (!safe.endsWith(QLatin1Char('_')))
            safe += QLatin1Char('_');
    }
    // No hidden files, no names ending in a dot (Windows drops it), no runaway lengths.
    while (safe.startsWith(QLatin1Char('.')) || safe.startsWith(QLatin1Char('_')))
        safe.remove(0, 1);
    safe.truncate(MaxProfilePartLength);
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char('_')))
        safe.chop(1);
    if (safe.isEmpty())
        safe = QStringLiteral("cluster");
    const QString format = QStringLiteral("yyyyMMdd'T'HHmm'Z'");
    return safe + QLatin1Char('_') + utcText(range.fromMs, format) + QLatin1Char('_') + utcText(range.toMs, format) +
           QStringLiteral(".zip");
}

QString DownloadPanel::uniquePath(const QString &folder, const QString &fileName)
{
    const QDir dir(folder);
    if (!QFileInfo::exists(dir.filePath(fileName)))
        return dir.filePath(fileName);
    const QString base = QFileInfo(fileName).completeBaseName();
    const QString suffix = QFileInfo(fileName).suffix();
    for (int n = 2;; ++n) {
        const QString candidate = dir.filePath(QStringLiteral("%1_%2.%3").arg(base).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool DownloadPanel::start(const ClusterProfile &profile, const QString &token, const HourRange &range,
                          const QString &targetFolder)
{
    if (m_running)
        return false;
    if (m_client)
        m_client->deleteLater(); // drops the previous download's follow-up reads
    m_client.clear();
    m_pendingDetails = 0;
    m_profile = profile;
    m_progress = {};
    m_detailNotes.clear();
    stopCountdown();

    const QString from = utcText(range.fromMs, QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString to = utcText(range.toMs, QStringLiteral("yyyy-MM-dd HH:mm"));
    m_title->setText(tr("License export of \u201c%1\u201d, %2 \u2013 %3 UTC (%n hour(s))", nullptr, range.hours())
                         .arg(profile.name, from, to));
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    setCompact(false);
    m_message->setToolTip({});
    m_details->setText(tr("Waiting for the cluster to prepare the export…"));
    setMessage(Severity::None, {});
    m_elapsed.start();
    m_elapsedTimer->start();

    if (!QDir().mkpath(targetFolder)) {
        const QString message = tr("The folder %1 cannot be created. Choose another folder or check its permissions.")
                                    .arg(QDir::toNativeSeparators(targetFolder));
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, message] {
            if (m_running)
                return;
            m_elapsedTimer->stop();
            m_progressBar->setRange(0, ProgressSteps);
            m_progressBar->setValue(0);
            m_details->clear();
            setCompact(true);
            setMessage(Severity::Error, message);
            Q_EMIT failed(message);
        });
        return true;
    }

    auto *client = new ClusterClient(profile, token, this);
    if (m_clock)
        client->setClock(m_clock);
    client->setRetryPolicy(m_retryPolicy);
    if (!m_cacheDirectory.isEmpty())
        client->setCacheDirectory(m_cacheDirectory);
    client->setEnvironmentNameCacheFile(m_nameCacheFile);
    m_client = client;

    ExportRequest request;
    request.fromMs = range.fromMs;
    request.toMs = range.toMs;
    request.targetPath = uniquePath(targetFolder, exportFileName(profile.name, range));
    ExportDownloadJob *job = client->downloadExport(request);
    m_job = job;
    connect(job, &ExportDownloadJob::progress, this, [this, job](const TransferProgress &progress) {
        if (job == m_job)
            onProgress(progress);
    });
    connect(job, &ExportDownloadJob::retrying, this, [this, job](int seconds, const QString &message) {
        if (job == m_job)
            onRetrying(seconds, message);
    });
    connect(job, &ExportDownloadJob::finished, this, [this, job, token](const ExportResult &result) {
        if (job != m_job)
            return;
        ExportResult shown = result;
        // A cluster (or something posing as one) could echo the token back in its error message.
        if (!token.isEmpty())
            shown.outcome.errorText.replace(token, QStringLiteral("\u2022\u2022\u2022"));
        onFinished(shown);
    });
    setRunning(true);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
    return true;
}

void DownloadPanel::cancel()
{
    if (!m_job)
        return;
    m_cancelButton->setEnabled(false);
    m_details->setText(tr("Cancelling…"));
    m_job->cancel();
}

void DownloadPanel::onProgress(const TransferProgress &progress)
{
    m_progress = progress;
    if (progress.bytesReceived > 0)
        stopCountdown(); // data flows again
    if (progress.bytesTotal > 0) {
        m_progressBar->setRange(0, ProgressSteps);
        m_progressBar->setValue(
            int(std::clamp<qint64>(progress.bytesReceived * ProgressSteps / progress.bytesTotal, 0, ProgressSteps)));
        m_progressBar->setTextVisible(true);
    } else {
        m_progressBar->setRange(0, 0);
        m_progressBar->setTextVisible(false);
    }
    updateDetails();
}

void DownloadPanel::onRetrying(int seconds, const QString &message)
{
    m_upgradeWait = isUpgradeWait(seconds, message);
    m_secondsLeft = qMax(0, seconds);
    m_progressBar->setRange(0, 0);
    setMessage(Severity::Information,
               m_upgradeWait ? tr("The cluster is being upgraded; the download starts once it answers again.")
                             : tr("Another license export is running on the cluster, and a cluster runs only one "
                                  "at a time. The download starts as soon as it has finished."));
    if (m_countdownTicks == CountdownTicks::Timer) {
        // The countdown shows nominal seconds; a scaled retry policy (tests, demos) shortens each of them alike.
        m_countdownTimer->setInterval(int(qMax<qint64>(1, m_retryPolicy.realDelay(1000))));
        m_countdownTimer->start();
    }
    showCountdown();
    Q_EMIT retryCountdown(m_secondsLeft);
}

void DownloadPanel::advanceCountdown()
{
    if (m_countdown->isHidden() || m_secondsLeft == 0)
        return;
    m_secondsLeft = qMax(0, m_secondsLeft - 1);
    if (m_secondsLeft == 0)
        m_countdownTimer->stop();
    showCountdown();
    Q_EMIT retryCountdown(m_secondsLeft);
}

void DownloadPanel::showCountdown()
{
    QString text;
    if (m_secondsLeft > 0) {
        text = m_upgradeWait ? tr("Cluster upgrade in progress \u2014 retrying in %n s", nullptr, m_secondsLeft)
                             : tr("Cluster busy exporting \u2014 retrying in %n s", nullptr, m_secondsLeft);
    } else {
        text = m_upgradeWait ? tr("Cluster upgrade in progress \u2014 retrying now…")
                             : tr("Cluster busy exporting \u2014 retrying now…");
    }
    m_countdown->setText(text);
    m_countdown->show();
}

void DownloadPanel::stopCountdown()
{
    m_countdownTimer->stop();
    if (m_countdown->isHidden())
        return;
    m_countdown->hide();
    m_countdown->clear();
    setMessage(Severity::None, {});
}

void DownloadPanel::tick()
{
    if (m_running)
        updateDetails();
}

void DownloadPanel::updateDetails()
{
    QStringList parts;
    if (m_progress.bytesTotal > 0) {
        parts.append(
            tr("%1 of %2").arg(formatByteSize(m_progress.bytesReceived), formatByteSize(m_progress.bytesTotal)));
    } else if (m_progress.bytesReceived > 0) {
        parts.append(tr("%1 received").arg(formatByteSize(m_progress.bytesReceived)));
    } else {
        parts.append(tr("Waiting for the cluster to prepare the export…"));
    }
    if (m_progress.bytesPerSecond > 0)
        parts.append(tr("%1/s").arg(formatByteSize(qint64(m_progress.bytesPerSecond))));
    parts.append(tr("%1 elapsed").arg(elapsedText(m_elapsed.elapsed())));
    m_details->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void DownloadPanel::onFinished(const ExportResult &result)
{
    m_job.clear();
    m_elapsedTimer->stop();
    stopCountdown();
    const QString elapsed = elapsedText(m_elapsed.elapsed());
    const ClusterProfile profile = m_profile;
    QPointer<ClusterClient> client = m_client;

    if (result.outcome.ok()) {
        m_progressBar->setRange(0, ProgressSteps);
        m_progressBar->setValue(ProgressSteps);
        m_progressBar->setTextVisible(false);
        m_details->setText(tr("%1 in %2.").arg(formatByteSize(result.bytes), elapsed));
        // The name is enough here (Recent Exports and Export Details have the folder); the tooltip has the path.
        QString text =
            tr("Downloaded %1.").arg(QFileInfo(result.filePath).fileName()) + QLatin1Char(' ') + m_details->text();
        setToolTip(QDir::toNativeSeparators(result.filePath));
        if (result.endClamped) {
            text += QLatin1Char(' ') + tr("The range ends at %1 UTC, the newest hour the cluster can export.")
                                           .arg(utcText(result.range.toMs, QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        setCompact(true);
        setMessage(Severity::Success, text);
        setRunning(false);
        Q_EMIT downloaded(result.filePath, result.range, profile);
        // A receiver may have started the next download already; its client is not this one.
        if (client && client == m_client)
            fetchClusterDetails();
        return;
    }

    m_progressBar->setRange(0, ProgressSteps);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(false);
    if (m_client)
        m_client->deleteLater();
    m_client.clear();
    setCompact(true);
    if (result.outcome.status == RequestStatus::Cancelled) {
        m_details->setText(tr("Stopped after %1.").arg(elapsed));
        setMessage(Severity::Information, tr("The download was cancelled; nothing was saved."));
        setRunning(false);
        Q_EMIT cancelled();
        return;
    }
    QString message = result.outcome.errorText;
    switch (result.outcome.status) {
    case RequestStatus::LocalError:
        message += QLatin1Char(' ') + tr("Check that the folder is writable and the disk has free space, then try "
                                         "again.");
        break;
    case RequestStatus::InvalidRequest:
        message += QLatin1Char(' ') + tr("Check the profile and its token under Clusters & Tokens.");
        break;
    default:
        break;
    }
    m_details->setText(tr("Stopped after %1.").arg(elapsed));
    setMessage(Severity::Error, message);
    setRunning(false);
    Q_EMIT failed(message);
}

void DownloadPanel::fetchClusterDetails()
{
    ClusterClient *client = m_client;
    m_pendingDetails = 2;
    m_detailNotes.clear();
    const QString downloadedText = m_details->text();
    m_details->setText(downloadedText + QLatin1Char(' ') + tr("Reading environment names and the cluster license…"));

    client->fetchEnvironments(this, [this, client, downloadedText](const EnvironmentsResult &result) {
        if (client != m_client)
            return;
        if (result.outcome.ok()) {
            QHash<QString, QString> names;
            for (const ClusterEnvironment &environment : result.environments) {
                if (!environment.name.isEmpty())
                    names.insert(environment.id, environment.name);
            }
            Q_EMIT environmentNamesReady(names);
            m_detailNotes += QLatin1Char(' ') + tr("Environment names read.");
        } else {
            m_detailNotes +=
                QLatin1Char(' ') +
                tr("Environment names could not be read, so ids are shown: %1").arg(result.outcome.errorText);
        }
        m_details->setText(downloadedText + m_detailNotes);
        m_message->setToolTip(m_detailNotes.trimmed());
        detailFinished();
    });
    client->fetchClusterLicense(this, [this, client, downloadedText](const ClusterLicenseResult &result) {
        if (client != m_client)
            return;
        if (result.outcome.ok() && result.available) {
            Q_EMIT licenseReady(result.license);
            m_detailNotes += QLatin1Char(' ') + tr("License quotas read.");
        } else if (result.outcome.ok()) {
            m_detailNotes += QLatin1Char(' ') + tr("The cluster does not report license quotas (that needs "
                                                   "Dynatrace Managed 1.326 or later).");
        } else {
            m_detailNotes += QLatin1Char(' ') + tr("The cluster license could not be read, so no quotas are shown: "
                                                   "%1")
                                                    .arg(result.outcome.errorText);
        }
        m_details->setText(downloadedText + m_detailNotes);
        m_message->setToolTip(m_detailNotes.trimmed());
        detailFinished();
    });
}

void DownloadPanel::detailFinished()
{
    if (--m_pendingDetails > 0)
        return;
    if (m_client)
        m_client->deleteLater();
    m_client.clear();
    Q_EMIT clusterDetailsFinished();
}

void DownloadPanel::setRunning(bool running)
{
    m_cancelButton->setEnabled(running);
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void DownloadPanel::setMessage(Severity severity, const QString &message)
{
    m_message->setMessage(severity, message);
}

} // namespace LicenseUi
