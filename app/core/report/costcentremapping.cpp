// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <report/costcentremapping.h>
#include <report/csvwriter.h>

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace LicenseCore {

namespace {

struct MappingText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::CostCentreMapping)
};

const QString Header = QStringLiteral("environment_id,cost_centre");

Error lineError(int line, const QString &problem)
{
    return Error{ErrorCode::InvalidArgument, MappingText::tr("line %1: %2").arg(line).arg(problem), {}};
}

// The fields of one RFC 4180 line (the writer's quoting: no line breaks inside fields); nullopt when a quote is
// left open.
std::optional<QStringList> splitLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field);
    return fields;
}

} // namespace

QString CostCentreMapping::unallocated()
{
    // Not translated: the CSV and the scripts that read it rely on the word.
    return QStringLiteral("Unallocated");
}

CostCentreMapping::CostCentreMapping(QString tagKey, QHash<QString, QStringList> tagsByEnvironment,
                                     QList<ManualCostCentre> manual)
    : m_tagKey(std::move(tagKey))
    , m_tags(std::move(tagsByEnvironment))
    , m_manual(std::move(manual))
{
    for (qsizetype i = 0; i < m_manual.size(); ++i)
        m_manualIndex.insert(m_manual.at(i).environmentId, i);
}

CostCentreAssignment CostCentreMapping::assign(const QString &environmentId) const
{
    if (const auto it = m_manualIndex.constFind(environmentId); it != m_manualIndex.cend())
        return {m_manual.at(*it).costCentre, CostCentreSource::Manual};
    const QString value = tagValue(m_tags.value(environmentId), m_tagKey);
    if (!value.isEmpty())
        return {value, CostCentreSource::Tag};
    return {};
}

QString CostCentreMapping::tagValue(const QStringList &tags, const QString &key)
{
    if (key.isEmpty())
        return {};
    for (const QString &tag : tags) {
        const qsizetype colon = tag.indexOf(QLatin1Char(':'));
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        qsizetype separator = colon;
        if (separator < 0 || (equals >= 0 && equals < separator))
            separator = equals;
        if (separator < 0)
            continue;
        if (QStringView(tag).left(separator).trimmed().compare(key, Qt::CaseInsensitive) == 0) {
            const QString value = tag.mid(separator + 1).trimmed();
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

Result<QList<ManualCostCentre>> CostCentreMapping::parseCsv(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != Header)
        return lineError(1, MappingText::tr("the header must be \"%1\"").arg(Header));
    QList<ManualCostCentre> manual;
    QSet<QString> seen;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const std::optional<QStringList> fields = splitLine(line);
        if (!fields || fields->size() != 2)
            return lineError(lineNumber, MappingText::tr("expected two fields: environment_id,cost_centre"));
        const QString id = fields->at(0).trimmed();
        const QString costCentre = fields->at(1).trimmed();
        if (id.isEmpty())
            return lineError(lineNumber, MappingText::tr("the environment id is empty"));
        if (costCentre.isEmpty())
            return lineError(lineNumber, MappingText::tr("the cost centre is empty"));
        if (seen.contains(id))
            return lineError(lineNumber, MappingText::tr("the environment %1 is mapped twice").arg(id));
        seen.insert(id);
        manual.append({id, costCentre, lineNumber});
    }
    return manual;
}

Result<QList<ManualCostCentre>> CostCentreMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, MappingText::tr("no such file"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, file.errorString(), path};
    Result<QList<ManualCostCentre>> manual = parseCsv(file.read(16 << 20));
    if (!manual)
        return Error{manual.error().code, manual.error().detail, path};
    return manual;
}

QByteArray CostCentreMapping::toCsv(const QList<ManualCostCentre> &manual)
{
    QByteArray csv = Header.toUtf8() + '\n';
    for (const ManualCostCentre &entry : manual)
        csv +=
            (CsvWriter::quoted(entry.environmentId) + QLatin1Char(',') + CsvWriter::quoted(entry.costCentre)).toUtf8() +
            '\n';
    return csv;
}

} // namespace LicenseCore
