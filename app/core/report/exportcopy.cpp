// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/savefile.h>
#include <report/exportcopy.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace LicenseCore {

namespace {
// Gives saveExportCopy() a translation context of its own.
struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ExportCopy)
};
} // namespace

Error saveExportCopy(const QString &sourcePath, const QString &targetPath)
{
    if (QFileInfo(sourcePath).canonicalFilePath() == QFileInfo(targetPath).canonicalFilePath() &&
        QFileInfo::exists(targetPath))
        return Error{ErrorCode::InvalidArgument, CopyText::tr("the copy would overwrite the export itself"),
                     targetPath};
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{source.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound, source.errorString(),
                     sourcePath};
    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable, target.errorString(), targetPath};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 copied = 0;
    while (true) {
        const qint64 n = source.read(chunk.data(), chunk.size());
        if (n < 0) {
            target.cancelWriting();
            return Error{ErrorCode::FileUnreadable, source.errorString(), sourcePath};
        }
        if (n == 0)
            break;
        if (target.write(chunk.constData(), n) != n) {
            target.cancelWriting();
            return Error{ErrorCode::FileUnwritable, target.errorString(), targetPath};
        }
        copied += n;
    }
    if (copied != source.size()) {
        target.cancelWriting();
        return Error{ErrorCode::FileUnreadable, CopyText::tr("the export changed while it was copied"), sourcePath};
    }
    if (!commitComplete(target))
        return Error{ErrorCode::FileUnwritable, target.errorString(), targetPath};
    return {};
}

} // namespace LicenseCore
