// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/savefile.h>
#include <report/currency.h>
#include <report/ratecard.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace LicenseCore {

namespace {

struct RateCardText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::RateCard)
};

const QString CurrencyKey = QStringLiteral("currency");
const QString RatesKey = QStringLiteral("rates");
const QString FromKey = QStringLiteral("from");
const QString HostUnitHourKey = QStringLiteral("hostUnitHour");
const QString DemUnitKey = QStringLiteral("demUnit");
const QString DduKey = QStringLiteral("ddu");
const QString DduPoolsKey = QStringLiteral("dduPools");
const QString LogUploadKey = QStringLiteral("logUploadGiB");
const QString EnvironmentMonthlyKey = QStringLiteral("environmentMonthly");

Error invalid(const QString &key, const QString &problem)
{
    return Error{ErrorCode::InvalidArgument, key + QStringLiteral(": ") + problem, {}};
}

QString versionKey(qsizetype index, const QString &key = {})
{
    QString path = RatesKey + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    return key.isEmpty() ? path : path + QLatin1Char('.') + key;
}

// Reads a price; only the type is checked here, the value by RateCard::validate().
Result<double> price(const QJsonValue &value, const QString &key)
{
    if (!value.isDouble())
        return invalid(key, RateCardText::tr("not a number"));
    return value.toDouble();
}

Status priceValid(double value, const QString &key)
{
    if (!std::isfinite(value) || value < 0)
        return invalid(key, RateCardText::tr("negative price"));
    if (value > 1e9)
        return invalid(key, RateCardText::tr("price too large"));
    return {};
}

Result<RateVersion> parseVersion(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        return invalid(versionKey(index), RateCardText::tr("not an object"));
    const QJsonObject object = value.toObject();
    RateVersion version;
    bool hasFrom = false;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = versionKey(index, it.key());
        if (it.key() == FromKey) {
            static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
            const QRegularExpressionMatch match = month.match(it.value().toString());
            const int monthNumber = match.hasMatch() ? match.captured(2).toInt() : 0;
            if (!it.value().isString() || monthNumber < 1 || monthNumber > 12)
                return invalid(key, RateCardText::tr("not a month like %1").arg(QStringLiteral("2025-01")));
            version.fromYear = match.captured(1).toInt();
            version.fromMonth = monthNumber;
            hasFrom = true;
        } else if (it.key() == DduPoolsKey) {
            if (!it.value().isObject())
                return invalid(key, RateCardText::tr("not an object"));
            const QJsonObject pools = it.value().toObject();
            for (auto pool = pools.constBegin(); pool != pools.constEnd(); ++pool) {
                const Result<double> poolPrice = price(pool.value(), key + QLatin1Char('.') + pool.key());
                if (!poolPrice)
                    return poolPrice.error();
                version.dduPools.insert(pool.key(), poolPrice.value());
            }
        } else {
            double *target = nullptr;
            if (it.key() == HostUnitHourKey)
                target = &version.hostUnitHour;
            else if (it.key() == DemUnitKey)
                target = &version.demUnit;
            else if (it.key() == DduKey)
                target = &version.ddu;
            else if (it.key() == LogUploadKey)
                target = &version.logUploadGiB;
            else if (it.key() == EnvironmentMonthlyKey)
                target = &version.environmentMonthly;
            else
                return invalid(key, RateCardText::tr("unknown key"));
            const Result<double> parsed = price(it.value(), key);
            if (!parsed)
                return parsed.error();
            *target = parsed.value();
        }
    }
    if (!hasFrom)
        return invalid(versionKey(index, FromKey), RateCardText::tr("missing"));
    return version;
}

QJsonValue priceJson(double value)
{
    return QJsonValue(value);
}

} // namespace

QString RateVersion::from() const
{
    return QStringLiteral("%1-%2").arg(fromYear, 4, 10, QLatin1Char('0')).arg(fromMonth, 2, 10, QLatin1Char('0'));
}

qint64 RateVersion::nano(double price)
{
    return std::llround(price * 1e9);
}

