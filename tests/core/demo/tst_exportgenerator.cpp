// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <demo/exportgenerator.h>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <vector>

using namespace LicenseCore;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 TwoPow53 = qint64(1) << 53;
constexpr qint64 DefaultEndMs = 1790812800000; // 2026-10-01T00:00:00Z

GeneratorOptions smallOptions()
{
    GeneratorOptions options;
    options.seed = 7;
    options.environments = 6;
    options.hosts = 150;
    options.hours = 96;
    return options;
}

struct ZipEntry
{
    QString name;
    QByteArray data;
    QDateTime dateTime;
    quint16 method = 0;
};

std::vector<ZipEntry> readZip(const QByteArray &bytes)
{
    std::vector<ZipEntry> entries;
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        ZipEntry entry{info.name, file.readAll(), info.dateTime, info.method};
        file.close();
        if (file.getZipError() != UNZ_OK) // a CRC mismatch shows here
            return {};
        entries.push_back(std::move(entry));
    }
    return entries;
}

QByteArray zipBytes(const ExportGenerator &generator)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    const Error error = generator.writeZip(&buffer);
    if (error.isError())
        qWarning() << error.message();
    return buffer.data();
}

// The union of [start, end) intervals clipped to the hour.
qint64 coveredMs(std::vector<std::pair<qint64, qint64>> spans, qint64 hourStart)
{
    std::sort(spans.begin(), spans.end());
    qint64 covered = 0;
    qint64 reach = hourStart;
    for (auto [start, end] : spans) {
        start = std::max(start, reach);
        end = std::min(end, hourStart + HourMs);
        if (end > start) {
            covered += end - start;
            reach = end;
        }
    }
    return covered;
}

} // namespace

class TestExportGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultRange();
    void explicitStartIsFlooredToTheHour();
    void environments();
    void determinism();
    void differentSeedDiffers();
    void hourDoesNotDependOnTheRange();
    void hourSchema();
    void timeFrames();
    void hourOutOfRange();
    void smallAndOddOptions_data();
    void smallAndOddOptions();
    void osiIdsAreExact();
    void hostModes();
    void memorySizes();
    void environmentChurn();
    void hostChurn();
    void customMetricsNullSomewhere();
    void syntheticMonitorTypes();
    void davisDataUnits();
    void activityRecords();
    void dailyCurve();
    void nestedLayout();
    void flatLayout();
    void progressReportsEveryHour();
    void writeZipFile();
    void writeZipFileFailureLeavesNoFile();
    void writeZipFileFailureKeepsExistingFile();
    void writeZipRejectsUnusableDevice();

private:
    std::unique_ptr<ExportGenerator> m_generator;
    QList<QByteArray> m_rawHours;
    QList<QJsonObject> m_hours;
};

void TestExportGenerator::initTestCase()
{
    m_generator = std::make_unique<ExportGenerator>(smallOptions());
    for (int h = 0; h < smallOptions().hours; ++h) {
        const QByteArray raw = m_generator->hourJson(h);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY(document.isObject());
        m_rawHours.append(raw);
        m_hours.append(document.object());
    }
}

void TestExportGenerator::defaultRange()
{
    QCOMPARE(m_hours.first().value(u"timeFrameStart").toInteger(), DefaultEndMs - 96 * HourMs);
    QCOMPARE(m_hours.last().value(u"timeFrameEnd").toInteger(), DefaultEndMs);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY(uuid.match(m_generator->clusterUuid()).hasMatch());
    QCOMPARE(m_hours.first().value(u"clusterUuid").toString(), m_generator->clusterUuid());
}

void TestExportGenerator::explicitStartIsFlooredToTheHour()
{
    GeneratorOptions options = smallOptions();
    options.hours = 3;
    options.startMs = 1767225600000 + 17 * HourMs + 1234; // 2026-01-01T17:00:01.234Z
    const ExportGenerator generator(options);
    const QJsonObject first = QJsonDocument::fromJson(generator.hourJson(0)).object();
    QCOMPARE(first.value(u"timeFrameStart").toInteger(), 1767225600000 + 17 * HourMs);
    QCOMPARE(generator.options().startMs, 1767225600000 + 17 * HourMs);
    // The effective options reproduce the export.
    QCOMPARE(m_generator->options().startMs, DefaultEndMs - 96 * HourMs);
    QCOMPARE(ExportGenerator(m_generator->options()).hourJson(5), m_rawHours.at(5));
}

