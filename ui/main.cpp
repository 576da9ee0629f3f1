// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <application/appsettings.h>
#include <common/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The names first: they say which settings file holds the language to show.
    QApplication::setApplicationName(QStringLiteral("License Usage Explorer"));
    QApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorer"));
    QApplication::setApplicationVersion(QStringLiteral(LUE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.license_usage_explorer"));
    const LicenseCore::AppSettings settings = LicenseCore::loadAppSettings(QSettings());
    LicenseCore::installTranslations(app, LicenseCore::uiLocale(settings.language));
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
    const QCommandLineOption dataFolderOption(
        QStringLiteral("data-folder"),
        QApplication::translate("main", "Keep downloaded exports in <folder> for this run, instead of the folder "
                                        "of the settings."),
        QApplication::translate("main", "folder"));
    parser.addOption(dataFolderOption);
    parser.addPositionalArgument(QStringLiteral("export"),
                                 QApplication::translate("main", "An export ZIP or JSON file to open."),
                                 QStringLiteral("[export]"));
    parser.process(app);

    LicenseUi::MainWindow::Options options;
    options.demo = parser.isSet(demoOption);
    if (parser.isSet(dataFolderOption))
        options.dataFolder = QDir::cleanPath(QFileInfo(parser.value(dataFolderOption)).absoluteFilePath());
    LicenseUi::MainWindow window(options);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openExport(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());
    return QApplication::exec();
}
