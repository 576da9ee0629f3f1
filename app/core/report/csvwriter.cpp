// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/numberformat.h>
#include <common/savefile.h>
#include <common/timeutil.h>
#include <report/csvwriter.h>

#include <QSaveFile>
#include <charconv>
#include <optional>

namespace LicenseCore {

namespace {

// The columns after the host figures: the same names and meanings at every resolution, except log storage. It is a
// level, not a flow: an hour shows it as it was, a day or a month its highest and its average hourly level, never a
// sum (docs/rules.md, "Log volume").
QStringList usageColumns(const QStringList &logStorage)
{
    return QStringList{
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
           } +
           logStorage +
           QStringList{
               QStringLiteral("log_upload_bytes"),
               QStringLiteral("trial"),
           };
}

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
    usageColumns({QStringLiteral("log_storage_bytes")});

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
    usageColumns({QStringLiteral("log_storage_bytes_peak"), QStringLiteral("log_storage_bytes_avg")});

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
    buffer.reserve(1 << 17);
    buffer += header(store, options.granularity).join(QLatin1Char(',')).toUtf8();
    buffer += '\n';

    // Names are quoted once per environment rather than once per row, and each row is written as bytes, numbers
    // straight into the buffer: a month of a large cluster has tens of thousands of rows.
    QList<QByteArray> environmentCells;
    environmentCells.reserve(store.environmentIds().size());
    for (const QString &id : store.environmentIds())
        environmentCells.append((quoted(id) + QLatin1Char(',') + quoted(names.value(id))).toUtf8());

    auto flush = [&]() -> bool {
        if (device.write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };

    std::vector<UsageRow> rolledUp;
    if (!hourly)
        rolledUp = store.rollUp(options.granularity);
    const std::vector<UsageRow> &rows = hourly ? store.hourly() : rolledUp;
    // Rows come ordered by period: its text changes once per period, not per row.
    std::optional<qint64> period;
    QByteArray periodText;
    auto integer = [&buffer](qint64 value) {
        char digits[24];
        buffer += ',';
        buffer.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
    };
    auto milli = [&buffer](qint64 value) {
        buffer += ',';
        appendMilli(buffer, value);
    };
    auto decimal = [&buffer](double value) {
        buffer += ',';
        appendDecimal(buffer, value);
    };
    for (const UsageRow &row : rows) {
        const QString &id = store.environmentIds().at(row.environment);
        if (!options.environments.isEmpty() && !options.environments.contains(id))
            continue;
        if (period != row.periodStartMs) {
            period = row.periodStartMs;
            periodText = Time::isoUtc(row.periodStartMs).toUtf8();
        }
        buffer += periodText;
        buffer += ',';
        buffer += environmentCells.at(row.environment);
        if (hourly) {
            integer(row.peakHosts);
            milli(row.hostUnitHoursMilli);
        } else {
            integer(row.hoursWithData);
            integer(row.peakHosts);
            milli(row.hostUnitHoursMilli);
            milli(row.peakHostUnitsMilli);
        }
        milli(row.fullStackHostUnitHoursMilli);
        milli(row.infrastructureHostUnitHoursMilli);
        milli(row.paasHostUnitHoursMilli);
        integer(row.visits);
        integer(row.mobileSessions);
        integer(row.sessionReplays);
        integer(row.mobileSessionReplays);
        integer(row.rumUserProperties);
        integer(row.syntheticBrowserExecutions);
        integer(row.syntheticHttpExecutions);
        decimal(row.demUnits);
        decimal(row.dduTotal);
        integer(row.customMetrics);
        integer(row.peakLogStorageBytes);
        if (!hourly)
            integer(row.averageLogStorageBytes());
        integer(row.logUploadBytes);
        buffer += row.trial ? ",true" : ",false";
        for (qsizetype pool = 0; pool < store.dduPools().size(); ++pool)
            decimal(row.dduByPool.value(pool));
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
