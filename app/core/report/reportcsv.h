// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace LicenseCore::ReportCsv {

// The small CSVs of the answers: a few hundred rows at most, so each is built in memory and written at once.

// One line: the fields quoted as CsvWriter quotes them, joined by commas, ended by "\n".
[[nodiscard]] QByteArray line(const QStringList &fields);
// Writes `content` to `device`, all of it or an error naming `where`.
[[nodiscard]] Error writeAll(QIODevice &device, const QByteArray &content, const QString &where);
// Writes `content` to `path` atomically, as CsvWriter::save(): on any failure the file is left as it was.
[[nodiscard]] Error save(const QString &path, const QByteArray &content);

} // namespace LicenseCore::ReportCsv
