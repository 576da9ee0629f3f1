// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    void screenshot(QWidget *widget, const QString &name)
    {
        const QByteArray folder = qgetenv("LUE_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void showsVersionAndLicense()
    {
        AboutDialog dialog;
        QVERIFY(dialog.versionLabel()->text().contains(QStringLiteral(LUE_VERSION)));
        const QString license = dialog.licenseLabel()->text();
        QVERIFY(license.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(license.contains(QStringLiteral("href=\"https://www.gnu.org/licenses/gpl-3.0.html\"")));
        QVERIFY(dialog.licenseLabel()->openExternalLinks());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("About License Usage Explorer"));
    }

    void listsTheLibraries()
    {
        AboutDialog dialog;
        dialog.show();
        screenshot(&dialog, QStringLiteral("about.png"));
        QTableWidget *table = dialog.libraryTable();
        const QList<LibraryVersion> libraries = libraryVersions();
        QCOMPARE(table->rowCount(), libraries.size());
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row) {
            names << table->item(row, 0)->text();
            QVERIFY(!table->item(row, 1)->text().isEmpty());
            QVERIFY(!table->item(row, 2)->text().isEmpty());
            if (table->item(row, 0)->text() == QLatin1String("Qt"))
                QCOMPARE(table->item(row, 1)->text(), QString::fromLatin1(qVersion()));
        }
        for (const QString &name : {QStringLiteral("Qt"), QStringLiteral("zlib"), QStringLiteral("simdjson"),
                                    QStringLiteral("QuaZip"), QStringLiteral("QtKeychain")})
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void labelsWhereAVersionComesFrom()
    {
        const QList<LibraryVersion> libraries = {
            {QStringLiteral("Qt"), QStringLiteral("6.4.2"), LibraryVersion::Source::Runtime, {}},
            {QStringLiteral("QuaZip"), QStringLiteral("1.4"), LibraryVersion::Source::LoadedFile,
             QStringLiteral("libquazip1-qt6.so.1.4")},
            {QStringLiteral("simdjson"), QStringLiteral("3.0.1"), LibraryVersion::Source::CompileTime, {}},
            {QStringLiteral("OpenSSL"), QString(), LibraryVersion::Source::Unavailable, {}},
        };
        AboutDialog dialog(libraries);
        QTableWidget *table = dialog.libraryTable();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Loaded file libquazip1-qt6.so.1.4"));
        QVERIFY(table->item(2, 2)->text().startsWith(QStringLiteral("Built against")));
        QCOMPARE(table->item(3, 1)->text(), QStringLiteral("unknown"));
        QCOMPARE(table->item(3, 2)->text(), QStringLiteral("Not available"));
    }

    void copiesTheVersionInfo()
    {
        AboutDialog dialog;
        QGuiApplication::clipboard()->clear();
        dialog.copyButton()->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, dialog.versionText());
        const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("License Usage Explorer " LUE_VERSION));
        QVERIFY(lines.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(lines.last().startsWith(QStringLiteral("System ")));
        QCOMPARE(lines.size(), int(libraryVersions().size()) + 2);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
