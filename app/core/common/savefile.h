// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSaveFile;

namespace LicenseCore {

// Commits `file` only when every byte written to it reached the disk; otherwise discards it and returns false, with
// the reason in file.errorString(). QSaveFile::commit() alone (Qt 6.4) puts a file in place whose buffered last bytes
// failed to write (a full disk, a file-size limit): the buffer is flushed and checked first. Every atomic save of the
// program ends here.
bool commitComplete(QSaveFile &file);

} // namespace LicenseCore
