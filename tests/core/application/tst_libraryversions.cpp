// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/libraryversions.h>

#include <QRegularExpression>
#include <QTest>
#include <qt6keychain/keychain.h>
#include <quazip.h>

using namespace LicenseCore;

class TestLibraryVersions : public QObject
{
    Q_OBJECT

private:
    static LibraryVersion entry(const QString &name)
    {
        const QList<LibraryVersion> libraries = libraryVersions();
        for (const LibraryVersion &library : libraries) {
            if (library.library == name)
                return library;
        }
        return {};
    }

    static bool isDotted(const QString &version)
    {
        static const QRegularExpression dotted(QStringLiteral("^\\d+(\\.\\d+)+$"));
        return dotted.match(version).hasMatch();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The program reads archives and keeps tokens, so both libraries are loaded in it; this test uses them
        // too, or the linker would leave them out.
        const QuaZip zip;
        QVERIFY(!zip.isOpen());
        const QKeychain::ReadPasswordJob job(QStringLiteral("tst_libraryversions"));
        QCOMPARE(job.service(), QStringLiteral("tst_libraryversions"));
    }

    void qtIsTheRunningOne()
    {
        const LibraryVersion qt = entry(QStringLiteral("Qt"));
        QCOMPARE(qt.version, QString::fromLatin1(qVersion()));
        QCOMPARE(qt.source, LibraryVersion::Source::Runtime);
    }

    void everyEntryHasAVersion()
    {
        const QList<LibraryVersion> libraries = libraryVersions();
        QStringList names;
        for (const LibraryVersion &library : libraries) {
            names << library.library;
            QVERIFY2(!library.library.isEmpty(), "a library without a name");
            QVERIFY2(!library.version.isEmpty(), qPrintable(library.library));
        }
        QCOMPARE(names.size(), 6);
        for (const QString &name : {QStringLiteral("Qt"), QStringLiteral("zlib"), QStringLiteral("simdjson"),
                                    QStringLiteral("QuaZip"), QStringLiteral("QtKeychain")})
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void zlibIsAsked()
    {
        const LibraryVersion zlib = entry(QStringLiteral("zlib"));
        QCOMPARE(zlib.source, LibraryVersion::Source::Runtime);
        QVERIFY(isDotted(zlib.version));
    }

    void quazipAndKeychainFromTheirFiles_data()
    {
        QTest::addColumn<QString>("library");
        QTest::newRow("QuaZip") << QStringLiteral("QuaZip");
        QTest::newRow("QtKeychain") << QStringLiteral("QtKeychain");
    }
    void quazipAndKeychainFromTheirFiles()
    {
        QFETCH(QString, library);
        const LibraryVersion found = entry(library);
        QVERIFY2(isDotted(found.version), qPrintable(found.version));
#ifdef Q_OS_LINUX
        // Both come as shared objects on Linux distributions, so the loaded file is found.
        QCOMPARE(found.source, LibraryVersion::Source::LoadedFile);
        QCOMPARE(LicenseCore::versionFromFileName(found.detail), found.version);
#endif
    }

    void versionFromFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("version");
        QTest::newRow("quazip") << QStringLiteral("libquazip1-qt6.so.1.3") << QStringLiteral("1.3");
        QTest::newRow("keychain") << QStringLiteral("libqt6keychain.so.0.13.2") << QStringLiteral("0.13.2");
        QTest::newRow("soname only") << QStringLiteral("libz.so.1") << QStringLiteral("1");
        QTest::newRow("unversioned") << QStringLiteral("libfoo.so") << QString();
        QTest::newRow("not a number") << QStringLiteral("libfoo.so.abc") << QString();
        QTest::newRow("not a shared object") << QStringLiteral("quazip-1.3.tar.gz") << QString();
    }
    void versionFromFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, version);
        QCOMPARE(LicenseCore::versionFromFileName(fileName), version);
    }

    void reportIsPlainText()
    {
        const QList<LibraryVersion> libraries = {
            {QStringLiteral("Qt"), QStringLiteral("6.4.2"), LibraryVersion::Source::Runtime, {}},
            {QStringLiteral("QuaZip"), QStringLiteral("1.4"), LibraryVersion::Source::LoadedFile,
             QStringLiteral("libquazip1-qt6.so.1.4")},
            {QStringLiteral("simdjson"), QStringLiteral("3.0.1"), LibraryVersion::Source::CompileTime,
             QStringLiteral("libsimdjson.so.14.0.0")},
        };
        QCOMPARE(versionReport(QStringLiteral("License Usage Explorer"), QStringLiteral("0.1.0"), libraries),
                 QStringLiteral("License Usage Explorer 0.1.0\n"
                                "Qt 6.4.2\n"
                                "QuaZip 1.4 (loaded libquazip1-qt6.so.1.4)\n"
                                "simdjson 3.0.1 (built against; libsimdjson.so.14.0.0)\n"));
    }

    void unknownLibraryIsNotFound()
    {
        QVERIFY(!loadedLibraryFile(QStringLiteral("libsurely-not-loaded-here")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLibraryVersions)
#include "tst_libraryversions.moc"
