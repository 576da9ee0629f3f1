// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/timeutil.h>
#include <report/chargebackcalculator.h>
#include <report/csvwriter.h>
#include <report/currency.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace LicenseCore {

namespace {

struct CalculatorText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ChargebackCalculator)
};

// GCC's and Clang's 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ using Int128 = __int128;

constexpr qint64 Micro = 1000000;
constexpr qint64 Milli = 1000;
constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 Nano = 1000000000;

// The metrics in the order statements list them.
const QString HostUnitHours = QStringLiteral("host_unit_hours");
const QString DemUnits = QStringLiteral("dem_units");
const QString Ddu = QStringLiteral("ddu");
const QString LogUploadGiB = QStringLiteral("log_upload_gib");
const QString EnvironmentMonths = QStringLiteral("environment_months");

int metricOrder(const QString &metric)
{
    if (metric == HostUnitHours)
        return 0;
    if (metric == DemUnits)
        return 1;
    if (metric == Ddu)
        return 2;
    if (metric == LogUploadGiB)
        return 4;
    if (metric == EnvironmentMonths)
        return 5;
    return 3; // ddu_<pool>, after ddu
}

bool metricLess(const QString &a, const QString &b)
{
    const int orderA = metricOrder(a);
    const int orderB = metricOrder(b);
    return orderA != orderB ? orderA < orderB : a < b;
}

qint64 toMicro(double value)
{
    return std::llround(value * double(Micro));
}

qint64 nextMonth(qint64 monthStartMs)
{
    return QDateTime::fromMSecsSinceEpoch(monthStartMs, Qt::UTC).addMonths(1).toMSecsSinceEpoch();
}

// The exact amount of a quantity at a price, in minor units: numerator over quantityDenominator × 10⁹. 128 bits:
// a year of a large cluster's host-unit hours at a price of thousands still fits.
Int128 exactAmount(qint64 quantityNumerator, qint64 priceNano, qint64 minorScale)
{
    return Int128(quantityNumerator) * priceNano * minorScale;
}

