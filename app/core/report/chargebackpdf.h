// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>
#include <report/chargebackstatement.h>

#include <QLocale>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace LicenseCore {

// The statements as a printed document: a summary page across cost centres, then one page per cost centre (more
// when its lines do not fit), each under a header naming the cluster, the period and the date it was made. Made
// with Qt's text layout, so the same document goes to a PDF file (fonts embedded) and to a printer.
class ChargebackPdf final
{
public:
    struct Header
    {
        QString cluster;      // a name, or the cluster's UUID
        qint64 createdMs = 0; // the date on every page
        QLocale locale;       // dates and the page size
    };

    // Letter where it is the paper in common use (the United States, Canada, Mexico, and a few more), else A4.
    static QPageSize pageSizeFor(const QLocale &locale);
    // The document, for a preview or a printer: the caller owns it.
    static QTextDocument *document(const ChargebackStatement &statement, const Header &header);
    // Lays the document out on `device`'s pages (a QPdfWriter or a QPrinter the caller has set up).
    static void print(QPagedPaintDevice &device, const ChargebackStatement &statement, const Header &header);
    // Writes atomically: on any failure the file at `path` is left as it was.
    static Error save(const QString &path, const ChargebackStatement &statement, const Header &header);
};

} // namespace LicenseCore
