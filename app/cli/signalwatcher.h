// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <atomic>
#include <memory>

class QSocketNotifier;

namespace LicenseCli {

// The command line's one way of handling Ctrl-C: SIGINT and SIGTERM become a signal of the event loop (a self-pipe:
// the handler only writes a byte) and set a flag that work running without an event loop (an import) polls.
// The default handlers come back when the watcher is destroyed. One watcher at a time.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

    [[nodiscard]] bool isActive() const;
    // Set by the first SIGINT or SIGTERM while the watcher lives; for work that polls instead of waiting for
    // interrupted() (importExport's cancel flag).
    [[nodiscard]] static const std::atomic_bool *interruptedFlag();

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace LicenseCli
