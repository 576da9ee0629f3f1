// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/exportdownloadjob.h>

#include <QTest>

using namespace LicenseCore;

namespace {
QByteArray endRecord(quint16 commentLength)
{
    QByteArray record("PK\x05\x06", 4);
    record.append(16, '\0');
    record.append(char(commentLength & 0xff));
    record.append(char(commentLength >> 8));
    return record;
}
} // namespace

// How a finished download is told complete without a Content-Length: by the ZIP's end record.
class TestExportDownloadJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsLikeZip_data();
    void endsLikeZip();
};

void TestExportDownloadJob::endsLikeZip_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<bool>("expected");

    const QByteArray body = QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x');
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("end record alone") << endRecord(0) << true;
    QTest::newRow("after a body") << body + endRecord(0) << true;
    QTest::newRow("with its comment") << body + endRecord(3) + QByteArray("abc") << true;
    QTest::newRow("comment cut short") << body + endRecord(3) + QByteArray("ab") << false;
    QTest::newRow("bytes after the comment") << body + endRecord(0) + QByteArray("z") << false;
    QTest::newRow("record cut short") << body + endRecord(0).left(21) << false;
    QTest::newRow("signature only") << QByteArray("PK\x05\x06", 4) << false;
    // A comment may itself hold the signature; the real record is the one whose comment runs to the end.
    QTest::newRow("signature inside the comment") << body + endRecord(8) + QByteArray("PK\x05\x06xyzw", 8) << true;
    QTest::newRow("longest comment") << endRecord(0xffff) + QByteArray(0xffff, 'c') << true;
}

void TestExportDownloadJob::endsLikeZip()
{
    QFETCH(QByteArray, tail);
    QFETCH(bool, expected);
    QCOMPARE(LicenseCore::endsLikeZip(tail), expected);
}

QTEST_GUILESS_MAIN(TestExportDownloadJob)
#include "tst_exportdownloadjob.moc"
