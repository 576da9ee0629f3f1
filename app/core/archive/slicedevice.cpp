// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <archive/slicedevice.h>

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace LicenseCore {

namespace {

// A QIODevice without Q_OBJECT of its own: its error strings get a translation context here.
struct SliceText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::SliceDevice)
};

// Large enough for several hundred directory records or a small entry with its local header.
constexpr qint64 WindowSize = 64 * 1024;

} // namespace

SliceDevice::SliceDevice(QIODevice *base, qint64 offset, qint64 length)
    : m_base(base)
    , m_offset(offset)
    , m_length(length)
{}

SliceDevice::~SliceDevice() = default;

bool SliceDevice::open(OpenMode mode)
{
    if (mode & WriteOnly) {
        setErrorString(SliceText::tr("A slice of another device is read-only"));
        return false;
    }
    if (!m_base || !m_base->isReadable() || m_base->isSequential()) {
        setErrorString(SliceText::tr("The base device is not open for random-access reading"));
        return false;
    }
    for (Window &window : m_windows)
        window.size = 0;
    // Unbuffered: QIODevice's buffer would only add a copy to the windows.
    return QIODevice::open(ReadOnly | Unbuffered);
}

bool SliceDevice::isSequential() const
{
    return false;
}

qint64 SliceDevice::size() const
{
    return m_length;
}

bool SliceDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    return QIODevice::seek(pos);
}

qint64 SliceDevice::readBase(qint64 at, char *data, qint64 size)
{
    const qint64 basePos = m_offset + at;
    if (m_base->pos() != basePos && !m_base->seek(basePos))
        return -1;
    qint64 total = 0;
    while (total < size) {
        const qint64 got = m_base->read(data + total, size - total);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

qint64 SliceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 wanted = std::min(maxSize, m_length - at);
    if (wanted <= 0)
        return 0;
    if (wanted >= WindowSize)
        return readBase(at, data, wanted);

    Window *hit = nullptr;
    for (Window &window : m_windows) {
        if (at >= window.start && at + wanted <= window.start + window.size)
            hit = &window;
    }
    if (!hit) {
        hit = &*std::min_element(m_windows.begin(), m_windows.end(),
                                 [](const Window &a, const Window &b) { return a.lastUse < b.lastUse; });
        if (!hit->bytes)
            hit->bytes = std::make_unique<char[]>(WindowSize);
        hit->size = 0;
        const qint64 got = readBase(at, hit->bytes.get(), std::min(WindowSize, m_length - at));
        if (got < 0)
            return -1;
        hit->start = at;
        hit->size = got;
    }
    hit->lastUse = ++m_uses;
    const qint64 available = std::min(wanted, hit->start + hit->size - at);
    std::memcpy(data, hit->bytes.get() + (at - hit->start), std::size_t(available));
    return available;
}

qint64 SliceDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace LicenseCore
