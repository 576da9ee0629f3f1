// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/savefile.h>
#include <common/timeutil.h>
#include <demo/exportgenerator.h>
#include <usage/hourrecord.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <utility>
#include <vector>

namespace LicenseCore {

namespace {

using Time::HourMs;
using Time::MinuteMs;

constexpr qint64 SecondMs = 1000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 DefaultEndMs = 1790812800000; // 2026-10-01T00:00:00Z
constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;
constexpr quint64 Golden = 0x9e3779b97f4a7c15ULL;
// Host churn is laid out in fixed blocks of absolute hours, so an hour's content does not depend on the
// range it is generated in: /hour and a ZIP covering that hour agree.
constexpr qint64 BlockHours = 256;
// The environments' life events, in absolute time: the trial starts 20 days and the disabled environment
// stops 3.5 days before 2026-10-01, so the default ranges (which end there) show both.
constexpr qint64 DefaultEndHour = DefaultEndMs / HourMs;
constexpr qint64 TrialStartHour = DefaultEndHour - 20 * 24;
constexpr qint64 DisabledEndHour = DefaultEndHour - 84;
constexpr qint64 RumPropertiesStepHour = DefaultEndHour - 10 * 24;

// The splitmix64 finaliser: the whole generator rests on it. Every per-hour value is a hash of a
// model key and the hour, so any hour can be produced alone, in any order and on any thread.
constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 hashOf(quint64 key, quint64 value)
{
    return mix64(key ^ mix64(value + Golden));
}

constexpr qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - (value % divisor != 0 && value < 0 ? 1 : 0);
}

// splitmix64 as a sequence. Integer arithmetic only, so the output does not depend on the platform's
// floating point or libm.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        m_state += Golden;
        return mix64(m_state);
    }
    // Uniform in [lo, hi]; the modulo bias does not matter for synthetic data.
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(next() % quint64(hi - lo + 1));
    }
    bool chance(int permille) { return qint64(next() % 1000) < permille; }

private:
    quint64 m_state;
};

// Compact JSON appended straight into a QByteArray: generating hundreds of megabytes through
// QJsonDocument would be an order of magnitude slower and hold every hour as a DOM.
class JsonOut
{
public:
    explicit JsonOut(QByteArray &out)
        : m_out(out)
    {}

    template<qsizetype N> JsonOut &raw(const char (&text)[N])
    {
        m_out.append(text, N - 1);
        return *this;
    }
    JsonOut &raw(const QByteArray &text)
    {
        m_out.append(text);
        return *this;
    }
    // Exact for the whole qint64 range: osiIds beyond 2^53 must never pass through a double.
    JsonOut &integer(qint64 value)
    {
        std::array<char, 24> buffer{};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
        m_out.append(buffer.data(), result.ptr - buffer.data());
        return *this;
    }
    JsonOut &boolean(bool value) { return value ? raw("true") : raw("false"); }
    JsonOut &string(const QByteArray &text) { return raw("\"").raw(text).raw("\""); }
    // A decimal given in hundred-thousandths, trailing zeros trimmed: 1546369 -> 15.46369, 3100000 -> 31.
    JsonOut &decimal5(qint64 hundredThousandths)
    {
        integer(hundredThousandths / 100000);
        qint64 fraction = hundredThousandths % 100000;
        if (fraction == 0)
            return *this;
        int digits = 5;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        std::array<char, 6> buffer{'.', '0', '0', '0', '0', '0'};
        for (int i = digits; i > 0; --i) {
            buffer[std::size_t(i)] = char('0' + fraction % 10);
            fraction /= 10;
        }
        m_out.append(buffer.data(), digits + 1);
        return *this;
    }

private:
    QByteArray &m_out;
};

QByteArray uuidFrom(Rng &rng)
{
    const QByteArray hex = QByteArray::number(rng.next(), 16).rightJustified(16, '0') +
                           QByteArray::number(rng.next(), 16).rightJustified(16, '0');
    return hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12);
}

// Relative activity per local hour of day, in permille: quiet nights, a morning ramp, a long plateau.
constexpr std::array<qint64, 24> DayCurve = {180, 150, 130, 120,  130, 180, 300, 480, 700, 880, 970, 1000,
                                             960, 950, 990, 1000, 940, 830, 690, 560, 450, 360, 290, 220};

struct MemorySize
{
    qint64 bytes;
    int weight;
};

// Nominal sizes, hypervisor-style sizes a little under the nominal one, and the exact boundaries of the
// host-unit table with one byte more, so the rules are exercised at every edge.
constexpr std::array<MemorySize, 30> MemorySizes = {{
    {512 * MiB, 2},
    {1 * GiB, 3},
    {1717986918, 2}, // 1.6 GiB, the largest size still weighing 0.1
    {1717986919, 1},
    {2 * GiB, 4},
    {4 * GiB - 300 * MiB, 4},
    {4 * GiB, 4},
    {4 * GiB + 1, 1},
    {8538218496, 8}, // a typical "8 GB" machine as reported
    {8 * GiB, 5},
    {8 * GiB + 1, 1},
    {12 * GiB, 4},
    {15 * GiB + 512 * MiB, 8},
    {16 * GiB, 6},
    {16 * GiB + 1, 1},
    {24 * GiB, 4},
    {31 * GiB + 256 * MiB, 6},
    {32 * GiB, 6},
    {32 * GiB + 1, 1},
    {48 * GiB, 3},
    {64 * GiB - 1, 1},
    {64 * GiB, 5},
    {96 * GiB, 2},
    {128 * GiB, 3},
    {192 * GiB, 1},
    {256 * GiB, 2},
    {256 * GiB + 1, 1},
    {384 * GiB, 1},
    {512 * GiB, 1},
    {1024 * GiB, 1},
}};

constexpr std::array<qint64, 6> PaasLimits = {256 * MiB, 512 * MiB, 1 * GiB, 2 * GiB, 4 * GiB, 8 * GiB};

