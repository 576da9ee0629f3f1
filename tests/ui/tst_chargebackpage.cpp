// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargebackpage.h"
#include "models/costcentremodel.h"
#include "models/ratecardmodel.h"

#include <application/appsettings.h>
#include <application/historyservice.h>
#include <common/timeutil.h>
#include <history/historystore.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

// One hour of env-a with one full-stack host of 8 GiB: 0.5 host units.
QByteArray hourFile(const QString &hour)
{
    const qint64 start = *Time::parseIsoUtc(hour);
    return QStringLiteral(R"({"clusterUuid": "cluster-1", "timeFrameStart": %1, "timeFrameEnd": %2,
        "environmentBillingEntries": [{"environmentUuid": "env-a", "trial": false, "hostUsages": [
        {"osiId": 7, "infrastructureOnly": false, "paas": false, "hostMemoryBytes": 8589934592}]}]})")
        .arg(start)
        .arg(start + Time::HourMs)
        .toUtf8();
}

// January 0.05 per host-unit hour, February 0.10.
RateCard twoMonths()
{
    return RateCard::parse(R"({"currency": "EUR", "rates": [{"from": "2025-01", "hostUnitHour": 0.05},
                                                             {"from": "2025-02", "hostUnitHour": 0.10}]})")
        .value();
}

// One hour of env-a (one host of 8 GiB: 0.5 host units) and env-b (one of 16 GiB: 1 host unit).
QByteArray twoEnvironmentsHour(const QString &hour)
{
    const qint64 start = *Time::parseIsoUtc(hour);
    return QStringLiteral(R"({"clusterUuid": "cluster-1", "timeFrameStart": %1, "timeFrameEnd": %2,
        "environmentBillingEntries": [
        {"environmentUuid": "env-a", "trial": false, "hostUsages": [
            {"osiId": 7, "infrastructureOnly": false, "paas": false, "hostMemoryBytes": 8589934592}]},
        {"environmentUuid": "env-b", "trial": false, "hostUsages": [
            {"osiId": 8, "infrastructureOnly": false, "paas": false, "hostMemoryBytes": 17179869184}]}]})")
        .arg(start)
        .arg(start + Time::HourMs)
        .toUtf8();
}

// Runs a poppler tool; its standard output, or why it failed.
QByteArray runTool(const QString &program, const QStringList &arguments, QString *failure)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *failure = program + QStringLiteral(": ") + process.errorString() + QLatin1Char(' ') +
                   QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    return process.readAllStandardOutput();
}

// The statement CSV's amounts added up per cost centre, in cents (the rate cards here are in EUR).
QMap<QString, qint64> csvTotals(const QString &path)
{
    QMap<QString, qint64> totals;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return totals;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(',');
        if (fields.size() < 7)
            continue;
        totals[QString::fromUtf8(fields.at(0))] += qRound64(fields.at(5).toDouble() * 100);
    }
    return totals;
}

