// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One hourly JSON file of an export, parsed both ways the importer does (a copy, and in place with the SIMD
// padding after the text), then summarised with the default rules. Oracle: both parses agree, and every rule
// result stays within what the rules allow.
#include "fuzzcheck.h"

#include <usage/hourparser.h>
#include <usage/hoursummary.h>

#include <cstdint>

using namespace LicenseCore;

namespace {
qsizetype hostCount(const HourRecord &record)
{
    qsizetype hosts = 0;
    for (const EnvironmentHour &environment : record.environments)
        hosts += qsizetype(environment.hosts.size());
    return hosts;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *text = reinterpret_cast<const char *>(data);
    const qsizetype length = qsizetype(size);
    const QString source = QStringLiteral("fuzz.json");

    // Without spare capacity: the parser copies the text into a padded buffer.
    const QByteArray exact(text, length);
    Result<HourRecord> copied = parseHourRecord(exact, source);

    // With the padding the archive reader leaves: parsed in place.
    QByteArray padded;
    padded.reserve(length + 64);
    padded.append(text, length);
    Result<HourRecord> inPlace = parseHourRecord(padded, source);

    FUZZ_CHECK(copied.ok() == inPlace.ok());
    if (!copied) {
        FUZZ_CHECK(!copied.error().message().isEmpty());
        FUZZ_CHECK(copied.error().message() == inPlace.error().message());
        return 0;
    }
    const HourRecord &a = copied.value();
    const HourRecord &b = inPlace.value();
    FUZZ_CHECK(a.clusterUuid == b.clusterUuid);
    FUZZ_CHECK(a.timeFrameStartMs == b.timeFrameStartMs);
    FUZZ_CHECK(a.timeFrameEndMs == b.timeFrameEndMs);
    FUZZ_CHECK(a.environments.size() == b.environments.size());
    FUZZ_CHECK(hostCount(a) == hostCount(b));
    FUZZ_CHECK(a.warnings == b.warnings);
    for (size_t i = 0; i < a.environments.size(); ++i) {
        FUZZ_CHECK(a.environments[i].environmentId == b.environments[i].environmentId);
        FUZZ_CHECK(a.environments[i].visits == b.environments[i].visits);
        FUZZ_CHECK(a.environments[i].ddu.size() == b.environments[i].ddu.size());
    }

    const qsizetype environments = qsizetype(a.environments.size());
    const HourSummary summary = summarizeHour(std::move(copied).value(), RuleSettings{});
    FUZZ_CHECK(qsizetype(summary.environments.size()) <= environments);
    for (const EnvironmentHourSummary &environment : summary.environments) {
        qint64 counted = 0;
        for (const HostContribution &host : environment.hosts) {
            FUZZ_CHECK(host.hostUnitsMilli >= 0);
            FUZZ_CHECK(host.counted || host.hostUnitsMilli == 0);
            counted += host.counted ? 1 : 0;
        }
        FUZZ_CHECK(environment.usage.peakHosts == counted);
        FUZZ_CHECK(environment.usage.hostUnitHoursMilli >= 0);
        for (qsizetype i = 0; i < environment.ddu.size(); ++i) {
            for (qsizetype j = i + 1; j < environment.ddu.size(); ++j)
                FUZZ_CHECK(environment.ddu.at(i).pool != environment.ddu.at(j).pool);
        }
    }
    return 0;
}