qint64 pickMemory(Rng &rng)
{
    // One host in five gets an arbitrary page-aligned size just under a nominal one, for variety.
    if (rng.chance(200)) {
        constexpr std::array<qint64, 6> nominal = {2 * GiB, 4 * GiB, 8 * GiB, 16 * GiB, 32 * GiB, 64 * GiB};
        return nominal[std::size_t(rng.range(0, nominal.size() - 1))] - rng.range(1, 131072) * 4096;
    }
    int total = 0;
    for (const MemorySize &size : MemorySizes)
        total += size.weight;
    qint64 pick = rng.range(0, total - 1);
    for (const MemorySize &size : MemorySizes) {
        if (pick < size.weight)
            return size.bytes;
        pick -= size.weight;
    }
    return MemorySizes.back().bytes;
}

// The deprecated size symbol; the program does not interpret it.
QByteArray hostCategory(qint64 memoryBytes)
{
    if (memoryBytes * 10 <= 16 * GiB)
        return QByteArrayLiteral("XS");
    if (memoryBytes <= 4 * GiB)
        return QByteArrayLiteral("S");
    if (memoryBytes <= 8 * GiB)
        return QByteArrayLiteral("M");
    if (memoryBytes <= 16 * GiB)
        return QByteArrayLiteral("L");
    if (memoryBytes <= 64 * GiB)
        return QByteArrayLiteral("XL");
    return QByteArrayLiteral("XXL");
}

struct HostModel
{
    QByteArray head;                      // {"osiId":…,"hostName":null,"hostCategory":"…","agentUsages":[
    QByteArray tail;                      // ],"infrastructureOnly":…,"hasContainers":…}
    std::array<QByteArray, 3> agentHeads; // {"networkTraffic":null,"agentId":…,"agentTypeId":…,"agentUsageRecords":[
    int agentCount = 1;
    quint64 key = 0;
    int firstHour = 0;       // hour index in the generated range
    int endHour = 0;         // exclusive
    qint64 joinMs = 0;       // offset of the first activity inside firstHour
    qint64 leaveMs = HourMs; // offset of the last activity inside endHour - 1
};

// A stable host slot changes its machine now and then: the old host leaves during leaveHour, the slot
// stays empty, and a new host (new osiId) joins during joinHour. At most one such event per block.
struct Replacement
{
    bool happens = false;
    qint64 leaveHour = 0;
    qint64 leaveMs = 0;
    qint64 joinHour = 0;
    qint64 joinMs = 0;
};

Replacement replacementIn(quint64 slotKey, qint64 block)
{
    Rng rng(hashOf(slotKey ^ 0x7265706c61636521ULL, quint64(block)));
    Replacement event;
    event.happens = rng.chance(90);
    if (!event.happens)
        return event;
    // Both ends inside the block, so the search for the current machine never looks at two blocks at once.
    event.leaveHour = block * BlockHours + rng.range(0, BlockHours - 50);
    event.leaveMs = rng.range(1, 3600) * SecondMs;
    event.joinHour = event.leaveHour + rng.range(1, 48);
    event.joinMs = rng.range(0, 3599) * SecondMs;
    return event;
}

struct SyntheticMonitor
{
    qint64 testId = 0;
    int monitorTypeId = 1;
    qint64 publicPerHour = 0;
    qint64 privatePerHour = 0;
    QByteArray description;
};

struct DduPool
{
    QByteArray name;
    qint64 basePerHour = 0; // hundred-thousandths of a DDU at the busiest hour
    qint64 roundTo = 1;     // in hundred-thousandths: some pools report whole numbers
    bool followsDay = true;
};

struct CustomMetricSource
{
    QByteArray name;
    qint64 base = 0;
};

struct EnvironmentModel
{
    GeneratedEnvironment info;
    QByteArray uuid;
    quint64 key = 0;
    int firstHour = 0;
    int endHour = 0; // exclusive
    int utcOffsetHours = 0;
    bool internalUse = false;
    qint64 weight = 0;
    qint64 visitsPeak = 0;
    qint64 mobilePeak = 0;
    qint64 replayPermille = 0;
    qint64 mobileReplayPermille = 0;
    qint64 rumProperties = 0;
    std::vector<SyntheticMonitor> monitors;
    std::vector<DduPool> pools;
    bool customMetricsNull = true;
    std::vector<CustomMetricSource> customMetrics;
    qint64 logUploadPeak = 0;
    qint64 logStorageBase = 0;
    std::vector<int> hosts; // indices into the host list, in output order
};

struct Span
{
    qint64 start;
    qint64 end;
};

void appendSpans(JsonOut &json, const Span *spans, int count)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json.raw(",");
        json.raw("{\"startTime\":").integer(spans[i].start).raw(",\"endTime\":").integer(spans[i].end).raw("}");
    }
}

QDateTime zipTime(qint64 epochMs)
{
    // DOS timestamps cover 1980-2107; QuaZip stores the fields of the QDateTime as they are, so a UTC
    // value keeps the archive independent of the machine's time zone.
    constexpr qint64 DosFirstMs = 315532800000; // 1980-01-01T00:00:00Z
    constexpr qint64 DosLastMs = 4354819199000; // 2107-12-31T23:59:59Z
    return QDateTime::fromMSecsSinceEpoch(std::clamp(epochMs, DosFirstMs, DosLastMs), QTimeZone::utc());
}

QuaZipNewInfo entryInfo(const QString &name, qint64 epochMs)
{
    QuaZipNewInfo info(name);
    info.dateTime = zipTime(epochMs);
    // A regular file, rw-r--r--: without it unzip(1) would extract files nobody may read.
    info.externalAttr = quint32(0100644) << 16;
    return info;
}

Error zipError(const QString &what, int code, const QIODevice *device, const QString &where)
{
    QString detail = QStringLiteral("%1 (ZIP error %2)").arg(what).arg(code);
    if (device && !device->errorString().isEmpty() && device->errorString() != QLatin1String("Unknown error"))
        detail += QStringLiteral(": ") + device->errorString();
    return Error{ErrorCode::FileUnwritable, detail, where};
}

Error writeEntry(QuaZip &zip, const QuaZipNewInfo &info, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, info))
        return zipError(QStringLiteral("Cannot create the entry"), file.getZipError(), zip.getIoDevice(), info.name);
    if (file.write(data) != data.size()) {
        const int code = file.getZipError();
        file.close();
        return zipError(QStringLiteral("Cannot write the entry"), code, zip.getIoDevice(), info.name);
    }
    file.close();
    if (file.getZipError() != ZIP_OK)
        return zipError(QStringLiteral("Cannot finish the entry"), file.getZipError(), zip.getIoDevice(), info.name);
    return {};
}

} // namespace