void TestExportGenerator::environments()
{
    const QList<GeneratedEnvironment> environments = m_generator->environments();
    QCOMPARE(environments.size(), 6);
    QSet<QString> ids;
    QSet<QString> names;
    int trial = 0;
    int disabled = 0;
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    for (const GeneratedEnvironment &env : environments) {
        QVERIFY2(uuid.match(env.id).hasMatch(), qPrintable(env.id));
        QVERIFY(!env.name.isEmpty());
        QVERIFY(env.state == u"ENABLED" || env.state == u"DISABLED");
        ids.insert(env.id);
        names.insert(env.name);
        trial += env.trial ? 1 : 0;
        disabled += env.state == u"DISABLED" ? 1 : 0;
    }
    QCOMPARE(ids.size(), 6);
    QCOMPARE(names.size(), 6);
    QCOMPARE(trial, 1);
    QCOMPARE(disabled, 1);
    QCOMPARE(environments.first().name, QStringLiteral("Production EMEA"));

    // More environments than names: suffixed, still unique.
    GeneratorOptions many = smallOptions();
    many.environments = 40;
    many.hosts = 60;
    many.hours = 2;
    const ExportGenerator big(many);
    QSet<QString> bigNames;
    for (const GeneratedEnvironment &env : big.environments())
        bigNames.insert(env.name);
    QCOMPARE(bigNames.size(), 40);
    QVERIFY(bigNames.contains(QStringLiteral("Staging 2")));
}

void TestExportGenerator::determinism()
{
    const ExportGenerator a(smallOptions());
    const ExportGenerator b(smallOptions());
    QCOMPARE(a.clusterUuid(), b.clusterUuid());
    for (int h : {0, 1, 47, 95})
        QCOMPARE(a.hourJson(h), b.hourJson(h));
    // Random access gives the same text as sequential generation.
    QCOMPARE(a.hourJson(47), m_rawHours.at(47));

    const QByteArray first = zipBytes(a);
    QVERIFY(!first.isEmpty());
    QCOMPARE(zipBytes(b), first);
    QCOMPARE(zipBytes(a), first);

    GeneratorOptions flat = smallOptions();
    flat.nested = false;
    QCOMPARE(zipBytes(ExportGenerator(flat)), zipBytes(ExportGenerator(flat)));
}

void TestExportGenerator::differentSeedDiffers()
{
    GeneratorOptions other = smallOptions();
    other.seed = 8;
    const ExportGenerator generator(other);
    QVERIFY(generator.clusterUuid() != m_generator->clusterUuid());
    QVERIFY(generator.hourJson(0) != m_rawHours.at(0));
    QVERIFY(zipBytes(generator) != zipBytes(*m_generator));
}

void TestExportGenerator::hourDoesNotDependOnTheRange()
{
    // The demo cluster serves /hour with a one-hour generator and ZIPs with the requested range: the same
    // hour must read the same in both.
    const qint64 hour = m_hours.at(50).value(u"timeFrameStart").toInteger();
    GeneratorOptions single = smallOptions();
    single.startMs = hour;
    single.hours = 1;
    QCOMPARE(ExportGenerator(single).hourJson(0), m_rawHours.at(50));

    GeneratorOptions longer = smallOptions();
    longer.startMs = hour - 700 * HourMs;
    longer.hours = 800;
    const ExportGenerator longerGenerator(longer);
    QCOMPARE(longerGenerator.hourJson(700), m_rawHours.at(50));
    QCOMPARE(longerGenerator.hourJson(745), m_rawHours.at(95));
}

