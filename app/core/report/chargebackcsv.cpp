// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/savefile.h>
#include <report/chargebackcsv.h>
#include <report/csvwriter.h>

#include <QSaveFile>

namespace LicenseCore {

QStringList ChargebackCsv::header()
{
    return {QStringLiteral("cost_centre"), QStringLiteral("environment_id"),   QStringLiteral("metric"),
            QStringLiteral("quantity"),    QStringLiteral("unit_price"),       QStringLiteral("amount"),
            QStringLiteral("currency"),    QStringLiteral("environment_name"), QStringLiteral("cost_centre_source"),
            QStringLiteral("rate_version")};
}

QString ChargebackCsv::sourceName(CostCentreSource source)
{
    switch (source) {
    case CostCentreSource::Tag:
        return QStringLiteral("tag");
    case CostCentreSource::Manual:
        return QStringLiteral("manual");
    case CostCentreSource::None:
        break;
    }
    return QStringLiteral("none");
}

Error ChargebackCsv::write(QIODevice &device, const ChargebackStatement &statement)
{
    QByteArray csv = header().join(QLatin1Char(',')).toUtf8() + '\n';
    for (const CostCentreStatement &costCentre : statement.costCentres) {
        for (const ChargebackLine &line : costCentre.lines) {
            const QStringList fields = {CsvWriter::quoted(line.costCentre),
                                        CsvWriter::quoted(line.environmentId),
                                        line.metric,
                                        line.quantityText(),
                                        line.unitPriceText(),
                                        statement.amountText(line.amountMinor),
                                        statement.currency,
                                        CsvWriter::quoted(line.environmentName),
                                        sourceName(line.source),
                                        line.rateVersion};
            csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    }
    if (device.write(csv) != csv.size())
        return Error{ErrorCode::FileUnwritable, device.errorString(), {}};
    return {};
}

Error ChargebackCsv::save(const QString &path, const ChargebackStatement &statement)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    if (const Error error = write(file, statement); error.isError())
        return Error{error.code, error.detail, path};
    if (!commitComplete(file))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    return {};
}

} // namespace LicenseCore
