// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Written into the test program (header only) so that only the tests that write exports link QuaZip.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace TestFixture {

// A flat export of `hours` (one hourly file each, hour-0.json, hour-1.json, ...), every entry modified at `madeMs`,
// written as UTC fields like the cluster writes them. False on any failure.
inline bool writeFlatExport(const QString &path, qint64 madeMs, const QList<QByteArray> &hours)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    int index = 0;
    for (const QByteArray &data : hours) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(QStringLiteral("hour-%1.json").arg(index++));
        info.dateTime = QDateTime::fromMSecsSinceEpoch(madeMs, QTimeZone::utc());
        if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace TestFixture