void TestExportGenerator::hourSchema()
{
    for (const QJsonObject &hour : std::as_const(m_hours)) {
        QVERIFY(hour.value(u"clusterUuid").isString());
        QVERIFY(hour.value(u"timeFrameStart").isDouble());
        QVERIFY(hour.value(u"timeFrameEnd").isDouble());
        const QJsonArray entries = hour.value(u"environmentBillingEntries").toArray();
        QVERIFY(!entries.isEmpty());
        for (const QJsonValue &entryValue : entries) {
            const QJsonObject env = entryValue.toObject();
            QVERIFY(env.value(u"environmentUuid").isString());
            for (const char *key :
                 {"visits", "mobileSessions", "sessionReplays", "mobileSessionReplays", "totalRUMUserPropertiesUsed",
                  "logStorageUsageBytes", "logUploadVolumeBytes", "newProblems"}) {
                const QJsonValue value = env.value(QLatin1String(key));
                QVERIFY2(value.isDouble(), key);
                QVERIFY2(value.toInteger(-1) >= 0, key);
            }
            QVERIFY(env.value(u"sessionReplays").toInteger() <= env.value(u"visits").toInteger());
            for (const char *key : {"trial", "internalUse", "highAvailabilityCluster"})
                QVERIFY2(env.value(QLatin1String(key)).isBool(), key);
            for (const char *key :
                 {"hostUsages", "syntheticBillingUsage", "davisDataUnits", "downloads", "syntheticUsages"})
                QVERIFY2(env.value(QLatin1String(key)).isArray(), key);
            QVERIFY(env.value(u"customMetrics").isArray() || env.value(u"customMetrics").isNull());
            for (const QJsonValue &metric : env.value(u"customMetrics").toArray()) {
                QVERIFY(metric.toObject().value(u"source").isString());
                QVERIFY(metric.toObject().value(u"total").toInteger(-1) >= 0);
            }
            for (const QJsonValue &pool : env.value(u"davisDataUnits").toArray()) {
                QVERIFY(pool.toObject().value(u"pool").isString());
                QVERIFY(pool.toObject().value(u"total").isDouble());
                QVERIFY(pool.toObject().value(u"total").toDouble() > 0);
            }
            for (const QJsonValue &monitorValue : env.value(u"syntheticBillingUsage").toArray()) {
                const QJsonObject monitor = monitorValue.toObject();
                QVERIFY(monitor.value(u"testId").toInteger(-1) > 0);
                QVERIFY(monitor.value(u"publicExecutions").toInteger(-1) >= 0);
                QVERIFY(monitor.value(u"privateExecutions").toInteger(-1) >= 0);
            }
            for (const QJsonValue &hostValue : env.value(u"hostUsages").toArray()) {
                const QJsonObject host = hostValue.toObject();
                QVERIFY(host.value(u"osiId").isDouble());
                QVERIFY(host.value(u"hostName").isNull());
                QVERIFY(host.value(u"hostCategory").isString());
                QVERIFY(host.value(u"infrastructureOnly").isBool());
                QVERIFY(host.value(u"paas").isBool());
                QVERIFY(host.value(u"hostMemoryBytes").toInteger(-1) > 0);
                QVERIFY(host.value(u"passMemoryLimit").isDouble() || host.value(u"passMemoryLimit").isNull());
                QVERIFY(host.value(u"vendorTypeId").isDouble() || host.value(u"vendorTypeId").isNull());
                QVERIFY(host.value(u"premiumLogAnalytics").isBool());
                QVERIFY(host.value(u"hasContainers").isBool());
                QVERIFY(host.value(u"agentUsages").isArray());
                for (const QJsonValue &agentValue : host.value(u"agentUsages").toArray()) {
                    const QJsonObject agent = agentValue.toObject();
                    QVERIFY(agent.value(u"agentId").toInteger(-1) > 0);
                    QVERIFY(agent.value(u"agentTypeId").toInteger(-1) > 0);
                    QVERIFY(agent.value(u"networkTraffic").isNull());
                    QVERIFY(agent.value(u"agentUsageRecords").isArray());
                }
            }
        }
    }
}

void TestExportGenerator::timeFrames()
{
    const qint64 first = DefaultEndMs - 96 * HourMs;
    for (int h = 0; h < m_hours.size(); ++h) {
        QCOMPARE(m_hours.at(h).value(u"timeFrameStart").toInteger(), first + h * HourMs);
        QCOMPARE(m_hours.at(h).value(u"timeFrameEnd").toInteger(), first + (h + 1) * HourMs);
    }
}

void TestExportGenerator::hourOutOfRange()
{
    QVERIFY(m_generator->hourJson(-1).isEmpty());
    QVERIFY(m_generator->hourJson(96).isEmpty());
}

void TestExportGenerator::smallAndOddOptions_data()
{
    QTest::addColumn<int>("environments");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("expectedEntriesInFirstHour");
    QTest::newRow("no environments") << 0 << 10 << 2 << 0;
    // The default ranges end on 2026-10-01, after the disabled environment stopped (one entry fewer).
    QTest::newRow("no hosts") << 3 << 0 << 2 << 2;
    QTest::newRow("one environment") << 1 << 5 << 3 << 1;
    QTest::newRow("fewer hosts than environments") << 9 << 4 << 4 << 8;
    QTest::newRow("one hour") << 6 << 50 << 1 << 5;
    QTest::newRow("negative counts") << -3 << -5 << 1 << 0;
}

