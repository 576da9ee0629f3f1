// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace LicenseCore {

// One library the program runs with, and where its version comes from.
struct LibraryVersion
{
    enum class Source
    {
        Runtime,     // the library's own version function
        LoadedFile,  // the real file name of the shared object loaded into this process
        CompileTime, // the headers the program was built against: the loaded library may differ
        Unavailable  // not loaded, or no version to be found
    };

    QString library;
    QString version;
    Source source = Source::Unavailable;
    QString detail; // e.g. the loaded file, or the compile-time value next to a run-time one

    bool operator==(const LibraryVersion &) const = default;
};

// The libraries actually loaded at run time: Qt, zlib, OpenSSL, simdjson, QuaZip and QtKeychain.
QList<LibraryVersion> libraryVersions();

// "License Usage Explorer 0.1.0" followed by one line per library, in plain English for bug reports.
QString versionReport(const QString &applicationName, const QString &applicationVersion,
                      const QList<LibraryVersion> &libraries);

// The real path of the shared object loaded into this process whose file name starts with `prefix` followed by
// ".so", or nullopt.
std::optional<QString> loadedLibraryFile(const QString &prefix);
// The version in a shared object's file name: "libquazip1-qt6.so.1.4" gives "1.4"; empty without one.
QString versionFromFileName(const QString &fileName);

} // namespace LicenseCore
