// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/environmentnamecache.h>
#include <cluster/environmentsjob.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseCore;

// Environment names per cluster for offline imports.
class TestEnvironmentNameCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perClusterAndMerged();
    void missingOrBrokenFile();
};

namespace {
ClusterEnvironment environment(const QString &id, const QString &name)
{
    ClusterEnvironment result;
    result.id = id;
    result.name = name;
    return result;
}
} // namespace

void TestEnvironmentNameCache::perClusterAndMerged()
{
    QTemporaryDir directory;
    const EnvironmentNameCache cache(directory.filePath(QStringLiteral("sub/names.json")));
    const QDateTime earlier = QDateTime::fromString(QStringLiteral("2026-09-01T00:00:00Z"), Qt::ISODate);
    const QDateTime later = earlier.addDays(1);
    QVERIFY(!cache
                 .store(QStringLiteral("https://a:443"),
                        {environment(QStringLiteral("e1"), QStringLiteral("One")),
                         environment(QStringLiteral("e2"), QStringLiteral("Two (old)"))},
                        earlier)
                 .isError());
    QVERIFY(!cache
                 .store(QStringLiteral("https://b:443"),
                        {environment(QStringLiteral("e2"), QStringLiteral("Two")),
                         environment(QStringLiteral("e3"), QStringLiteral("Three"))},
                        later)
                 .isError());
    QCOMPARE(cache.environmentNames(QStringLiteral("https://a:443")).value(QStringLiteral("e2")),
             QStringLiteral("Two (old)"));
    const QHash<QString, QString> merged = cache.environmentNames();
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.value(QStringLiteral("e2")), QStringLiteral("Two")); // the newer cluster entry wins
    QCOMPARE(cache.environmentNames(QStringLiteral("https://unknown:443")), (QHash<QString, QString>()));

    // Replacing a cluster's names drops the old ones.
    QVERIFY(
        !cache
             .store(QStringLiteral("https://a:443"), {environment(QStringLiteral("e9"), QStringLiteral("Nine"))}, later)
             .isError());
    QCOMPARE(cache.environmentNames(QStringLiteral("https://a:443")).keys(), QStringList{QStringLiteral("e9")});
    QCOMPARE(cache.clusters().size(), 2);
}

void TestEnvironmentNameCache::missingOrBrokenFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("names.json"));
    QVERIFY(EnvironmentNameCache(path).environmentNames().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    const EnvironmentNameCache cache(path);
    QVERIFY(cache.environmentNames().isEmpty());
    QVERIFY(!cache.store(QStringLiteral("k"), {environment(QStringLiteral("e1"), QStringLiteral("One"))}).isError());
    QCOMPARE(cache.environmentNames().value(QStringLiteral("e1")), QStringLiteral("One"));
}

QTEST_GUILESS_MAIN(TestEnvironmentNameCache)
#include "tst_environmentnamecache.moc"
