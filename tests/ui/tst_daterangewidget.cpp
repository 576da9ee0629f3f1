// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The date range of the window: what each preset selects at a given time, with the license year's first month
// and the clusters of the history, and the cluster selector.

#include "daterangewidget.h"

#include <common/timeutil.h>

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace LicenseCore;
using namespace LicenseUi;

Q_DECLARE_METATYPE(LicenseCore::RangePreset)

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// Two clusters: c1 from May 2026 through May, c2 from 2026-09-01 12:00 to 2027-01-15.
QList<StoredCluster> twoClusters()
{
    return {
        {QStringLiteral("c1-0000-uuid"), HourRange{utc("2026-05-01T00:00:00Z"), utc("2026-06-01T00:00:00Z")}, 744},
        {QStringLiteral("c2-0000-uuid"), HourRange{utc("2026-09-01T12:00:00Z"), utc("2027-01-15T00:00:00Z")}, 3000}};
}

QComboBox *comboNamed(const QWidget &parent, const QString &accessibleName)
{
    const QList<QComboBox *> combos = parent.findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (combo->accessibleName() == accessibleName)
            return combo;
    }
    return nullptr;
}

} // namespace

class TestDateRangeWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<RangePreset>("preset");
        QTest::addColumn<int>("licenseYearStartMonth");
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // Wednesday 2027-02-10 09:30 UTC: the newest exportable hour ends at 07:00.
        const QString february = QStringLiteral("2027-02-10T09:30:00Z");
        QTest::newRow("last 7 days") << february << RangePreset::Last7Days << 1 << QString()
                                     << QStringLiteral("2027-02-03T07:00:00Z")
                                     << QStringLiteral("2027-02-10T07:00:00Z");
        QTest::newRow("this month") << february << RangePreset::ThisMonth << 1 << QString()
                                    << QStringLiteral("2027-02-01T00:00:00Z") << QStringLiteral("2027-02-10T07:00:00Z");
        QTest::newRow("last month") << february << RangePreset::LastMonth << 1 << QString()
                                    << QStringLiteral("2027-01-01T00:00:00Z") << QStringLiteral("2027-02-01T00:00:00Z");
        // A license year that begins in April, in February: it began in April of the year before.
        QTest::newRow("license year from April, in February")
            << february << RangePreset::ThisLicenseYear << 4 << QString() << QStringLiteral("2026-04-01T00:00:00Z")
            << QStringLiteral("2027-02-10T07:00:00Z");
        QTest::newRow("license year from January")
            << february << RangePreset::ThisLicenseYear << 1 << QString() << QStringLiteral("2027-01-01T00:00:00Z")
            << QStringLiteral("2027-02-10T07:00:00Z");
        QTest::newRow("license year from February, in February")
            << february << RangePreset::ThisLicenseYear << 2 << QString() << QStringLiteral("2027-02-01T00:00:00Z")
            << QStringLiteral("2027-02-10T07:00:00Z");
        QTest::newRow("license year from March, in February")
            << february << RangePreset::ThisLicenseYear << 3 << QString() << QStringLiteral("2026-03-01T00:00:00Z")
            << QStringLiteral("2027-02-10T07:00:00Z");
        // All history: from the first hour of any cluster to the end of the last; or of the cluster chosen.
        QTest::newRow("all history, all clusters")
            << february << RangePreset::AllHistory << 1 << QString() << QStringLiteral("2026-05-01T00:00:00Z")
            << QStringLiteral("2027-01-15T00:00:00Z");
        QTest::newRow("all history of c1")
            << february << RangePreset::AllHistory << 1 << QStringLiteral("c1-0000-uuid")
            << QStringLiteral("2026-05-01T00:00:00Z") << QStringLiteral("2026-06-01T00:00:00Z");
        QTest::newRow("all history of c2")
            << february << RangePreset::AllHistory << 1 << QStringLiteral("c2-0000-uuid")
            << QStringLiteral("2026-09-01T12:00:00Z") << QStringLiteral("2027-01-15T00:00:00Z");
        // The other presets do not depend on the cluster.
        QTest::newRow("last month of c1")
            << february << RangePreset::LastMonth << 1 << QStringLiteral("c1-0000-uuid")
            << QStringLiteral("2027-01-01T00:00:00Z") << QStringLiteral("2027-02-01T00:00:00Z");
    }
    void presets()
    {
        QFETCH(QString, now);
        QFETCH(RangePreset, preset);
        QFETCH(int, licenseYearStartMonth);
        QFETCH(QString, cluster);
        QFETCH(QString, from);
        QFETCH(QString, to);
        DateRangeWidget widget;
        const QDateTime clock = QDateTime::fromString(now, Qt::ISODate);
        widget.setClock([clock] { return clock; });
        widget.setLicenseYearStartMonth(licenseYearStartMonth);
        widget.setHistoryClusters(twoClusters());
        widget.setCluster(cluster);
        widget.setPreset(preset);
        QCOMPARE(widget.preset(), preset);
        QCOMPARE(widget.cluster(), cluster);
        const std::optional<HourRange> range = widget.range();
        QVERIFY2(range.has_value(), qPrintable(widget.explanation()));
        QCOMPARE(Time::isoUtc(range->fromMs), from);
        QCOMPARE(Time::isoUtc(range->toMs), to);
    }

    void allHistoryOfAnEmptyHistoryIsExplained()
    {
        DateRangeWidget widget;
        widget.setPreset(RangePreset::AllHistory);
        QVERIFY(!widget.range());
        QVERIFY(widget.explanation().contains(QStringLiteral("history holds no hours")));
        // Once the history holds hours, the range is theirs.
        QSignalSpy changed(&widget, &DateRangeWidget::rangeChanged);
        widget.setHistoryClusters(twoClusters());
        QVERIFY(!changed.isEmpty());
        QVERIFY(widget.range());
        QCOMPARE(widget.range()->fromMs, utc("2026-05-01T00:00:00Z"));
    }

    void changingTheLicenseYearMovesItsRange()
    {
        DateRangeWidget widget;
        const QDateTime clock = QDateTime::fromString(QStringLiteral("2027-02-10T09:30:00Z"), Qt::ISODate);
        widget.setClock([clock] { return clock; });
        widget.setPreset(RangePreset::ThisLicenseYear);
        QCOMPARE(widget.range()->fromMs, utc("2027-01-01T00:00:00Z"));
        QSignalSpy changed(&widget, &DateRangeWidget::rangeChanged);
        widget.setLicenseYearStartMonth(4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(widget.range()->fromMs, utc("2026-04-01T00:00:00Z"));
    }

    void clusterSelector()
    {
        DateRangeWidget widget;
        widget.show();
        QComboBox *selector = comboNamed(widget, QStringLiteral("Cluster"));
        QVERIFY(selector);
        // No history, or one cluster: nothing to choose.
        QVERIFY(selector->isHidden());
        widget.setHistoryClusters({twoClusters().first()});
        QVERIFY(selector->isHidden());

        widget.setHistoryClusters(twoClusters());
        QVERIFY(selector->isVisible());
        QCOMPARE(selector->count(), 3);
        QCOMPARE(selector->itemText(0), QStringLiteral("All clusters"));
        QCOMPARE(selector->itemText(1), QStringLiteral("c1-0000-uuid"));
        QCOMPARE(selector->itemText(2), QStringLiteral("c2-0000-uuid"));
        // A cluster known by the profile it was downloaded with shows that name.
        widget.setClusterNames({{QStringLiteral("c2-0000-uuid"), QStringLiteral("Production")}});
        QCOMPARE(selector->itemText(2), QStringLiteral("Production (c2-0000-)"));

        // Choosing a cluster narrows "All history" to it and tells the window.
        widget.setPreset(RangePreset::AllHistory);
        QSignalSpy changed(&widget, &DateRangeWidget::rangeChanged);
        selector->setCurrentIndex(2);
        QCOMPARE(widget.cluster(), QStringLiteral("c2-0000-uuid"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(widget.range()->fromMs, utc("2026-09-01T12:00:00Z"));
        // The choice stays while the cluster is listed, and falls back to all clusters when it is not.
        widget.setHistoryClusters(twoClusters());
        QCOMPARE(selector->currentIndex(), 2);
        widget.setHistoryClusters({twoClusters().first()});
        QCOMPARE(widget.cluster(), QString());
        QCOMPARE(widget.range()->fromMs, utc("2026-05-01T00:00:00Z"));
        QCOMPARE(widget.range()->toMs, utc("2026-06-01T00:00:00Z"));
    }

    void aClusterChosenBeforeTheHistoryAnswersIsKept()
    {
        // At start the window restores the last cluster before the history has said which clusters it holds.
        DateRangeWidget widget;
        widget.setCluster(QStringLiteral("c2-0000-uuid"));
        QCOMPARE(widget.cluster(), QStringLiteral("c2-0000-uuid"));
        widget.setHistoryClusters({}); // the history is (re)opening
        QCOMPARE(widget.cluster(), QStringLiteral("c2-0000-uuid"));
        widget.setHistoryClusters(twoClusters());
        QCOMPARE(widget.cluster(), QStringLiteral("c2-0000-uuid"));
        QCOMPARE(comboNamed(widget, QStringLiteral("Cluster"))->currentData().toString(),
                 QStringLiteral("c2-0000-uuid"));
    }
};

QTEST_MAIN(TestDateRangeWidget)
#include "tst_daterangewidget.moc"
