// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/exportdownloadjob.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace LicenseCli {

// A download's progress on standard error: a bar redrawn in place on a terminal; a plain line every few seconds
// otherwise (a log file, cron's mail).
class ProgressPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCli::ProgressPrinter)

public:
    ProgressPrinter();
    Q_DISABLE_COPY_MOVE(ProgressPrinter)

    void update(const LicenseCore::TransferProgress &progress);
    // "license-usage: <text>" on a line of its own (ending the bar first).
    void message(const QString &text);
    // Ends the bar's line, if one is drawn.
    void endLine();

private:
    bool m_tty;
    int m_width = 0;
    int m_turn = 0;
    QElapsedTimer m_sinceLine;
};

} // namespace LicenseCli
