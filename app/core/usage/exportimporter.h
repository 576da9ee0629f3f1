// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <usage/importoptions.h>

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace LicenseCore {

// Runs importExport() on a thread of its own and reports by signal, so a window can import without
// stalling. One import at a time; starting another cancels the running one.
class ExportImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportImporter)

public:
    explicit ExportImporter(QObject *parent = nullptr);
    ~ExportImporter() override;

    void start(const QString &path, const ImportOptions &options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progressChanged(const LicenseCore::ImportProgress &progress);
    void finished(const LicenseCore::UsageSnapshotPtr &store);
    void failed(const LicenseCore::Error &error);

private:
    void stopWorker();
    void finishedThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0; // results of a superseded import are dropped
};

} // namespace LicenseCore
