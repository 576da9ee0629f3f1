// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <application/historylocation.h>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace LicenseCore;

class TestHistoryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void location_data()
    {
        QTest::addColumn<QString>("dataFolder");
        QTest::addColumn<QString>("historyFile");
        QTest::addColumn<QString>("storeFile");
        QTest::addColumn<QString>("expectedStore");
        QTest::addColumn<QString>("expectedExports");

        QTest::newRow("data folder") << QStringLiteral("/data") << QString() << QString()
                                     << QStringLiteral("/data/history.sqlite")
                                     << QStringLiteral("/data/history-exports");
        QTest::newRow("setting wins") << QStringLiteral("/data") << QStringLiteral("/team/license.db") << QString()
                                      << QStringLiteral("/team/license.db") << QStringLiteral("/team/license-exports");
        QTest::newRow("option wins") << QStringLiteral("/data") << QStringLiteral("/team/license.db")
                                     << QStringLiteral("/tmp/x/y.sqlite") << QStringLiteral("/tmp/x/y.sqlite")
                                     << QStringLiteral("/tmp/x/y-exports");
        QTest::newRow("option cleaned") << QString() << QString() << QStringLiteral("/tmp//x/../h.v2.sqlite")
                                        << QStringLiteral("/tmp/h.v2.sqlite") << QStringLiteral("/tmp/h.v2-exports");
    }
    void location()
    {
        QFETCH(QString, dataFolder);
        QFETCH(QString, historyFile);
        QFETCH(QString, storeFile);
        QFETCH(QString, expectedStore);
        QFETCH(QString, expectedExports);

        AppSettings settings;
        settings.dataFolder = dataFolder;
        settings.historyFile = historyFile;
        const HistoryLocation location = historyLocation(settings, storeFile);
        QCOMPARE(location.storePath, expectedStore);
        QCOMPARE(location.exportFolder, expectedExports);
    }

    void relativeOptionIsResolvedAgainstTheWorkingFolder()
    {
        const HistoryLocation location = historyLocationOf(QStringLiteral("h.sqlite"));
        QCOMPARE(location.storePath, QDir::current().absoluteFilePath(QStringLiteral("h.sqlite")));
        QCOMPARE(location.exportFolder, QDir::current().absoluteFilePath(QStringLiteral("h-exports")));
    }

    void defaultIsTheWindowsDataFolder()
    {
        // The command line registers another application name; the folder must not depend on it.
        const QString before = defaultDataFolder();
        QCoreApplication::setApplicationName(QStringLiteral("license-usage"));
        QCOMPARE(defaultDataFolder(), before);
        QVERIFY2(before.endsWith(QStringLiteral("/LicenseUsageExplorer/License Usage Explorer")), qPrintable(before));
        QCOMPARE(historyLocation(AppSettings()).storePath, QDir(before).filePath(QStringLiteral("history.sqlite")));
        QVERIFY(applicationSettings()->fileName().endsWith(
            QStringLiteral("/LicenseUsageExplorer/License Usage Explorer.conf")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryLocation)
#include "tst_historylocation.moc"
