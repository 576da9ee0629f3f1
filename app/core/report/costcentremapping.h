// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace LicenseCore {

// One line of a mapping file: `line` is its line number in the file (0 for one edited in the window).
struct ManualCostCentre
{
    QString environmentId;
    QString costCentre;
    int line = 0;

    bool operator==(const ManualCostCentre &) const = default;
};

enum class CostCentreSource
{
    None, // Unallocated
    Tag,
    Manual,
};

struct CostCentreAssignment
{
    QString costCentre; // empty: Unallocated
    CostCentreSource source = CostCentreSource::None;
};

// Which cost centre pays for each environment: the value of the environment's tag with the chosen key, unless the
// manual mapping names the environment; an environment with neither is Unallocated (docs/rules.md, "Chargeback").
class CostCentreMapping final
{
public:
    static constexpr const char *DefaultTagKey = "costcenter";
    // How statements name the cost centre of environments without one.
    static QString unallocated();

    CostCentreMapping() = default;
    CostCentreMapping(QString tagKey, QHash<QString, QStringList> tagsByEnvironment, QList<ManualCostCentre> manual);

    [[nodiscard]] CostCentreAssignment assign(const QString &environmentId) const;
    [[nodiscard]] const QList<ManualCostCentre> &manual() const { return m_manual; }
    [[nodiscard]] const QString &tagKey() const { return m_tagKey; }

    // The value of the first tag "key:value" (or "key=value") whose key equals `key` ignoring case; empty if none.
    [[nodiscard]] static QString tagValue(const QStringList &tags, const QString &key);

    // A mapping file: the header "environment_id,cost_centre", then one environment per line; an error names the
    // line. An environment named twice, an empty id or an empty cost centre is an error.
    [[nodiscard]] static Result<QList<ManualCostCentre>> parseCsv(const QByteArray &csv);
    [[nodiscard]] static Result<QList<ManualCostCentre>> load(const QString &path);
    [[nodiscard]] static QByteArray toCsv(const QList<ManualCostCentre> &manual);

private:
    QString m_tagKey = QString::fromLatin1(DefaultTagKey);
    QHash<QString, QStringList> m_tags;
    QList<ManualCostCentre> m_manual;
    QHash<QString, qsizetype> m_manualIndex;
};

} // namespace LicenseCore
