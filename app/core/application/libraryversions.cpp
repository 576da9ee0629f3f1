// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/libraryversions.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStringList>
#include <simdjson.h>
#include <zlib.h>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <link.h>
#define LUE_HAVE_DL_ITERATE_PHDR 1
#endif

// The versions CMake found; the fall-back when the loaded shared object cannot be found.
#ifndef LUE_QUAZIP_VERSION
#define LUE_QUAZIP_VERSION ""
#endif
#ifndef LUE_QTKEYCHAIN_VERSION
#define LUE_QTKEYCHAIN_VERSION ""
#endif

namespace LicenseCore {

namespace {

#ifdef LUE_HAVE_DL_ITERATE_PHDR
int collectLoadedObject(struct dl_phdr_info *info, size_t, void *data)
{
    if (info->dlpi_name && *info->dlpi_name)
        static_cast<QStringList *>(data)->append(QString::fromLocal8Bit(info->dlpi_name));
    return 0;
}
#endif

QStringList loadedObjects()
{
    QStringList paths;
#ifdef LUE_HAVE_DL_ITERATE_PHDR
    dl_iterate_phdr(collectLoadedObject, &paths);
#endif
    return paths;
}

// From the loaded file's name; else what the program was built against, said so.
LibraryVersion fromLoadedFile(const QString &library, const QString &prefix, const QString &compileTime)
{
    LibraryVersion entry{library, {}, LibraryVersion::Source::Unavailable, {}};
    if (const std::optional<QString> file = loadedLibraryFile(prefix)) {
        entry.version = versionFromFileName(QFileInfo(*file).fileName());
        entry.detail = QFileInfo(*file).fileName();
        if (!entry.version.isEmpty()) {
            entry.source = LibraryVersion::Source::LoadedFile;
            return entry;
        }
    }
    if (!compileTime.isEmpty()) {
        entry.version = compileTime;
        entry.source = LibraryVersion::Source::CompileTime;
    }
    return entry;
}

LibraryVersion openSsl()
{
    LibraryVersion entry{QStringLiteral("OpenSSL"), {}, LibraryVersion::Source::Unavailable, {}};
    if (!QSslSocket::supportsSsl())
        return entry;
    QString text = QSslSocket::sslLibraryVersionString();
    const QString backend = QSslSocket::activeBackend();
    if (text.startsWith(QLatin1String("OpenSSL "))) {
        text = text.mid(8);
    } else if (!text.isEmpty() && backend != QLatin1String("openssl")) {
        entry.library = backend; // another TLS backend: name it rather than pretend it is OpenSSL
    }
    entry.version = text;
    entry.source = text.isEmpty() ? LibraryVersion::Source::Unavailable : LibraryVersion::Source::Runtime;
    return entry;
}

// simdjson has no version function, and its shared object carries the ABI number (libsimdjson.so.14), not the
// release; the headers' release is shown with the loaded file and the parser kernel chosen for this CPU.
LibraryVersion simdjsonVersion()
{
    LibraryVersion entry{QStringLiteral("simdjson"),
                         QStringLiteral("%1.%2.%3")
                             .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
                             .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
                             .arg(int(simdjson::SIMDJSON_VERSION_REVISION)),
                         LibraryVersion::Source::CompileTime,
                         {}};
    QStringList details;
    if (const std::optional<QString> file = loadedLibraryFile(QStringLiteral("libsimdjson")))
        details << QFileInfo(*file).fileName();
    else
        details << QStringLiteral("linked statically");
    if (const simdjson::implementation *implementation =
            simdjson::get_available_implementations().detect_best_supported())
        details << QStringLiteral("%1 kernel").arg(QString::fromStdString(implementation->name()));
    entry.detail = details.join(QStringLiteral(", "));
    return entry;
}

// Left in English on purpose, like the library names: this text is pasted into bug reports.
QString sourceText(const LibraryVersion &entry)
{
    switch (entry.source) {
    case LibraryVersion::Source::Runtime:
        return {};
    case LibraryVersion::Source::LoadedFile:
        return QStringLiteral("loaded %1").arg(entry.detail);
    case LibraryVersion::Source::CompileTime:
        return entry.detail.isEmpty() ? QStringLiteral("built against; not found loaded")
                                      : QStringLiteral("built against; %1").arg(entry.detail);
    case LibraryVersion::Source::Unavailable:
        return QStringLiteral("not available");
    }
    return {};
}

} // namespace

QList<LibraryVersion> libraryVersions()
{
    QList<LibraryVersion> libraries;
    LibraryVersion qt{QStringLiteral("Qt"), QString::fromLatin1(qVersion()), LibraryVersion::Source::Runtime, {}};
    if (qt.version != QLatin1String(QT_VERSION_STR))
        qt.detail = QStringLiteral("built with %1").arg(QLatin1String(QT_VERSION_STR));
    libraries << qt;
    LibraryVersion zlib{
        QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()), LibraryVersion::Source::Runtime, {}};
    if (zlib.version != QLatin1String(ZLIB_VERSION))
        zlib.detail = QStringLiteral("built with %1").arg(QLatin1String(ZLIB_VERSION));
    libraries << zlib;
    libraries << openSsl();
    libraries << simdjsonVersion();
    libraries << fromLoadedFile(QStringLiteral("QuaZip"), QStringLiteral("libquazip1-qt6"),
                                QStringLiteral(LUE_QUAZIP_VERSION));
    libraries << fromLoadedFile(QStringLiteral("QtKeychain"), QStringLiteral("libqt6keychain"),
                                QStringLiteral(LUE_QTKEYCHAIN_VERSION));
    return libraries;
}

QString versionReport(const QString &applicationName, const QString &applicationVersion,
                      const QList<LibraryVersion> &libraries)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(applicationName, applicationVersion);
    for (const LibraryVersion &entry : libraries) {
        QString line =
            QStringLiteral("%1 %2").arg(entry.library, entry.version.isEmpty() ? QStringLiteral("-") : entry.version);
        const QString note = entry.source == LibraryVersion::Source::Runtime ? entry.detail : sourceText(entry);
        if (!note.isEmpty())
            line += QStringLiteral(" (%1)").arg(note);
        lines << line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::optional<QString> loadedLibraryFile(const QString &prefix)
{
    const QString wanted = prefix + QStringLiteral(".so");
    for (const QString &path : loadedObjects()) {
        const QString name = QFileInfo(path).fileName();
        if (name == wanted || name.startsWith(wanted + QLatin1Char('.'))) {
            // The loader names the object by its soname link; the versioned file is where the link leads.
            const QString real = QFileInfo(path).canonicalFilePath();
            return real.isEmpty() ? path : real;
        }
    }
    return std::nullopt;
}

QString versionFromFileName(const QString &fileName)
{
    static const QRegularExpression version(QStringLiteral("\\.so\\.(\\d+(?:\\.\\d+)*)$"));
    const QRegularExpressionMatch match = version.match(fileName);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace LicenseCore
