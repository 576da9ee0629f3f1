// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <common/savefile.h>
#include <common/timeutil.h>
#include <report/chargebackpdf.h>
#include <report/costcentremapping.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>
#include <memory>

namespace LicenseCore {

namespace {

struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::ChargebackPdf)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString metricName(const QString &metric)
{
    // The estimated quantities say so where they are listed (docs/rules.md, "Chargeback").
    if (metric == QLatin1String("host_unit_hours"))
        return PdfText::tr("Host-unit hours (est.)");
    if (metric == QLatin1String("dem_units"))
        return PdfText::tr("DEM units (est.)");
    if (metric == QLatin1String("ddu"))
        return PdfText::tr("DDUs");
    if (metric == QLatin1String("log_upload_gib"))
        return PdfText::tr("Log upload (GiB)");
    if (metric == QLatin1String("environment_months"))
        return PdfText::tr("Environment months");
    //: %1 is a DDU pool as the CSV names it, e.g. ddu_log.
    return PdfText::tr("DDUs (%1)").arg(metric);
}

QString pageHeader(const ChargebackStatement &statement, const ChargebackPdf::Header &header, const QString &title)
{
    const QString period =
        Time::isoUtc(statement.period.fromMs) + QStringLiteral(" – ") + Time::isoUtc(statement.period.toMs);
    const QString date =
        header.locale.toString(QDateTime::fromMSecsSinceEpoch(header.createdMs, Qt::UTC).date(), QLocale::LongFormat);
    return QStringLiteral("<h1>%1</h1><p>%2<br/>%3<br/>%4</p>")
        .arg(escaped(title), escaped(PdfText::tr("Cluster: %1").arg(header.cluster)),
             //: %1 is a range of hours in ISO 8601, the end excluded.
             escaped(PdfText::tr("Period: %1 (end excluded)").arg(period)),
             escaped(PdfText::tr("Made on %1").arg(date)));
}

// How the amounts were reached, in a few sentences a reader of the printout can check against the rules.
QString howComputed(const ChargebackStatement &statement)
{
    QString text = PdfText::tr("Host-unit hours and DEM units (marked \"est.\") are estimates, not billed "
                               "figures: host units from each host's memory and monitoring mode, DEM units from "
                               "sessions, session replays and synthetic monitor executions, by the rules in the "
                               "program's rules document (docs/rules.md). The other quantities are summed from the "
                               "exports' figures.");
    text += QLatin1Char(' ');
    //: %1 lists rate card versions such as 2025-01, %2 is a currency code such as EUR.
    text += PdfText::tr("Each month is priced with the rate card version of that month (%1) and every amount is "
                        "rounded to the minor unit of %2.")
                .arg(statement.rateVersions.join(QStringLiteral(", ")), statement.currency);
    text += QLatin1Char(' ');
    text += statement.missingHourCount > 0
                ? PdfText::tr("Only the hours the history holds are counted: %n hour(s) of the period are missing "
                              "and count nothing.",
                              nullptr, statement.missingHourCount)
                : PdfText::tr("Only the hours the history holds are counted, and it holds every hour of the period.");
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
        .arg(escaped(PdfText::tr("How these amounts are computed")), escaped(text));
}

QString cell(const QString &text, bool number = false)
{
    return number ? QStringLiteral("<td align=\"right\">%1</td>").arg(escaped(text))
                  : QStringLiteral("<td>%1</td>").arg(escaped(text));
}

QString headCell(const QString &text, bool number = false)
{
    return number ? QStringLiteral("<th align=\"right\">%1</th>").arg(escaped(text))
                  : QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(text));
}

} // namespace

