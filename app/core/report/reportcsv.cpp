// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/savefile.h>
#include <report/csvwriter.h>
#include <report/reportcsv.h>

#include <QSaveFile>

namespace LicenseCore::ReportCsv {

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += CsvWriter::quoted(fields.at(i)).toUtf8();
    }
    out += '\n';
    return out;
}

Error writeAll(QIODevice &device, const QByteArray &content, const QString &where)
{
    if (device.write(content) != content.size())
        return Error{ErrorCode::FileUnwritable, device.errorString(), where};
    return {};
}

Error save(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    if (Error error = writeAll(file, content, path); error.isError()) {
        file.cancelWriting();
        return error;
    }
    if (!commitComplete(file))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    return {};
}

} // namespace LicenseCore::ReportCsv
