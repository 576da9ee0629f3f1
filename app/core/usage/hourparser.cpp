// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <usage/hourparser.h>

#include <QCoreApplication>
#include <cmath>
#include <limits>
#include <optional>
#include <simdjson.h>
#include <string_view>

namespace LicenseCore {

namespace {

// Gives the parser's warnings and errors a translation context of their own.
struct ParserText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::HourParser)
};

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

simdjson::dom::array arrayOf(element value)
{
    // Callers check the type first; a mismatch yields an empty array.
    simdjson::dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return {};
    return array;
}

object objectOf(element value)
{
    object result;
    if (value.get_object().get(result) != simdjson::SUCCESS)
        return {};
    return result;
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Integral value of a number or numeric string; nullopt for anything else (null, bool, "abc", 1.5).
std::optional<qint64> integerOf(element value)
{
    switch (value.type()) {
    case element_type::INT64:
        return int64_t(value.get_int64().value_unsafe());
    case element_type::UINT64: {
        const uint64_t unsignedValue = value.get_uint64().value_unsafe();
        return static_cast<qint64>(unsignedValue); // same 64 bits: ids written unsigned
    }
    case element_type::DOUBLE: {
        const double d = value.get_double().value_unsafe();
        // 2^63 is exactly representable; values at or beyond it do not fit.
        if (std::isfinite(d) && d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    case element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        const QByteArray bytes = QByteArray::fromRawData(text.data(), qsizetype(text.size())).trimmed();
        bool ok = false;
        const qlonglong signedValue = bytes.toLongLong(&ok);
        if (ok)
            return signedValue;
        const qulonglong unsignedValue = bytes.toULongLong(&ok);
        if (ok)
            return static_cast<qint64>(unsignedValue);
        const double d = bytes.toDouble(&ok);
        if (ok && std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> doubleOf(element value)
{
    switch (value.type()) {
    case element_type::INT64:
        return double(value.get_int64().value_unsafe());
    case element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    case element_type::DOUBLE:
        return value.get_double().value_unsafe();
    case element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        bool ok = false;
        const double d = QByteArray::fromRawData(text.data(), qsizetype(text.size())).trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool boolOf(element value)
{
    switch (value.type()) {
    case element_type::BOOL:
        return value.get_bool().value_unsafe();
    case element_type::STRING:
        return value.get_string().value_unsafe() == "true";
    case element_type::INT64:
        return value.get_int64().value_unsafe() != 0;
    default:
        return false;
    }
}

std::optional<qint64> timestampOf(element value)
{
    if (value.type() == element_type::STRING) {
        const std::string_view text = value.get_string().value_unsafe();
        return Time::parseTimestampText(fromView(text));
    }
    return integerOf(value);
}

QString stringOf(element value)
{
    if (value.type() == element_type::STRING)
        return fromView(value.get_string().value_unsafe());
    if (const std::optional<qint64> number = integerOf(value))
        return QString::number(*number);
    return {};
}

// Counters: a missing, null or malformed value counts as 0; a malformed one is reported once per file.
class Reader
{
public:
    explicit Reader(HourRecord &record)
        : m_record(record)
    {}

    qint64 counter(element value, std::string_view field)
    {
        if (value.is_null())
            return 0;
        if (const std::optional<qint64> number = integerOf(value))
            return *number;
        if (const std::optional<double> d = doubleOf(value); d && std::fabs(*d) < 9.2e18)
            return qint64(std::llround(*d));
        warnOnce(ParserText::tr("field \"%1\" is not a number; counted as 0").arg(fromView(field)));
        return 0;
    }

    void warnOnce(const QString &warning)
    {
        if (!m_record.warnings.contains(warning))
            m_record.warnings.append(warning);
    }

    void readEnvironment(object entry, EnvironmentHour &environment);

private:
    void readHost(object hostObject, HostHour &host);
    HourRecord &m_record;
};

void Reader::readHost(object hostObject, HostHour &host)
{
    bool haveId = false;
    for (auto field : hostObject) {
        const std::string_view key = field.key;
        const element value = field.value;
        if (key == "osiId") {
            if (const std::optional<qint64> id = integerOf(value)) {
                host.osiId = *id;
                haveId = true;
            }
        } else if (key == "paas") {
            host.paas = boolOf(value);
        } else if (key == "infrastructureOnly") {
            host.infrastructureOnly = boolOf(value);
        } else if (key == "hostMemoryBytes") {
            host.hostMemoryBytes = counter(value, key);
        } else if (key == "passMemoryLimit" || key == "paasMemoryLimit") {
            host.paasMemoryLimitBytes = counter(value, key);
        } else if (key == "agentUsages" && value.is_array()) {
            for (element agent : arrayOf(value)) {
                if (!agent.is_object())
                    continue;
                // One pass over the fields rather than a lookup by key, which walks them again for every key;
                // the first agentUsageRecords counts, as a lookup finds it, and so do the first startTime and
                // endTime of a record.
                element records;
                bool found = false;
                for (auto agentField : objectOf(agent)) {
                    if (agentField.key == "agentUsageRecords") {
                        records = agentField.value;
                        found = true;
                        break;
                    }
                }
                if (!found || !records.is_array())
                    continue;
                for (element record : arrayOf(records)) {
                    if (!record.is_object())
                        continue;
                    element start;
                    element end;
                    bool haveStart = false;
                    bool haveEnd = false;
                    for (auto recordField : objectOf(record)) {
                        if (!haveStart && recordField.key == "startTime") {
                            start = recordField.value;
                            haveStart = true;
                        } else if (!haveEnd && recordField.key == "endTime") {
                            end = recordField.value;
                            haveEnd = true;
                        }
                    }
                    if (!haveStart || !haveEnd)
                        continue;
                    const std::optional<qint64> startMs = timestampOf(start);
                    const std::optional<qint64> endMs = timestampOf(end);
                    if (startMs && endMs)
                        host.activity.push_back({*startMs, *endMs});
                    else
                        warnOnce(ParserText::tr("an agent usage record has an unreadable time; it is ignored"));
                }
            }
        }
    }
    if (!haveId)
        warnOnce(ParserText::tr("a host has no readable osiId"));
}

void Reader::readEnvironment(object entry, EnvironmentHour &environment)
{
    for (auto field : entry) {
        const std::string_view key = field.key;
        const element value = field.value;
        if (key == "environmentUuid") {
            environment.environmentId = stringOf(value);
        } else if (key == "visits") {
            environment.visits = counter(value, key);
        } else if (key == "mobileSessions") {
            environment.mobileSessions = counter(value, key);
        } else if (key == "sessionReplays") {
            environment.sessionReplays = counter(value, key);
        } else if (key == "mobileSessionReplays") {
            environment.mobileSessionReplays = counter(value, key);
        } else if (key == "totalRUMUserPropertiesUsed") {
            environment.rumUserProperties = counter(value, key);
        } else if (key == "logStorageUsageBytes") {
            environment.logStorageBytes = counter(value, key);
        } else if (key == "logUploadVolumeBytes") {
            environment.logUploadBytes = counter(value, key);
        } else if (key == "trial") {
            environment.trial = boolOf(value);
        } else if (key == "hostUsages" && value.is_array()) {
            const simdjson::dom::array hosts = arrayOf(value);
            environment.hosts.reserve(hosts.size());
            for (element hostValue : hosts) {
                if (!hostValue.is_object())
                    continue;
                environment.hosts.emplace_back();
                readHost(objectOf(hostValue), environment.hosts.back());
            }
        } else if (key == "syntheticBillingUsage" && value.is_array()) {
            for (element monitor : arrayOf(value)) {
                if (!monitor.is_object())
                    continue;
                qint64 type = 0;
                qint64 executions = 0;
                for (auto monitorField : objectOf(monitor)) {
                    if (monitorField.key == "monitorTypeId")
                        type = integerOf(monitorField.value).value_or(0);
                    else if (monitorField.key == "publicExecutions" || monitorField.key == "privateExecutions")
                        executions += counter(monitorField.value, monitorField.key);
                }
                if (type == 1) {
                    environment.syntheticBrowserExecutions += executions;
                } else if (type == 2) {
                    environment.syntheticHttpExecutions += executions;
                } else {
                    environment.syntheticUnknownExecutions += executions;
                    warnOnce(ParserText::tr("synthetic monitor type %1 is unknown; its executions are not estimated")
                                 .arg(type));
                }
            }
        } else if (key == "davisDataUnits" && value.is_array()) {
            for (element pool : arrayOf(value)) {
                if (!pool.is_object())
                    continue;
                DduPoolUsage usage;
                for (auto poolField : objectOf(pool)) {
                    if (poolField.key == "pool")
                        usage.pool = stringOf(poolField.value);
                    else if (poolField.key == "total")
                        usage.total = doubleOf(poolField.value).value_or(0.0);
                }
                if (usage.pool.isEmpty())
                    usage.pool = QStringLiteral("Unknown");
                environment.ddu.append(usage);
            }
        } else if (key == "customMetrics" && value.is_array()) {
            for (element metric : arrayOf(value)) {
                element total;
                if (metric.is_object() && objectOf(metric)["total"].get(total) == simdjson::SUCCESS)
                    environment.customMetrics += counter(total, "customMetrics.total");
            }
        }
    }
}

Error schemaError(const QString &source, const QString &detail)
{
    return Error{ErrorCode::InvalidSchema, detail, source};
}

} // namespace

Result<HourRecord> parseHourRecord(const QByteArray &data, const QString &source)
{
    thread_local simdjson::dom::parser parser;

    // Raw data (QByteArray::fromRawData) has capacity 0: compare signed, and copy unless the padding is ours.
    const bool padded = data.capacity() - data.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    element root;
    const simdjson::error_code parseError =
        parser.parse(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()), !padded).get(root);
    if (parseError != simdjson::SUCCESS) {
        QString detail;
        if (parseError == simdjson::DEPTH_ERROR)
            detail = ParserText::tr("not valid JSON: nested deeper than %L1 levels").arg(parser.max_depth());
        else if (parseError == simdjson::EMPTY)
            detail = ParserText::tr("not valid JSON: the file is empty");
        else
            detail = ParserText::tr("not valid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(parseError)));
        return Error{ErrorCode::InvalidJson, detail, source};
    }
    if (!root.is_object())
        return schemaError(source, ParserText::tr("the JSON root is not an object"));

    HourRecord record;
    Reader reader(record);
    std::optional<qint64> start;
    std::optional<qint64> end;
    bool sawStart = false;
    for (auto field : objectOf(root)) {
        const std::string_view key = field.key;
        if (key == "timeFrameStart") {
            sawStart = true;
            start = timestampOf(field.value);
        } else if (key == "timeFrameEnd") {
            end = timestampOf(field.value);
        } else if (key == "clusterUuid") {
            record.clusterUuid = stringOf(field.value);
        } else if (key == "environmentBillingEntries" && field.value.is_array()) {
            const simdjson::dom::array entries = arrayOf(field.value);
            record.environments.reserve(entries.size());
            for (element entry : entries) {
                if (!entry.is_object())
                    continue;
                EnvironmentHour environment;
                reader.readEnvironment(objectOf(entry), environment);
                if (environment.environmentId.isEmpty()) {
                    reader.warnOnce(ParserText::tr("an environment entry without environmentUuid is ignored"));
                    continue;
                }
                record.environments.push_back(std::move(environment));
            }
        }
    }
    if (!sawStart)
        return schemaError(source, ParserText::tr("timeFrameStart is missing; this is not an hourly usage file"));
    // Hours of the years 1 to 9999 (what dates can show); beyond them the hour's end would not fit in 64 bits.
    constexpr qint64 EarliestStartMs = -62135596800000;
    constexpr qint64 LatestStartMs = 253402297200000;
    if (!start || *start < EarliestStartMs || *start > LatestStartMs)
        return schemaError(source, ParserText::tr("timeFrameStart cannot be read as a time"));
    record.timeFrameStartMs = *start;
    record.timeFrameEndMs = (end && *end > *start) ? *end : *start + Time::HourMs;
    if (Time::floorHour(*start) != *start)
        reader.warnOnce(ParserText::tr("timeFrameStart %1 is not on a full hour; it is counted in hour %2")
                            .arg(Time::isoUtc(*start), Time::isoUtc(Time::floorHour(*start))));
    return record;
}

} // namespace LicenseCore