class ExportGenerator::Private
{
public:
    explicit Private(GeneratorOptions options);

    [[nodiscard]] QByteArray hourJson(int hourIndex) const;
    [[nodiscard]] Error writeZip(QIODevice *device, const std::function<void(int)> &progress) const;

    GeneratorOptions m_options;
    qint64 m_startMs = 0;
    qint64 m_firstHour = 0; // m_startMs in hours since the epoch
    QByteArray m_clusterUuid;
    bool m_highAvailability = false;
    std::vector<EnvironmentModel> m_environments;
    std::vector<HostModel> m_hosts;

private:
    void buildEnvironments(Rng &rng);
    void buildHosts();
    void addStableSlot(EnvironmentModel &environment, quint64 slotKey);
    void addEphemeralSlot(EnvironmentModel &environment, quint64 slotKey);
    // Adds the host that is present in absolute hours [fromHour, toHour) if that overlaps the range.
    void addHost(EnvironmentModel &environment, quint64 hostKey, qint64 fromHour, qint64 toHour, qint64 joinMs,
                 qint64 leaveMs);
    void appendEnvironment(QByteArray &out, const EnvironmentModel &environment, int hourIndex, qint64 hourStart) const;
    void appendHost(QByteArray &out, const HostModel &host, int hourIndex, qint64 hourStart) const;
    [[nodiscard]] QString baseName() const;
    [[nodiscard]] QString hourEntryName(int hourIndex) const;
    [[nodiscard]] qint64 hourStart(int hourIndex) const { return m_startMs + qint64(hourIndex) * HourMs; }
    [[nodiscard]] qint64 absoluteHour(int hourIndex) const { return m_firstHour + hourIndex; }
    [[nodiscard]] qint64 endMs() const { return hourStart(m_options.hours); }
    [[nodiscard]] Error writeHours(QuaZip &zip, const std::function<void(int)> &progress) const;
    [[nodiscard]] Error writeNested(QIODevice *device, const std::function<void(int)> &progress) const;
    [[nodiscard]] QByteArray exportLog(const QString &innerName, qint64 innerSize, qint64 exportedAtMs) const;
};

ExportGenerator::Private::Private(GeneratorOptions options)
    : m_options(options)
{
    m_options.environments = std::max(0, m_options.environments);
    m_options.hosts = std::max(0, m_options.hosts);
    m_options.hours = std::max(0, m_options.hours);
    m_startMs =
        m_options.startMs != 0 ? Time::floorHour(m_options.startMs) : DefaultEndMs - qint64(m_options.hours) * HourMs;
    m_options.startMs = m_startMs;
    m_firstHour = floorDiv(m_startMs, HourMs);

    Rng rng(mix64(m_options.seed ^ 0x4c55452d67656e31ULL));
    m_clusterUuid = uuidFrom(rng);
    m_highAvailability = rng.chance(500);
    buildEnvironments(rng);
    buildHosts();
}

