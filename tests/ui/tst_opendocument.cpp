// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The open document: what it holds and what changed() promises.

#include "opendocument.h"

#include <QSignalSpy>
#include <QTest>
#include <usage/hoursummary.h>
#include <usage/usagesnapshotbuilder.h>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 FirstHourMs = 1790812800000; // 2026-10-01T00:00:00Z

// One hour per environment, each with one Full-Stack host of 16 GiB (1 host unit), read from `fileName`.
UsageSnapshotPtr snapshotOf(const QStringList &environments, const QString &fileName)
{
    UsageSnapshotBuilder builder;
    HourRecord record;
    record.timeFrameStartMs = FirstHourMs;
    record.timeFrameEndMs = FirstHourMs + HourMs;
    qint64 osiId = 1;
    for (const QString &id : environments) {
        EnvironmentHour environment;
        environment.environmentId = id;
        HostHour host;
        host.osiId = osiId++;
        host.hostMemoryBytes = 16 * GiB;
        environment.hosts.push_back(host);
        record.environments.push_back(std::move(environment));
    }
    builder.add(summarizeHour(std::move(record), RuleSettings()), fileName);
    ArchiveInfo archive;
    archive.layout = ArchiveInfo::Layout::SingleJson;
    archive.path = fileName;
    builder.setArchiveInfo(archive);
    return builder.build();
}

ClusterLicense licenseWithHostUnits(double quota)
{
    ClusterLicense license;
    license.hostUnits.present = true;
    license.hostUnits.quota = quota;
    return license;
}

} // namespace

class TestOpenDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        const OpenDocument document;
        QVERIFY(!document.snapshot());
        QVERIFY(document.exportPath().isEmpty());
        QVERIFY(!document.expectedRange());
        QVERIFY(document.environmentNames().isEmpty());
        QVERIFY(!document.license());
    }

    void openKeepsNamesAndLicense()
    {
        OpenDocument document;
        QSignalSpy changed(&document, &OpenDocument::changed);
        document.addEnvironmentNames({{QStringLiteral("env-1"), QStringLiteral("Production")}});
        document.setLicense(licenseWithHostUnits(50));
        QCOMPARE(changed.size(), 2);

        const UsageSnapshotPtr first = snapshotOf({QStringLiteral("env-1")}, QStringLiteral("first.json"));
        const HourRange asked{FirstHourMs - HourMs, FirstHourMs};
        document.open(first, QStringLiteral("/exports/first.zip"), asked);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(document.snapshot(), first);
        QCOMPARE(document.exportPath(), QStringLiteral("/exports/first.zip"));
        QCOMPARE(document.expectedRange(), std::optional<HourRange>(asked));

        // Another export opened offline: no hours were asked; names and license stay.
        const UsageSnapshotPtr second = snapshotOf({QStringLiteral("env-2")}, QStringLiteral("second.json"));
        document.open(second, QStringLiteral("/exports/second.json"));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(document.snapshot(), second);
        QCOMPARE(document.exportPath(), QStringLiteral("/exports/second.json"));
        QVERIFY(!document.expectedRange());
        QCOMPARE(document.environmentNames().value(QStringLiteral("env-1")), QStringLiteral("Production"));
        QVERIFY(document.license());
        QCOMPARE(document.license()->hostUnits.quota, 50.0);
    }

    void addEnvironmentNames_data()
    {
        QTest::addColumn<EnvironmentNames>("added");
        QTest::addColumn<bool>("changes");
        QTest::addColumn<EnvironmentNames>("expected");

        const QString a = QStringLiteral("env-a");
        const QString b = QStringLiteral("env-b");
        const QString alpha = QStringLiteral("Alpha");
        // The document knows a = Alpha before each row.
        QTest::newRow("nothing") << EnvironmentNames() << false << EnvironmentNames{{a, alpha}};
        QTest::newRow("known already") << EnvironmentNames{{a, alpha}} << false << EnvironmentNames{{a, alpha}};
        QTest::newRow("new id") << EnvironmentNames{{b, QStringLiteral("Beta")}} << true
                                << EnvironmentNames{{a, alpha}, {b, QStringLiteral("Beta")}};
        QTest::newRow("renamed") << EnvironmentNames{{a, QStringLiteral("Alpha 2")}} << true
                                 << EnvironmentNames{{a, QStringLiteral("Alpha 2")}};
        QTest::newRow("one known, one new") << EnvironmentNames{{a, alpha}, {b, QStringLiteral("Beta")}} << true
                                            << EnvironmentNames{{a, alpha}, {b, QStringLiteral("Beta")}};
    }

    void addEnvironmentNames()
    {
        QFETCH(EnvironmentNames, added);
        QFETCH(bool, changes);
        QFETCH(EnvironmentNames, expected);
        OpenDocument document;
        document.addEnvironmentNames({{QStringLiteral("env-a"), QStringLiteral("Alpha")}});
        QSignalSpy changed(&document, &OpenDocument::changed);
        document.addEnvironmentNames(added);
        QCOMPARE(changed.size(), changes ? 1 : 0);
        QCOMPARE(document.environmentNames(), expected);
    }
};

QTEST_MAIN(TestOpenDocument)
#include "tst_opendocument.moc"