QString cents(qint64 value)
{
    return QStringLiteral("%1.%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestChargebackPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rateCardModelEdits_data();
    void rateCardModelEdits();
    void costCentreModelTagAndManual();
    void statementsFromTheHistory();
    void inputsComeBackAfterARestart();
    void rateCardFileIsSavedForTheCommandLine();
    void printedStatementsMatchTheCsv();
    void emptyStatesSayWhatToDo();

private:
    // A history of cluster-1 with env-a (tag costcenter:web) and env-b (no tag), two hours across a month's end.
    void fillHistory(const QTemporaryDir &dir, const HistoryLocation &location);
};

void TestChargebackPage::initTestCase()
{
    // The page keeps its inputs in the application settings: a settings file of the test's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LicenseUsageExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chargebackpage"));
}

void TestChargebackPage::init()
{
    QSettings().remove(QStringLiteral("chargeback"));
}

void TestChargebackPage::fillHistory(const QTemporaryDir &dir, const HistoryLocation &location)
{
    HistoryStore store;
    QVERIFY(!store.open(location.storePath, location.exportFolder).isError());
    for (const QString &hour : {QStringLiteral("2025-01-31T23:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z")}) {
        const QString path = dir.filePath(hour.left(13) + QStringLiteral("-two.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(twoEnvironmentsHour(hour));
        file.close();
        QVERIFY(store.ingest(path).ok());
    }
    QVERIFY(!store
                 .storeEnvironments(
                     QStringLiteral("cluster-1"),
                     {{QStringLiteral("env-a"), QStringLiteral("Shop"), {QStringLiteral("costcenter:web")}, false, 0},
                      {QStringLiteral("env-b"), QStringLiteral("Back office"), {}, false, 0}})
                 .isError());
}

void TestChargebackPage::rateCardModelEdits_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown");

    QTest::newRow("month") << int(RateCardModel::FromColumn) << QStringLiteral("2025-07") << true
                           << QStringLiteral("2025-07");
    QTest::newRow("not a month") << int(RateCardModel::FromColumn) << QStringLiteral("2025-13") << false
                                 << QStringLiteral("2025-01");
    QTest::newRow("price") << int(RateCardModel::DduColumn) << QStringLiteral("0.0015") << true
                           << QStringLiteral("0.0015");
    QTest::newRow("negative price") << int(RateCardModel::DduColumn) << QStringLiteral("-1") << false
                                    << QStringLiteral("0");
    QTest::newRow("pools") << int(RateCardModel::DduPoolsColumn) << QStringLiteral("Log=0.002; Events = 0.5") << true
                           << QStringLiteral("Events=0.5; Log=0.002");
    QTest::newRow("pools without price") << int(RateCardModel::DduPoolsColumn) << QStringLiteral("Log") << false
                                         << QString();
}

void TestChargebackPage::rateCardModelEdits()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);

    RateCardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCard(twoMonths());
    QSignalSpy changed(&model, &RateCardModel::cardChanged);
    QCOMPARE(model.setData(model.index(0, column), value), accepted);
    QCOMPARE(changed.size(), accepted ? 1 : 0);
    QCOMPARE(model.index(0, column).data().toString(), shown);
    model.addVersion();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, RateCardModel::FromColumn).data().toString(), QStringLiteral("2025-03"));
    model.removeVersion(2);
    QCOMPARE(model.rowCount(), 2);
}

void TestChargebackPage::costCentreModelTagAndManual()
{
    CostCentreModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironments({{QStringLiteral("env-a"), QStringLiteral("Shop"), {QStringLiteral("costcenter:web")}},
                           {QStringLiteral("env-b"), QString(), {}}});
    auto shown = [&model](int row) -> QString {
        return model.index(row, CostCentreModel::CostCentreColumn).data().toString() + QLatin1Char('/') +
               model.index(row, CostCentreModel::SourceColumn).data().toString();
    };
    QCOMPARE(shown(0), QStringLiteral("web/Tag"));
    QCOMPARE(shown(1), QStringLiteral("Unallocated/None"));

    QSignalSpy changed(&model, &CostCentreModel::mappingChanged);
    QVERIFY(model.setData(model.index(0, CostCentreModel::CostCentreColumn), QStringLiteral("ops")));
    QCOMPARE(shown(0), QStringLiteral("ops/Manual"));
    QCOMPARE(model.manual().size(), 1);
    QVERIFY(!(model.flags(model.index(0, CostCentreModel::NameColumn)) & Qt::ItemIsEditable));
    // Cleared: back to the tag.
    QVERIFY(model.setData(model.index(0, CostCentreModel::CostCentreColumn), QString()));
    QCOMPARE(shown(0), QStringLiteral("web/Tag"));
    model.setTagKey(QStringLiteral("team"));
    QCOMPARE(shown(0), QStringLiteral("Unallocated/None"));
    QCOMPARE(changed.size(), 3);
}

