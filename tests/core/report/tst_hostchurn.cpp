// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answersfixture.h"

#include <common/numberformat.h>
#include <report/hostchurn.h>

#include <QBuffer>
#include <QTest>

using namespace LicenseCore;
using namespace AnswersFixture;

namespace {

const HourRange Before{H0, H0 + 4 * H};
const HourRange After{H0 + 4 * H, H0 + 8 * H};

QByteArray written(const ChurnResult &result, bool all)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (HostChurn::write(buffer, result, all).isError())
        return {};
    return buffer.data();
}

} // namespace

class TestHostChurn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    ChurnResult churn(HourRange before, HourRange after) const
    {
        const auto hostsBefore = m_store->store().hostPeriods(Cluster, before, RuleSettings{});
        const auto hostsAfter = m_store->store().hostPeriods(Cluster, after, RuleSettings{});
        if (!hostsBefore || !hostsAfter)
            return {};
        return HostChurn::compute(before, hostsBefore.value(), after, hostsAfter.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->add(twoPeriods()));
    }

    void hostIdIsTheUnsignedHex()
    {
        ChurnRow row;
        row.osiId = -2;
        QCOMPARE(row.hostId(), QStringLiteral("HOST-FFFFFFFFFFFFFFFE"));
        row.osiId = 0x1A2B;
        QCOMPARE(row.hostId(), QStringLiteral("HOST-0000000000001A2B"));
    }

    void everyHostIsClassified_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("expected");
        // "host environment change modes units hours difference", by |difference|, then environment and host:
        // 103: 2 x 4 = 8 before, 0.6 x 4 = 2.4 after: -5.6 (mode changed, infrastructure-only after);
        // 102: 0.5 x 4 = 2 before, 1 x 4 = 4 after: +2 (resized); -2: 0.5 x 4 = 2 after (added): +2;
        // 104: 0.25 x 3 = 0.75 before (hour 1 not counted), removed: -0.75; 101: 4 and 4, unchanged.
        QTest::newRow("mode changed") << 0 << "103 env-b mode_changed full_stack>infrastructure 2>0.6 8>2.4 -5.6";
        QTest::newRow("resized") << 1 << "102 env-a resized full_stack>full_stack 0.5>1 2>4 2";
        QTest::newRow("added") << 2 << "-2 env-b added >full_stack 0>0.5 0>2 2";
        QTest::newRow("removed") << 3 << "104 env-b removed full_stack> 0.25>0 0.75>0 -0.75";
        QTest::newRow("unchanged") << 4 << "101 env-a unchanged full_stack>full_stack 1>1 4>4 0";
    }

    void everyHostIsClassified()
    {
        QFETCH(int, row);
        QFETCH(QString, expected);
        const ChurnResult result = churn(Before, After);
        QCOMPARE(result.rows.size(), size_t(5));
        const ChurnRow &r = result.rows[size_t(row)];
        QCOMPARE(QStringLiteral("%1 %2 %3 %4>%5 %6>%7 %8>%9 %10")
                     .arg(r.osiId)
                     .arg(r.environmentId, HostChurn::changeName(r.change), HostChurn::modeName(r.modeBefore),
                          HostChurn::modeName(r.modeAfter), formatMilli(r.hostUnitsBeforeMilli),
                          formatMilli(r.hostUnitsAfterMilli), formatMilli(r.hostUnitHoursBeforeMilli),
                          formatMilli(r.hostUnitHoursAfterMilli))
                     .arg(formatMilli(r.differenceMilli())),
                 expected);
    }

    void totalsAndCounts()
    {
        const ChurnResult result = churn(Before, After);
        // Before 8 + 2 + 0.75 + 4 = 14.75; after 2.4 + 4 + 2 + 4 = 12.4.
        QCOMPARE(result.hostUnitHoursBeforeMilli, qint64(14750));
        QCOMPARE(result.hostUnitHoursAfterMilli, qint64(12400));
        for (int change = 0; change < 5; ++change)
            QCOMPARE(result.counts[change], 1);
        QVERIFY(result.estimate);
        QVERIFY(result.method.contains(QStringLiteral("2026-10-01T04:00:00Z")));
    }

    void aHostNeedsOneCountedHourInAPeriod()
    {
        // Before = hours 0-1, after = hours 1-2: host 104 is counted in hour 0 of the first and hour 2 of the second
        // (not in hour 1, 3 minutes active): unchanged, 0.25 in each.
        const ChurnResult result = churn(HourRange{H0, H0 + 2 * H}, HourRange{H0 + 1 * H, H0 + 3 * H});
        bool found = false;
        for (const ChurnRow &row : result.rows) {
            if (row.osiId == 104) {
                found = true;
                QCOMPARE(row.change, HostChange::Unchanged);
                QCOMPARE(row.hostUnitHoursBeforeMilli, qint64(250));
                QCOMPARE(row.hostUnitHoursAfterMilli, qint64(250));
            }
        }
        QVERIFY(found);
    }

    void csvLeavesUnchangedHostsOutUnlessAsked()
    {
        const ChurnResult result = churn(Before, After);
        const QByteArray header = "host_id,environment_id,change,mode_before,mode_after,host_units_before,"
                                  "host_units_after,host_unit_hours_before,host_unit_hours_after,"
                                  "host_unit_hours_difference\n";
        const QByteArray changed =
            "HOST-0000000000000067,env-b,mode_changed,full_stack,infrastructure,2,0.6,8,2.4,-5.6\n"
            "HOST-0000000000000066,env-a,resized,full_stack,full_stack,0.5,1,2,4,2\n"
            "HOST-FFFFFFFFFFFFFFFE,env-b,added,,full_stack,,0.5,0,2,2\n"
            "HOST-0000000000000068,env-b,removed,full_stack,,0.25,,0.75,0,-0.75\n";
        QCOMPARE(written(result, false), header + changed);
        QCOMPARE(written(result, true),
                 header + changed + "HOST-0000000000000065,env-a,unchanged,full_stack,full_stack,1,1,4,4,0\n");
    }
};

QTEST_GUILESS_MAIN(TestHostChurn)
#include "tst_hostchurn.moc"
