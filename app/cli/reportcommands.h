// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LicenseCli {

// license-usage report <kind>: the answers and statements computed from the history, written as CSV (or PDF).
int runReport(const QStringList &arguments);

// The subcommands, one file each (reportoveragecommand.cpp, ...); each gets its arguments with argv[0] replaced by
// "license-usage report <kind>".
int runReportOverage(const QStringList &arguments);
int runReportChurn(const QStringList &arguments);
int runReportCompare(const QStringList &arguments);
int runReportForecast(const QStringList &arguments);
int runReportReconcile(const QStringList &arguments);
int runReportChargeback(const QStringList &arguments);

// Whether the command line asks for a report that is printed (a PDF): that needs a QGuiApplication.
bool reportNeedsGui(int argc, char *argv[]);

} // namespace LicenseCli
