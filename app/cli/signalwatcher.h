// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace LicenseCli {

// Turns SIGINT and SIGTERM into a signal of the event loop (a self-pipe: the handler only writes a byte).
// The default handlers come back when the watcher is destroyed. One watcher at a time.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

    [[nodiscard]] bool isActive() const;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace LicenseCli
