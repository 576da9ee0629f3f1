// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/hourrecord.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <map>
#include <utility>
#include <vector>

// The small blobs of the history store, in one place so their format is written down once. Both are sequences
// of unsigned LEB128 varints (signed values zigzag-encoded first); decoding a blob that ends early fails.
namespace LicenseCore::StoredValues {

// DDU pool entries in the file's order: per entry, the pool's dictionary key and the total as a little-endian
// IEEE double, so sums come out bit for bit as from the file. `poolKeys` is aligned with `ddu`.
QByteArray encodeDdu(const QList<DduPoolUsage> &ddu, const QList<qint64> &poolKeys);
[[nodiscard]] bool decodeDdu(const QByteArray &blob, const QHash<qint64, QString> &pools, QList<DduPoolUsage> &ddu);

// A host run's activity, one value per hour of the run (active milliseconds, or -1 for no activity records):
// the most common value, and the other hours as (hour offset in the run, value) pairs.
std::pair<qint64, QByteArray> encodeActivity(const std::vector<qint64> &activity);
[[nodiscard]] bool decodeActivity(const QByteArray &blob, std::map<qint64, qint64> &exceptions);

} // namespace LicenseCore::StoredValues