// A numerator over a denominator as a plain decimal: exact for powers of ten, else to six decimals; trailing zeros
// removed.
QString decimalText(qint64 numerator, qint64 denominator)
{
    qint64 scale = 1;
    int digits = 0;
    while (scale < denominator && denominator % (scale * 10) == 0 && digits < 18) {
        scale *= 10;
        ++digits;
    }
    QString text;
    if (scale == denominator) {
        text = Currency::formatMinor(numerator, digits);
    } else {
        const long double value = static_cast<long double>(numerator) / static_cast<long double>(denominator);
        text = Currency::formatMinor(std::llround(value * 1e6L), 6);
        digits = 6;
    }
    if (digits > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

// The pool's own price in the version, if the rate card names it (by the export's name or its CSV column name).
std::optional<double> poolPrice(const RateVersion &version, const QString &pool)
{
    if (const auto it = version.dduPools.constFind(pool); it != version.dduPools.cend())
        return *it;
    const QString column = CsvWriter::poolColumn(pool);
    for (auto it = version.dduPools.constBegin(); it != version.dduPools.constEnd(); ++it) {
        if (CsvWriter::poolColumn(it.key()) == column)
            return it.value();
    }
    return std::nullopt;
}

struct LineKey
{
    QString environmentId;
    QString metric;
    int version = 0;

    bool operator<(const LineKey &other) const
    {
        return std::tie(metric, version, environmentId) < std::tie(other.metric, other.version, other.environmentId);
    }
};

struct Accumulated
{
    qint64 quantityNumerator = 0;
    qint64 quantityDenominator = 1;
    qint64 priceNano = 0;
};

} // namespace

QString ChargebackLine::quantityText() const
{
    return decimalText(quantityNumerator, quantityDenominator);
}

QString ChargebackLine::unitPriceText() const
{
    return decimalText(unitPriceNano, Nano);
}

QString ChargebackTotal::quantityText() const
{
    return decimalText(quantityNumerator, quantityDenominator);
}

QString ChargebackStatement::amountText(qint64 amountMinor) const
{
    return Currency::formatMinor(amountMinor, minorDigits);
}

QStringList ChargebackStatement::notes() const
{
    QStringList notes;
    notes.append(CalculatorText::tr("Host-unit hours and DEM units are estimates computed from the exports with the "
                                    "licensing rules, not billed figures; DDUs and log upload are the exports' own "
                                    "figures, summed."));
    if (missingHourCount > 0) {
        QStringList ranges;
        for (const HourRange &range : missingHours)
            ranges.append(Time::isoUtc(range.fromMs) + QLatin1Char('/') + Time::isoUtc(range.toMs));
        notes.append(
            CalculatorText::tr("%n hour(s) of the period are missing from the history: %1", nullptr, missingHourCount)
                .arg(ranges.join(QStringLiteral(", "))));
    } else {
        notes.append(CalculatorText::tr("The history holds every hour of the period."));
    }
    notes.append(CalculatorText::tr("Rate card version(s): %1 (currency %2).")
                     .arg(rateVersions.join(QStringLiteral(", ")), currency));
    return notes;
}

Status ChargebackCalculator::checkMapping(const Input &input)
{
    for (const ManualCostCentre &entry : input.mapping.manual()) {
        if (!input.knownEnvironments.contains(entry.environmentId) &&
            (!input.snapshot || input.snapshot->environmentIndex(entry.environmentId) < 0)) {
            const QString problem = CalculatorText::tr("unknown environment %1").arg(entry.environmentId);
            return Error{ErrorCode::InvalidArgument,
                         entry.line > 0 ? CalculatorText::tr("line %1: %2").arg(entry.line).arg(problem) : problem,
                         {}};
        }
    }
    return {};
}

Result<ChargebackStatement> ChargebackCalculator::compute(const Input &input)
{
    if (const Status status = input.rates.validate(); status.isError())
        return status;
    if (!input.snapshot || input.snapshot->hourly().empty())
        return Error{ErrorCode::NoUsageData, CalculatorText::tr("the period has no usage data in the history"), {}};
    const UsageSnapshot &snapshot = *input.snapshot;
    if (const Status status = checkMapping(input); status.isError())
        return status;

    ChargebackStatement statement;
    statement.clusterUuid = snapshot.clusterUuid();
    statement.period = input.period;
    statement.currency = input.rates.currency;
    statement.minorDigits = Currency::minorDigits(input.rates.currency).value_or(2);
    qint64 minorScale = 1;
    for (int i = 0; i < statement.minorDigits; ++i)
        minorScale *= 10;
    for (const HourRange &gap : snapshot.gaps()) {
        const HourRange clipped{std::max(gap.fromMs, input.period.fromMs), std::min(gap.toMs, input.period.toMs)};
        if (!clipped.isEmpty()) {
            statement.missingHours.append(clipped);
            statement.missingHourCount += clipped.hours();
        }
    }

    // Quantities per environment, metric and version: each month of the period is priced by its own version.
    std::map<LineKey, Accumulated> lines;
    QSet<int> versionsUsed;
    auto add = [&](const QString &environmentId, const QString &metric, int version, qint64 numerator,
                   qint64 denominator, double price) {
        // A metric the version does not price is not charged, and a statement does not list it.
        if (numerator <= 0 || RateVersion::nano(price) <= 0)
            return;
        Accumulated &line = lines[LineKey{environmentId, metric, version}];
        line.quantityNumerator += numerator;
        line.quantityDenominator = denominator;
        line.priceNano = RateVersion::nano(price);
    };
    const std::vector<UsageRow> months = snapshot.rollUp(Granularity::Month);
    for (const UsageRow &row : months) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(row.periodStartMs, Qt::UTC).date();
        const int versionIndex = input.rates.versionFor(date.year(), date.month());
        if (versionIndex < 0) {
            return Error{ErrorCode::InvalidArgument,
                         CalculatorText::tr("the rate card has no prices for %1; its first month is %2")
                             .arg(date.toString(QStringLiteral("yyyy-MM")), input.rates.versions.first().from()),
                         {}};
        }
        versionsUsed.insert(versionIndex);
        const RateVersion &version = input.rates.versions.at(versionIndex);
        const QString environmentId = snapshot.environmentIds().at(row.environment);
        add(environmentId, HostUnitHours, versionIndex, row.hostUnitHoursMilli, Milli, version.hostUnitHour);
        add(environmentId, DemUnits, versionIndex, toMicro(row.demUnits), Micro, version.demUnit);
        qint64 otherDdu = toMicro(row.dduTotal);
        for (qsizetype pool = 0; pool < snapshot.dduPools().size() && pool < row.dduByPool.size(); ++pool) {
            const QString &name = snapshot.dduPools().at(pool);
            if (const std::optional<double> price = poolPrice(version, name)) {
                const qint64 micro = toMicro(row.dduByPool.at(pool));
                add(environmentId, CsvWriter::poolColumn(name), versionIndex, micro, Micro, *price);
                otherDdu -= micro;
            }
        }
        add(environmentId, Ddu, versionIndex, std::max<qint64>(0, otherDdu), Micro, version.ddu);
        add(environmentId, LogUploadGiB, versionIndex, row.logUploadBytes, GiB, version.logUploadGiB);
        // An environment with any hour in the month pays the month's fixed amount; a month the period covers only
        // in part, in proportion to the period's hours of it.
        const qint64 monthEnd = nextMonth(row.periodStartMs);
        const qint64 from = std::max(row.periodStartMs, input.period.fromMs);
        const qint64 to = std::min(monthEnd, input.period.toMs);
        const qint64 monthHours = (monthEnd - row.periodStartMs) / Time::HourMs;
        const qint64 coveredHours = std::max<qint64>(0, (to - from) / Time::HourMs);
        add(environmentId, EnvironmentMonths, versionIndex, (coveredHours * Micro + monthHours / 2) / monthHours, Micro,
            version.environmentMonthly);
    }

    // Per metric and version: the total rounded once (half up), each line's floor, and the remaining minor units
    // to the lines with the largest remainders; a tie goes to the environment id that sorts first, so that moving
    // an environment to another cost centre does not move a cent between environments.
    QHash<QString, CostCentreStatement> byCostCentre;
    auto groupBegin = lines.begin();
    while (groupBegin != lines.end()) {
        auto groupEnd = groupBegin;
        Int128 sum = 0;
        qint64 quantity = 0;
        while (groupEnd != lines.end() && groupEnd->first.metric == groupBegin->first.metric &&
               groupEnd->first.version == groupBegin->first.version) {
            sum += exactAmount(groupEnd->second.quantityNumerator, groupEnd->second.priceNano, minorScale);
            quantity += groupEnd->second.quantityNumerator;
            ++groupEnd;
        }
        const Int128 denominator = Int128(groupBegin->second.quantityDenominator) * Nano;
        const qint64 total = qint64((sum + denominator / 2) / denominator);
        struct Share
        {
            LineKey key;
            qint64 amount;
            Int128 remainder;
        };
        std::vector<Share> shares;
        qint64 floors = 0;
        for (auto it = groupBegin; it != groupEnd; ++it) {
            const Int128 exact = exactAmount(it->second.quantityNumerator, it->second.priceNano, minorScale);
            shares.push_back({it->first, qint64(exact / denominator), exact % denominator});
            floors += shares.back().amount;
        }
        std::vector<size_t> order(shares.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return shares[a].remainder > shares[b].remainder; });
        for (qint64 i = 0; i < total - floors && size_t(i) < order.size(); ++i)
            ++shares[order[size_t(i)]].amount;

        const RateVersion &version = input.rates.versions.at(groupBegin->first.version);
        statement.clusterTotals.append({groupBegin->first.metric, version.from(), quantity,
                                        groupBegin->second.quantityDenominator, groupBegin->second.priceNano, total});
        statement.totalMinor += total;
        for (const Share &share : shares) {
            const CostCentreAssignment assignment = input.mapping.assign(share.key.environmentId);
            const QString name =
                assignment.costCentre.isEmpty() ? CostCentreMapping::unallocated() : assignment.costCentre;
            CostCentreStatement &costCentre = byCostCentre[name];
            costCentre.name = name;
            const Accumulated &accumulated = lines.at(share.key);
            costCentre.lines.append({name, share.key.environmentId, input.names.value(share.key.environmentId),
                                     share.key.metric, accumulated.quantityNumerator, accumulated.quantityDenominator,
                                     accumulated.priceNano, share.amount, version.from(), assignment.source});
            costCentre.totalMinor += share.amount;
        }
        groupBegin = groupEnd;
    }

    // Every environment with hours in the period stands under its cost centre, also when the prices charge it
    // nothing: a cost centre, Unallocated included, is never dropped for owing nothing (docs/rules.md).
    for (const UsageRow &row : months) {
        const CostCentreAssignment assignment = input.mapping.assign(snapshot.environmentIds().at(row.environment));
        const QString name = assignment.costCentre.isEmpty() ? CostCentreMapping::unallocated() : assignment.costCentre;
        byCostCentre[name].name = name;
    }

    QStringList names = byCostCentre.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const bool aUnallocated = a == CostCentreMapping::unallocated();
        const bool bUnallocated = b == CostCentreMapping::unallocated();
        if (aUnallocated != bUnallocated)
            return bUnallocated;
        return a.localeAwareCompare(b) < 0;
    });
    for (const QString &name : names) {
        CostCentreStatement costCentre = byCostCentre.take(name);
        std::sort(costCentre.lines.begin(), costCentre.lines.end(),
                  [](const ChargebackLine &a, const ChargebackLine &b) {
                      if (a.environmentId != b.environmentId)
                          return a.environmentId < b.environmentId;
                      if (a.metric != b.metric)
                          return metricLess(a.metric, b.metric);
                      return a.rateVersion < b.rateVersion;
                  });
        statement.costCentres.append(std::move(costCentre));
    }
    std::stable_sort(statement.clusterTotals.begin(), statement.clusterTotals.end(),
                     [](const ChargebackTotal &a, const ChargebackTotal &b) {
                         if (a.metric != b.metric)
                             return metricLess(a.metric, b.metric);
                         return a.rateVersion < b.rateVersion;
                     });
    QList<int> versions(versionsUsed.cbegin(), versionsUsed.cend());
    std::sort(versions.begin(), versions.end());
    for (int index : versions)
        statement.rateVersions.append(input.rates.versions.at(index).from());
    return statement;
}

} // namespace LicenseCore
