// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/translations.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace LicenseCore {

namespace {

bool installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &catalogue, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, catalogue, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const QString ownDirectory = QStringLiteral(":/i18n");
    const QString ownCatalogue = QStringLiteral("license-usage-explorer");
    // Without a catalogue for the language the English source texts are shown, so they get the English
    // catalogue: it holds only plural forms, which turn "%n hour(s)" into "1 hour" and "2 hours".
    if (!installCatalogue(app, locale, ownCatalogue, ownDirectory))
        installCatalogue(app, QLocale(QLocale::English), ownCatalogue, ownDirectory);

    installCatalogue(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // QtKeychain's error messages reach the user; it keeps its catalogues in <datadir>/qt6keychain/translations.
    const QStringList keychainDirectories =
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("qt6keychain/translations"),
                                  QStandardPaths::LocateDirectory);
    for (const QString &directory : keychainDirectories) {
        if (installCatalogue(app, locale, QStringLiteral("qtkeychain"), directory))
            break;
    }
}

} // namespace LicenseCore