void ExportGenerator::Private::buildEnvironments(Rng &rng)
{
    static const std::array<const char *, 16> regularNames = {
        "Production EMEA", "Production Americas", "Staging",       "Payments", "Production APAC", "Development",
        "Customer Portal", "Mobile Backend",      "Data Platform", "QA",       "Logistics",       "Identity",
        "Search",          "Marketing Sites",     "Partner API",   "Analytics"};
    static const std::array<const char *, 7> metricSources = {
        "JMX", "Dynatrace API", "StatsD", "Extensions", "Calculated service metrics", "Log metrics", "Plugins"};
    static const std::array<const char *, 6> browserMonitors = {"Login journey",  "Checkout",         "Homepage",
                                                                "Search results", "Account settings", "Store locator"};

    const int count = m_options.environments;
    const int hours = m_options.hours;
    // Special roles take the last places so the largest environments keep the familiar names.
    const int trialIndex = count >= 2 ? count - 1 : -1;
    const int disabledIndex = count >= 3 ? count - 2 : -1;
    const int internalIndex = count >= 8 ? count - 3 : -1;

    int regularRank = 0;
    for (int index = 0; index < count; ++index) {
        EnvironmentModel env;
        env.key = rng.next();
        env.uuid = uuidFrom(rng);
        env.info.id = QString::fromLatin1(env.uuid);
        env.info.state = QStringLiteral("ENABLED");
        env.firstHour = 0;
        env.endHour = hours;
        const bool isTrial = index == trialIndex;
        const bool isDisabled = index == disabledIndex;
        env.internalUse = index == internalIndex;
        int rank = 0;
        if (isTrial) {
            env.info.name = QStringLiteral("Proof of Concept");
            env.info.trial = true;
            env.firstHour = int(std::clamp<qint64>(TrialStartHour - m_firstHour, 0, hours));
            env.weight = 1000000 / 60;
        } else if (isDisabled) {
            env.info.name = QStringLiteral("Legacy Monolith");
            env.info.state = QStringLiteral("DISABLED");
            // Older hours still mention it; /environments lists it as DISABLED.
            env.endHour = int(std::clamp<qint64>(DisabledEndHour - m_firstHour, 0, hours));
            env.weight = 1000000 / 5;
        } else if (env.internalUse) {
            env.info.name = QStringLiteral("Cluster Self-Monitoring");
            env.weight = 1000000 / 25;
        } else {
            rank = regularRank++;
            const int round = rank / int(regularNames.size());
            env.info.name = QString::fromLatin1(regularNames[std::size_t(rank) % regularNames.size()]);
            if (round > 0)
                env.info.name += QLatin1Char(' ') + QString::number(round + 1);
            // Zipf-like sizes: the n-th environment gets about 1/n of the largest one's hosts.
            env.weight = 1000000 / (rank + 1);
        }

        if (env.info.name.contains(QLatin1String("EMEA")))
            env.utcOffsetHours = 1;
        else if (env.info.name.contains(QLatin1String("Americas")))
            env.utcOffsetHours = -5;
        else if (env.info.name.contains(QLatin1String("APAC")))
            env.utcOffsetHours = 8;
        else
            env.utcOffsetHours = std::array<int, 5>{0, 1, 2, -5, -8}[std::size_t(rng.range(0, 4))];

        const bool regular = !isTrial && !env.internalUse;
        const bool primary = regular && !isDisabled && rank == 0;
        // Real user monitoring: visits scale with the environment, replays are a share of the visits.
        if (env.internalUse) {
            env.visitsPeak = 0;
        } else if (isTrial) {
            env.visitsPeak = rng.range(5, 60);
        } else if (primary || rng.chance(800)) {
            env.visitsPeak = qint64(m_options.hosts + 10) * env.weight / 1000000 * rng.range(15, 120) + 40;
            if (primary || rng.chance(450))
                env.mobilePeak = env.visitsPeak * rng.range(10, 60) / 100;
        }
        env.replayPermille = rng.range(20, 150);
        env.mobileReplayPermille = rng.range(10, 80);
        env.rumProperties = env.visitsPeak > 0 ? rng.range(0, 40) : 0;

        // Synthetic monitors; the primary environment has both types so every export shows them.
        if (regular && (primary || rng.chance(600))) {
            const int browser = primary ? int(rng.range(1, 4)) : int(rng.range(0, 3));
            const int http = primary ? int(rng.range(1, 8)) : int(rng.range(0, 6));
            for (int i = 0; i < browser + http; ++i) {
                SyntheticMonitor monitor;
                monitor.monitorTypeId = i < browser ? 1 : 2;
                monitor.testId = qint64(rng.next() >> 1);
                const qint64 perHour = monitor.monitorTypeId == 1
                                           ? std::array<qint64, 5>{1, 2, 4, 6, 12}[std::size_t(rng.range(0, 4))]
                                           : std::array<qint64, 4>{4, 12, 12, 60}[std::size_t(rng.range(0, 3))];
                const bool privateOnly = rng.chance(250);
                monitor.publicPerHour = privateOnly ? 0 : perHour * rng.range(1, 3);
                monitor.privatePerHour = privateOnly || rng.chance(300) ? perHour * rng.range(1, 2) : 0;
                monitor.description = QByteArray(browserMonitors[std::size_t(rng.range(0, 5))]);
                env.monitors.push_back(monitor);
            }
        }

        // Davis data units: not every environment uses every pool.
        const qint64 hostShare = std::max<qint64>(1, qint64(m_options.hosts) * env.weight / 1000000);
        const bool anyPool = isTrial || env.internalUse;
        if (anyPool || primary || rng.chance(900))
            env.pools.push_back({QByteArrayLiteral("Metrics"), hostShare * rng.range(30, 300) * 1000, 100, false});
        if (!anyPool && (primary || rng.chance(600)))
            env.pools.push_back({QByteArrayLiteral("Log"), rng.range(5, 400) * 100000 + rng.range(0, 99999), 1, true});
        if (!anyPool && (primary || rng.chance(500)))
            env.pools.push_back({QByteArrayLiteral("Events"), rng.range(1, 50) * 100000, 100000, true});
        if (!anyPool && (primary || rng.chance(350)))
            env.pools.push_back({QByteArrayLiteral("Traces"), rng.range(1, 80) * 100000, 1, true});
        if (!anyPool && (primary || rng.chance(150)))
            env.pools.push_back({QByteArrayLiteral("Serverless"), rng.range(1, 20) * 100000, 1000, true});

        // Custom metrics: null where the environment never defined any, as real exports do.
        env.customMetricsNull = isTrial || (!primary && rng.chance(350));
        if (!env.customMetricsNull) {
            const int sources = int(rng.range(1, 3));
            const qint64 first = rng.range(0, qint64(metricSources.size()) - 1);
            for (int i = 0; i < sources; ++i) {
                env.customMetrics.push_back(
                    {QByteArray(metricSources[std::size_t(first + i) % metricSources.size()]), rng.range(5, 2000)});
            }
        }

        const bool hasLogs =
            std::any_of(env.pools.begin(), env.pools.end(), [](const DduPool &pool) { return pool.name == "Log"; });
        if (hasLogs) {
            env.logUploadPeak = hostShare * rng.range(2, 60) * MiB + rng.range(0, MiB);
            env.logStorageBase = env.logUploadPeak * rng.range(100, 700);
        }
        m_environments.push_back(std::move(env));
    }
}

void ExportGenerator::Private::buildHosts()
{
    const int hosts = m_options.hosts;
    const auto count = m_environments.size();
    if (count == 0)
        return;

    // Largest-remainder split of the host slots by weight, then at least one slot per environment.
    std::vector<qint64> quota(count, 0);
    qint64 totalWeight = 0;
    for (const EnvironmentModel &env : m_environments)
        totalWeight += env.weight;
    std::vector<std::pair<qint64, std::size_t>> remainders;
    qint64 assigned = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const qint64 share = qint64(hosts) * m_environments[i].weight;
        quota[i] = share / totalWeight;
        assigned += quota[i];
        remainders.emplace_back(-(share % totalWeight), i);
    }
    std::sort(remainders.begin(), remainders.end());
    for (std::size_t i = 0; assigned < hosts; ++i, ++assigned)
        ++quota[remainders[i % count].second];
    for (std::size_t i = 0; i < count && hosts >= qint64(count); ++i) {
        if (quota[i] == 0) {
            const auto largest = std::max_element(quota.begin(), quota.end());
            --*largest;
            quota[i] = 1;
        }
    }

    for (std::size_t e = 0; e < count; ++e) {
        EnvironmentModel &env = m_environments[e];
        for (qint64 slot = 0; slot < quota[e]; ++slot) {
            // Slots are keyed by environment and position only: the same slot is the same machine(s) in
            // every range.
            const quint64 slotKey = hashOf(env.key ^ 0x736c6f7473212121ULL, quint64(slot));
            if (mix64(slotKey) % 100 < 12)
                addEphemeralSlot(env, slotKey);
            else
                addStableSlot(env, slotKey);
        }
    }
}

