// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/usagesnapshot.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace LicenseUi {

class OpenDocument;

// What an import found besides the numbers: the file and its layout, the covered range, missing hours,
// warnings, the signature file and the export's own log. For a view of the history, also the exports its hours
// come from; the file, signature and log are those of the export when only one stands for the range.
class ExportDetailsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDetailsPage)

public:
    explicit ExportDetailsPage(QWidget *parent = nullptr);
    ~ExportDetailsPage() override;

    // Shows the document's snapshot and follows it.
    void setDocument(const OpenDocument *document);

    [[nodiscard]] QListWidget *gapList() const { return m_gaps; }
    [[nodiscard]] QListWidget *warningList() const { return m_warnings; }
    [[nodiscard]] QPlainTextEdit *logView() const { return m_log; }
    // The exports a view of the history comes from, one row each.
    [[nodiscard]] QTreeWidget *sourceList() const { return m_sources; }

private:
    void showDocument();
    void showStore(const LicenseCore::UsageSnapshotPtr &store);

    QPointer<const OpenDocument> m_document;
    LicenseCore::UsageSnapshotPtr m_store; // what the page shows
    QLabel *m_summary = nullptr;
    QWidget *m_sourceGroup = nullptr;
    QTreeWidget *m_sources = nullptr;
    QWidget *m_logGroup = nullptr;
    QListWidget *m_gaps = nullptr;
    QListWidget *m_warnings = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace LicenseUi