void TestChargebackPage::statementsFromTheHistory()
{
    QTemporaryDir dir;
    const HistoryLocation location{dir.filePath(QStringLiteral("history.sqlite")),
                                   dir.filePath(QStringLiteral("kept"))};
    {
        HistoryStore store;
        QVERIFY(!store.open(location.storePath, location.exportFolder).isError());
        for (const QString &hour : {QStringLiteral("2025-01-31T23:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z")}) {
            const QString path = dir.filePath(hour.left(13) + QStringLiteral(".json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(hourFile(hour));
            file.close();
            QVERIFY(store.ingest(path).ok());
        }
        QVERIFY(
            !store
                 .storeEnvironments(
                     QStringLiteral("cluster-1"),
                     {{QStringLiteral("env-a"), QStringLiteral("Shop"), {QStringLiteral("costcenter:web")}, false, 0}})
                 .isError());
    }

    HistoryService service;
    ChargebackPage page(&service);
    QSignalSpy opened(&service, &HistoryService::opened);
    service.open(location);
    QVERIFY(opened.wait());
    QTRY_COMPARE(page.clusterBox()->currentText(), QStringLiteral("cluster-1"));
    page.setPeriod(QDate(2025, 1, 31), QDate(2025, 2, 2));
    page.rateCardModel()->setCard(twoMonths());

    // 0.5 host-unit hours at 0.05 (2.5 cents, 3 rounded) in January and at 0.10 (5 cents) in February.
    QTRY_VERIFY(page.statement() && page.statement()->totalMinor == 8);
    QCOMPARE(page.statement()->costCentres.size(), 1);
    QCOMPARE(page.statement()->costCentres.first().name, QStringLiteral("web"));
    QCOMPARE(page.statusLabel()->text(), QStringLiteral("Total for the period: 0.08 EUR"));
    QCOMPARE(page.costCentreModel()->rowCount(), 1);
    QCOMPARE(page.costCentreModel()->index(0, CostCentreModel::NameColumn).data().toString(), QStringLiteral("Shop"));

    // Moved to another cost centre by hand: the statements follow.
    QVERIFY(page.costCentreModel()->setData(page.costCentreModel()->index(0, CostCentreModel::CostCentreColumn),
                                            QStringLiteral("ops")));
    QTRY_VERIFY(page.statement() && page.statement()->costCentres.first().name == QStringLiteral("ops"));

    const QString csv = dir.filePath(QStringLiteral("statements.csv"));
    QVERIFY(!page.saveCsv(csv).isError());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(1), QByteArray("ops,env-a,host_unit_hours,0.5,0.05,0.03,EUR,Shop,manual,2025-01"));
    QCOMPARE(lines.at(2), QByteArray("ops,env-a,host_unit_hours,0.5,0.1,0.05,EUR,Shop,manual,2025-02"));

    // A rate card that starts after the period: no statements, and the page says why.
    RateCard late = twoMonths();
    late.versions.removeFirst();
    page.rateCardModel()->setCard(late);
    QTRY_VERIFY(!page.statement());
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("no prices for 2025-01")));
    QVERIFY(page.saveCsv(csv).isError());
}

void TestChargebackPage::inputsComeBackAfterARestart()
{
    QTemporaryDir dir;
    const QString rates = dir.filePath(QStringLiteral("rates.json"));
    QVERIFY(!twoMonths().save(rates).isError());
    RateCard edited = twoMonths();
    edited.versions[1].hostUnitHour = 0.2;
    {
        ChargebackPage page(nullptr);
        QVERIFY(!page.loadRateCard(rates).isError());
        QVERIFY(page.rateCardModel()->setData(page.rateCardModel()->index(1, RateCardModel::HostUnitHourColumn),
                                              QStringLiteral("0.2")));
        QCOMPARE(page.rateCardModel()->card(), edited);
        page.costCentreModel()->setManual({{QStringLiteral("env-b"), QStringLiteral("ops"), 0}});
        page.tagKeyEdit()->clear();
        QTest::keyClicks(page.tagKeyEdit(), QStringLiteral("team"));
    }
    ChargebackPage page(nullptr);
    QCOMPARE(page.rateCardModel()->card(), edited);
    QCOMPARE(page.currencyEdit()->text(), QStringLiteral("EUR"));
    QCOMPARE(page.rateCardFile(), rates);
    // The file is as it was: the edit is the window's until it is saved.
    QCOMPARE(RateCard::load(rates).value(), twoMonths());
    bool saysNotSaved = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        saysNotSaved = saysNotSaved || label->text().contains(QStringLiteral("not saved"));
    QVERIFY(saysNotSaved);
    QCOMPARE(page.costCentreModel()->manual(),
             (QList<ManualCostCentre>{{QStringLiteral("env-b"), QStringLiteral("ops"), 0}}));
    QCOMPARE(page.tagKeyEdit()->text(), QStringLiteral("team"));
    QCOMPARE(page.costCentreModel()->mapping().tagKey(), QStringLiteral("team"));
    QCOMPARE(loadChargebackSettings(QSettings()).tagKey, QStringLiteral("team"));
}

