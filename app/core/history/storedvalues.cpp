// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <history/storedvalues.h>

#include <algorithm>
#include <cstring>

namespace LicenseCore::StoredValues {

namespace {

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value & 0x7f) | char(0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const char *&at, const char *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; at != end && shift < 64; shift += 7) {
        const auto byte = quint8(*at++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

} // namespace

QByteArray encodeDdu(const QList<DduPoolUsage> &ddu, const QList<qint64> &poolKeys)
{
    QByteArray out;
    for (qsizetype i = 0; i < ddu.size(); ++i) {
        appendVarint(out, quint64(poolKeys.at(i)));
        quint64 bits = 0;
        const double total = ddu.at(i).total;
        std::memcpy(&bits, &total, sizeof bits);
        for (int b = 0; b < 8; ++b)
            out.append(char((bits >> (8 * b)) & 0xff));
    }
    return out;
}

bool decodeDdu(const QByteArray &blob, const QHash<qint64, QString> &pools, QList<DduPoolUsage> &ddu)
{
    const char *at = blob.constData();
    const char *end = at + blob.size();
    while (at != end) {
        quint64 key = 0;
        if (!readVarint(at, end, key) || end - at < 8)
            return false;
        quint64 bits = 0;
        for (int b = 0; b < 8; ++b)
            bits |= quint64(quint8(*at++)) << (8 * b);
        double total = 0.0;
        std::memcpy(&total, &bits, sizeof total);
        ddu.append({pools.value(qint64(key)), total});
    }
    return true;
}

std::pair<qint64, QByteArray> encodeActivity(const std::vector<qint64> &activity)
{
    std::map<qint64, int> counts;
    for (qint64 value : activity)
        ++counts[value];
    const qint64 common = std::max_element(counts.cbegin(), counts.cend(), [](const auto &a, const auto &b) {
                              return a.second < b.second;
                          })->first;
    QByteArray exceptions;
    for (size_t offset = 0; offset < activity.size(); ++offset) {
        if (activity[offset] == common)
            continue;
        appendVarint(exceptions, offset);
        appendVarint(exceptions, zigzag(activity[offset]));
    }
    return {common, exceptions};
}

bool decodeActivity(const QByteArray &blob, std::map<qint64, qint64> &exceptions)
{
    const char *at = blob.constData();
    const char *end = at + blob.size();
    while (at != end) {
        quint64 offset = 0;
        quint64 value = 0;
        if (!readVarint(at, end, offset) || !readVarint(at, end, value))
            return false;
        exceptions[qint64(offset)] = unzigzag(value);
    }
    return true;
}

} // namespace LicenseCore::StoredValues