Result<RateCard> RateCard::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype line = json.left(parseError.offset).count('\n') + 1;
        return Error{ErrorCode::InvalidJson,
                     RateCardText::tr("line %1: not valid JSON (%2)").arg(line).arg(parseError.errorString()),
                     {}};
    }
    if (!document.isObject())
        return Error{ErrorCode::InvalidJson, RateCardText::tr("the rate card is not a JSON object"), {}};
    const QJsonObject root = document.object();
    RateCard card;
    bool hasCurrency = false;
    bool hasRates = false;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() == CurrencyKey) {
            if (!it.value().isString())
                return invalid(CurrencyKey, RateCardText::tr("not a string"));
            card.currency = it.value().toString();
            hasCurrency = true;
        } else if (it.key() == RatesKey) {
            if (!it.value().isArray())
                return invalid(RatesKey, RateCardText::tr("not an array"));
            const QJsonArray rates = it.value().toArray();
            for (qsizetype i = 0; i < rates.size(); ++i) {
                Result<RateVersion> version = parseVersion(rates.at(i), i);
                if (!version)
                    return version.error();
                card.versions.append(std::move(version).value());
            }
            hasRates = true;
        } else {
            return invalid(it.key(), RateCardText::tr("unknown key"));
        }
    }
    if (!hasCurrency)
        return invalid(CurrencyKey, RateCardText::tr("missing"));
    if (!hasRates || card.versions.isEmpty())
        return invalid(RatesKey, RateCardText::tr("no prices"));
    if (const Status status = card.validate(); status.isError())
        return status;
    std::sort(card.versions.begin(), card.versions.end(),
              [](const RateVersion &a, const RateVersion &b) { return a.monthIndex() < b.monthIndex(); });
    return card;
}

Result<RateCard> RateCard::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, RateCardText::tr("no such file"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, file.errorString(), path};
    // A rate card is a few hundred bytes; a megabyte is surely not one.
    const QByteArray json = file.read(1 << 20);
    Result<RateCard> card = parse(json);
    if (!card)
        return Error{card.error().code, card.error().detail, path};
    return card;
}

QByteArray RateCard::toJson() const
{
    QJsonArray rates;
    for (const RateVersion &version : versions) {
        QJsonObject pools;
        for (auto it = version.dduPools.constBegin(); it != version.dduPools.constEnd(); ++it)
            pools.insert(it.key(), priceJson(it.value()));
        QJsonObject object{{FromKey, version.from()},
                           {HostUnitHourKey, priceJson(version.hostUnitHour)},
                           {DemUnitKey, priceJson(version.demUnit)},
                           {DduKey, priceJson(version.ddu)},
                           {LogUploadKey, priceJson(version.logUploadGiB)},
                           {EnvironmentMonthlyKey, priceJson(version.environmentMonthly)}};
        if (!pools.isEmpty())
            object.insert(DduPoolsKey, pools);
        rates.append(object);
    }
    return QJsonDocument(QJsonObject{{CurrencyKey, currency}, {RatesKey, rates}}).toJson(QJsonDocument::Indented);
}

Status RateCard::save(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray json = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !commitComplete(file))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    return {};
}

Status RateCard::validate() const
{
    if (!Currency::minorDigits(currency))
        return invalid(CurrencyKey, RateCardText::tr("unknown currency code \"%1\"").arg(currency));
    QSet<int> months;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const RateVersion &version = versions.at(i);
        if (version.fromMonth < 1 || version.fromMonth > 12 || version.fromYear < 1970 || version.fromYear > 9999)
            return invalid(versionKey(i, FromKey),
                           RateCardText::tr("not a month like %1").arg(QStringLiteral("2025-01")));
        if (months.contains(version.monthIndex()))
            return invalid(versionKey(i, FromKey),
                           RateCardText::tr("the month %1 has prices twice").arg(version.from()));
        months.insert(version.monthIndex());
        const std::pair<const QString &, double> prices[] = {{HostUnitHourKey, version.hostUnitHour},
                                                             {DemUnitKey, version.demUnit},
                                                             {DduKey, version.ddu},
                                                             {LogUploadKey, version.logUploadGiB},
                                                             {EnvironmentMonthlyKey, version.environmentMonthly}};
        for (const auto &[key, value] : prices) {
            if (const Status status = priceValid(value, versionKey(i, key)); status.isError())
                return status;
        }
        for (auto it = version.dduPools.constBegin(); it != version.dduPools.constEnd(); ++it) {
            const QString key = versionKey(i, DduPoolsKey) + QLatin1Char('.') + it.key();
            if (it.key().isEmpty())
                return invalid(key, RateCardText::tr("a pool needs a name"));
            if (const Status status = priceValid(it.value(), key); status.isError())
                return status;
        }
    }
    return {};
}

int RateCard::versionFor(int year, int month) const
{
    const int index = year * 12 + month - 1;
    int found = -1;
    for (int i = 0; i < versions.size(); ++i) {
        if (versions.at(i).monthIndex() <= index &&
            (found < 0 || versions.at(i).monthIndex() > versions.at(found).monthIndex()))
            found = i;
    }
    return found;
}

} // namespace LicenseCore