void ExportGenerator::Private::addStableSlot(EnvironmentModel &environment, quint64 slotKey)
{
    const qint64 rangeEnd = m_firstHour + m_options.hours;
    // The machine present when the range starts joined at the latest replacement before the range's first
    // block; with a 9 % chance per block the search ends after about eleven blocks.
    qint64 generation = std::numeric_limits<qint64>::min();
    qint64 joinHour = std::numeric_limits<qint64>::min();
    qint64 joinMs = 0;
    const qint64 firstBlock = floorDiv(m_firstHour, BlockHours);
    for (qint64 block = firstBlock - 1; block >= firstBlock - 4096; --block) {
        const Replacement event = replacementIn(slotKey, block);
        if (event.happens) {
            generation = block;
            joinHour = event.joinHour;
            joinMs = event.joinMs;
            break;
        }
    }
    for (qint64 block = firstBlock; block * BlockHours < rangeEnd; ++block) {
        const Replacement event = replacementIn(slotKey, block);
        if (!event.happens)
            continue;
        addHost(environment, hashOf(slotKey, quint64(generation)), joinHour, event.leaveHour + 1, joinMs,
                event.leaveMs);
        generation = block;
        joinHour = event.joinHour;
        joinMs = event.joinMs;
    }
    addHost(environment, hashOf(slotKey, quint64(generation)), joinHour, std::numeric_limits<qint64>::max(), joinMs,
            HourMs);
}

void ExportGenerator::Private::addEphemeralSlot(EnvironmentModel &environment, quint64 slotKey)
{
    // Autoscaling: hosts of 1 to 12 hours with pauses between them, laid out block by block.
    const qint64 rangeEnd = m_firstHour + m_options.hours;
    for (qint64 block = floorDiv(m_firstHour, BlockHours); block * BlockHours < rangeEnd; ++block) {
        const quint64 blockKey = hashOf(slotKey ^ 0x6570686d6572616cULL, quint64(block));
        Rng rng(blockKey);
        const qint64 blockEnd = (block + 1) * BlockHours;
        qint64 at = block * BlockHours + rng.range(0, 12);
        for (quint64 sequence = 0; at < blockEnd; ++sequence) {
            const qint64 until = std::min(blockEnd, at + rng.range(1, 12));
            const qint64 joinMs = rng.range(0, 3599) * SecondMs;
            qint64 leaveMs = until < blockEnd ? rng.range(1, 3600) * SecondMs : HourMs;
            if (until - at == 1 && leaveMs <= joinMs)
                leaveMs = joinMs + rng.range(1, (HourMs - joinMs) / SecondMs) * SecondMs;
            addHost(environment, hashOf(blockKey, sequence), at, until, joinMs, leaveMs);
            at = until + rng.range(0, 8);
        }
    }
}

void ExportGenerator::Private::addHost(EnvironmentModel &environment, quint64 hostKey, qint64 fromHour, qint64 toHour,
                                       qint64 joinMs, qint64 leaveMs)
{
    const qint64 rangeEnd = m_firstHour + m_options.hours;
    if (toHour <= m_firstHour || fromHour >= rangeEnd || toHour <= fromHour)
        return;
    HostModel host;
    // Everything about the machine follows from its key, never from the range.
    Rng rng(hostKey);
    host.key = rng.next();
    host.firstHour = int(std::max(fromHour, m_firstHour) - m_firstHour);
    host.endHour = int(std::min(toHour, rangeEnd) - m_firstHour);
    host.joinMs = fromHour >= m_firstHour ? joinMs : 0;
    host.leaveMs = toHour <= rangeEnd ? leaveMs : HourMs;

    const qint64 modeRoll = rng.range(0, 99);
    const HostMode mode = modeRoll < 65   ? HostMode::FullStack
                          : modeRoll < 90 ? HostMode::Infrastructure
                                          : HostMode::PaaS;
    // Mostly far beyond 2^53 in both directions; a few small ones as well.
    const qint64 osiId = rng.chance(40) ? rng.range(-(qint64(1) << 40), qint64(1) << 40) : qint64(rng.next());
    const qint64 memory = pickMemory(rng);
    qint64 paasLimit = 0; // -1: null
    qint64 vendorTypeId = -1;
    if (mode == HostMode::PaaS) {
        if (rng.chance(600))
            paasLimit = std::min(memory, PaasLimits[std::size_t(rng.range(0, PaasLimits.size() - 1))]);
        if (rng.chance(850))
            vendorTypeId = rng.range(1, 8);
    } else if (rng.chance(100)) {
        paasLimit = -1;
    }
    const bool premiumLog = rng.chance(150);
    const bool containers = rng.chance(mode == HostMode::PaaS ? 700 : 250);

    const qint64 agentRoll = rng.range(0, 99);
    host.agentCount = agentRoll < 68 ? 1 : agentRoll < 94 ? 2 : 3;
    const qint64 agentIdBase = 2000000000 + qint64(rng.next() >> 28) * 4;
    for (int a = 0; a < host.agentCount; ++a) {
        // 1 is the OS module; PaaS hosts run code modules only.
        const qint64 type = a == 0 && mode != HostMode::PaaS ? 1 : rng.range(2, 5);
        JsonOut(host.agentHeads[std::size_t(a)])
            .raw("{\"networkTraffic\":null,\"agentId\":")
            .integer(agentIdBase + a)
            .raw(",\"agentTypeId\":")
            .integer(type)
            .raw(",\"agentUsageRecords\":[");
    }

    JsonOut(host.head)
        .raw("{\"osiId\":")
        .integer(osiId)
        .raw(",\"hostName\":null,\"hostCategory\":")
        .string(hostCategory(memory))
        .raw(",\"agentUsages\":[");
    JsonOut tail(host.tail);
    tail.raw("],\"infrastructureOnly\":")
        .boolean(mode == HostMode::Infrastructure)
        .raw(",\"paas\":")
        .boolean(mode == HostMode::PaaS)
        .raw(",\"passMemoryLimit\":");
    if (paasLimit < 0)
        tail.raw("null");
    else
        tail.integer(paasLimit);
    tail.raw(",\"vendorTypeId\":");
    if (vendorTypeId < 0)
        tail.raw("null");
    else
        tail.integer(vendorTypeId);
    tail.raw(",\"hostMemoryBytes\":")
        .integer(memory)
        .raw(",\"premiumLogAnalytics\":")
        .boolean(premiumLog)
        .raw(",\"hasContainers\":")
        .boolean(containers)
        .raw("}");

    environment.hosts.push_back(int(m_hosts.size()));
    m_hosts.push_back(std::move(host));
}

