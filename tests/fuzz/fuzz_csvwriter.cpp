// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CSV writer given hostile environment ids, names and DDU pool names (commas, quotes, CR, LF, any Unicode),
// and any counter values. The CSV is read back with a strict RFC 4180 reader; oracle: every record has the
// header's column count, the header's names are unique, and every id and name comes back exactly.
#include "fuzzcheck.h"

#include <report/csvwriter.h>
#include <usage/usagesnapshotbuilder.h>

#include <QBuffer>
#include <QSet>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

using namespace LicenseCore;

namespace {

// Takes the input apart: single bytes, length-prefixed strings and raw 64-bit numbers; zeros once it runs out.
class InputReader
{
public:
    InputReader(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}

    quint8 byte() { return m_offset < m_size ? m_data[m_offset++] : 0; }
    QString text(int maxLength)
    {
        // Two statements: the order in which a call's arguments are evaluated is unspecified, and byte() moves
        // the offset that the second argument reads.
        const size_t wanted = byte() % (maxLength + 1);
        const size_t length = std::min<size_t>(wanted, m_size - m_offset);
        const auto *start = reinterpret_cast<const char *>(m_data + m_offset);
        m_offset += length;
        return QString::fromUtf8(start, qsizetype(length));
    }
    qint64 number()
    {
        quint64 value = 0;
        const size_t length = std::min<size_t>(sizeof value, m_size - m_offset);
        std::memcpy(&value, m_data + m_offset, length);
        m_offset += length;
        return qint64(value);
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_offset = 0;
};

// RFC 4180 with "\n" as the line end (what the writer documents): a quoted field holds anything, a doubled quote
// stands for a quote, and nothing may follow its closing quote but a comma or the line end; an unquoted field holds
// no quote and no CR. Every record ends with a line end. nullopt on any violation.
std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        field.clear();
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quoted field
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n'))
                return std::nullopt;
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\r'))
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i >= n)
            return std::nullopt; // the last record has no line end
        if (text.at(i) == QLatin1Char('\n')) {
            records.append(record);
            record.clear();
        }
        ++i;
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

const QStringList DocumentedHourlyHeader =
    QStringLiteral("hour_start_utc,environment_id,environment_name,hosts,host_units,fullstack_host_units,"
                   "infrastructure_host_units,"
                   "paas_host_units,visits,mobile_sessions,session_replays,mobile_session_replays,rum_user_properties,"
                   "synthetic_browser_executions,synthetic_http_executions,dem_units_estimate,ddu_total,custom_metrics,"
                   "log_storage_bytes,log_upload_bytes,trial")
        .split(QLatin1Char(','));

constexpr qint64 FirstHourMs = 1790812800000; // 2026-10-01T00:00Z

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    InputReader input(data, size);
    const quint8 flags = input.byte();
    const Granularity granularity =
        std::array{Granularity::Hour, Granularity::Day, Granularity::Month, Granularity::Hour}[flags & 3];
    const bool filter = (flags & 4) != 0;
    const int hours = (flags & 8) ? 2 : 1;
    const int environments = 1 + input.byte() % 8;

    UsageSnapshotBuilder builder;
    EnvironmentNames names;
    for (int hour = 0; hour < hours; ++hour) {
        HourSummary summary;
        summary.clusterUuid = QStringLiteral("c0ffee");
        summary.hourStartMs = FirstHourMs + hour * qint64(3600000) + (flags & 16 ? qint64(31) * 24 * 3600000 : 0);
        for (int e = 0; e < environments; ++e) {
            EnvironmentHourSummary environment;
            environment.environmentId = input.text(24);
            if (hour == 0)
                names.insert(environment.environmentId, input.text(24));
            environment.usage.periodStartMs = summary.hourStartMs;
            environment.usage.hoursWithData = 1;
            environment.usage.visits = input.number();
            environment.usage.setLogStorageLevel(input.number());
            environment.usage.trial = (input.byte() & 1) != 0;
            const QString pool = input.text(12);
            if (!pool.isEmpty()) {
                const double total = double(input.number() % 1000000) / 1000.0;
                environment.ddu.append({pool, total});
                environment.usage.dduTotal = total;
            }
            summary.environments.push_back(std::move(environment));
        }
        builder.add(std::move(summary), QStringLiteral("fuzz-%1.json").arg(hour));
    }
    const UsageSnapshotPtr store = builder.build();

    CsvOptions options;
    options.granularity = granularity;
    if (filter) {
        for (qsizetype i = 0; i < store->environmentIds().size(); i += 2)
            options.environments.insert(store->environmentIds().at(i));
    }
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    FUZZ_CHECK(!CsvWriter::write(device, *store, names, options).isError());

    const QByteArray bytes = device.data();
    FUZZ_CHECK(bytes.endsWith('\n'));
    const std::optional<QList<QStringList>> records = readCsv(QString::fromUtf8(bytes));
    FUZZ_CHECK(records.has_value());
    FUZZ_CHECK(!records->isEmpty());

    const QStringList &header = records->first();
    FUZZ_CHECK(header == CsvWriter::header(*store, granularity));
    FUZZ_CHECK(QSet<QString>(header.cbegin(), header.cend()).size() == header.size());
    if (granularity == Granularity::Hour)
        FUZZ_CHECK(header.mid(0, DocumentedHourlyHeader.size()) == DocumentedHourlyHeader);
    FUZZ_CHECK(header.size() == 21 + store->dduPools().size() + (granularity == Granularity::Hour ? 0 : 3));

    // The rows the writer was asked for, in its order; each must come back with its id and name exactly.
    QList<int> expected;
    for (const UsageRow &row : store->rollUp(granularity)) {
        if (options.environments.isEmpty() ||
            options.environments.contains(store->environmentIds().at(row.environment)))
            expected.append(row.environment);
    }
    FUZZ_CHECK(records->size() == expected.size() + 1);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &record = records->at(r);
        FUZZ_CHECK(record.size() == header.size());
        const QString &id = store->environmentIds().at(expected.at(r - 1));
        FUZZ_CHECK(record.at(1) == id);
        FUZZ_CHECK(record.at(2) == names.value(id));
        FUZZ_CHECK(record.last() != QString() || store->dduPools().isEmpty());
    }
    return 0;
}
