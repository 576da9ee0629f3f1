// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace TestFixture {

// The CRC-32 a ZIP entry records for `data` (zlib's, independent of the code under test).
quint32 crcOf(const QByteArray &data);

// A raw deflate stream (no zlib header), as stored in a ZIP entry; made with zlib at `level`.
QByteArray rawDeflate(const QByteArray &data, int level = 9);

} // namespace TestFixture
