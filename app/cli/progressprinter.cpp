// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressprinter.h"

#include <common/numberformat.h>

#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace LicenseCli {

using namespace LicenseCore;

ProgressPrinter::ProgressPrinter()
    : m_tty(isatty(fileno(stderr)) != 0)
{
    m_sinceLine.start();
}

void ProgressPrinter::update(const TransferProgress &progress)
{
    //: A transfer rate; %1 is an amount of data such as "2.5 MiB".
    const QString rate = tr("%1/s").arg(formatByteSize(qint64(progress.bytesPerSecond)));
    if (m_tty) {
        QString line;
        if (progress.bytesTotal > 0) {
            const int percent = int(progress.bytesReceived * 100 / progress.bytesTotal);
            const int filled = percent * 30 / 100;
            //: %1 is the percentage, %2 and %3 amounts of data, %4 the rate.
            const QString status =
                tr("%1% %2 of %3, %4")
                    .arg(QStringLiteral("%1").arg(percent, 3), formatByteSize(progress.bytesReceived),
                         formatByteSize(progress.bytesTotal), rate);
            line = QStringLiteral("\r[%1%2] %3")
                       .arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char(' ')), status);
        } else {
            static const char spinner[] = "|/-\\";
            line = QStringLiteral("\r%1 %2")
                       .arg(QLatin1Char(spinner[m_turn++ % 4]))
                       .arg(tr("%1 received, %2").arg(formatByteSize(progress.bytesReceived), rate));
        }
        m_width = std::max(m_width, int(line.size()));
        QTextStream(stderr) << line.leftJustified(m_width) << Qt::flush;
        return;
    }
    if (m_sinceLine.elapsed() < 2000)
        return;
    m_sinceLine.restart();
    const QString received = formatByteSize(progress.bytesReceived);
    QTextStream(stderr) << "license-usage: "
                        << (progress.bytesTotal > 0
                                ? tr("received %1 of %2, %3").arg(received, formatByteSize(progress.bytesTotal), rate)
                                : tr("received %1, %2").arg(received, rate))
                        << '\n';
}

void ProgressPrinter::message(const QString &text)
{
    endLine();
    QTextStream(stderr) << "license-usage: " << text << '\n';
}

void ProgressPrinter::endLine()
{
    if (m_tty && m_width > 0)
        QTextStream(stderr) << '\n';
    m_width = 0;
}

} // namespace LicenseCli
