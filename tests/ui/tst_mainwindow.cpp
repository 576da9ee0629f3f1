// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/exportgenerator.h"
#include "environmenttotalsmodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTotalsOfAnOpenedExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.zip"));
        GeneratorOptions options;
        options.environments = 4;
        options.hosts = 30;
        options.hours = 24;
        QVERIFY(!ExportGenerator(options).writeZipFile(path).isError());

        MainWindow window;
        window.show();
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.openExport(path);
        QVERIFY(changed.wait(20000));

        const UsageStorePtr store = window.store();
        QVERIFY(store);
        QAbstractItemModel *model = window.environmentView()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model->rowCount(), int(store->environmentIds().size()));
        QCOMPARE(model->columnCount(), int(EnvironmentTotalsModel::ColumnCount));

        // The numbers shown are the store's: the host-unit hours of every row add up to the cluster total.
        qint64 milli = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            milli += model->index(row, EnvironmentTotalsModel::HostUnitHoursColumn)
                         .data(EnvironmentTotalsModel::SortRole)
                         .toLongLong();
        QCOMPARE(milli, store->clusterTotal().hostUnitHoursMilli);
        QVERIFY(milli > 0);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("License Usage Explorer — ")));
    }

    void reportsABrokenExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("login.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html>Please log in</html>");
        file.close();

        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::importFailed);
        window.openExport(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("login.zip")));
        QVERIFY(!window.store());
    }

    void opensTheDemoExport()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::storeChanged);
        window.openDemoExport();
        QVERIFY(changed.wait(60000));
        QVERIFY(window.environmentView()->model()->rowCount() >= 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
