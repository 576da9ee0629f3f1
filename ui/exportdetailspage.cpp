// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdetailspage.h"

#include "opendocument.h"

#include <common/timeutil.h>

#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QWidget *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QString layoutName(ArchiveInfo::Layout layout)
{
    switch (layout) {
    case ArchiveInfo::Layout::Nested:
        return ExportDetailsPage::tr("cluster export (nested ZIP with signature and log)");
    case ArchiveInfo::Layout::Flat:
        return ExportDetailsPage::tr("ZIP with the hourly files directly inside");
    case ArchiveInfo::Layout::SingleJson:
        return ExportDetailsPage::tr("a single hourly JSON file");
    }
    return {};
}

} // namespace

ExportDetailsPage::ExportDetailsPage(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(tr("No export is open."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gaps = new QListWidget(this);
    m_gaps->setAccessibleName(tr("Missing hours"));
    m_warnings = new QListWidget(this);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Export log"));

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(group(tr("Missing hours"), m_gaps, lists));
    lists->addWidget(group(tr("Warnings"), m_warnings, lists));
    lists->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(lists);
    splitter->addWidget(group(tr("Export log"), m_log, splitter));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

ExportDetailsPage::~ExportDetailsPage() = default;

void ExportDetailsPage::setDocument(const OpenDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &OpenDocument::changed, this, &ExportDetailsPage::showDocument);
    showDocument();
}

void ExportDetailsPage::showDocument()
{
    // Names and licenses are not shown here; the lists keep their scroll position until another export is open.
    const OpenDocument *document = m_document.data();
    const UsageSnapshotPtr store = document ? document->snapshot() : nullptr;
    if (store != m_store)
        showStore(store);
}

void ExportDetailsPage::showStore(const UsageSnapshotPtr &store)
{
    m_store = store;
    m_gaps->clear();
    m_warnings->clear();
    m_log->clear();
    if (!store) {
        m_summary->setText(tr("No export is open."));
        return;
    }
    const QLocale locale;
    const ArchiveInfo &archive = store->archive();
    QStringList lines;
    lines << tr("<b>File:</b> %1 (%2), %3")
                 .arg(QFileInfo(archive.path).fileName().toHtmlEscaped(), locale.formattedDataSize(archive.fileSize),
                      layoutName(archive.layout));
    if (!store->clusterUuid().isEmpty())
        lines << tr("<b>Cluster:</b> %1").arg(store->clusterUuid().toHtmlEscaped());
    if (const auto range = store->range())
        lines << tr("<b>Range:</b> %1 to %2 UTC, %n hour(s)", nullptr, range->hours())
                     .arg(Time::isoUtc(range->fromMs), Time::isoUtc(range->toMs));
    // One count per text, so each gets its own plural form.
    lines << tr("<b>Hourly files read:</b> %n", nullptr, store->hourFiles());
    lines << (archive.signatureFile.name.isEmpty() ? tr("<b>Signature:</b> none in this file")
                                                   : tr("<b>Signature:</b> %1 (%2; kept as is, not checked)")
                                                         .arg(archive.signatureFile.name.toHtmlEscaped(),
                                                              locale.formattedDataSize(archive.signatureFile.size)));
    m_summary->setText(lines.join(QLatin1String("<br>")));

    for (const HourRange &gap : store->gaps()) {
        m_gaps->addItem(tr("%1 to %2 UTC (%n hour(s))", nullptr, gap.hours())
                            .arg(Time::isoUtc(gap.fromMs), Time::isoUtc(gap.toMs)));
    }
    if (store->gaps().isEmpty())
        m_gaps->addItem(tr("None: every hour of the range has data."));
    for (const ImportWarning &warning : store->warnings())
        m_warnings->addItem(warning.count > 1 ? tr("%1 (%n time(s))", nullptr, warning.count).arg(warning.text)
                                              : warning.text);
    if (store->warnings().isEmpty())
        m_warnings->addItem(tr("None."));
    m_log->setPlainText(archive.logText.isEmpty() ? tr("This export has no log file.") : archive.logText);
}

} // namespace LicenseUi