void TestExportGenerator::smallAndOddOptions()
{
    QFETCH(int, environments);
    QFETCH(int, hosts);
    QFETCH(int, hours);
    QFETCH(int, expectedEntriesInFirstHour);
    GeneratorOptions options;
    options.environments = environments;
    options.hosts = hosts;
    options.hours = hours;
    const ExportGenerator generator(options);
    QCOMPARE(generator.environments().size(), std::max(0, environments));
    QJsonParseError parseError;
    const QJsonDocument first = QJsonDocument::fromJson(generator.hourJson(0), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(first.object().value(u"environmentBillingEntries").toArray().size(), expectedEntriesInFirstHour);
    const std::vector<ZipEntry> outer = readZip(zipBytes(generator));
    QCOMPARE(outer.size(), std::size_t(3));
    QCOMPARE(readZip(outer.front().data).size(), std::size_t(std::max(1, hours)));
}

void TestExportGenerator::osiIdsAreExact()
{
    static const QRegularExpression osiPattern(QStringLiteral("\"osiId\":(-?[0-9]+)"));
    int beyond = 0;
    int negativeBeyond = 0;
    int within = 0;
    for (int h = 0; h < m_hours.size(); h += 12) {
        QStringList rawIds;
        for (const QRegularExpressionMatch &match : osiPattern.globalMatch(QString::fromUtf8(m_rawHours.at(h))))
            rawIds.append(match.captured(1));
        QStringList parsedIds;
        for (const QJsonValue &env : m_hours.at(h).value(u"environmentBillingEntries").toArray()) {
            for (const QJsonValue &host : env.toObject().value(u"hostUsages").toArray()) {
                const qint64 id = host.toObject().value(u"osiId").toInteger();
                parsedIds.append(QString::number(id));
                if (id >= TwoPow53 || id <= -TwoPow53) {
                    ++beyond;
                    negativeBeyond += id < 0 ? 1 : 0;
                } else {
                    ++within;
                }
            }
        }
        // QJsonValue keeps 64-bit integers exact in Qt 6: the text round-trips digit for digit.
        QCOMPARE(parsedIds, rawIds);
    }
    QVERIFY(beyond > 100);
    QVERIFY(negativeBeyond > 20);
    QVERIFY(beyond - negativeBeyond > 20);
    QVERIFY(within > 0); // a few small ids as well
}

void TestExportGenerator::hostModes()
{
    int fullStack = 0;
    int infrastructure = 0;
    int paasWithLimit = 0;
    int paasWithoutLimit = 0;
    int osModules = 0;
    int withContainers = 0;
    for (const QJsonObject &hour : std::as_const(m_hours)) {
        for (const QJsonValue &env : hour.value(u"environmentBillingEntries").toArray()) {
            for (const QJsonValue &hostValue : env.toObject().value(u"hostUsages").toArray()) {
                const QJsonObject host = hostValue.toObject();
                const bool paas = host.value(u"paas").toBool();
                const bool infra = host.value(u"infrastructureOnly").toBool();
                QVERIFY(!(paas && infra));
                if (paas) {
                    const qint64 limit = host.value(u"passMemoryLimit").toInteger();
                    QVERIFY(limit >= 0);
                    (limit > 0 ? paasWithLimit : paasWithoutLimit) += 1;
                } else {
                    (infra ? infrastructure : fullStack) += 1;
                }
                withContainers += host.value(u"hasContainers").toBool() ? 1 : 0;
                for (const QJsonValue &agent : host.value(u"agentUsages").toArray())
                    osModules += agent.toObject().value(u"agentTypeId").toInteger() == 1 ? 1 : 0;
            }
        }
    }
    const int total = fullStack + infrastructure + paasWithLimit + paasWithoutLimit;
    QVERIFY(paasWithLimit > 0);
    QVERIFY(paasWithoutLimit > 0);
    // Roughly 65 / 25 / 10.
    QVERIFY2(fullStack * 100 / total >= 50 && fullStack * 100 / total <= 80, qPrintable(QString::number(fullStack)));
    QVERIFY(infrastructure * 100 / total >= 12 && infrastructure * 100 / total <= 38);
    QVERIFY((paasWithLimit + paasWithoutLimit) * 100 / total >= 3);
    QVERIFY(osModules > 0);
    QVERIFY(withContainers > 0);
}

void TestExportGenerator::memorySizes()
{
    GeneratorOptions options = smallOptions();
    options.hosts = 2000;
    options.hours = 1;
    const ExportGenerator generator(options);
    const QJsonObject hour = QJsonDocument::fromJson(generator.hourJson(0)).object();
    QSet<qint64> sizes;
    for (const QJsonValue &env : hour.value(u"environmentBillingEntries").toArray()) {
        for (const QJsonValue &host : env.toObject().value(u"hostUsages").toArray())
            sizes.insert(host.toObject().value(u"hostMemoryBytes").toInteger());
    }
    constexpr qint64 GiB = qint64(1) << 30;
    for (const qint64 boundary : {qint64(1717986918), qint64(1717986919), 4 * GiB, 4 * GiB + 1, 8 * GiB, 8 * GiB + 1,
                                  16 * GiB, 16 * GiB + 1, 32 * GiB, 64 * GiB, 128 * GiB, 256 * GiB})
        QVERIFY2(sizes.contains(boundary), qPrintable(QString::number(boundary)));
    QVERIFY(sizes.size() > 50);
}

void TestExportGenerator::environmentChurn()
{
    QString trialId;
    QString disabledId;
    for (const GeneratedEnvironment &env : m_generator->environments()) {
        if (env.trial)
            trialId = env.id;
        if (env.state == u"DISABLED")
            disabledId = env.id;
    }
    std::vector<bool> disabledPresent;
    int trialHours = 0;
    for (const QJsonObject &hour : std::as_const(m_hours)) {
        bool present = false;
        for (const QJsonValue &envValue : hour.value(u"environmentBillingEntries").toArray()) {
            const QJsonObject env = envValue.toObject();
            const QString id = env.value(u"environmentUuid").toString();
            present = present || id == disabledId;
            if (id == trialId) {
                QVERIFY(env.value(u"trial").toBool());
                ++trialHours;
            } else {
                QVERIFY(!env.value(u"trial").toBool());
            }
        }
        disabledPresent.push_back(present);
    }
    QVERIFY(trialHours > 0);
    QVERIFY(disabledPresent.front());
    QVERIFY(!disabledPresent.back());
    // Once gone, it stays gone.
    const auto firstAbsent = std::find(disabledPresent.begin(), disabledPresent.end(), false);
    QVERIFY(std::find(firstAbsent, disabledPresent.end(), true) == disabledPresent.end());
}

void TestExportGenerator::hostChurn()
{
    std::map<qint64, int> hoursPerHost;
    QSet<qint64> firstHourHosts;
    QSet<qint64> lastHourHosts;
    for (int h = 0; h < m_hours.size(); ++h) {
        for (const QJsonValue &env : m_hours.at(h).value(u"environmentBillingEntries").toArray()) {
            for (const QJsonValue &host : env.toObject().value(u"hostUsages").toArray()) {
                const qint64 id = host.toObject().value(u"osiId").toInteger();
                ++hoursPerHost[id];
                if (h == 0)
                    firstHourHosts.insert(id);
                if (h == m_hours.size() - 1)
                    lastHourHosts.insert(id);
            }
        }
    }
    int shortLived = 0;
    int wholeRange = 0;
    for (const auto &[id, hours] : hoursPerHost) {
        shortLived += hours <= 12 ? 1 : 0;
        wholeRange += hours == int(m_hours.size()) ? 1 : 0;
    }
    QVERIFY(shortLived > 5);
    QVERIFY(wholeRange > 50);
    QVERIFY(firstHourHosts != lastHourHosts);
    QVERIFY(!(lastHourHosts - firstHourHosts).isEmpty()); // hosts that joined
    QVERIFY(!(firstHourHosts - lastHourHosts).isEmpty()); // hosts that left
}

void TestExportGenerator::customMetricsNullSomewhere()
{
    int nulls = 0;
    int lists = 0;
    for (const QJsonValue &env : m_hours.last().value(u"environmentBillingEntries").toArray()) {
        const QJsonValue metrics = env.toObject().value(u"customMetrics");
        (metrics.isNull() ? nulls : lists) += 1;
    }
    QVERIFY(nulls > 0);
    QVERIFY(lists > 0);
}

void TestExportGenerator::syntheticMonitorTypes()
{
    QSet<qint64> types;
    qint64 executions = 0;
    for (const QJsonValue &env : m_hours.first().value(u"environmentBillingEntries").toArray()) {
        for (const QJsonValue &monitor : env.toObject().value(u"syntheticBillingUsage").toArray()) {
            types.insert(monitor.toObject().value(u"monitorTypeId").toInteger());
            executions += monitor.toObject().value(u"publicExecutions").toInteger() +
                          monitor.toObject().value(u"privateExecutions").toInteger();
        }
    }
    QCOMPARE(types, (QSet<qint64>{1, 2}));
    QVERIFY(executions > 0);
}

void TestExportGenerator::davisDataUnits()
{
    QSet<QString> pools;
    int fractional = 0;
    int environmentsMissingAPool = 0;
    for (const QJsonValue &env : m_hours.at(10).value(u"environmentBillingEntries").toArray()) {
        const QJsonArray ddu = env.toObject().value(u"davisDataUnits").toArray();
        environmentsMissingAPool += ddu.size() < 5 ? 1 : 0;
        for (const QJsonValue &pool : ddu) {
            pools.insert(pool.toObject().value(u"pool").toString());
            const double total = pool.toObject().value(u"total").toDouble();
            fractional += total != std::floor(total) ? 1 : 0;
        }
    }
    QCOMPARE(pools, (QSet<QString>{QStringLiteral("Metrics"), QStringLiteral("Log"), QStringLiteral("Events"),
                                   QStringLiteral("Traces"), QStringLiteral("Serverless")}));
    QVERIFY(fractional > 0);
    QVERIFY(environmentsMissingAPool > 0);
}

void TestExportGenerator::activityRecords()
{
    int underFiveMinutes = 0;
    int overlapping = 0;
    int withoutRecords = 0;
    int partial = 0;
    int wholeHour = 0;
    for (const QJsonObject &hour : std::as_const(m_hours)) {
        const qint64 start = hour.value(u"timeFrameStart").toInteger();
        for (const QJsonValue &env : hour.value(u"environmentBillingEntries").toArray()) {
            for (const QJsonValue &hostValue : env.toObject().value(u"hostUsages").toArray()) {
                std::vector<std::pair<qint64, qint64>> spans;
                bool overlap = false;
                for (const QJsonValue &agent : hostValue.toObject().value(u"agentUsages").toArray()) {
                    qint64 previousEnd = std::numeric_limits<qint64>::min();
                    for (const QJsonValue &recordValue : agent.toObject().value(u"agentUsageRecords").toArray()) {
                        const QJsonObject record = recordValue.toObject();
                        const qint64 from = record.value(u"startTime").toInteger();
                        const qint64 to = record.value(u"endTime").toInteger();
                        QVERIFY(from >= start && to <= start + HourMs && from < to);
                        overlap = overlap || from < previousEnd;
                        previousEnd = to;
                        spans.emplace_back(from, to);
                    }
                }
                if (spans.empty()) {
                    ++withoutRecords;
                    continue;
                }
                overlapping += overlap ? 1 : 0;
                const qint64 covered = coveredMs(spans, start);
                if (covered < 5 * 60 * 1000)
                    ++underFiveMinutes;
                else if (covered < HourMs)
                    ++partial;
                else
                    ++wholeHour;
            }
        }
    }
    QVERIFY(underFiveMinutes > 0);
    QVERIFY(overlapping > 0);
    QVERIFY(withoutRecords > 0);
    QVERIFY(partial > 0);
    QVERIFY(wholeHour > 10 * (underFiveMinutes + partial + withoutRecords));
}

void TestExportGenerator::dailyCurve()
{
    // The primary environment (EMEA, UTC+1) on a weekday: noon is far busier than four in the morning.
    const QString primary = m_generator->environments().first().id;
    std::map<qint64, qint64> visitsByHour;
    for (const QJsonObject &hour : std::as_const(m_hours)) {
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(hour.value(u"timeFrameStart").toInteger(), QTimeZone::utc());
        if (start.date().dayOfWeek() >= 6)
            continue;
        for (const QJsonValue &env : hour.value(u"environmentBillingEntries").toArray()) {
            if (env.toObject().value(u"environmentUuid").toString() == primary)
                visitsByHour[start.time().hour()] += env.toObject().value(u"visits").toInteger();
        }
    }
    QVERIFY(visitsByHour[11] > 3 * visitsByHour[3]);
    QVERIFY(visitsByHour[3] > 0);
}

void TestExportGenerator::nestedLayout()
{
    const QByteArray bytes = zipBytes(*m_generator);
    const std::vector<ZipEntry> outer = readZip(bytes);
    QCOMPARE(outer.size(), std::size_t(3));
    const QString cluster = m_generator->clusterUuid();
    const qint64 start = DefaultEndMs - 96 * HourMs;
    const QString innerName = QStringLiteral("billingRecords_%1_%2_%3.zip").arg(cluster).arg(start).arg(DefaultEndMs);
    QCOMPARE(outer.at(0).name, innerName);
    QCOMPARE(outer.at(0).method, quint16(8)); // deflated
    QCOMPARE(outer.at(1).name, innerName + QStringLiteral(".sig"));
    QCOMPARE(outer.at(1).data.size(), 256);
    QCOMPARE(outer.at(2).name, QStringLiteral("export.log"));
    const QString log = QString::fromUtf8(outer.at(2).data);
    QVERIFY(log.contains(cluster));
    QVERIFY(log.contains(QStringLiteral("2026-09-27T00:00:00Z")));
    QVERIFY(log.contains(QStringLiteral("96 files")));
    QVERIFY(log.count(QLatin1Char('\n')) >= 5);

    const std::vector<ZipEntry> inner = readZip(outer.at(0).data);
    QCOMPARE(inner.size(), std::size_t(96));
    for (int h = 0; h < 96; ++h) {
        const ZipEntry &entry = inner.at(std::size_t(h));
        QCOMPARE(entry.name, QStringLiteral("%1_%2.json").arg(cluster).arg(start + h * HourMs));
        QCOMPARE(entry.method, quint16(8));
        QCOMPARE(entry.data, m_rawHours.at(h));
        // A fixed timestamp: the end of the hour, in UTC fields.
        QCOMPARE(entry.dateTime.date(),
                 QDateTime::fromMSecsSinceEpoch(start + (h + 1) * HourMs, QTimeZone::utc()).date());
    }
}

void TestExportGenerator::flatLayout()
{
    GeneratorOptions options = smallOptions();
    options.nested = false;
    options.hours = 5;
    const ExportGenerator generator(options);
    const std::vector<ZipEntry> entries = readZip(zipBytes(generator));
    QCOMPARE(entries.size(), std::size_t(5));
    for (int h = 0; h < 5; ++h) {
        QVERIFY(entries.at(std::size_t(h)).name.endsWith(QStringLiteral(".json")));
        QCOMPARE(entries.at(std::size_t(h)).data, generator.hourJson(h));
    }
}

void TestExportGenerator::progressReportsEveryHour()
{
    GeneratorOptions options = smallOptions();
    options.hours = 7;
    for (const bool nested : {true, false}) {
        options.nested = nested;
        QList<int> calls;
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        const Error error = ExportGenerator(options).writeZip(&buffer, [&calls](int done) { calls.append(done); });
        QVERIFY(!error.isError());
        QCOMPARE(calls, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
    }
}

void TestExportGenerator::writeZipFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    GeneratorOptions options = smallOptions();
    options.hours = 6;
    const ExportGenerator generator(options);
    const Error error = generator.writeZipFile(path);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), zipBytes(generator));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.zip")});
}

void TestExportGenerator::writeZipFileFailureLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/export.zip"));
    const Error error = m_generator->writeZipFile(path);
    QCOMPARE(error.code, ErrorCode::FileUnwritable);
    QCOMPARE(error.where, path);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestExportGenerator::writeZipFileFailureKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous export");
    }
    GeneratorOptions options = smallOptions();
    options.hours = 0; // rejected after the save file was opened
    const Error error = ExportGenerator(options).writeZipFile(path);
    QCOMPARE(error.code, ErrorCode::InvalidArgument);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.zip")});
}

void TestExportGenerator::writeZipRejectsUnusableDevice()
{
    QBuffer closed;
    QCOMPARE(m_generator->writeZip(&closed).code, ErrorCode::InvalidArgument);
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QCOMPARE(m_generator->writeZip(&readOnly).code, ErrorCode::InvalidArgument);
    QCOMPARE(m_generator->writeZip(nullptr).code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestExportGenerator)
#include "tst_exportgenerator.moc"
