// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <archive/archivetimes.h>

#include <QDateTime>
#include <QTimeZone>
#include <quazip/quazip.h>
#include <quazip/unzip.h>

namespace LicenseCore {

std::optional<qint64> newestEntryTimeMs(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return std::nullopt;
    // minizip's own fields, not QuaZip's getCurrentFileInfo(): that one builds a local-time QDateTime.
    unzFile handle = zip.getUnzFile();
    std::optional<qint64> newest;
    for (int status = unzGoToFirstFile(handle); status == UNZ_OK; status = unzGoToNextFile(handle)) {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(handle, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return std::nullopt;
        const tm_unz &t = info.tmu_date;
        const QDateTime time(QDate(int(t.tm_year), int(t.tm_mon) + 1, int(t.tm_mday)),
                             QTime(int(t.tm_hour), int(t.tm_min), int(t.tm_sec)), QTimeZone::utc());
        if (time.isValid())
            newest = std::max(newest.value_or(time.toMSecsSinceEpoch()), time.toMSecsSinceEpoch());
    }
    return newest;
}

} // namespace LicenseCore