QByteArray ExportGenerator::Private::hourJson(int hourIndex) const
{
    if (hourIndex < 0 || hourIndex >= m_options.hours)
        return {};
    const qint64 start = hourStart(hourIndex);
    QByteArray out;
    // About 410 bytes per host slot on average; the rare larger hour grows the array once.
    out.reserve(qsizetype(m_options.hosts) * 480 + qsizetype(m_environments.size()) * 2048 + 256);
    JsonOut json(out);
    json.raw("{\"clusterUuid\":")
        .string(m_clusterUuid)
        .raw(",\"timeFrameStart\":")
        .integer(start)
        .raw(",\"timeFrameEnd\":")
        .integer(start + HourMs)
        .raw(",\"environmentBillingEntries\":[");
    bool first = true;
    for (const EnvironmentModel &env : m_environments) {
        if (hourIndex < env.firstHour || hourIndex >= env.endHour)
            continue;
        if (!first)
            json.raw(",");
        first = false;
        appendEnvironment(out, env, hourIndex, start);
    }
    json.raw("]}");
    if (out.capacity() > out.size() + out.size() / 4)
        out.squeeze();
    return out;
}

void ExportGenerator::Private::appendEnvironment(QByteArray &out, const EnvironmentModel &env, int hourIndex,
                                                 qint64 hourStart) const
{
    Rng rng(hashOf(env.key, quint64(absoluteHour(hourIndex))));
    const qint64 day = floorDiv(hourStart, DayMs);
    const qint64 utcHour = (hourStart - day * DayMs) / HourMs;
    const qint64 localHour = ((utcHour + env.utcOffsetHours) % 24 + 24) % 24;
    const qint64 weekday = day + 4 - floorDiv(day + 4, 7) * 7; // 1970-01-01 was a Thursday; 0 is Sunday
    const qint64 curve = DayCurve[std::size_t(localHour)];
    const qint64 rumFactor = weekday == 0 || weekday == 6 ? curve * 55 / 100 : curve;
    const auto noisy = [&rng](qint64 base, qint64 permille) {
        return base * permille / 1000 * rng.range(880, 1120) / 1000;
    };

    const qint64 visits = noisy(env.visitsPeak, rumFactor);
    const qint64 mobile = noisy(env.mobilePeak, rumFactor);
    JsonOut json(out);
    json.raw("{\"environmentUuid\":")
        .string(env.uuid)
        .raw(",\"visits\":")
        .integer(visits)
        .raw(",\"mobileSessions\":")
        .integer(mobile)
        .raw(",\"totalRUMUserPropertiesUsed\":")
        // Properties are defined once and change rarely: one step, ten days before 2026-10-01.
        .integer(env.rumProperties +
                 (absoluteHour(hourIndex) >= RumPropertiesStepHour && env.rumProperties > 0 ? 2 : 0))
        .raw(",\"newProblems\":")
        .integer(env.info.trial ? 0 : rng.range(0, 3))
        .raw(",\"hostUsages\":[");

    bool firstHost = true;
    for (const int index : env.hosts) {
        const HostModel &host = m_hosts[std::size_t(index)];
        if (hourIndex < host.firstHour || hourIndex >= host.endHour)
            continue;
        if (!firstHost)
            json.raw(",");
        firstHost = false;
        appendHost(out, host, hourIndex, hourStart);
    }

    json.raw("],\"downloads\":[");
    if (!env.hosts.empty() && rng.chance(20)) {
        json.raw("{\"downloadCount\":")
            .integer(rng.range(1, 12))
            .raw(",\"firstDownloadTime\":")
            .string(Time::isoUtc(hourStart + rng.range(0, 59) * MinuteMs).toLatin1())
            .raw(",\"type\":\"ONEAGENT\",\"version\":\"1.3")
            .integer(rng.range(10, 29))
            .raw(".0\"}");
    }
    json.raw("],\"syntheticUsages\":[");
    bool firstUsage = true;
    for (const SyntheticMonitor &monitor : env.monitors) {
        if (monitor.monitorTypeId != 1)
            continue;
        const qint64 runs = monitor.publicPerHour + monitor.privatePerHour;
        const qint64 failures = rng.chance(100) ? rng.range(1, std::max<qint64>(1, runs / 2)) : 0;
        const qint64 actions = rng.range(2, 9);
        if (!firstUsage)
            json.raw(",");
        firstUsage = false;
        json.raw("{\"monitorDefinitionId\":\"SYNTHETIC_TEST-")
            .raw(QByteArray::number(quint64(monitor.testId), 16).toUpper().rightJustified(16, '0'))
            .raw("\",\"monitorDescription\":")
            .string(monitor.description)
            .raw(",\"monitorTypeId\":1,\"performedSyntheticActions\":")
            .integer(runs * actions)
            .raw(",\"successCount\":")
            .integer(runs - failures)
            .raw(",\"failureCount\":")
            .integer(failures)
            .raw(",\"syntheticActionCount\":")
            .integer(actions)
            .raw("}");
    }
    json.raw("],\"syntheticBillingUsage\":[");
    for (std::size_t i = 0; i < env.monitors.size(); ++i) {
        const SyntheticMonitor &monitor = env.monitors[i];
        // Now and then a run is skipped (maintenance window, location outage).
        const qint64 skipped = rng.chance(50) ? 1 : 0;
        if (i > 0)
            json.raw(",");
        json.raw("{\"monitorTypeId\":")
            .integer(monitor.monitorTypeId)
            .raw(",\"testId\":")
            .integer(monitor.testId)
            .raw(",\"publicExecutions\":")
            .integer(std::max<qint64>(0, monitor.publicPerHour - skipped))
            .raw(",\"privateExecutions\":")
            .integer(monitor.privatePerHour)
            .raw("}");
    }
    json.raw("],\"customMetrics\":");
    if (env.customMetricsNull) {
        json.raw("null");
    } else {
        json.raw("[");
        for (std::size_t i = 0; i < env.customMetrics.size(); ++i) {
            const CustomMetricSource &source = env.customMetrics[i];
            if (i > 0)
                json.raw(",");
            json.raw("{\"source\":")
                .string(source.name)
                .raw(",\"total\":")
                .integer(source.base + rng.range(0, source.base / 10 + 1))
                .raw("}");
        }
        json.raw("]");
    }
    json.raw(",\"davisDataUnits\":[");
    for (std::size_t i = 0; i < env.pools.size(); ++i) {
        const DduPool &pool = env.pools[i];
        const qint64 factor = pool.followsDay ? curve : 700 + curve * 3 / 10;
        qint64 total = noisy(pool.basePerHour, factor);
        total = std::max(pool.roundTo, (total + pool.roundTo / 2) / pool.roundTo * pool.roundTo);
        if (i > 0)
            json.raw(",");
        json.raw("{\"pool\":").string(pool.name).raw(",\"total\":").decimal5(total).raw("}");
    }
    const qint64 upload = noisy(env.logUploadPeak, curve);
    // Storage climbs with the uploads and falls back when retention trims, on a 30-day cycle.
    const qint64 retentionCycle = absoluteHour(hourIndex) - floorDiv(absoluteHour(hourIndex), 720) * 720;
    const qint64 storage = env.logUploadPeak > 0 ? env.logStorageBase + env.logUploadPeak / 20 * retentionCycle -
                                                       rng.range(0, env.logUploadPeak)
                                                 : 0;
    json.raw("],\"trial\":")
        .boolean(env.info.trial)
        .raw(",\"internalUse\":")
        .boolean(env.internalUse)
        .raw(",\"highAvailabilityCluster\":")
        .boolean(m_highAvailability)
        .raw(",\"logStorageUsageBytes\":")
        .integer(storage)
        .raw(",\"logUploadVolumeBytes\":")
        .integer(upload)
        .raw(",\"sessionReplays\":")
        .integer(visits * env.replayPermille / 1000)
        .raw(",\"mobileSessionReplays\":")
        .integer(mobile * env.mobileReplayPermille / 1000)
        .raw("}");
}