void TestChargebackPage::rateCardFileIsSavedForTheCommandLine()
{
    QTemporaryDir dir;
    const QString rates = dir.filePath(QStringLiteral("shared/rates.json"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("shared"))));
    {
        ChargebackPage page(nullptr);
        page.rateCardModel()->setCard(twoMonths());
        QVERIFY(!page.saveRateCard(rates).isError());
        QCOMPARE(page.rateCardFile(), rates);
        // A card that is not valid is not written over the file.
        page.currencyEdit()->selectAll();
        QTest::keyClicks(page.currencyEdit(), QStringLiteral("XY"));
        QVERIFY(page.saveRateCard(rates).isError());
    }
    // What the command line reads (`report chargeback --rates`).
    QCOMPARE(RateCard::load(rates).value(), twoMonths());
    // The last valid card comes back, not the half-typed currency.
    ChargebackPage page(nullptr);
    QCOMPARE(page.rateCardModel()->card(), twoMonths());
    QCOMPARE(page.rateCardFile(), rates);
}

void TestChargebackPage::printedStatementsMatchTheCsv()
{
    QTemporaryDir dir;
    const HistoryLocation location{dir.filePath(QStringLiteral("history.sqlite")),
                                   dir.filePath(QStringLiteral("kept"))};
    fillHistory(dir, location);
    if (QTest::currentTestFailed())
        return;
    HistoryService service;
    ChargebackPage page(&service);
    QSignalSpy opened(&service, &HistoryService::opened);
    service.open(location);
    QVERIFY(opened.wait());
    QTRY_COMPARE(page.clusterBox()->currentText(), QStringLiteral("cluster-1"));
    page.setPeriod(QDate(2025, 1, 31), QDate(2025, 2, 2));
    // env-a: 0.5 × 0.10 + 0.5 × 0.20 = 0.15 (web); env-b: 1 × 0.10 + 1 × 0.20 = 0.30 (ops, by hand).
    page.rateCardModel()->setCard(
        RateCard::parse(R"({"currency": "EUR", "rates": [{"from": "2025-01", "hostUnitHour": 0.10},
                                                          {"from": "2025-02", "hostUnitHour": 0.20}]})")
            .value());
    page.costCentreModel()->setManual({{QStringLiteral("env-b"), QStringLiteral("ops"), 0}});
    QTRY_VERIFY(page.statement() && page.statement()->totalMinor == 45 && page.statement()->costCentres.size() == 2);

    const QString csv = dir.filePath(QStringLiteral("statements.csv"));
    QVERIFY(!page.saveCsv(csv).isError());
    const QMap<QString, qint64> totals = csvTotals(csv);
    QCOMPARE(totals, (QMap<QString, qint64>{{QStringLiteral("ops"), 30}, {QStringLiteral("web"), 15}}));

    // Print as the Print button does after the dialog, on a printer that writes a PDF.
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(!page.printTo(printer).isError());
    }
    QString failure;
    const QString text = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), printed, QStringLiteral("-")}, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The summary: a row per cost centre with its total, and the total of the period; then a page per cost centre.
    qint64 sum = 0;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const QRegularExpression summaryRow(
            QStringLiteral("^\\s*%1\\s+1\\s+%2\\s*$").arg(QRegularExpression::escape(it.key()), cents(it.value())),
            QRegularExpression::MultilineOption);
        QVERIFY2(summaryRow.match(text).hasMatch(), qPrintable(it.key() + QStringLiteral("\n") + text));
        QVERIFY2(text.contains(QStringLiteral("Statement: ") + it.key()), qPrintable(it.key()));
        const QRegularExpression statementTotal(
            QStringLiteral("Total %1\\s+%2\\s*$").arg(QRegularExpression::escape(it.key()), cents(it.value())),
            QRegularExpression::MultilineOption);
        QVERIFY2(statementTotal.match(text).hasMatch(), qPrintable(it.key() + QStringLiteral("\n") + text));
        sum += it.value();
    }
    const QRegularExpression total(QStringLiteral("^\\s*Total\\s+%1\\s*$").arg(cents(sum)),
                                   QRegularExpression::MultilineOption);
    QVERIFY2(total.match(text).hasMatch(), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\f')), 3); // the summary and one page per cost centre

    // The first page, rendered: ink on paper, not a blank page.
    const QString image = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-singlefile"), printed,
             image},
            &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QImage rendered(image + QStringLiteral(".png"));
    QVERIFY(!rendered.isNull());
    qint64 dark = 0;
    for (int y = 0; y < rendered.height(); ++y) {
        for (int x = 0; x < rendered.width(); ++x)
            dark += qGray(rendered.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(dark > rendered.width() * rendered.height() / 500, qPrintable(QString::number(dark)));

    // Save PDF and Print make the same statements.
    const QString saved = dir.filePath(QStringLiteral("saved.pdf"));
    QVERIFY(!page.savePdf(saved).isError());
    const QString savedText =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {saved, QStringLiteral("-")}, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QString printedText =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")}, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!savedText.simplified().isEmpty());
    // The printer's margins are its own, so lines wrap elsewhere and table cells are read in another order: the
    // same words, each as often, make the same statements.
    const auto words = [](const QString &extracted) {
        QStringList list = extracted.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        list.sort();
        return list;
    };
    QCOMPARE(words(printedText), words(savedText));
}

void TestChargebackPage::emptyStatesSayWhatToDo()
{
    QTemporaryDir dir;
    const HistoryLocation location{dir.filePath(QStringLiteral("history.sqlite")),
                                   dir.filePath(QStringLiteral("kept"))};
    HistoryService service;
    ChargebackPage page(&service);
    QSignalSpy opened(&service, &HistoryService::opened);
    QSignalSpy computed(&page, &ChargebackPage::computed);
    service.open(location);
    QVERIFY(opened.wait());
    QVERIFY(computed.wait());
    // An empty history: the preview and the mapping say what fills them.
    QVERIFY2(page.preview()->toPlainText().contains(QStringLiteral("sync a cluster")),
             qPrintable(page.preview()->toPlainText()));
    QVERIFY(page.mappingHint()->text().contains(QStringLiteral("listed here")));

    fillHistory(dir, location);
    if (QTest::currentTestFailed())
        return;
    page.setPeriod(QDate(2025, 1, 31), QDate(2025, 2, 2));
    page.rateCardModel()->setCard(twoMonths());
    page.reload();
    QTRY_VERIFY(page.statement().has_value());
    // env-a has its cost centre from the tag: nothing to say.
    QVERIFY2(page.mappingHint()->text().isEmpty(), qPrintable(page.mappingHint()->text()));
    // No environment has the tag: the hint says so and what to do.
    page.tagKeyEdit()->selectAll();
    QTest::keyClicks(page.tagKeyEdit(), QStringLiteral("team"));
    QTRY_VERIFY(page.mappingHint()->text().contains(QStringLiteral("\"team:…\"")));
    QVERIFY(page.mappingHint()->text().contains(QStringLiteral("Unallocated")));
    // A rate card without prices for the period: no statements, and the preview says why and what to change.
    RateCard late = twoMonths();
    late.versions.removeFirst();
    page.rateCardModel()->setCard(late);
    QTRY_VERIFY(!page.statement());
    QVERIFY(page.preview()->toPlainText().contains(QStringLiteral("no prices for 2025-01")));
    QVERIFY(page.preview()->toPlainText().contains(QStringLiteral("Change the period")));
}

QTEST_MAIN(TestChargebackPage)
#include "tst_chargebackpage.moc"
