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
#include <QTreeWidget>
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

    m_sources = new QTreeWidget(this);
    m_sources->setAccessibleName(tr("Exports of this range"));
    m_sources->setRootIsDecorated(false);
    m_sources->setHeaderLabels(
        {tr("Export"), tr("Cluster"), tr("Hours of this range"), tr("From (UTC)"), tr("To (UTC)"), tr("Made (UTC)")});
    m_sources->setSortingEnabled(false);

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(group(tr("Missing hours"), m_gaps, lists));
    lists->addWidget(group(tr("Warnings"), m_warnings, lists));
    lists->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_sourceGroup = group(tr("Exports this range comes from"), m_sources, splitter);
    m_sourceGroup->hide();
    splitter->addWidget(m_sourceGroup);
    splitter->addWidget(lists);
    m_logGroup = group(tr("Export log"), m_log, splitter);
    splitter->addWidget(m_logGroup);

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
    // Names and licenses are not shown here; the lists keep their scroll position until another snapshot is open.
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
    m_sources->clear();
    const OpenDocument *document = m_document.data();
    const HistorySnapshot *view = document && document->historyView() ? &*document->historyView() : nullptr;
    m_sourceGroup->setVisible(view != nullptr);
    if (!store) {
        m_summary->setText(tr("No export is open."));
        m_logGroup->show();
        return;
    }
    const QLocale locale;
    // A view of the history has an archive to describe only when one export stands for all of it.
    const std::optional<ArchiveInfo> archive = view ? view->singleSourceArchive : std::optional(store->archive());
    QStringList lines;
    if (view) {
        lines << tr("<b>From the history:</b> %1")
                     .arg(view->clusterUuid.isEmpty() ? tr("all clusters") : view->clusterUuid.toHtmlEscaped());
        lines << tr("<b>Exports:</b> %n", nullptr, int(view->sources.size()));
    }
    if (archive) {
        lines << tr("<b>File:</b> %1 (%2), %3")
                     .arg(QFileInfo(archive->path).fileName().toHtmlEscaped(),
                          locale.formattedDataSize(archive->fileSize), layoutName(archive->layout));
    }
    if (!store->clusterUuid().isEmpty() && !(view && view->clusterUuid == store->clusterUuid()))
        lines << tr("<b>Cluster:</b> %1").arg(store->clusterUuid().toHtmlEscaped());
    if (const auto range = store->range())
        lines << tr("<b>Range:</b> %1 to %2 UTC, %n hour(s)", nullptr, range->hours())
                     .arg(Time::isoUtc(range->fromMs), Time::isoUtc(range->toMs));
    // One count per text, so each gets its own plural form.
    lines << tr("<b>Hourly files read:</b> %n", nullptr, store->hourFiles());
    if (archive) {
        lines << (archive->signatureFile.name.isEmpty()
                      ? tr("<b>Signature:</b> none in this file")
                      : tr("<b>Signature:</b> %1 (%2; kept as is, not checked)")
                            .arg(archive->signatureFile.name.toHtmlEscaped(),
                                 locale.formattedDataSize(archive->signatureFile.size)));
    }
    m_summary->setText(lines.join(QLatin1String("<br>")));

    if (view) {
        for (const RangeSource &source : view->sources) {
            auto *item = new QTreeWidgetItem(m_sources);
            item->setText(0, source.stored.originalName);
            item->setText(1, source.stored.clusterUuid);
            item->setText(2, locale.toString(source.hoursInRange));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(3, Time::isoUtc(source.span.fromMs));
            item->setText(4, Time::isoUtc(source.span.toMs));
            item->setText(5, Time::isoUtc(source.stored.madeMs));
        }
        for (int column = 0; column < m_sources->columnCount(); ++column)
            m_sources->resizeColumnToContents(column);
    }
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
    m_logGroup->setVisible(archive.has_value());
    if (archive)
        m_log->setPlainText(archive->logText.isEmpty() ? tr("This export has no log file.") : archive->logText);
}

} // namespace LicenseUi