void ExportGenerator::Private::appendHost(QByteArray &out, const HostModel &host, int hourIndex, qint64 hourStart) const
{
    Rng rng(hashOf(host.key, quint64(absoluteHour(hourIndex))));
    const qint64 from = hourStart + (hourIndex == host.firstHour ? host.joinMs : 0);
    const qint64 to = hourStart + (hourIndex == host.endHour - 1 ? host.leaveMs : HourMs);
    const qint64 length = to - from;

    // What the OS module recorded this hour; the other agents usually mirror it.
    std::array<Span, 2> primary{{{from, to}, {0, 0}}};
    int primaryCount = 1;
    std::array<Span, 2> others = primary;
    int othersCount = 1;
    const qint64 roll = rng.range(0, 9999);
    if (roll < 9300) {
        // The usual case: active for the whole (remaining) hour.
    } else if (roll < 9500) {
        const qint64 cut = rng.range(5, 45) * MinuteMs + rng.range(0, 59) * SecondMs;
        if (length > cut + 10 * MinuteMs) {
            if (rng.chance(500))
                primary[0].start += cut;
            else
                primary[0].end -= cut;
        }
        others = primary;
    } else if (roll < 9650) {
        // Under five minutes in total: the host does not count this hour.
        const qint64 shortLength = std::min(length, rng.range(20, 299) * SecondMs);
        primary[0].start = from + rng.range(0, length - shortLength);
        primary[0].end = primary[0].start + shortLength;
        others = primary;
    } else if (roll < 9800) {
        // Overlapping records (an agent restart reported twice); the union is what counts.
        const qint64 middle = from + length / 2;
        primary[0].end = std::min(to, middle + rng.range(1, 10) * MinuteMs);
        primary[1] = {std::max(from, middle - rng.range(1, 10) * MinuteMs), to};
        primaryCount = 2;
    } else if (roll < 9900) {
        // An outage inside the hour.
        const qint64 stop = from + length / 3;
        const qint64 resume = std::min(to, stop + rng.range(3, 15) * MinuteMs);
        primary[0].end = stop;
        primary[1] = {resume, to};
        primaryCount = 2;
        others = primary;
        othersCount = 2;
    } else if (roll < 9960) {
        primaryCount = 0;
        othersCount = 0;
    } else {
        out.append(host.head);
        out.append(host.tail);
        return;
    }

    out.append(host.head);
    JsonOut json(out);
    for (int a = 0; a < host.agentCount; ++a) {
        if (a > 0)
            json.raw(",");
        json.raw(host.agentHeads[std::size_t(a)]);
        if (a == 0)
            appendSpans(json, primary.data(), primaryCount);
        else
            appendSpans(json, others.data(), othersCount);
        json.raw("]}");
    }
    out.append(host.tail);
}

QString ExportGenerator::Private::baseName() const
{
    return QStringLiteral("billingRecords_%1_%2_%3")
        .arg(QString::fromLatin1(m_clusterUuid))
        .arg(m_startMs)
        .arg(endMs());
}

QString ExportGenerator::Private::hourEntryName(int hourIndex) const
{
    return QString::fromLatin1(m_clusterUuid) + QLatin1Char('_') + QString::number(hourStart(hourIndex)) +
           QStringLiteral(".json");
}

Error ExportGenerator::Private::writeHours(QuaZip &zip, const std::function<void(int)> &progress) const
{
    for (int h = 0; h < m_options.hours; ++h) {
        const QByteArray json = hourJson(h);
        // Stamped with the end of the hour, when the cluster could first have written the file.
        const Error error = writeEntry(zip, entryInfo(hourEntryName(h), hourStart(h + 1)), json);
        if (error.isError())
            return error;
        if (progress)
            progress(h + 1);
    }
    return {};
}

QByteArray ExportGenerator::Private::exportLog(const QString &innerName, qint64 innerSize, qint64 exportedAtMs) const
{
    const auto stamp = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const qint64 finishedAtMs = exportedAtMs + qint64(m_options.hours) * 250 + 4 * SecondMs;
    QString log;
    log += stamp(exportedAtMs) + QStringLiteral(" INFO  License consumption export started\n");
    log += stamp(exportedAtMs) + QStringLiteral(" INFO  Cluster UUID: ") + QString::fromLatin1(m_clusterUuid) +
           QLatin1Char('\n');
    log += stamp(exportedAtMs) + QStringLiteral(" INFO  Time frame: %1 - %2 (%3 hours)\n")
                                     .arg(Time::isoUtc(m_startMs), Time::isoUtc(endMs()))
                                     .arg(m_options.hours);
    log += stamp(exportedAtMs) + QStringLiteral(" INFO  Environments: %1\n").arg(m_environments.size());
    log += stamp(finishedAtMs) + QStringLiteral(" INFO  Billing records: %1 (%2 files, %3 bytes)\n")
                                     .arg(innerName)
                                     .arg(m_options.hours)
                                     .arg(innerSize);
    log += stamp(finishedAtMs) + QStringLiteral(" INFO  Signature: %1.sig\n").arg(innerName);
    log += stamp(finishedAtMs) + QStringLiteral(" INFO  License consumption export finished successfully\n");
    return log.toUtf8();
}