QPageSize ChargebackPdf::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QTextDocument *ChargebackPdf::document(const ChargebackStatement &statement, const Header &header)
{
    const QString currency = statement.currency;
    QString html = QStringLiteral("<html><body>");
    html += pageHeader(statement, header, PdfText::tr("Chargeback summary"));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>") +
            headCell(PdfText::tr("Cost centre")) + headCell(PdfText::tr("Environments"), true) +
            //: %1 is a currency code such as EUR.
            headCell(PdfText::tr("Amount (%1)").arg(currency), true) + QStringLiteral("</tr>");
    for (const CostCentreStatement &costCentre : statement.costCentres) {
        QSet<QString> environments;
        for (const ChargebackLine &line : costCentre.lines)
            environments.insert(line.environmentId);
        html += QStringLiteral("<tr>") + cell(costCentre.name) + cell(QString::number(environments.size()), true) +
                cell(statement.amountText(costCentre.totalMinor), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + QStringLiteral("<td><b>%1</b></td>").arg(escaped(PdfText::tr("Total"))) +
            cell(QString()) +
            QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(statement.amountText(statement.totalMinor)) +
            QStringLiteral("</tr></table>");

    html += QStringLiteral("<h2>%1</h2>").arg(escaped(PdfText::tr("Cluster totals by metric")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>") +
            headCell(PdfText::tr("Metric")) + headCell(PdfText::tr("Rate card")) +
            headCell(PdfText::tr("Quantity"), true) + headCell(PdfText::tr("Unit price"), true) +
            headCell(PdfText::tr("Amount (%1)").arg(currency), true) + QStringLiteral("</tr>");
    for (const ChargebackTotal &total : statement.clusterTotals) {
        ChargebackLine priced;
        priced.unitPriceNano = total.unitPriceNano;
        html += QStringLiteral("<tr>") + cell(metricName(total.metric)) + cell(total.rateVersion) +
                cell(total.quantityText(), true) + cell(priced.unitPriceText(), true) +
                cell(statement.amountText(total.amountMinor), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><ul>");
    for (const QString &note : statement.notes())
        html += QStringLiteral("<li>%1</li>").arg(escaped(note));
    html += QStringLiteral("</ul>");
    html += howComputed(statement);

    for (const CostCentreStatement &costCentre : statement.costCentres) {
        html += QStringLiteral("<div style=\"page-break-before: always\">");
        //: %1 is a cost centre.
        html += pageHeader(statement, header, PdfText::tr("Statement: %1").arg(costCentre.name));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>") +
                headCell(PdfText::tr("Environment")) + headCell(PdfText::tr("Metric")) +
                headCell(PdfText::tr("Rate card")) + headCell(PdfText::tr("Quantity"), true) +
                headCell(PdfText::tr("Unit price"), true) + headCell(PdfText::tr("Amount (%1)").arg(currency), true) +
                QStringLiteral("</tr>");
        for (const ChargebackLine &line : costCentre.lines) {
            const QString environment = line.environmentName.isEmpty() ? line.environmentId
                                                                       : line.environmentName + QStringLiteral(" (") +
                                                                             line.environmentId + QLatin1Char(')');
            html += QStringLiteral("<tr>") + cell(environment) + cell(metricName(line.metric)) +
                    cell(line.rateVersion) + cell(line.quantityText(), true) + cell(line.unitPriceText(), true) +
                    cell(statement.amountText(line.amountMinor), true) + QStringLiteral("</tr>");
        }
        //: %1 is a cost centre.
        html += QStringLiteral("<tr><td colspan=\"5\"><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                    .arg(escaped(PdfText::tr("Total %1").arg(costCentre.name)),
                         statement.amountText(costCentre.totalMinor));
        html += QStringLiteral("</table></div>");
    }
    html += QStringLiteral("</body></html>");

    auto *document = new QTextDocument;
    document->setDocumentMargin(0);
    document->setHtml(html);
    return document;
}

void ChargebackPdf::print(QPagedPaintDevice &device, const ChargebackStatement &statement, const Header &header)
{
    const std::unique_ptr<QTextDocument> text(document(statement, header));
    text->print(&device);
}

Error ChargebackPdf::save(const QString &path, const ChargebackStatement &statement, const Header &header)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("License Usage Explorer"));
        writer.setTitle(PdfText::tr("Chargeback %1").arg(header.cluster));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(pageSizeFor(header.locale), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        print(writer, statement, header);
    }
    if (!commitComplete(file))
        return Error{ErrorCode::FileUnwritable, file.errorString(), path};
    return {};
}

} // namespace LicenseCore
