// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <array>
#include <memory>

namespace LicenseCore {

// A read-only, random-access view of the bytes [offset, offset + length) of another device. It lets QuaZip
// open a ZIP stored uncompressed inside another ZIP without copying it anywhere, and it is the device every
// ZIP is read through.
//
// minizip reads a ZIP directory a few bytes at a time and seeks before nearly every read; through a plain
// QFile each of those seeks costs system calls and a refill of QFile's buffer. The view keeps two read-ahead
// windows of its own instead (one tends to hold the directory, the other the entry being read), so small
// reads are served from memory, while large reads go straight to the base device into the caller's buffer.
// Several views may share one base: each repositions it before reading. Not thread-safe.
class SliceDevice final : public QIODevice
{
public:
    // `base` must be open for reading, random-access, and outlive the view; its content must not change.
    SliceDevice(QIODevice *base, qint64 offset, qint64 length);
    ~SliceDevice() override;
    Q_DISABLE_COPY_MOVE(SliceDevice)

    // Read-only: any mode with WriteOnly fails. The view is always opened unbuffered (it buffers itself).
    bool open(OpenMode mode) override;
    [[nodiscard]] bool isSequential() const override;
    [[nodiscard]] qint64 size() const override;
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Window
    {
        std::unique_ptr<char[]> bytes;
        qint64 start = 0; // position in the view
        qint64 size = 0;
        quint64 lastUse = 0;
    };

    qint64 readBase(qint64 at, char *data, qint64 size);

    QIODevice *m_base;
    qint64 m_offset;
    qint64 m_length;
    std::array<Window, 2> m_windows;
    quint64 m_uses = 0;
};

} // namespace LicenseCore
