// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <common/savefile.h>
#include <common/timeutil.h>
#include <report/csvwriter.h>

#include <QSaveFile>

namespace LicenseCore {

namespace {

// The columns after the host figures: the same names and meanings at every resolution.
const QStringList UsageColumns = {
    QStringLiteral("visits"),
    QStringLiteral("mobile_sessions"),
    QStringLiteral("session_replays"),
    QStringLiteral("mobile_session_replays"),
    QStringLiteral("rum_user_properties"),
    QStringLiteral("synthetic_browser_executions"),
    QStringLiteral("synthetic_http_executions"),
    QStringLiteral("dem_units_estimate"),
    QStringLiteral("ddu_total"),
    QStringLiteral("custom_metrics"),
    QStringLiteral("log_storage_bytes"),
    QStringLiteral("log_upload_bytes"),
    QStringLiteral("trial"),
};

const QStringList HourlyColumns =
    QStringList{
        QStringLiteral("hour_start_utc"),
        QStringLiteral("environment_id"),
        QStringLiteral("environment_name"),
        QStringLiteral("hosts"),
        QStringLiteral("host_units"),
        QStringLiteral("fullstack_host_units"),
        QStringLiteral("infrastructure_host_units"),
        QStringLiteral("paas_host_units"),
    } +
    UsageColumns;

const QStringList PeriodColumns =
    QStringList{
        QStringLiteral("period_start_utc"),
        QStringLiteral("environment_id"),
        QStringLiteral("environment_name"),
        QStringLiteral("hours_with_data"),
        QStringLiteral("peak_hosts"),
        QStringLiteral("host_unit_hours"),
        QStringLiteral("peak_host_units"),
        QStringLiteral("fullstack_host_unit_hours"),
        QStringLiteral("infrastructure_host_unit_hours"),
        QStringLiteral("paas_host_unit_hours"),
    } +
    UsageColumns;

} // namespace

QString CsvWriter::poolColumn(const QString &pool)
{
    QString column = QStringLiteral("ddu_");
    column.reserve(4 + pool.size());
    for (const QChar c : pool.toLower()) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        column += allowed ? c : QLatin1Char('_');
    }
    return column;
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList CsvWriter::header(const UsageSnapshot &store, Granularity granularity)
{
    QStringList columns = granularity == Granularity::Hour ? HourlyColumns : PeriodColumns;
    QSet<QString> used(columns.cbegin(), columns.cend());
    for (const QString &pool : store.dduPools()) {
        // Two pools may fold to one name ("Log" and "log"); keep every column name unique.
        QString column = poolColumn(pool);
        const QString base = column;
        for (int n = 2; used.contains(column); ++n)
            column = base + QLatin1Char('_') + QString::number(n);
        used.insert(column);
        columns.append(column);
    }
    return columns;
}

Error CsvWriter::write(QIODevice &device, const UsageSnapshot &store, const EnvironmentNames &names,
                       const CsvOptions &options)
{
    const bool hourly = options.granularity == Granularity::Hour;
    QByteArray buffer;
    buffer.reserve(1 << 16);
    buffer += header(store, options.granularity).join(QLatin1Char(',')).toUtf8();
    buffer += '\n';

    // Names are quoted once per environment rather than once per row.
    QStringList environmentCells;
    environmentCells.reserve(store.environmentIds().size());
    for (const QString &id : store.environmentIds())
        environmentCells.append(quoted(id) + QLatin1Char(',') + quoted(names.value(id)));

    auto flush = [&]() -> bool {
        if (device.write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };

    const std::vector<UsageRow> rows = store.rollUp(options.granularity);
    QString line;
    for (const UsageRow &row : rows) {
        const QString &id = store.environmentIds().at(row.environment);
        if (!options.environments.isEmpty() && !options.environments.contains(id))
            continue;
        line.clear();
        line += Time::isoUtc(row.periodStartMs) + QLatin1Char(',') + environmentCells.at(row.environment);
        auto add = [&line](const QString &cell) {
            line += QLatin1Char(',');
            line += cell;
        };
        if (hourly) {
            add(QString::number(row.peakHosts));
            add(formatMilli(row.hostUnitHoursMilli));
        } else {
            add(QString::number(row.hoursWithData));
            add(QString::number(row.peakHosts));
            add(formatMilli(row.hostUnitHoursMilli));
            add(formatMilli(row.peakHostUnitsMilli));
        }
        add(formatMilli(row.fullStackHostUnitHoursMilli));
        add(formatMilli(row.infrastructureHostUnitHoursMilli));
        add(formatMilli(row.paasHostUnitHoursMilli));
        add(QString::number(row.visits));
        add(QString::number(row.mobileSessions));
        add(QString::number(row.sessionReplays));
        add(QString::number(row.mobileSessionReplays));
        add(QString::number(row.rumUserProperties));
        add(QString::number(row.syntheticBrowserExecutions));
        add(QString::number(row.syntheticHttpExecutions));
        add(formatDecimal(row.demUnits));
        add(formatDecimal(row.dduTotal));
        add(QString::number(row.customMetrics));
        add(QString::number(row.logStorageBytes));
        add(QString::number(row.logUploadBytes));
        add(row.trial ? QStringLiteral("true") : QStringLiteral("false"));
        for (qsizetype pool = 0; pool < store.dduPools().size(); ++pool)
            add(formatDecimal(row.dduByPool.value(pool)));
        buffer += line.toUtf8();
        buffer += '\n';
        if (buffer.size() > (1 << 16) && !flush())
            return Error{ErrorCode::FileUnwritable, device.errorString(), {}};
    }
    if (!flush())
        return Error{ErrorCode::FileUnwritable, device.errorString(), {}};
    return {};
}

Error CsvWriter::save(const QString &path, const UsageSnapshot &store, const EnvironmentNames &names,
                      const CsvOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    if (Error error = write(file, store, names, options); error.isError()) {
        file.cancelWriting();
        error.where = path;
        return error;
    }
    if (!commitComplete(file))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    return {};
}

} // namespace LicenseCore
