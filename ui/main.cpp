// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LicenseCore::installTranslations(app);
    QApplication::setApplicationName(QStringLiteral("License Usage Explorer"));
    QApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorer"));
    QApplication::setApplicationVersion(QStringLiteral(LUE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.license_usage_explorer"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.license_usage_explorer")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore Dynatrace Managed license consumption exports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the built-in demo cluster and select it, so Download works without "
                                        "a real cluster."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("export"),
                                 QApplication::translate("main", "An export ZIP or JSON file to open."),
                                 QStringLiteral("[export]"));
    parser.process(app);

    LicenseUi::MainWindow::Options options;
    options.demo = parser.isSet(demoOption);
    LicenseUi::MainWindow window(options);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openExport(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());
    return QApplication::exec();
}
