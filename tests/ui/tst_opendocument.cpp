// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The open document and the pages that follow it on their own: what changed() promises, and that each page
// shows the document without anyone pushing data into it.

#include "environmenttotalsmodel.h"
#include "exportdetailspage.h"
#include "models/hostsmodel.h"
#include "opendocument.h"
#include "overviewpage.h"
#include "tablepage.h"

#include <usage/hoursummary.h>
#include <usage/usagesnapshotbuilder.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 FirstHourMs = 1790812800000; // 2026-10-01T00:00:00Z

// One hour per environment, each with one Full-Stack host of 16 GiB (1 host unit), read from `fileName`.
UsageSnapshotPtr snapshotOf(const QStringList &environments, const QString &fileName)
{
    UsageSnapshotBuilder builder;
    HourRecord record;
    record.timeFrameStartMs = FirstHourMs;
    record.timeFrameEndMs = FirstHourMs + HourMs;
    qint64 osiId = 1;
    for (const QString &id : environments) {
        EnvironmentHour environment;
        environment.environmentId = id;
        HostHour host;
        host.osiId = osiId++;
        host.hostMemoryBytes = 16 * GiB;
        environment.hosts.push_back(host);
        record.environments.push_back(std::move(environment));
    }
    builder.add(summarizeHour(std::move(record), RuleSettings()), fileName);
    ArchiveInfo archive;
    archive.layout = ArchiveInfo::Layout::SingleJson;
    archive.path = fileName;
    builder.setArchiveInfo(archive);
    return builder.build();
}

ClusterLicense licenseWithHostUnits(double quota)
{
    ClusterLicense license;
    license.hostUnits.present = true;
    license.hostUnits.quota = quota;
    return license;
}

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

QString labelContaining(const QWidget &parent, const QString &part)
{
    const QList<QLabel *> labels = parent.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(part))
            return label->text();
    }
    return {};
}

} // namespace

class TestOpenDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        const OpenDocument document;
        QVERIFY(!document.snapshot());
        QVERIFY(document.exportPath().isEmpty());
        QVERIFY(!document.expectedRange());
        QVERIFY(document.environmentNames().isEmpty());
        QVERIFY(!document.license());
    }

    void openKeepsNamesAndLicense()
    {
        OpenDocument document;
        QSignalSpy changed(&document, &OpenDocument::changed);
        document.addEnvironmentNames({{QStringLiteral("env-1"), QStringLiteral("Production")}});
        document.setLicense(licenseWithHostUnits(50));
        QCOMPARE(changed.size(), 2);

        const UsageSnapshotPtr first = snapshotOf({QStringLiteral("env-1")}, QStringLiteral("first.json"));
        const HourRange asked{FirstHourMs - HourMs, FirstHourMs};
        document.open(first, QStringLiteral("/exports/first.zip"), asked);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(document.snapshot(), first);
        QCOMPARE(document.exportPath(), QStringLiteral("/exports/first.zip"));
        QCOMPARE(document.expectedRange(), std::optional<HourRange>(asked));

        // Another export opened offline: no hours were asked; names and license stay.
        const UsageSnapshotPtr second = snapshotOf({QStringLiteral("env-2")}, QStringLiteral("second.json"));
        document.open(second, QStringLiteral("/exports/second.json"));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(document.snapshot(), second);
        QCOMPARE(document.exportPath(), QStringLiteral("/exports/second.json"));
        QVERIFY(!document.expectedRange());
        QCOMPARE(document.environmentNames().value(QStringLiteral("env-1")), QStringLiteral("Production"));
        QVERIFY(document.license());
        QCOMPARE(document.license()->hostUnits.quota, 50.0);
    }

    void openHistoryKeepsTheViewUntilAnExportIsOpened()
    {
        OpenDocument document;
        QSignalSpy changed(&document, &OpenDocument::changed);
        HistorySnapshot view;
        view.clusterUuid = QStringLiteral("c1");
        view.range = HourRange{FirstHourMs, FirstHourMs + 2 * HourMs};
        view.snapshot = snapshotOf({QStringLiteral("env-1")}, QStringLiteral("kept.zip"));
        RangeSource source;
        source.stored.originalName = QStringLiteral("march.zip");
        source.hoursInRange = 1;
        view.sources = {source};
        view.singleSourceCopy = QStringLiteral("/history-exports/0123.zip");
        document.openHistory(view);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(document.snapshot(), view.snapshot);
        // The one export behind the view is the one a ZIP copy is saved from; the range is what was asked.
        QCOMPARE(document.exportPath(), QStringLiteral("/history-exports/0123.zip"));
        QCOMPARE(document.expectedRange(), std::optional(view.range));
        QVERIFY(document.historyView());
        QCOMPARE(document.historyView()->sources.first().stored.originalName, QStringLiteral("march.zip"));

        // An export read on its own is not a view of the history.
        document.open(snapshotOf({QStringLiteral("env-2")}, QStringLiteral("alone.json")),
                      QStringLiteral("/exports/alone.json"));
        QCOMPARE(changed.size(), 2);
        QVERIFY(!document.historyView());
    }

    void detailsPageListsTheExportsOfAHistoryView()
    {
        OpenDocument document;
        ExportDetailsPage page;
        page.setDocument(&document);
        HistorySnapshot view;
        view.range = HourRange{FirstHourMs, FirstHourMs + HourMs};
        view.snapshot = snapshotOf({QStringLiteral("env-1")}, QStringLiteral("kept.zip"));
        for (const char *name : {"one.zip", "two.zip"}) {
            RangeSource source;
            source.stored.originalName = QString::fromLatin1(name);
            source.stored.clusterUuid = QStringLiteral("c1");
            source.span = view.range;
            source.hoursInRange = 1;
            view.sources.append(source);
        }
        document.openHistory(view);
        QCOMPARE(page.sourceList()->topLevelItemCount(), 2);
        QCOMPARE(page.sourceList()->topLevelItem(1)->text(0), QStringLiteral("two.zip"));
        QCOMPARE(page.sourceList()->topLevelItem(1)->text(1), QStringLiteral("c1"));
        QCOMPARE(page.sourceList()->topLevelItem(1)->text(3), QStringLiteral("2026-10-01T00:00:00Z"));
        QVERIFY(!labelContaining(page, QStringLiteral("all clusters")).isEmpty());
        QVERIFY(!labelContaining(page, QStringLiteral("<b>Exports:</b> 2")).isEmpty());
        // Two exports, no single file to describe.
        QVERIFY(labelContaining(page, QStringLiteral("<b>File:</b>")).isEmpty());
    }

    void addEnvironmentNames_data()
    {
        QTest::addColumn<EnvironmentNames>("added");
        QTest::addColumn<bool>("changes");
        QTest::addColumn<EnvironmentNames>("expected");

        const QString a = QStringLiteral("env-a");
        const QString b = QStringLiteral("env-b");
        const QString alpha = QStringLiteral("Alpha");
        // The document knows a = Alpha before each row.
        QTest::newRow("nothing") << EnvironmentNames() << false << EnvironmentNames{{a, alpha}};
        QTest::newRow("known already") << EnvironmentNames{{a, alpha}} << false << EnvironmentNames{{a, alpha}};
        QTest::newRow("new id") << EnvironmentNames{{b, QStringLiteral("Beta")}} << true
                                << EnvironmentNames{{a, alpha}, {b, QStringLiteral("Beta")}};
        QTest::newRow("renamed") << EnvironmentNames{{a, QStringLiteral("Alpha 2")}} << true
                                 << EnvironmentNames{{a, QStringLiteral("Alpha 2")}};
        QTest::newRow("one known, one new") << EnvironmentNames{{a, alpha}, {b, QStringLiteral("Beta")}} << true
                                            << EnvironmentNames{{a, alpha}, {b, QStringLiteral("Beta")}};
    }

    void addEnvironmentNames()
    {
        QFETCH(EnvironmentNames, added);
        QFETCH(bool, changes);
        QFETCH(EnvironmentNames, expected);
        OpenDocument document;
        document.addEnvironmentNames({{QStringLiteral("env-a"), QStringLiteral("Alpha")}});
        QSignalSpy changed(&document, &OpenDocument::changed);
        document.addEnvironmentNames(added);
        QCOMPARE(changed.size(), changes ? 1 : 0);
        QCOMPARE(document.environmentNames(), expected);
    }

    void overviewFollows()
    {
        OpenDocument document;
        OverviewPage page;
        page.setDocument(&document);
        QAbstractItemModelTester tester(page.view()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(page.view()->model()->rowCount(), 0);

        document.open(snapshotOf({QStringLiteral("env-1"), QStringLiteral("env-2")}, QStringLiteral("a.json")),
                      QStringLiteral("a.json"));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        const auto nameOf = [&](const QString &id) {
            const QAbstractItemModel *model = page.view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, EnvironmentTotalsModel::EnvironmentColumn);
                if (index.data(EnvironmentTotalsModel::EnvironmentIdRole).toString() == id)
                    return index.data().toString();
            }
            return QString();
        };
        QCOMPARE(nameOf(QStringLiteral("env-1")), QStringLiteral("env-1"));

        document.addEnvironmentNames({{QStringLiteral("env-1"), QStringLiteral("Production")}});
        QCOMPARE(nameOf(QStringLiteral("env-1")), QStringLiteral("Production"));

        // Peak: two hosts of 1 host unit; of a quota of 8 that is 25 %. A license leaves the table alone.
        QVERIFY(labelContaining(page, QStringLiteral("quota")).isEmpty());
        QSignalSpy reset(page.view()->model(), &QAbstractItemModel::modelReset);
        document.setLicense(licenseWithHostUnits(8));
        QCOMPARE(labelContaining(page, QStringLiteral("quota")),
                 QStringLiteral("Peak host units: %1 % of the license quota of %2.")
                     .arg(QLocale().toString(25), QLocale().toString(8)));
        QCOMPARE(reset.size(), 0);
    }

    void tablePageFollows()
    {
        OpenDocument document;
        HostsModel model;
        TablePage page(&model, QStringLiteral("Hosts"));
        page.setDocument(&document);
        QCOMPARE(itemTexts(page.environmentCombo()), QStringList{QStringLiteral("All environments")});

        document.open(snapshotOf({QStringLiteral("env-1"), QStringLiteral("env-2")}, QStringLiteral("a.json")),
                      QStringLiteral("a.json"));
        QCOMPARE(itemTexts(page.environmentCombo()),
                 (QStringList{QStringLiteral("All environments"), QStringLiteral("env-1"), QStringLiteral("env-2")}));
        page.environmentCombo()->setCurrentIndex(2);
        QCOMPARE(page.environmentFilter(), QSet<QString>{QStringLiteral("env-2")});

        // Names relabel; the chosen environment stays chosen.
        document.addEnvironmentNames({{QStringLiteral("env-2"), QStringLiteral("Staging")}});
        QCOMPARE(page.environmentCombo()->itemText(2), QStringLiteral("Staging"));
        QCOMPARE(page.environmentFilter(), QSet<QString>{QStringLiteral("env-2")});

        // Another export without that environment: the filter falls back to all.
        document.open(snapshotOf({QStringLiteral("env-3")}, QStringLiteral("b.json")), QStringLiteral("b.json"));
        QCOMPARE(itemTexts(page.environmentCombo()),
                 (QStringList{QStringLiteral("All environments"), QStringLiteral("env-3")}));
        QVERIFY(page.environmentFilter().isEmpty());
    }

    void tablePageSizesColumnsFromTheFirstRows_data()
    {
        QTest::addColumn<int>("wideRow");
        QTest::addColumn<bool>("measured");
        QTest::newRow("among the first rows") << 5 << true;
        QTest::newRow("the last of them") << 19 << true;
        // Measuring every cell lays out its text: a table of a year of hours must not be measured through.
        QTest::newRow("beyond them") << 150 << false;
    }

    void tablePageSizesColumnsFromTheFirstRows()
    {
        QFETCH(int, wideRow);
        QFETCH(bool, measured);
        const QString wide(120, QLatin1Char('W'));
        QStandardItemModel model(300, 1);
        for (int row = 0; row < model.rowCount(); ++row)
            model.setItem(row, 0, new QStandardItem(row == wideRow ? wide : QStringLiteral("x")));
        OpenDocument document;
        TablePage page(&model, QStringLiteral("Rows"));
        page.setDocument(&document);
        document.open(snapshotOf({QStringLiteral("env-1")}, QStringLiteral("a.json")), QStringLiteral("a.json"));

        const int wideWidth = page.view()->fontMetrics().horizontalAdvance(wide);
        QCOMPARE(page.view()->columnWidth(0) >= wideWidth, measured);
    }

    void detailsPageFollows()
    {
        OpenDocument document;
        ExportDetailsPage page;
        page.setDocument(&document);
        QVERIFY(!labelContaining(page, QStringLiteral("No export is open.")).isEmpty());

        document.open(snapshotOf({QStringLiteral("env-1")}, QStringLiteral("/exports/hour.json")),
                      QStringLiteral("/exports/hour.json"));
        QVERIFY(labelContaining(page, QStringLiteral("No export is open.")).isEmpty());
        QVERIFY(!labelContaining(page, QStringLiteral("hour.json")).isEmpty());
        QCOMPARE(page.logView()->toPlainText(), QStringLiteral("This export has no log file."));
        QCOMPARE(page.gapList()->count(), 1); // "None: every hour of the range has data."
    }

    void aPageFollowsOneDocument()
    {
        OpenDocument first;
        OpenDocument second;
        HostsModel model;
        TablePage page(&model, QStringLiteral("Hosts"));
        page.setDocument(&first);
        page.setDocument(&second);
        first.open(snapshotOf({QStringLiteral("env-1")}, QStringLiteral("a.json")), QStringLiteral("a.json"));
        QCOMPARE(page.environmentCombo()->count(), 1);
        second.open(snapshotOf({QStringLiteral("env-2")}, QStringLiteral("b.json")), QStringLiteral("b.json"));
        QCOMPARE(itemTexts(page.environmentCombo()),
                 (QStringList{QStringLiteral("All environments"), QStringLiteral("env-2")}));

        // A document that goes away leaves the page as it was.
        {
            OpenDocument shortLived;
            page.setDocument(&shortLived);
        }
        QCOMPARE(page.environmentCombo()->count(), 2);
    }
};

QTEST_MAIN(TestOpenDocument)
#include "tst_opendocument.moc"
