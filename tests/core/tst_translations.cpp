// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/translations.h>

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace LicenseCore;

namespace {

// Texts whose translation cannot be the same as the English source: sentences, not units or names.
struct Sample
{
    const char *context;
    const char *source;
};

constexpr Sample Sentences[] = {
    {"LicenseCore::Error", "Network error"},
    {"LicenseCore::ArchiveReader", "The file is empty."},
    {"LicenseCore::ArchiveReader", "The entry is encrypted; exports are never password-protected."},
    {"LicenseCore::HourParser", "the JSON root is not an object"},
    {"LicenseCore::ExportImport", "the import was cancelled"},
    {"LicenseCore::ApiRequest", "The request was cancelled."},
};

// %n texts whose singular and plural differ in German and in French.
constexpr Sample Plurals[] = {
    {"LicenseCore::UsageSnapshotBuilder",
     "%n hourly file(s) lie outside the requested range %1 to %2; they are included"},
    {"LicenseCore::ApiRequest", "Gave up after waiting %n second(s)."},
};

// The text with the count `n` replaced by '#', so that the forms for 1 and 2 compare by their words. Digits of
// placeholders (%1, %2) are left alone.
QString withoutCount(QString text, int n)
{
    return text.replace(QRegularExpression(QStringLiteral("(?<![%\\d])%1(?!\\d)").arg(n)), QStringLiteral("#"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static void install(const QString &language)
    {
        // The translators are children of the application; deleting one uninstalls it.
        qDeleteAll(qApp->findChildren<QTranslator *>());
        installTranslations(*qApp, QLocale(language));
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

private Q_SLOTS:
    void cleanup() { qDeleteAll(qApp->findChildren<QTranslator *>()); }

    void cataloguesAreCompiledIn_data() { addLanguages(); }
    void cataloguesAreCompiledIn()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(":/i18n/license-usage-explorer_%1.qm").arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }

    // Without a catalogue of their own, English speakers get the English plural forms.
    void englishPluralForms()
    {
        install(QStringLiteral("en"));
        const char *context = "LicenseCore::ApiRequest";
        const char *source = "Gave up after waiting %n second(s).";
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1),
                 QStringLiteral("Gave up after waiting 1 second."));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 2),
                 QStringLiteral("Gave up after waiting 2 seconds."));
        QCOMPARE(QCoreApplication::translate("LicenseCore::ByteSize", "%n byte(s)", nullptr, 1),
                 QStringLiteral("1 byte"));
    }

    void sentencesAreTranslated_data() { addLanguages(); }
    void sentencesAreTranslated()
    {
        QFETCH(QString, language);
        install(language);
        QStringList untranslated;
        for (const Sample &sample : Sentences) {
            const QString source = QString::fromUtf8(sample.source);
            const QString text = QCoreApplication::translate(sample.context, sample.source);
            if (text.isEmpty() || text == source)
                untranslated.append(QStringLiteral("%1: \"%2\"").arg(QLatin1String(sample.context), source));
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("not translated into %1:\n    %2")
                                                        .arg(language, untranslated.join(QStringLiteral("\n    ")))));
    }

    void pluralsResolve_data() { addLanguages(); }
    void pluralsResolve()
    {
        QFETCH(QString, language);
        install(language);
        for (const Sample &sample : Plurals) {
            const QString one = QCoreApplication::translate(sample.context, sample.source, nullptr, 1);
            const QString two = QCoreApplication::translate(sample.context, sample.source, nullptr, 2);
            const QString where =
                QStringLiteral("%1: \"%2\" in %3: 1 -> \"%4\", 2 -> \"%5\"")
                    .arg(QLatin1String(sample.context), QString::fromUtf8(sample.source), language, one, two);
            QVERIFY2(!one.contains(QLatin1String("(s)")) && !two.contains(QLatin1String("(s)")), qPrintable(where));
            QVERIFY2(one.contains(QLatin1Char('1')) && two.contains(QLatin1Char('2')), qPrintable(where));
            QVERIFY2(withoutCount(one, 1) != withoutCount(two, 2), qPrintable(where));
        }
    }

    // Qt's own texts and QtKeychain's error messages follow the same language, from where the system keeps them.
    void qtAndKeychainCataloguesFollow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("qtCancel");
        QTest::addColumn<QString>("keychainUnknownError");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen")
                            << QStringLiteral("Unbekannter Fehler");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler") << QStringLiteral("Erreur inconnue");
    }
    void qtAndKeychainCataloguesFollow()
    {
        QFETCH(QString, language);
        QFETCH(QString, qtCancel);
        QFETCH(QString, keychainUnknownError);
        const QString qtFile =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(language);
        if (!QFile::exists(qtFile))
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (Debian package qt6-translations-l10n)").arg(qtFile)));
        install(language);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);

        const QString keychainDirectory =
            QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("qt6keychain/translations"),
                                   QStandardPaths::LocateDirectory);
        if (keychainDirectory.isEmpty())
            QSKIP("QtKeychain's catalogues are not installed");
        QCOMPARE(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "Unknown error"),
                 keychainUnknownError);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