Error ExportGenerator::Private::writeNested(QIODevice *device, const std::function<void(int)> &progress) const
{
    const QString innerName = baseName() + QStringLiteral(".zip");
    // The inner archive goes to a temporary file, so memory stays bounded whatever the export's size.
    QTemporaryFile inner;
    if (!inner.open())
        return Error{ErrorCode::FileUnwritable,
                     QStringLiteral("Cannot create a temporary file: ") + inner.errorString(), inner.fileName()};
    {
        QuaZip innerZip(&inner);
        innerZip.setAutoClose(false);
        if (!innerZip.open(QuaZip::mdCreate))
            return zipError(QStringLiteral("Cannot start the records archive"), innerZip.getZipError(), &inner,
                            innerName);
        if (Error error = writeHours(innerZip, progress); error.isError())
            return error;
        innerZip.close();
        if (innerZip.getZipError() != ZIP_OK)
            return zipError(QStringLiteral("Cannot finish the records archive"), innerZip.getZipError(), &inner,
                            innerName);
    }
    const qint64 innerSize = inner.size();
    if (!inner.seek(0))
        return Error{ErrorCode::FileUnreadable, inner.errorString(), inner.fileName()};

    // The cluster writes the archive about two hours after the last exported hour.
    const qint64 exportedAtMs = endMs() + 2 * HourMs + qint64(mix64(m_options.seed) % 3600) * SecondMs;
    QuaZip outer(device);
    outer.setAutoClose(false);
    if (innerSize >= qint64(0xffffffffLL))
        outer.setZip64Enabled(true);
    if (!outer.open(QuaZip::mdCreate))
        return zipError(QStringLiteral("Cannot start the archive"), outer.getZipError(), device, QString());

    QCryptographicHash digest(QCryptographicHash::Sha256);
    {
        QuaZipFile entry(&outer);
        if (!entry.open(QIODevice::WriteOnly, entryInfo(innerName, exportedAtMs)))
            return zipError(QStringLiteral("Cannot create the entry"), entry.getZipError(), device, innerName);
        QByteArray chunk;
        while (!inner.atEnd()) {
            chunk = inner.read(1 << 20);
            if (chunk.isEmpty())
                return Error{ErrorCode::FileUnreadable, inner.errorString(), inner.fileName()};
            digest.addData(chunk);
            if (entry.write(chunk) != chunk.size())
                return zipError(QStringLiteral("Cannot write the entry"), entry.getZipError(), device, innerName);
        }
        entry.close();
        if (entry.getZipError() != ZIP_OK)
            return zipError(QStringLiteral("Cannot finish the entry"), entry.getZipError(), device, innerName);
    }

    // The real signature format is not public: 256 opaque bytes derived from the records archive stand in.
    const QByteArray sha = digest.result();
    QByteArray signature;
    signature.reserve(256);
    quint64 state = 0;
    for (int i = 0; i < 32; ++i) {
        state = hashOf(state, quint64(quint8(sha.at(i))) + (quint64(i) << 8));
        for (int b = 0; b < 8; ++b)
            signature.append(char(quint8(state >> (8 * b))));
    }
    if (Error error = writeEntry(outer, entryInfo(innerName + QStringLiteral(".sig"), exportedAtMs), signature);
        error.isError())
        return error;
    if (Error error = writeEntry(outer, entryInfo(QStringLiteral("export.log"), exportedAtMs),
                                 exportLog(innerName, innerSize, exportedAtMs));
        error.isError())
        return error;
    outer.close();
    if (outer.getZipError() != ZIP_OK)
        return zipError(QStringLiteral("Cannot finish the archive"), outer.getZipError(), device, QString());
    return {};
}

Error ExportGenerator::Private::writeZip(QIODevice *device, const std::function<void(int)> &progress) const
{
    if (!device || !device->isOpen() || !device->isWritable() || device->isSequential())
        return Error{
            ErrorCode::InvalidArgument, QStringLiteral("The output must be open for writing and seekable"), {}};
    if (m_options.hours <= 0)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("An export needs at least one hour"), {}};
    if (m_options.nested)
        return writeNested(device, progress);

    QuaZip zip(device);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate))
        return zipError(QStringLiteral("Cannot start the archive"), zip.getZipError(), device, QString());
    if (Error error = writeHours(zip, progress); error.isError())
        return error;
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return zipError(QStringLiteral("Cannot finish the archive"), zip.getZipError(), device, QString());
    return {};
}

ExportGenerator::ExportGenerator(GeneratorOptions options)
    : d(std::make_unique<Private>(options))
{}

ExportGenerator::~ExportGenerator() = default;

const GeneratorOptions &ExportGenerator::options() const
{
    return d->m_options;
}

QString ExportGenerator::clusterUuid() const
{
    return QString::fromLatin1(d->m_clusterUuid);
}

QList<GeneratedEnvironment> ExportGenerator::environments() const
{
    QList<GeneratedEnvironment> list;
    list.reserve(qsizetype(d->m_environments.size()));
    for (const EnvironmentModel &env : d->m_environments)
        list.append(env.info);
    return list;
}

QByteArray ExportGenerator::hourJson(int hourIndex) const
{
    return d->hourJson(hourIndex);
}

Error ExportGenerator::writeZip(QIODevice *device, const std::function<void(int)> &progress) const
{
    return d->writeZip(device, progress);
}

Error ExportGenerator::writeZipFile(const QString &path, const std::function<void(int)> &progress) const
{
    // QSaveFile writes beside the target and renames on commit: a failed or interrupted export never
    // replaces or truncates an existing file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    Error error = d->writeZip(&file, progress);
    if (error.isError()) {
        file.cancelWriting();
        if (error.where.isEmpty())
            error.where = path;
        return error;
    }
    if (!commitComplete(file))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    return {};
}

} // namespace LicenseCore
