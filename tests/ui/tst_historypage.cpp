// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"
#include "models/ingestlogmodel.h"
#include "models/storedexportsmodel.h"

#include <common/timeutil.h>

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

StoredExport stored(qint64 id, const char *name, const char *cluster, const char *made, int hours, int standing)
{
    StoredExport result;
    result.id = id;
    result.sha256 = QString(64, QLatin1Char('0' + char(id)));
    result.originalName = QLatin1String(name);
    result.clusterUuid = QLatin1String(cluster);
    result.madeMs = utc(made);
    result.ingestedMs = result.madeMs + Time::HourMs;
    result.range = {utc("2025-03-01T00:00:00Z"), utc("2025-03-01T00:00:00Z") + hours * Time::HourMs};
    result.hours = hours;
    result.hoursStanding = standing;
    return result;
}

// Made in this order: "older" first; the page lists the newest first.
QList<StoredExport> twoExports()
{
    return {stored(3, "older.zip", "cluster-1", "2025-04-01T00:00:00Z", 744, 700),
            stored(5, "newer.zip", "cluster-2", "2025-04-02T00:00:00Z", 100, 0)};
}

// Three gaps: 72 + 1 + 336 hours.
QList<ClusterCoverage> coverage()
{
    return {{QStringLiteral("cluster-1"),
             QString(),
             {utc("2025-01-01T00:00:00Z"), utc("2026-01-01T00:00:00Z")},
             {{utc("2025-03-01T00:00:00Z"), utc("2025-03-04T00:00:00Z")},
              {utc("2025-07-10T10:00:00Z"), utc("2025-07-10T11:00:00Z")}}},
            {QStringLiteral("cluster-2"),
             QString(),
             {utc("2025-02-01T00:00:00Z"), utc("2026-01-01T00:00:00Z")},
             {{utc("2025-10-01T00:00:00Z"), utc("2025-10-15T00:00:00Z")}}}};
}

QMessageBox *confirmation(const HistoryPage &page)
{
    return page.findChild<QMessageBox *>(QStringLiteral("forgetConfirmation"));
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private:
    // Selects the row of the export named `name` and asks to forget it.
    static void forget(HistoryPage &page, const QString &name)
    {
        QTableView *view = page.exportsView();
        const QModelIndexList found = view->model()->match(view->model()->index(0, StoredExportsModel::FileColumn),
                                                           Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        view->setCurrentIndex(found.first());
        QVERIFY(page.forgetAction()->isEnabled());
        page.forgetAction()->trigger();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyHistoryTellsHowToFillIt()
    {
        HistoryPage page;
        page.show();
        QVERIFY(page.isShowingEmptyState());
        QSignalSpy open(&page, &HistoryPage::openExportRequested);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("emptyStateOpenButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(open.size(), 1);

        page.setExports(twoExports());
        QVERIFY(!page.isShowingEmptyState());
        QVERIFY(!button->isVisible());
        page.setExports({});
        QVERIFY(page.isShowingEmptyState());
    }

    void showsWhatItIsGiven()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.setCoverage(coverage());
        page.setIngestLog(
            {IngestEvent{5, QStringLiteral("newer.zip"), QStringLiteral("cluster-2"), 0, 100, 0, 0, 0, {}}});
        QCOMPARE(page.exportsModel()->rowCount(), 2);
        QCOMPARE(page.ingestLogModel()->rowCount(), 1);
        QCOMPARE(page.coverageStrip()->coverage(), coverage());
        // Newest made first.
        QCOMPARE(page.exportsView()->model()->index(0, StoredExportsModel::FileColumn).data().toString(),
                 QStringLiteral("newer.zip"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("historySummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(),
                 QStringLiteral("2 export(s) of 2 cluster(s) hold 700 hour(s); 3 gap(s) of 409 hour(s) in all."));
        page.setCoverage({});
        page.setExports({twoExports().first()});
        QCOMPARE(summary->text(), QStringLiteral("1 export(s) of 1 cluster(s) hold 700 hour(s); no gaps."));
    }

    void buttonsAskForChanges()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.show();
        QSignalSpy rebuild(&page, &HistoryPage::rebuildRequested);
        QSignalSpy open(&page, &HistoryPage::openExportRequested);
        QTest::mouseClick(page.rebuildButton(), Qt::LeftButton);
        QCOMPARE(rebuild.size(), 1);
        auto *openButton = page.findChild<QPushButton *>(QStringLiteral("openButton"));
        QVERIFY(openButton && openButton->isVisible());
        QTest::mouseClick(openButton, Qt::LeftButton);
        QCOMPARE(open.size(), 1);
    }

    void busyHoldsRebuildAndForget()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.show();
        page.exportsView()->setCurrentIndex(page.exportsView()->model()->index(0, 0));
        QVERIFY(page.forgetAction()->isEnabled());
        page.setBusy(true, QStringLiteral("Rebuilding the history…"));
        QVERIFY(page.isBusy());
        QVERIFY(!page.rebuildButton()->isEnabled());
        QVERIFY(!page.forgetAction()->isEnabled());
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text() == QStringLiteral("Rebuilding the history…");
        }));
        page.setBusy(false);
        QVERIFY(page.rebuildButton()->isEnabled());
        QVERIFY(page.forgetAction()->isEnabled());
    }

    void forgetAsksFirst()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.show();
        QSignalSpy forgotten(&page, &HistoryPage::forgetRequested);
        forget(page, QStringLiteral("older.zip"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(page)) && box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("Forget \u201colder.zip\u201d and delete its kept copy?"));
        QVERIFY(box->informativeText().startsWith(QLatin1String("It stands for 700 hour(s) now.")));
        QCOMPARE(forgotten.size(), 0);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmForgetButton"));
        QVERIFY(confirm);
        confirm->click();
        QCOMPARE(forgotten.size(), 1);
        QCOMPARE(forgotten.first().first().toLongLong(), 3);
        QTRY_VERIFY(!confirmation(page));
    }

    void cancelledForgetForgetsNothing()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.show();
        QSignalSpy forgotten(&page, &HistoryPage::forgetRequested);
        forget(page, QStringLiteral("newer.zip"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(page)) && box->isVisible());
        QVERIFY(box->informativeText().startsWith(QLatin1String("Exports made later hold all its hours")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!confirmation(page));
        QCOMPARE(forgotten.size(), 0);
    }

    void deleteKeyForgets()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.exportsView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(page)) && box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("Forget \u201colder.zip\u201d and delete its kept copy?"));
        box->button(QMessageBox::Cancel)->click();
    }

    void contextMenuOffersForget()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.show();
        QTableView *view = page.exportsView();
        const QPoint row = view->visualRect(view->model()->index(1, 0)).center();
        Q_EMIT view->customContextMenuRequested(row);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = page.findChild<QMenu *>()) && menu->isVisible());
        QVERIFY(menu->actions().contains(page.forgetAction()));
        QCOMPARE(view->currentIndex().row(), 1);
        menu->close();
    }

    void gapActivationPassesThrough()
    {
        HistoryPage page;
        page.setExports(twoExports());
        page.setCoverage(coverage());
        QSignalSpy activated(&page, &HistoryPage::gapActivated);
        page.coverageStrip()->setCurrentGap(1, 0);
        QTest::keyClick(page.coverageStrip(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("cluster-2"));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
