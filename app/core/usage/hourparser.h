// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>
#include <usage/hourrecord.h>

#include <QByteArray>

namespace LicenseCore {

// Parses one hourly file of an export (DOMAIN.md §3). Tolerant of unknown fields, missing optional fields,
// null arrays, ids as numbers or strings and integers written as 12.0; strict about what cannot be
// guessed: a file that is not JSON, a root that is not an object, a missing or unparseable timeFrameStart.
// Thread-safe: each thread keeps its own parser state. `source` names the file in messages.
// When data.capacity() leaves 64 bytes after the data, the text is parsed in place without a copy.
Result<HourRecord> parseHourRecord(const QByteArray &data, const QString &source);

} // namespace LicenseCore
